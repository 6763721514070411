package render

import (
	"reflect"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func TestKeywordsAndCountsViews(t *testing.T) {
	doc := &analyzer.Document{
		Keywords: []analyzer.Keyword{
			{Word: "群团工作", Count: 44, Weight: 0.89553398, Pos: "vn", Phrase: true},
			{Word: "群众", Count: 27, Weight: 0.2, Pos: "n"},
		},
		Counts: []analyzer.TermCount{{Term: "改革", Substring: 10, Tokens: 9}},
	}
	kw := KeywordsView(doc)
	want := [][]string{{"1", "群团工作", "44", "0.8955", "vn"}, {"2", "群众", "27", "0.2000", "n"}}
	if len(kw) != 1 || !reflect.DeepEqual(kw[0].Header, []string{"rank", "word", "count", "weight", "pos"}) || !reflect.DeepEqual(kw[0].Rows, want) {
		t.Errorf("KeywordsView = %+v", kw)
	}
	c := CountsView(doc)
	if len(c) != 1 || !reflect.DeepEqual(c[0].Header, []string{"term", "substring", "tokens"}) ||
		!reflect.DeepEqual(c[0].Rows, [][]string{{"改革", "10", "9"}}) {
		t.Errorf("CountsView = %+v", c)
	}
	if rows := KeywordsView(&analyzer.Document{})[0].Rows; rows == nil || len(rows) != 0 {
		t.Errorf("empty document: rows %v, want an empty table", rows)
	}
}
