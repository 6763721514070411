package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/ner"
)

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func names(s ner.Sentence) []string {
	var out []string
	for _, sp := range s.Names {
		out = append(out, string(s.Text[sp.Start:sp.End]))
	}
	return out
}

func TestReadPFR(t *testing.T) {
	p := writeTemp(t, "pfr.txt",
		"19980101-01-001-001/m  江/nrf  泽民/nrg  李/nrf  鹏/nrg  学习/v  邓小平理论/n  。/wj  克林顿/nr  说{shuo1}/v  [中国/ns  政府/n]nt  ，/wd  王/nrf  主席/n\n\n")
	got, err := readPFR(p, map[string]bool{"邓小平": true})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d sentences, want 2 (split at 。)", len(got))
	}
	if s := string(got[0].Text); s != "江泽民李鹏学习邓小平理论。" {
		t.Errorf("text %q", s)
	}
	// An unseparated list splits at the second surname; the doctrine word
	// yields its leader's name (the MSRA convention).
	if n := names(got[0]); !reflect.DeepEqual(n, []string{"江泽民", "李鹏", "邓小平"}) {
		t.Errorf("names %q", n)
	}
	if s := string(got[1].Text); s != "克林顿说中国政府，王主席" {
		t.Errorf("text %q (pinyin and brackets must go)", s)
	}
	if n := names(got[1]); !reflect.DeepEqual(n, []string{"克林顿", "王"}) {
		t.Errorf("names %q", n)
	}
}

func TestReadCLUENER(t *testing.T) {
	p := writeTemp(t, "c.json", `{"text": "研究部主任李成说，叶老桂认为", "label": {"name": {"李成": [[5, 6]], "叶老桂": [[9, 11]]}, "position": {"研究部主任": [[0, 4]]}}}`+"\n")
	got, err := readCLUENER(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []analyzer.Span{{Start: 5, End: 7}, {Start: 9, End: 12}}
	if len(got) != 1 || !reflect.DeepEqual(got[0].Names, want) {
		t.Errorf("got %+v, want names %v", got, want)
	}
}

func TestReadWeibo(t *testing.T) {
	p := writeTemp(t, "w.conll", "感0\tO\n李0\tB-PER.NAM\n开1\tI-PER.NAM\n复2\tI-PER.NAM\n男0\tB-PER.NOM\n友1\tI-PER.NOM\n\n")
	got, err := readWeibo(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || string(got[0].Text) != "感李开复男友" || !reflect.DeepEqual(names(got[0]), []string{"李开复"}) {
		t.Errorf("got %+v", got)
	}
}

func TestSynthesisDeterministic(t *testing.T) {
	pool := []string{"张明", "李华", "欧阳修", "王小二"}
	a, b := synthesizeLists(pool, 20, 3), synthesizeLists(pool, 20, 3)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different lists")
	}
	for _, s := range append(a, synthesizeContexts(pool, 20, 3)...) {
		for _, n := range names(s) {
			if !contains(pool, n) {
				t.Fatalf("%s: span %q is not a pool name", string(s.Text), n)
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
