// Package people finds the people an article names, with their titles, roles
// and mentions.
//
// Names come from two kinds of evidence: the statistical recognizer of
// package ner, and the strong cues of news and meeting reports — a title
// before a name (市委书记何雄), a 、-list of names under a heading (市领导…),
// a say-verb or a chair/attend verb after a name (阮金泉指出), a byline
// (记者 王振巍 张同乐) or an editor line (责任编辑:李俊). A name found once is
// then found at every mention (document-level consistency), and every mention
// is protected for the segmenter.
package people

import (
	"fmt"
	"sync"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/ner"
)

// Options configures the people stage.
type Options struct {
	// Names are always names wherever they occur (user dictionary entries
	// with POS nr).
	Names []string
	// NotNames are never reported as names.
	NotNames []string
	// NoModel turns the statistical recognizer off (cues only).
	NoModel bool
	// MinScore is the least model confidence a name needs; 0 means 0.5.
	MinScore float64
}

// Stage is the people pipeline stage.
type Stage struct {
	opts Options

	once  sync.Once
	lx    *lexicon
	rec   ner.Recognizer
	block *wordSet
	err   error
}

// New builds the stage. Lexicons and the model load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "people" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"structure"} }

func (s *Stage) load() error {
	s.once.Do(func() {
		s.lx, s.err = loadLexicon()
		if s.err != nil {
			return
		}
		if !s.opts.NoModel {
			rec, err := ner.Default()
			if err != nil {
				s.err = fmt.Errorf("loading name recognizer: %w", err)
				return
			}
			s.rec = rec
		}
		s.block = newWordSet(s.opts.NotNames)
	})
	return s.err
}

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	if err := s.load(); err != nil {
		return err
	}
	if len(doc.Paragraphs) == 0 && len(doc.Runes) > 0 {
		doc.Paragraphs = analyzer.SplitParagraphs(doc.Runes)
	}
	f := newFinder(s.lx, doc)
	f.collect()
	for _, n := range s.opts.Names {
		if n != "" {
			c := f.cands[n]
			if c == nil {
				c = &candidate{}
				f.cands[n] = c
			}
			c.src |= srcUser
		}
	}
	if s.rec != nil {
		s.model(f)
		f.modelRan = true
	}
	doc.People = f.resolve(s.block)
	for _, p := range doc.People {
		for _, o := range p.Offsets {
			doc.Protected = append(doc.Protected, analyzer.Protected{Span: o, Pos: "nr"})
		}
	}
	return nil
}

// model adds the recognizer's names that pass the stage's own checks: long
// enough, not a never-a-name word, not a surname with a title (王副市长).
func (s *Stage) model(f *finder) {
	min := s.opts.MinScore
	if min == 0 {
		min = 0.5
	}
	for _, p := range f.paras {
		for _, m := range s.rec.Recognize(f.r, p) {
			if m.Score < min || m.Start < p.Start || m.End > p.End || m.Len() < 2 || m.Len() > 12 {
				continue
			}
			if f.notName(m.Start, m.End, p.End) || f.reference(m.Start, m.End) {
				continue
			}
			f.add(m.Start, m.End, srcModel)
		}
	}
}

// reference reports whether r[p:end] is a surname plus a title (王副市长,
// 何书记): a reference to a person named elsewhere, not a name.
func (f *finder) reference(p, end int) bool {
	r := f.r
	if end-p < 2 || !f.lx.surnames[r[p]] {
		return false
	}
	if r[p+1] == '副' {
		return true
	}
	h := f.lx.headsFw.longestAt(r, p+1, end)
	return h > 0 && p+1+h == end
}
