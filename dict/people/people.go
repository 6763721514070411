// Package people embeds the lexicons of the people stage: title heads,
// organization material, role and boundary cues, never-a-name words, Chinese
// surnames and common given-name characters. The stage reads them through
// Load; nothing is read from disk at run time.
package people

import (
	"embed"
	"fmt"
	"unicode"

	"github.com/wenxi-nlp/wenxi/dict/lexfmt"
)

//go:embed *.txt
var files embed.FS

// Sections parses one embedded lexicon file into its [section]s. Entries are
// separated by white space; lines starting with # are comments. Entries
// before the first [section] header go to the section "".
func Sections(name string) (map[string][]string, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("reading embedded lexicon %s: %w", name, err)
	}
	return lexfmt.Sections(string(b)), nil
}

// Words returns all entries of an embedded lexicon file without sections.
func Words(name string) ([]string, error) {
	secs, err := Sections(name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, ws := range secs {
		out = append(out, ws...)
	}
	return out, nil
}

// Chars returns every Han character of an embedded file whose lines are runs
// of characters (givenchars.txt, common_surnames.txt), in file order.
func Chars(name string) ([]rune, error) {
	ws, err := Words(name)
	if err != nil {
		return nil, err
	}
	var out []rune
	for _, w := range ws {
		for _, r := range w {
			if unicode.Is(unicode.Han, r) {
				out = append(out, r)
			}
		}
	}
	return out, nil
}
