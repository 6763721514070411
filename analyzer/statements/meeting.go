package statements

import (
	"regexp"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

var (
	// chairRe: X主持会议 / 会议由X主持 / X主持召开.
	chairRe = regexp.MustCompile(`主持`)
	// attendRe: X出席会议 / 列席 / 参加会议; 参加 only with a meeting object,
	// because 参加 alone is too common (参加工作).
	attendRe = regexp.MustCompile(`(出席|列席|参加(?:了)?(?:会议|大会|座谈会|全会|活动))`)
	// attendMeetingRe: the verb's object is explicitly a meeting.
	attendMeetingRe = regexp.MustCompile(`^(出席|列席|参加)(了)?(会议|大会)`)
	// listAfterRe: 出席会议的有X、Y — the names follow the verb.
	listAfterRe = regexp.MustCompile(`^(出席|列席|参加)(?:会议|大会|座谈会)?的(?:领导|同志|人员)?(?:还)?有`)
	// speechRe: X作重要讲话 / 发表讲话 / 作工作报告.
	speechRe = regexp.MustCompile(`(?:作|发表|做)(?:了)?[^，。；]{0,8}?(?:讲话|发言|报告|致辞)`)
)

// meetingFacts fills Meta.Meeting's chair, attendees and speakers. Chair
// and attendees come from the first body paragraphs and only when the
// document reports a meeting (meta found its name, or a sentence says
// 主持会议/出席会议); speakers are the people with statements or speeches.
func (s *Stage) meetingFacts(doc *analyzer.Document, ctx *context) {
	if doc.Meta == nil {
		doc.Meta = &analyzer.Meta{}
	}
	m := doc.Meta.Meeting
	if m == nil {
		m = &analyzer.Meeting{}
	}
	named := m.Name != ""
	m.Chair, m.Attendees, m.Speakers = nil, nil, nil

	body := 0
	for _, p := range doc.Paragraphs {
		if p.Boilerplate {
			continue
		}
		if body >= s.opts.MeetingParagraphs {
			break
		}
		body++
		for _, sp := range analyzer.SplitSentences(doc.Runes, p.Span) {
			s.sentenceFacts(doc, ctx, sp, m, named)
		}
	}
	for _, st := range doc.Statements {
		if st.Speaker != Meeting {
			m.Speakers = appendNew(m.Speakers, st.Speaker)
		}
	}
	if m.Name != "" || len(m.Chair) > 0 || len(m.Attendees) > 0 || len(m.Speakers) > 0 {
		doc.Meta.Meeting = m
	}
}

// sentenceFacts reads chair, attendees and speeches from one sentence.
func (s *Stage) sentenceFacts(doc *analyzer.Document, ctx *context, sp analyzer.Span, m *analyzer.Meeting, named bool) {
	text := doc.SpanText(sp)
	rs := []rune(text)
	ms := ctx.mentionsFrom(sp.Start, sp.End)
	if len(ms) == 0 {
		return
	}
	// Byte offsets from regexp → rune offsets in the document.
	at := func(b int) int { return sp.Start + len([]rune(text[:b])) }

	for _, loc := range chairRe.FindAllStringIndex(text, -1) {
		h := at(loc[0])
		obj := string(rs[min(h-sp.Start+2, len(rs)):min(h-sp.Start+4, len(rs))])
		if !named && obj != "会议" {
			continue
		}
		// 会议由X主持: the name right after 由.
		if who := nameBefore(ms, h, doc.Runes, 12); who != "" {
			m.Chair = appendNew(m.Chair, who)
		}
	}
	for _, loc := range attendRe.FindAllStringIndex(text, -1) {
		h := at(loc[0])
		rest := text[loc[0]:]
		if !named && !attendMeetingRe.MatchString(rest) {
			continue
		}
		if listAfterRe.MatchString(rest) {
			for _, x := range ms {
				if x.start > h {
					m.Attendees = appendNew(m.Attendees, x.name)
				}
			}
			continue
		}
		// Every name before the verb in this sentence, back to an earlier
		// verb of attendance.
		for _, x := range ms {
			if x.start < h {
				m.Attendees = appendNew(m.Attendees, x.name)
			}
		}
	}
	for _, loc := range speechRe.FindAllStringIndex(text, -1) {
		h := at(loc[0])
		if who := nameBefore(ms, h, doc.Runes, 12); who != "" {
			m.Speakers = appendNew(m.Speakers, who)
		}
	}
}

// nameBefore returns the person named closest before offset h (within
// maxGap characters and no clause break between), or after a 由 right
// before h (会议由阮金泉主持).
func nameBefore(ms []mention, h int, r []rune, maxGap int) string {
	for k := len(ms) - 1; k >= 0; k-- {
		x := ms[k]
		if x.end > h {
			continue
		}
		if h-x.end > maxGap {
			return ""
		}
		for i := x.end; i < h; i++ {
			if isClauseBreak(r[i]) {
				return ""
			}
		}
		return x.name
	}
	return ""
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		seen := false
		for _, y := range list {
			if x == y {
				seen = true
				break
			}
		}
		if !seen {
			list = append(list, x)
		}
	}
	return list
}
