package compare

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/input"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// docs is a Source over in-memory documents.
func docs(ds ...input.Doc) Source {
	return func(emit func(input.Doc) error) error {
		for _, d := range ds {
			if err := emit(d); err != nil {
				return err
			}
		}
		return nil
	}
}

// lines is a Source over a one-document-per-line corpus, read without the
// input package so the test checks Trend on its own.
func lines(_ testing.TB, path string) Source {
	return func(emit func(input.Doc) error) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		n := 0
		for sc.Scan() {
			n++
			if err := emit(input.Doc{Source: path, Line: n, Text: sc.Text()}); err != nil {
				return err
			}
		}
		return sc.Err()
	}
}

func TestTrendPeriods(t *testing.T) {
	src := docs(
		input.Doc{Source: "c.txt", Line: 1, Text: "1998\t改革改革开放"},
		input.Doc{Source: "c.txt", Line: 2, Text: "2001\t开放"},
		input.Doc{Source: "reports/2001-b.txt", Text: "改革"},
		input.Doc{Source: "nodate.txt", Text: "改革"},
		input.Doc{Source: "bad.txt", Err: errors.New("boom")},
	)
	r, err := Trend(context.Background(), src, TrendOptions{Terms: []string{"改革", "开放"}, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	want := []Period{
		{Period: "1998", Documents: 1, Chars: 6, Counts: map[string]int{"改革": 2, "开放": 1}, Per10k: map[string]float64{"改革": 3333.333, "开放": 1666.667}},
		{Period: "2001", Documents: 2, Chars: 4, Counts: map[string]int{"改革": 1, "开放": 1}, Per10k: map[string]float64{"改革": 2500, "开放": 2500}},
	}
	if !reflect.DeepEqual(r.Periods, want) {
		t.Errorf("periods = %+v\nwant %+v", r.Periods, want)
	}
	if r.Documents != 3 || r.Chars != 10 || r.Totals["改革"] != 3 {
		t.Errorf("documents %d chars %d totals %v", r.Documents, r.Chars, r.Totals)
	}
	if len(r.Skipped) != 2 || r.Skipped[0].Source != "bad.txt" || r.Skipped[1].Source != "nodate.txt" {
		t.Errorf("skipped = %+v", r.Skipped)
	}

	r, err = Trend(context.Background(), src, TrendOptions{Terms: []string{"改革"}, By: ByDecade})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Periods) != 2 || r.Periods[0].Period != "1990s" || r.Periods[1].Period != "2000s" {
		t.Errorf("decades = %+v", r.Periods)
	}

	r, err = Trend(context.Background(), src, TrendOptions{Terms: []string{"改革"}, By: ByDocument})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.Periods {
		got = append(got, p.Period)
	}
	// Input order; a document without a year still gets its own row.
	if w := []string{"1998 c.txt:1", "2001 c.txt:2", "2001 2001-b.txt", "nodate.txt"}; !reflect.DeepEqual(got, w) {
		t.Errorf("documents = %v, want %v", got, w)
	}
}

func TestTrendMetaYear(t *testing.T) {
	prep := func(d *analyzer.Document) error {
		d.Meta = &analyzer.Meta{Published: "2015-11-04T06:05:47"}
		return nil
	}
	r, err := Trend(context.Background(), docs(input.Doc{Source: "x.txt", Text: "改革"}), TrendOptions{Terms: []string{"改革"}, Prepare: prep})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Periods) != 1 || r.Periods[0].Period != "2015" {
		t.Errorf("periods = %+v", r.Periods)
	}
}

