package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCompareCLI runs the CLI in-process from the repository root.
func runCompareCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errOut bytes.Buffer
	code := run(append([]string{"wenxi"}, args...), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestCompareCommandSelf(t *testing.T) {
	sample := "testdata/puyang-2015-11-02.txt"
	out, errOut, code := runCompareCLI(t, "", "compare", "--format", "json", sample, sample)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Documents  []map[string]any            `json:"documents"`
		Keywords   []map[string]any            `json:"keywords"`
		Slogans    []struct{ Status []string } `json:"slogans"`
		People     map[string]any              `json:"people"`
		Similarity [][]float64                 `json:"similarity"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	if len(r.Documents) != 2 || r.People == nil || r.Keywords == nil || r.Similarity[0][1] != 1 {
		t.Errorf("documents %d, people %v, similarity %v", len(r.Documents), r.People, r.Similarity)
	}
	for _, s := range r.Slogans {
		if s.Status[1] == "new" || s.Status[1] == "gone" {
			t.Errorf("self-comparison marked a slogan %s", s.Status[1])
		}
	}
	table, _, code := runCompareCLI(t, "", "compare", "--format", "table", sample, sample)
	if code != 0 || !strings.Contains(table, "Similarity") || !strings.Contains(table, "puyang-2015-11-02.txt#2") {
		t.Errorf("table output (exit %d):\n%s", code, table)
	}
	csv, _, code := runCompareCLI(t, "", "compare", "--format", "csv", sample, sample)
	if code != 0 || !strings.HasPrefix(csv, "section,document,source,chars,top keywords\n") {
		t.Errorf("csv output (exit %d):\n%s", code, csv)
	}
}

func TestTrendCommand(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("..", "..", "testdata", "compare", "mini-trend.csv"))
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCompareCLI(t, "", "trend", "--lines", "--terms", "改革,开放，小康", "--format", "csv", "testdata/compare/mini-corpus.txt")
	if code != 0 || out != string(want) {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errOut, out, want)
	}
	// stdin works the same.
	corpus, _ := os.ReadFile(filepath.Join("..", "..", "testdata", "compare", "mini-corpus.txt"))
	out, _, code = runCompareCLI(t, string(corpus), "trend", "--lines", "-t", "改革,开放,小康", "-f", "csv")
	if code != 0 || out != string(want) {
		t.Errorf("stdin: exit %d, stdout:\n%s", code, out)
	}
	svg := filepath.Join(t.TempDir(), "t.svg")
	out, _, code = runCompareCLI(t, "", "trend", "--lines", "-t", "改革", "-f", "json", "--by", "decade", "--plot", svg, "testdata/compare/mini-corpus.txt")
	if code != 0 || !strings.Contains(out, `"period": "1990s"`) || !strings.Contains(out, `"per_10k"`) {
		t.Errorf("json by decade: exit %d\n%s", code, out)
	}
	if b, err := os.ReadFile(svg); err != nil || !bytes.Contains(b, []byte(">改革</text>")) {
		t.Errorf("chart: %v", err)
	}
}

func TestCompareTrendUsage(t *testing.T) {
	for _, args := range [][]string{
		{"compare", "testdata/puyang-2015-11-02.txt"},
		{"compare", "--top", "0", "a", "b"},
		{"trend", "--by", "week", "-t", "x", "testdata/compare/mini-corpus.txt"},
		{"trend", "--plot", "chart.gif", "-t", "x", "testdata/compare/mini-corpus.txt"},
		{"trend", "--format", "markdown", "-t", "x", "testdata/compare/mini-corpus.txt"},
	} {
		if _, errOut, code := runCompareCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errOut)
		}
	}
	// A document without a year is reported and the exit status says so.
	_, errOut, code := runCompareCLI(t, "改革", "trend", "-t", "改革", "-f", "csv", "-")
	if code != exitFailures || !strings.Contains(errOut, "skipped") {
		t.Errorf("no year: exit %d, stderr %q", code, errOut)
	}
}
