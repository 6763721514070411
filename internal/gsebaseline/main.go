// Command gsebaseline is plain gse, for scripts/bench.sh to compare wenxi's
// segmenter against: it loads gse's embedded zh_s dictionary and prints
// Cut(line, true) for every input line, words separated by spaces — the same
// work and output shape as `wenxi segment --format text`.
//
//	go build -o /tmp/gse-baseline ./internal/gsebaseline
//	/tmp/gse-baseline FILE...   (or standard input)
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-ego/gse"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gsebaseline:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	seg, err := gse.NewEmbed("zh_s")
	if err != nil {
		return fmt.Errorf("loading gse dictionary: %w", err)
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	cut := func(r io.Reader, name string) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			line := strings.TrimRight(sc.Text(), "\r")
			words := seg.Cut(line, true)
			n := 0
			for _, wd := range words {
				if strings.TrimSpace(wd) == "" {
					continue
				}
				if n > 0 {
					w.WriteByte(' ')
				}
				w.WriteString(wd)
				n++
			}
			w.WriteByte('\n')
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("reading %s: %w", name, err)
		}
		return nil
	}
	if len(args) == 0 {
		if err := cut(stdin, "stdin"); err != nil {
			return err
		}
	}
	for _, a := range args {
		f, err := os.Open(a)
		if err != nil {
			return fmt.Errorf("opening %s: %w", a, err)
		}
		err = cut(f, a)
		f.Close()
		if err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing output: %w", err)
	}
	return nil
}
