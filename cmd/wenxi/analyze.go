package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// analyzeSections maps each section of the full report to the stage that
// computes it, in report order.
var analyzeSections = []struct{ section, stage string }{
	{render.SecMeta, "meta"},
	{render.SecPeople, "people"},
	{render.SecSlogans, "slogans"},
	{render.SecKeywords, "keywords"},
	{render.SecStatements, "statements"},
	{render.SecSummary, "summary"},
}

// analyzeCommand: every stage once, every section printed; --only narrows
// the report (and the stages run) to the sections named.
func analyzeCommand() *cli.Command {
	shown := map[string]bool{}
	return docSpec{
		Name:  "analyze",
		Usage: "run every stage once and print the full report",
		Description: `Runs every stage once per document and prints metadata, people, slogans,
   keywords, statements and summary. --only restricts the report (and the work
   done) to some sections; --tokens adds the segmented tokens to JSON output.

Examples:
   wenxi analyze testdata/puyang-2015-11-02.txt
   wenxi analyze --format markdown article.txt > report.md
   wenxi analyze --only people,slogans --format json article.txt
   wenxi analyze --tokens --format jsonl news/ > corpus.jsonl`,
		Stages:   []string{"meta", "people", "slogans", "keywords", "statements", "summary"},
		Sections: []string{render.SecMeta, render.SecPeople, render.SecSlogans, render.SecKeywords, render.SecStatements, render.SecSummary},
		View:     func(doc *analyzer.Document) []render.Table { return analyzeView(doc, shown) },
		Markdown: render.BriefMarkdown,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "only", Usage: "comma-separated sections to report: meta,people,slogans,keywords,statements,summary"},
			&cli.BoolFlag{Name: "tokens", Usage: "also output the segmented tokens (JSON formats)"},
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, Value: 5, Usage: "how many summary sentences to keep"},
		},
		Configure: configureSummary,
		Plan: func(c *cli.Context, stages, sections []string) ([]string, []string, error) {
			return planAnalyze(c, shown)
		},
	}.command()
}

// planAnalyze turns --only and --tokens into the stages to run and the
// sections to print, recording the shown sections for the table view.
func planAnalyze(c *cli.Context, shown map[string]bool) ([]string, []string, error) {
	want := map[string]bool{}
	if only := strings.TrimSpace(c.String("only")); only != "" {
		known := make([]string, len(analyzeSections))
		for i, s := range analyzeSections {
			known[i] = s.section
		}
		for _, f := range strings.Split(only, ",") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			ok := false
			for _, k := range known {
				ok = ok || k == f
			}
			if !ok {
				return nil, nil, usagef("unknown section %q in --only (want %s)", f, strings.Join(known, ","))
			}
			want[f] = true
		}
	}
	var stages, sections []string
	for _, s := range analyzeSections {
		if len(want) == 0 || want[s.section] {
			stages = append(stages, s.stage)
			sections = append(sections, s.section)
			shown[s.section] = true
		}
	}
	if c.Bool("tokens") {
		stages = append(stages, "segment")
		sections = append(sections, render.SecTokens)
	}
	return stages, sections, nil
}

// analyzeView shows the tables of the sections asked for.
func analyzeView(doc *analyzer.Document, shown map[string]bool) []render.Table {
	var out []render.Table
	for _, s := range analyzeSections {
		if !shown[s.section] {
			continue
		}
		switch s.section {
		case render.SecMeta:
			out = append(out, render.MetaView(doc)...)
		case render.SecPeople:
			out = append(out, render.PeopleView(doc)...)
		case render.SecSlogans:
			out = append(out, render.SlogansView(doc)...)
		case render.SecKeywords:
			out = append(out, render.KeywordsView(doc)...)
		case render.SecStatements:
			out = append(out, render.StatementsView(doc)...)
		case render.SecSummary:
			out = append(out, render.SummaryView(doc)...)
		}
	}
	return out
}
