package wenxi_test

import (
	"os"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// analyzeStages are the stages `wenxi analyze` runs (cmd/wenxi/analyze.go);
// the pipeline adds structure and segment.
var analyzeStages = []string{"meta", "people", "slogans", "keywords", "statements", "summary"}

// benchAnalyze runs the whole analyze pipeline over texts once per
// iteration and reports MB/s of input text, so the figure in docs/speed.md
// ("analyze throughput") can be reproduced with
//
//	go test -run '^$' -bench BenchmarkAnalyze -benchtime 5x .
func benchAnalyze(b *testing.B, texts []string) {
	b.Helper()
	o := wenxi.Options{}
	o.Summary.Sentences = 5 // the CLI's default --sentences
	p, err := wenxi.New(o).Pipeline(analyzeStages...)
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	// Warm up once so lazily built dictionaries and models are not timed.
	if err := p.Run(analyzer.NewDocument("warm-up", 0, texts[0])); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if err := p.Run(analyzer.NewDocument("bench", 0, t)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAnalyze measures the full analyze pipeline on real reports: the
// sample article, and the ten most recent national government work reports
// of the shared news corpus (2008–2017, ~0.6 MB; skipped when the shared
// data is absent).
func BenchmarkAnalyze(b *testing.B) {
	b.Run("puyang", func(b *testing.B) {
		text, err := os.ReadFile("testdata/puyang-2015-11-02.txt")
		if err != nil {
			b.Fatal(err)
		}
		benchAnalyze(b, []string{string(text)})
	})
	b.Run("gov-reports-2008-2017", func(b *testing.B) {
		raw, err := os.ReadFile(shared.Path(b, "data/news-corpus/gov_reports1954-2017.txt"))
		if err != nil {
			b.Fatal(err)
		}
		var texts []string
		for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			year, text, ok := strings.Cut(line, "\t")
			if ok && year >= "2008" {
				texts = append(texts, text)
			}
		}
		if len(texts) == 0 {
			b.Fatal("no 2008–2017 reports in the corpus file")
		}
		benchAnalyze(b, texts)
	})
}
