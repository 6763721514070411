package keywords

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// unit is one candidate term occurrence: a token of body text or, after
// phrase merging, a key phrase made of several adjacent tokens.
type unit struct {
	text       string
	pos        string
	start, end int
	// protected marks tokens that a pre-segmentation stage (people, slogans)
	// kept whole: they are terms by construction, so stopword and length
	// rules never apply to them and they never join a phrase.
	protected bool
	// noise marks what can never be a keyword: punctuation, numbers, dates,
	// single characters.
	noise bool
	// stop marks stopwords (set by the stage, which owns the list).
	stop bool
	// phrase marks a key phrase merged from several tokens.
	phrase bool
	// id is the unit's interned text (see internUnits and mergePhrases).
	id int32
}

// bodyUnits returns doc's tokens outside boilerplate paragraphs, with their
// protected and noise flags. Tokens, paragraphs and protected spans are all
// sorted by offset, so one merge walk does it in linear time (calling
// doc.InBoilerplate per token would be quadratic on a long document).
func bodyUnits(doc *analyzer.Document) []unit {
	prot := make([]analyzer.Protected, len(doc.Protected))
	copy(prot, doc.Protected)
	sort.Slice(prot, func(i, j int) bool { return prot[i].Start < prot[j].Start })

	out := make([]unit, 0, len(doc.Tokens))
	pi, si := 0, 0
	for _, t := range doc.Tokens {
		for pi < len(doc.Paragraphs) && doc.Paragraphs[pi].End <= t.Start {
			pi++
		}
		if pi < len(doc.Paragraphs) && doc.Paragraphs[pi].Contains(t.Start) && doc.Paragraphs[pi].Boilerplate {
			continue
		}
		for si < len(prot) && prot[si].Start < t.Start {
			si++
		}
		isProt := false
		for k := si; k < len(prot) && prot[k].Start == t.Start; k++ {
			if prot[k].End == t.End {
				isProt = true
				break
			}
		}
		text := strings.TrimSpace(t.Text)
		u := unit{text: text, pos: t.Pos, start: t.Start, end: t.End, protected: isProt}
		u.noise = !isProt && isNoise(text, t.Pos)
		out = append(out, u)
	}
	return out
}

// isNoisePOS reports the tags of numbers, quantities, time words and
// punctuation. isNoise runs on every token: switches on constants replace
// the map and string searches they once were (7% of analyze).
func isNoisePOS(pos string) bool {
	switch pos {
	case "m", "mq", "q", "t", "tg", "x", "w":
		return true
	}
	return false
}

// isNoise reports whether a token can never be a keyword: empty, a single
// character (almost always a function word in news text: 的 在 要 党 is
// the rare loss), punctuation, numbers and dates, which carry no topic.
func isNoise(text, pos string) bool {
	if utf8.RuneCountInString(text) < 2 || isNoisePOS(pos) {
		return true
	}
	if isQuantity(text) {
		return true
	}
	letters := 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			// ASCII: the branches below, without the table look-ups.
			switch {
			case r >= '0' && r <= '9':
				return true
			case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
				letters++
			}
		case unicode.IsDigit(r):
			// 2015年, 11月, 5G: dates, counts and codes, not topics.
			return true
		case unicode.Is(unicode.Han, r):
			if isDateNumeral(r) {
				continue
			}
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	// Only numerals, date units and symbols: 十一月, 二〇一五年.
	return letters == 0
}

// isDateNumeral: 〇○零一二两三四五六七八九十百千万亿年月日号时分秒.
func isDateNumeral(r rune) bool {
	switch r {
	case '〇', '○', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
		'年', '月', '日', '号', '时', '分', '秒':
		return true
	}
	return false
}

// isQuantity reports numeral + measure words such as 万人, 亿元, 三项: gse
// tags some of them as nouns, but they count things rather than name them.
// 多 and 数 are left out of the numerals (多元, 数次 are not quantities here).
func isQuantity(text string) bool {
	r0, n0 := utf8.DecodeRuneInString(text)
	if n0 == 0 {
		return false
	}
	r1, n1 := utf8.DecodeRuneInString(text[n0:])
	if n1 == 0 || n0+n1 != len(text) {
		return false // not exactly two characters
	}
	switch r0 {
	case '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿':
	default:
		return false
	}
	switch r1 {
	case '人', '元', '个', '次', '件', '名', '户', '家', '吨', '亩', '岁', '位', '项', '台', '辆', '座', '所', '条', '种', '批', '倍':
		return true
	}
	return false
}
