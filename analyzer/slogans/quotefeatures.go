package slogans

import (
	"strconv"
	"strings"
	"sync"

	"github.com/wenxi-nlp/wenxi/analyzer/segment"
)

// Candidate is a quoted phrase the rules take for a coinage, with the
// evidence the quote model weighs (exported for the trainer).
type Candidate struct {
	// Text is the phrase without quotes.
	Text string
	// Features are the names of the binary features that fire.
	Features []string
	// Rejected marks a quote the rules turned down (traced for training
	// only; the model never adds an item).
	Rejected bool
}

var (
	segOnce sync.Once
	seg     *segment.Segmenter
	segErr  error
)

// phraseSegmenter is the general segmenter, loaded on first use: how the
// dictionary cuts a quoted phrase tells a word used as a figure (one noun:
// 压舱石) from an abbreviation (one-character pieces: 放管服).
func phraseSegmenter() (*segment.Segmenter, error) {
	segOnce.Do(func() { seg, segErr = segment.New() })
	return seg, segErr
}

// quoteFeatures describes the quote r[start:end] whose quote marks stand at
// open and closeAt-1. The features are binary and general: none names a
// whole phrase except known=, which says how the annotated training texts
// label this very phrase (a learned lexicon, dict/slogans/known.tsv).
func (x *extractor) quoteFeatures(start, end, open, closeAt int) []string {
	r, l := x.r, x.l
	t := r[start:end]
	n := len(t)
	text := string(t)
	f := make([]string, 0, 24)
	f = append(f, "len="+bucket(n, 2, 3, 4, 5, 7, 11))
	if strings.ContainsAny(text, "、，,；;") {
		f = append(f, "list")
	}
	if strings.ContainsAny(text, "+＋×") {
		f = append(f, "plus")
	}
	if hasDigit(t) {
		f = append(f, "digit")
	}
	if latinRun(t) > 0 {
		f = append(f, "latin")
	}
	if isNumeral(t[0]) {
		f = append(f, "numlead")
	}
	f = append(f, "first="+string(t[0]), "last="+string(t[n-1]))
	if n >= 3 {
		f = append(f, "last2="+string(t[n-2:]))
	}
	// How the news corpus writes the phrase.
	if u, ok := l.background[text]; ok {
		f = append(f, "bgq="+bucket(u.Quoted, 1, 2, 5, 20), "bgt="+bucket(u.Total, 1, 2, 5, 20, 100))
		switch {
		case u.Quoted*2 >= u.Total:
			f = append(f, "bgr=mostly-quoted")
		case u.Quoted*10 >= u.Total:
			f = append(f, "bgr=often-quoted")
		default:
			f = append(f, "bgr=mostly-bare")
		}
	} else {
		f = append(f, "bg=none")
	}
	// How the annotated training texts label it.
	if k, ok := l.known[text]; ok {
		if i := KnownIndex(k[0], k[1]); i >= 0 {
			f = append(f, KnownFeatures[i])
		}
	}
	// How the general dictionary cuts it.
	if s, err := phraseSegmenter(); err == nil {
		toks := s.Cut(text)
		if len(toks) > 0 {
			single := 0
			for _, tk := range toks {
				if len([]rune(tk.Text)) == 1 {
					single++
				}
			}
			f = append(f, "tok="+bucket(len(toks), 1, 2, 3, 4), "fpos="+posClass(toks[0].Pos), "lpos="+posClass(toks[len(toks)-1].Pos))
			if len(toks) >= 2 && single*2 >= len(toks) {
				f = append(f, "pieces")
			}
			if len(toks) == 1 {
				f = append(f, "word="+posClass(toks[0].Pos))
			}
		}
	}
	f = append(f, x.contextFeatures(open, closeAt)...)
	return append(f, x.siblingFeatures(t, open, closeAt)...)
}

// siblingFeatures say whether an adjacent quote of the same length shares
// the phrase's first or last character (“府院”“府检”, “农业强”“农村美”;
// “青山”“金山”): parts of one formula are often quoted one by one, and in
// the training texts such runs are items four times in five when they
// share the first character, less often than not when only the last.
func (x *extractor) siblingFeatures(t []rune, open, closeAt int) []string {
	var f []string
	first, last := false, false
	for _, s := range x.siblings(open, closeAt, lineStart(x.r, open)) {
		if len(s) != len(t) {
			continue
		}
		first = first || s[0] == t[0]
		last = last || s[len(s)-1] == t[len(t)-1]
	}
	if first {
		f = append(f, "sib=first")
	}
	if last {
		f = append(f, "sib=last")
	}
	return f
}

