// Package slogans embeds the lexicons of the slogans stage: the glossary of
// political formulas with their expansions and sources, the cue lexicons,
// and two generated evidence tables (see gen/): how often each phrase is
// quoted in the news corpus, and the numeral-led words of the general
// dictionary. Nothing is read from disk at run time.
package slogans

import (
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wenxi-nlp/wenxi/dict/lexfmt"
)

//go:embed glossary.tsv cues.txt background.tsv numwords.tsv general.txt.gz quotes.tsv known.tsv
var files embed.FS

// Entry is one glossary formula.
type Entry struct {
	Term string
	// Kind is "numbered" or "quoted".
	Kind string
	// Expansion is the list the formula stands for (nil when not settled).
	Expansion []string
	// Source names the document the formula and its expansion come from.
	Source string
}

// Glossary returns the embedded glossary in file order.
func Glossary() ([]Entry, error) {
	var out []Entry
	err := eachLine("glossary.tsv", func(n int, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("glossary.tsv line %d: want 4 columns, got %d", n, len(f))
		}
		e := Entry{Term: f[0], Kind: f[1], Source: f[3]}
		if e.Kind != "numbered" && e.Kind != "quoted" {
			return fmt.Errorf("glossary.tsv line %d: unknown kind %q", n, e.Kind)
		}
		if f[2] != "" {
			e.Expansion = strings.Split(f[2], "|")
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// Usage is how a phrase is written in the background corpus.
type Usage struct {
	// Quoted counts occurrences inside “…”.
	Quoted int
	// Total counts all occurrences, quoted or not.
	Total int
	// Dict is the word's frequency in the general dictionary (0: not a word).
	Dict int
}

// Background returns the corpus usage of every phrase quoted somewhere in
// the news corpus.
func Background() (map[string]Usage, error) {
	out := map[string]Usage{}
	err := eachLine("background.tsv", func(n int, f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("background.tsv line %d: want 4 columns", n)
		}
		q, err1 := strconv.Atoi(f[1])
		t, err2 := strconv.Atoi(f[2])
		d, err3 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || err3 != nil {
			return fmt.Errorf("background.tsv line %d: bad count", n)
		}
		out[f[0]] = Usage{Quoted: q, Total: t, Dict: d}
		return nil
	})
	return out, err
}

// Word is a general-dictionary word with its frequency and part of speech.
type Word struct {
	Freq int
	Pos  string
}

// NumWords returns the numeral-led words of the general dictionary.
func NumWords() (map[string]Word, error) {
	out := map[string]Word{}
	err := eachLine("numwords.tsv", func(n int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("numwords.tsv line %d: want 3 columns", n)
		}
		fr, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("numwords.tsv line %d: bad frequency", n)
		}
		out[f[0]] = Word{Freq: fr, Pos: f[2]}
		return nil
	})
	return out, err
}

// General returns the general dictionary's nouns and idioms of three or
// four characters.
func General() (map[string]bool, error) {
	f, err := files.Open("general.txt.gz")
	if err != nil {
		return nil, fmt.Errorf("reading embedded general.txt.gz: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("reading embedded general.txt.gz: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("reading embedded general.txt.gz: %w", err)
	}
	out := make(map[string]bool, 32000)
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out, nil
}

// Cues returns the [section]s of cues.txt, entries split on white space.
func Cues() (map[string][]string, error) {
	b, err := files.ReadFile("cues.txt")
	if err != nil {
		return nil, fmt.Errorf("reading embedded cues.txt: %w", err)
	}
	return lexfmt.Sections(string(b)), nil
}

// eachLine calls fn with the TAB-separated fields of every non-comment line.
func eachLine(name string, fn func(n int, fields []string) error) error {
	b, err := files.ReadFile(name)
	if err != nil {
		return fmt.Errorf("reading embedded %s: %w", name, err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(i+1, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// QuoteModel returns the text of the quote model (quotes.tsv), trained by
// `go run ./cmd/wenxi-train slogans`; the slogans stage parses it.
func QuoteModel() string {
	b, err := files.ReadFile("quotes.tsv")
	if err != nil {
		return "" // embedded with the package: cannot happen
	}
	return string(b)
}

// Known returns, for each candidate phrase of the annotated training texts,
// in how many texts it is an item and in how many it is not (known.tsv,
// written by `go run ./cmd/wenxi-train slogans`).
func Known() (map[string][2]int, error) {
	out := map[string][2]int{}
	err := eachLine("known.tsv", func(n int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("known.tsv line %d: want 3 columns", n)
		}
		a, err1 := strconv.Atoi(f[1])
		b, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("known.tsv line %d: bad count", n)
		}
		out[f[0]] = [2]int{a, b}
		return nil
	})
	return out, err
}
