package main

import (
	"fmt"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/compare"
	"github.com/wenxi-nlp/wenxi/input"
	"github.com/wenxi-nlp/wenxi/render"
)

// compareCommand: several reports side by side. Unlike the document
// commands it produces one result for all its inputs, so it reads them all
// first (a comparison is of a handful of documents, not a corpus).
func compareCommand() *cli.Command {
	return &cli.Command{
		Name:  "compare",
		Usage: "compare reports side by side: keywords, slogans (new/gone), people, similarity",
		Description: `Analyses every document (keywords, slogans, people) and prints one comparison:
   each document's top keywords, a keyword table with counts per document, the
   slogans with counts per document marked new/gone relative to the FIRST
   document, the people in common and unique to each, and the cosine similarity
   of their TF-IDF vectors.

Examples:
   wenxi compare report-2016.txt report-2017.txt
   wenxi compare --format json a.txt b.txt c.txt
   grep -E '^(2012|2017)\b' gov_reports1954-2017.txt | wenxi compare --lines -`,
		ArgsUsage: "A B [C...]  (or one file with --lines)",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Usage: "output format: table|json|csv (default: table on a terminal, json in a pipe)"},
			&cli.IntFlag{Name: "top", Value: 10, Usage: "keywords per document that enter the keyword table"},
			&cli.BoolFlag{Name: "lines", Usage: "treat every input line as its own document"},
			&cli.StringFlag{Name: "encoding", Usage: "force the input encoding: utf-8|gb18030|gbk|utf-16le|utf-16be (default: detect)"},
			&cli.StringFlag{Name: "dict", Usage: "user dictionary FILE: lines \"word [freq] [pos]\"; its words are always kept whole"},
			&cli.Int64Flag{Name: "max-bytes", Value: 64 << 20, Usage: "reject documents larger than this many bytes"},
		},
		Action: runCompare,
	}
}

func runCompare(c *cli.Context) error {
	format, err := chooseFormat(c, []string{fmtTable, fmtJSON, fmtCSV}, fmtJSON)
	if err != nil {
		return err
	}
	if c.Int("top") < 1 {
		return usagef("--top must be at least 1")
	}
	opts := wenxi.Options{}
	if path := c.String("dict"); path != "" {
		if opts.UserWords, err = readUserDict(path); err != nil {
			return err
		}
	}
	var docs []*analyzer.Document
	in, err := inputOptions(c)
	if err != nil {
		return err
	}
	err = input.Read(c.Args().Slice(), c.App.Reader, in, func(d input.Doc) error {
		if d.Err != nil {
			// A comparison with a document missing would silently compare
			// something else: stop.
			return fmt.Errorf("%s: %w", where(d.Source, d.Line), d.Err)
		}
		docs = append(docs, analyzer.NewDocument(d.Source, d.Line, d.Text))
		return nil
	})
	if err != nil {
		return err
	}
	if len(docs) < 2 {
		return usagef("compare needs at least two documents (got %d)", len(docs))
	}
	pipe, err := wenxi.New(opts).Pipeline("keywords", "slogans", "people")
	if err != nil {
		return err
	}
	if err := analyseForCompare(pipe, docs); err != nil {
		return err
	}
	res, err := compare.Compare(docs, compare.Options{TopKeywords: c.Int("top")})
	if err != nil {
		return err
	}
	switch format {
	case fmtJSON:
		return writeJSON(c.App.Writer, res, true)
	case fmtCSV:
		return render.WriteSectionsCSV(c.App.Writer, render.CompareTables(res))
	default:
		return render.WriteTables(c.App.Writer, "", render.CompareTables(res))
	}
}

// analyseForCompare analyses the documents concurrently, one per CPU; a
// comparison with a document missing would compare something else, so the
// first failure stops the command.
func analyseForCompare(pipe *analyzer.Pipeline, docs []*analyzer.Document) error {
	for i, err := range pipe.RunAll(docs, runtime.NumCPU()) {
		if err != nil {
			return fmt.Errorf("%s: %w", where(docs[i].Source, docs[i].Line), err)
		}
	}
	return nil
}
