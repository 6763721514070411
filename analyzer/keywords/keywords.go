// Package keywords ranks keywords and key phrases and counts user-named terms.
//
// Ranking works on the tokens the segment stage produced, not on raw text:
// that is why gse's own extractors (hmm/idf TagExtracter, TextRanker) are not
// used directly. They re-segment the raw string, so they would split the
// names and slogans that earlier stages protected (四个全面 → 四个 + 全面),
// count boilerplate lines, and know nothing of key phrases; gse's TextRank
// also finds min and max with an if/else-if that can miss the maximum. The
// formulas are jieba's (tf·idf with the median IDF for unknown words;
// TextRank with a window of 5, damping 0.85, 10 iterations), and the default
// IDF table is jieba's, as gse ships it.
package keywords

import (
	"fmt"
	"sort"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/stopwords"
)

// Methods accepted in Options.Method.
const (
	MethodTFIDF    = "tfidf"
	MethodTextRank = "textrank"
)

// DefaultTop is the number of keywords ranked when Options.Top is 0.
const DefaultTop = 20

// DefaultPOS is the default part-of-speech filter (jieba's allowPOS): nouns
// of every kind (people nr and slogans nz included), verbal and adjectival
// nouns, verbs, abbreviations and Latin words. Adverbs, pronouns, function
// words, idioms (i, l) and numbers are out. Verbs stay in although the
// commonest (做好 加强 推动) are the same in every report: on the Jiangsu
// proposals, whose titles the ranker never sees, dropping them cost 1.4
// points of title hits (扶贫, 维权, 治污 are verbs too); see docs/keywords.md.
var DefaultPOS = []string{"n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "nw", "ng", "vn", "v", "an", "j", "eng"}

// Options configures the keywords stage.
type Options struct {
	// Top is how many keywords to keep (0: DefaultTop). A negative Top turns
	// ranking off, for callers that only want Counts; the IDF table is then
	// never loaded.
	Top int
	// Method is MethodTFIDF (default) or MethodTextRank.
	Method string
	// POS lists the allowed parts of speech (nil: DefaultPOS). A list holding
	// "all" allows every tag.
	POS []string
	// Stopwords replaces the embedded stopword list when non-nil.
	Stopwords []string
	// IDF replaces the embedded IDF table when non-nil (see ReadIDF).
	IDF *IDF
	// NoPhrases turns key-phrase detection off.
	NoPhrases bool
	// MinPhrase is how often a run of tokens must occur to become a key
	// phrase (0: 2).
	MinPhrase int
	// Counts are terms whose occurrences are counted in every document.
	Counts []string
}

// Stage is the keywords pipeline stage.
type Stage struct {
	opts   Options
	stop   map[string]bool
	pos    map[string]bool // nil: every tag
	counts []string
}

// New builds the stage. The IDF table loads lazily, on the first document
// that needs ranking.
func New(o Options) (*Stage, error) {
	switch o.Method {
	case "":
		o.Method = MethodTFIDF
	case MethodTFIDF, MethodTextRank:
	default:
		return nil, fmt.Errorf("unknown keyword method %q (want %s or %s)", o.Method, MethodTFIDF, MethodTextRank)
	}
	if o.Top == 0 {
		o.Top = DefaultTop
	}
	s := &Stage{opts: o, stop: map[string]bool{}}
	words := o.Stopwords
	if words == nil {
		words = stopwords.Words()
	}
	for _, w := range words {
		s.stop[w] = true
	}
	tags := o.POS
	if tags == nil {
		tags = DefaultPOS
	}
	s.pos = map[string]bool{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "all" {
			s.pos = nil
			break
		}
		if t != "" {
			s.pos[t] = true
		}
	}
	for _, c := range o.Counts {
		if c = strings.TrimSpace(c); c != "" {
			s.counts = append(s.counts, c)
		}
	}
	return s, nil
}

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "keywords" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"segment", "people", "slogans", "meta"} }

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	doc.Counts = CountTerms(doc, s.counts)
	doc.Keywords = nil
	if s.opts.Top < 0 {
		return nil
	}
	kws, err := s.Rank(doc)
	if err != nil {
		return err
	}
	doc.Keywords = kws
	return nil
}

