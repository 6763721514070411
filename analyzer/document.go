// Package analyzer holds the types every wenxi stage shares: the Document
// that flows through the pipeline, its tokens and spans, the stage results,
// and the Pipeline that runs stages in order.
//
// Offsets are in characters (Unicode code points) of Document.Text, as the
// JSON contract promises; Document.Runes gives O(1) slicing by those offsets.
package analyzer

import "unicode/utf8"

// Span is a half-open range [Start, End) of character offsets in Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of characters the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether character offset i lies inside the span.
func (s Span) Contains(i int) bool { return i >= s.Start && i < s.End }

// Token is one segmented word with its part of speech (ICTCLAS/jieba tag set:
// n, v, nr, ns, m, x …) and its character offsets.
type Token struct {
	Text  string `json:"text"`
	Pos   string `json:"pos"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Paragraph is one non-empty line of the text. Boilerplate paragraphs
// (breadcrumbs, banners, bylines, editor lines) are marked by the meta stage
// and kept out of sentences, keywords and summaries.
type Paragraph struct {
	Span
	Boilerplate bool `json:"boilerplate,omitempty"`
}

// Sentence is a span of body text ending in 。！？ (or a paragraph end), with
// the index of its paragraph.
type Sentence struct {
	Span
	Paragraph int `json:"paragraph"`
}

// Protected is a span that a pre-segmentation stage (people, slogans)
// recognized; the segmenter emits it as one token with the given POS.
type Protected struct {
	Span
	Pos string
}

// Document is one input document and everything the stages learn about it.
// Stages fill their own field and read the fields of the stages they need.
type Document struct {
	// Source is the path the document came from, or "-" for stdin.
	Source string
	// Line is the 1-based input line in --lines mode, 0 otherwise.
	Line int
	// Text is the decoded (and, for HTML, extracted) text.
	Text string
	// Runes is Text as code points, so character offsets index it directly.
	Runes []rune

	Paragraphs []Paragraph
	Sentences  []Sentence
	Protected  []Protected
	Tokens     []Token

	Meta       *Meta
	People     []Person
	Slogans    []Slogan
	Keywords   []Keyword
	Counts     []TermCount
	Statements []Statement
	Summary    []SummarySentence
}

// NewDocument builds a Document over text from source (line 0 unless --lines).
func NewDocument(source string, line int, text string) *Document {
	d := &Document{Source: source, Line: line, Text: text}
	d.Runes = make([]rune, 0, utf8.RuneCountInString(text))
	for _, r := range text {
		d.Runes = append(d.Runes, r)
	}
	return d
}

// Slice returns the text of the character range [start, end), clamped to the
// document so a stage's off-by-one can never panic.
func (d *Document) Slice(start, end int) string {
	if start < 0 {
		start = 0
	}
	if end > len(d.Runes) {
		end = len(d.Runes)
	}
	if start >= end {
		return ""
	}
	return string(d.Runes[start:end])
}

// SpanText returns the text a span covers.
func (d *Document) SpanText(s Span) string { return d.Slice(s.Start, s.End) }

// InBoilerplate reports whether character offset i lies in a paragraph that
// the meta stage marked as boilerplate.
func (d *Document) InBoilerplate(i int) bool {
	for _, p := range d.Paragraphs {
		if p.Contains(i) {
			return p.Boilerplate
		}
		if p.Start > i {
			break
		}
	}
	return false
}

// BodySentences returns the sentences outside boilerplate paragraphs.
func (d *Document) BodySentences() []Sentence {
	out := make([]Sentence, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		if s.Paragraph < len(d.Paragraphs) && d.Paragraphs[s.Paragraph].Boilerplate {
			continue
		}
		out = append(out, s)
	}
	return out
}
