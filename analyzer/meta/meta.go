// Package meta reads an article's header and footer (title, site, source, authors, dates, editor) and marks boilerplate paragraphs.
package meta

import "github.com/wenxi-nlp/wenxi/analyzer"

// Options configures the meta stage.
type Options struct{}

// Stage is the meta pipeline stage.
type Stage struct {
	opts Options
}

// New builds the stage. Heavy resources load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "meta" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"structure"} }

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	// TODO: not implemented yet.
	return nil
}
