package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi"
	"github.com/wenxi-nlp/wenxi/render"
)

// summaryCommand: the meeting brief — metadata and meeting facts, who said
// what, and the most representative sentences.
func summaryCommand() *cli.Command {
	return docSpec{
		Name:  "summary",
		Usage: "the meeting brief: metadata, meeting facts, who said what, a short summary",
		Description: `Reads the page header and footer (title, site, source, authors, publication
   time, editor, event date), the meeting's name, chair, attendees and speakers,
   every reported statement (何雄指出，… 他说，… 会议强调，…) with its enumerated
   points, and picks the --sentences most representative body sentences
   (TextRank with lead and speaker cues), in their original order.

Examples:
   wenxi summary testdata/puyang-2015-11-02.txt
   wenxi summary --format markdown article.txt > brief.md
   wenxi summary --sentences 3 --format json article.txt
   wenxi summary --format csv news/ > briefs.csv`,
		Stages:   []string{"meta", "statements", "summary"},
		Sections: []string{render.SecMeta, render.SecStatements, render.SecSummary},
		View:     render.BriefView,
		Markdown: render.BriefMarkdown,
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "sentences", Aliases: []string{"n"}, Value: 5, Usage: "how many summary sentences to keep"},
		},
		Configure: configureSummary,
	}.command()
}

// configureSummary applies --sentences (shared with analyze).
func configureSummary(c *cli.Context, o *wenxi.Options) error {
	n := c.Int("sentences")
	if n < 1 {
		return usagef("--sentences must be at least 1")
	}
	o.Summary.Sentences = n
	return nil
}
