package people

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestMeetnewsPeople scores the stage on the meeting-news excerpts of
// testdata/meetnews (192 short reports of party and government meetings from
// public web pages, annotated by reading before the stage ran on them; see
// docs/people.md). The texts are not redistributed: set WENXI_MEETNEWS to a
// folder holding NAME.txt for the names of testdata/meetnews/texts.tsv.
// Names are scored by set per text; titles and roles as sets on the names
// found. Run by hand, never in CI (the texts are not beside the clone).
func TestMeetnewsPeople(t *testing.T) {
	dir := os.Getenv("WENXI_MEETNEWS")
	if dir == "" {
		t.Skip("set WENXI_MEETNEWS to the folder of the meeting-news texts (see testdata/meetnews/texts.tsv)")
	}
	golds, err := filepath.Glob("../../testdata/meetnews/people/*.gold.json")
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	type person struct {
		Name     string   `json:"name"`
		Mentions int      `json:"mentions"`
		Titles   []string `json:"titles"`
		Roles    []string `json:"roles"`
	}
	same := func(a, b []string) bool {
		a, b = slices.Clone(a), slices.Clone(b)
		slices.Sort(a)
		slices.Sort(b)
		return slices.Equal(slices.Compact(a), slices.Compact(b))
	}
	var gold, pred, correct, titles, roles, mentions, texts int
	for _, g := range golds {
		name := strings.TrimSuffix(filepath.Base(g), ".gold.json")
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Logf("%s: %v (skipped)", name, err)
			continue
		}
		b, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		var want struct{ People []person }
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		doc := newDoc(t, string(text))
		if err := s.Process(doc); err != nil {
			t.Fatal(err)
		}
		texts++
		byName := map[string]person{}
		for _, p := range want.People {
			byName[p.Name] = p
		}
		gold += len(want.People)
		pred += len(doc.People)
		for _, p := range doc.People {
			w, ok := byName[p.Name]
			if !ok {
				t.Logf("%s: false person %s", name, p.Name)
				continue
			}
			correct++
			if same(p.Titles, w.Titles) {
				titles++
			}
			if same(p.Roles, w.Roles) {
				roles++
			}
			if p.Mentions == w.Mentions {
				mentions++
			}
		}
	}
	if texts == 0 || pred == 0 || correct == 0 {
		t.Fatalf("nothing scored (%d texts)", texts)
	}
	p, r := float64(correct)/float64(pred), float64(correct)/float64(gold)
	t.Logf("meeting news, %d texts: names P %.3f R %.3f F1 %.3f (gold %d, predicted %d, correct %d); of the names found, titles %.3f, roles %.3f, mentions %.3f",
		texts, p, r, 2*p*r/(p+r), gold, pred, correct,
		float64(titles)/float64(correct), float64(roles)/float64(correct), float64(mentions)/float64(correct))
}
