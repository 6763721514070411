// Package segment turns text into tokens with parts of speech and character
// offsets. The dictionary (words, frequencies, POS) and the DAG+HMM algorithm
// are gse's: the dictionary is compiled at build time into package segdict
// and the algorithm is re-implemented over it (fast.go) so that start-up is
// instant and the hot loops do not allocate; the output is gse's
// Cut(text, true), word for word. This package adds what a pipeline needs on
// top: offsets, POS for every token, a user dictionary that always wins, and
// spans that other stages protect.
package segment

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/segdict"
)

// Cutter splits text into words. The concatenation of the words must equal
// the text up to letter case and white space.
type Cutter interface {
	Cut(text string) []string
}

// Lexicon answers dictionary look-ups.
type Lexicon interface {
	// Lookup returns the word's part of speech, if the word is known.
	Lookup(word string) (pos string, ok bool)
}

// Segmenter segments text. It is safe for concurrent use once built.
type Segmenter struct {
	cut  Cutter
	lex  Lexicon
	fast *fastCutter // when set, used instead of cut and lex
	user *Matcher
}

// Option configures a Segmenter.
type Option func(*options) error

type options struct {
	userWords []UserWord
}

// UserWord is one entry of a user dictionary.
type UserWord struct {
	Text string
	Freq float64
	Pos  string
}

// WithUserWords adds words that are always kept whole.
func WithUserWords(words ...UserWord) Option {
	return func(o *options) error {
		o.userWords = append(o.userWords, words...)
		return nil
	}
}

// New builds a Segmenter over the compiled gse dictionary (package segdict).
func New(opts ...Option) (*Segmenter, error) {
	var o options
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	d, err := segdict.Load()
	if err != nil {
		return nil, fmt.Errorf("loading segmentation dictionary: %w", err)
	}
	f := &fastCutter{d: d}
	return &Segmenter{cut: f, lex: f, fast: f, user: NewMatcher(o.userWords)}, nil
}

// NewWith builds a Segmenter from any Cutter and Lexicon (used by tests and by
// alternative back ends).
func NewWith(c Cutter, l Lexicon, user []UserWord) *Segmenter {
	return &Segmenter{cut: c, lex: l, user: NewMatcher(user)}
}

// Cut segments text and returns tokens whose offsets are relative to text.
func (s *Segmenter) Cut(text string) []analyzer.Token {
	r := []rune(text)
	return s.Segment(r, analyzer.Span{Start: 0, End: len(r)}, nil)
}

// Segment segments the range span of r. Protected spans (sorted or not,
// overlapping ones are dropped) come out as single tokens; user dictionary
// words are protected too. Token offsets are offsets into r.
func (s *Segmenter) Segment(r []rune, span analyzer.Span, protected []analyzer.Protected) []analyzer.Token {
	return s.AppendSegment(nil, r, span, protected)
}

// AppendSegment is Segment appending to out, so a caller segmenting many
// spans fills one slice instead of copying a fresh one per span.
func (s *Segmenter) AppendSegment(out []analyzer.Token, r []rune, span analyzer.Span, protected []analyzer.Protected) []analyzer.Token {
	prot := s.protect(r, span, protected)
	pos := span.Start
	for _, p := range prot {
		out = s.segmentPlain(out, r, pos, p.Start)
		out = append(out, analyzer.Token{Text: string(r[p.Start:p.End]), Pos: p.Pos, Start: p.Start, End: p.End})
		pos = p.End
	}
	return s.segmentPlain(out, r, pos, span.End)
}

// protect merges the caller's protected spans inside span with the user
// dictionary's matches, dropping overlaps (caller's spans win).
func (s *Segmenter) protect(r []rune, span analyzer.Span, protected []analyzer.Protected) []analyzer.Protected {
	var all []analyzer.Protected
	for _, p := range protected {
		if p.Start >= span.Start && p.End <= span.End && p.Start < p.End {
			all = append(all, p)
		}
	}
	nCaller := len(all)
	all = append(all, s.user.Find(r, span)...)
	if len(all) == 0 {
		return nil
	}
	// Stable order: by start, caller spans before user words, longer first.
	idx := make([]int, len(all))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		pa, pb := all[idx[a]], all[idx[b]]
		if pa.Start != pb.Start {
			return pa.Start < pb.Start
		}
		if (idx[a] < nCaller) != (idx[b] < nCaller) {
			return idx[a] < nCaller
		}
		return pa.Len() > pb.Len()
	})
	out := make([]analyzer.Protected, 0, len(all))
	end := span.Start
	for _, i := range idx {
		p := all[i]
		if p.Start < end {
			continue
		}
		if p.Pos == "" {
			if pos, ok := s.lex.Lookup(string(r[p.Start:p.End])); ok {
				p.Pos = pos
			} else {
				p.Pos = "nz"
			}
		}
		out = append(out, p)
		end = p.End
	}
	return out
}

