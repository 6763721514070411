package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/ner"
	"github.com/wenxi-nlp/wenxi/render"
)

// evalNERCommand scores person names against a character-level BIO file.
// The scoring lives in analyzer/ner; this file only wires flags and output.
func evalNERCommand() *cli.Command {
	return &cli.Command{
		Name:      "ner",
		Usage:     "score person names against a character-level BIO file: precision, recall, F1 (exact spans)",
		ArgsUsage: "FILE",
		Description: `FILE has one character per line, 'char<TAB>tag' (MSRA) or 'char<SPACE>tag' (People's Daily),
   a blank line between sentences; B-PER/I-PER (also BIOES/BMES, NR, NAME, PER.NAM) mark persons.
   wenxi eval ner ../shared/data/ner/msra/msra_test_bio.txt
   wenxi eval ner --pipeline --format json ../shared/data/ner/msra/msra_test_bio.txt`,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "pipeline", Usage: "score the full people stage (each sentence as its own document) instead of the bare model"},
			&cli.IntFlag{Name: "max-chars", Usage: "leave out sentences longer than N characters (0 = keep all)"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: fmtTable, Usage: "table|json"},
			&cli.Float64Flag{Name: "min-f1", Usage: "fail (exit 1) when F1 is below this floor (for CI)"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() != 1 {
				return usagef("eval ner wants one labelled FILE")
			}
			path := c.Args().First()
			sents, err := ner.ReadBIOFile(path)
			if err != nil {
				return err
			}
			mode, predict, err := nerPredictor(c.Bool("pipeline"))
			if err != nil {
				return err
			}
			rep := ner.EvaluateFile(path, mode, sents, c.Int("max-chars"), predict)
			if err := printNERReport(c, rep); err != nil {
				return err
			}
			return checkFloor("PER F1", rep.F1, c.Float64("min-f1"))
		},
	}
}

// nerPredictor returns the bare embedded model, or the people stage run on
// each sentence as a document of its own.
func nerPredictor(pipeline bool) (string, func([]rune) []analyzer.Span, error) {
	if !pipeline {
		m, err := ner.Default()
		if err != nil {
			return "", nil, err
		}
		return "model", ner.Predictor(m), nil
	}
	p, err := wenxi.New(wenxi.Options{}).Pipeline("people")
	if err != nil {
		return "", nil, err
	}
	var runErr error
	predict := func(text []rune) []analyzer.Span {
		doc := analyzer.NewDocument("", 0, string(text))
		if err := p.Run(doc); err != nil {
			if runErr == nil {
				runErr = err
			}
			return nil
		}
		var out []analyzer.Span
		for _, person := range doc.People {
			out = append(out, person.Offsets...)
		}
		return out
	}
	// A stage error would silently score as "no names": surface the first
	// one on stderr instead of failing the whole evaluation.
	return "pipeline", func(text []rune) []analyzer.Span {
		out := predict(text)
		if runErr != nil {
			fmt.Fprintln(os.Stderr, "wenxi eval ner: people stage:", runErr)
			runErr = nil
		}
		return out
	}, nil
}

func printNERReport(c *cli.Context, r ner.Report) error {
	switch c.String("format") {
	case fmtJSON:
		return writeJSON(c.App.Writer, r, true)
	case fmtTable:
		return render.WriteTables(c.App.Writer, "", []render.Table{{
			Header: []string{"mode", "sentences", "skipped", "gold", "predicted", "correct", "precision", "recall", "F1"},
			Rows: [][]string{{r.Mode, fmt.Sprint(r.Sentences), fmt.Sprint(r.Skipped), fmt.Sprint(r.Gold),
				fmt.Sprint(r.Predicted), fmt.Sprint(r.Correct), f4(r.Precision), f4(r.Recall), f4(r.F1)}},
		}})
	default:
		return usagef("unknown --format %q (want table, json)", c.String("format"))
	}
}
