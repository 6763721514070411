package ner

import (
	"sort"
	"sync"
)

// cjkBase and cjkSize bound the dense per-character lexicon table: the CJK
// Unified Ideographs block holds every character of a common Chinese name,
// and a flat byte array there is much faster than a map lookup per
// character (inference must run at millions of characters per second).
const (
	cjkBase = 0x4E00
	cjkSize = 0x9FFF - cjkBase + 1
)

// Lexicon holds the name statistics the features use. It travels inside the
// model file, so the run time never reads the source lists.
//
// The statistics are small derived buckets: surname frequency buckets and
// given-name-character buckets computed by cmd/wenxi-train from the friso
// lexicons (Apache-2.0) and from frequency tables of the ChineseNames
// database (CC BY-NC-SA, so only these buckets are kept, never the tables).
type Lexicon struct {
	// Code packs, for each CJK character, surname bucket (bits 0-1, 0 = not
	// a surname … 3 = very common), given-name frequency bucket (bits 2-4,
	// 0…4), name-versus-text ratio bucket (bits 5-6, 0…3) and whether the
	// character is typical of transliterated foreign names (bit 7).
	Code [cjkSize]uint8
	// Compound is the set of two-character surnames (欧阳, 司马 …).
	Compound map[[2]rune]bool
	// compoundFirst holds the first characters of Compound (built lazily).
	compoundFirst     cjkBits
	compoundFirstOnce sync.Once
}

// isCompound reports whether a compound surname starts at r[i].
func (lx *Lexicon) isCompound(r []rune, i int) bool {
	lx.compoundFirstOnce.Do(func() {
		for k := range lx.Compound {
			lx.compoundFirst.set(k[0])
		}
	})
	return i+1 < len(r) && lx.compoundFirst.has(r[i]) && lx.Compound[[2]rune{r[i], r[i+1]}]
}

// CharStat is one character's buckets, the form the trainer fills in.
type CharStat struct {
	Surname, Given, Ratio uint8
	// Translit marks characters common in transliterated names (克林顿,
	// 内塔尼亚胡), which carry no surname cue.
	Translit bool
}

// NewLexicon packs per-character buckets and compound surnames.
func NewLexicon(stats map[rune]CharStat, compound []string) *Lexicon {
	lx := &Lexicon{Compound: map[[2]rune]bool{}}
	for r, s := range stats {
		if r < cjkBase || r >= cjkBase+cjkSize {
			continue
		}
		lx.Code[r-cjkBase] = packCode(s)
	}
	for _, c := range compound {
		rs := []rune(c)
		if len(rs) == 2 {
			lx.Compound[[2]rune{rs[0], rs[1]}] = true
		}
	}
	return lx
}

func packCode(s CharStat) uint8 {
	c := min(s.Surname, 3) | min(s.Given, 4)<<2 | min(s.Ratio, 3)<<5
	if s.Translit {
		c |= translitBit
	}
	return c
}

const translitBit = 1 << 7

// code returns the packed buckets of r (0 outside the CJK block).
func (lx *Lexicon) code(r rune) uint8 {
	if r >= cjkBase && r < cjkBase+cjkSize {
		return lx.Code[r-cjkBase]
	}
	return 0
}

// compoundList returns the compound surnames in a stable order (for the
// model file).
func (lx *Lexicon) compoundList() []string {
	out := make([]string, 0, len(lx.Compound))
	for k := range lx.Compound {
		out = append(out, string(k[:]))
	}
	sort.Strings(out)
	return out
}

// Context words are general Chinese news vocabulary written by hand (not
// derived from any corpus): a title right before a name (党组书记江成) and a
// speech verb right after it (杨瑞云告诉记者) are the strongest cues a
// character window misses when the name itself is rare.
var titleWords = []string{
	"书记", "副书记", "市长", "副市长", "县长", "副县长", "省长", "副省长", "区长", "镇长", "乡长", "村长",
	"主任", "副主任", "主席", "副主席", "总理", "副总理", "部长", "副部长", "局长", "副局长", "厅长",
	"处长", "科长", "委员", "常委", "代表", "记者", "通讯员", "编辑", "总编", "主编", "校长", "院长",
	"所长", "馆长", "站长", "队长", "社长", "会长", "秘书长", "总书记", "总统", "首相", "国王", "大使",
	"外长", "议长", "总裁", "董事长", "总经理", "经理", "厂长", "主管", "教授", "博士", "老师", "教练",
	"先生", "女士", "同志", "司令", "司令员", "政委", "将军", "上将", "中将", "少将", "专家", "院士",
	"作家", "画家", "导演", "演员", "歌手", "选手", "球员", "队员", "律师", "医生", "法官", "检察长",
	"支书", "组长", "班长", "干部", "工程师", "研究员", "发言人", "负责人", "创始人", "老人", "村民",
	"农民", "职工", "工人", "党员", "烈士", "英雄", "小姐", "夫人", "之子", "之女", "妻子", "丈夫",
	"儿子", "女儿", "父亲", "母亲", "总监", "首席", "主持人", "政协主席", "人大常委会主任", "等",
}

