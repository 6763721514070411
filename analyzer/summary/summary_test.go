package summary

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return string(b)
}

// TestSample checks the sample's brief against hand-checked expectations:
// the lead sentence (who met, when, what) comes first, then the opening
// sentences of 何雄's points; nothing from the header or footer.
func TestSample(t *testing.T) {
	for _, tokens := range []bool{true, false} {
		t.Run(fmt.Sprintf("tokens=%v", tokens), func(t *testing.T) {
			d := prepare(t, readFile(t, "../../testdata/puyang-2015-11-02.txt"), tokens)
			if len(d.Summary) != 5 {
				t.Fatalf("got %d sentences, want 5", len(d.Summary))
			}
			if !strings.Contains(d.Summary[0].Text, "11月2日,市委党的群团工作会议召开") {
				t.Errorf("first summary sentence %q is not the lead", d.Summary[0].Text)
			}
			says := 0
			for i, s := range d.Summary {
				if d.SpanText(s.Span) != s.Text {
					t.Errorf("sentence %d: span %v does not hold its text", i, s.Span)
				}
				if i > 0 && s.Start <= d.Summary[i-1].Start {
					t.Errorf("sentences out of document order at %d", i)
				}
				if d.InBoilerplate(s.Start) || strings.Contains(s.Text, "记者") || strings.Contains(s.Text, "责任编辑") {
					t.Errorf("boilerplate in the summary: %q", s.Text)
				}
				if strings.HasPrefix(s.Text, "何雄") {
					says++
				}
				if s.Score <= 0 || s.Score > 1 {
					t.Errorf("score %v outside (0,1]", s.Score)
				}
			}
			if says < 3 {
				t.Errorf("only %d of the sentences open 何雄's statements; want at least 3:\n%v", says, d.Summary)
			}
		})
	}
}

// TestRealArticles: other layouts never put header or footer lines in the
// summary, and the requested length is honoured.
func TestRealArticles(t *testing.T) {
	for _, f := range []string{"shanghai-2026.txt", "sichuan-2026.txt", "shaanxi-2026.txt", "qinghai-2026.txt", "jszx2019-0350.txt"} {
		t.Run(f, func(t *testing.T) {
			d := prepare(t, readFile(t, "../../testdata/brief/"+f), true)
			if len(d.Summary) != 5 {
				t.Errorf("got %d sentences, want 5", len(d.Summary))
			}
			for _, s := range d.Summary {
				if d.InBoilerplate(s.Start) {
					t.Errorf("boilerplate in the summary: %q", s.Text)
				}
				for _, bad := range []string{"来源", "打印", "相关报道", "各位代表：现在", "编辑："} {
					if strings.Contains(s.Text, bad) {
						t.Errorf("summary sentence %q contains page chrome %q", s.Text, bad)
					}
				}
			}
		})
	}
}

func TestShortAndEmpty(t *testing.T) {
	d := prepare(t, "", true)
	if len(d.Summary) != 0 {
		t.Errorf("empty text: %v", d.Summary)
	}
	d = prepare(t, "市委召开常委会会议。会议研究了下一步工作安排。", true)
	if len(d.Summary) != 2 {
		t.Errorf("two sentences, want both: %v", d.Summary)
	}
}

// bigDoc repeats the sample's body up to about size bytes, with the tokens
// of one segmented copy shifted into place, so the benchmark times the
// summary itself and not the segmenter.
func bigDoc(b *testing.B, size int) *analyzer.Document {
	one := prepare(b, readFile(b, "../../testdata/puyang-2015-11-02.txt"), true)
	body := one.Paragraphs[3].Start
	unit := []rune(one.Text)[body:]
	var toks []analyzer.Token
	for _, t := range one.Tokens {
		if t.Start >= body {
			toks = append(toks, t)
		}
	}
	var sb strings.Builder
	var all []analyzer.Token
	off := 0
	for sb.Len() < size {
		sb.WriteString(string(unit))
		sb.WriteString("\n")
		for _, t := range toks {
			t.Start += off - body
			t.End += off - body
			all = append(all, t)
		}
		off += len(unit) + 1
	}
	d := analyzer.NewDocument("big", 0, sb.String())
	must(b, analyzer.StructureStage{}.Process(d))
	d.Tokens = all
	return d
}

// BenchmarkSummary runs the stage on 1 MB and 10 MB documents: time per
// op must grow about tenfold between them (quadratic work would grow a
// hundredfold).
func BenchmarkSummary(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			d := bigDoc(b, size)
			s, _ := New(Options{})
			b.SetBytes(int64(len(d.Text)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := s.Process(d); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
