package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/render"
)

const sample = "../../testdata/puyang-2015-11-02.txt"

func briefCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append([]string{"wenxi"}, args...), strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), code
}

// TestSummaryJSON runs `wenxi summary` end to end (with the real people
// stage) and checks the brief against the sample's gold metadata and the
// hand-checked statements.
func TestSummaryJSON(t *testing.T) {
	out, errOut, code := briefCLI(t, "summary", "--format", "json", sample)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rec render.Record
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Meta == nil || rec.Statements == nil || rec.Summary == nil || rec.People != nil || rec.Tokens != nil {
		t.Fatalf("sections: meta %v statements %v summary %v people %v tokens %v",
			rec.Meta != nil, rec.Statements != nil, rec.Summary != nil, rec.People != nil, rec.Tokens != nil)
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "puyang-2015-11-02.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Meta struct {
			Title, Site, Source, Published, Editor string
			Authors                                []string
			EventDate                              string `json:"event_date"`
		}
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	m := rec.Meta
	if m.Title != gold.Meta.Title || m.Site != gold.Meta.Site || m.Source != gold.Meta.Source || m.Published != gold.Meta.Published ||
		m.Editor != gold.Meta.Editor || m.EventDate != gold.Meta.EventDate || !reflect.DeepEqual(m.Authors, gold.Meta.Authors) {
		t.Errorf("meta = %+v, gold %+v", m, gold.Meta)
	}
	by := map[string]int{}
	for _, s := range *rec.Statements {
		by[s.Speaker]++
	}
	if by["何雄"] < 7 || by["阮金泉"] != 1 {
		t.Errorf("statements by speaker = %v; want 何雄 ≥ 7, 阮金泉 1", by)
	}
	if m.Meeting == nil || !reflect.DeepEqual(m.Meeting.Chair, []string{"阮金泉"}) || len(m.Meeting.Speakers) < 2 || m.Meeting.Speakers[0] != "何雄" {
		t.Errorf("meeting = %+v", m.Meeting)
	}
	if len(*rec.Summary) != 5 {
		t.Errorf("summary has %d sentences, want 5", len(*rec.Summary))
	}
}

func TestSummaryFormats(t *testing.T) {
	out, _, code := briefCLI(t, "summary", "--format", "markdown", sample)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"# 市委党的群团工作会议召开", "- **时间**：2015-11-02（11月2日）", "- **主持**：阮金泉",
		"## 讲话要点", "### 何雄", "- **最后强调**：", "  - 一要致力于改革发展。", "### 阮金泉", "## 摘要", "5. "} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	for _, bad := range []string{"首页", "责任编辑:", "字体"} {
		if strings.Contains(out, bad) {
			t.Errorf("markdown has boilerplate %q", bad)
		}
	}
	out, _, code = briefCLI(t, "summary", "--format", "csv", "--sentences", "3", sample)
	if code != 0 || !strings.Contains(out, "Summary") || strings.Count(out, ",Summary,") != 3 {
		t.Errorf("csv with --sentences 3: exit %d, %d summary rows", code, strings.Count(out, ",Summary,"))
	}
	if _, _, code := briefCLI(t, "summary", "--sentences", "0", sample); code != exitUsage {
		t.Errorf("--sentences 0: exit %d, want %d", code, exitUsage)
	}
}

func TestAnalyze(t *testing.T) {
	keys := func(args ...string) []string {
		t.Helper()
		out, errOut, code := briefCLI(t, append([]string{"analyze", "--format", "json"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errOut)
		}
		var rec map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		var ks []string
		for _, k := range []string{"meta", "people", "slogans", "keywords", "statements", "summary", "tokens"} {
			if _, ok := rec[k]; ok {
				ks = append(ks, k)
			}
		}
		return ks
	}
	if got := keys(sample); !reflect.DeepEqual(got, []string{"meta", "people", "slogans", "keywords", "statements", "summary"}) {
		t.Errorf("analyze sections = %v", got)
	}
	if got := keys("--only", "people,slogans", sample); !reflect.DeepEqual(got, []string{"people", "slogans"}) {
		t.Errorf("--only people,slogans sections = %v", got)
	}
	if got := keys("--only", "summary", "--tokens", sample); !reflect.DeepEqual(got, []string{"summary", "tokens"}) {
		t.Errorf("--only summary --tokens sections = %v", got)
	}
	if _, _, code := briefCLI(t, "analyze", "--only", "people,nonsense", sample); code != exitUsage {
		t.Errorf("--only with an unknown section: exit %d, want %d", code, exitUsage)
	}
	out, _, code := briefCLI(t, "analyze", "--format", "table", "--only", "meta,statements", sample)
	if code != 0 || !strings.Contains(out, "Meta") || !strings.Contains(out, "Statements") || strings.Contains(out, "Keywords") {
		t.Errorf("table --only meta,statements: exit %d\n%s", code, clip(out))
	}
}
