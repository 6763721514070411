package main

import "github.com/urfave/cli/v2"

// compareCommand is a placeholder until its owner lands the real command.
func compareCommand() *cli.Command {
	return &cli.Command{Name: "compare", Usage: "compare reports side by side (not implemented yet)",
		Action: func(*cli.Context) error { return usagef("compare is not implemented yet") }}
}
