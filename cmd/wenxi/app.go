package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"
)

// Exit statuses, decided here and nowhere else.
const (
	exitOK       = 0
	exitFailures = 1 // some document (or the command) failed; the others were printed
	exitUsage    = 2 // bad flags, arguments or command
)

// usageError marks errors in how wenxi was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usagef returns a usage error.
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errDocsFailed reports that some documents failed; each was already
// reported on stderr (and as an error record in JSONL), so it prints nothing.
var errDocsFailed = errors.New("some documents failed")

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

// run is the whole CLI with injected streams, so tests run it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	err := app.Run(permuteArgs(app.Commands, args))
	return exitCode(err, stderr)
}

// exitCode maps an error to the exit status and prints it.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errDocsFailed):
		return exitFailures
	}
	fmt.Fprintf(stderr, "wenxi: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) || isFlagError(err) {
		fmt.Fprintln(stderr, "Run 'wenxi --help' for usage.")
		return exitUsage
	}
	return exitFailures
}

// isFlagError recognizes the flag package's parse errors that urfave/cli
// passes through unwrapped.
func isFlagError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"flag provided but not defined", "invalid value", "flag needs an argument", "Required flag"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:    "wenxi",
		Usage:   "read Chinese news and meeting reports: words, people, slogans, keywords, who said what",
		Version: version,
		Reader:  stdin,
		Writer:  stdout,
		// Help and usage messages go to stderr so stdout stays machine output.
		ErrWriter:            stderr,
		HideHelpCommand:      true,
		EnableBashCompletion: false,
		Commands: []*cli.Command{
			segmentCommand(),
			peopleCommand(),
			slogansCommand(),
			keywordsCommand(),
			summaryCommand(),
			analyzeCommand(),
			compareCommand(),
			trendCommand(),
			idfCommand(),
			evalCommand(),
		},
		CommandNotFound: func(c *cli.Context, name string) {
			fmt.Fprintf(stderr, "wenxi: unknown command %q\n", name)
		},
		OnUsageError: func(c *cli.Context, err error, isSubcommand bool) error {
			return usageError{err}
		},
		ExitErrHandler: func(*cli.Context, error) {}, // exit codes are decided in run
	}
	app.Action = func(c *cli.Context) error {
		if c.Args().Len() > 0 {
			return usagef("unknown command %q", c.Args().First())
		}
		return cli.ShowAppHelp(c)
	}
	for _, cmd := range app.Commands {
		setUsageError(cmd)
	}
	return app
}

// setUsageError makes every (sub)command report bad flags as usage errors.
func setUsageError(cmd *cli.Command) {
	cmd.OnUsageError = func(c *cli.Context, err error, isSubcommand bool) error {
		return usageError{err}
	}
	for _, sub := range cmd.Subcommands {
		setUsageError(sub)
	}
}
