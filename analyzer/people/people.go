// Package people finds the people an article names, with their titles, roles and mentions.
package people

import "github.com/wenxi-nlp/wenxi/analyzer"

// Options configures the people stage.
type Options struct{}

// Stage is the people pipeline stage.
type Stage struct {
	opts Options
}

// New builds the stage. Heavy resources load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "people" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"structure"} }

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	// TODO: not implemented yet.
	return nil
}
