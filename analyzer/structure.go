package analyzer

import "unicode"

// StructureStage splits the text into paragraphs and sentences. Every other
// stage builds on it, so it is always first.
type StructureStage struct{}

// Name implements Stage.
func (StructureStage) Name() string { return "structure" }

// Process implements Stage.
func (StructureStage) Process(doc *Document) error {
	doc.Paragraphs = SplitParagraphs(doc.Runes)
	doc.Sentences = doc.Sentences[:0]
	for i, p := range doc.Paragraphs {
		for _, s := range SplitSentences(doc.Runes, p.Span) {
			doc.Sentences = append(doc.Sentences, Sentence{Span: s, Paragraph: i})
		}
	}
	return nil
}

// SplitParagraphs returns the non-blank lines of text, trimmed of surrounding
// white space. A run of two or more ideographic spaces (U+3000) also starts a
// paragraph: corpora such as the government work reports store a whole report
// on one line with "　　" as the paragraph indent.
func SplitParagraphs(r []rune) []Paragraph {
	var out []Paragraph
	start := 0
	emit := func(s, e int) {
		for s < e && unicode.IsSpace(r[s]) {
			s++
		}
		for e > s && unicode.IsSpace(r[e-1]) {
			e--
		}
		if s < e {
			out = append(out, Paragraph{Span: Span{s, e}})
		}
	}
	for i := 0; i < len(r); i++ {
		switch {
		case r[i] == '\n' || r[i] == '\r':
			emit(start, i)
			start = i + 1
		case r[i] == '\u3000' && i+1 < len(r) && r[i+1] == '\u3000':
			emit(start, i)
			for i+1 < len(r) && r[i+1] == '\u3000' {
				i++
			}
			start = i + 1
		}
	}
	emit(start, len(r))
	return out
}

// isTerminal reports whether r ends a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '…':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or bracket that belongs to
// the sentence before it (他说：“……。”).
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '】', '》', '"', '\'':
		return true
	}
	return false
}

// SplitSentences splits the paragraph span p of r into sentences ending at
// 。！？!?… (with any closing quotes that follow).
func SplitSentences(r []rune, p Span) []Span {
	var out []Span
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		if !isTerminal(r[i]) {
			continue
		}
		j := i + 1
		for j < p.End && (isTerminal(r[j]) || isCloser(r[j])) {
			j++
		}
		out = appendTrimmed(out, r, start, j)
		start = j
		i = j - 1
	}
	if start < p.End {
		out = appendTrimmed(out, r, start, p.End)
	}
	return out
}

func appendTrimmed(out []Span, r []rune, s, e int) []Span {
	for s < e && unicode.IsSpace(r[s]) {
		s++
	}
	for e > s && unicode.IsSpace(r[e-1]) {
		e--
	}
	if s < e {
		out = append(out, Span{s, e})
	}
	return out
}
