package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/render"
)

// segmentCommand: words with parts of speech. --format text keeps the line
// structure (one output line per input line) so SIGHAN gold files score it.
func segmentCommand() *cli.Command {
	return docSpec{
		Name:  "segment",
		Usage: "split text into words with parts of speech and character offsets",
		Description: `Examples:
   wenxi segment testdata/puyang-2015-11-02.txt
   echo 市委书记何雄出席会议 | wenxi segment --format text
   wenxi segment --dict my.dict --format jsonl news/`,
		Stages:     []string{"segment"},
		Sections:   []string{render.SecTokens},
		View:       render.TokensView,
		Text:       render.SegmentedText,
		PipeFormat: fmtText,
	}.command()
}
