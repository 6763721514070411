package people

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkSample measures the stage (cues only) on the sample repeated 20
// times (≈ 220 KB), to check it stays linear and fast.
func BenchmarkSample(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "puyang-2015-11-02.txt"))
	if err != nil {
		b.Fatal(err)
	}
	big := strings.Repeat(string(text)+"\n", 20)
	s, _ := New(Options{NoModel: true})
	b.SetBytes(int64(len(big)))
	for i := 0; i < b.N; i++ {
		doc := newDoc(b, big)
		if err := s.Process(doc); err != nil {
			b.Fatal(err)
		}
	}
}
