package slogans

import (
	"strings"
	"unicode"
)

// The character classes and small parsers the extractor uses. They are
// written out here rather than with regexp because every call looks at a
// handful of runes at one position of a linear scan.

func isNumeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '双', '百', '千', '万', '零', '〇':
		return true
	}
	return false
}

// isLead reports a numeral that can open a formula (not 零 or 〇: 零的突破).
func isLead(r rune) bool { return isNumeral(r) && r != '零' && r != '〇' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

func allHan(t []rune) bool {
	for _, r := range t {
		if !isHan(r) {
			return false
		}
	}
	return len(t) > 0
}

func allNumerals(t []rune) bool {
	for _, r := range t {
		if !isNumeral(r) {
			return false
		}
	}
	return true
}

func hasNumeral(t []rune) bool {
	for _, r := range t {
		if isNumeral(r) || isDigit(r) {
			return true
		}
	}
	return false
}

// isClauseEnd reports punctuation that ends a clause.
func isClauseEnd(r rune) bool { return strings.ContainsRune("，。；！？、：,.;!?:）)\n", r) }

// scanLimit bounds how far the line helpers look, so that a document
// without line breaks still costs linear time.
const scanLimit = 200

// lineStart is the offset of the first character of i's line, or of
// scanLimit characters back when the line is longer.
func lineStart(r []rune, i int) int {
	if i > len(r) {
		i = len(r)
	}
	stop := max(0, i-scanLimit)
	for i > stop && r[i-1] != '\n' {
		i--
	}
	return i
}

// lineEnd is the offset of the newline ending i's line (or len(r)), or of
// scanLimit characters on when the line is longer.
func lineEnd(r []rune, i int) int {
	if i < 0 {
		i = 0
	}
	stop := min(len(r), i+scanLimit)
	for i < stop && r[i] != '\n' {
		i++
	}
	return i
}

// isPlan reports a five-year-plan name: 十四五, 十五五, 十五, 九五.
func isPlan(t []rune) bool {
	switch len(t) {
	case 2:
		return (t[0] == '十' || strings.ContainsRune("六七八九", t[0])) && t[1] == '五'
	case 3:
		return t[0] == '十' && strings.ContainsRune("一二三四五六七八九", t[1]) && t[2] == '五'
	}
	return false
}

// isDigitFormula reports a digit formula such as 1+N, 3+X, 1+2+4+N, or a
// quoted digit code such as 132 or 415X (not a year such as 2025).
func isDigitFormula(s string) bool {
	rs := []rune(s)
	if len(rs) == 0 || !isDigit(rs[0]) {
		return false
	}
	plus, digits, letters := false, 0, 0
	for _, r := range rs {
		switch {
		case r == '+' || r == '＋':
			plus = true
		case isDigit(r):
			digits++
		case r < 128 && unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	if plus {
		// The first term is a number (1+N, 3+X), not a code (5G+).
		for _, r := range rs {
			if r == '+' || r == '＋' {
				return true
			}
			if !isDigit(r) {
				return false
			}
		}
		return true
	}
	year := len(rs) == 4 && digits == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
	return digits >= 2 && digits <= 6 && !year
}

// isDateLabel reports labels such as 7·20, 3.15, 12·4.
func isDateLabel(s string) bool {
	digits, sep := 0, 0
	for _, r := range s {
		switch {
		case isDigit(r):
			digits++
		case r == '·' || r == '.' || r == '•' || r == '．':
			sep++
		default:
			return false
		}
	}
	return digits > 0 && sep == 1
}

var digitValue = map[rune]int{'零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// numeralValue parses a leading Chinese numeral (三 → 3, 十四 → 14, 两 → 2).
func numeralValue(t []rune) int {
	val, cur := 0, 0
	for _, r := range t {
		d, digit := digitValue[r]
		switch {
		case digit:
			cur = d
		case r == '两' || r == '双':
			cur = 2
		case r == '〇':
			cur = 0
		case r == '十':
			if cur == 0 {
				cur = 1
			}
			val += cur * 10
			cur = 0
		case r == '百':
			val += max(cur, 1) * 100
			cur = 0
		case r == '千':
			val += max(cur, 1) * 1000
			cur = 0
		case r == '万':
			val = (val + cur) * 10000
			cur = 0
		default:
			return val + cur
		}
	}
	return val + cur
}

// definition looks for the list a numbered formula stands for, written in
// the text just before it (政治性、先进性、群众性的“三性”) or just after it
// (“两个维护”，即…、…). open is the offset of the opening quote (or of the
// formula when bare), after the offset just past it. The list must have as
// many items as the formula's numeral says; nil when none is found.
func (x *extractor) definition(open, after int, text string) []string {
	counts := itemCounts([]rune(text))
	if counts == nil {
		return nil
	}
	quoted := open > 0 && strings.ContainsRune("“‘「『", x.r[open-1])
	if open < len(x.r) && open >= 0 && strings.ContainsRune("“‘「『", x.r[open]) {
		quoted = true
	}
	if open > 0 && strings.ContainsRune("“‘「『", x.r[open-1]) {
		open--
	}
	if after < len(x.r) && strings.ContainsRune("”’」』", x.r[after]) {
		after++
	}
	if items := fitCount(x.listBefore(open, quoted), counts); items != nil {
		return items
	}
	return fitCount(x.listAfter(after), counts)
}

// leadVerbs open a clause before a list (把握政治性、…): they are trimmed
// from the list's first item.
var leadVerbs = []string{"实现", "把握", "推动", "推进", "开展", "坚持", "实施", "加强", "促进", "做好",
	"提升", "打造", "形成", "确保", "落实", "围绕", "突出", "强化", "统筹", "聚焦", "抓好", "做到", "增强", "坚定", "树立", "践行"}

// itemCounts returns the list lengths a formula can stand for: N for a
// single numeral (三性 → 3); for a paired form the sum or the largest
// numeral (三严三实 → 6, 四水四定 → 4 or 8). nil when the formula has no
// numeral or stands for more than 12 items.
func itemCounts(t []rune) []int {
	var vals []int
	for k := 0; k < len(t); {
		if !isNumeral(t[k]) {
			k++
			continue
		}
		j := k
		for j < len(t) && isNumeral(t[j]) {
			j++
		}
		vals = append(vals, numeralValue(t[k:j]))
		k = j
	}
	if len(vals) == 0 || !isNumeral(t[0]) {
		return nil
	}
	sum, big := 0, 0
	for _, v := range vals {
		sum += v
		big = max(big, v)
	}
	var out []int
	for _, n := range []int{sum, big} {
		if n >= 2 && n <= 12 {
			out = append(out, n)
		}
	}
	return out
}

// fitCount returns items when their number is one of counts, splitting a
// last item joined by 和/与/及 (A、B和C) when that makes the count.
func fitCount(items []string, counts []int) []string {
	if len(items) < 2 {
		return nil
	}
	for _, n := range counts {
		if len(items) == n {
			return items
		}
		if len(items) == n-1 {
			last := items[len(items)-1]
			for _, c := range []string{"和", "与", "及"} {
				if a, b, ok := strings.Cut(last, c); ok && a != "" && b != "" {
					return append(append(items[:len(items)-1:len(items)-1], a), b)
				}
			}
		}
	}
	return nil
}

// listBefore parses "A、B、C[的|这|等]" ending at r[end-1]. A bare formula
// needs the 的/这/等 between list and formula (城乡低保、残疾人两项补贴 is a
// list of policies, not a definition); a quoted one has its quote.
func (x *extractor) listBefore(end int, quoted bool) []string {
	r := x.r
	p := end
	sep := false
	for _, w := range []string{"的", "这一", "这", "等"} {
		wr := []rune(w)
		if p-len(wr) >= 0 && string(r[p-len(wr):p]) == w {
			p -= len(wr)
			sep = true
			break
		}
	}
	if p > 0 && strings.ContainsRune("”’」』", r[p-1]) {
		// “医疗、护理、…”七位一体, “组织联建、…、服务联做”的“五联”: the
		// list is quoted.
		p--
		sep = true
	}
	if !sep && !quoted {
		return nil
	}
	ls := lineStart(r, p)
	var items []string
	cur := p
	for k := p - 1; k >= ls-1; k-- {
		if k >= ls && r[k] != '、' && !isClauseEnd(r[k]) && !strings.ContainsRune("“”‘’《》（）()", r[k]) {
			if cur-k > 16 {
				break
			}
			continue
		}
		items = append(items, string(r[k+1:cur]))
		cur = k
		if k < ls || r[k] != '、' {
			break
		}
	}
	if len(items) < 2 {
		return nil
	}
	// items are right to left; the leftmost may carry the clause's verb
	// (把握政治性): trim it to the longest of the others.
	longest := 0
	for _, it := range items[:len(items)-1] {
		longest = max(longest, len([]rune(it)))
	}
	first := items[len(items)-1]
	for _, v := range leadVerbs {
		if rest, ok := strings.CutPrefix(first, v); ok && rest != "" {
			first = rest
			break
		}
	}
	if fr := []rune(first); len(fr) > longest {
		first = string(fr[len(fr)-longest:])
	}
	items[len(items)-1] = first
	out := make([]string, 0, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		if items[i] == "" || strings.ContainsRune(items[i], '的') {
			return nil // a modifier phrase, not a list of items
		}
		out = append(out, items[i])
	}
	return out
}

// listAfter parses "，即A、B、C" / "（A、B、C）" / "：A；B；C" starting at r[start].
func (x *extractor) listAfter(start int) []string {
	r := x.r
	le := lineEnd(r, start)
	p := start
	marked := false
	// A short head may stand between the formula and its bracketed or
	// colon-introduced list: “三个年”活动（…）.
	h := p
	for h < le && h-p < 4 && isHan(r[h]) {
		h++
	}
	if h > p && h < le && strings.ContainsRune("：:（(", r[h]) {
		p = h
	}
	if p < le && strings.ContainsRune("，,：:（(", r[p]) {
		marked = r[p] != '，' && r[p] != ','
		p++
	}
	for _, w := range []string{"即", "就是", "是指", "指的是", "包括"} {
		if strings.HasPrefix(string(r[p:min(le, p+3)]), w) {
			p += len([]rune(w))
			marked = true
			break
		}
	}
	if !marked {
		return nil
	}
	var items []string
	cur := p
	sep := rune(0)
	for k := p; k <= le; k++ {
		if k < le && !isClauseEnd(r[k]) {
			if k-cur > 30 {
				return nil
			}
			continue
		}
		if k < le && sep == 0 && strings.ContainsRune("、，；", r[k]) {
			sep = r[k]
		}
		items = append(items, strings.Trim(string(r[cur:k]), "“”‘’"))
		cur = k + 1
		if k == le || r[k] != sep {
			break
		}
	}
	for _, it := range items {
		if it == "" {
			return nil
		}
	}
	return items
}
