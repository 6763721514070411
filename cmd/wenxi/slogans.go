package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// slogansCommand is a placeholder until its owner lands the real command.
func slogansCommand() *cli.Command {
	return docSpec{
		Name:     "slogans",
		Usage:    "list political formulas, quoted coinages and cited documents (not implemented yet)",
		Stages:   []string{"slogans"},
		Sections: []string{"slogans"},
		View:     func(doc *analyzer.Document) []render.Table { return nil },
	}.command()
}
