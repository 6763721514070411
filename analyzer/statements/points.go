package statements

import (
	"regexp"
	"strings"
)

// Enumeration markers. Each family numbers its points in its own way; a
// statement's points are the longest run of one family numbered 1, 2, 3 …
var markerFamilies = []*regexp.Regexp{
	regexp.MustCompile(`([一二三四五六七八九十]{1,3})要`),
	regexp.MustCompile(`([一二三四五六七八九十]{1,3})是`),
	regexp.MustCompile(`第([一二三四五六七八九十]{1,3})[，,、：:是要条]`),
	regexp.MustCompile(`[（(]([一二三四五六七八九十]{1,3})[）)]`),
	regexp.MustCompile(`([0-9]{1,2})[、．.](?:[^0-9])`),
	regexp.MustCompile(`[（(]([0-9]{1,2})[）)]`),
}

// Points splits the enumerated points out of a statement (一要…二要…,
// 第一…第二…, 一是…二是…, （一）…（二）…). A marker counts only at a clause
// boundary, so 统一是 or 进一步要 never start a point. Each point runs to
// the next marker; the last one to the end of the text.
func Points(text string) []string {
	var best [][]int
	for _, re := range markerFamilies {
		var run [][]int
		want := 1
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			if !atBoundary(text, loc[0]) {
				continue
			}
			n := numberOf(text[loc[2]:loc[3]])
			switch {
			case n == want:
				run = append(run, loc)
				want++
			case n == 1 && len(run) < 2:
				run, want = [][]int{loc}, 2 // a false start; begin again
			}
		}
		if len(run) >= 2 && len(run) > len(best) {
			best = run
		}
	}
	if best == nil {
		return nil
	}
	out := make([]string, 0, len(best))
	for k, loc := range best {
		end := len(text)
		if k+1 < len(best) {
			end = best[k+1][0]
		}
		if p := strings.TrimSpace(text[loc[0]:end]); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// atBoundary reports whether byte offset i starts the text or follows a
// clause break.
func atBoundary(text string, i int) bool {
	if i == 0 {
		return true
	}
	prev := []rune(text[:i])
	return strings.ContainsRune("。！？；;：:，,\n \u3000", prev[len(prev)-1])
}

// startsWithMarker reports whether a paragraph opens with an enumeration
// marker (a continuation of the previous paragraph's points).
func startsWithMarker(r []rune) bool {
	head := string(r[:min(len(r), 6)])
	for _, re := range markerFamilies {
		if loc := re.FindStringIndex(head); loc != nil && loc[0] == 0 {
			return true
		}
	}
	return strings.HasPrefix(head, "首先") || strings.HasPrefix(head, "其次") || strings.HasPrefix(head, "最后")
}

var hanDigit = map[rune]int{'零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// numberOf reads 1–99 in Arabic digits or Chinese numerals.
func numberOf(s string) int {
	n, cur, han := 0, 0, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r == '十':
			han = true
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
		default:
			han = true
			d, ok := hanDigit[r]
			if !ok {
				return 0
			}
			cur = d
		}
	}
	if han {
		return n + cur
	}
	return n
}
