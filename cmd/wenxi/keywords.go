package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// keywordsCommand is a placeholder until its owner lands the real command.
func keywordsCommand() *cli.Command {
	return docSpec{
		Name:     "keywords",
		Usage:    "rank keywords and key phrases; count words you name (not implemented yet)",
		Stages:   []string{"keywords"},
		Sections: []string{"keywords"},
		View:     func(doc *analyzer.Document) []render.Table { return nil },
	}.command()
}
