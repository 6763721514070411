// Package wenxi is the library entry point: it assembles the analysis stages
// into pipelines. The CLI in cmd/wenxi is a thin layer over it.
//
//	a := wenxi.New(wenxi.Options{})
//	p, _ := a.Pipeline("people", "slogans")
//	doc := analyzer.NewDocument("article.txt", 0, text)
//	err := p.Run(doc) // doc.People, doc.Slogans …
package wenxi

import (
	"fmt"
	"sync"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
	"github.com/wenxi-nlp/wenxi/analyzer/meta"
	"github.com/wenxi-nlp/wenxi/analyzer/people"
	"github.com/wenxi-nlp/wenxi/analyzer/segment"
	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
	"github.com/wenxi-nlp/wenxi/analyzer/statements"
	"github.com/wenxi-nlp/wenxi/analyzer/summary"
)

// StageOrder is the canonical run order; a pipeline keeps it whatever
// subset it runs. People and slogans come before segment so the segmenter
// keeps the names and formulas they found whole.
var StageOrder = []string{"structure", "meta", "people", "slogans", "segment", "keywords", "statements", "summary"}

// Options configures every stage.
type Options struct {
	// UserWords are kept whole by the segmenter (and, with a name POS, seen
	// as names by the people stage).
	UserWords  []segment.UserWord
	Meta       meta.Options
	People     people.Options
	Slogans    slogans.Options
	Keywords   keywords.Options
	Statements statements.Options
	Summary    summary.Options
}

// Analyzer builds pipelines. Stages are constructed on first use and shared,
// so a command that needs no segmenter never loads its dictionary.
type Analyzer struct {
	opts   Options
	mu     sync.Mutex
	stages map[string]analyzer.Stage
}

// New returns an Analyzer with the given options.
func New(o Options) *Analyzer {
	return &Analyzer{opts: o, stages: map[string]analyzer.Stage{}}
}

// Pipeline returns a pipeline that runs the named stages and everything
// they need, in canonical order.
func (a *Analyzer) Pipeline(names ...string) (*analyzer.Pipeline, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	// Resolve dependencies on cheap placeholders first, then build only the
	// stages the pipeline really runs.
	all := make([]analyzer.Stage, 0, len(StageOrder))
	for _, n := range StageOrder {
		all = append(all, placeholder{name: n, needs: stageNeeds(n)})
	}
	plan, err := analyzer.Build(all, names...)
	if err != nil {
		return nil, err
	}
	p := &analyzer.Pipeline{}
	for _, n := range plan.Names() {
		s, err := a.stage(n)
		if err != nil {
			return nil, err
		}
		p.Stages = append(p.Stages, s)
	}
	return p, nil
}

// stage returns the shared instance of the named stage, building it once.
func (a *Analyzer) stage(name string) (analyzer.Stage, error) {
	if s, ok := a.stages[name]; ok {
		return s, nil
	}
	var (
		s   analyzer.Stage
		err error
	)
	switch name {
	case "structure":
		s = analyzer.StructureStage{}
	case "meta":
		s, err = meta.New(a.opts.Meta)
	case "people":
		s, err = people.New(peopleOptions(a.opts))
	case "slogans":
		s, err = slogans.New(a.opts.Slogans)
	case "segment":
		var seg *segment.Segmenter
		seg, err = segment.New(segment.WithUserWords(a.opts.UserWords...))
		s = segment.Stage{Seg: seg}
	case "keywords":
		s, err = keywords.New(a.opts.Keywords)
	case "statements":
		s, err = statements.New(a.opts.Statements)
	case "summary":
		s, err = summary.New(a.opts.Summary)
	default:
		return nil, fmt.Errorf("unknown stage %q", name)
	}
	if err != nil {
		return nil, fmt.Errorf("building %s stage: %w", name, err)
	}
	a.stages[name] = s
	return s, nil
}

// peopleOptions adds the user dictionary's person names (POS nr) to the
// people stage's always-names, so --dict works for every command.
func peopleOptions(o Options) people.Options {
	po := o.People
	po.Names = append([]string(nil), po.Names...)
	for _, w := range o.UserWords {
		if w.Pos == "nr" {
			po.Names = append(po.Names, w.Text)
		}
	}
	return po
}

// stageNeeds reports a stage's dependencies without building it.
func stageNeeds(name string) []string {
	var s analyzer.Stage
	switch name {
	case "meta":
		s = &meta.Stage{}
	case "people":
		s = &people.Stage{}
	case "slogans":
		s = &slogans.Stage{}
	case "segment":
		s = segment.Stage{}
	case "keywords":
		s = &keywords.Stage{}
	case "statements":
		s = &statements.Stage{}
	case "summary":
		s = &summary.Stage{}
	default:
		return nil
	}
	if n, ok := s.(analyzer.Needs); ok {
		return n.Needs()
	}
	return nil
}

type placeholder struct {
	name  string
	needs []string
}

func (p placeholder) Name() string                     { return p.name }
func (p placeholder) Needs() []string                  { return p.needs }
func (p placeholder) Process(*analyzer.Document) error { return nil }
