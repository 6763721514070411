// Package people finds the people an article names, with their titles, roles
// and mentions.
//
// Names come from two kinds of evidence: the statistical recognizer of
// package ner, and the strong cues of news and meeting reports — a title
// before a name (市委书记何雄), a 、-list of names under a heading (市领导…),
// a say-verb or a chair/attend verb after a name (阮金泉指出), a byline
// (记者 王振巍 张同乐) or an editor line (责任编辑:李俊). A name found once is
// then found at every mention (document-level consistency), and every mention
// is protected for the segmenter.
package people

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/ner"
	"github.com/wenxi-nlp/wenxi/dict/segdict"
)

// Options configures the people stage.
type Options struct {
	// Names are always names wherever they occur (user dictionary entries
	// with POS nr).
	Names []string
	// NotNames are never reported as names.
	NotNames []string
	// NoModel turns the statistical recognizer off (cues only).
	NoModel bool
	// MinScore is the least model confidence a name needs; 0 means 0.5.
	MinScore float64
}

// Stage is the people pipeline stage.
type Stage struct {
	opts Options

	once  sync.Once
	lx    *lexicon
	rec   ner.Recognizer
	block *wordSet
	words *segdict.Dict
	err   error
}

// New builds the stage. Lexicons and the model load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "people" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"structure"} }

func (s *Stage) load() error {
	s.once.Do(func() {
		s.lx, s.err = loadLexicon()
		if s.err != nil {
			return
		}
		if !s.opts.NoModel {
			rec, err := ner.Default()
			if err != nil {
				s.err = fmt.Errorf("loading name recognizer: %w", err)
				return
			}
			s.rec = rec
			if s.words, s.err = segdict.Load(); s.err != nil {
				s.err = fmt.Errorf("loading word dictionary: %w", s.err)
				return
			}
		}
		s.block = newWordSet(s.opts.NotNames)
	})
	return s.err
}

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	if err := s.load(); err != nil {
		return err
	}
	if len(doc.Paragraphs) == 0 && len(doc.Runes) > 0 {
		doc.Paragraphs = analyzer.SplitParagraphs(doc.Runes)
	}
	f := newFinder(s.lx, doc)
	f.words = s.words
	f.collect()
	// Well-known leaders are names wherever the text writes them, except
	// in the name of a doctrine ending in 主义 (马克思主义 names no person);
	// only those the text contains become candidates.
	names := s.opts.Names
	for _, n := range s.lx.leaders {
		if strings.Contains(doc.Text, n) && strings.Count(doc.Text, n) > strings.Count(doc.Text, n+"主义") {
			names = append(names[:len(names):len(names)], n)
		}
	}
	for _, n := range names {
		if n != "" {
			c := f.cands[n]
			if c == nil {
				c = &candidate{}
				f.cands[n] = c
			}
			c.src |= srcUser
		}
	}
	if s.rec != nil {
		s.model(f)
		f.modelRan = true
	}
	doc.People = slices.DeleteFunc(f.resolve(s.block), func(p analyzer.Person) bool { return onlyDoctrine(doc.Runes, p) })
	for _, p := range doc.People {
		for _, o := range p.Offsets {
			doc.Protected = append(doc.Protected, analyzer.Protected{Span: o, Pos: "nr"})
		}
	}
	return nil
}

