// Command wenxi reads Chinese news reports, meeting reports and speeches and
// tells you what is in them: words, people, slogans, keywords, who said what.
package main

import "os"

func main() { os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) }
