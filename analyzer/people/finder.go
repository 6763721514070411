package people

import (
	"unicode"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/segdict"
)

// Evidence kinds, strongest first. A name found by any of them is a name at
// every one of its mentions (document-level consistency).
const (
	srcUser = 1 << iota
	srcByline
	srcTitle
	srcList
	srcSay
	srcForeign
	srcModel
	// srcStrong marks a list under a title heading or before a role verb,
	// and a say-verb cue right after a title: as strong as a title cue.
	srcStrong
)

// candidate is one name the cues or the model proposed.
type candidate struct {
	src int
}

// annot records what a cue learned about the mention starting at a
// position (the byline role), beyond what context gives every mention.
type annot struct {
	roles []string
}

// spaced is a mention written with a space inside (上海市市长 龚 正); it is
// never found by scanning for the name, so it is kept explicitly.
type spaced struct {
	span analyzer.Span
	name string
}

// finder collects name candidates in one document.
type finder struct {
	lx    *lexicon
	r     []rune
	paras []analyzer.Span
	cands map[string]*candidate
	ann   map[int]*annot
	space []spaced
	post  map[string]int // name → times seen before a post title
	// single are one-character names (bare surnames) the model tagged.
	single []spaced
	// cueSpans are the places a title or say-verb cue found each name.
	cueSpans map[string][]analyzer.Span
	// modelAt holds the model's names by start offset.
	modelAt map[int]analyzer.Span
	// modelSure are the starts of model names with a high score.
	modelSure map[int]bool
	// modelHits counts the mentions the model tagged, per name.
	modelHits map[string]int
	// modelRan is set when the statistical recognizer ran on the document.
	modelRan bool
	// words is the segmentation dictionary, for word evidence (nil
	// without the model).
	words *segdict.Dict
}

func newFinder(lx *lexicon, doc *analyzer.Document) *finder {
	f := &finder{lx: lx, r: doc.Runes, cands: map[string]*candidate{}, ann: map[int]*annot{}, modelHits: map[string]int{}, cueSpans: map[string][]analyzer.Span{}, modelAt: map[int]analyzer.Span{}, modelSure: map[int]bool{}}
	for _, p := range doc.Paragraphs {
		f.paras = append(f.paras, p.Span)
	}
	if len(f.paras) == 0 && len(f.r) > 0 {
		f.paras = []analyzer.Span{{Start: 0, End: len(f.r)}}
	}
	return f
}

func (f *finder) add(start, end, src int) {
	name := string(f.r[start:end])
	if src&(srcTitle|srcSay) != 0 {
		f.cueSpans[name] = append(f.cueSpans[name], analyzer.Span{Start: start, End: end})
	}
	c := f.cands[name]
	if c == nil {
		c = &candidate{}
		f.cands[name] = c
	}
	c.src |= src
}

func (f *finder) addRole(start int, role string) {
	a := f.ann[start]
	if a == nil {
		a = &annot{}
		f.ann[start] = a
	}
	a.roles = appendUnique(a.roles, role)
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) || r == '〇' }

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

// isClauseBreak reports whether r ends a clause: the cues of this stage never
// reach across one.
func isClauseBreak(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '！', '？', ',', ';', ':', '!', '?', '\n', '\r',
		'“', '”', '‘', '’', '"', '（', '）', '(', ')', '【', '】', '《', '》', '「', '」', '…', '—', '|':
		return true
	}
	return false
}

// isSentenceBreak reports whether r ends a sentence.
func isSentenceBreak(r rune) bool {
	switch r {
	case '。', '；', '！', '？', ';', '!', '?', '\n', '\r':
		return true
	}
	return false
}

// clauseStart returns the start of the clause containing i, looking back at
// most 24 characters (a cue farther away is no cue) and never before lo.
func (f *finder) clauseStart(i, lo int) int {
	for j := i - 1; j >= lo && j >= i-24; j-- {
		if isClauseBreak(f.r[j]) || f.r[j] == '、' || isSpace(f.r[j]) {
			return j + 1
		}
	}
	if i-24 > lo {
		return i - 24
	}
	return lo
}

