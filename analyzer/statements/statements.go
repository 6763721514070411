// Package statements finds who said what in a news report (何雄指出，…;
// 他说，…; 王副市长要求，…; 会议强调，…) and fills in the meeting's facts:
// chair, attendees and speakers.
//
// A statement starts where a clause opens with a speaker followed by a
// say-verb. The speaker must be a person the people stage found (directly,
// as a pronoun, or by title) or the meeting itself (会议/全会): that is what
// keeps "中央、省委高度重视…" or "十九大报告指出…" from becoming statements.
// The statement runs to the next statement in the paragraph or to the
// paragraph's end, and on into following paragraphs that carry on an
// enumeration (第二，…) without a new speaker.
package statements

import (
	"sort"
	"strings"
	"unicode"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/brief"
)

// Options configures the statements stage.
type Options struct {
	// MeetingParagraphs is how many leading body paragraphs are searched for
	// the chair and attendees (default 6): attendance is reported up front,
	// and later "X出席" sentences usually concern other events.
	MeetingParagraphs int
}

// Stage is the statements pipeline stage.
type Stage struct {
	opts Options
	// verbs and mods are indexed by first character: the stage tries them
	// at every clause start, so a linear scan of the lists would dominate.
	verbs lexicon
	mods  lexicon
}

// New builds the stage from the embedded say-verb lexicon.
func New(o Options) (*Stage, error) {
	if o.MeetingParagraphs <= 0 {
		o.MeetingParagraphs = 6
	}
	return &Stage{opts: o, verbs: newLexicon(brief.SayVerbs()), mods: newLexicon(brief.Modifiers())}, nil
}

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "statements" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"people", "meta"} }

// Meeting is the speaker name used for statements made by the meeting itself.
const Meeting = "会议"

// trigger is the opening of one statement.
type trigger struct {
	start   int // first character of the speaker
	content int // first character of what was said
	speaker string
	verb    string
}

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	ctx := newContext(doc)
	doc.Statements = doc.Statements[:0]
	paras := doc.Paragraphs
	// Triggers of every paragraph first, so a statement knows whether the
	// next paragraph opens a new one.
	trig := make([][]trigger, len(paras))
	for i, p := range paras {
		if p.Boilerplate {
			continue
		}
		trig[i] = s.findTriggers(doc, p.Span, ctx)
	}
	for i, p := range paras {
		for k, t := range trig[i] {
			end := p.End
			switch {
			case quoteEnd(doc.Runes, t.content, p.End) > 0:
				end = quoteEnd(doc.Runes, t.content, p.End)
			case sentenceIndex(doc.Runes, p.Start, t.start) >= maxLeadSentences || p.Len() > maxNewsParagraph:
				end = sentenceEnd(doc.Runes, t.content, p.End)
			case k+1 < len(trig[i]):
				end = trig[i][k+1].start
			default:
				// Carry on through paragraphs that continue an enumeration.
				for j := i + 1; j < len(paras) && !paras[j].Boilerplate && len(trig[j]) == 0; j++ {
					if !startsWithMarker(doc.Runes[paras[j].Start:paras[j].End]) {
						break
					}
					end = paras[j].End
				}
			}
			if k+1 < len(trig[i]) && end > trig[i][k+1].start {
				end = trig[i][k+1].start
			}
			end = labelStop(doc.Runes, t.content, end)
			text := cleanText(doc.Slice(t.content, end))
			if text == "" {
				continue
			}
			doc.Statements = append(doc.Statements, analyzer.Statement{
				Speaker: t.speaker,
				Verb:    t.verb,
				Text:    text,
				Points:  Points(text),
				Span:    analyzer.Span{Start: t.start, End: end},
			})
		}
	}
	s.meetingFacts(doc, ctx)
	return nil
}

