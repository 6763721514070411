// Package lexfmt parses the plain-text format every embedded lexicon under
// dict/ shares: one entry (or several, white-space separated) a line, blank
// lines and lines starting with # skipped, optional [section] headers, and a
// leading BOM ignored so files saved by Windows editors still work.
package lexfmt

import "strings"

// Lines returns the non-blank, non-comment lines of s, trimmed.
func Lines(s string) []string {
	s = strings.TrimPrefix(s, "\ufeff")
	var out []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Sections splits s into its [section]s, each entry split on white space.
// Entries before the first header go to the section "".
func Sections(s string) map[string][]string {
	out := map[string][]string{}
	sec := ""
	for _, line := range Lines(s) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			sec = line[1 : len(line)-1]
			continue
		}
		out[sec] = append(out[sec], strings.Fields(line)...)
	}
	return out
}
