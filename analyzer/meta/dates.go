package meta

import (
	"fmt"
	"strconv"
	"strings"
)

// isoDateTime turns a web page's publication stamp (2015-11-04 06:05:47,
// 2026年02月10日 07时41分, 2026-02-02 09:20) into ISO 8601, keeping only the
// precision the page gives. It returns "" when there is no date.
func isoDateTime(v string) string {
	g := dateTimeRe.FindStringSubmatch(v)
	if g == nil {
		return ""
	}
	y, mo, d := atoi(g[1]), atoi(g[2]), atoi(g[3])
	if !validDate(y, mo, d) {
		return ""
	}
	out := fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	if g[4] != "" {
		h, mi := atoi(g[4]), atoi(g[5])
		if h > 23 || mi > 59 {
			return out
		}
		out += fmt.Sprintf("T%02d:%02d", h, mi)
		if g[6] != "" {
			if sec := atoi(g[6]); sec <= 59 {
				out += fmt.Sprintf(":%02d", sec)
			}
		}
	}
	return out
}

// eventISO builds the ISO date of an event written as 11月2日 (year from the
// published date: an event in a later month than publication happened the
// year before, as with a 12月30日 meeting published in January) or as
// 2026年1月27日 / 二〇二六年一月二十七日.
func eventISO(year, month, day, published string) string {
	mo, d := cnNumber(month), cnNumber(day)
	var y int
	switch {
	case year != "":
		y = cnYear(year)
	case len(published) >= 7:
		y = atoi(published[:4])
		if pm := atoi(published[5:7]); mo > pm {
			y--
		}
	default:
		return ""
	}
	if !validDate(y, mo, d) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}

func validDate(y, mo, d int) bool {
	return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31
}

func atoi(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0
	}
	return n
}

var cnDigit = map[rune]int{'〇': 0, '零': 0, '○': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnYear reads a year written in Arabic digits or digit by digit in Chinese
// numerals (二〇二六).
func cnYear(s string) int {
	if n := atoi(s); n > 0 {
		return n
	}
	y := 0
	for _, r := range s {
		d, ok := cnDigit[r]
		if !ok {
			return 0
		}
		y = y*10 + d
	}
	return y
}

// cnNumber reads 1–99 written in Arabic digits or Chinese numerals
// (二十七, 十一, 十).
func cnNumber(s string) int {
	if n := atoi(s); n > 0 {
		return n
	}
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		d, ok := cnDigit[r]
		if !ok {
			return 0
		}
		cur = d
	}
	return n + cur
}
