package ner

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func TestReadBIOFormats(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		texts []string
		names [][]analyzer.Span
	}{
		{"msra tab", "张\tB-PER\n三\tI-PER\n说\tO\n\n北\tB-LOC\n京\tI-LOC\n",
			[]string{"张三说", "北京"}, [][]analyzer.Span{{{Start: 0, End: 2}}, nil}},
		{"people's daily space", "在 O\n李 B-PER\n四 I-PER\n王 B-PER\n五 I-PER\n",
			[]string{"在李四王五"}, [][]analyzer.Span{{{Start: 1, End: 3}, {Start: 3, End: 5}}}},
		{"bmes with CRLF", "高 B-NAME\r\n勇 E-NAME\r\n： O\r\n李 S-NAME\r\n",
			[]string{"高勇：李"}, [][]analyzer.Span{{{Start: 0, End: 2}, {Start: 3, End: 4}}}},
		{"nr tags, stray I starts a span", "x O\n江 I-NR\n泽 I-NR\n",
			[]string{"x江泽"}, [][]analyzer.Span{{{Start: 1, End: 3}}}},
		{"space character line", "a O\n  O\nb B-PER\n\n\n",
			[]string{"a b"}, [][]analyzer.Span{{{Start: 2, End: 3}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ReadBIO(strings.NewReader(tc.in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.texts) {
				t.Fatalf("got %d sentences, want %d", len(got), len(tc.texts))
			}
			for i, s := range got {
				if string(s.Text) != tc.texts[i] {
					t.Errorf("sentence %d text %q, want %q", i, string(s.Text), tc.texts[i])
				}
				if !reflect.DeepEqual(s.Names, tc.names[i]) {
					t.Errorf("sentence %d names %v, want %v", i, s.Names, tc.names[i])
				}
			}
		})
	}
}

func TestScore(t *testing.T) {
	var s Score
	sp := func(a, b int) analyzer.Span { return analyzer.Span{Start: a, End: b} }
	s.Add([]analyzer.Span{sp(0, 2), sp(5, 8)}, []analyzer.Span{sp(0, 2), sp(5, 7), sp(9, 10)})
	s.Add(nil, nil)
	s.Add([]analyzer.Span{sp(1, 3)}, nil)
	want := Score{Gold: 3, Predicted: 3, Correct: 1}
	if s != want {
		t.Fatalf("score %+v, want %+v", s, want)
	}
	if p, r, f := s.Precision(), s.Recall(), s.F1(); p != 1.0/3 || r != 1.0/3 || f < 0.3333 || f > 0.3334 {
		t.Errorf("P %v R %v F1 %v, want 1/3 each", p, r, f)
	}
	if (Score{}).F1() != 0 {
		t.Error("empty score must have F1 0")
	}
}

// TestEvaluateFileSample scores a hand-labelled file with a fixed predictor
// whose answer is known: it finds 江成 and 欧阳 (a wrong span) only.
func TestEvaluateFileSample(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "ner", "sample.bio"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadBIO(f)
	if err != nil {
		t.Fatal(err)
	}
	predict := func(text []rune) []analyzer.Span {
		switch string(text) {
		case "党组书记江成与大家":
			return []analyzer.Span{{Start: 4, End: 6}}
		case "欧阳修和司马光":
			return []analyzer.Span{{Start: 0, End: 2}}
		}
		return nil
	}
	r := EvaluateFile("sample.bio", "model", sents, 8, predict)
	// The 9-character first sentence is skipped by max-chars 8.
	if r.Sentences != 3 || r.Skipped != 1 || r.Gold != 3 || r.Predicted != 1 || r.Correct != 0 {
		t.Errorf("report %+v", r)
	}
	r = EvaluateFile("sample.bio", "model", sents, 0, predict)
	if r.Sentences != 4 || r.Gold != 4 || r.Predicted != 2 || r.Correct != 1 || r.F1 != 1.0/3 {
		t.Errorf("report %+v", r)
	}
}
