package main

import (
	"os"
	"strings"

	"github.com/wenxi-nlp/wenxi/dict/lexfmt"
)

// splitWords splits a flag's word list at ASCII or full-width commas and at
// 、 (Chinese users type all three), trimming blanks and dropping repeats.
func splitWords(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if w = strings.TrimSpace(w); w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// readWordFile reads a word list FILE in the lexicon format: one entry a
// line, blank lines and # comments skipped, a BOM ignored. A bad file is a
// usage error naming the flag.
func readWordFile(flag, path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("%s: %v", flag, err)
	}
	return lexfmt.Lines(string(b)), nil
}
