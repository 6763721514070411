package main

import "github.com/urfave/cli/v2"

// idfCommand is a placeholder until its owner lands the real command.
func idfCommand() *cli.Command {
	return &cli.Command{Name: "idf", Usage: "build a corpus IDF table (not implemented yet)",
		Action: func(*cli.Context) error { return usagef("idf is not implemented yet") }}
}
