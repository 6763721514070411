package meta

import (
	"regexp"
	"strings"
)

// meetingWord ends a meeting's name. Longer words first so that the
// alternation prefers 常务会议 over 会议.
const meetingWord = `(?:常务会议|工作会议|全体会议|座谈会|推进会|分析会|调度会|茶话会|通报会|观摩会|汇报会|启动会|发布会|总结会|讲评会|述职会|碰头会|说明会|洽谈会|博览会|动员会|部署会|报告会|研讨会|联席会|现场会|见面会|恳谈会|办公会|协调会|交流会|培训会|推介会|表彰会|会议|大会|全会|论坛|峰会|年会|例会)`

var (
	// 在X会议上 (subtitles of speeches: 2026年1月27日在…代表大会第四次会议上).
	meetingAtRe = regexp.MustCompile(`在([^，。；：:、“”《》（）()\s]{2,40}?` + meetingWord + `)上`)
	// X会议召开 / X会议在濮阳举行.
	meetingHeldRe = regexp.MustCompile(`([^，。；：:“”《》（）()\s]{2,40}?` + meetingWord + `)(?:在[^，。；]{1,20})?(?:隆重|胜利)?(?:召开|举行|开幕|闭幕|举办)`)
	// 召开X会议 / 主持召开X会议.
	meetingCallRe = regexp.MustCompile(`(?:召开|举行|举办)(?:了)?([^，。；：:“”《》（）()\s]{2,40}?` + meetingWord + `)`)
	// leadingTimeRe strips a time or dateline before the name.
	leadingTimeRe = regexp.MustCompile(`^(?:[\p{Han}]{2,10}网讯)?\s*(?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日|今天|昨天|前天|日前|近日|当天|上午|下午|晚上|晚|今年)*`)
)

// MeetingName finds the name of the meeting a title or lead sentence
// reports (市委党的群团工作会议召开 → 市委党的群团工作会议), or "".
func MeetingName(s string) string {
	for _, re := range []*regexp.Regexp{meetingAtRe, meetingHeldRe, meetingCallRe} {
		for _, clause := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("，,。；;：:", r) }) {
			g := re.FindStringSubmatch(clause)
			if g == nil {
				continue
			}
			n := strings.TrimSpace(leadingTimeRe.ReplaceAllString(g[1], ""))
			if len([]rune(n)) >= 4 {
				return n
			}
		}
	}
	return ""
}
