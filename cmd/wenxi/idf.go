package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
)

// idfCommand: `wenxi idf build` counts document frequencies over the user's
// own corpus, so `wenxi keywords --idf` ranks what is specific to one
// report above what every report of the kind says.
func idfCommand() *cli.Command {
	return &cli.Command{
		Name:  "idf",
		Usage: "build a corpus IDF table for 'wenxi keywords --idf'",
		Subcommands: []*cli.Command{{
			Name:  "build",
			Usage: "count document frequencies over a corpus and write an IDF table",
			Description: `Segments every document (people and slogans whole, boilerplate skipped, key
phrases found as in 'wenxi keywords') and writes "word idf" lines with
idf = ln(documents/df), jieba's format. Words seen in one document only are
left out; the "# default-idf" header gives them (and unseen words) ln(documents).

Examples:
   wenxi idf build reports/ -o reports.idf
   wenxi idf build --lines gov_reports1954-2017.txt -o gov.idf`,
			ArgsUsage: "FILE|DIR|- ...",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the table to FILE (required)"},
				&cli.BoolFlag{Name: "lines", Usage: "treat every input line as its own document"},
				&cli.StringFlag{Name: "encoding", Usage: "force the input encoding: utf-8|gb18030|gbk|utf-16le|utf-16be (default: detect)"},
				&cli.StringFlag{Name: "dict", Usage: "user dictionary FILE: lines \"word [freq] [pos]\"; its words are always kept whole"},
				&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel"},
				&cli.IntFlag{Name: "min-df", Value: 2, Usage: "leave out words found in fewer documents"},
				&cli.Int64Flag{Name: "max-bytes", Value: 64 << 20, Usage: "reject documents larger than this many bytes"},
			},
			Action: runIDFBuild,
		}},
	}
}

func runIDFBuild(c *cli.Context) error {
	paths, output := c.Args().Slice(), c.String("output")
	if len(paths) == 0 {
		return usagef("idf build needs a corpus: FILE, DIR or - (stdin)")
	}
	if output == "" {
		return usagef("idf build needs -o FILE")
	}
	jobs := c.Int("jobs")
	if jobs < 1 {
		return usagef("--jobs must be at least 1")
	}
	opts := wenxi.Options{}
	if path := c.String("dict"); path != "" {
		words, err := readUserDict(path)
		if err != nil {
			return err
		}
		opts.UserWords = words
	}
	// Exactly what the keywords stage sees: protected names and slogans,
	// boilerplate marked, then tokens.
	pipe, err := wenxi.New(opts).Pipeline("meta", "people", "slogans", "segment")
	if err != nil {
		return err
	}
	counter := keywords.NewDFCounter()
	failed := 0
	in, err := inputOptions(c)
	if err != nil {
		return err
	}
	err = process(c.Context, paths, c.App.Reader, in, pipe, jobs, true, func(r result) error {
		err := r.doc.Err
		if err == nil {
			err = r.err
		}
		if err != nil {
			failed++
			fmt.Fprintf(c.App.ErrWriter, "wenxi: %s: %v\n", where(r.doc.Source, r.doc.Line), err)
			return nil
		}
		counter.Add(r.parsed)
		return nil
	})
	if err != nil {
		return err
	}
	if counter.Docs == 0 {
		return fmt.Errorf("no documents read")
	}
	out := output
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("creating %s: %w", out, err)
	}
	if err := counter.WriteIDF(f, c.Int("min-df")); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "wenxi: %d documents -> %s\n", counter.Docs, out)
	if failed > 0 {
		return errDocsFailed
	}
	return nil
}
