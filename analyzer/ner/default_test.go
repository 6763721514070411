package ner

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// TestDefaultModel checks the embedded model on hand-picked sentences: the
// names each must yield (exactly), or none.
func TestDefaultModel(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"党组书记江成与大家一起学习。", []string{"江成"}},
		{"杨瑞云告诉记者，今年的收成不错。", []string{"杨瑞云"}},
		{"美国导演理查德·凯利表示，影片将在明年上映。", []string{"理查德·凯利"}},
		{"欧阳修和司马光都是北宋的文学家。", []string{"欧阳修", "司马光"}},
		{"出席会议的有李红梅、王建国、陈志强、赵立新等同志。", []string{"李红梅", "王建国", "陈志强", "赵立新"}},
		{"会议高度赞扬了全体干部职工的辛勤工作。", nil},
		{"我们感到非常荣幸。", nil},
		{"作为东道主，中国队表现出色。", nil},
		{"今天下午，座谈会在市委举行。", nil},
	}
	for _, tc := range tests {
		r := []rune(tc.text)
		var got []string
		for _, mm := range m.Recognize(r, analyzer.Span{Start: 0, End: len(r)}) {
			got = append(got, string(r[mm.Start:mm.End]))
			if mm.Score <= 0 || mm.Score > 1 {
				t.Errorf("%s: score %v out of (0, 1]", tc.text, mm.Score)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDefaultLoadsOnce(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Default()
	if a != b {
		t.Error("Default returned two different models")
	}
}

func benchText(b *testing.B) []rune {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "puyang-2015-11-02.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return []rune(string(data))
}

// BenchmarkRecognize measures throughput of the embedded model on the
// sample article (the goal is at least 2 million characters per second).
func BenchmarkRecognize(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	r := benchText(b)
	b.SetBytes(int64(len(string(r))))
	m.Recognize(r, analyzer.Span{Start: 0, End: len(r)}) // warm the buffers
	start, cpu0 := time.Now(), cpuTime()
	for b.Loop() {
		m.Recognize(r, analyzer.Span{Start: 0, End: len(r)})
	}
	b.ReportMetric(float64(b.N*len(r))/time.Since(start).Seconds(), "chars/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*len(r))/cpu.Seconds(), "chars/cpu-s")
	}
}

// BenchmarkLoad measures the first-use cost of the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := ReadModel(modelBytes()); err != nil {
			b.Fatal(err)
		}
	}
}
