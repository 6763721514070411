package people

import (
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// collect runs every cue over the document's paragraphs.
func (f *finder) collect() {
	for _, p := range f.paras {
		f.titleCue(p)
		f.listCue(p)
		f.sayCue(p)
		f.bylineCue(p)
		f.foreignCue(p)
		f.postCue(p)
	}
	f.acceptPost()
}

// skipGap skips the space or colon between a title and its name.
func (f *finder) skipGap(i, limit int) int {
	for k := 0; k < 2 && i < limit && (isSpace(f.r[i]) || f.r[i] == ':' || f.r[i] == '：'); k++ {
		i++
	}
	return i
}

// titleCue: a name right after a title (市委书记何雄, 党组书记江成).
func (f *finder) titleCue(p analyzer.Span) {
	r := f.r
	for i := p.Start; i < p.End; i++ {
		h := f.lx.headsFw.longestAt(r, i, p.End)
		if h == 0 {
			continue
		}
		e := i + h
		if f.lx.group.has(r[i:e]) {
			continue
		}
		// 省长|江经济带 is 省|长江经济带: a head ending in 长 before 江/城/沙…
		if r[e-1] == '长' && e < p.End && strings.ContainsRune("江城沙春安征期远久足效白寿治", r[e]) {
			continue
		}
		// Prefer the longest head ending here: 副书记 over 书记.
		if e < p.End && f.lx.headsFw.longestAt(r, e, p.End) > 0 && !f.lx.surnames[r[e]] {
			continue
		}
		n := f.skipGap(e, p.End)
		if end := f.nameAt(n, p.End, true); end > 0 && f.endConfirmed(end, p.End) {
			f.add(n, end, srcTitle)
			continue
		}
		// A name standing alone after its title (天津市市长 张工) needs no
		// common given-name characters: punctuation or the line end bounds it.
		if end := f.nameAt(n, p.End, false); end > 0 && !weakSurnames[r[n]] && (end >= p.End || !isHan(r[end])) {
			f.add(n, end, srcTitle)
			continue
		}
		f.spacedName(n, p.End, srcTitle)
	}
}

// spacedName accepts a two-character name written with a space inside
// (龚 正, 林 君摄), as page headers and photo credits do.
func (f *finder) spacedName(n, limit, src int) bool {
	r := f.r
	if n+3 > limit || !f.lx.surnames[r[n]] || !isSpace(r[n+1]) || !isHan(r[n+2]) || f.lx.notGiven[r[n+2]] {
		return false
	}
	if n+3 < limit && isHan(r[n+3]) && r[n+3] != '摄' {
		return false
	}
	name := string([]rune{r[n], r[n+2]})
	f.space = append(f.space, spaced{span: analyzer.Span{Start: n, End: n + 3}, name: name})
	c := f.cands[name]
	if c == nil {
		c = &candidate{}
		f.cands[name] = c
	}
	c.src |= src
	return true
}

// listCue: the items of a 、-separated list of names (市领导徐兰峰、郑大文、
// …、李莉荣), accepted together when most items are shaped like names and
// the list has a title heading, a role verb after it, or only common
// given-name characters.
func (f *finder) listCue(p analyzer.Span) {
	r := f.r
	cs := p.Start
	for i := p.Start; i <= p.End; i++ {
		if i < p.End && !isClauseBreak(r[i]) && !isSpace(r[i]) {
			continue
		}
		f.listInClause(cs, i, p)
		cs = i + 1
	}
}

type item struct{ start, end int }

func (f *finder) listInClause(cs, ce int, p analyzer.Span) {
	r := f.r
	var seps []int
	for i := cs; i < ce; i++ {
		if r[i] == '、' {
			seps = append(seps, i)
		}
	}
	if len(seps) == 0 {
		return
	}
	// Items between separators; the first may carry a title heading, the
	// last a predicate.
	var items []item
	heading := false
	// First item: a name at the end of the text before the first 、.
	first := item{-1, -1}
	fe := f.beforeComrade(cs, seps[0])
	for _, l := range []int{3, 2, 4} {
		st := fe - l
		if st < cs {
			continue
		}
		if !f.exactName(st, fe, false) {
			continue
		}
		if st == cs {
			first = item{st, fe}
			break
		}
		if ts := f.leftTitles(st, p.Start); len(ts) > 0 {
			first = item{st, fe}
			heading = true
			break
		}
	}
	items = append(items, first)
	for k := 0; k+1 < len(seps); k++ {
		a, b := seps[k]+1, f.beforeComrade(seps[k]+1, seps[k+1])
		if f.exactName(a, b, false) {
			items = append(items, item{a, b})
		} else if st := f.afterTitle(a, b); st > 0 && f.exactName(st, b, false) {
			items = append(items, item{st, b}) // 、全国政协副主席何报翔、
		} else {
			items = append(items, item{-1, -1})
		}
	}
	last := item{-1, -1}
	a := seps[len(seps)-1] + 1
	if st := f.afterTitle(a, ce); st > 0 && f.nameAt(st, ce, false) > 0 {
		a = st
	}
	if end := f.nameAt(a, ce, false); end > 0 {
		last = item{a, end}
		// 、B和C: the conjunction joins one more name.
		if end < ce && (r[end] == '和' || r[end] == '及') {
			if e2 := f.nameAt(end+1, ce, false); e2 > 0 {
				items = append(items, item{end + 1, e2})
			}
		}
	}
	items = append(items, last)
	shaped, common := 0, 0
	for _, it := range items {
		if it.start < 0 {
			continue
		}
		shaped++
		ok := f.lx.common[r[it.start]]
		for _, c := range r[it.start+1 : it.end] {
			if !f.lx.given[c] {
				ok = false
			}
		}
		if ok {
			common++
		}
	}
	if shaped < 2 || shaped*3 < len(items)*2 {
		return
	}
	// Most items must carry a common surname: lists of things (税收、信贷,
	// 青岛、秦皇岛) are shaped like names only through rare surnames.
	withCommon := 0
	for _, it := range items {
		if it.start >= 0 && f.lx.common[r[it.start]] {
			withCommon++
		}
	}
	if withCommon*3 < shaped*2 && !heading {
		return
	}
	predicate := false
	if last.start >= 0 {
		pe := f.skipTail(last.end, p.End)
		predicate = f.rolesAfter(pe, p.End, nil) != 0 || f.lx.peopleTail.prefixAt(r, last.end, ce) ||
			pe > last.end && f.lx.group.prefixAt(r, pe-1, p.End)
	}
	if !heading && !predicate && (common < shaped || len(items) < 3) {
		return
	}
	src := srcList
	if heading || predicate {
		src |= srcStrong
	}
	for _, it := range items {
		// A two-character item with a rare surname is more often a word;
		// 由政协… starts with a function word.
		if it.start >= 0 && !weakSurnames[r[it.start]] && (it.end-it.start > 2 || f.lx.common[r[it.start]]) {
			f.add(it.start, it.end, src)
		}
	}
}

// sayCue: a name right before a say-verb or a chair/attend verb at the start
// of a clause, after a title or after a word that may precede a name
// (会上何雄指出, 杨瑞云告诉记者).
func (f *finder) sayCue(p analyzer.Span) {
	r, lx := f.r, f.lx
	for v := p.Start + 2; v < p.End; v++ {
		if !lx.say.prefixAt(r, v, p.End) && !lx.chair.prefixAt(r, v, p.End) && !lx.attend.prefixAt(r, v, p.End) {
			continue
		}
		e := v
		for k := 0; k < 2; k++ {
			if a := lx.adverbs.longest(r, p.Start, e); a > 0 && e-a > p.Start {
				e -= a
			}
		}
		cs := f.clauseStart(e, p.Start)
		for _, l := range []int{3, 2, 4} {
			st := e - l
			if st < cs {
				continue
			}
			// Right after a title a three-character name with a common surname needs no
			// common given-name characters: the title is evidence enough.
			strict := lx.heads.longest(r, cs, st) == 0 || !lx.common[r[st]] || l != 3
			if f.nameAt(st, e, strict) != e || f.nameAt(st, p.End, strict) != e {
				continue
			}
			if st == cs && l == 2 && !lx.common[r[st]] {
				continue
			}
			lw := lx.left.longest(r, cs, st)
			if lw == 1 && !lx.common[r[st]] {
				continue
			}
			if lx.heads.longest(r, cs, st) > 0 {
				f.add(st, e, srcSay|srcStrong)
				break
			}
			if st == cs || lw > 0 {
				f.add(st, e, srcSay)
				break
			}
		}
	}
}

// bylineCue: names after 记者/作者/通讯员 … or 责任编辑/编辑 at a byline, and
// names before 摄. The names are separated by spaces or 、.
func (f *finder) bylineCue(p analyzer.Span) {
	r, lx := f.r, f.lx
	for i := p.Start; i < p.End; i++ {
		role := ""
		l := lx.editor.longestAt(r, i, p.End)
		if l > 0 {
			role = analyzer.RoleEditor
		} else if l = lx.byline.longestAt(r, i, p.End); l > 0 {
			role = analyzer.RoleAuthor
		} else {
			continue
		}
		// A byline cue starts a line, follows a bracket or a space, or is a
		// reporter credit (新华社记者); single-character cues (文, 图, 摄)
		// must also be followed by a colon, slash or space.
		if i > p.Start && isHan(r[i-1]) && !(l >= 2 && r[i+l-2] == '记' && r[i+l-1] == '者') {
			continue
		}
		if l == 1 {
			if i > p.Start && r[i-1] != '(' && r[i-1] != '（' && r[i-1] != '【' && !isSpace(r[i-1]) {
				continue
			}
			if i+1 >= p.End || (r[i+1] != ':' && r[i+1] != '：' && r[i+1] != '/' && !isSpace(r[i+1])) {
				continue
			}
		}
		midSentence := i > p.Start && isHan(r[i-1])
		j := i + l
		for j < p.End && (isSpace(r[j]) || r[j] == ':' || r[j] == '：' || r[j] == '/') {
			j++
		}
		found := 0
		for found < 6 && j < p.End {
			k := j
			for k < p.End && isHan(r[k]) {
				k++
			}
			e := k
			if e-j >= 3 && r[e-1] == '摄' {
				e--
			}
			// Mid-sentence credits (新华社记者江建国报道) must end like one.
			midEnd := !midSentence || e >= p.End || !isHan(r[e]) || r[e] == '摄' ||
				e+1 < p.End && r[e] == '报' && r[e+1] == '道'
			if f.exactName(j, e, false) && !weakSurnames[r[j]] && midEnd {
				f.add(j, e, srcByline)
				f.addRole(j, role)
				found++
			} else if f.spacedName(j, p.End, srcByline) {
				f.addRole(j, role)
				found++
				k = j + 3
				if k < p.End && r[k] == '摄' {
					k++
				}
			} else {
				break
			}
			j = k
			for j < p.End && (isSpace(r[j]) || r[j] == '、' || r[j] == '，' || r[j] == ',') {
				j++
			}
		}
		if found > 0 {
			i = j - 1
		}
	}
}

// foreignCue: transliterated names with a middle dot anywhere in the text.
func (f *finder) foreignCue(p analyzer.Span) {
	r, lx := f.r, f.lx
	for d := p.Start + 1; d+1 < p.End; d++ {
		if !isDot(r[d]) || !isHan(r[d-1]) || !isHan(r[d+1]) {
			continue
		}
		st := d
		for st > p.Start && d-st < 6 && isHan(r[st-1]) {
			if lx.heads.longest(r, p.Start, st) > 0 || lx.left.longest(r, p.Start, st) > 0 || lx.stop.longest(r, p.Start, st) > 0 || lx.country.longest(r, p.Start, st) > 0 {
				break
			}
			st--
		}
		if d-st < 2 {
			continue
		}
		if end := f.foreignAt(st, p.End); end > 0 && end-(d+1) >= 2 {
			f.add(st, end, srcForeign)
		}
		for d+1 < p.End && (isHan(r[d+1]) || isDot(r[d+1])) {
			d++
		}
	}
}

// endConfirmed reports whether a name ending at end is followed by something
// that ends names: punctuation, the text end, or a word of [follow].
func (f *finder) endConfirmed(end, limit int) bool {
	return end >= limit || !isHan(f.r[end]) || f.lx.follow.prefixAt(f.r, end, limit)
}

// postCue: a name right before a title or 同志 that may follow names
// (习近平总书记, 殷勇同志). Such a pair is often embedded in running text
// (贯彻习近平总书记…), so it is only counted here and accepted by
// acceptPost when the same name is cued this way twice or stands at a
// clause start.
func (f *finder) postCue(p analyzer.Span) {
	r, lx := f.r, f.lx
	for v := p.Start + 2; v < p.End; v++ {
		if !lx.post.prefixAt(r, v, p.End) && !(v+1 < p.End && r[v] == '同' && r[v+1] == '志') {
			continue
		}
		cs := f.clauseStart(v, p.Start)
		for _, l := range []int{3, 2} {
			st := v - l
			if st < p.Start || weakSurnames[r[st]] || f.nameAt(st, p.End, false) != v {
				continue
			}
			if f.post == nil {
				f.post = map[string]int{}
			}
			name := string(r[st:v])
			f.post[name]++
			if st == cs && lx.common[r[st]] {
				f.post[name]++
			}
			// A role verb after the title (何雄书记强调, 李强总理指出) makes one
			// mention enough. Not when a surname stands right before the
			// title (纪念周总理: 周 is the person, 念周 no name) or the
			// candidate holds a numeral (中印两国总理).
			if pe := v + lx.post.longestAt(r, v, p.End); pe > v && !lx.common[r[v-1]] && !strings.ContainsAny(name, "一二三四五六七八九十两") &&
				(lx.say.prefixAt(r, pe, p.End) || lx.chair.prefixAt(r, pe, p.End) || lx.attend.prefixAt(r, pe, p.End)) {
				f.post[name]++
			}
			break
		}
	}
}

func (f *finder) acceptPost() {
	for name, n := range f.post {
		if n >= 2 {
			c := f.cands[name]
			if c == nil {
				c = &candidate{}
				f.cands[name] = c
			}
			c.src |= srcTitle
		}
	}
}

// skipTail skips what closes a list of people: 等, 等人, 同志, 一行, and a
// class word after 等 (等领导, 等市领导同志).
func (f *finder) skipTail(pos, limit int) int {
	r, lx := f.r, f.lx
	if l := lx.listTail.longestAt(r, pos, limit); l > 0 {
		pos += l
		for k := 0; k < 3 && pos < limit; k++ {
			if u := lx.units.longestAt(r, pos, limit); u > 0 && lx.group.prefixAt(r, pos+u, limit) {
				pos += u
				continue
			}
			if g := lx.group.longestAt(r, pos, limit); g > 0 {
				pos += g
				continue
			}
			if l := lx.listTail.longestAt(r, pos, limit); l > 0 {
				pos += l
				continue
			}
			break
		}
	}
	return pos
}

// afterTitle returns where a name would start if the text from a begins
// with a title (全国政协副主席|何报翔), or -1.
func (f *finder) afterTitle(a, limit int) int {
	for k := a + 1; k < limit && k <= a+16; k++ {
		if f.lx.heads.longest(f.r, a, k) == 0 {
			continue
		}
		if t, ok := f.titleEndingAt(k, a); ok && t.start == a {
			// The longest head wins: 副主席 over 主席.
			if k < limit && f.lx.headsFw.prefixAt(f.r, k, limit) && !f.lx.surnames[f.r[k]] {
				continue
			}
			return k
		}
	}
	return -1
}

// beforeComrade returns end moved back over a trailing 同志 (张建国同志、),
// so the item's name ends where the name does.
func (f *finder) beforeComrade(start, end int) int {
	if end-start > 2 && f.r[end-2] == '同' && f.r[end-1] == '志' {
		return end - 2
	}
	return end
}
