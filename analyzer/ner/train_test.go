package ner

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func sentence(text string, names ...string) Sentence {
	s := Sentence{Text: []rune(text)}
	from := 0
	for _, n := range names {
		rs := []rune(n)
		for i := from; i+len(rs) <= len(s.Text); i++ {
			if string(s.Text[i:i+len(rs)]) == n {
				s.Names = append(s.Names, analyzer.Span{Start: i, End: i + len(rs)})
				from = i + len(rs)
				break
			}
		}
	}
	return s
}

func tinyLexicon() *Lexicon {
	return NewLexicon(map[rune]CharStat{
		'张': {Surname: 3}, '李': {Surname: 3}, '王': {Surname: 3},
		'明': {Given: 4, Ratio: 2}, '华': {Given: 4, Ratio: 2},
	}, []string{"欧阳"})
}

var tinyData = []Sentence{
	sentence("张明说，今天天气很好。", "张明"),
	sentence("记者李华报道。", "李华"),
	sentence("王小二和欧阳修出席了会议。", "王小二", "欧阳修"),
	sentence("会议在北京举行。"),
	sentence("我们高度赞扬这种精神。"),
	sentence("张明、李华、王小二等人参加。", "张明", "李华", "王小二"),
}

// TestTrainTiny trains from scratch on a handful of sentences and checks
// the model decodes its own training data right, through a write/read
// round trip of the model file.
func TestTrainTiny(t *testing.T) {
	m, reps, err := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 14, Epochs: 10, Seed: 1, Dev: tinyData})
	if err != nil {
		t.Fatal(err)
	}
	if len(reps) != 10 {
		t.Fatalf("%d epoch reports, want 10", len(reps))
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(m.w, m2.w) || m.trans != m2.trans || m.lx.Code != m2.lx.Code || !reflect.DeepEqual(m.lx.Compound, m2.lx.Compound) {
		t.Fatal("model changed in a write/read round trip")
	}
	for _, s := range tinyData {
		got := Predictor(m2)(s.Text)
		if len(got) == 0 && len(s.Names) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, s.Names) {
			t.Errorf("%s: got %v, want %v", string(s.Text), got, s.Names)
		}
	}
	for _, mm := range m2.Recognize(tinyData[0].Text, analyzer.Span{Start: 0, End: len(tinyData[0].Text)}) {
		if mm.Score <= 0.5 || mm.Score >= 1 {
			t.Errorf("score %v of a confident mention, want in (0.5, 1)", mm.Score)
		}
	}
}

func TestTrainReproducible(t *testing.T) {
	a, _, err := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 12, Epochs: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 12, Epochs: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.w, b.w) || a.trans != b.trans {
		t.Error("two trainings with the same seed differ")
	}
}

func TestReadModelRejectsGarbage(t *testing.T) {
	if _, err := ReadModel([]byte("not a model")); err == nil {
		t.Error("garbage accepted")
	}
}

func TestSpansOfWellFormed(t *testing.T) {
	spans := []analyzer.Span{{Start: 0, End: 1}, {Start: 2, End: 5}, {Start: 5, End: 7}}
	if got := spansOf(tagsOf(8, spans)); !reflect.DeepEqual(got, spans) {
		t.Errorf("spansOf(tagsOf(x)) = %v, want %v", got, spans)
	}
}

func TestRecognizeSpanBounds(t *testing.T) {
	m, _, err := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 12, Epochs: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	r := []rune("前言。张明说，今天天气很好。")
	got := m.Recognize(r, analyzer.Span{Start: 3, End: 100})
	if len(got) != 1 || got[0].Start != 3 || got[0].End != 5 {
		t.Errorf("got %+v, want 张明 at [3,5)", got)
	}
	if m.Recognize(r, analyzer.Span{Start: 5, End: 2}) != nil {
		t.Error("empty span must find nothing")
	}
}

func TestAverageModels(t *testing.T) {
	a, _, err := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 14, Epochs: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 14, Epochs: 10, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	m, err := AverageModels([]*Model{a, b}, tinyData)
	if err != nil {
		t.Fatal(err)
	}
	// Both runs decode the training data right; so must their average.
	for _, s := range tinyData {
		got := Predictor(m)(s.Text)
		if len(got) == 0 && len(s.Names) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, s.Names) {
			t.Errorf("%s: got %v, want %v", string(s.Text), got, s.Names)
		}
	}
	if _, err := AverageModels(nil, nil); err == nil {
		t.Error("averaging no models must fail")
	}
	small, _, _ := Train(tinyData, tinyLexicon(), TrainOptions{Bits: 12, Epochs: 1, Seed: 1})
	if _, err := AverageModels([]*Model{a, small}, nil); err == nil {
		t.Error("averaging models of different sizes must fail")
	}
}
