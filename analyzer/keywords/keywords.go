// Package keywords ranks keywords and key phrases and counts user-named terms.
package keywords

import "github.com/wenxi-nlp/wenxi/analyzer"

// Options configures the keywords stage.
type Options struct{}

// Stage is the keywords pipeline stage.
type Stage struct {
	opts Options
}

// New builds the stage. Heavy resources load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "keywords" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"segment", "people", "slogans", "meta"} }

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	// TODO: not implemented yet.
	return nil
}