// model adds the recognizer's names that pass the stage's own checks: long
// enough, not a never-a-name word, not a surname with a title (王副市长).
func (s *Stage) model(f *finder) {
	min := s.opts.MinScore
	if min == 0 {
		min = 0.5
	}
	found := s.recognize(f)
	// Names the model tags anywhere in the document, to judge lists below.
	tagged := map[string]bool{}
	for _, ms := range found {
		for _, m := range ms {
			if m.Len() >= 2 {
				tagged[string(f.r[m.Start:m.End])] = true
			}
		}
	}
	for i, p := range f.paras {
		for _, m := range found[i] {
			if m.Len() >= 2 && !f.cued(string(f.r[m.Start:m.End])) &&
				(f.inThingList(m.Span, p, tagged) || f.insideQuote(m.Span, p)) {
				continue
			}
			if m.Score < min || m.Start < p.Start || m.End > p.End || m.Len() < 1 || m.Len() > 12 {
				continue
			}
			if f.isolated(m.Start, m.End, p) {
				continue
			}
			// 全屏, 于宇宙: an unsure name starting with a function-word
			// surname is a word.
			if weakSurnames[f.r[m.Start]] && m.Score < sureScore {
				continue
			}
			if m.Len() == 1 {
				// A bare surname (胡老说, 汤局长) is kept only where the
				// model tagged it: scanning for one character would find
				// it inside every word.
				if f.lx.surnames[f.r[m.Start]] {
					f.single = append(f.single, spaced{span: m.Span, name: string(f.r[m.Start])})
				}
				continue
			}
			if w := f.r[m.Start:m.End]; f.lx.headsFw.has(w) || f.lx.byline.has(w) || f.lx.editor.has(w) {
				continue // 记者, 主任: a title, not a name
			}
			if f.notName(m.Start, m.End, p.End) || f.reference(m.Start, m.End) {
				continue
			}
			if f.cueNameThenFollow(m.Span, p) {
				continue
			}
			if len(f.r) >= shortDoc && !f.plausible(f.r[m.Start:m.End], m.Score) {
				continue
			}
			if wordEvidence && len(f.r) >= shortDoc && m.Score < wordScore && f.suspect(s.words, m.Start, m.End, p, m.Score) != "" {
				continue
			}
			f.add(m.Start, m.End, srcModel)
			f.modelHits[string(f.r[m.Start:m.End])]++
			f.modelAt[m.Start] = m.Span
			if m.Score >= sureScore {
				f.modelSure[m.Start] = true
			}
		}
	}
}

// parallelChars is the document size above which paragraphs are sent to
// the recognizer from several goroutines: the model is most of the stage's
// time, is safe for concurrent use, and one long report would otherwise use
// one core while the others wait.
const parallelChars = 20000

// recognize runs the model on every paragraph, in parallel for long
// documents; result i belongs to paragraph i.
func (s *Stage) recognize(f *finder) [][]ner.Mention {
	out := make([][]ner.Mention, len(f.paras))
	workers := runtime.GOMAXPROCS(0)
	if workers > 4 {
		workers = 4
	}
	if len(f.r) < parallelChars || workers < 2 || len(f.paras) < 2 {
		for i, p := range f.paras {
			out[i] = trimMentions(f.r, s.rec.Recognize(f.r, p))
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = s.rec.Recognize(f.r, f.paras[i])
			}
		}()
	}
	for i := range f.paras {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range out {
		out[i] = trimMentions(f.r, out[i])
	}
	return out
}

// trimMentions cuts punctuation and spaces off the edges of the model's
// spans: the model sometimes runs a name into an ASCII bracket (通讯员潘全喜)
// 8月 → 潘全喜)), which no name contains. A span trimmed to one character is
// dropped (a bare surname must be tagged alone).
func trimMentions(r []rune, ms []ner.Mention) []ner.Mention {
	out := ms[:0]
	for _, m := range ms {
		n := m.End - m.Start
		for m.Start < m.End && edgeJunk(r[m.Start]) {
			m.Start++
		}
		for m.End > m.Start && edgeJunk(r[m.End-1]) {
			m.End--
		}
		if l := m.End - m.Start; l == n || l >= 2 {
			out = append(out, m)
		}
	}
	return out
}

// edgeJunk reports a character no name starts or ends with.
func edgeJunk(c rune) bool {
	return !isDot(c) && (unicode.IsPunct(c) || unicode.IsSpace(c) || unicode.IsSymbol(c))
}

