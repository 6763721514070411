package compare_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/compare"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// analyse runs the real keywords/slogans/people pipeline on texts.
func analyse(t *testing.T, sources, texts []string) []*analyzer.Document {
	t.Helper()
	p, err := wenxi.New(wenxi.Options{}).Pipeline("keywords", "slogans", "people")
	if err != nil {
		t.Fatal(err)
	}
	var docs []*analyzer.Document
	for i, text := range texts {
		d := analyzer.NewDocument(sources[i], 0, text)
		if err := p.Run(d); err != nil {
			t.Fatalf("%s: %v", sources[i], err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestCompareSampleWithItself: the sample against itself (analysed twice)
// is similar 1, moves no slogan, and names everyone in both.
func TestCompareSampleWithItself(t *testing.T) {
	path := filepath.Join("..", "testdata", "puyang-2015-11-02.txt")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := analyse(t, []string{path, path}, []string{string(data), string(data)})
	r, err := compare.Compare(docs, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Similarity[0][1] != 1 || r.Similarity[1][0] != 1 || r.Similarity[0][0] != 1 {
		t.Errorf("similarity = %v, want all 1", r.Similarity)
	}
	for _, s := range r.Slogans {
		if s.Status[1] == compare.StatusNew || s.Status[1] == compare.StatusGone || s.Counts[0] != s.Counts[1] {
			t.Errorf("slogan %s: counts %v status %v", s.Text, s.Counts, s.Status)
		}
	}
	for _, k := range r.Keywords {
		if k.Counts[0] != k.Counts[1] || k.Counts[0] == 0 {
			t.Errorf("keyword %s: counts %v", k.Word, k.Counts)
		}
	}
	if len(r.People.Common) != len(r.People.Rows) || len(r.People.Unique[0])+len(r.People.Unique[1]) != 0 {
		t.Errorf("people: common %v unique %v of %d", r.People.Common, r.People.Unique, len(r.People.Rows))
	}
	if len(r.Keywords) == 0 {
		t.Error("no keywords: the keywords stage did not run")
	}
	if r.Documents[1].Label == r.Documents[0].Label {
		t.Errorf("labels not unique: %s", r.Documents[0].Label)
	}
}

type golden struct {
	Years   []string `json:"years"`
	Slogans []struct {
		Text   string   `json:"text"`
		Counts []int    `json:"counts"`
		Status []string `json:"status"`
	} `json:"slogans"`
	OnlyFirst  []string `json:"only_first"`
	OnlySecond []string `json:"only_second"`
}

// TestCompareTwoReports compares the 2012 and 2016 work reports against
// hand-checked differences (testdata/compare/gov-2012-2016.json). Slogans
// of the answer key that the slogans stage did not report are added to
// the documents, so the check covers Compare's counting and new/gone marks
// whatever the stage finds.
func TestCompareTwoReports(t *testing.T) {
	corpus := shared.Path(t, "data/news-corpus/gov_reports1954-2017.txt")
	var g golden
	data, err := os.ReadFile(filepath.Join("..", "testdata", "compare", "gov-2012-2016.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, line := range strings.Split(string(raw), "\n") {
		if y, rest := compare.LeadingYear(line); y != "" {
			texts[y] = rest
		}
	}
	years := append(slices.Clone(g.Years), "1954")
	var ts []string
	for _, y := range years {
		ts = append(ts, texts[y])
	}
	docs := analyse(t, years, ts)
	for _, s := range g.Slogans {
		for _, d := range docs {
			if !slices.ContainsFunc(d.Slogans, func(x analyzer.Slogan) bool { return x.Text == s.Text }) && strings.Contains(d.Text, s.Text) {
				d.Slogans = append(d.Slogans, analyzer.Slogan{Text: s.Text, Kind: analyzer.KindQuoted})
			}
		}
	}
	r, err := compare.Compare(docs, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]compare.SloganRow{}
	for _, s := range r.Slogans {
		rows[s.Text] = s
	}
	for _, want := range g.Slogans {
		got, ok := rows[want.Text]
		if !ok {
			t.Errorf("slogan %s missing", want.Text)
			continue
		}
		if !reflect.DeepEqual(got.Counts[:2], want.Counts) || !reflect.DeepEqual(got.Status[:2], want.Status) {
			t.Errorf("slogan %s: counts %v status %v, want %v %v", want.Text, got.Counts[:2], got.Status[:2], want.Counts, want.Status)
		}
	}
	for _, n := range g.OnlyFirst {
		if !slices.Contains(r.People.Unique[0], n) {
			t.Errorf("%s not among the people only in %s: %v", n, years[0], r.People.Unique[0])
		}
	}
	for _, n := range g.OnlySecond {
		if !slices.Contains(r.People.Unique[1], n) {
			t.Errorf("%s not among the people only in %s: %v", n, years[1], r.People.Unique[1])
		}
	}
	// Two reports of the same government four years apart share most of
	// their vocabulary; either is much closer to the other than to 1954's.
	s := r.Similarity
	if s[0][1] < 0.6 || s[0][1] > 0.99 {
		t.Errorf("similarity 2012–2016 = %v, want within [0.6, 0.99]", s[0][1])
	}
	if s[0][1] <= s[0][2] || s[0][1] <= s[1][2] {
		t.Errorf("similarity 2012–2016 %v not above 2012–1954 %v and 2016–1954 %v", s[0][1], s[0][2], s[1][2])
	}
}
