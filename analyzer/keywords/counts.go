package keywords

import (
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// CountTerms counts each term in the whole document (boilerplate included,
// so the figures match what a reader finds with Ctrl-F): Substring is the
// number of non-overlapping exact occurrences in the text, Tokens the number
// of runs of adjacent tokens that spell the term exactly (改革 inside
// 改革开放 counts as a substring but not as a token).
func CountTerms(doc *analyzer.Document, terms []string) []analyzer.TermCount {
	if len(terms) == 0 {
		return nil
	}
	out := make([]analyzer.TermCount, 0, len(terms))
	for _, term := range terms {
		out = append(out, analyzer.TermCount{
			Term:      term,
			Substring: strings.Count(doc.Text, term),
			Tokens:    tokenRuns(doc.Tokens, term),
		})
	}
	return out
}

// tokenRuns counts the non-overlapping runs of adjacent tokens whose texts
// concatenate to term.
func tokenRuns(toks []analyzer.Token, term string) int {
	n := 0
	for i := 0; i < len(toks); {
		rest, j := term, i
		for j < len(toks) && rest != "" && strings.HasPrefix(rest, toks[j].Text) && toks[j].Text != "" {
			if j > i && toks[j].Start != toks[j-1].End {
				break
			}
			rest = rest[len(toks[j].Text):]
			j++
		}
		if rest == "" && j > i {
			n++
			i = j
			continue
		}
		i++
	}
	return n
}
