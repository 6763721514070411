package render

import (
	"strconv"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// SlogansView shows a document's formulas, coinages, plans and documents:
// text, kind, mentions, expansion (with its source), offsets (start-end)
// and the context of the first mention. Lists are joined with "; " so a CSV
// cell stays one field.
func SlogansView(doc *analyzer.Document) []Table {
	t := Table{Title: "Slogans", Header: []string{"text", "kind", "mentions", "expansion", "expansion_source", "offsets", "context"}}
	t.Rows = make([][]string, 0, len(doc.Slogans))
	for _, s := range doc.Slogans {
		offs := make([]string, len(s.Offsets))
		for i, o := range s.Offsets {
			offs[i] = strconv.Itoa(o.Start) + "-" + strconv.Itoa(o.End)
		}
		t.Rows = append(t.Rows, []string{
			s.Text, s.Kind, strconv.Itoa(s.Mentions), strings.Join(s.Expansion, "; "), s.ExpansionSource,
			strings.Join(offs, " "), s.Context,
		})
	}
	return []Table{t}
}
