package render

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/compare"
)

func TestCompareTables(t *testing.T) {
	r := &compare.Result{
		Documents: []compare.Document{
			{Source: "a.txt", Label: "a.txt", Chars: 10, Keywords: []analyzer.Keyword{{Word: "改革"}, {Word: "开放"}}},
			{Source: "c.txt", Line: 2, Label: "c.txt:2", Chars: 8},
		},
		Keywords: []compare.KeywordRow{{Word: "改革", Counts: []int{2, 1}}},
		Slogans: []compare.SloganRow{
			{Text: "四个全面", Kind: "numbered", Counts: []int{2, 1}, Status: []string{"", "kept"}},
			{Text: "两学一做", Kind: "numbered", Counts: []int{0, 1}, Status: []string{"", "new"}},
			{Text: "三严三实", Kind: "numbered", Counts: []int{1, 0}, Status: []string{"", "gone"}},
		},
		People: compare.People{Common: []string{"张三"}, Unique: [][]string{{"李四"}, {}},
			Rows: []compare.PersonRow{{Name: "张三", Mentions: []int{1, 2}}, {Name: "李四", Mentions: []int{1, 0}}}},
		Similarity: [][]float64{{1, 0.25}, {0.25, 1}},
	}
	ts := CompareTables(r)
	if len(ts) != 5 {
		t.Fatalf("%d tables", len(ts))
	}
	if want := []string{"c.txt:2", "c.txt:2", "8", ""}; !reflect.DeepEqual(ts[0].Rows[1], want) {
		t.Errorf("documents row = %v, want %v", ts[0].Rows[1], want)
	}
	if ts[0].Rows[0][3] != "改革 开放" {
		t.Errorf("top keywords cell = %q", ts[0].Rows[0][3])
	}
	wantSl := [][]string{{"四个全面", "numbered", "2", "1"}, {"两学一做", "numbered", "0", "1 new"}, {"三严三实", "numbered", "1", "0 gone"}}
	if !reflect.DeepEqual(ts[2].Rows, wantSl) {
		t.Errorf("slogan rows = %v", ts[2].Rows)
	}
	wantPpl := [][]string{{"张三", "1", "2", "all"}, {"李四", "1", "0", "only a.txt"}}
	if !reflect.DeepEqual(ts[3].Rows, wantPpl) {
		t.Errorf("people rows = %v", ts[3].Rows)
	}
	if !reflect.DeepEqual(ts[4].Rows[0], []string{"a.txt", "1.0000", "0.2500"}) {
		t.Errorf("similarity row = %v", ts[4].Rows[0])
	}
	var b bytes.Buffer
	if err := WriteTables(&b, "", ts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "0 gone") {
		t.Errorf("table output lacks the gone mark:\n%s", b.String())
	}
}

func TestTrendTable(t *testing.T) {
	tr := &compare.TrendResult{Terms: []string{"改革"}, By: "year", Documents: 2, Chars: 30000,
		Totals: map[string]int{"改革": 4},
		Periods: []compare.Period{
			{Period: "1998", Documents: 1, Chars: 10000, Counts: map[string]int{"改革": 1}, Per10k: map[string]float64{"改革": 1}},
			{Period: "1999", Documents: 1, Chars: 20000, Counts: map[string]int{"改革": 3}, Per10k: map[string]float64{"改革": 1.5}},
		}}
	tb := TrendTable(tr)
	if want := []string{"year", "documents", "chars", "改革", "改革 /10k"}; !reflect.DeepEqual(tb.Header, want) {
		t.Errorf("header = %v", tb.Header)
	}
	want := [][]string{{"1998", "1", "10000", "1", "1.000"}, {"1999", "1", "20000", "3", "1.500"}, {"total", "2", "30000", "4", "1.333"}}
	if !reflect.DeepEqual(tb.Rows, want) {
		t.Errorf("rows = %v, want %v", tb.Rows, want)
	}
}
