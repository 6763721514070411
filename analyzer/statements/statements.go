// Package statements finds who said what (何雄指出 …) and the meeting's facts.
package statements

import "github.com/wenxi-nlp/wenxi/analyzer"

// Options configures the statements stage.
type Options struct{}

// Stage is the statements pipeline stage.
type Stage struct {
	opts Options
}

// New builds the stage. Heavy resources load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "statements" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"people", "meta"} }

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	// TODO: not implemented yet.
	return nil
}
