package render

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// MetaView shows the article's metadata and meeting facts as field/value
// rows; lists are joined with "; " so a CSV cell stays one field. Empty
// fields are left out.
func MetaView(doc *analyzer.Document) []Table {
	t := Table{Title: "Meta", Header: []string{"field", "value"}}
	m := doc.Meta
	if m == nil {
		m = &analyzer.Meta{}
	}
	add := func(k, v string) {
		if v != "" {
			t.Rows = append(t.Rows, []string{k, v})
		}
	}
	add("title", m.Title)
	add("site", m.Site)
	add("source", m.Source)
	add("authors", strings.Join(m.Authors, "; "))
	add("published", m.Published)
	add("editor", m.Editor)
	add("event_date", m.EventDate)
	add("event_date_iso", m.EventDateISO)
	if mt := m.Meeting; mt != nil {
		add("meeting", mt.Name)
		add("chair", strings.Join(mt.Chair, "; "))
		add("attendees", strings.Join(mt.Attendees, "; "))
		add("speakers", strings.Join(mt.Speakers, "; "))
	}
	return []Table{t}
}

// StatementTextLimit is how many characters of a statement the table and
// CSV views show; JSON and Markdown carry the whole text.
const StatementTextLimit = 120

// StatementsView shows who said what: number, speaker, verb, how many
// enumerated points, and the statement (clipped to StatementTextLimit
// characters so a table stays readable).
func StatementsView(doc *analyzer.Document) []Table {
	t := Table{Title: "Statements", Header: []string{"n", "speaker", "verb", "points", "text"}}
	t.Rows = make([][]string, 0, len(doc.Statements))
	for i, s := range doc.Statements {
		t.Rows = append(t.Rows, []string{
			strconv.Itoa(i + 1), s.Speaker, s.Verb, strconv.Itoa(len(s.Points)), Clip(s.Text, StatementTextLimit),
		})
	}
	return []Table{t}
}

// SummaryView shows the summary sentences in document order with their
// relative scores (1 = the best sentence) and character offsets.
func SummaryView(doc *analyzer.Document) []Table {
	t := Table{Title: "Summary", Header: []string{"n", "score", "start", "text"}}
	t.Rows = make([][]string, 0, len(doc.Summary))
	for i, s := range doc.Summary {
		t.Rows = append(t.Rows, []string{
			strconv.Itoa(i + 1), strconv.FormatFloat(s.Score, 'f', 3, 64), strconv.Itoa(s.Start), s.Text,
		})
	}
	return []Table{t}
}

// BriefView is the meeting brief of `wenxi summary`: metadata and meeting
// facts, statements, summary.
func BriefView(doc *analyzer.Document) []Table {
	var out []Table
	out = append(out, MetaView(doc)...)
	out = append(out, StatementsView(doc)...)
	out = append(out, SummaryView(doc)...)
	return out
}

// Clip shortens s to at most n characters, marking a cut with "…".
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
