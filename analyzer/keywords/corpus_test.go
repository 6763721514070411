package keywords_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
	"github.com/wenxi-nlp/wenxi/analyzer/segment"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// govReports segments the State Council work reports 1954–2017 (one report
// a line, YEAR<TAB>text; ~1 M characters, a second or two).
func govReports(t *testing.T) []*analyzer.Document {
	t.Helper()
	path := shared.Path(t, "data/news-corpus/gov_reports1954-2017.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*analyzer.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		year, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		d := analyzer.NewDocument(year, 0, text)
		if err := (analyzer.StructureStage{}).Process(d); err != nil {
			t.Fatal(err)
		}
		if err := (segment.Stage{Seg: seg}).Process(d); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 48 {
		t.Fatalf("%d reports, want 48", len(docs))
	}
	return docs
}

// TestCorpusIDF shows what a corpus IDF is for: with jieba's general IDF the
// 2017 report's top terms are what every work report says (发展 改革 建设);
// with an IDF built over the 48 reports they are what 2017 said.
func TestCorpusIDF(t *testing.T) {
	if testing.Short() {
		t.Skip("segments 3 MB of reports")
	}
	docs := govReports(t)
	c := keywords.NewDFCounter()
	for _, d := range docs {
		c.Add(d)
	}
	var b strings.Builder
	if err := c.WriteIDF(&b, 2); err != nil {
		t.Fatal(err)
	}
	table, err := keywords.ReadIDF(strings.NewReader(b.String()), "gov.idf")
	if err != nil {
		t.Fatal(err)
	}
	// Ubiquitous: in at least 90% of the reports, idf <= ln(1/0.9).
	ubiquitous := func(w string) bool { return table.Get(w) <= 0.1054 }

	general, _ := keywords.New(keywords.Options{Top: 20})
	corpus, _ := keywords.New(keywords.Options{Top: 20, IDF: table})
	var y2017 *analyzer.Document
	ubiqGeneral, ubiqCorpus, n := 0, 0, 0
	for _, d := range docs {
		if d.Source < "1978" {
			continue // the early reports are short and few
		}
		a, err := general.Rank(d)
		if err != nil {
			t.Fatal(err)
		}
		z, err := corpus.Rank(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range a {
			if ubiquitous(k.Word) {
				ubiqGeneral++
			}
		}
		for _, k := range z {
			if ubiquitous(k.Word) {
				ubiqCorpus++
			}
		}
		n += 20
		if d.Source == "2017" {
			y2017 = d
		}
	}
	t.Logf("share of top-20 keywords found in >=90%% of reports: general IDF %.1f%%, corpus IDF %.1f%%",
		100*float64(ubiqGeneral)/float64(n), 100*float64(ubiqCorpus)/float64(n))
	if ubiqCorpus*4 > ubiqGeneral {
		t.Errorf("corpus IDF should cut ubiquitous keywords at least fourfold: %d vs %d", ubiqCorpus, ubiqGeneral)
	}

	a, _ := general.Rank(y2017)
	z, _ := corpus.Rank(y2017)
	ga, gz := wordsOf(a), wordsOf(z)
	t.Logf("2017, general IDF: %v", ga)
	t.Logf("2017, corpus IDF:  %v", gz)
	for _, w := range []string{"发展", "改革", "建设"} {
		if !contains(ga, w) {
			t.Errorf("general IDF: expected the ubiquitous %s in the 2017 top 20", w)
		}
		if contains(gz, w) {
			t.Errorf("corpus IDF: ubiquitous %s still in the 2017 top 20", w)
		}
	}
	// Terms of 2016–2017 (supply-side reform, mass entrepreneurship).
	found := 0
	for _, w := range []string{"双创", "实体经济", "结构性改革", "动能", "产能"} {
		if contains(gz, w) {
			found++
		}
	}
	if found < 3 {
		t.Errorf("corpus IDF: only %d of 双创 实体经济 结构性改革 动能 产能 in the 2017 top 20: %v", found, gz)
	}
}

func wordsOf(kws []analyzer.Keyword) []string {
	out := make([]string, len(kws))
	for i, k := range kws {
		out[i] = k.Word
	}
	return out
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}
