package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// slogansCommand: political formulas, quoted coinages, plan names and cited
// documents, with mentions, offsets, expansions and context.
func slogansCommand() *cli.Command {
	return docSpec{
		Name:  "slogans",
		Usage: "list political formulas (提法), quoted coinages, plan names and cited documents",
		Description: `Finds numbered formulas (四个全面, 三严三实, 两个确立, “1+N”), quoted coinages
   (“互联网+”, “放管服”), five-year plans (十四五) and cited documents (《…》), one
   entry per distinct item, with every mention's offsets, a short context and
   the expansion the formula stands for — from a definition in the text
   (政治性、先进性、群众性的“三性”) or from the built-in glossary.

Examples:
   wenxi slogans testdata/puyang-2015-11-02.txt
   wenxi slogans --kind numbered,plan --format csv reports/ > formulas.csv
   wenxi slogans --min-mentions 2 --format jsonl --lines corpus.txt
   wenxi slogans --rules-only report.txt   # without the quote model: more recall`,
		Stages:   []string{"slogans"},
		Sections: []string{render.SecSlogans},
		View:     render.SlogansView,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "kind", Usage: "only these kinds, comma-separated: numbered,quoted,plan,document"},
			&cli.IntFlag{Name: "min-mentions", Usage: "only items mentioned at least N times"},
			&cli.BoolFlag{Name: "rules-only", Usage: "skip the quote model: more recall, less precision (see docs/slogans.md)"},
		},
		Configure: configureSlogans,
	}.command()
}

// configureSlogans applies --kind, --min-mentions and --rules-only.
func configureSlogans(c *cli.Context, o *wenxi.Options) error {
	if v := c.String("kind"); v != "" {
		for _, k := range strings.Split(v, ",") {
			k = strings.TrimSpace(k)
			switch k {
			case analyzer.KindNumbered, analyzer.KindQuoted, analyzer.KindPlan, analyzer.KindDocument:
				o.Slogans.Kinds = append(o.Slogans.Kinds, k)
			default:
				return usagef("--kind: unknown kind %q (want numbered, quoted, plan or document)", k)
			}
		}
	}
	if n := c.Int("min-mentions"); n < 0 {
		return usagef("--min-mentions must not be negative")
	} else {
		o.Slogans.MinMentions = n
	}
	o.Slogans.RulesOnly = c.Bool("rules-only")
	return nil
}