// maxLeadSentences: a statement opened within the first sentences of its
// paragraph (何雄强调，…; …。他指出，…) runs to the paragraph's end, the
// layout of news reports. One opened deeper inside a long paragraph is a
// citation inside the author's own text (a proposal quoting a leader), so
// it keeps to its own sentence.
const maxLeadSentences = 3

// maxNewsParagraph: a paragraph longer than this (characters) is a whole
// document on one line — a proposal, a report without line breaks — where
// "the rest of the paragraph" is no longer the speaker's; there, too, a
// statement keeps to its sentence. News paragraphs, even a leader's long
// list of points, stay well below it (the sample's longest is ~1,100).
const maxNewsParagraph = 1500

// labelStop ends a statement before a sentence that opens with a section
// label (问题分析：, 具体建议：): the author's own text resumes there.
// Enumeration markers (第一：) are points, not labels.
func labelStop(r []rune, from, end int) int {
	for i := from + 1; i < end; i++ {
		if !strings.ContainsRune("。！？!?", r[i-1]) {
			continue
		}
		j := i
		for j < end && unicode.IsSpace(r[j]) {
			j++
		}
		k := j
		for k < end && k-j <= 6 && isHan(r[k]) {
			k++
		}
		if k-j >= 2 && k-j <= 6 && k < end && (r[k] == '：' || r[k] == ':') && !startsWithMarker(r[j:k+1]) {
			return i
		}
	}
	return end
}

// quoteEnd returns the end of a statement that is one quotation (：“…。”),
// just past the closing mark and a following full stop, or 0.
func quoteEnd(r []rune, i, end int) int {
	if i >= end || (r[i] != '“' && r[i] != '「') {
		return 0
	}
	closer := '”'
	if r[i] == '「' {
		closer = '」'
	}
	for j := i + 1; j < end; j++ {
		if r[j] == closer {
			// A quoted term (“三性”抓住了…) is not a quoted statement: the
			// quote must close a sentence, inside or right after the mark.
			inside := isTerminal(r[j-1])
			j++
			if j < end && isTerminal(r[j]) {
				return j + 1
			}
			if inside || j == end {
				return j
			}
			return 0
		}
	}
	return 0
}

// sentenceIndex counts the sentences of the paragraph before offset at.
func sentenceIndex(r []rune, start, at int) int {
	n := 0
	for i := start; i < at; i++ {
		if strings.ContainsRune("。！？!?", r[i]) {
			n++
		}
	}
	return n
}

// sentenceEnd returns the end of the sentence holding offset i, with any
// closing quotes, skipping full stops inside quotation marks.
func sentenceEnd(r []rune, i, end int) int {
	depth := 0
	for j := i; j < end; j++ {
		switch r[j] {
		case '“', '「':
			depth++
		case '”', '」':
			if depth > 0 {
				depth--
			}
		case '。', '！', '？', '!', '?':
			if depth == 0 {
				j++
				for j < end && strings.ContainsRune("”’」）)", r[j]) {
					j++
				}
				return j
			}
		}
	}
	return end
}

// findTriggers returns the statement openings in one paragraph, in order.
func (s *Stage) findTriggers(doc *analyzer.Document, p analyzer.Span, ctx *context) []trigger {
	r := doc.Runes
	var out []trigger
	for c := p.Start; c < p.End; c++ {
		if c > p.Start && !isClauseBreak(r[c-1]) {
			continue
		}
		for c < p.End && unicode.IsSpace(r[c]) {
			c++
		}
		if t, ok := s.triggerAt(doc, c, p.End, ctx); ok {
			out = append(out, t)
			ctx.lastSpeaker = t.speaker
			c = t.content - 1
		}
	}
	return out
}

