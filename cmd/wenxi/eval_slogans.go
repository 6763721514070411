package main

import "github.com/urfave/cli/v2"

// evalSlogansCommand is a placeholder until its owner lands the real command.
func evalSlogansCommand() *cli.Command {
	return &cli.Command{Name: "slogans", Usage: "score slogans against annotated reports (not implemented yet)",
		Action: func(*cli.Context) error { return usagef("eval slogans is not implemented yet") }}
}
