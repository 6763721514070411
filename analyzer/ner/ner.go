// Package ner is the person-name recognizer: a character-level sequence
// labeller whose compact weights are embedded in the binary and loaded lazily.
package ner

import (
	"fmt"
	"sync"

	"github.com/wenxi-nlp/wenxi/analyzer"
	nerdict "github.com/wenxi-nlp/wenxi/dict/ner"
)

// Mention is one recognized person name.
type Mention struct {
	analyzer.Span
	// Score is the model's confidence in [0, 1].
	Score float64
}

// Recognizer finds person names.
type Recognizer interface {
	// Recognize returns the names found in r[span.Start:span.End], with
	// offsets into r, in text order and non-overlapping.
	Recognize(r []rune, span analyzer.Span) []Mention
}

var (
	loadOnce     sync.Once
	defaultModel *Model
	loadErr      error
)

// Default returns the embedded model, loading it on first call (a few tens
// of milliseconds), so commands that never look for names never pay for it.
// The returned Recognizer is safe for concurrent use.
func Default() (Recognizer, error) {
	loadOnce.Do(func() {
		defaultModel, loadErr = ReadModel(nerdict.Model)
		if loadErr != nil {
			loadErr = fmt.Errorf("loading embedded person-name model: %w", loadErr)
		}
	})
	if loadErr != nil {
		return nil, loadErr
	}
	return defaultModel, nil
}

// modelBytes is the embedded model file (for tests and benchmarks).
func modelBytes() []byte { return nerdict.Model }
