package people

import (
	"slices"
	"sort"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// maxReach bounds how far the role reader looks along a sentence.
const maxReach = 300

// Role bits found in context.
const (
	bitSpeaker = 1 << iota
	bitChair
	bitAttendee
)

// rolesAfter reads the predicate that starts at pos (after a name and any
// list that follows it) and returns the roles it gives its subject:
// 主持 → chair, 出席/参加 → attendee, 指出/强调/说 → speaker, and a speech
// anywhere in the sentence (出席会议并作重要讲话) → speaker.
func (f *finder) rolesAfter(pos, limit int, subjectAt func(int) bool) int {
	r, lx := f.r, f.lx
	// The sentence end, at most maxReach characters on: a role verb farther
	// away is no cue, and an unpunctuated text must not make this quadratic.
	se := pos
	for se < limit && se < pos+maxReach && !isSentenceBreak(r[se]) {
		se++
	}
	v := pos
	for k := 0; k < 4 && v < se; k++ {
		a := lx.adverbsFw.longestAt(r, v, se)
		if a == 0 {
			a = f.dateAt(v, se)
		}
		if a == 0 {
			break
		}
		v += a
	}
	bits := 0
	if lx.chair.prefixAt(r, v, se) {
		bits |= bitChair
	}
	if lx.attend.prefixAt(r, v, se) {
		bits |= bitAttendee
	}
	if lx.say.prefixAt(r, v, se) {
		bits |= bitSpeaker
	}
	// The predicate's clauses up to a new subject: a speech there makes a
	// speaker (出席会议并作重要讲话), one after a new subject belongs to
	// someone else (李华主持，张强出席并讲话).
	ce := v
	for ce < se {
		if r[ce] == '，' || r[ce] == ',' {
			// The sentence goes on with the same subject unless the next
			// clause names someone (…，向大会作政府工作报告 vs …，市委书记
			// 张强出席并讲话).
			if subjectAt == nil || subjectAt(ce+1) {
				break
			}
		}
		ce++
	}
	for i := pos; i < ce; i++ {
		if lx.speech.prefixAt(r, i, ce) {
			bits |= bitSpeaker
			break
		}
	}
	// 李华就做好下一步工作提出要求: after a topic marker the say-verb comes
	// at the end of the clause.
	if bits&bitSpeaker == 0 && v < ce && lx.topic.prefixAt(r, v, ce) {
		for i := v + 1; i < ce; i++ {
			if l := lx.say.longestAt(r, i, ce); l >= 2 {
				bits |= bitSpeaker
				break
			}
		}
	}
	// 王芳、刘伟，以及各县主要负责同志参加会议: the list goes on with people
	// who are not named, then the verb.
	if bits == 0 && v+1 < se && (r[v] == '，' || r[v] == ',') && lx.alsoPeople.prefixAt(r, v+1, se) {
		for i := v + 1; i < se; i++ {
			if lx.attend.prefixAt(r, i, se) {
				bits |= bitAttendee
				break
			}
			if lx.chair.prefixAt(r, i, se) || r[i] == '，' {
				break
			}
		}
	}
	return bits
}

// occurrence is one mention of a final name.
type occurrence struct {
	analyzer.Span
	name   string
	titles []titleSpan
	weak   []string // titles inherited from a list heading
	post   string   // a title right after the name (习近平总书记, 杨启南书记)
	roles  []string
	para   analyzer.Span
}

// attendsLater reports a mention in a roll of those present whose verb
// comes after other, unnamed items (县政协主席潘建波,县委常委,县直有关部门
// 负责同志参加; 周义军等全体在家县领导参加): an attend verb later in the
// sentence with no say or chair verb before it.
func (f *finder) attendsLater(o *occurrence) bool {
	r, lx := f.r, f.lx
	for i := o.End; i < o.para.End && i < o.End+maxReach; i++ {
		if isSentenceBreak(r[i]) {
			return false
		}
		if lx.say.prefixAt(r, i, o.para.End) || lx.chair.prefixAt(r, i, o.para.End) || lx.speech.prefixAt(r, i, o.para.End) {
			return false
		}
		if lx.attend.prefixAt(r, i, o.para.End) {
			return true
		}
	}
	return false
}

// relayed reports a mention that is the object of a relay verb (传达学习
// 习近平总书记在…的重要讲话): their speech is studied, they do not speak in
// this article, unless a say-verb follows the name (习近平总书记强调).
func (f *finder) relayed(o *occurrence) bool {
	r, lx := f.r, f.lx
	s := o.Start
	if len(o.titles) > 0 {
		s = o.titles[0].start
	}
	if lx.relay.longest(r, o.para.Start, s) == 0 {
		return false
	}
	e := o.End + len([]rune(o.post))
	if e+1 < o.para.End && r[e] == '同' && r[e+1] == '志' {
		e += 2
	}
	return !lx.say.prefixAt(r, e, o.para.End)
}

// postTitle returns the title written right after a name ending at end
// (习近平总书记, 李克强总理, 杨启南书记), or "". A title word that begins
// a place or body (主席台, 主席团) is not one.
func (f *finder) postTitle(end, limit int) string {
	l := f.lx.post.longestAt(f.r, end, limit)
	if l == 0 || end+l < limit && (f.r[end+l] == '台' || f.r[end+l] == '团') {
		return ""
	}
	return string(f.r[end : end+l])
}

// resolve turns the candidates into people: every mention of every name,
// with titles and roles from its context.
func (f *finder) resolve(block *wordSet) []analyzer.Person {
	names := f.finalNames(block)
	// Bare surnames the model tagged count only where no full name starts
	// with them (never 阮 beside 阮金泉).
	for _, sg := range f.single {
		first := []rune(sg.name)[0]
		clash := false
		for _, n := range names {
			if []rune(n)[0] == first {
				clash = true
				break
			}
		}
		if !clash {
			f.space = append(f.space, sg)
		}
	}
	sort.Slice(f.space, func(i, j int) bool { return f.space[i].span.Start < f.space[j].span.Start })
	if len(names) == 0 && len(f.space) == 0 {
		return nil
	}
	set := newWordSet(names)
	var occs []*occurrence
	for _, p := range f.paras {
		si := 0
		for i := p.Start; i < p.End; i++ {
			for si < len(f.space) && f.space[si].span.Start < i {
				si++
			}
			if si < len(f.space) && f.space[si].span.Start == i && f.space[si].span.End <= p.End {
				sp := f.space[si]
				occs = append(occs, &occurrence{Span: sp.span, name: sp.name, para: p})
				i = sp.span.End - 1
				continue
			}
			if l := set.longestAt(f.r, i, p.End); l > 0 {
				occs = append(occs, &occurrence{Span: analyzer.Span{Start: i, End: i + l}, name: string(f.r[i : i+l]), para: p})
				i += l - 1
			}
		}
	}
	// Titles first: the role reader skips over other people's titles.
	byStart := map[int]*occurrence{}
	byEnd := map[int]*occurrence{}
	titleAt := map[int]int{} // title start → name start
	for _, o := range occs {
		byStart[o.Start] = o
		byEnd[o.End] = o
		o.titles = f.leftTitles(o.Start, o.para.Start)
		if len(o.titles) > 0 {
			titleAt[o.titles[0].start] = o.Start
		}
		o.post = f.postTitle(o.End, o.para.End)
	}
	// A title never runs over another person's name (编辑:李燕责编:李玥 →
	// 责编 for 李玥, not 李燕责编).
	for _, o := range occs {
		for i := range o.titles {
			t := &o.titles[i]
			for k := t.end - 1; k > t.start; k-- {
				if byEnd[k] != nil {
					t.start = k
					break
				}
			}
		}
	}
	// Where each name's predicate starts, after the rest of its list;
	// walked from the last name back so a long list is walked once.
	pred := make(map[int]int, len(occs))
	roleMemo := map[int]int{}
	for i := len(occs) - 1; i >= 0; i-- {
		o := occs[i]
		pred[o.Start] = f.skipList(o.End, o.para.End, byStart, titleAt, pred)
	}
	for _, o := range occs {
		// A list heading (市领导 …、…) titles every untitled item: the
		// previous item passes on its own titles or what it inherited
		// (occurrences are in text order, so one step back suffices).
		if len(o.titles) == 0 && o.Start-1 > o.para.Start && (f.r[o.Start-1] == '、' || isSpace(f.r[o.Start-1])) {
			prev := byEnd[o.Start-1]
			if prev == nil && o.Start-3 > o.para.Start && f.r[o.Start-3] == '同' && f.r[o.Start-2] == '志' {
				prev = byEnd[o.Start-3] // 张建国同志、李明华
			}
			if prev != nil {
				if len(prev.titles) > 0 {
					for _, t := range prev.titles {
						o.weak = append(o.weak, string(f.r[t.start:t.end]))
					}
				} else {
					o.weak = prev.weak
				}
			}
		}
		if a := f.ann[o.Start]; a != nil {
			o.roles = append(o.roles, a.roles...)
		}
		subjectAt := func(i int) bool {
			_, titled := titleAt[i]
			return byStart[i] != nil || titled
		}
		// The items of a list share one predicate: read it once.
		bits, ok := roleMemo[pred[o.Start]]
		if !ok {
			bits = f.rolesAfter(pred[o.Start], o.para.End, subjectAt)
			roleMemo[pred[o.Start]] = bits
		}
		bits |= f.rolesBefore(o, byStart, titleAt, pred)
		// 刘振东：总体向好… — an interview answer opens with the speaker.
		if lineStart := o.Start == o.para.Start || len(o.titles) > 0 && o.titles[0].start == o.para.Start; lineStart &&
			o.End < o.para.End && (f.r[o.End] == '：' || f.r[o.End] == ':') {
			bits |= bitSpeaker
		}
		if bits == 0 && len(o.roles) == 0 && f.attendsLater(o) {
			bits = bitAttendee
		}
		if bits&bitSpeaker != 0 && f.relayed(o) {
			bits &^= bitSpeaker
		}
		if bits&bitSpeaker != 0 {
			o.roles = appendUnique(o.roles, analyzer.RoleSpeaker)
		}
		if bits&bitChair != 0 {
			o.roles = appendUnique(o.roles, analyzer.RoleChair)
		}
		if bits&bitAttendee != 0 {
			o.roles = appendUnique(o.roles, analyzer.RoleAttendee)
		}
	}
	f.pronounSpeakers(occs, byStart, titleAt)
	return f.people(occs)
}

// pronounSpeakers gives the speaker role to the subject of a sentence when
// the next sentence opens with 他/她 and a say-verb (何雄高度赞扬…。他指出，…).
// Only that simple case: the previous sentence must start with the person
// (after a title) and name no one else, so the pronoun has one plain
// antecedent.
func (f *finder) pronounSpeakers(occs []*occurrence, byStart map[int]*occurrence, titleAt map[int]int) {
	r, lx := f.r, f.lx
	for _, p := range f.paras {
		prevStart := -1 // start of the previous sentence in this paragraph
		start := p.Start
		for i := p.Start; i <= p.End; i++ {
			if i < p.End && !isSentenceBreak(r[i]) {
				continue
			}
			if start < i && prevStart >= 0 && (r[start] == '他' || r[start] == '她') {
				v := start + 1
				for k := 0; k < 3 && v < i; k++ {
					a := lx.adverbsFw.longestAt(r, v, i)
					if a == 0 {
						break
					}
					v += a
				}
				if lx.say.longestAt(r, v, i) >= 2 {
					subj := prevStart
					if s, ok := titleAt[subj]; ok {
						subj = s
					}
					if o := byStart[subj]; o != nil && f.onePerson(occs, prevStart, start) {
						o.roles = appendUnique(o.roles, analyzer.RoleSpeaker)
					}
				}
			}
			if start < i {
				prevStart = start
			}
			start = i + 1
		}
	}
}

// skipList moves from the end of a name over the rest of a list of people
// (、郑大文, ，市委组织部部长刘汉征, 等同志) to where the predicate starts.
func (f *finder) skipList(pos, limit int, byStart map[int]*occurrence, titleAt map[int]int, memo map[int]int) int {
	r := f.r
	for n := 0; n < 200 && pos < limit; n++ {
		if o := byStart[pos]; o != nil {
			// The rest of the list was walked already from this name.
			if p, ok := memo[o.Start]; ok {
				return p
			}
			pos = o.End
			continue
		}
		if s, ok := titleAt[pos]; ok && s > pos {
			pos = s
			continue
		}
		if l := f.lx.post.longestAt(r, pos, limit); l > 0 {
			pos += l
			continue
		}
		if l := f.skipTail(pos, limit); l > pos {
			pos = l
			continue
		}
		c := r[pos]
		if c == '、' || c == '，' || c == ',' || c == '和' || c == '及' || c == '与' || isSpace(c) {
			nx := pos + 1
			for nx < limit && isSpace(r[nx]) {
				nx++
			}
			if byStart[nx] != nil {
				pos = nx
				continue
			}
			if _, ok := titleAt[nx]; ok {
				pos = nx
				continue
			}
		}
		break
	}
	return pos
}

// finalNames filters the candidates: user blocks, references (王副市长) and
// model names that merely extend a cue's name (何雄出).
func (f *finder) finalNames(block *wordSet) []string {
	var out []string
	stats := f.modelNameStats()
	for name, c := range f.cands {
		rs := []rune(name)
		if block != nil && block.has(rs) {
			continue
		}
		// With a model, only the strongest cues (a title, a byline, a
		// headed list, the user) stand without its agreement, and a cue name inside a model
		// name (龚育 of 龚育之) yields to it.
		// 副镇长宋佳|向李秋菊: a model name that runs past a cue's name into
		// a word that follows names yields to the cue.
		if c.src == srcModel && f.extendsCueByFollow(rs) {
			continue
		}
		// 梁子湖, 伏羲庙, 塔里木河: a model-only name always followed by a
		// place or organization suffix names the place.
		if c.src == srcModel && stats[name].count > 0 && !stats[name].free {
			continue
		}
		// Document-level vote: a model-only name must be tagged at half of
		// its occurrences at least, and more than half in a long document
		// (濮阳, tagged once in nine, is a place).
		if n := stats[name].count; c.src == srcModel && (f.modelHits[name]*2 < n || len(f.r) >= shortDoc && n >= 2 && f.modelHits[name]*2 == n) {
			continue
		}
		if f.modelRan && c.src&srcModel == 0 {
			if c.src&(srcTitle|srcByline|srcUser|srcStrong) == 0 {
				continue
			}
			if f.insideModelName(name) || f.modelCutsShorter(name) {
				continue
			}
		}
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// insideModelName reports whether a model name strictly contains name.
func (f *finder) insideModelName(name string) bool {
	rs := []rune(name)
	for other, c := range f.cands {
		if c.src&srcModel == 0 || other == name {
			continue
		}
		os := []rune(other)
		if len(os) > len(rs) && containsRunes(os, rs) && !(c.src == srcModel && f.extendsCueByFollow(os)) {
			return true
		}
	}
	return false
}

func containsRunes(hay, needle []rune) bool {
outer:
	for i := 0; i+len(needle) <= len(hay); i++ {
		for j := range needle {
			if hay[i+j] != needle[j] {
				continue outer
			}
		}
		return true
	}
	return false
}

// people groups occurrences by name, in order of first mention.
func (f *finder) people(occs []*occurrence) []analyzer.Person {
	type acc struct {
		p      analyzer.Person
		strong bool
		weak   []string
	}
	byName := map[string]*acc{}
	var order []string
	for _, o := range occs {
		a := byName[o.name]
		if a == nil {
			a = &acc{p: analyzer.Person{Name: o.name, Titles: []string{}, Roles: []string{}}}
			byName[o.name] = a
			order = append(order, o.name)
		}
		a.p.Mentions++
		a.p.Offsets = append(a.p.Offsets, o.Span)
		for _, t := range o.titles {
			a.p.Titles = appendUnique(a.p.Titles, string(f.r[t.start:t.end]))
			a.strong = true
		}
		if o.post != "" && !slices.ContainsFunc(a.p.Titles, func(t string) bool { return strings.HasSuffix(t, o.post) }) {
			a.p.Titles = append(a.p.Titles, o.post)
			a.strong = true
		}
		for _, t := range o.weak {
			a.weak = appendUnique(a.weak, t)
		}
		for _, role := range o.roles {
			a.p.Roles = appendUnique(a.p.Roles, role)
		}
	}
	out := make([]analyzer.Person, 0, len(order))
	for _, n := range order {
		a := byName[n]
		if !a.strong {
			a.p.Titles = append(a.p.Titles, a.weak...)
		}
		// A class label (县领导甘泉 … 县长甘泉) yields to a title of the
		// person's own, as it does when inherited from a list heading.
		if len(a.p.Titles) > 1 {
			own := slices.DeleteFunc(slices.Clone(a.p.Titles), func(t string) bool { return strings.HasSuffix(t, "领导") })
			if len(own) > 0 {
				a.p.Titles = own
			}
		}
		if len(a.p.Roles) == 0 {
			a.p.Roles = []string{analyzer.RoleMentioned}
		}
		sortRoles(a.p.Roles)
		out = append(out, a.p)
	}
	return out
}

// rolesBefore reads a role announced before a list of people in the same
// sentence: 出席会议的（还）有 …, 主持会议的是 …. The list must run without a
// break from the announcement to the name.
func (f *finder) rolesBefore(o *occurrence, byStart map[int]*occurrence, titleAt map[int]int, pred map[int]int) int {
	r, lx := f.r, f.lx
	lo := o.para.Start
	ss := o.Start
	for ss > lo && ss > o.Start-120 && !isSentenceBreak(r[ss-1]) {
		ss--
	}
	for k := o.Start - 1; k > ss; k-- {
		if r[k] != '有' && r[k] != '是' {
			continue
		}
		j := k - 1
		if r[j] == '还' || r[j] == '也' {
			j--
		}
		if j < ss || r[j] != '的' {
			continue
		}
		// The list after the announcement must reach this name.
		if f.skipList(k+1, o.para.End, byStart, titleAt, pred) < o.End {
			return 0
		}
		bits := 0
		for i := ss; i < j; i++ {
			if lx.chair.prefixAt(r, i, j) {
				bits |= bitChair
			}
			if lx.attend.prefixAt(r, i, j) {
				bits |= bitAttendee
			}
		}
		return bits
	}
	return 0
}

// modelCutsShorter reports whether, where a title or say-verb cue found
// name, the model is sure of a shorter name at the same start.
func (f *finder) modelCutsShorter(name string) bool {
	for _, sp := range f.cueSpans[name] {
		if m, ok := f.modelAt[sp.Start]; ok && m.End < sp.End && f.modelSure[sp.Start] {
			return true
		}
	}
	return false
}

// extendsCueByFollow reports whether name is a cue-found name followed by
// the start of a word that follows names (宋佳 + 向).
func (f *finder) extendsCueByFollow(name []rune) bool {
	for l := len(name) - 1; l >= 2; l-- {
		c := f.cands[string(name[:l])]
		if c == nil || c.src&(srcTitle|srcByline|srcList|srcUser) == 0 {
			continue
		}
		if f.lx.follow.prefixAt(name, l, len(name)) {
			return true
		}
	}
	return false
}

// roleRank orders roles as the Role constants are declared, so output is
// stable whatever mention gave a role first.
var roleRank = map[string]int{
	analyzer.RoleAuthor: 0, analyzer.RoleEditor: 1, analyzer.RoleSpeaker: 2,
	analyzer.RoleChair: 3, analyzer.RoleAttendee: 4, analyzer.RoleMentioned: 5,
}

func sortRoles(roles []string) {
	sort.SliceStable(roles, func(i, j int) bool { return roleRank[roles[i]] < roleRank[roles[j]] })
}

// dateAt returns the length of a date or time written at i (3月5日, 5日,
// 上午, 今天下午), which may stand between a name and its verb.
func (f *finder) dateAt(i, limit int) int {
	r := f.r
	j := i
	for j < limit {
		k := j
		for k < limit && (r[k] >= '0' && r[k] <= '9' || r[k] >= '０' && r[k] <= '９' || strings.ContainsRune("〇一二三四五六七八九十", r[k])) {
			k++
		}
		if k == j || k >= limit || !strings.ContainsRune("年月日号时", r[k]) {
			break
		}
		j = k + 1
	}
	for _, w := range []string{"上午", "下午", "晚上", "中午", "早上", "晚"} {
		if l := len([]rune(w)); j+l <= limit && string(r[j:j+l]) == w {
			j += l
			break
		}
	}
	return j - i
}

// placeSuffix are characters that end place and organization names.
const placeSuffix = "河湖山岭峰江海港湾岛县区市镇乡村路街桥站庙寺园馆厂矿井堡寨庄坝渠洲"

// nameStats is what one pass over the document learns about a model name.
type nameStats struct {
	// count is the number of occurrences of the name.
	count int
	// free is set when some occurrence is not directly followed by a place
	// or organization suffix (梁子|湖 never is; 李明|市长 is a title).
	free bool
}

// modelNameStats counts the occurrences of every model-only name in one
// pass over the document (a trie walk per position), so the stage stays
// linear however many names a long document holds.
func (f *finder) modelNameStats() map[string]nameStats {
	var names []string
	for name, c := range f.cands {
		if c.src == srcModel {
			names = append(names, name)
		}
	}
	out := make(map[string]nameStats, len(names))
	if len(names) == 0 {
		return out
	}
	set := newWordSet(names)
	r := f.r
	for i := range r {
		n := set.root
		for j := i; j < len(r); j++ {
			n = n.next[r[j]]
			if n == nil {
				break
			}
			if !n.word {
				continue
			}
			name := string(r[i : j+1])
			st := out[name]
			st.count++
			e := j + 1
			if e >= len(r) || !strings.ContainsRune(placeSuffix, r[e]) ||
				f.lx.headsFw.prefixAt(r, e, len(r)) || f.lx.follow.prefixAt(r, e, len(r)) {
				st.free = true
			}
			out[name] = st
		}
	}
	return out
}

// onePerson reports whether the mentions in [from, to) all name one person.
func (f *finder) onePerson(occs []*occurrence, from, to int) bool {
	i := sort.Search(len(occs), func(k int) bool { return occs[k].Start >= from })
	name := ""
	for ; i < len(occs) && occs[i].Start < to; i++ {
		if name != "" && occs[i].name != name {
			return false
		}
		name = occs[i].name
	}
	return name != ""
}
