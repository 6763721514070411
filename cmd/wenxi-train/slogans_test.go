package main

import (
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
)

// TestFitLogistic: on a toy set where feature 0 marks items and feature 1
// marks non-items, the fit must learn those signs, and the held-out file's
// probabilities must follow them.
func TestFitLogistic(t *testing.T) {
	ex := func(label bool, f ...int) example { return example{label: label, feats: f} }
	files := []sloganFile{
		{cands: []example{ex(true, 0), ex(true, 0, 2), ex(false, 1), ex(false, 1, 2)}},
		{cands: []example{ex(true, 0), ex(false, 1)}},
	}
	w, err := fitLogistic(files, 1, 3, 0.1)
	if err != nil {
		t.Fatal(err)
	}
	if w[0] <= 0 || w[1] >= 0 {
		t.Fatalf("weights %v: want feature 0 positive, feature 1 negative", w)
	}
	if p, q := sigmoid(w, []int{0}), sigmoid(w, []int{1}); p < 0.8 || q > 0.2 {
		t.Fatalf("p(item) %.2f, p(non-item) %.2f", p, q)
	}
}

// TestCVScore: dropping a false coinage below the threshold raises
// precision; documents are never dropped.
func TestCVScore(t *testing.T) {
	f := sloganFile{
		ann: slogans.Annotated{Name: "t", Expected: map[string]string{"放管服": analyzer.KindQuoted, "意见": analyzer.KindDocument}},
		items: []analyzer.Slogan{
			{Text: "放管服", Kind: analyzer.KindQuoted}, {Text: "压舱石", Kind: analyzer.KindQuoted}, {Text: "意见", Kind: analyzer.KindDocument},
		},
		cands: []example{{text: "放管服", label: true}, {text: "压舱石"}, {text: "意见", rejected: true}},
	}
	rules := cvScore([]sloganFile{f}, nil, 0)
	model := cvScore([]sloganFile{f}, [][]float64{{0.9, 0.1, 0.0}}, 0.5)
	if rules.Found != 3 || model.Found != 2 || model.Correct != 2 || model.Precision != 1 {
		t.Fatalf("rules %+v, model %+v", rules, model)
	}
}

// TestWithKnown: a candidate's known= feature comes from the other texts
// only, never from its own text or from the left-out fold.
func TestWithKnown(t *testing.T) {
	n := 2 + len(slogans.KnownFeatures) // two ordinary features, then known=item, known=mixed, known=non
	item, non := 2, 4
	files := []sloganFile{
		{cands: []example{{text: "放管服", label: true}, {text: "压舱石"}}},
		{cands: []example{{text: "放管服", label: true}, {text: "压舱石"}}},
		{cands: []example{{text: "放管服", label: true}, {text: "独有"}}},
	}
	has := func(e example, f int) bool {
		for _, x := range e.feats {
			if x == f {
				return true
			}
		}
		return false
	}
	all := withKnown(files, -1, n)
	if !has(all[0].cands[0], item) || !has(all[0].cands[1], non) {
		t.Errorf("text 0 should see 放管服 as an item and 压舱石 as not: %+v", all[0].cands)
	}
	if len(all[2].cands[1].feats) != 0 {
		t.Errorf("独有 occurs in no other text, got features %v", all[2].cands[1].feats)
	}
	// Leaving text 1 out: text 0's 压舱石 is seen nowhere else any more.
	fold := withKnown(files, 1, n)
	if has(fold[0].cands[1], non) || !has(fold[0].cands[0], item) {
		t.Errorf("fold without text 1: %+v", fold[0].cands)
	}
	if slogans.KnownIndex(0, 0) != -1 || slogans.KnownIndex(2, 1) != 0 || slogans.KnownIndex(1, 1) != 1 || slogans.KnownIndex(0, 3) != 2 {
		t.Error("KnownIndex")
	}
}
