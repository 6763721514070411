package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/compare"
	"github.com/wenxi-nlp/wenxi/compare/chart"
	"github.com/wenxi-nlp/wenxi/input"
	"github.com/wenxi-nlp/wenxi/render"
)

// trendCommand: how often terms occur per year over a corpus. Only counts
// per document are kept, so memory stays bounded however large the corpus.
func trendCommand() *cli.Command {
	return &cli.Command{
		Name:  "trend",
		Usage: "count terms per year (or decade, or document) over a corpus, with an optional chart",
		Description: `Counts each term as an exact substring (what grep -o | wc -l reports), per
   period, raw and per 10,000 characters. The year of a document is, in order:
   a leading year field ("1954<TAB>text", as in one-report-per-line corpora),
   the publication or event date the meta stage reads from the article, or a
   year in the file name. Without --terms the slogans found in the most
   documents are chosen (a first pass over the corpus).

Examples:
   wenxi trend --lines --terms 改革,开放,小康 --plot trend.svg gov_reports1954-2017.txt
   wenxi trend --by decade --format csv reports/
   wenxi trend --lines --top 6 --format json gov_reports1954-2017.txt`,
		ArgsUsage: "[FILE|DIR|-]...",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "terms", Aliases: []string{"t"}, Usage: "comma-separated terms to count, e.g. 改革,四个全面 (default: the top slogans)"},
			&cli.IntFlag{Name: "top", Value: 5, Usage: "without --terms: how many of the most widespread slogans to follow"},
			&cli.StringFlag{Name: "by", Value: compare.ByYear, Usage: "period: year|decade|document"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output format: table|csv|json (default: table on a terminal, csv in a pipe)"},
			&cli.StringFlag{Name: "plot", Usage: "also draw the trend as a line chart into `FILE` (.svg, .png or .pdf)"},
			&cli.BoolFlag{Name: "plot-raw", Usage: "chart raw counts instead of counts per 10,000 characters"},
			&cli.StringFlag{Name: "title", Usage: "chart title"},
			&cli.StringFlag{Name: "font", Usage: "TrueType/OpenType `FILE` for chart labels (needed for Chinese labels in PNG; SVG viewers supply their own)"},
			&cli.BoolFlag{Name: "lines", Usage: "treat every input line as its own document"},
			&cli.StringFlag{Name: "encoding", Usage: "force the input encoding: utf-8|gb18030|gbk|utf-16le|utf-16be (default: detect)"},
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "documents processed in parallel"},
			&cli.Int64Flag{Name: "max-bytes", Value: 64 << 20, Usage: "reject documents larger than this many bytes"},
		},
		Action: runTrend,
	}
}

func runTrend(c *cli.Context) error {
	format, err := chooseFormat(c, []string{fmtTable, fmtCSV, fmtJSON}, fmtCSV)
	if err != nil {
		return err
	}
	by := c.String("by")
	if by != compare.ByYear && by != compare.ByDecade && by != compare.ByDocument {
		return usagef("unknown --by %q (want year, decade or document)", by)
	}
	jobs := c.Int("jobs")
	if jobs < 1 {
		return usagef("--jobs must be at least 1")
	}
	if p := c.String("plot"); p != "" && !validChartPath(p) {
		return usagef("--plot %s: the file name must end in .%s", p, strings.Join(chart.Formats, ", ."))
	}
	paths := c.Args().Slice()
	stdin := c.App.Reader
	terms := splitWords(c.String("terms"))
	var buffered *bytes.Reader
	if len(terms) == 0 && trendReadsStdin(paths) {
		// Choosing the terms takes a first pass; stdin can be read only once,
		// so keep it in memory for the second.
		data, err := io.ReadAll(stdin)
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
		buffered = bytes.NewReader(data)
		stdin = buffered
	}
	in, err := inputOptions(c)
	if err != nil {
		return err
	}
	source := func(emit func(input.Doc) error) error {
		if buffered != nil {
			if _, err := buffered.Seek(0, io.SeekStart); err != nil {
				return err
			}
		}
		return input.Read(paths, stdin, in, emit)
	}
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	an := wenxi.New(wenxi.Options{})

	var selected []compare.SloganFreq
	if len(terms) == 0 {
		pipe, err := an.Pipeline("slogans")
		if err != nil {
			return err
		}
		selected, err = compare.TopSlogans(ctx, source, pipe.Run, compare.TopOptions{N: c.Int("top"), Workers: jobs})
		if err != nil {
			return err
		}
		for _, s := range selected {
			terms = append(terms, s.Text)
		}
		if len(terms) == 0 {
			return fmt.Errorf("no slogans found to follow; name terms with --terms")
		}
	}
	meta, err := an.Pipeline("meta")
	if err != nil {
		return err
	}
	res, err := compare.Trend(ctx, source, compare.TrendOptions{Terms: terms, By: by, Workers: jobs, Prepare: meta.Run})
	if err != nil {
		return err
	}
	res.Selected = selected
	for _, s := range res.Skipped {
		fmt.Fprintf(c.App.ErrWriter, "wenxi: %s: skipped: %s\n", where(s.Source, s.Line), s.Reason)
	}
	if p := c.String("plot"); p != "" {
		o := chart.Options{Raw: c.Bool("plot-raw"), Title: c.String("title"), FontFile: c.String("font")}
		if err := chart.Save(res, p, o); err != nil {
			return err
		}
	}
	switch format {
	case fmtJSON:
		err = writeJSON(c.App.Writer, res, true)
	case fmtCSV:
		err = writeTrendCSV(c.App.Writer, render.TrendTable(res))
	default:
		if len(selected) > 0 {
			fmt.Fprintf(c.App.Writer, "Terms: the %d slogans found in the most documents\n", len(selected))
		}
		err = render.WriteTables(c.App.Writer, "", []render.Table{render.TrendTable(res)})
	}
	if err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	if len(res.Skipped) > 0 {
		return errDocsFailed
	}
	return nil
}

// writeTrendCSV writes the trend table without its total row, so every CSV
// row is one period.
func writeTrendCSV(w io.Writer, t render.Table) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	for i, r := range t.Rows {
		if i == len(t.Rows)-1 && len(r) > 0 && r[0] == "total" {
			break
		}
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// trendReadsStdin reports whether the inputs include stdin ("-", or no path).
func trendReadsStdin(paths []string) bool {
	if len(paths) == 0 {
		return true
	}
	for _, p := range paths {
		if p == "-" {
			return true
		}
	}
	return false
}

func validChartPath(p string) bool {
	for _, f := range chart.Formats {
		if strings.HasSuffix(strings.ToLower(p), "."+f) {
			return true
		}
	}
	return false
}
