package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// summaryCommand is a placeholder until its owner lands the real command.
func summaryCommand() *cli.Command {
	return docSpec{
		Name:     "summary",
		Usage:    "the meeting brief: metadata, who said what, a short summary (not implemented yet)",
		Stages:   []string{"summary", "statements", "meta"},
		Sections: []string{"summary"},
		View:     func(doc *analyzer.Document) []render.Table { return nil },
	}.command()
}
