package people

import (
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/segdict"
)

// Word evidence against the model's unsure names in long reports.
//
// Policy reports have few people and many places, projects and verb
// phrases. The model, which reads characters, takes some of them for names
// (惠民生, 伸张正义 → 张正义, 嘉陵江利泽 → 江利泽, 孝感, 乔木). The segmentation
// dictionary (gse's word list with parts of speech, compiled in
// dict/segdict) knows these words; a name with no person cue whose
// characters the dictionary reads as another word, or whose edges cut
// through a dictionary word, needs a high model score to stand. The checks
// are general word evidence, not lists of the false names.

// wordEvidence switches the checks on; tests turn it off to measure what
// they change.
var wordEvidence = true

// wordScore is the model confidence an uncued name needs when the word
// evidence speaks against it: the model's real names without cues in the
// 71 reports mostly score above it, the word-shaped false ones below.
const wordScore = 0.85

// rightScore is the score under which a word crossing a name's right edge
// counts (王国建|立, 厉行勤|俭): the first character of what follows a real
// name often forms a word with its last (江泽民|国防 0.78, 张洁清|算 0.67);
// on People's Daily dev joined into long documents the crossings under 0.6
// are mostly false names (于宇|宙, 尹莉明|白, 曹火|星).
const rightScore = 0.6

// suffixScore is the score at which a dictionary word ending with the
// whole name stops counting (学雷锋).
const suffixScore = 0.6

// placeEnds are last characters of place names that given names hardly
// use (江, 山, 林 are common in given names and are left out).
const placeEnds = "湖嘴岛湾峡寺庙镇坝渠"

// suspect returns why the model name r[start:end] of paragraph p looks
// like another word, or "" when nothing speaks against it. Names any cue
// found (a title, a say-verb, a list, a byline) are never suspect.
func (f *finder) suspect(d *segdict.Dict, start, end int, p analyzer.Span, score float64) string {
	r := f.r
	name := string(r[start:end])
	if f.cued(name) {
		return ""
	}
	n := end - start
	if isForeignDotted(r[start:end]) {
		return ""
	}
	// A title right before (国务院总理周恩来, 秘书长安南) is a person cue even
	// where the cue itself read the name differently, unless it follows a
	// name it belongs to (习近平总书记|殷切嘱托).
	if h := f.lx.heads.longest(r, p.Start, start); h > 0 && !f.nameEndsAt(start-h) {
		return ""
	}
	// gse's parts of speech are no evidence on a whole candidate: its word
	// list tags real names ns, nz, n or t (巴金, 金正日, 周恩来) and words nr
	// (乔木, 柴达木); only words crossing the candidate's edges are.
	// A dictionary word of two or more characters crosses the left edge
	// (伸张|正义, 吉林|振兴, 嘉陵江|利泽) or the right edge (惠民|生 in 向惠民生,
	// 厉行勤|俭). A longer word that merely starts with the name says
	// nothing (马克思主义, 邓小平理论).
	for s := max(p.Start, start-3); s < end; s++ {
		nd := segdict.Root
		for e := s; e < p.End && e-s < 8; e++ {
			var ok bool
			if nd, ok = d.Child(nd, r[e]); !ok {
				break
			}
			if e-s+1 < 2 || !d.Word(nd) {
				continue
			}
			we := e + 1
			switch {
			case s < start && we == end && score >= suffixScore:
				// 学雷锋: a word ending with the whole name is weaker
				// evidence (西哈努克 → 努克 scores lower).
			case s == start-1 && we == start+1 && strings.ContainsRune("小老阿", r[s]):
				// 小徐, 老宋: a familiar prefix before a surname.
			case s < start && we > start && !f.wordEndsAt(d, s, start, p):
				return "left:" + string(r[s:we])
			case s > start && we > end && score < rightScore:
				return "right:" + string(r[s:we])
			}
		}
	}
	// Four characters that are two common dictionary words (殷切|嘱托) are
	// a phrase; halves tagged as names or places (罗纳|尔多, 穆巴|拉克)
	// are pieces of a transliteration.
	if n == 4 && commonWord(d, r[start:start+2]) && commonWord(d, r[start+2:end]) {
		return "words"
	}
	// A place suffix no given name uses (梁子湖, 陆家嘴).
	if n >= 3 && strings.ContainsRune(placeEnds, r[end-1]) {
		return "place"
	}
	// Alone inside quotation marks: a coinage (“乔木”参天). Book-title marks
	// are left alone: 《李白》 is a book about a person.
	if start > p.Start && end < p.End && strings.ContainsRune("“「", r[start-1]) && strings.ContainsRune("”」", r[end]) {
		return "quoted"
	}
	return ""
}

// wordEndsAt reports whether a dictionary word of two or more characters
// ends at start and covers s: the text before the candidate then reads as
// a whole word (革命家|康克清 against 家康), and the word crossing into the
// candidate is no evidence.
func (f *finder) wordEndsAt(d *segdict.Dict, s, start int, p analyzer.Span) bool {
	for k := max(p.Start, start-4); k <= s; k++ {
		if start-k >= 2 {
			if _, ok := d.LookupRunes(f.r[k:start]); ok {
				return true
			}
		}
	}
	return false
}

// nameEndsAt reports whether a name a cue found ends at i.
func (f *finder) nameEndsAt(i int) bool {
	for k := 2; k <= 4 && i-k >= 0; k++ {
		if f.cued(string(f.r[i-k : i])) {
			return true
		}
	}
	return false
}

// cued reports whether a person cue found the name: a title, a byline, a
// headed list, a say-verb or the user. A bare 、-list is no person cue (it
// lists places as often as people).
func (f *finder) cued(name string) bool {
	c := f.cands[name]
	return c != nil && c.src&(srcTitle|srcByline|srcUser|srcStrong|srcSay) != 0
}

// lookup returns the dictionary part of speech of a word.
func lookup(d *segdict.Dict, w []rune) (string, bool) {
	nd, ok := d.LookupRunes(w)
	if !ok {
		return "", false
	}
	return d.Pos(nd), true
}

// commonWord reports whether w is a dictionary word not tagged as a name,
// place or other proper noun.
func commonWord(d *segdict.Dict, w []rune) bool {
	pos, ok := lookup(d, w)
	return ok && !strings.HasPrefix(pos, "nr") && pos != "ns" && pos != "nz"
}

// isForeignDotted reports whether the runes hold a middle dot of a
// transliterated name (艾尔肯·吐尼亚孜).
func isForeignDotted(rs []rune) bool {
	for _, c := range rs {
		if isDot(c) {
			return true
		}
	}
	return false
}
