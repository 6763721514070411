package slogans

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Annotated is one hand-annotated text: the report and its expected items.
type Annotated struct {
	// Name is the file stem (hebei-2026).
	Name string
	// Text is the report text.
	Text string
	// Expected maps each expected item's text to its kind.
	Expected map[string]string
	// HeldOut is true for texts kept aside from tuning (name contains "heldout").
	HeldOut bool
}

// ReadAnnotations reads NAME.tsv files (text<TAB>kind per line, # comments)
// and their NAME.txt reports from a folder, or one .tsv (or .txt) file.
func ReadAnnotations(path string) ([]Annotated, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading annotations: %w", err)
	}
	var tsvs []string
	if st.IsDir() {
		if tsvs, err = filepath.Glob(filepath.Join(path, "*.tsv")); err != nil {
			return nil, err
		}
		if len(tsvs) == 0 {
			return nil, fmt.Errorf("%s: no .tsv annotation files", path)
		}
	} else {
		tsvs = []string{strings.TrimSuffix(path, filepath.Ext(path)) + ".tsv"}
	}
	sort.Strings(tsvs)
	var out []Annotated
	for _, tsv := range tsvs {
		a, err := readAnnotated(tsv)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

func readAnnotated(tsv string) (Annotated, error) {
	stem := strings.TrimSuffix(tsv, ".tsv")
	b, err := os.ReadFile(tsv)
	if err != nil {
		return Annotated{}, fmt.Errorf("reading %s: %w", tsv, err)
	}
	t, err := os.ReadFile(stem + ".txt")
	if err != nil {
		return Annotated{}, fmt.Errorf("reading report for %s: %w", tsv, err)
	}
	return ParseAnnotation(tsv, b, string(t))
}

// ParseAnnotation reads an annotation (text<TAB>kind per line, # comments)
// of text from tsv, whose path names it (NAME.tsv) and its errors; for texts
// that are not stored beside their annotation (built from shared data).
func ParseAnnotation(tsv string, b []byte, text string) (Annotated, error) {
	stem := strings.TrimSuffix(tsv, ".tsv")
	a := Annotated{Name: filepath.Base(stem), Expected: map[string]string{}, HeldOut: strings.Contains(filepath.Base(stem), "heldout"), Text: text}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		item, kind, ok := strings.Cut(line, "\t")
		if !ok {
			return a, fmt.Errorf("%s:%d: want text<TAB>kind", tsv, i+1)
		}
		switch kind {
		case analyzer.KindNumbered, analyzer.KindQuoted, analyzer.KindPlan, analyzer.KindDocument:
		default:
			return a, fmt.Errorf("%s:%d: unknown kind %q", tsv, i+1, kind)
		}
		a.Expected[item] = kind
	}
	return a, nil
}

// Score is the agreement of found items with expected ones (distinct texts).
type Score struct {
	Name     string `json:"name"`
	HeldOut  bool   `json:"held_out,omitempty"`
	Expected int    `json:"expected"`
	Found    int    `json:"found"`
	Correct  int    `json:"correct"`
	// KindRight counts correct items whose kind also matches.
	KindRight    int      `json:"kind_right"`
	Precision    float64  `json:"precision"`
	Recall       float64  `json:"recall"`
	KindAccuracy float64  `json:"kind_accuracy"`
	Missed       []string `json:"missed,omitempty"`
	Spurious     []string `json:"spurious,omitempty"`
	WrongKind    []string `json:"wrong_kind,omitempty"`
}

// Evaluate scores found items against an annotation.
func Evaluate(a Annotated, found []analyzer.Slogan) Score {
	s := Score{Name: a.Name, HeldOut: a.HeldOut, Expected: len(a.Expected)}
	seen := map[string]bool{}
	for _, it := range found {
		if seen[it.Text] {
			continue
		}
		seen[it.Text] = true
		s.Found++
		kind, ok := a.Expected[it.Text]
		if !ok {
			s.Spurious = append(s.Spurious, it.Text+" ("+it.Kind+")")
			continue
		}
		s.Correct++
		if kind == it.Kind {
			s.KindRight++
		} else {
			s.WrongKind = append(s.WrongKind, it.Text+" ("+it.Kind+", want "+kind+")")
		}
	}
	for text, kind := range a.Expected {
		if !seen[text] {
			s.Missed = append(s.Missed, text+" ("+kind+")")
		}
	}
	sort.Strings(s.Missed)
	s.ratios()
	return s
}

// Sum adds scores into a total named name.
func Sum(name string, scores []Score) Score {
	t := Score{Name: name}
	for _, s := range scores {
		t.Expected += s.Expected
		t.Found += s.Found
		t.Correct += s.Correct
		t.KindRight += s.KindRight
	}
	t.ratios()
	return t
}

func (s *Score) ratios() {
	s.Precision = ratio(s.Correct, s.Found)
	s.Recall = ratio(s.Correct, s.Expected)
	s.KindAccuracy = ratio(s.KindRight, s.Correct)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
