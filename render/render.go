// Package render writes analysed documents as tables, CSV, JSON, JSONL,
// plain text or Markdown. It only formats what the stages computed; it never
// re-runs analysis.
package render

import (
	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Table is a rectangular view of one stage's result, shared by the table
// and CSV writers.
type Table struct {
	// Title is printed above the table in table format (not in CSV).
	Title  string
	Header []string
	Rows   [][]string
}

// View turns one analysed document into the tables a command shows.
type View func(doc *analyzer.Document) []Table
