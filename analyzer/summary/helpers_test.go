package summary

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/meta"
	"github.com/wenxi-nlp/wenxi/analyzer/segment"
	"github.com/wenxi-nlp/wenxi/analyzer/statements"
)

var seg *segment.Segmenter

// prepare runs structure, meta, segment (when tokens) and statements, with
// the sample's people from its gold file when the text is the sample, then
// the summary stage.
func prepare(t testing.TB, text string, tokens bool) *analyzer.Document {
	t.Helper()
	d := analyzer.NewDocument("test", 0, text)
	must(t, analyzer.StructureStage{}.Process(d))
	ms, _ := meta.New(meta.Options{})
	must(t, ms.Process(d))
	if tokens {
		if seg == nil {
			var err error
			if seg, err = segment.New(); err != nil {
				t.Fatal(err)
			}
		}
		must(t, segment.Stage{Seg: seg}.Process(d))
	}
	var gold struct{ People []analyzer.Person }
	if b, err := os.ReadFile("../../testdata/puyang-2015-11-02.gold.json"); err == nil {
		must(t, json.Unmarshal(b, &gold))
	}
	d.People = gold.People
	st, _ := statements.New(statements.Options{})
	must(t, st.Process(d))
	s, _ := New(Options{})
	must(t, s.Process(d))
	return d
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