// contextFeatures describe the words around the first quote of a phrase.
func (x *extractor) contextFeatures(open, closeAt int) []string {
	r := x.r
	f := make([]string, 0, 6)
	ls, le := lineStart(r, open), lineEnd(r, closeAt)
	if k := open - 1; k >= ls {
		f = append(f, "p1="+charClass(r[k]))
		if k-1 >= ls && isHan(r[k]) && isHan(r[k-1]) {
			f = append(f, "p2="+string(r[k-1:k+1]))
		}
	} else {
		f = append(f, "p1=^")
	}
	if closeAt < le {
		f = append(f, "n1="+charClass(r[closeAt]))
		if closeAt+1 < le && isHan(r[closeAt]) && isHan(r[closeAt+1]) {
			f = append(f, "n2="+string(r[closeAt:closeAt+2]))
		}
	} else {
		f = append(f, "n1=$")
	}
	if open-1 >= ls && (r[open-1] == '”' || open-2 >= ls && r[open-1] == '、' && r[open-2] == '”') ||
		closeAt < le && (r[closeAt] == '“' || closeAt+1 < le && r[closeAt] == '、' && r[closeAt+1] == '“') {
		f = append(f, "qlist")
	}
	if x.coinageHeadAfter(closeAt) {
		f = append(f, "head")
	}
	return f
}

// docFeatures describe how often the text quotes the phrase and whether it
// also writes it bare.
func docFeatures(quoted, mentions int) []string {
	f := []string{"dq=" + bucket(quoted, 1, 2, 3)}
	if mentions > quoted {
		f = append(f, "bare")
	}
	return f
}

// bucket names the range of v among ascending bounds: "<b0", "b_i" when
// the range holds one value, "b_i-b_j" for a wider one, "b_last+".
func bucket(v int, bounds ...int) string {
	if v < bounds[0] {
		return "<" + strconv.Itoa(bounds[0])
	}
	for i := len(bounds) - 1; i >= 0; i-- {
		if v < bounds[i] {
			continue
		}
		switch {
		case i+1 == len(bounds):
			return strconv.Itoa(bounds[i]) + "+"
		case bounds[i+1] == bounds[i]+1:
			return strconv.Itoa(bounds[i])
		}
		return strconv.Itoa(bounds[i]) + "-" + strconv.Itoa(bounds[i+1]-1)
	}
	return "?"
}

// posClass keeps the first letter of a POS tag (n, v, a, …) plus the name
// tags that matter here (ns places, nr persons, nz other names).
func posClass(pos string) string {
	switch pos {
	case "ns", "nr", "nz", "nt", "vn", "an":
		return pos
	case "":
		return "?"
	}
	return pos[:1]
}

// charClass is a character as a feature: Han characters stand for
// themselves, punctuation, digits and letters by their class.
func charClass(c rune) string {
	switch {
	case isHan(c):
		return string(c)
	case isDigit(c):
		return "D"
	case c < 128 && (c|0x20) >= 'a' && (c|0x20) <= 'z':
		return "L"
	case c == '”' || c == '“':
		return "Q"
	case isSpace(c):
		return "S"
	}
	return "P"
}

func hasDigit(t []rune) bool {
	for _, c := range t {
		if isDigit(c) {
			return true
		}
	}
	return false
}

// KnownFeatures name what the annotated training texts say of a phrase:
// mostly an item, as often an item as not, mostly not an item. A phrase
// that recurs across reports is labelled the same way nearly always (295 of
// 297 recurring candidates agree with their majority label elsewhere).
var KnownFeatures = [3]string{"known=item", "known=mixed", "known=non"}

// KnownIndex is the index in KnownFeatures for a phrase the training texts
// labelled item times as an item and non times not; -1 when they never saw it.
func KnownIndex(item, non int) int {
	switch {
	case item+non == 0:
		return -1
	case item > non:
		return 0
	case item == non:
		return 1
	}
	return 2
}
