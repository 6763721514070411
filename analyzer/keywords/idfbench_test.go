package keywords

import (
	"testing"

	dictidf "github.com/wenxi-nlp/wenxi/dict/idf"
)

// BenchmarkLoadDefaultIDF is the one-off cost the first keyword ranking of a
// process pays: decompressing and indexing the embedded table.
func BenchmarkLoadDefaultIDF(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		raw, err := dictidf.Default()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := parseSorted(string(raw), "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
