package segment

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Matcher finds user dictionary words in text, leftmost-longest. gse's own
// AddToken only raises a word's frequency, which the DAG can still outvote
// (gse issue #175); matching user words first and protecting them is the only
// way to guarantee they stay whole.
type Matcher struct {
	byFirst map[rune][]UserWord // longest first
}

// NewMatcher indexes words by their first character.
func NewMatcher(words []UserWord) *Matcher {
	m := &Matcher{byFirst: map[rune][]UserWord{}}
	for _, w := range words {
		r := []rune(w.Text)
		if len(r) == 0 {
			continue
		}
		list := m.byFirst[r[0]]
		i := 0
		for i < len(list) && len([]rune(list[i].Text)) >= len(r) {
			i++
		}
		list = append(list, UserWord{})
		copy(list[i+1:], list[i:])
		list[i] = w
		m.byFirst[r[0]] = list
	}
	return m
}

// Len is the number of distinct first characters indexed (0 for no words).
func (m *Matcher) Len() int { return len(m.byFirst) }

// Find returns the non-overlapping leftmost-longest matches inside span.
func (m *Matcher) Find(r []rune, span analyzer.Span) []analyzer.Protected {
	if m == nil || len(m.byFirst) == 0 {
		return nil
	}
	var out []analyzer.Protected
	for i := span.Start; i < span.End; {
		matched := 0
		var pos string
		for _, w := range m.byFirst[r[i]] {
			if n := prefixLen(r[i:span.End], w.Text); n > 0 {
				matched, pos = n, w.Pos
				break
			}
		}
		if matched == 0 {
			i++
			continue
		}
		out = append(out, analyzer.Protected{Span: analyzer.Span{Start: i, End: i + matched}, Pos: pos})
		i += matched
	}
	return out
}

// prefixLen returns the length in runes of w if r starts with it, else 0.
func prefixLen(r []rune, w string) int {
	i := 0
	for _, c := range w {
		if i >= len(r) || r[i] != c {
			return 0
		}
		i++
	}
	return i
}

// ReadUserDict parses a user dictionary: one entry a line, "word [freq] [pos]",
// fields separated by spaces or tabs; blank lines and lines starting with #
// are skipped. name is used in error messages.
func ReadUserDict(rd io.Reader, name string) ([]UserWord, error) {
	var out []UserWord
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		w := UserWord{Text: f[0], Freq: 1}
		rest := f[1:]
		if len(rest) > 0 {
			if v, err := strconv.ParseFloat(rest[0], 64); err == nil {
				w.Freq = v
				rest = rest[1:]
			}
		}
		if len(rest) > 0 {
			w.Pos = rest[0]
		}
		if len(rest) > 1 {
			return nil, fmt.Errorf("%s:%d: want \"word [freq] [pos]\", got %q", name, n, line)
		}
		out = append(out, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}
