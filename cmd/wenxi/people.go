package main

import (
	"github.com/urfave/cli/v2"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/render"
)

// peopleCommand is a placeholder until its owner lands the real command.
func peopleCommand() *cli.Command {
	return docSpec{
		Name:     "people",
		Usage:    "list the people an article names, with titles, roles and mentions (not implemented yet)",
		Stages:   []string{"people"},
		Sections: []string{"people"},
		View:     func(doc *analyzer.Document) []render.Table { return nil },
	}.command()
}
