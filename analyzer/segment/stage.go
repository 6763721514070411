package segment

import "github.com/wenxi-nlp/wenxi/analyzer"

// Stage is the pipeline stage that fills Document.Tokens, paragraph by
// paragraph, keeping the spans earlier stages protected as whole tokens.
type Stage struct {
	Seg *Segmenter
}

// Name implements analyzer.Stage.
func (Stage) Name() string { return "segment" }

// Needs implements analyzer.Needs.
func (Stage) Needs() []string { return []string{"structure"} }

// Process implements analyzer.Stage.
func (s Stage) Process(doc *analyzer.Document) error {
	doc.Tokens = doc.Tokens[:0]
	for _, p := range doc.Paragraphs {
		doc.Tokens = append(doc.Tokens, s.Seg.Segment(doc.Runes, p.Span, doc.Protected)...)
	}
	return nil
}