// inThingList reports whether the span is an item of a 、-list most of
// whose items are not names (黄石、鄂州、孝感、黄冈、咸宁): the model takes
// some places and products in such lists for names.
func (f *finder) inThingList(sp analyzer.Span, p analyzer.Span, tagged map[string]bool) bool {
	r := f.r
	left := sp.Start > p.Start && r[sp.Start-1] == '、'
	right := sp.End < p.End && r[sp.End] == '、'
	if !left && !right {
		return false
	}
	// The clause around the span.
	cs, ce := sp.Start, sp.End
	for cs > p.Start && cs > sp.Start-maxReach && !isClauseBreak(r[cs-1]) {
		cs--
	}
	for ce < p.End && ce < sp.End+maxReach && !isClauseBreak(r[ce]) {
		ce++
	}
	var spans []analyzer.Span
	st := cs
	for i := cs; i <= ce; i++ {
		if i < ce && r[i] != '、' {
			continue
		}
		if i > st {
			spans = append(spans, analyzer.Span{Start: st, End: i})
		}
		st = i + 1
	}
	// The last item ends where the list does (天门|等全国文明城市, 黄冈|3个,
	// 尼亚萨兰|以及): cut it at 等, a digit or a non-Han character so that it
	// counts as an item.
	if k := len(spans) - 1; k >= 1 {
		it := &spans[k]
		for i := it.Start + 1; i < it.End; i++ {
			if c := r[i]; c == '等' || c == '及' || !isHan(c) || c == '以' && i+1 < it.End && r[i+1] == '及' {
				it.End = i
				break
			}
		}
	}
	items, names := 0, 0
	for k, it := range spans {
		short := it.Len() <= 5
		for _, c := range r[it.Start:it.End] {
			if !isHan(c) {
				short = false
			}
		}
		if !short {
			// Only lists of short bare words are judged (中国选手李亚莉、
			// 曾秀君以11秒37 says nothing); the first and last item may
			// carry the words around the list.
			if k == 0 || k == len(spans)-1 {
				continue
			}
			return false
		}
		items++
		// 霍林河、伊敏河、平朔、元宝山: an item ending in a place suffix no
		// given name uses is a place even where the model tagged it, and
		// so is a word the dictionary tags as a place (喀麦隆、摩洛哥).
		if f.listName(r[it.Start:it.End], tagged) && !strings.ContainsRune(listPlaceEnds, r[it.End-1]) && !f.placeWord(r[it.Start:it.End]) {
			names++
		}
	}
	return len(spans) >= 3 && items >= 1 && names*2 < items
}

// listName reports whether a list item is a name, or a name followed by a
// word for what a person leaves (毛泽东思想、邓小平理论 list doctrines
// named after people; 谢夫隆公司 says nothing about a person).
func (f *finder) listName(it []rune, tagged map[string]bool) bool {
	name := func(w string) bool { return tagged[w] || f.cands[w] != nil }
	if name(string(it)) {
		return true
	}
	for _, suf := range personWorks {
		if n := len(it) - len([]rune(suf)); n >= 2 && strings.HasSuffix(string(it), suf) && name(string(it[:n])) {
			return true
		}
	}
	return false
}

// personWorks are words that follow a person's name in the name of a
// doctrine or a legacy.
var personWorks = []string{"思想", "理论", "主义", "精神", "同志"}

// placeWord reports whether the dictionary tags w as a place (ns).
func (f *finder) placeWord(w []rune) bool {
	if f.words == nil {
		return false
	}
	pos, ok := lookup(f.words, w)
	return ok && pos == "ns"
}

// listPlaceEnds are place-name suffixes that given names hardly end with.
const listPlaceEnds = "河湖岛湾峡港嘴省县州旗盟"

// insideQuote reports whether the span lies inside quotation marks that
// hold more than the name (“黄小西吃晚饭”, “走在前、勇争先”): a slogan.
func (f *finder) insideQuote(sp analyzer.Span, p analyzer.Span) bool {
	r := f.r
	open := -1
	for i := sp.Start - 1; i >= p.Start && i >= sp.Start-30; i-- {
		if r[i] == '”' || r[i] == '」' {
			return false
		}
		if r[i] == '“' || r[i] == '「' {
			open = i
			break
		}
	}
	if open < 0 {
		return false
	}
	for i := sp.End; i < p.End && i <= sp.End+30; i++ {
		if r[i] == '“' || r[i] == '「' {
			return false
		}
		if r[i] == '”' || r[i] == '」' {
			// A short quote without a clause break is a slogan or a name
			// of a thing; a longer one is speech, where names are real.
			if i-open-1 > 12 {
				return false
			}
			for _, c := range r[open+1 : i] {
				if c == '，' || c == '。' || c == '：' {
					return false
				}
			}
			return i-open-1 > sp.Len()
		}
	}
	return false
}