// idf returns the table in use, loading the embedded one on first call.
func (s *Stage) idf() (*IDF, error) {
	if s.opts.IDF != nil {
		return s.opts.IDF, nil
	}
	return DefaultIDF()
}

// candidate reports whether a unit can be ranked.
func (s *Stage) candidate(u *unit) bool {
	if u.noise || (u.stop && !u.protected) {
		return false
	}
	return s.pos == nil || s.pos[u.pos]
}

// term is one distinct candidate with its statistics.
type term struct {
	text  string
	pos   string
	count int // occurrences as a token run (what users read)
	freq  int // occurrences that rank (not inside a longer key phrase)
	parts []string
}

// Rank returns doc's top keywords by the stage's method (none when ranking
// is off, Top < 0).
func (s *Stage) Rank(doc *analyzer.Document) ([]analyzer.Keyword, error) {
	if s.opts.Top < 0 {
		return []analyzer.Keyword{}, nil
	}
	units := bodyUnits(doc)
	texts := internUnits(units)
	stopByID := make([]bool, len(texts))
	for id, t := range texts {
		stopByID[id] = s.stop[t]
	}
	// Occurrences of every token text, before phrases absorb any.
	tokenCount := make([]int, len(texts))
	for i := range units {
		units[i].stop = stopByID[units[i].id]
		tokenCount[units[i].id]++
	}
	merged, phrases := units, []*phrase(nil)
	if !s.opts.NoPhrases {
		merged, phrases = mergePhrases(units, len(texts), s.opts.MinPhrase)
	}
	// termOf maps a unit id to its index in order (-1: not seen yet).
	termOf := make([]int32, len(texts)+len(phrases))
	for i := range termOf {
		termOf[i] = -1
	}
	var order []*term // first-appearance order, for determinism
	unitTerm := make([]int32, len(merged))
	for i := range merged {
		u := &merged[i]
		unitTerm[i] = -1
		if !s.candidate(u) {
			continue
		}
		ti := termOf[u.id]
		if ti < 0 {
			t := &term{text: u.text, pos: u.pos}
			if u.phrase {
				ph := phrases[int(u.id)-len(texts)]
				t.count, t.parts = ph.count, ph.parts
			} else {
				t.count = tokenCount[u.id]
			}
			ti = int32(len(order))
			termOf[u.id] = ti
			order = append(order, t)
		}
		unitTerm[i] = ti
		order[ti].freq++
	}
	if len(order) == 0 {
		return []analyzer.Keyword{}, nil
	}
	var weights []float64
	switch s.opts.Method {
	case MethodTextRank:
		weights = textRank(unitTerm, len(order))
	default:
		table, err := s.idf()
		if err != nil {
			return nil, err
		}
		weights = tfidf(order, table)
	}
	idx := make([]int, len(order))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ta, tb := order[idx[a]], order[idx[b]]
		if weights[idx[a]] != weights[idx[b]] {
			return weights[idx[a]] > weights[idx[b]]
		}
		if ta.count != tb.count {
			return ta.count > tb.count
		}
		return ta.text < tb.text
	})
	out := make([]analyzer.Keyword, 0, min(s.opts.Top, len(idx)))
	for _, i := range idx {
		if len(out) == s.opts.Top {
			break
		}
		if weights[i] <= 0 {
			continue
		}
		t := order[i]
		out = append(out, analyzer.Keyword{Word: t.text, Count: t.count, Weight: weights[i], Pos: t.pos, Phrase: t.parts != nil})
	}
	return out, nil
}

// tfidf weighs each term by jieba's formula, tf·idf with tf = freq/total.
// A phrase the table does not list gets the largest IDF of its parts: a
// phrase is at most as common as its rarest part, so that is a lower bound
// on its true IDF.
func tfidf(order []*term, table *IDF) []float64 {
	total := 0
	for _, t := range order {
		total += t.freq
	}
	w := make([]float64, len(order))
	for i, t := range order {
		idf, ok := table.Lookup(t.text)
		if !ok {
			idf = table.Unknown()
			if t.parts != nil {
				idf = 0
				for _, p := range t.parts {
					idf = max(idf, table.Get(p))
				}
			}
		}
		w[i] = float64(t.freq) / float64(total) * idf
	}
	return w
}