// nameAt reads a name starting at p and returns its end, or -1. The name is
// a (compound) surname plus one or two given-name characters, or a
// transliterated name with ·. Where the name ends is decided by what follows:
// punctuation, or a word that follows names (何雄|出席, 阮金泉|主持). strict
// asks every given-name character to be a common one; it is used where the
// cue is weaker than a list or a byline.
func (f *finder) nameAt(p, limit int, strict bool) int {
	r, lx := f.r, f.lx
	if p >= limit || p >= len(r) || !isHan(r[p]) {
		return -1
	}
	if e := f.foreignAt(p, limit); e > 0 {
		return e
	}
	s := 0
	switch {
	case p+2 <= limit && lx.compounds.has(r[p:p+2]):
		s = 2
	case lx.surnames[r[p]] && !(strict && weakSurnames[r[p]]):
		s = 1
	default:
		return -1
	}
	g0 := p + s
	if g0 >= limit || !isHan(r[g0]) {
		return -1
	}
	// A surname directly followed by a title is a reference (王副市长,
	// 何书记), not a new name.
	if r[g0] == '副' || lx.headsFw.prefixAt(r, g0, limit) && !lx.given[r[g0]] {
		return -1
	}
	g := 1
	switch {
	case g0+1 >= limit || !isHan(r[g0+1]):
		g = 1
	case g0+2 >= limit || !isHan(r[g0+2]):
		g = 2
		if r[g0+1] == '摄' { // 记者阮洋摄: the photo credit ends the name
			g = 1
		}
	default:
		f1 := lx.follow.longestAt(r, g0+1, limit)
		f2 := lx.follow.longestAt(r, g0+2, limit)
		switch {
		case f2 > 0 && f2 >= f1:
			g = 2
		case f1 > 1 || f1 == 1 && !lx.given[r[g0+1]]:
			g = 1
		case lx.given[r[g0+1]]:
			g = 2
		}
	}
	if g == 2 && (lx.notGiven[r[g0+1]] || lx.headsFw.prefixAt(r, g0+1, limit) && !lx.given[r[g0+1]]) {
		g = 1
	}
	end := g0 + g
	// 常常, 天天: a doubled character is a word, not surname plus name.
	if s == 1 && g == 1 && r[g0] == r[p] {
		return -1
	}
	for i := g0; i < end; i++ {
		if lx.notGiven[r[i]] || strict && !lx.given[r[i]] {
			return -1
		}
	}
	if f.notName(p, end, limit) {
		return -1
	}
	// 娄书记, 王总: the rest is a title, so this is a reference.
	if lx.headsFw.has(r[g0:end]) {
		return -1
	}
	return end
}

// notName reports whether r[p:end] is, or begins, a word that looks like a
// name but is not one (高度 of 高度赞扬, 荣幸).
func (f *finder) notName(p, end, limit int) bool {
	n := f.lx.notNames.longestAt(f.r, p, limit)
	return n >= end-p || n >= 2
}

// exactName reports whether r[p:end] as a whole is shaped like a name (the
// item of a list or a byline, whose ends the punctuation gives).
func (f *finder) exactName(p, end int, strict bool) bool {
	n := end - p
	if n < 2 || n > 4 {
		if n > 4 && f.foreignAt(p, end) == end {
			return true
		}
		return false
	}
	return f.nameAt(p, end, strict) == end
}

// foreignAt reads a transliterated name with a middle dot (理查德·凯利,
// 艾尔肯·吐尼亚孜) starting at p, returning its end or -1.
func (f *finder) foreignAt(p, limit int) int {
	r := f.r
	j := p
	for j < limit && j-p <= 6 && isHan(r[j]) {
		j++
	}
	if j == p || j >= limit || !isDot(r[j]) {
		return -1
	}
	end := -1
	for j < limit && isDot(r[j]) {
		k := j + 1
		for k < limit && k-(j+1) < 6 && isHan(r[k]) {
			if k > j+1 && f.lx.follow.prefixAt(r, k, limit) {
				break
			}
			k++
		}
		if k == j+1 {
			break
		}
		end = k
		j = k
	}
	if end < 0 || f.orgLike(p, end) {
		return -1
	}
	// Mostly transliteration characters, or it is a slogan.
	n, t := 0, 0
	for _, c := range r[p:end] {
		if isDot(c) {
			continue
		}
		n++
		if f.lx.translit[c] {
			t++
		}
	}
	if t*5 < n*4 {
		return -1
	}
	return end
}

func isDot(r rune) bool { return r == '·' || r == '•' || r == '・' || r == '‧' }

// orgLike rejects dotted names that are really organizations or places
// (新甘肃·甘肃日报).
func (f *finder) orgLike(p, end int) bool {
	return f.lx.suffixes.longest(f.r, p, end) > 0 || f.lx.units.longest(f.r, p, end) > 0
}

// weakSurnames are surnames that are far more often function words or parts
// of words (同法国, 时表示, 后正在); outside lists and bylines a name never
// starts with one.
var weakSurnames = map[rune]bool{
	'同': true, '时': true, '台': true, '后': true, '从': true, '以': true, '为': true, '对': true,
	'在': true, '被': true, '把': true, '将': true, '也': true, '都': true, '就': true, '还': true,
	'又': true, '第': true, '本': true, '该': true, '其': true, '每': true, '各': true, '全': true,
	'过': true, '由': true, '来': true, '老': true, '今': true,
}