func TestTrendErrors(t *testing.T) {
	if _, err := Trend(context.Background(), docs(), TrendOptions{}); err == nil {
		t.Error("no terms: want an error")
	}
	if _, err := Trend(context.Background(), docs(), TrendOptions{Terms: []string{"a"}, By: "week"}); err == nil {
		t.Error("unknown period: want an error")
	}
	failing := func(emit func(input.Doc) error) error {
		if err := emit(input.Doc{Source: "a", Text: "1999\tx"}); err != nil {
			return err
		}
		return fmt.Errorf("disk on fire")
	}
	if _, err := Trend(context.Background(), failing, TrendOptions{Terms: []string{"x"}}); err == nil || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("reader error = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	endless := func(emit func(input.Doc) error) error {
		for {
			if err := emit(input.Doc{Source: "a", Text: "1999\tx"}); err != nil {
				return err
			}
		}
	}
	if _, err := Trend(ctx, endless, TrendOptions{Terms: []string{"x"}}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestLeadingAndFileYear(t *testing.T) {
	for _, c := range []struct{ text, year, rest string }{
		{"1954\t1954年政府工作报告", "1954", "1954年政府工作报告"},
		{"2015,text", "2015", "text"},
		{"2015年政府工作报告", "", "2015年政府工作报告"},
		{"12345\tx", "", "12345\tx"},
	} {
		y, rest := LeadingYear(c.text)
		if y != c.year || rest != c.rest {
			t.Errorf("LeadingYear(%q) = %q, %q", c.text, y, rest)
		}
	}
	for path, want := range map[string]string{
		"/data/2026_上海市_政府工作报告.csv": "2026",
		"report-1998.txt": "1998",
		"2019/notes.txt":  "",
		"id123456.txt":    "",
		"-":               "",
	} {
		if got := FileYear(path); got != want {
			t.Errorf("FileYear(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestTrendGovReports counts terms over the 48 State Council reports and
// checks them against exact substring counts: hand-checked figures for four
// years (grep -o TERM | wc -l on the year's line) and, for every year, an
// independent strings.Count.
func TestTrendGovReports(t *testing.T) {
	path := shared.Path(t, "data/news-corpus/gov_reports1954-2017.txt")
	terms := []string{"改革", "开放", "小康", "一带一路", "科学发展观"}
	r, err := Trend(context.Background(), lines(t, path), TrendOptions{Terms: terms, Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if r.Documents != 48 || len(r.Periods) != 48 || len(r.Skipped) != 0 {
		t.Fatalf("documents %d periods %d skipped %v", r.Documents, len(r.Periods), r.Skipped)
	}
	byYear := map[string]Period{}
	for _, p := range r.Periods {
		byYear[p.Period] = p
	}
	hand := map[string]struct {
		chars  int
		counts []int
	}{
		"2012": {19971, []int{75, 18, 0, 0, 2}},
		"2013": {15993, []int{57, 21, 4, 0, 2}},
		"2016": {20755, []int{79, 20, 9, 6, 1}},
		"2017": {19737, []int{85, 15, 4, 5, 1}},
	}
	for y, h := range hand {
		p := byYear[y]
		if p.Chars != h.chars {
			t.Errorf("%s chars = %d, want %d", y, p.Chars, h.chars)
		}
		for i, term := range terms {
			if p.Counts[term] != h.counts[i] {
				t.Errorf("%s %s = %d, want %d", y, term, p.Counts[term], h.counts[i])
			}
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		year, text, _ := strings.Cut(line, "\t")
		for _, term := range terms {
			if got, want := byYear[year].Counts[term], strings.Count(text, term); got != want {
				t.Errorf("%s %s = %d, strings.Count says %d", year, term, got, want)
			}
		}
	}
	if p := byYear["2016"]; p.Per10k["一带一路"] != Per10k(6, 20755) || p.Per10k["一带一路"] != 2.891 {
		t.Errorf("2016 一带一路 per 10k = %v", p.Per10k["一带一路"])
	}
}

// BenchmarkTrendGovReports times a trend of four terms over the 48 State
// Council reports (3.2 MB) with the default worker pool.
func BenchmarkTrendGovReports(b *testing.B) {
	path := shared.Path(b, "data/news-corpus/gov_reports1954-2017.txt")
	terms := []string{"改革", "开放", "小康", "阶级斗争"}
	b.SetBytes(3169189)
	for i := 0; i < b.N; i++ {
		if _, err := Trend(context.Background(), lines(nil, path), TrendOptions{Terms: terms}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTopSlogans(t *testing.T) {
	src := docs(
		input.Doc{Source: "a", Text: "甲"}, input.Doc{Source: "b", Text: "乙"},
		input.Doc{Source: "c", Text: "丙"}, input.Doc{Source: "bad", Err: errors.New("x")},
	)
	// A fake slogans stage: what each document "contains".
	found := map[string][]analyzer.Slogan{
		"a": {{Text: "一国两制", Kind: "numbered", Mentions: 2}, {Text: "三个代表", Kind: "numbered"}, {Text: "实施意见", Kind: "document"}},
		"b": {{Text: "一国两制", Kind: "numbered"}, {Text: "和平统一、一国两制", Kind: "quoted"}, {Text: "实施意见", Kind: "document"}},
		"c": {{Text: "和平统一、一国两制", Kind: "quoted"}, {Text: "三农", Kind: "numbered", Mentions: 5}},
	}
	analyse := func(d *analyzer.Document) error {
		d.Slogans = found[d.Source]
		return nil
	}
	got, err := TopSlogans(context.Background(), src, analyse, TopOptions{N: 3})
	if err != nil {
		t.Fatal(err)
	}
	// 一国两制 (2 docs, 3 mentions) beats 和平统一、一国两制 (2 docs, 2), which
	// overlaps it and is skipped; documents are not followed by default;
	// 三农 (1 doc, 5 mentions) comes before 三个代表 (1 doc, counted as 1).
	want := []SloganFreq{
		{Text: "一国两制", Kind: "numbered", Documents: 2, Mentions: 3},
		{Text: "三农", Kind: "numbered", Documents: 1, Mentions: 5},
		{Text: "三个代表", Kind: "numbered", Documents: 1, Mentions: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("top = %+v\nwant %+v", got, want)
	}
}

// TestPathsSource reads a --lines corpus through the input package.
func TestPathsSource(t *testing.T) {
	src := Paths([]string{"../testdata/compare/mini-corpus.txt"}, input.Options{Lines: true}, strings.NewReader(""))
	r, err := Trend(context.Background(), src, TrendOptions{Terms: []string{"改革", "小康"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]int{}
	for _, p := range r.Periods {
		got[p.Period] = [2]int{p.Counts["改革"], p.Chars}
	}
	// Hand-counted: 1998 has 改革 twice in 16 characters; the two 1999
	// lines have one each in 7 + 7; 2003 none in 9.
	want := map[string][2]int{"1998": {2, 16}, "1999": {2, 14}, "2003": {0, 9}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
