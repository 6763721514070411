package main

import "github.com/urfave/cli/v2"

// evalNERCommand is a placeholder until its owner lands the real command.
func evalNERCommand() *cli.Command {
	return &cli.Command{Name: "ner", Usage: "score person names against a BIO file (not implemented yet)",
		Action: func(*cli.Context) error { return usagef("eval ner is not implemented yet") }}
}
