package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/segment"
	"github.com/wenxi-nlp/wenxi/input"
	"github.com/wenxi-nlp/wenxi/render"
)

// Output formats.
const (
	fmtTable    = "table"
	fmtJSON     = "json"
	fmtJSONL    = "jsonl"
	fmtCSV      = "csv"
	fmtText     = "text"
	fmtMarkdown = "markdown"
)

// docSpec declares a command that analyses documents one by one: which
// stages it runs, what it shows, and its own flags. Commands differ only in
// their spec; reading, the worker pool, error handling and writing are shared.
type docSpec struct {
	Name, Usage, Description string
	// Stages are the pipeline stages to run (dependencies are added).
	Stages []string
	// Sections are the JSON sections of each record.
	Sections []string
	// View renders a document for table and CSV output.
	View render.View
	// Text renders a document for --format text (nil: not offered).
	Text func(doc *analyzer.Document) string
	// Markdown renders a document for --format markdown (nil: not offered).
	Markdown func(doc *analyzer.Document) string
	// PipeFormat is the default when stdout is not a terminal (default jsonl).
	PipeFormat string
	// Flags are the command's own flags, added to the common ones.
	Flags []cli.Flag
	// Configure applies the command's own flags to the options.
	Configure func(c *cli.Context, o *wenxi.Options) error
	// Plan may change the stages and sections from flags (analyze --only).
	Plan func(c *cli.Context, stages, sections []string) ([]string, []string, error)
}

// commonFlags are accepted by every document command.
func commonFlags(formats []string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output format: " + strings.Join(formats, "|") + " (default: table on a terminal, machine output in a pipe)"},
		&cli.BoolFlag{Name: "lines", Usage: "treat every input line as its own document (corpora stored one article per line)"},
		&cli.StringFlag{Name: "encoding", Usage: "force the input encoding: utf-8|gb18030|gbk|utf-16le|utf-16be (default: detect)"},
		&cli.StringFlag{Name: "dict", Usage: "user dictionary FILE: lines \"word [freq] [pos]\"; its words are always kept whole"},
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel (and at most this many cores used)"},
		&cli.BoolFlag{Name: "unordered", Usage: "print results as they finish instead of in input order"},
		&cli.Int64Flag{Name: "max-bytes", Value: 64 << 20, Usage: "reject documents larger than this many bytes"},
	}
}

// command builds the cli.Command for a spec.
func (s docSpec) command() *cli.Command {
	formats := []string{fmtTable, fmtJSON, fmtJSONL, fmtCSV}
	if s.Text != nil {
		formats = append(formats, fmtText)
	}
	if s.Markdown != nil {
		formats = append(formats, fmtMarkdown)
	}
	return &cli.Command{
		Name:        s.Name,
		Usage:       s.Usage,
		Description: s.Description,
		ArgsUsage:   "[FILE|DIR|-]...",
		Flags:       append(commonFlags(formats), s.Flags...),
		Action: func(c *cli.Context) error {
			return s.run(c, formats)
		},
	}
}

// run executes a document command.
func (s docSpec) run(c *cli.Context, formats []string) error {
	format, err := chooseFormat(c, formats, s.PipeFormat)
	if err != nil {
		return err
	}
	opts := wenxi.Options{}
	if path := c.String("dict"); path != "" {
		words, err := readUserDict(path)
		if err != nil {
			return err
		}
		opts.UserWords = words
	}
	if s.Configure != nil {
		if err := s.Configure(c, &opts); err != nil {
			return err
		}
	}
	stages, sections := s.Stages, s.Sections
	if s.Plan != nil {
		if stages, sections, err = s.Plan(c, stages, sections); err != nil {
			return err
		}
	}
	pipe, err := wenxi.New(opts).Pipeline(stages...)
	if err != nil {
		return err
	}
	jobs := c.Int("jobs")
	if jobs < 1 {
		return usagef("--jobs must be at least 1")
	}
	// --jobs bounds the cores the run uses, not only the documents in
	// flight: stages that split one large document over goroutines (people)
	// and the garbage collector stay within it, so "-j 1" on a shared server
	// really takes one core.
	if jobs < runtime.GOMAXPROCS(0) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(jobs))
	}
	w := &docWriter{
		format: format, spec: s, sections: sections, lines: c.Bool("lines"),
		out: c.App.Writer, errOut: c.App.ErrWriter,
	}
	if format == fmtCSV {
		w.csv = render.NewCSVWriter(c.App.Writer, c.Bool("lines"))
	}
	// A progress counter only where a person watches stderr while the
	// results go elsewhere; never in pipes or logs.
	if isTerminal(c.App.ErrWriter) && !isTerminal(c.App.Writer) {
		w.progress = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(c.App.ErrWriter),
			progressbar.OptionSetDescription("documents"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish())
		defer w.progress.Finish()
	}
	in, err := inputOptions(c)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	if err := process(ctx, c.Args().Slice(), c.App.Reader, in, pipe, jobs, c.Bool("unordered"), w.write); err != nil {
		return err
	}
	if w.failed {
		return errDocsFailed
	}
	return nil
}

