package render

import (
	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Record is the JSON object written for one document. Field names are the
// contract scripts rely on. A section is present when the command computed
// it (as [] when empty) and absent otherwise.
type Record struct {
	Source     string                      `json:"source"`
	Line       int                         `json:"line,omitempty"`
	Error      string                      `json:"error,omitempty"`
	Meta       *analyzer.Meta              `json:"meta,omitempty"`
	People     *[]analyzer.Person          `json:"people,omitempty"`
	Slogans    *[]analyzer.Slogan          `json:"slogans,omitempty"`
	Keywords   *[]analyzer.Keyword         `json:"keywords,omitempty"`
	Counts     *[]analyzer.TermCount       `json:"counts,omitempty"`
	Statements *[]analyzer.Statement       `json:"statements,omitempty"`
	Summary    *[]analyzer.SummarySentence `json:"summary,omitempty"`
	Tokens     *[]analyzer.Token           `json:"tokens,omitempty"`
}

// Section names accepted by NewRecord.
const (
	SecMeta       = "meta"
	SecPeople     = "people"
	SecSlogans    = "slogans"
	SecKeywords   = "keywords"
	SecCounts     = "counts"
	SecStatements = "statements"
	SecSummary    = "summary"
	SecTokens     = "tokens"
)

// NewRecord builds the JSON record of doc with the named sections.
func NewRecord(doc *analyzer.Document, sections ...string) Record {
	r := Record{Source: doc.Source, Line: doc.Line}
	for _, s := range sections {
		switch s {
		case SecMeta:
			r.Meta = doc.Meta
			if r.Meta == nil {
				r.Meta = &analyzer.Meta{}
			}
		case SecPeople:
			r.People = nonNil(doc.People)
		case SecSlogans:
			r.Slogans = nonNil(doc.Slogans)
		case SecKeywords:
			r.Keywords = nonNil(doc.Keywords)
		case SecCounts:
			r.Counts = nonNil(doc.Counts)
		case SecStatements:
			r.Statements = nonNil(doc.Statements)
		case SecSummary:
			r.Summary = nonNil(doc.Summary)
		case SecTokens:
			r.Tokens = nonNil(doc.Tokens)
		}
	}
	return r
}

// nonNil makes empty sections print as [] rather than null.
func nonNil[T any](s []T) *[]T {
	if s == nil {
		s = []T{}
	}
	return &s
}

// ErrorRecord is the record written in place of a document that failed.
func ErrorRecord(source string, line int, err error) Record {
	return Record{Source: source, Line: line, Error: err.Error()}
}
