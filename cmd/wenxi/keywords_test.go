package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const kwSampleArticle = "../../testdata/puyang-2015-11-02.txt"

func kwRunCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"wenxi"}, args...), strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestKeywordsCountsOnly(t *testing.T) {
	out, errs, code := kwRunCLI(t, "", "keywords", "--count", "群团, 四个全面,改革", "--format", "csv", kwSampleArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "source,term,substring,tokens" {
		t.Fatalf("counts-only CSV header = %q", lines[0])
	}
	// Hand-counted in the sample: 群团 73 times, 四个全面 once, 改革 10 times
	// as a substring (深化改革 is one token, so 9 as a token).
	for _, want := range []string{kwSampleArticle + ",群团,73,73", kwSampleArticle + ",四个全面,1,1", kwSampleArticle + ",改革,10,"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

func TestKeywordsJSON(t *testing.T) {
	out, errs, code := kwRunCLI(t, "", "keywords", "--top", "5", "--count", "群众", "--format", "json", kwSampleArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rec struct {
		Keywords []struct {
			Word   string  `json:"word"`
			Count  int     `json:"count"`
			Weight float64 `json:"weight"`
			Pos    string  `json:"pos"`
			Phrase bool    `json:"phrase"`
		} `json:"keywords"`
		Counts []struct {
			Term      string `json:"term"`
			Substring int    `json:"substring"`
			Tokens    int    `json:"tokens"`
		} `json:"counts"`
	}
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(rec.Keywords) != 5 {
		t.Errorf("%d keywords, want 5", len(rec.Keywords))
	}
	if len(rec.Keywords) > 0 && (rec.Keywords[0].Word != "群团工作" || !rec.Keywords[0].Phrase) {
		t.Errorf("top keyword %+v, want the phrase 群团工作", rec.Keywords[0])
	}
	if len(rec.Counts) != 1 || rec.Counts[0].Term != "群众" || rec.Counts[0].Substring < 27 {
		t.Errorf("counts = %+v", rec.Counts)
	}
}

func TestKeywordsUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"keywords", "--method", "lda", kwSampleArticle},
		{"keywords", "--top", "0", kwSampleArticle},
		{"keywords", "--idf", "/nonexistent/x.idf", kwSampleArticle},
		{"keywords", "--stopwords", "/nonexistent/stop.txt", kwSampleArticle},
		{"keywords", "--count", " , ", kwSampleArticle},
		{"idf", "build", kwSampleArticle},
	} {
		if _, _, code := kwRunCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestIDFBuildAndUse(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.txt")
	// Three one-line "reports": 发展 is in all, 扶贫 in two, 航天 in one.
	lines := "2001\t发展，经济，扶贫。\n2002\t发展，教育，扶贫。\n2003\t发展，航天，航天。\n"
	if err := os.WriteFile(corpus, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	table := filepath.Join(dir, "c.idf")
	if _, errs, code := kwRunCLI(t, "", "idf", "build", "--lines", corpus, "-o", table); code != 0 {
		t.Fatalf("idf build: exit %d: %s", code, errs)
	}
	b, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	got := string(b)
	for _, want := range []string{"# default-idf: 1.098612", "\n发展 0.000000\n", "\n扶贫 0.405465\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("table lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "航天 ") {
		t.Errorf("a word from one document only should be left to default-idf:\n%s", got)
	}
	out, errs, code := kwRunCLI(t, "", "keywords", "--idf", table, "--format", "csv", "--lines", corpus)
	if code != 0 {
		t.Fatalf("keywords --idf: exit %d: %s", code, errs)
	}
	// 发展 has idf 0 in this corpus: it never ranks.
	if strings.Contains(out, ",发展,") {
		t.Errorf("发展 ranked with a corpus IDF of 0:\n%s", out)
	}
}

func TestKeywordsStopwordsAndCountFile(t *testing.T) {
	dir := t.TempDir()
	stop := filepath.Join(dir, "stop.txt")
	terms := filepath.Join(dir, "terms.txt")
	os.WriteFile(stop, []byte("# mine\n群众\n"), 0o644)
	os.WriteFile(terms, []byte("群团工作\n\n# comment\n赶超发展\n"), 0o644)
	out, errs, code := kwRunCLI(t, "", "keywords", "--stopwords", stop, "--count-file", terms, "--top", "30", "--format", "csv", kwSampleArticle)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.Contains(out, ",群众,") {
		t.Errorf("user stopword 群众 ranked:\n%s", out)
	}
	for _, want := range []string{",Counts,群团工作,", ",Counts,赶超发展,"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q:\n%s", want, out)
		}
	}
}
