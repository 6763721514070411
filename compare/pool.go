package compare

import (
	"context"
	"io"
	"runtime"
	"sync"

	"github.com/wenxi-nlp/wenxi/input"
)

// Source produces a corpus's documents one by one, as input.Read does: it
// calls emit for each and stops when emit returns an error. A Source that
// can be called twice lets Trend pick terms in a first pass.
type Source func(emit func(input.Doc) error) error

// Paths returns the Source that reads the given paths (and stdin for "-")
// with input.Read.
func Paths(paths []string, o input.Options, stdin io.Reader) Source {
	return func(emit func(input.Doc) error) error {
		return input.Read(paths, stdin, o, emit)
	}
}

// job is one document with its position in the input.
type job struct {
	seq int
	doc input.Doc
}

// parallel feeds the documents of src to workers goroutines running fn and
// hands each result to collect, which runs on the calling goroutine only (so
// it needs no locking). At most about 2×workers documents are held in
// memory at any time: the reader blocks until a worker is free, and fn is
// expected to return a small summary rather than the document.
func parallel[R any](ctx context.Context, src Source, workers int, fn func(seq int, d input.Doc) R, collect func(R)) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers)
	results := make(chan R, workers)

	readErr := make(chan error, 1)
	go func() {
		defer close(jobs)
		seq := 0
		readErr <- src(func(d input.Doc) error {
			select {
			case jobs <- job{seq: seq, doc: d}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := fn(j.seq, j.doc)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	for r := range results {
		collect(r)
	}
	// Every worker has returned; the reader finishes too, as its emit
	// returns at once when ctx is done.
	cancel()
	if err := parent.Err(); err != nil {
		return err
	}
	return <-readErr
}