// chooseFormat validates --format, defaulting to a table on a terminal and
// to the command's machine format in a pipe (as gh does).
func chooseFormat(c *cli.Context, formats []string, pipe string) (string, error) {
	f := c.String("format")
	if f == "" {
		if isTerminal(c.App.Writer) {
			return fmtTable, nil
		}
		if pipe == "" {
			pipe = fmtJSONL
		}
		return pipe, nil
	}
	for _, ok := range formats {
		if f == ok {
			return f, nil
		}
	}
	return "", usagef("unknown --format %q (want %s)", f, strings.Join(formats, ", "))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// inputOptions reads the input flags every document command shares. An
// unknown --encoding is a usage error, found before anything is read.
func inputOptions(c *cli.Context) (input.Options, error) {
	in := input.Options{Encoding: c.String("encoding"), Lines: c.Bool("lines"), MaxBytes: c.Int64("max-bytes")}
	if in.Encoding != "" {
		if _, _, err := input.LookupEncoding(in.Encoding); err != nil {
			return in, usageError{err}
		}
	}
	return in, nil
}

func readUserDict(path string) ([]segment.UserWord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usagef("user dictionary: %v", err)
	}
	defer f.Close()
	words, err := segment.ReadUserDict(f, path)
	if err != nil {
		return nil, usagef("user dictionary: %v", err)
	}
	return words, nil
}

// result is one processed document, rendered by a worker, ready to write.
type result struct {
	seq    int
	doc    input.Doc
	parsed *analyzer.Document
	err    error
}

// process reads documents, runs the pipeline on a pool of workers and hands
// each result to sink, one at a time, in input order unless unordered.
// Reading stops at ctx's end (SIGINT); documents already read are still
// finished and handed over whole. After a sink error the remaining results
// are drained and the first error is returned.
func process(ctx context.Context, paths []string, stdin io.Reader, in input.Options, pipe *analyzer.Pipeline,
	jobs int, unordered bool, sink func(result) error) error {
	todo := make(chan result, jobs)
	done := make(chan result, jobs)
	// At most this many documents are read but not yet written, which bounds
	// memory however slow one document is.
	window := make(chan struct{}, jobs*4)

	var wg sync.WaitGroup
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range todo {
				if r.doc.Err == nil {
					r.parsed = analyzer.NewDocument(r.doc.Source, r.doc.Line, r.doc.Text)
					r.err = pipe.Run(r.parsed)
					r.doc.Text = ""
				}
				done <- r
			}
		}()
	}

	readErr := make(chan error, 1)
	go func() {
		seq := 0
		err := input.Read(paths, stdin, in, func(d input.Doc) error {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			todo <- result{seq: seq, doc: d}
			seq++
			return nil
		})
		close(todo)
		readErr <- err
	}()
	go func() {
		wg.Wait()
		close(done)
	}()

	var writeErr error
	next := 0
	pending := map[int]result{}
	emit := func(r result) {
		if writeErr == nil {
			writeErr = sink(r)
		}
		<-window
	}
	for r := range done {
		if unordered {
			emit(r)
			continue
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			emit(p)
			next++
		}
	}
	if err := <-readErr; err != nil && ctx.Err() == nil {
		return err
	}
	if writeErr != nil {
		return fmt.Errorf("writing output: %w", writeErr)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted")
	}
	return nil
}

// docWriter writes results in the chosen format.
type docWriter struct {
	format   string
	spec     docSpec
	sections []string
	lines    bool
	out      io.Writer
	errOut   io.Writer
	csv      *render.CSVWriter
	failed   bool
	count    int
	progress *progressbar.ProgressBar
}

// write reports a failed document on stderr (and as an error record in JSON
// output) and renders a good one.
func (w *docWriter) write(r result) error {
	if w.progress != nil {
		w.progress.Add(1)
	}
	err := r.doc.Err
	if err == nil {
		err = r.err
	}
	if err != nil {
		w.failed = true
		fmt.Fprintf(w.errOut, "wenxi: %s: %v\n", where(r.doc.Source, r.doc.Line), err)
		switch w.format {
		case fmtJSONL:
			return writeJSON(w.out, render.ErrorRecord(r.doc.Source, r.doc.Line, err), false)
		case fmtJSON:
			return writeJSON(w.out, render.ErrorRecord(r.doc.Source, r.doc.Line, err), true)
		}
		return nil
	}
	doc := r.parsed
	w.count++
	switch w.format {
	case fmtJSONL:
		return writeJSON(w.out, render.NewRecord(doc, w.sections...), false)
	case fmtJSON:
		return writeJSON(w.out, render.NewRecord(doc, w.sections...), true)
	case fmtCSV:
		return w.csv.Write(doc.Source, doc.Line, w.spec.View(doc))
	case fmtText:
		_, err := io.WriteString(w.out, w.spec.Text(doc))
		return err
	case fmtMarkdown:
		_, err := io.WriteString(w.out, w.spec.Markdown(doc))
		return err
	default:
		var b bytes.Buffer
		if w.count > 1 {
			b.WriteByte('\n')
		}
		if err := render.WriteTables(&b, where(doc.Source, doc.Line), w.spec.View(doc)); err != nil {
			return err
		}
		_, err := w.out.Write(b.Bytes())
		return err
	}
}

func writeJSON(w io.Writer, v any, pretty bool) error {
	var (
		b   []byte
		err error
	)
	if pretty {
		b, err = render.JSONPretty(v)
	} else {
		b, err = render.JSONLine(v)
	}
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// where names a document in messages: PATH, or PATH:LINE in --lines mode.
func where(source string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d", source, line)
	}
	return source
}
