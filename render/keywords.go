package render

import (
	"strconv"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// KeywordsView shows a document's ranked keywords: rank, word, count,
// weight, pos. Key phrases (群团工作) are rows like any word.
func KeywordsView(doc *analyzer.Document) []Table {
	t := Table{Title: "Keywords", Header: []string{"rank", "word", "count", "weight", "pos"}}
	t.Rows = make([][]string, 0, len(doc.Keywords))
	for i, k := range doc.Keywords {
		t.Rows = append(t.Rows, []string{
			strconv.Itoa(i + 1), k.Word, strconv.Itoa(k.Count),
			strconv.FormatFloat(k.Weight, 'f', 4, 64), k.Pos,
		})
	}
	return []Table{t}
}

// CountsView shows the counts of user-named terms: term, substring (exact
// occurrences in the text), tokens (runs of whole tokens spelling the term).
func CountsView(doc *analyzer.Document) []Table {
	t := Table{Title: "Counts", Header: []string{"term", "substring", "tokens"}}
	t.Rows = make([][]string, 0, len(doc.Counts))
	for _, c := range doc.Counts {
		t.Rows = append(t.Rows, []string{c.Term, strconv.Itoa(c.Substring), strconv.Itoa(c.Tokens)})
	}
	return []Table{t}
}