// segmentPlain cuts r[start:end] with the back end, splitting first at line
// breaks so no token ever spans lines, and appends aligned tokens to out.
func (s *Segmenter) segmentPlain(out []analyzer.Token, r []rune, start, end int) []analyzer.Token {
	lineStart := start
	for i := start; i <= end; i++ {
		if i == end || r[i] == '\n' || r[i] == '\r' {
			if lineStart < i {
				if s.fast != nil {
					out = s.spans(out, r, lineStart, i)
				} else {
					out = s.align(out, r, lineStart, i)
				}
			}
			lineStart = i + 1
		}
	}
	return out
}

// spans cuts r[start:end] with the compiled dictionary. The words are
// offsets, so there is nothing to align; like align, white space inside a
// word splits it and is dropped. Token texts are substrings of one string
// per line (one allocation instead of one per token).
func (s *Segmenter) spans(out []analyzer.Token, r []rune, start, end int) []analyzer.Token {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.spans = sc.spans[:0]
	line := r[start:end]
	s.fast.cut(sc, line)
	str, boff := encodeLine(sc, line)
	low := sc.low[:len(line)]
	for _, sp := range sc.spans {
		a, b := int(sp.s), int(sp.e)
		// Most words have no white space and no upper case: emit them
		// with the node the route found.
		clean := true
		for i := a; i < b; i++ {
			if c := line[i]; c != low[i] || isSpace(c) {
				clean = false
				break
			}
		}
		if clean {
			out = append(out, s.fastToken(str[boff[a]:boff[b]], line[a:b], sp.node, start+a))
			continue
		}
		for a < b {
			for a < b && isSpace(line[a]) {
				a++
			}
			e := a
			for e < b && !isSpace(line[e]) {
				e++
			}
			if a < e {
				// Looked up again: the piece may differ from the word the
				// route found, and the wrapper always looked POS up with the
				// original letter case.
				out = append(out, s.fastToken(str[boff[a]:boff[e]], line[a:e], 0, start+a))
			}
			a = e
		}
	}
	return out
}

// fastToken builds the token for text (runes w at offset at) with the POS of
// dictionary node n, looking the word up when n is 0, or a guessed POS.
func (s *Segmenter) fastToken(text string, w []rune, n segdict.Node, at int) analyzer.Token {
	d := s.fast.d
	known := n != 0
	if !known {
		n, known = d.LookupRunes(w)
	}
	pos := ""
	if known {
		pos = d.Pos(n)
	}
	if pos == "" {
		pos = GuessPos(text)
	}
	return analyzer.Token{Text: text, Pos: pos, Start: at, End: at + len(w)}
}

// encodeLine returns line as a new string and the byte offset of every rune
// in it (plus the length), like string(line) but without a per-rune call for
// the common 1- and 3-byte characters, and with the offsets for free.
func encodeLine(sc *scratch, line []rune) (string, []int32) {
	if cap(sc.boff) < len(line)+1 {
		sc.boff = make([]int32, len(line)+1, 2*len(line)+1)
	}
	boff := sc.boff[:len(line)+1]
	n := 0
	for i, c := range line {
		boff[i] = int32(n)
		n += runeLen(c)
	}
	boff[len(line)] = int32(n)
	if n == 0 {
		return "", boff
	}
	buf := make([]byte, n)
	i := 0
	for _, c := range line {
		switch {
		case c < 0x80:
			buf[i] = byte(c)
			i++
		case c >= 0x800 && c < 0xD800:
			buf[i] = byte(0xE0 | c>>12)
			buf[i+1] = byte(0x80 | c>>6&0x3F)
			buf[i+2] = byte(0x80 | c&0x3F)
			i += 3
		default:
			i += utf8.EncodeRune(buf[i:], c)
		}
	}
	// buf is never written again, so it can back the string directly.
	return unsafe.String(&buf[0], n), boff
}

