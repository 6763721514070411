package statements

import (
	"regexp"
	"slices"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

var (
	// chairRe: X主持会议 / 会议由X主持 / X主持召开.
	chairRe = regexp.MustCompile(`主持`)
	// attendRe: X出席会议 / 列席 / 参加会议; 参加 only with a meeting object,
	// because 参加 alone is too common (参加工作).
	attendRe = regexp.MustCompile(`(出席|列席|参加(?:了)?(?:会议|大会|座谈会|全会|活动))`)
	// meetingObjectRe: what follows 主持/出席 when the object is the
	// meeting reported (主持会议, 出席会议并讲话, 出席。), not another event
	// (出席第十五届全国运动会开幕式).
	meetingObjectRe = regexp.MustCompile(`^(?:了)?(?:会议|大会|全会|座谈会|本次会议|此次会议|今天的会议|昨天的会议|[。，,；;并])`)
	// listAfterRe: 出席会议的有X、Y — the names follow the verb.
	listAfterRe = regexp.MustCompile(`^(出席|列席|参加)(?:会议|大会|座谈会)?的(?:领导|同志|人员)?(?:还)?有`)
	// otherPredicate marks a clause that is not part of an attendee list.
	otherPredicate = regexp.MustCompile(`主持|召开|举行|讲话|指出|强调|会见|出席|参加|列席`)
	// speechRe: X作重要讲话 / 发表讲话 / 作工作报告.
	speechRe = regexp.MustCompile(`(?:作|发表|做)(?:了)?[^，。；]{0,8}?(?:讲话|发言|报告|致辞)`)
)

// meetingFacts fills Meta.Meeting's chair, attendees and speakers. Chair
// and attendees come from the first body paragraphs, and only where the
// verb's object is the reported meeting (主持会议, 出席会议并讲话, 主持召开
// <its name>), not another event (出席…开幕式); speakers are the people
// with statements or speeches.
func (s *Stage) meetingFacts(doc *analyzer.Document, ctx *context) {
	if doc.Meta == nil {
		doc.Meta = &analyzer.Meta{}
	}
	m := doc.Meta.Meeting
	if m == nil {
		m = &analyzer.Meeting{}
	}
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
			s.sentenceFacts(doc, ctx, sp, m)
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
func (s *Stage) sentenceFacts(doc *analyzer.Document, ctx *context, sp analyzer.Span, m *analyzer.Meeting) {
	text := doc.SpanText(sp)
	ms := ctx.mentionsFrom(sp.Start, sp.End)
	if len(ms) == 0 {
		return
	}
	// Byte offsets from regexp → rune offsets in the document.
	at := func(b int) int { return sp.Start + len([]rune(text[:b])) }

	for _, loc := range chairRe.FindAllStringIndex(text, -1) {
		h := at(loc[0])
		if !meetingObject(text[loc[1]:], m.Name) {
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
		if !meetingObject(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "出席"), "列席"), "参加"), m.Name) && !listAfterRe.MatchString(rest) {
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
		// The names before the verb, clause by clause back through the
		// list (市领导A、B，学院党委书记C，…出席会议), stopping at a clause
		// that says something else (会议由王凯主持，李明出席).
		from, end := sp.Start, h
		for i := h - 1; i >= sp.Start; i-- {
			if !strings.ContainsRune("，,；;", doc.Runes[i]) {
				continue
			}
			if end < h && otherPredicate.MatchString(doc.Slice(i+1, end)) {
				from = end + 1
				break
			}
			end = i
		}
		if end < h && from == sp.Start && otherPredicate.MatchString(doc.Slice(sp.Start, end)) {
			from = end + 1
		}
		for _, x := range ms {
			if x.start >= from && x.start < h {
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

// meetingObject reports whether the words after 主持/出席 name the meeting
// the document reports: a generic meeting word, the end of the clause, or
// (主持召开…) the meeting's own name.
func meetingObject(rest, name string) bool {
	if rest == "" || meetingObjectRe.MatchString(rest) {
		return true
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(rest, "召开"), "了")
	return name != "" && strings.HasPrefix(rest, name)
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
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}