// cueNameThenFollow reports whether a cue found a shorter name at the
// mention's start that a following word ends (王凯|通报了: the model read
// 王凯通); the cue's reading stands.
func (f *finder) cueNameThenFollow(m, p analyzer.Span) bool {
	for l := m.Len() - 1; l >= 2; l-- {
		c := f.cands[string(f.r[m.Start:m.Start+l])]
		if c != nil && c.src&^srcModel != 0 && f.lx.follow.prefixAt(f.r, m.Start+l, p.End) {
			return true
		}
	}
	return false
}

// isolated reports whether a span stands between spaces or symbols like a
// breadcrumb item (首页 > 新闻 > 要闻), or alone on its line: the model's
// names there are not trusted without a cue (bylines have their own).
func (f *finder) isolated(start, end int, p analyzer.Span) bool {
	sym := func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("<>|/-_•·»«›‹", r)
	}
	left := start == p.Start || sym(f.r[start-1])
	right := end == p.End || sym(f.r[end])
	// A whole line that is only the name (下载 / 打印 / 全屏 page chrome)
	// counts as isolated too.
	return left && right
}

// reference reports whether r[p:end] is a surname plus a title (王副市长,
// 何书记): a reference to a person named elsewhere, not a name.
func (f *finder) reference(p, end int) bool {
	r := f.r
	if end-p < 2 || !f.lx.surnames[r[p]] {
		return false
	}
	if r[p+1] == '副' {
		return true
	}
	h := f.lx.headsFw.longestAt(r, p+1, end)
	return h > 0 && p+1+h == end
}

// plausibleScore is the model confidence above which a name needs no
// plausibility check. Below it (the model's least sure names), long reports
// yield mostly places and coinages, news sentences mostly real names; on
// People's Daily dev the check costs 2% recall and removes most of the
// false names of the 2026 provincial reports.
const plausibleScore = 0.6

// shortDoc is the document length under which the plausibility check is
// off: a single news sentence offers no other evidence, and there the
// model's unsure names are mostly right; long reports, and meeting news of
// a few hundred characters, are where its unsure names are mostly places
// and coinages (汪岗镇, 民政府, 要负责). 500 rather than 1000: on the
// development batches of testdata/meetnews names F1 0.965 → 0.978.
const shortDoc = 500

// sureScore is the model confidence at which the model's end of a name
// beats a title cue's guess (部长姜伟|新近日: the cue reads 姜伟新).
const sureScore = 0.8

// plausible reports whether a model name looks like a person's name: sure
// enough, or a (compound) surname with one or two common given-name
// characters, or a transliteration. Long reports are full of
// places and coinages (渤海, 施工, 欣欣向荣) the model sometimes takes for
// names.
func (f *finder) plausible(rs []rune, score float64) bool {
	if score >= plausibleScore {
		return true
	}
	lx := f.lx
	s := 0
	switch {
	case len(rs) >= 3 && lx.compounds.has(rs[:2]):
		s = 2
	case lx.surnames[rs[0]]:
		s = 1
	}
	if g := len(rs) - s; s > 0 && g >= 1 && g <= 2 {
		ok := true
		for _, c := range rs[s:] {
			if !lx.given[c] {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	n, t := 0, 0
	for _, c := range rs {
		if isDot(c) {
			continue
		}
		n++
		if lx.translit[c] {
			t++
		}
	}
	return n >= 2 && t*5 >= n*4
}

// onlyDoctrine reports a person every mention of whom starts the name of a
// doctrine (马克思主义学院, 马克思主义政党): the text names no person.
func onlyDoctrine(r []rune, p analyzer.Person) bool {
	for _, o := range p.Offsets {
		if o.End+1 >= len(r) || r[o.End] != '主' || r[o.End+1] != '义' {
			return false
		}
	}
	return len(p.Offsets) > 0
}