// isSpace is unicode.IsSpace without the table search for the characters
// above U+3000 (all of CJK), none of which is white space.
func isSpace(r rune) bool {
	if r > 0x3000 || (r > 0xFF && r < 0x1680) {
		return false
	}
	return unicode.IsSpace(r)
}

// runeLen is the length of r in UTF-8 as string([]rune) writes it (invalid
// code points become U+FFFD).
func runeLen(r rune) int {
	if r < utf8.RuneSelf {
		return 1
	}
	if n := utf8.RuneLen(r); n > 0 {
		return n
	}
	return 3
}

func sameRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// align maps the back end's words onto r[start:end]. The back end may lower
// the case or fold white space, so words are matched rune by rune, ignoring
// case, and white space in the text is skipped; the token text is always the
// original text at the token's offsets.
func (s *Segmenter) align(out []analyzer.Token, r []rune, start, end int) []analyzer.Token {
	text := string(r[start:end])
	cur := start
	for _, w := range s.cut.Cut(text) {
		for _, piece := range strings.Fields(w) {
			n := utf8.RuneCountInString(piece)
			for cur < end && unicode.IsSpace(r[cur]) && !startsWithFold(r[cur:end], piece) {
				cur++
			}
			if cur+n > end || !startsWithFold(r[cur:end], piece) {
				continue // the back end produced text we cannot place; skip it
			}
			tok := string(r[cur : cur+n])
			out = append(out, analyzer.Token{Text: tok, Pos: s.tag(tok), Start: cur, End: cur + n})
			cur += n
		}
	}
	return out
}

func startsWithFold(r []rune, w string) bool {
	i := 0
	for _, c := range w {
		if i >= len(r) {
			return false
		}
		if c != r[i] && unicode.ToLower(c) != unicode.ToLower(r[i]) {
			return false
		}
		i++
	}
	return true
}

// tag gives a token its part of speech: the dictionary's, or one inferred
// from the characters for words the dictionary lacks.
func (s *Segmenter) tag(w string) string {
	if pos, ok := s.lex.Lookup(w); ok && pos != "" {
		return pos
	}
	return GuessPos(w)
}

// GuessPos tags an out-of-vocabulary word by its characters: m for numbers,
// eng for Latin letters, x for punctuation and symbols, n for other Han text.
// Decimal and thousands separators and % count towards a number only when
// there is a digit: a lone "，" is punctuation.
func GuessPos(w string) string {
	// One character (most unknown tokens: punctuation, a digit) needs no
	// counting.
	if c, size := utf8.DecodeRuneInString(w); size == len(w) && size > 0 {
		switch {
		case isHan(c):
			if strings.ContainsRune(hanNumerals, c) {
				return "m"
			}
			return "n"
		case c >= 0xFF01 && c <= 0xFF0F, c >= 0xFF1A && c <= 0xFF20, c >= 0x3001 && c <= 0x3003, c >= 0x3008 && c <= 0x3011:
			return "x" // full-width and CJK punctuation
		case c < 0x80:
			switch {
			case '0' <= c && c <= '9':
				return "m"
			case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
				return "eng"
			}
			return "x"
		case unicode.IsDigit(c):
			return "m"
		case unicode.IsLetter(c) && !strings.ContainsRune(".．,，%％", c):
			return "eng"
		}
		return "x"
	}
	return guessPos(w)
}

// guessPos is GuessPos by counting character classes.
func guessPos(w string) string {
	var han, digit, sep, latin, other int
	for _, c := range w {
		switch {
		case unicode.Is(unicode.Han, c):
			han++
		case unicode.IsDigit(c):
			digit++
		case strings.ContainsRune(".．,，%％", c):
			sep++
		case unicode.IsLetter(c):
			latin++
		default:
			other++
		}
	}
	switch {
	case han > 0:
		if isNumeralHan(w) {
			return "m"
		}
		return "n"
	case digit > 0 && latin == 0 && digit+sep >= other:
		return "m"
	case latin > 0:
		return "eng"
	default:
		return "x"
	}
}

// hanNumerals are the characters of numbers written in Han.
const hanNumerals = "〇○零一二两三四五六七八九十百千万亿"

func isNumeralHan(w string) bool {
	for _, c := range w {
		if !strings.ContainsRune(hanNumerals, c) {
			return false
		}
	}
	return true
}
