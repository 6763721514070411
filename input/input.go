// Package input reads documents: files, directories (recursively), stdin,
// and --lines corpora; it decodes their encoding and reduces HTML pages to
// their article text.
package input

import (
	"fmt"
	"io"
	"os"
)

// Doc is one input document, or the error that kept it from being read.
type Doc struct {
	// Source is the path, or "-" for stdin.
	Source string
	// Line is the 1-based line number in --lines mode, 0 otherwise.
	Line int
	Text string
	// Err is set when the document could not be read or decoded; the caller
	// reports it and goes on with the next document.
	Err error
}

// Options controls reading.
type Options struct {
	// Encoding forces a decoding ("utf-8", "gb18030", "gbk", "utf-16le",
	// "utf-16be"); empty means detect.
	Encoding string
	// Lines treats every input line as its own document.
	Lines bool
	// MaxBytes rejects larger documents with an error (0: no limit).
	MaxBytes int64
}

// Read reads every path in order ("-" is stdin; no paths means stdin) and
// calls emit for each document as soon as it is read. An error from emit
// stops reading and is returned; read errors go into Doc.Err instead.
func Read(paths []string, stdin io.Reader, o Options, emit func(Doc) error) error {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	for _, p := range paths {
		var data []byte
		var err error
		if p == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(p)
		}
		if err != nil {
			if e := emit(Doc{Source: p, Err: fmt.Errorf("reading: %w", err)}); e != nil {
				return e
			}
			continue
		}
		if e := emit(Doc{Source: p, Text: string(data)}); e != nil {
			return e
		}
	}
	return nil
}