var sayWords = []string{
	"说", "指出", "强调", "表示", "告诉", "认为", "介绍", "称", "提出", "要求", "说明", "谈到", "讲",
	"回忆", "透露", "坦言", "介绍说", "表示说", "解释", "宣布", "主持", "出席", "会见", "会晤", "访问",
	"率领", "率团", "致辞", "讲话", "发言", "报道", "同志", "先生", "女士", "书记", "主席", "总理",
	"主任", "市长", "等人", "等同志", "一行", "答道", "问道", "笑着说",
}

// wordSet is a set of short words matched ending (or starting) at a
// position. A bitmap of possible last (first) characters rejects most
// positions before any map lookup.
type wordSet struct {
	words  map[string]bool
	maxLen int
	edge   cjkBits
	// other holds the characters at the other end of the words, and lens
	// bit n the lengths present: both are checked before a candidate
	// substring is built for the map look-up (that was most of the
	// look-ups' time).
	other cjkBits
	lens  uint64
}

func newWordSet(words []string, atEnd bool) *wordSet {
	ws := &wordSet{words: map[string]bool{}}
	for _, w := range words {
		rs := []rune(w)
		ws.words[w] = true
		ws.maxLen = max(ws.maxLen, len(rs))
		if atEnd {
			ws.edge.set(rs[len(rs)-1])
			ws.other.set(rs[0])
		} else {
			ws.edge.set(rs[0])
			ws.other.set(rs[len(rs)-1])
		}
		if len(rs) < 64 {
			ws.lens |= 1 << len(rs)
		} else {
			ws.lens |= 1 << 63 // long words: no filtering by length
		}
	}
	return ws
}

// cjkBits is a set of CJK characters as a bitmap (2.6 KB), checked once
// per character in the hot loop instead of a map lookup.
type cjkBits [cjkSize/64 + 1]uint64

func (b *cjkBits) set(r rune) {
	if r >= cjkBase && r < cjkBase+cjkSize {
		b[(r-cjkBase)>>6] |= 1 << ((r - cjkBase) & 63)
	}
}

func (b *cjkBits) has(r rune) bool {
	return r >= cjkBase && r < cjkBase+cjkSize && b[(r-cjkBase)>>6]&(1<<((r-cjkBase)&63)) != 0
}

// endsAt reports whether a word of the set ends at r[i] (inclusive).
func (ws *wordSet) endsAt(r []rune, i int) bool {
	if i < 0 || i >= len(r) || !ws.edge.has(r[i]) {
		return false
	}
	for n := 1; n <= ws.maxLen && n <= i+1; n++ {
		if !ws.mayBe(n, r[i-n+1]) {
			continue
		}
		if ws.words[string(r[i-n+1:i+1])] {
			return true
		}
	}
	return false
}

// mayBe reports whether a word of length n may have c at its other end;
// false means surely not.
func (ws *wordSet) mayBe(n int, c rune) bool {
	if ws.lens&(1<<63) == 0 && (n >= 63 || ws.lens&(1<<n) == 0) {
		return false
	}
	return ws.other.has(c) || c < cjkBase || c >= cjkBase+cjkSize
}

// startsAt reports whether a word of the set starts at r[i].
func (ws *wordSet) startsAt(r []rune, i int) bool {
	if i < 0 || i >= len(r) || !ws.edge.has(r[i]) {
		return false
	}
	for n := 1; n <= ws.maxLen && i+n <= len(r); n++ {
		if !ws.mayBe(n, r[i+n-1]) {
			continue
		}
		if ws.words[string(r[i:i+n])] {
			return true
		}
	}
	return false
}

var (
	titles = newWordSet(titleWords, true)
	says   = newWordSet(sayWords, false)
)
