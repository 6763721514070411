// Package compare analyses several documents together: a side-by-side
// comparison (keywords, slogans, people, TF-IDF similarity) and term trends
// over a corpus. It works on analysed analyzer.Documents and on raw text; it
// has no command-line code (cmd/wenxi wires it) and no formatting (render
// draws its tables).
package compare

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Slogan status values, relative to the first document of a comparison.
const (
	// StatusNew marks a slogan absent from the first document.
	StatusNew = "new"
	// StatusGone marks a slogan of the first document absent from this one.
	StatusGone = "gone"
	// StatusKept marks a slogan present in both.
	StatusKept = "kept"
)

// Options configures Compare.
type Options struct {
	// TopKeywords is how many keywords per document enter the comparison
	// (default 10).
	TopKeywords int
}

// Document is one compared document: where it came from, a short label for
// table columns, its length and its top keywords.
type Document struct {
	Source string `json:"source"`
	Line   int    `json:"line,omitempty"`
	// Label is a short unique name used as column header.
	Label string `json:"label"`
	// Chars is the length in characters.
	Chars    int                `json:"chars"`
	Keywords []analyzer.Keyword `json:"keywords"`
}

// KeywordRow is one keyword of the union of the documents' top keywords
// with its count in each document (index-aligned with Result.Documents).
type KeywordRow struct {
	Word   string `json:"word"`
	Counts []int  `json:"counts"`
}

// SloganRow is one slogan found in any document, with its exact substring
// count in each document and its status relative to the first document.
type SloganRow struct {
	Text   string `json:"text"`
	Kind   string `json:"kind"`
	Counts []int  `json:"counts"`
	// Status per document: "" for the first document and for documents
	// where the slogan is absent as it is in the first, otherwise one of the
	// Status* constants.
	Status []string `json:"status"`
}

// PersonRow is one person named in any document, with mentions per document.
type PersonRow struct {
	Name     string `json:"name"`
	Mentions []int  `json:"mentions"`
}

// People compares the people the documents name.
type People struct {
	// Common lists the people named in every document.
	Common []string `json:"common"`
	// Unique lists, per document, the people named only in that document.
	Unique [][]string `json:"unique"`
	// Rows gives every person's mentions per document.
	Rows []PersonRow `json:"rows"`
}

// Result is the side-by-side comparison of several documents. Every
// per-document slice is index-aligned with Documents.
type Result struct {
	Documents []Document   `json:"documents"`
	Keywords  []KeywordRow `json:"keywords"`
	Slogans   []SloganRow  `json:"slogans"`
	People    People       `json:"people"`
	// Similarity is the matrix of cosine similarities between the
	// documents' TF-IDF vectors (rounded to 4 decimals).
	Similarity [][]float64 `json:"similarity"`
}

// Compare compares documents that went through the keywords, slogans and
// people stages (missing stage results simply leave their section empty).
func Compare(docs []*analyzer.Document, o Options) (*Result, error) {
	if len(docs) == 0 {
		return nil, fmt.Errorf("compare: no documents")
	}
	if o.TopKeywords <= 0 {
		o.TopKeywords = 10
	}
	r := &Result{
		Documents:  documents(docs, o.TopKeywords),
		Slogans:    sloganRows(docs),
		People:     comparePeople(docs),
		Similarity: Similarity(docs),
	}
	r.Keywords = keywordRows(docs, r.Documents)
	return r, nil
}

// documents builds the per-document summaries with unique labels.
func documents(docs []*analyzer.Document, top int) []Document {
	out := make([]Document, len(docs))
	seen := map[string]int{}
	for i, d := range docs {
		label := Label(d.Source, d.Line)
		if y, _ := LeadingYear(d.Text); y != "" && d.Line > 0 {
			// In a one-report-per-line corpus the year says more than "-:3".
			label = y
		}
		seen[label]++
		if n := seen[label]; n > 1 {
			label = fmt.Sprintf("%s#%d", label, n)
		}
		kw := d.Keywords
		if len(kw) > top {
			kw = kw[:top]
		}
		if kw == nil {
			kw = []analyzer.Keyword{}
		}
		out[i] = Document{Source: d.Source, Line: d.Line, Label: label, Chars: len(d.Runes), Keywords: kw}
	}
	return out
}

// Label is a short name for a document: the file's base name, with the line
// number in --lines mode.
func Label(source string, line int) string {
	l := source
	if source != "-" && source != "" {
		l = filepath.Base(source)
	}
	if line > 0 {
		l = fmt.Sprintf("%s:%d", l, line)
	}
	return l
}