// triggerAt tries the speaker forms at clause start c: the meeting, a
// pronoun, a person's name (after a short title prefix), a title reference.
func (s *Stage) triggerAt(doc *analyzer.Document, c, end int, ctx *context) (trigger, bool) {
	r := doc.Runes
	// The meeting itself.
	for _, w := range []string{"会议", "全会"} {
		if hasPrefix(r, c, end, w) {
			if v, verb, ok := s.verbAfter(r, c+len([]rune(w)), end); ok {
				return trigger{start: c, content: v, speaker: Meeting, verb: verb}, true
			}
		}
	}
	// 他/她, resolved to the last speaker or person in context.
	if c < end && (r[c] == '他' || r[c] == '她') && !(c+1 < end && (r[c+1] == '们' || r[c+1] == '人')) {
		if v, verb, ok := s.verbAfter(r, c+1, end); ok {
			if who := ctx.resolvePronoun(c); who != "" {
				return trigger{start: c, content: v, speaker: who, verb: verb}, true
			}
		}
	}
	// A person's name, perhaps after a title (市委书记何雄指出).
	for _, m := range ctx.mentionsFrom(c, c+maxTitlePrefix) {
		if m.start > c && !titlePrefix(r[c:m.start]) {
			continue
		}
		after := skipTitleSuffix(r, m.end, end, ctx.titles[m.name])
		var buf [8]int
		for _, a := range appendAdverbialEnds(buf[:0], r, after, end) {
			if v, verb, ok := s.verbAfter(r, a, end); ok {
				return trigger{start: c, content: v, speaker: m.name, verb: verb}, true
			}
		}
		break // only the first name in the clause can be its subject
	}
	// A title reference (王副市长要求, 市长指出, 习总书记指出).
	for k := 2; k <= maxTitleRef && c+k < end; k++ {
		if !isHan(r[c+k-1]) {
			break
		}
		var buf [8]int
		for _, a := range appendAdverbialEnds(buf[:0], r, c+k, end) {
			v, verb, ok := s.verbAfter(r, a, end)
			if !ok {
				continue
			}
			if who := ctx.resolveTitle(string(r[c:c+k]), c); who != "" {
				return trigger{start: c, content: v, speaker: who, verb: verb}, true
			}
		}
	}
	return trigger{}, false
}

const (
	maxTitlePrefix = 24 // 原中央政法委秘书长、现全国政协副主席 before a name
	maxTitleRef    = 8  // 省委副书记 as a reference by title
	maxAdverbial   = 40 // 在出席…授牌仪式时
)

// verbAfter matches optional modifiers then a say-verb at i and returns
// where the statement's content starts and the verb as written (with its
// modifiers: 最后强调, 高度赞扬).
func (s *Stage) verbAfter(r []rune, i, end int) (int, string, bool) {
	start := i
	for n := 0; n < 4 && i < end; n++ {
		matched := false
		for _, m := range s.mods[r[i]] {
			if hasRunes(r, i, end, m) {
				i += len(m)
				matched = true
				break
			}
		}
		if !matched {
			break
		}
	}
	if i >= end {
		return 0, "", false
	}
	for _, vr := range s.verbs[r[i]] {
		if !hasRunes(r, i, end, vr) {
			continue
		}
		e := i + len(vr)
		if e >= end || rejectAfter(string(vr), r[e]) {
			continue
		}
		verb := string(r[start:e])
		for _, a := range adverbials {
			verb = strings.Replace(verb, a, "", 1)
		}
		for e < end && (strings.ContainsRune("，,：:", r[e]) || unicode.IsSpace(r[e])) {
			e++
		}
		if e >= end || isTerminal(r[e]) {
			return 0, "", false
		}
		return e, verb, true
	}
	return 0, "", false
}

// lexicon maps a first character to the words starting with it, longest
// first (the order of the embedded lists).
type lexicon map[rune][][]rune

func newLexicon(words []string) lexicon {
	l := lexicon{}
	for _, w := range words {
		r := []rune(w)
		if len(r) > 0 {
			l[r[0]] = append(l[r[0]], r)
		}
	}
	return l
}

func hasRunes(r []rune, i, end int, w []rune) bool {
	if end-i < len(w) {
		return false
	}
	for k, x := range w {
		if r[i+k] != x {
			return false
		}
	}
	return true
}

