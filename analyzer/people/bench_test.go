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

// longList builds one unpunctuated sentence listing n names, the worst case
// for list walking.
func longList(n int) string {
	sur, mid, end := []rune("王李张刘陈杨赵黄周吴"), []rune("建国明华立新志伟军平"), []rune("强红东海峰文亮宇")
	var b strings.Builder
	b.WriteString("市领导")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString("、")
		}
		b.WriteRune(sur[i%len(sur)])
		b.WriteRune(mid[(i/len(sur))%len(mid)])
		b.WriteRune(end[(i/7)%len(end)])
	}
	b.WriteString("出席会议。")
	return b.String()
}

// BenchmarkLongList1k and BenchmarkLongList10k should differ by about 10×
// per operation: the stage is linear in document size.
func BenchmarkLongList1k(b *testing.B)  { benchList(b, 1000) }
func BenchmarkLongList10k(b *testing.B) { benchList(b, 10000) }

func benchList(b *testing.B, n int) {
	text := longList(n)
	s, _ := New(Options{NoModel: true})
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		doc := newDoc(b, text)
		if err := s.Process(doc); err != nil {
			b.Fatal(err)
		}
	}
}
