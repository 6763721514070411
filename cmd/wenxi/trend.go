package main

import "github.com/urfave/cli/v2"

// trendCommand is a placeholder until its owner lands the real command.
func trendCommand() *cli.Command {
	return &cli.Command{Name: "trend", Usage: "follow terms across years (not implemented yet)",
		Action: func(*cli.Context) error { return usagef("trend is not implemented yet") }}
}
