package meta

import (
	"regexp"
	"strings"
)

// meetingWord ends a meeting's name. Longer words first so that the
// alternation prefers 常务会议 over 会议.
const meetingWord = `(?:常务会议|工作会议|全体会议|民主生活会|组织生活会|座谈会|推进会|分析会|调度会|茶话会|通报会|观摩会|汇报会|启动会|发布会|总结会|讲评会|述职会|碰头会|说明会|洽谈会|博览会|动员会|部署会|报告会|研讨会|联席会|现场会|见面会|恳谈会|办公会|协调会|交流会|培训会|推介会|表彰会|学习会|专题会|务虚会|会议|大会|全会|论坛|峰会|年会|例会)`

// nameUnit is one piece of a meeting's name: a character that ends no
// clause, a short quoted formula (“三严三实”专题教育工作部署会) or a short
// bracketed qualifier (省委常委会(扩大)会议).
const nameUnit = `(?:[^，。；：:、“”《》（）()\s]|“[^“”，。]{1,12}”|[（(][^（）()，。]{1,6}[）)])`

var (
	// 在X会议上 (subtitles of speeches: 2026年1月27日在…代表大会第四次会议上).
	meetingAtRe = regexp.MustCompile(`在(` + nameUnit + `{2,40}?` + meetingWord + `)上`)
	// X会议召开 / X会议在濮阳举行.
	meetingHeldRe = regexp.MustCompile(`(` + nameUnit + `{2,40}?` + meetingWord + `)(?:在[^，。；]{1,20})?(?:隆重|胜利)?(?:召开|举行|开幕|闭幕|举办)`)
	// 召开X会议 / 主持召开X会议.
	meetingCallRe = regexp.MustCompile(`(?:召开|举行|举办)(?:了)?(` + nameUnit + `{1,40}?` + meetingWord + `)`)
	// leadingTimeRe strips a time or dateline before the name.
	leadingTimeRe = regexp.MustCompile(`^(?:[\p{Han}]{2,10}网讯)?\s*(?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|今天|昨天|前天|日前|近日|当天|上午|下午|晚上|晚|今年)*`)
)

// MeetingName finds the name of the meeting a title or lead sentence
// reports (市委党的群团工作会议召开 → 市委党的群团工作会议), or "".
//
// Clauses are read in order and the first that names a meeting wins, so a
// lead's 主持召开省政府党组会议 beats the 在庆祝…大会上的重要讲话 it studies;
// within a clause a meeting held or called beats one spoken at.
func MeetingName(s string) string {
	for _, clause := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,。；;：:", r) }) {
		for _, re := range []*regexp.Regexp{meetingHeldRe, meetingCallRe, meetingAtRe} {
			loc := re.FindStringSubmatchIndex(clause)
			if loc == nil {
				continue
			}
			g := []string{clause[loc[0]:loc[1]], clause[loc[2]:loc[3]]}
			// The shortest name ending in a meeting word may stop one
			// character early (召开扩大会|议, 专题会|议): take the 议.
			if strings.HasSuffix(g[1], "会") && strings.HasPrefix(clause[loc[3]:], "议") {
				g[1] += "议"
			}
			n := strings.TrimSpace(leadingTimeRe.ReplaceAllString(g[1], ""))
			if re == meetingCallRe && strings.IndexAny(n, "(（第") == 0 {
				n = callerOf(clause, g[0]) + n // 市政府机关党组召开(扩大)会议 → 市政府机关党组(扩大)会议
			}
			if len([]rune(n)) >= 4 {
				return n
			}
		}
	}
	return ""
}

// callerOf returns the body that calls a meeting whose name is only a
// qualifier or a number (市政府召开第12次常务会议 → 市政府): the words of the
// clause before the call, without a leading time, when they name no
// chairing person (…主持召开).
func callerOf(clause, call string) string {
	i := strings.Index(clause, call)
	if i <= 0 {
		return ""
	}
	subj := strings.TrimSpace(leadingTimeRe.ReplaceAllString(clause[:i], ""))
	if n := len([]rune(subj)); n < 2 || n > 20 || strings.Contains(subj, "主持") {
		return ""
	}
	return subj
}
