package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// analyzeCommand is a placeholder until its owner lands the real command.
func analyzeCommand() *cli.Command {
	return docSpec{
		Name:     "analyze",
		Usage:    "run every stage and print the full report (not implemented yet)",
		Stages:   []string{"meta", "people", "slogans", "keywords", "statements", "summary"},
		Sections: []string{"meta", "people", "slogans", "keywords", "statements", "summary"},
		View:     func(doc *analyzer.Document) []render.Table { return nil },
	}.command()
}
