package analyzer

import (
	"fmt"
	"strings"
	"sync"
)

// Stage is one step of the pipeline: it reads the Document and fills in its
// own part. Stages are shared by concurrent workers, so Process must not
// mutate the stage itself (load models once, before, or behind a sync.Once).
type Stage interface {
	// Name is the stage's short name (people, slogans, segment …).
	Name() string
	// Process analyses doc and records the stage's result in it.
	Process(doc *Document) error
}

// Needs is implemented by stages that depend on others having run first.
type Needs interface {
	// Needs names the stages that must run before this one.
	Needs() []string
}

// Pipeline runs its stages in order over a Document.
type Pipeline struct {
	Stages []Stage
}

// Run processes doc through every stage. A stage error stops the document
// and is returned with the stage name; a panic in a stage is turned into an
// error so one bad document never takes down a batch.
func (p *Pipeline) Run(doc *Document) (err error) {
	for _, s := range p.Stages {
		if err := runStage(s, doc); err != nil {
			return err
		}
	}
	return nil
}

func runStage(s Stage, doc *Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s stage: internal error: %v", s.Name(), r)
		}
	}()
	if err := s.Process(doc); err != nil {
		return fmt.Errorf("%s stage: %w", s.Name(), err)
	}
	return nil
}

// Names lists the pipeline's stage names in order.
func (p *Pipeline) Names() []string {
	out := make([]string, len(p.Stages))
	for i, s := range p.Stages {
		out[i] = s.Name()
	}
	return out
}

// Build orders the stages wanted (and, transitively, the stages they need)
// by their position in all, which must list every available stage in a valid
// run order.
func Build(all []Stage, wanted ...string) (*Pipeline, error) {
	byName := make(map[string]Stage, len(all))
	for _, s := range all {
		byName[s.Name()] = s
	}
	include := map[string]bool{}
	var visit func(name string) error
	visit = func(name string) error {
		s, ok := byName[name]
		if !ok {
			return fmt.Errorf("unknown stage %q (known: %s)", name, strings.Join(names(all), ", "))
		}
		if include[name] {
			return nil
		}
		include[name] = true
		if n, ok := s.(Needs); ok {
			for _, dep := range n.Needs() {
				if err := visit(dep); err != nil {
					return err
				}
			}
		}
		return nil
	}
	for _, w := range wanted {
		if err := visit(w); err != nil {
			return nil, err
		}
	}
	p := &Pipeline{}
	for _, s := range all {
		if include[s.Name()] {
			p.Stages = append(p.Stages, s)
		}
	}
	return p, nil
}

func names(all []Stage) []string {
	out := make([]string, len(all))
	for i, s := range all {
		out[i] = s.Name()
	}
	return out
}

// RunAll processes docs on at most jobs goroutines (the stages are shared
// read-only, so one pipeline serves them all) and returns each document's
// error, nil where it succeeded.
func (p *Pipeline) RunAll(docs []*Document, jobs int) []error {
	if jobs < 1 {
		jobs = 1
	}
	errs := make([]error, len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < jobs && w < len(docs); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = p.Run(docs[i])
			}
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	return errs
}
