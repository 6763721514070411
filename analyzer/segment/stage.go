package segment

import (
	"slices"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Stage is the pipeline stage that fills Document.Tokens, paragraph by
// paragraph, keeping the spans earlier stages protected as whole tokens.
type Stage struct {
	Seg *Segmenter
}

// Name implements analyzer.Stage.
func (Stage) Name() string { return "segment" }

// Needs implements analyzer.Needs.
func (Stage) Needs() []string { return []string{"structure"} }

// tokensPerRune sizes Document.Tokens up front: news text averages about
// 0.6 tokens per character, and one allocation of the right size saves
// copying a slice of millions of tokens as it grows.
const tokensPerRune = 0.65

// Process implements analyzer.Stage.
func (s Stage) Process(doc *analyzer.Document) error {
	if want := int(float64(len(doc.Runes))*tokensPerRune) + 16; cap(doc.Tokens) < want {
		doc.Tokens = make([]analyzer.Token, 0, want)
	}
	doc.Tokens = doc.Tokens[:0]
	// Hand each paragraph only the protected spans that start inside it
	// (sorted once), instead of every span for every paragraph.
	prot := doc.Protected
	if !slices.IsSortedFunc(prot, byStart) {
		prot = slices.Clone(prot)
		slices.SortStableFunc(prot, byStart)
	}
	lo := 0
	for _, p := range doc.Paragraphs {
		for lo < len(prot) && prot[lo].Start < p.Start {
			lo++
		}
		hi := lo
		for hi < len(prot) && prot[hi].Start < p.End {
			hi++
		}
		doc.Tokens = s.Seg.AppendSegment(doc.Tokens, doc.Runes, p.Span, prot[lo:hi])
		lo = hi
	}
	return nil
}

func byStart(a, b analyzer.Protected) int { return a.Start - b.Start }