// keywordRows lists the union of the top keywords (in order of first
// appearance across documents) with each one's count in every document.
func keywordRows(docs []*analyzer.Document, sums []Document) []KeywordRow {
	var rows []KeywordRow
	index := map[string]int{}
	for _, s := range sums {
		for _, k := range s.Keywords {
			if _, ok := index[k.Word]; ok {
				continue
			}
			index[k.Word] = len(rows)
			rows = append(rows, KeywordRow{Word: k.Word, Counts: make([]int, len(docs))})
		}
	}
	for j, d := range docs {
		listed := map[string]int{}
		for _, k := range d.Keywords {
			listed[k.Word] = k.Count
		}
		for i := range rows {
			n := TokenRunCount(d, rows[i].Word)
			if c, ok := listed[rows[i].Word]; ok && n == 0 {
				// The keywords stage may count a normalised form the tokens do
				// not spell; trust its count rather than report zero.
				n = c
			}
			rows[i].Counts[j] = n
		}
	}
	if rows == nil {
		rows = []KeywordRow{}
	}
	return rows
}

// TokenRunCount counts how often word occurs in doc's body as a run of
// whole tokens (so 发展 is not counted inside 发展中国家), leaving out
// boilerplate paragraphs as the keywords stage does; without tokens it falls
// back to the exact substring count of the whole text.
func TokenRunCount(doc *analyzer.Document, word string) int {
	if word == "" {
		return 0
	}
	if len(doc.Tokens) == 0 {
		return strings.Count(doc.Text, word)
	}
	n := 0
	for i := 0; i < len(doc.Tokens); i++ {
		if doc.InBoilerplate(doc.Tokens[i].Start) {
			continue
		}
		rest := word
		for j := i; j < len(doc.Tokens) && rest != ""; j++ {
			t := doc.Tokens[j].Text
			if !strings.HasPrefix(rest, t) || t == "" {
				break
			}
			rest = rest[len(t):]
		}
		if rest == "" {
			n++
		}
	}
	return n
}

// sloganRows lists every slogan any document contains, with exact substring
// counts per document (so a slogan the stage found in one document is
// counted in the others even where it is not quoted there) and its status
// relative to the first document.
func sloganRows(docs []*analyzer.Document) []SloganRow {
	rows := []SloganRow{}
	index := map[string]int{}
	for _, d := range docs {
		for _, s := range d.Slogans {
			if _, ok := index[s.Text]; ok || s.Text == "" {
				continue
			}
			index[s.Text] = len(rows)
			rows = append(rows, SloganRow{Text: s.Text, Kind: s.Kind})
		}
	}
	for i := range rows {
		r := &rows[i]
		r.Counts = make([]int, len(docs))
		r.Status = make([]string, len(docs))
		for j, d := range docs {
			r.Counts[j] = strings.Count(d.Text, r.Text)
		}
		for j := 1; j < len(docs); j++ {
			r.Status[j] = status(r.Counts[0] > 0, r.Counts[j] > 0)
		}
	}
	// Most frequent first, so the table starts with what matters.
	sort.SliceStable(rows, func(a, b int) bool { return sum(rows[a].Counts) > sum(rows[b].Counts) })
	return rows
}

func status(inFirst, inThis bool) string {
	switch {
	case inFirst && inThis:
		return StatusKept
	case inThis:
		return StatusNew
	case inFirst:
		return StatusGone
	}
	return ""
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// comparePeople lists the people in common and those unique to each
// document, by name.
func comparePeople(docs []*analyzer.Document) People {
	p := People{Common: []string{}, Unique: make([][]string, len(docs)), Rows: []PersonRow{}}
	index := map[string]int{}
	for j, d := range docs {
		for _, per := range d.People {
			i, ok := index[per.Name]
			if !ok {
				i = len(p.Rows)
				index[per.Name] = i
				p.Rows = append(p.Rows, PersonRow{Name: per.Name, Mentions: make([]int, len(docs))})
			}
			m := per.Mentions
			if m == 0 {
				m = 1 // named at least once, whatever the stage counted
			}
			p.Rows[i].Mentions[j] += m
		}
	}
	for j := range docs {
		p.Unique[j] = []string{}
	}
	for _, r := range p.Rows {
		in := 0
		last := -1
		for j, m := range r.Mentions {
			if m > 0 {
				in++
				last = j
			}
		}
		switch {
		case in == len(docs):
			p.Common = append(p.Common, r.Name)
		case in == 1:
			p.Unique[last] = append(p.Unique[last], r.Name)
		}
	}
	return p
}
