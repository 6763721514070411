// Package brief embeds the lexicons of the meeting brief: say-verbs and the
// adverbs that may stand between a speaker and the verb (statements stage),
// and the web-page chrome and footer lines that the meta stage marks as
// boilerplate. They are plain word lists so they can grow without code
// changes.
package brief

import (
	_ "embed"
	"sort"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/dict/lexfmt"
)

var (
	//go:embed sayverbs.txt
	sayVerbs string
	//go:embed modifiers.txt
	modifiers string
	//go:embed chrome.txt
	chrome string
	//go:embed footer.txt
	footer string
)

// SayVerbs returns the say-verbs, longest first so that 说道 wins over 说.
func SayVerbs() []string { return byLength(lines(sayVerbs)) }

// Modifiers returns the adverbs allowed between a speaker and a say-verb,
// longest first.
func Modifiers() []string { return byLength(lines(modifiers)) }

// ChromeLines returns whole lines that are web-page chrome.
func ChromeLines() []string { return lines(chrome) }

// FooterPrefixes returns the line prefixes that start a page footer.
func FooterPrefixes() []string { return lines(footer) }

// lines splits an embedded list into its non-empty, non-comment lines.
func lines(s string) []string { return lexfmt.Lines(s) }

// byLength sorts longest first (stable, so equal lengths keep file order).
func byLength(s []string) []string {
	sort.SliceStable(s, func(i, j int) bool {
		return utf8.RuneCountInString(s[i]) > utf8.RuneCountInString(s[j])
	})
	return s
}