// adverbials are modifiers that say where, not how; they are left out of
// the verb as reported (在讲话中指出 → 指出, 最后强调 stays).
var adverbials = []string{"在讲话中", "在会上", "在发言中", "在致辞中", "会上", "讲话时"}

// rejectAfter filters say-verbs that are really part of a longer word or a
// noun phrase (指出的问题, 说服, 称号, 肯定会).
func rejectAfter(verb string, next rune) bool {
	if strings.ContainsRune("的得地者们", next) {
		return true
	}
	switch verb {
	case "说":
		return strings.ContainsRune("明服法话完过", next)
	case "称":
		return strings.ContainsRune("号为之赞作呼", next)
	case "肯定":
		return strings.ContainsRune("会是能要", next)
	case "要求":
		return strings.ContainsRune("高严", next)
	}
	return false
}

// titlePrefix accepts the stretch before a name when it reads like a title
// list (市委常委、市纪委书记): no sentence punctuation, no say-verb inside.
func titlePrefix(r []rune) bool {
	for _, x := range r {
		if x != '、' && !isHan(x) && !unicode.IsLetter(x) && !unicode.IsDigit(x) {
			return false
		}
	}
	return true
}

// titleSuffixes may follow a name before the verb (习近平总书记强调).
var titleSuffixes = []string{"总书记", "同志", "书记", "主席", "总理", "委员长", "省长", "市长", "县长", "区长", "部长", "主任", "局长", "院长", "校长", "先生", "女士", "教授"}

func skipTitleSuffix(r []rune, i, end int, own []string) int {
	for _, t := range own {
		if hasPrefix(r, i, end, t) {
			return i + len([]rune(t))
		}
	}
	for _, t := range titleSuffixes {
		if hasPrefix(r, i, end, t) {
			return i + len([]rune(t))
		}
	}
	return i
}

// appendAdverbialEnds appends where the verb may start after the speaker: right
// away, or after an adverbial "在…上/时/中" (在全国民营企业座谈会上, 在出席…
// 授牌仪式时), trying each possible closer because 中 and 上 also occur
// inside the adverbial (南京中医药大学).
//
// It appends to out, which callers give a stack buffer: the function runs
// at every clause start and a fresh slice each time was most of its cost.
func appendAdverbialEnds(out []int, r []rune, i, end int) []int {
	out = append(out, i)
	if i >= end || r[i] != '在' {
		return out
	}
	for j := i + 2; j < end && j <= i+maxAdverbial; j++ {
		if isClauseBreak(r[j]) {
			break
		}
		if strings.ContainsRune("上时中", r[j]) {
			out = append(out, j+1)
		}
	}
	return out
}

// cleanText trims white space and a trailing reporter credit "(记者 …".
func cleanText(s string) string {
	s = strings.TrimSpace(s)
	for _, open := range []string{"(记者", "（记者", "(本报记者", "（本报记者", "(通讯员", "（通讯员"} {
		if k := strings.LastIndex(s, open); k >= 0 && len(s)-k < 80 {
			s = strings.TrimSpace(s[:k])
		}
	}
	return s
}

// isClauseBreak: 。！？!?；;，,：: and newline (a switch: it runs at every
// character).
func isClauseBreak(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '，', ',', '：', ':', '\n':
		return true
	}
	return false
}

// isTerminal: 。！？!?；;
func isTerminal(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';':
		return true
	}
	return false
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func hasPrefix(r []rune, i, end int, w string) bool {
	for _, x := range w {
		if i >= end || r[i] != x {
			return false
		}
		i++
	}
	return true
}

// sortedNames returns the distinct person names, longest first.
func sortedNames(people []analyzer.Person) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range people {
		if len([]rune(p.Name)) >= 2 && !seen[p.Name] {
			seen[p.Name] = true
			out = append(out, p.Name)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len([]rune(out[i])) > len([]rune(out[j])) })
	return out
}
