package render

import (
	"strconv"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// PeopleView shows the people a document names: name, mentions, titles,
// roles and the character offsets of each mention (start-end). Lists are
// joined with "; " so a CSV cell stays one field.
func PeopleView(doc *analyzer.Document) []Table {
	t := Table{Title: "People", Header: []string{"name", "mentions", "titles", "roles", "offsets"}}
	t.Rows = make([][]string, 0, len(doc.People))
	for _, p := range doc.People {
		offs := make([]string, len(p.Offsets))
		for i, o := range p.Offsets {
			offs[i] = strconv.Itoa(o.Start) + "-" + strconv.Itoa(o.End)
		}
		t.Rows = append(t.Rows, []string{
			p.Name, strconv.Itoa(p.Mentions), strings.Join(p.Titles, "; "),
			strings.Join(p.Roles, "; "), strings.Join(offs, " "),
		})
	}
	return []Table{t}
}
