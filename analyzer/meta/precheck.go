package meta

import "strings"

// Cheap exact pre-checks for classify. classify runs on up to MaxHeader
// paragraphs, and a report without line breaks is one paragraph of tens of
// thousands of characters: running every regular expression over it was a
// tenth of `wenxi analyze`'s time. Each function below answers exactly what
// its regular expression would (a test checks that on many lines), but scans
// for literals or stops at the first character that rules the line out.

// labels are the alternatives of labelRe, which must stay in step.
var labels = []string{"作者", "记者", "通讯员", "撰稿", "文章来源", "稿件来源", "新闻来源", "信息来源", "来源",
	"发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "责任编辑", "编辑", "责编", "字体", "字号",
	"点击数", "点击", "浏览次数", "阅读数", "阅读"}

// bannerWords are the alternatives of bannerRe.
var bannerWords = []string{"门户网站", "官方网站", "新闻网站", "重点新闻网", "版权所有", "主办单位", "ICP备"}

// breadcrumbHeads are the alternatives breadcrumbRe requires at the start.
var breadcrumbHeads = []string{"首页", "主页", "网站首页", "当前位置", "您的位置", "你的位置", "当前的位置"}

// salutationHeads are the alternatives salutationRe requires at the start.
var salutationHeads = []string{"各位代表", "各位委员", "同志们", "各位同志", "女士们、先生们", "女士们", "朋友们"}

// isREspace is RE2's \s: ASCII white space only.
func isREspace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// twoLabels reports whether labelRe has at least two matches in t. Every
// match ends at its colon and a label contains neither a colon nor \s, so
// the matches are exactly the colons preceded (after \s*) by a label; they
// never overlap.
func twoLabels(t string) bool {
	found := 0
	for i := 0; i < len(t); {
		j := strings.IndexAny(t[i:], ":：")
		if j < 0 {
			return false
		}
		c := i + j
		if labelBefore(t[:c]) {
			found++
			if found == 2 {
				return true
			}
		}
		if t[c] == ':' {
			i = c + 1
		} else {
			i = c + len("：")
		}
	}
	return false
}

// labelBefore reports whether s ends with a label followed by \s*.
func labelBefore(s string) bool {
	k := len(s)
	for k > 0 && isREspace(s[k-1]) {
		k--
	}
	s = s[:k]
	for _, l := range labels {
		if strings.HasSuffix(s, l) {
			return true
		}
	}
	return false
}

// isBanner is bannerRe.MatchString.
func isBanner(t string) bool {
	for _, w := range bannerWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// isBreadcrumb is breadcrumbRe.MatchString, run only when a head matches.
func isBreadcrumb(t string) bool {
	return hasAnyPrefix(t, breadcrumbHeads) && breadcrumbRe.MatchString(t)
}

// isSalutation is salutationRe.MatchString, run only when a head matches.
func isSalutation(t string) bool {
	return hasAnyPrefix(t, salutationHeads) && salutationRe.MatchString(t)
}

// isFieldLine is fieldLineRe.MatchString, by hand: an optional opening
// bracket, \s*, a field label, \s*, a colon. (The regular expression
// cleared memory in proportion to the whole line before failing at its
// first characters.)
func isFieldLine(t string) bool {
	for _, b := range []string{"【", "（", "(", "["} {
		if strings.HasPrefix(t, b) {
			t = t[len(b):]
			break
		}
	}
	t = strings.TrimLeft(t, " \t\n\f\r")
	for _, l := range fieldLabels {
		if rest, ok := strings.CutPrefix(t, l); ok {
			rest = strings.TrimLeft(rest, " \t\n\f\r")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				return true
			}
		}
	}
	return false
}

// fieldLabels are the label alternatives of fieldLineRe.
var fieldLabels = []string{"作者", "记者", "通讯员", "撰稿", "文章来源", "稿件来源", "新闻来源", "信息来源", "来源",
	"发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期", "责任编辑", "编辑", "责编", "字体", "字号"}

// isHash is hashRe.MatchString: at least 16 hex digits from the start.
func isHash(t string) bool {
	return len(t) >= 16 && (t[0] >= '0' && t[0] <= '9' || t[0] >= 'a' && t[0] <= 'f') && hashRe.MatchString(t)
}

// isBareDate is bareDateRe.MatchString: the line starts with a digit.
func isBareDate(t string) bool {
	return t != "" && t[0] >= '0' && t[0] <= '9' && bareDateRe.MatchString(t)
}

func hasAnyPrefix(t string, heads []string) bool {
	for _, h := range heads {
		if strings.HasPrefix(t, h) {
			return true
		}
	}
	return false
}
