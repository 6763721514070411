package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/segment"
	"github.com/wenxi-nlp/wenxi/eval"
	"github.com/wenxi-nlp/wenxi/render"
)

// evalCommand groups the quality evaluations CI runs on ../shared/data.
func evalCommand() *cli.Command {
	return &cli.Command{
		Name:  "eval",
		Usage: "score wenxi against gold standards (segmentation, person names, slogans)",
		Subcommands: []*cli.Command{
			evalSegCommand(),
			evalNERCommand(),
			evalSlogansCommand(),
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() > 0 {
				return usagef("unknown eval subcommand %q (want seg, ner or slogans)", c.Args().First())
			}
			return cli.ShowSubcommandHelp(c)
		},
	}
}

// evalSegCommand scores segmentation bakeoff style (SIGHAN 2005).
func evalSegCommand() *cli.Command {
	return &cli.Command{
		Name:      "seg",
		Usage:     "score word segmentation against a SIGHAN gold file: precision, recall, F1, OOV recall",
		ArgsUsage: "TEST_INPUT",
		Description: `Segments TEST_INPUT line by line (as 'wenxi segment --format text' does) and scores it.
   wenxi eval seg --gold ../shared/data/icwb2/gold/pku_test_gold.utf8 \
     --words ../shared/data/icwb2/gold/pku_training_words.utf8 ../shared/data/icwb2/testing/pku_test.utf8
   With --pred FILE, scores an existing segmentation instead (any tool's output).`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Required: true, Usage: "gold segmentation FILE (words separated by spaces)"},
			&cli.StringFlag{Name: "words", Usage: "training word list FILE, for OOV recall"},
			&cli.StringFlag{Name: "pred", Usage: "score this segmentation FILE instead of segmenting TEST_INPUT"},
			&cli.StringFlag{Name: "dict", Usage: "user dictionary FILE"},
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: fmtTable, Usage: "table|json"},
			&cli.Float64Flag{Name: "min-f1", Usage: "fail (exit 1) when F1 is below this floor (for CI)"},
		},
		Action: func(c *cli.Context) error {
			gold, err := readLinesFile(c.String("gold"))
			if err != nil {
				return err
			}
			var train map[string]bool
			if p := c.String("words"); p != "" {
				f, err := os.Open(p)
				if err != nil {
					return err
				}
				train, err = eval.ReadWordSet(f, p)
				f.Close()
				if err != nil {
					return err
				}
			}
			var pred []string
			switch {
			case c.String("pred") != "":
				if pred, err = readLinesFile(c.String("pred")); err != nil {
					return err
				}
			case c.Args().Len() == 1:
				in, err := readLinesFile(c.Args().First())
				if err != nil {
					return err
				}
				if pred, err = segmentLines(in, c.String("dict")); err != nil {
					return err
				}
			default:
				return usagef("eval seg wants one TEST_INPUT file (or --pred FILE)")
			}
			s := eval.ScoreSegmentation(gold, pred, train)
			if err := printSegScore(c, s); err != nil {
				return err
			}
			return checkFloor("F1", s.F1, c.Float64("min-f1"))
		},
	}
}

// checkFloor fails when a measured figure falls below the floor CI set.
func checkFloor(name string, got, floor float64) error {
	if floor > 0 && got < floor {
		return fmt.Errorf("%s %.4f is below the floor %.4f", name, got, floor)
	}
	return nil
}

func printSegScore(c *cli.Context, s eval.SegScore) error {
	switch c.String("format") {
	case fmtJSON:
		return writeJSON(c.App.Writer, s, true)
	case fmtTable:
		return render.WriteTables(c.App.Writer, "", []render.Table{{
			Header: []string{"lines", "gold words", "pred words", "precision", "recall", "F1", "OOV words", "OOV recall", "IV recall"},
			Rows: [][]string{{fmt.Sprint(s.Lines), fmt.Sprint(s.GoldWords), fmt.Sprint(s.PredWords),
				f4(s.Precision), f4(s.Recall), f4(s.F1), fmt.Sprint(s.OOVWords), f4(s.OOVRecall), f4(s.IVRecall)}},
		}})
	default:
		return usagef("unknown --format %q (want table, json)", c.String("format"))
	}
}

func f4(v float64) string { return fmt.Sprintf("%.4f", v) }

func readLinesFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.ReadLines(f, path)
}

// segmentLines segments each line exactly as 'segment --format text' does.
func segmentLines(lines []string, dict string) ([]string, error) {
	var opts []segment.Option
	if dict != "" {
		words, err := readUserDict(dict)
		if err != nil {
			return nil, err
		}
		opts = append(opts, segment.WithUserWords(words...))
	}
	seg, err := segment.New(opts...)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(lines))
	stage := segment.Stage{Seg: seg}
	for i, l := range lines {
		doc := analyzer.NewDocument("", i+1, l)
		if err := (analyzer.StructureStage{}).Process(doc); err != nil {
			return nil, err
		}
		if err := stage.Process(doc); err != nil {
			return nil, err
		}
		out[i] = strings.TrimSuffix(render.SegmentedText(doc), "\n")
	}
	return out, nil
}
