package render

import (
	"strconv"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// TokensView shows a document's tokens: text, pos, start, end.
func TokensView(doc *analyzer.Document) []Table {
	t := Table{Header: []string{"text", "pos", "start", "end"}}
	t.Rows = make([][]string, 0, len(doc.Tokens))
	for _, tok := range doc.Tokens {
		t.Rows = append(t.Rows, []string{tok.Text, tok.Pos, strconv.Itoa(tok.Start), strconv.Itoa(tok.End)})
	}
	return []Table{t}
}

// SegmentedText renders tokens as words separated by single spaces, one
// output line per input line, so the output lines up with the input (and
// with SIGHAN gold files). White space between words is dropped.
func SegmentedText(doc *analyzer.Document) string {
	var b strings.Builder
	b.Grow(len(doc.Text) + len(doc.Tokens))
	r := doc.Runes
	ti := 0
	lineStart := 0
	for i := 0; i <= len(r); i++ {
		if i < len(r) && r[i] != '\n' {
			continue
		}
		first := true
		for ti < len(doc.Tokens) && doc.Tokens[ti].Start < i {
			if !first {
				b.WriteByte(' ')
			}
			b.WriteString(doc.Tokens[ti].Text)
			first = false
			ti++
		}
		// A final line without a newline still ends in one; a text ending
		// in a newline gets no extra empty line.
		if i < len(r) || i > lineStart {
			b.WriteByte('\n')
		}
		lineStart = i + 1
	}
	return b.String()
}
