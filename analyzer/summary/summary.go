// Package summary picks the most representative sentences of an article.
package summary

import "github.com/wenxi-nlp/wenxi/analyzer"

// Options configures the summary stage.
type Options struct{}

// Stage is the summary pipeline stage.
type Stage struct {
	opts Options
}

// New builds the stage. Heavy resources load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "summary" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"segment", "statements", "meta"} }

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	// TODO: not implemented yet.
	return nil
}
