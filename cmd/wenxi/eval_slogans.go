package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
	"github.com/wenxi-nlp/wenxi/render"
)

// evalSlogansCommand scores the slogans stage against hand-annotated
// reports. The scoring lives in analyzer/slogans; this file wires flags and
// output.
func evalSlogansCommand() *cli.Command {
	return &cli.Command{
		Name:      "slogans",
		Usage:     "score slogans against annotated reports: precision, recall and kind accuracy",
		ArgsUsage: "ANNOTATION_DIR_OR_FILE",
		Description: `An annotation is NAME.tsv (one expected item a line: text<TAB>kind, # comments)
   beside the report NAME.txt. Items are compared as distinct texts; kind
   accuracy is over the items found correctly. Files whose name contains
   "heldout" are reported as a separate held-out total.
   wenxi eval slogans testdata/slogans
   wenxi eval slogans --verbose testdata/slogans/hebei-2026.tsv
   wenxi eval slogans --rules-only testdata/slogans     # without the quote model
   wenxi eval slogans --min-precision 0.9 --min-recall 0.9 testdata/slogans`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: fmtTable, Usage: "table|json"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list missed, spurious and wrong-kind items"},
			&cli.BoolFlag{Name: "rules-only", Usage: "score the rules without the quote model (to measure what the model adds)"},
			&cli.Float64Flag{Name: "min-precision", Usage: "fail (exit 1) when the tuned total's precision is below this floor"},
			&cli.Float64Flag{Name: "min-recall", Usage: "fail when the tuned total's recall is below this floor"},
			&cli.Float64Flag{Name: "min-kind", Usage: "fail when the tuned total's kind accuracy is below this floor"},
			&cli.Float64Flag{Name: "min-heldout-precision", Usage: "fail when the held-out total's precision is below this floor"},
			&cli.Float64Flag{Name: "min-heldout-recall", Usage: "fail when the held-out total's recall is below this floor"},
			&cli.Float64Flag{Name: "min-heldout-kind", Usage: "fail when the held-out total's kind accuracy is below this floor"},
		},
		Action: func(c *cli.Context) error {
			if c.Args().Len() != 1 {
				return usagef("eval slogans wants one annotation folder or file")
			}
			as, err := slogans.ReadAnnotations(c.Args().First())
			if err != nil {
				return err
			}
			pipe, err := wenxi.New(wenxi.Options{Slogans: slogans.Options{RulesOnly: c.Bool("rules-only")}}).Pipeline("slogans")
			if err != nil {
				return err
			}
			var tuned, held, all []slogans.Score
			for _, a := range as {
				doc := analyzer.NewDocument(a.Name, 0, a.Text)
				if err := pipe.Run(doc); err != nil {
					return fmt.Errorf("%s: %w", a.Name, err)
				}
				s := slogans.Evaluate(a, doc.Slogans)
				all = append(all, s)
				if a.HeldOut {
					held = append(held, s)
				} else {
					tuned = append(tuned, s)
				}
			}
			rep := sloganReport{Files: all, Tuned: slogans.Sum("tuned total", tuned), All: slogans.Sum("all", all)}
			if len(held) > 0 {
				h := slogans.Sum("held-out total", held)
				rep.HeldOut = &h
			}
			if err := printSloganReport(c, rep); err != nil {
				return err
			}
			for _, f := range []struct {
				name  string
				got   float64
				floor string
			}{
				{"tuned precision", rep.Tuned.Precision, "min-precision"},
				{"tuned recall", rep.Tuned.Recall, "min-recall"},
				{"tuned kind accuracy", rep.Tuned.KindAccuracy, "min-kind"},
			} {
				if err := checkFloor(f.name, f.got, c.Float64(f.floor)); err != nil {
					return err
				}
			}
			if rep.HeldOut != nil {
				for _, f := range []struct {
					name  string
					got   float64
					floor string
				}{
					{"held-out precision", rep.HeldOut.Precision, "min-heldout-precision"},
					{"held-out recall", rep.HeldOut.Recall, "min-heldout-recall"},
					{"held-out kind accuracy", rep.HeldOut.KindAccuracy, "min-heldout-kind"},
				} {
					if err := checkFloor(f.name, f.got, c.Float64(f.floor)); err != nil {
						return err
					}
				}
			}
			return nil
		},
	}
}

// sloganReport is the JSON shape of eval slogans.
type sloganReport struct {
	Files   []slogans.Score `json:"files"`
	Tuned   slogans.Score   `json:"tuned"`
	HeldOut *slogans.Score  `json:"held_out,omitempty"`
	All     slogans.Score   `json:"all"`
}

func printSloganReport(c *cli.Context, r sloganReport) error {
	switch c.String("format") {
	case fmtJSON:
		return writeJSON(c.App.Writer, r, true)
	case fmtTable:
		t := render.Table{Header: []string{"file", "expected", "found", "correct", "precision", "recall", "kind accuracy"}}
		row := func(s slogans.Score) {
			name := s.Name
			if s.HeldOut {
				name += " (held out)"
			}
			t.Rows = append(t.Rows, []string{name, fmt.Sprint(s.Expected), fmt.Sprint(s.Found), fmt.Sprint(s.Correct),
				f4(s.Precision), f4(s.Recall), f4(s.KindAccuracy)})
		}
		for _, s := range r.Files {
			row(s)
		}
		row(r.Tuned)
		if r.HeldOut != nil {
			row(*r.HeldOut)
		}
		row(r.All)
		if err := render.WriteTables(c.App.Writer, "", []render.Table{t}); err != nil {
			return err
		}
		if c.Bool("verbose") {
			for _, s := range r.Files {
				fmt.Fprintf(c.App.Writer, "\n%s\n  missed:     %s\n  spurious:   %s\n  wrong kind: %s\n", s.Name,
					strings.Join(s.Missed, ", "), strings.Join(s.Spurious, ", "), strings.Join(s.WrongKind, ", "))
			}
		}
		return nil
	default:
		return usagef("unknown --format %q (want table, json)", c.String("format"))
	}
}
