// Package stopwords embeds wenxi's default Chinese stopword list: the union
// of the cn, HIT and SCU lists from goto456/stopwords, minus a few words that
// carry meaning in political text (see the header of stopwords.txt). The
// Baidu list is deliberately left out: it contains 全面, 不断, 加强, 重要 and
// other words that are content — or slogan parts — in meeting reports. A
// few adverbial words that gse tags as nouns (大力, 着力, 致力于 …) are added.
package stopwords

import (
	_ "embed"

	"github.com/wenxi-nlp/wenxi/dict/lexfmt"
)

//go:embed stopwords.txt
var text string

// Words returns the default stopwords, one entry per word.
func Words() []string {
	return Parse(text)
}

// Parse reads a stopword list: one word a line, surrounding white space
// trimmed, blank lines and lines starting with # skipped. A leading BOM is
// ignored so lists saved by Windows editors work.
func Parse(s string) []string { return lexfmt.Lines(s) }
