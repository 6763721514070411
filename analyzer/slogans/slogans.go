// Package slogans finds political formulas, quoted coinages, plan names and
// cited documents, with expansions.
//
// Candidates come from three linear scans of the text: quoted spans (“…”,
// ‘…’, 「…」) and 《…》 titles, the glossary (dict/slogans), and numeral
// shapes (三X三Y, 四个X + 战略/要求…). Each candidate is then judged on
// evidence rather than on a list of answers: units and measure words after
// the numeral (三个月 is a count), the words around a quote (荣获“…”奖 is an
// award, “…”号 a ship), how the phrase is written in the background corpus
// (a phrase usually written bare is an ordinary word), the general
// dictionary (千方百计 is an idiom), and definitions in the text itself
// (政治性、先进性、群众性的“三性”).
package slogans

import (
	"regexp"
	"slices"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Options configures the slogans stage.
type Options struct {
	// Kinds keeps only items of these kinds (analyzer.Kind*); empty keeps all.
	Kinds []string
	// MinMentions drops items mentioned fewer times (0 or 1 keeps all).
	MinMentions int
	// RulesOnly skips the quote model: more recall, less precision
	// (held out: R 0.951 and P 0.815 against 0.908 and 0.906).
	RulesOnly bool
}

// Stage is the slogans pipeline stage.
type Stage struct {
	opts Options
}

// New builds the stage. The lexicons load lazily on first use.
func New(o Options) (*Stage, error) { return &Stage{opts: o}, nil }

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "slogans" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"structure"} }

// Process implements analyzer.Stage: it fills doc.Slogans and appends a
// protected span for every mention so the segmenter keeps it whole.
func (s *Stage) Process(doc *analyzer.Document) error {
	l, err := loadLexicon()
	if err != nil {
		return err
	}
	model := l.model
	if s.opts.RulesOnly {
		model = nil
	}
	items := extract(l, doc.Runes, model, nil)
	for _, it := range items {
		if len(s.opts.Kinds) > 0 && !slices.Contains(s.opts.Kinds, it.Kind) {
			continue
		}
		if it.Mentions < s.opts.MinMentions {
			continue
		}
		doc.Slogans = append(doc.Slogans, it)
		if !protect(it) {
			continue
		}
		for _, sp := range it.Offsets {
			doc.Protected = append(doc.Protected, analyzer.Protected{Span: sp, Pos: "nz"})
		}
	}
	return nil
}

// protect reports whether an item's mentions should be single tokens:
// formulas, coinages and plans are. Document titles and punctuated quoted
// lists (机关化、行政化、贵族化、娱乐化) are sentences of ordinary words, so
// they are left to the segmenter and keyword counts still see their words.
func protect(it analyzer.Slogan) bool {
	return it.Kind != analyzer.KindDocument && !strings.ContainsAny(it.Text, "、，,；;：:")
}

// Extract runs the extractor over a text without a pipeline (for tools and
// tests). Offsets are character offsets into text.
func Extract(text string) ([]analyzer.Slogan, error) {
	l, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return extract(l, []rune(text), l.model, nil), nil
}

// ExtractWith is Extract with another quote model (nil: the rules alone)
// and, when trace is not nil, a call for every quoted phrase the rules take
// for a coinage, with the features the model weighs. The trainer uses it.
func ExtractWith(text string, m *QuoteModel, trace func(Candidate)) ([]analyzer.Slogan, error) {
	l, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	return extract(l, []rune(text), m, trace), nil
}

// candidate is an accepted item before its mentions are counted.
type candidate struct {
	text      string
	kind      string
	first     int
	expansion []string
	source    string
	// spans are the 《》 occurrences of a document (documents count only those).
	spans []analyzer.Span
}

// extract finds every item in r, letting model (nil: none) weigh the
// coinages and calling trace (nil: none) for each candidate.
func extract(l *lexicon, r []rune, model *QuoteModel, trace func(Candidate)) []analyzer.Slogan {
	x := &extractor{l: l, r: r, found: map[string]*candidate{}, docs: map[string]*candidate{}, counts: map[string]int{},
		parts: map[string]bool{}, quoted: map[string]int{}, pending: map[string][]string{}, rejected: map[string][]string{}, named: map[string]bool{},
		model: model, trace: trace}
	x.scanQuotes()
	x.scanGlossary()
	x.scanShapes()
	return x.finish()
}

type extractor struct {
	l      *lexicon
	r      []rune
	found  map[string]*candidate
	docs   map[string]*candidate
	counts map[string]int
	// parts holds the two-character pieces of the short numbered formulas
	// accepted so far (一核两翼多点 → 一核, 两翼, 多点 …): a two-character
	// quote that is one of them names a part of a formula of the text.
	parts map[string]bool
	// quoted counts each phrase's quoted occurrences; pending holds the
	// features of the first quote of every coinage the rules accepted, for
	// the quote model to judge once the whole text is read.
	quoted  map[string]int
	pending map[string][]string
	model   *QuoteModel
	trace   func(Candidate)
	// rejected holds, when tracing, the features of the quotes the rules
	// turned down.
	rejected map[string][]string
	// named holds the quotes turned down as names, honours, dates or
	// bodies: they stay out even as parts of a quoted slogan.
	named map[string]bool
}

// accept records an item the first time it is found.
func (x *extractor) accept(text, kind string, at int) *candidate {
	if c, ok := x.found[text]; ok {
		if at < c.first {
			c.first = at
		}
		return c
	}
	c := &candidate{text: text, kind: kind, first: at}
	if e, ok := x.l.glossary[text]; ok {
		c.kind = e.Kind
	}
	x.found[text] = c
	if t := []rune(text); c.kind == analyzer.KindNumbered && len(t) >= 4 && len(t) <= 8 {
		for i := 0; i+2 <= len(t); i++ {
			x.parts[string(t[i:i+2])] = true
		}
	}
	return c
}

// Quote pairs the scanner understands.
var closers = map[rune]rune{'“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉'}

const (
	maxQuoted = 60  // longest quoted phrase considered, in characters
	maxTitle  = 100 // longest 《》 title
)

// scanQuotes judges every quoted span and 《》 title.
func (x *extractor) scanQuotes() {
	r := x.r
	for i := 0; i < len(r); i++ {
		if r[i] == '"' {
			// Straight quotes open and close with the same character: take
			// the next one on the line and continue after it.
			for k := i + 1; k < len(r) && k <= i+maxQuoted+1 && r[k] != '\n'; k++ {
				if r[k] == '"' {
					x.judgeQuote(i+1, k)
					i = k
					break
				}
			}
			continue
		}
		if r[i] != '“' && r[i] != '《' && r[i] != '〈' && r[i] != '‘' && r[i] != '「' && r[i] != '『' {
			continue
		}
		closer := closers[r[i]]
		limit := maxQuoted
		if r[i] == '《' || r[i] == '〈' {
			limit = maxTitle // 〈〉 marks a title inside a title: 转发〈…意见〉
		}
		j, depth := -1, 0
		for k := i + 1; k < len(r) && k <= i+limit+1; k++ {
			if r[k] == closer {
				if depth == 0 {
					j = k
					break
				}
				depth--
				continue
			}
			if r[k] == '\n' || r[k] == r[i] && r[i] != '《' {
				break
			}
			if r[k] == '《' && r[i] == '《' {
				depth++ // 《关于贯彻落实《…纲要》的实施意见》: a title citing a title
			}
		}
		if j < 0 {
			continue
		}
		if r[i] == '《' || r[i] == '〈' {
			x.judgeTitle(i+1, j)
			continue
		}
		x.judgeQuote(i+1, j)
	}
}

// judgeTitle accepts 《…》 as a document unless it names a work of art, a
// newspaper or a journal.
func (x *extractor) judgeTitle(start, end int) {
	r, l := x.r, x.l
	for start < end && isSpace(r[start]) {
		start++
	}
	for end > start && isSpace(r[end-1]) {
		end--
	}
	if start == end {
		return
	}
	text := string(r[start:end])
	if l.workBefore.suffix(r, max(lineStart(r, start-1), start-1-6), start-1) {
		return
	}
	trimmed := []rune(strings.TrimRight(text, "（）()草案试行修订"))
	isDoc := l.docSuffix.suffix(r, start, end) || l.docSuffix.suffix(trimmed, 0, len(trimmed)) ||
		strings.HasSuffix(text, "）") || strings.HasSuffix(text, ")")
	// Without a document ending a title names a book, a dictionary, a
	// speech, a bulletin or a contract form (《河西走廊通史》, 《现代汉语词典》,
	// 《…共同奋斗》): 83 of the 86 documents of the annotated reports end in
	// one. Programme titles ending in a target year (《中国制造2025》) and
	// titles closing on a nested document title (转发〈…意见〉) are
	// documents too; a closing quote alone makes none (《…牢固树立“四个意识”》
	// is an article).
	if !isDoc && !yearEnd(r[start:end]) && !nestedDoc(l, r, start, end) || l.speechSuffix.suffix(r, start, end) || studyReport(trimmed) {
		return
	}
	c, ok := x.docs[text]
	if !ok {
		c = &candidate{text: text, kind: analyzer.KindDocument, first: start}
		x.docs[text] = c
	}
	c.spans = append(c.spans, analyzer.Span{Start: start, End: end})
}

// studyReport reports a title ending in 报告 that is no official report:
// the 公文 regulation's 报告 reports work or a matter to a superior organ
// (《政府工作报告》, 《关于…的报告》, 《…执行情况报告》), while survey, research
// and analysis reports (《…观察报告》, 《…研究报告》, 《全球营商环境报告》)
// are studies, which guideline H does not count as documents. The bare
// short form 《报告》 stays a document.
func studyReport(t []rune) bool {
	s := string(t)
	if !strings.HasSuffix(s, "报告") || len(t) <= 2 {
		return false
	}
	return !strings.HasPrefix(s, "关于") && !strings.HasSuffix(s, "工作报告") &&
		!strings.HasSuffix(s, "的报告") && !strings.HasSuffix(s, "情况报告")
}

// nestedDoc reports a title r[start:end] that closes on a nested title
// (〈…〉 or <…>) with a document ending.
func nestedDoc(l *lexicon, r []rune, start, end int) bool {
	if end-start < 3 || r[end-1] != '〉' && r[end-1] != '>' {
		return false
	}
	return l.docSuffix.suffix(r, start, end-1) || yearEnd(r[start:end-1])
}

// yearEnd reports a title ending in a four-digit year after other text.
func yearEnd(t []rune) bool {
	n := len(t)
	if n < 6 {
		return false
	}
	for _, c := range t[n-4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return !isDigit(t[n-5])
}

// judgeQuote decides whether the quoted span r[start:end] is a slogan.
func (x *extractor) judgeQuote(qs, qe int) {
	r, l := x.r, x.l
	start, end := qs, qe
	for start < end && isSpace(r[start]) {
		start++
	}
	for end > start && isSpace(r[end-1]) {
		end--
	}
	n := end - start
	if n == 0 {
		return
	}
	text := string(r[start:end])
	x.quoted[text]++
	if e, ok := l.glossary[text]; ok {
		x.accept(text, e.Kind, start)
		return
	}
	if isPlan(r[start:end]) || n == 2 && r[start+1] == '五' && isNumeral(r[start]) && hasAt(r, qe+1, "普法") {
		x.accept(text, analyzer.KindPlan, start) // 十四五; “五五”普法 (the fifth five-year legal education plan)
		return
	}
	if l.partOf[text] {
		// A part of a known slogan quoted on its own (“经济强” of 强富美高,
		// “港人治港”): the guideline counts it as an item.
		x.accept(text, analyzer.KindQuoted, start)
		return
	}
	if n < 2 || n > maxQuoted {
		return
	}
	if strings.ContainsAny(text, "。？?\n“”《》") {
		return // a quoted sentence or a nested quotation, not a formula
	}
	open := qs - 1 // the opening quote
	for open > 0 && isSpace(r[open-1]) {
		open--
	}
	ls := lineStart(r, open)
	// Reported speech or a cited passage: 他说：“…，…”, 明确提出要“…，…”.
	if open > 0 && (r[open-1] == '：' || r[open-1] == ':') && (strings.ContainsAny(text, "，,") || n > 15) {
		return
	}
	if n > 20 && strings.ContainsAny(text, "，,") && x.afterSpeechVerb(open, ls) {
		return
	}
	closeAt := qe + 1 // first character after the closing quote
	le := lineEnd(r, closeAt)
	if x.trace != nil {
		defer x.traceRejected(text, start, end, open, closeAt)
	}
	// Names are never items, not even as parts of a slogan (quotedParts).
	if x.isName(start, end, open, closeAt, ls) ||
		latinRun(r[start:end]) >= 3 || // “三港一航海上高速FAST”, “…CTTREC”: a name of a route, product or body
		isStreak(r[start:end]) || // “二十二连丰”, “十一连增”: a record run, not a formula
		x.bodyName(r[start:end]) || // “两会”, “一府一委两院”, “五大指挥部”: bodies, posts or events named by a count
		digitName(r[start:end]) { // “青薯9号”, “2025全国旅游景区创新发展案例”, “117项目”
		x.named[text] = true
		return
	}
	if allNumerals(r[start:end]) && x.coinageHeadAfter(closeAt) {
		x.accept(text, analyzer.KindNumbered, start) // 上市资源培育“十百千”计划
		return
	}
	if allNumerals(r[start:end]) || isDateLabel(text) {
		return // 五一, 双十一, 7·20: date labels
	}
	if isDigitFormula(text) {
		x.accept(text, analyzer.KindNumbered, start)
		return
	}
	if pairOutcome(r[start:end]) {
		return // 税收和利润“双提升”, 事故起数和死亡人数“双下降”: an outcome of two figures, a count
	}
	if countedQuote(r, open) && !isNumeral(r[start]) && !isDigit(r[start]) {
		return // 四个“新”, 五大“历史意义”, 一项“牛鼻子”: the word a count-up counts, not a coinage
	}
	// A “+” or “×” coinage is quoted even when it starts with a numeral
	// (百业+文旅); only digit formulas (1+N) count as numbered.
	plus := strings.ContainsAny(text, "+＋×")
	if !plus && x.numberedShape(r[start:end]) && !isClause(r[start:end]) {
		// A programme head after the quote (儿童健康“五小”专项行动) names a
		// formula even when the dictionary lists the shape as a word.
		if w, ok := l.numWords[text]; ok && w.Freq >= 10 && x.definition(qs-1, qe+1, text) == nil && !x.coinageHeadAfter(closeAt) {
			return // an idiom or ordinary word (一刀切, 一揽子, 两院)
		}
		x.judgeLater(text, "shape", start, end, open, closeAt)
		c := x.accept(text, analyzer.KindNumbered, start)
		if c.expansion == nil {
			c.expansion = x.definition(qs-1, qe+1, text)
		}
		return
	}
	if l.problemBefore.within(r, clauseStart(r, open, ls, 6), open) {
		return // 面临“信息孤岛”制约, 偏向于“垒大户、吃快餐”: a problem described, not a coinage
	}
	if closeAt < len(r) && l.problemAfter.prefix(r, closeAt, le) {
		return // “入园难”问题: a problem label
	}
	if closeAt < len(r) && l.figurativeAfter.prefix(r, closeAt, le) {
		return // 发挥“压舱石”作用: a figure for a role
	}
	if l.nameBefore.within(r, clauseStart(r, open, ls, 4), open) {
		return // 以下简称“公管办”: the short name of an institution or a law
	}
	if x.describedSibling(open, closeAt, ls) {
		return // 如“性别关怀”“女生的核心素养培育”…: one of a list of topics
	}
	structured := strings.ContainsAny(text, "、，,+＋×·•—-/：|")
	// A named theme is an item whatever its shape (guideline K), like a
	// banner: neither the cues below nor the model weigh it.
	if closeAt < len(r) && l.themeAfter.prefix(r, closeAt, le) || l.themeBefore.suffix(r, max(ls, open-3), open) {
		kind := x.coinageKind(r[start:end])
		if !plus && x.quotedFormula(r[start:end]) {
			kind = analyzer.KindNumbered
		}
		x.accept(text, kind, start)
		return
	}
	// The cues below are heuristics; a phrase the annotated training texts
	// label an item more often than not (known.tsv) has better evidence
	// and goes to the model instead (擦亮“重要窗口”的金名片). Without a
	// model (the rules alone, or the trainer's own pass, whose texts the
	// table describes) the cues decide.
	if !structured && !(x.model != nil && l.knownItem(text)) {
		if l.general[text] && !x.markedDefinition(qs, qe, open, closeAt, text) {
			return // a dictionary noun or idiom used as a metaphor (“绊脚石”)
		}
		if l.figurative.within(r, clauseStart(r, open, ls, 6), open) {
			return // 打通养老服务“最后一公里”: a figure, not a coinage
		}
		if n >= 3 && n <= 5 && !isNumeral(r[start]) && l.figurativeSuffix.suffix(r, start+1, end) {
			return // “后半篇文章”, “先手棋”, “得补率”: a figure or a metric
		}
		if n >= 3 && n <= 5 && (r[start] == '当' || r[start] == '做') && !timeWord(r[start:end]) {
			return // 示范带动“当龙头”, “做加法”: a role or an action as a figure
		}
		if strings.ContainsRune(text, '的') {
			return // a description (女生的核心素养培育), not a coinage
		}
		if n == 2 {
			// Two-character quotes are mostly emphasis (“严管”, “失联”);
			// keep those the corpus writes quoted as a rule.
			if u, ok := l.background[text]; (!ok || u.Quoted < 3 || u.Quoted*2 < u.Total) && !x.coinageHeadAfter(closeAt) && !x.parts[text] {
				return
			}
		}
		if u, ok := l.background[text]; ok {
			if u.Dict >= 5 {
				return // a general word used as a metaphor or for emphasis (“牛鼻子”)
			}
			if u.Total >= 50 && u.Quoted*10 < u.Total {
				return // usually written bare: an ordinary word
			}
		}
		if closeAt < len(r) && r[closeAt] == '的' && !l.watchwordAfter.prefix(r, closeAt+1, le) {
			return // a quoted modifier: “当家吃饭”的产业 (not “谁投资谁受益”的原则)
		}
		if open > 0 && r[open-1] == '的' && (closeAt >= len(r) || isClauseEnd(r[closeAt])) {
			return // a figurative noun: 令人向往的“诗与远方”。
		}
	}
	if !plus && x.quotedFormula(r[start:end]) {
		x.judgeLater(text, "formula", start, end, open, closeAt)
		x.accept(text, analyzer.KindNumbered, start)
		return
	}
	// A parallel list or a banner (“…”横幅) is a slogan by its form or its
	// place, which the model, trained mostly on cited clauses, need not weigh.
	if !parallelList(r[start:end]) && !(closeAt < len(r) && l.bannerAfter.prefix(r, closeAt, le)) && !x.combinedPair(open, closeAt) {
		x.judgeLater(text, "coinage", start, end, open, closeAt)
	}
	x.accept(text, x.coinageKind(r[start:end]), start)
}

// coinageKind is the kind of a quoted coinage: numbered when it is led by
// digits naming the formula (“613工程”, “30条”), as every such item of the
// annotated texts is, unless the digits measure time or distance (“10分钟
// 体育健身圈”: guideline F); quoted otherwise.
func (x *extractor) coinageKind(t []rune) string {
	k := 0
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if k > 0 && k < len(t) && isHan(t[k]) && !x.l.measure.prefix(t, k, len(t)) {
		return analyzer.KindNumbered
	}
	return analyzer.KindQuoted
}

// markedDefinition reports a numeral-led quote that the text defines with
// a marked list — joined by 的 before the quote or bracketed after it
// (“三座大山”（市场的冰山、…）): then a dictionary idiom is used as a
// formula. A bare list running into the quote (市场、企业和社会“三头冷”) is
// not enough.
func (x *extractor) markedDefinition(qs, qe, open, closeAt int, text string) bool {
	r := x.r
	if !isNumeral(r[qs]) {
		return false
	}
	marked := open > 0 && r[open-1] == '的' || closeAt < len(r) && strings.ContainsRune("（(：:", r[closeAt])
	return marked && x.definition(qs-1, qe+1, text) != nil
}

// quotedParts accepts the parts of an accepted quoted list that the text
// also quotes on their own (“查漏洞、抓反弹、补短板” … 在“抓反弹”方面): the
// guideline counts a slogan's parts quoted alone as items, whatever the model
// would make of the short phrase out of its list. It reports whether it
// added any.
func (x *extractor) quotedParts() bool {
	added := false
	for _, text := range sortedTexts(x.found) {
		c := x.found[text]
		if !strings.ContainsAny(text, "、，,‘“") {
			continue
		}
		// Quotes inside the item (短期‘保收成’、中期‘打基础’; 治国理政‘三新’)
		// mark its parts too (guideline I); they stand only inside it.
		inner := innerQuotes(text)
		for _, q := range inner {
			x.quoted[q]++
		}
		for _, part := range append(listItems(text), inner...) {
			if n := len([]rune(part)); n < 2 || n > 8 || x.quoted[part] == 0 {
				continue
			}
			if _, ok := x.found[part]; ok || x.named[part] {
				continue
			}
			kind := analyzer.KindQuoted
			if x.numberedShape([]rune(part)) {
				kind = analyzer.KindNumbered
			}
			x.accept(part, kind, c.first)
			added = true
		}
	}
	return added
}

// innerQuoteRe finds the quotes inside a quoted item.
var innerQuoteRe = regexp.MustCompile(`[‘“]([^‘’“”]+)[’”]`)

// innerQuotes returns the contents of the quotes inside a quoted item.
func innerQuotes(text string) []string {
	var out []string
	for _, q := range innerQuoteRe.FindAllStringSubmatch(text, -1) {
		out = append(out, q[1])
	}
	return out
}

// listItems splits a list at its 、 and commas.
func listItems(text string) []string {
	return strings.Split(listSeparators.Replace(text), "、")
}

// spellingSeparators are the marks a phrase may be written with or without.
var spellingSeparators = strings.NewReplacer(" ", "", "\u3000", "", "、", "", "，", "", ",", "", "·", "")

// spelling is a phrase without its separators, to tell two spellings of
// one phrase.
func spelling(text string) string { return spellingSeparators.Replace(text) }

// combinedPair reports a quote that is one of two joined as principles to
// be combined (坚持“当下改”和“长久立”相结合, “两点论”和“重点论”相结合):
// policy language pairs coined watchwords so, and 12 of the 14 such quotes
// of the annotated texts are items.
func (x *extractor) combinedPair(open, closeAt int) bool {
	r := x.r
	joins := "和与同"
	// “A”和“B”相结合, seen from A: the join, B and 相结合 follow.
	if closeAt+1 < len(r) && strings.ContainsRune(joins, r[closeAt]) && r[closeAt+1] == '“' {
		if e := x.quoteEnd(closeAt+1, lineEnd(r, closeAt)); e > 0 && hasAt(r, e, "相结合") {
			return true
		}
	}
	// Seen from B: the join and A precede, 相结合 follows.
	return open >= 2 && strings.ContainsRune(joins, r[open-1]) && r[open-2] == '”' && hasAt(r, closeAt, "相结合")
}

// countedQuote reports a quote opening at open right after a numeral and a
// classifier (四个“新”, 一种“稀缺资源”): speeches sum up a document as
// N个“X”, and the quoted word is then what is counted. Every such quote of
// the annotated training texts is not an item unless it is itself
// numeral-led (两个“一百年”); 一批“…” (a batch of) is not a count-up.
func countedQuote(r []rune, open int) bool {
	return open >= 2 && strings.ContainsRune("个大项种", r[open-1]) && isNumeral(r[open-2])
}

// timeWord reports a phrase that starts with a word of time or place made
// with 当 (当下改, 当前, 当地): there 当 is no verb of a role.
func timeWord(t []rune) bool {
	if len(t) < 2 || t[0] != '当' {
		return false
	}
	return strings.ContainsRune("下前地今年日天即场时代", t[1])
}

// parallelList reports a quoted list of three or more short parts that end
// in the same character (不敢腐、不能腐、不想腐; 尊商、重商、亲商、安商;
// 机关化、行政化、贵族化、娱乐化), or that start with the same character and
// are of one length (以学铸魂、以学增智、以学正风、以学促干): a formula by its
// form, which the model need not weigh. In the annotated training texts all
// 11 such lists with a common ending are items, and 19 of the 21 with a
// common start.
func parallelList(t []rune) bool {
	parts := listItems(string(t))
	if len(parts) < 3 {
		return false
	}
	sameLast, sameFirst := true, true
	var first []rune
	for _, p := range parts {
		rs := []rune(p)
		if len(rs) == 0 || len(rs) > 6 {
			return false
		}
		if first == nil {
			first = rs
			continue
		}
		sameLast = sameLast && rs[len(rs)-1] == first[len(first)-1]
		sameFirst = sameFirst && rs[0] == first[0] && len(rs) == len(first)
	}
	return sameLast || sameFirst
}

// listSeparators maps the commas that separate the parts of a quoted list
// to 、.
var listSeparators = strings.NewReplacer("，", "、", ",", "、")

// judgeLater keeps the features of the first quote of a phrase the rules
// accepted on its shape alone (a coinage, or a numeral shape no glossary
// lists), for the quote model to weigh once the whole text is read.
func (x *extractor) judgeLater(text, rule string, start, end, open, closeAt int) {
	if x.model == nil && x.trace == nil {
		return // nobody will read the features: skip the segmenter and look-ups
	}
	if _, seen := x.found[text]; !seen {
		x.pending[text] = append(x.quoteFeatures(start, end, open, closeAt), "rule="+rule)
	}
}

// quotedFormula reports a quoted coinage led by a numeral that is a formula
// even though the numeral is followed by a measure word (“三张清单”,
// “十件民生实事”, “三块地”) or a counted noun: the quotes make it a name,
// not a count. In the annotated reports 389 quoted numeral-led items are
// numbered and 9 quoted. Clock time and weights stay counts (“一小时通勤圈”,
// “一刻钟便民生活圈”, “千亿斤粮食”), as do frequent nouns that merely start
// with a numeral (“百姓富”, “四川造”); digits count when 个 follows (“3个100万”).
func (x *extractor) quotedFormula(t []rune) bool {
	k := 0
	for k < len(t) && isDigit(t[k]) {
		k++
	}
	if k > 0 {
		return k < len(t)-1 && t[k] == '个'
	}
	if len(t) < 3 || !isLead(t[0]) {
		return false
	}
	if numeralList(t) {
		return true
	}
	if isClause(t) {
		return false
	}
	for k < len(t) && (isNumeral(t[k]) || t[k] == '亿') {
		k++
	}
	if k == len(t) || x.l.measure.prefix(t, k, len(t)) {
		return false
	}
	return !x.numeralWord(t)
}

// isClause reports a quoted clause or sentence that merely starts with a
// numeral (“两家公司之所以走到一起来，是…”, “一个稳定、开放、繁荣，负起…的中国”):
// a comma between its parts, which no numbered item of the annotated texts
// has unless every part is numeral-led (numeralList).
func isClause(t []rune) bool {
	return (containsRune(t, '，') || containsRune(t, ',')) && !numeralList(t)
}

// numeralList reports a quoted list whose every part is numeral-led
// (一村一品、一镇一业; 两个市场、两种资源): a list of formulas, numbered in 27
// of the 28 such items of the annotated training texts, even when a part
// starts with a common word (一村).
func numeralList(t []rune) bool {
	parts := listItems(string(t))
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		rs := []rune(p)
		if len(rs) < 2 || !isLead(rs[0]) {
			return false
		}
	}
	return true
}

// numeralWord reports a phrase that merely starts with a place name (四川,
// 三门峡) or a common word (双向, 百姓, 一体) holding a numeral.
func (x *extractor) numeralWord(t []rune) bool {
	for w := 2; w <= 3 && w < len(t); w++ {
		// Rare two-character "places" of the dictionary (四区, 三城, 三北)
		// are generic or formulas themselves; longer ones are real (六盘水).
		if nw, ok := x.l.numWords[string(t[:w])]; ok && (nw.Pos == "ns" && (w >= 3 || nw.Freq >= 50) || nw.Freq >= 300 && strings.Contains("n b d a", nw.Pos)) {
			return true
		}
	}
	return false
}

// clauseStart is the offset up to limit characters before open, not
// crossing a clause boundary or the line start ls.
func clauseStart(r []rune, open, ls, limit int) int {
	from := open
	for k := open - 1; k >= ls && k >= open-limit; k-- {
		if isClauseEnd(r[k]) || r[k] == '”' || r[k] == '“' {
			break
		}
		from = k
	}
	return from
}

// isName reports the quoted span as an award, honour, nickname, title of a
// work, or name of a vessel, product, institution or event.
func (x *extractor) isName(start, end, open, closeAt, ls int) bool {
	r, l := x.r, x.l
	le := lineEnd(r, closeAt)
	// 荣获联合国“土地生命奖”, 被誉为“塞上江南”: look back up to 6 characters
	// within the clause.
	from := open
	for k := open - 1; k >= ls && k >= open-6; k-- {
		if isClauseEnd(r[k]) {
			break
		}
		from = k
	}
	if l.awardBefore.within(r, from, open) {
		return true
	}
	if l.artBefore.suffix(r, max(ls, open-4), open) {
		return true
	}
	if closeAt < le {
		if l.awardAfter.prefix(r, closeAt, le) || l.dateAfter.prefix(r, closeAt, le) && hasNumeral(r[start:end]) {
			return true
		}
		if l.nameAfter.prefix(r, closeAt, le) && !x.numberedShape(r[start:end]) {
			return true
		}
	}
	// “小巨人”450家, “灯塔工厂”3家: a designation counted by the bodies
	// holding it is an honour title.
	k := closeAt
	for k < le && (isDigit(r[k]) || r[k] == '.') {
		k++
	}
	if k > closeAt && k < le && strings.ContainsRune("家所名位", r[k]) {
		return true
	}
	// A name ending (…中心, …区) marks an institution or zone, unless the
	// quote is a list or a combination (好房子、好小区、好社区、好城区,
	// 管委会＋公司: only the last part ends so) or names a programme
	// (“基础研究特区”计划).
	if l.nameSuffix.suffix(r, start+1, end) && !x.numberedShape(r[start:end]) && !(end-start >= 2 && r[end-1] == '号' && r[end-2] == '字') &&
		!containsRune(r[start:end], '、') && !containsRune(r[start:end], '+') && !containsRune(r[start:end], '＋') && !programmeAfter(r, closeAt, le) &&
		!goingInto(r[start:end]) {
		return true
	}
	// “吉林工匠”, “时代楷模”, “世界中医药之都”, “最美家庭”: a phrase of up to
	// eight characters ending or starting in an honour is a title given to
	// people or places, whatever else it says.
	if end-start <= 8 && (l.honourSuffix.suffix(r, start+1, end) || l.honourPrefix.prefix(r, start, end-1)) && !x.numberedShape(r[start:end]) {
		return true
	}
	return false
}

// goingInto reports a quote of the “X进Y” campaign shape whose place ends
// like a name (“城市管理进社区”, “法律进园区”): the place is where the
// campaign goes, not the name of the quote (but 进步: “…进步节” is a day).
// Every such quote of the annotated texts is an item (“非遗进校园”, “文化进万家”).
func goingInto(t []rune) bool {
	k := len(t) - 3
	return k >= 2 && t[k] == '进' && t[k+1] != '步'
}

// maxSiblings bounds how many neighbouring quotes describedSibling looks
// at on each side, so the check costs constant time per quote.
const maxSiblings = 4

// describedSibling reports a quote that stands in a run of adjacent quotes
// (“A”“B”、“C”) one of which is a description with 的 (“女生的核心素养培育”):
// quotes listed together are of one nature, and a list that holds a
// description is a list of topics or wishes, not of coinages. Formulas and
// glossary entries are judged before this, so “两重”“两新” are not touched.
func (x *extractor) describedSibling(open, closeAt, ls int) bool {
	return slices.ContainsFunc(x.siblings(open, closeAt, ls), isDescription)
}

// siblings returns the contents of the quotes adjacent to the quote whose
// marks stand at open and closeAt-1 (…”“ or …”、“ on either side), at
// most maxSiblings on each side, nearest first.
func (x *extractor) siblings(open, closeAt, ls int) [][]rune {
	r := x.r
	le := lineEnd(r, closeAt)
	var out [][]rune
	p := open
	for range maxSiblings {
		k := p - 1
		if k > ls && (r[k] == '、' || r[k] == '，') {
			k--
		}
		if k < ls || r[k] != '”' {
			break
		}
		o := k - 1
		for o >= ls && o >= k-maxQuoted-1 && r[o] != '“' && r[o] != '”' {
			o--
		}
		if o < ls || r[o] != '“' {
			break
		}
		out = append(out, r[o+1:k])
		p = o
	}
	p = closeAt
	for range maxSiblings {
		k := p
		if k < le && (r[k] == '、' || r[k] == '，') {
			k++
		}
		e := x.quoteEnd(k, le)
		if e < 0 {
			break
		}
		out = append(out, r[k+1:e-1])
		p = e
	}
	return out
}

// quoteEnd returns the index after the closing mark of a quote that opens
// at k (“…”) and closes within le and maxQuoted characters, or -1.
func (x *extractor) quoteEnd(k, le int) int {
	r := x.r
	if k >= le || r[k] != '“' {
		return -1
	}
	c := k + 1
	for c < le && c <= k+maxQuoted+1 && r[c] != '”' && r[c] != '“' {
		c++
	}
	if c >= le || r[c] != '”' {
		return -1
	}
	return c + 1
}

// coinageHeadAfter reports a policy, campaign or programme head word
// (要求, 政策, 行动, 计划 …) right after the quote closed before at, or after
// the run of adjacent quotes that follows it (“并重”“并举”重要要求).
func (x *extractor) coinageHeadAfter(at int) bool {
	r := x.r
	le := lineEnd(r, at)
	for range maxSiblings {
		k := at
		if k < le && (r[k] == '、' || r[k] == '和' || r[k] == '与') {
			k++
		}
		if k >= le || r[k] != '“' {
			break
		}
		e := x.quoteEnd(k, le)
		if e < 0 {
			return false // an unclosed quote: no head can be read after it
		}
		at = e
	}
	return at < le && x.l.coinageAfter.prefix(r, at, le)
}

// programmeAfter reports 计划 or 行动 right after a quote: the quoted name
// is a programme's (“基础研究特区”计划), whatever its ending.
func programmeAfter(r []rune, at, le int) bool {
	return at+1 < le && (r[at] == '计' && r[at+1] == '划' || r[at] == '行' && r[at+1] == '动')
}

func containsRune(t []rune, c rune) bool {
	for _, x := range t {
		if x == c {
			return true
		}
	}
	return false
}

// latinRun is the length of the longest run of Latin letters in t.
func latinRun(t []rune) int {
	best, run := 0, 0
	for _, c := range t {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// pairOutcomes are the changes of a figure that 双 (or 三, 四 …) sums up
// for the figures written before it (税收和利润双提升, 起数和人数“双下降”,
// 面积和强度“双缩减”, “三下降”): guideline decision B counts these outcomes
// as counts, not formulas, and no annotated formula is a numeral followed by
// one of them (双碳, 双减, 双管控, 双倍增 are not).
var pairOutcomes = []string{"提升", "下降", "增长", "缩减", "减少", "降低", "提高", "增加", "过万", "倍增", "翻番", "好转", "上升", "过半"}

// jointOutcomes end a sum of figures named by one character
// (投资量、实物量、工作量“三量齐增”).
var jointOutcomes = []string{"齐增", "齐升", "齐降", "同增", "同升", "同降"}

// pairOutcome reports a numeral followed by exactly one of pairOutcomes,
// or by one character and one of jointOutcomes, or by 个, a degree adverb
// and an outcome (“三个持续下降”, 两个总体好转).
func pairOutcome(t []rune) bool {
	if len(t) < 3 || !strings.ContainsRune("双两三四五六", t[0]) {
		return false
	}
	if t[1] == '个' && len(t) >= 5 {
		rest := string(t[2:])
		for _, adv := range outcomeAdverbs {
			if strings.HasPrefix(rest, adv) && slices.Contains(pairOutcomes, strings.TrimPrefix(rest, adv)) {
				return true
			}
		}
		return false
	}
	switch len(t) {
	case 3:
		return slices.Contains(pairOutcomes, string(t[1:]))
	case 4:
		return slices.Contains(jointOutcomes, string(t[2:]))
	}
	return false
}

// outcomeAdverbs qualify an outcome counted with 个 (三个持续下降).
var outcomeAdverbs = []string{"持续", "总体", "明显", "大幅", "稳步", "同步", ""}

// outcomeAt reports an outcome sum (pairOutcome) starting at r[i].
func outcomeAt(r []rune, i int) bool {
	for n := 3; n <= 6; n++ {
		if pairOutcome(r[i:min(len(r), i+n)]) {
			return true
		}
	}
	return false
}

// digitName reports a quoted name built around digits, which coinages
// seldom are (digit formulas such as 1+N are judged before this): a model
// or vessel number inside the quote (青薯9号, 青海湖1号, 北驾祁连·9号公路), a
// leading year (2025全国旅游景区创新发展案例: a list, award or event of that
// year), or digits naming a project (117项目). A digit count of a unit
// (240小时过境免签) is left to the other checks.
func digitName(t []rune) bool {
	n := len(t)
	if n >= 6 && isDigit(t[0]) && isDigit(t[1]) && isDigit(t[2]) && isDigit(t[3]) && isHan(t[4]) {
		return true
	}
	for i := 1; i < n; i++ {
		if t[i] == '号' && isDigit(t[i-1]) && i >= 2 && !isDigit(t[0]) && !programmeRest(t[i+1:]) {
			return true
		}
	}
	if n >= 3 && isDigit(t[0]) && string(t[n-2:]) == "项目" {
		k := 0
		for k < n && isDigit(t[k]) {
			k++
		}
		return k == n-2
	}
	return false
}

// programmeRest reports a programme or document head after a number inside
// a quote (山东交旅1号工程, 1号文件): a priority campaign, not a model number.
func programmeRest(t []rune) bool {
	for _, h := range []string{"工程", "行动", "计划", "文件", "战略", "任务"} {
		if strings.HasPrefix(string(t), h) {
			return true
		}
	}
	return false
}

// isStreak reports a record run: numerals, 连 and one character
// (十二连增, 六连优, 二十二连丰).
func isStreak(t []rune) bool {
	n := len(t)
	// The run's result is one character or a grade letter (“九连A”).
	return n >= 3 && t[n-2] == '连' && (isHan(t[n-1]) || t[n-1] >= 'A' && t[n-1] <= 'Z') && allNumerals(t[:n-2])
}

// bodyName reports a phrase made only of numeral-led parts that each end in
// the head of a body, post or event (一府一委两院, 两代表一委员, 四大班子,
// 五大指挥部, 两会): guideline A and E count such names as no item.
func (x *extractor) bodyName(t []rune) bool {
	if len(t) < 2 || !isLead(t[0]) {
		return false
	}
	for k := 0; k < len(t); {
		j := k
		for j < len(t) && isNumeral(t[j]) {
			j++
		}
		if j == k {
			return false // a part that does not start with a numeral
		}
		if j < len(t) && (t[j] == '个' || t[j] == '级' || t[j] == '大') {
			j++
		}
		e := j
		for e < len(t) && !isNumeral(t[e]) {
			e++
		}
		if h := x.l.bodyHead.longest(t, j, e); h == 0 || j+h != e {
			return false
		}
		k = e
	}
	return true
}

// isDescription reports a quoted phrase built around 的 (女生的核心素养培育):
// a description, not a name.
func isDescription(t []rune) bool {
	for i, c := range t {
		if c == '的' && i > 0 && i < len(t)-1 {
			return true
		}
	}
	return false
}

// afterSpeechVerb reports a speech or citing verb (说, 指出, 提出, 要求 …),
// optionally followed by 要 or 了, just before the quote at open.
func (x *extractor) afterSpeechVerb(open, ls int) bool {
	p := open
	if p > ls && (x.r[p-1] == '要' || x.r[p-1] == '了' || x.r[p-1] == '到') {
		p--
	}
	return x.l.speech.suffix(x.r, max(ls, p-3), p)
}

// numberedShape reports a numeral-led formula: a leading numeral not
// followed by a unit or measure word (三个月, 一刻钟 are counts).
func (x *extractor) numberedShape(t []rune) bool {
	if len(t) < 2 || !isLead(t[0]) {
		return false
	}
	k := 0
	for k < len(t) && isNumeral(t[k]) {
		k++
	}
	if k == len(t) {
		return false
	}
	if t[k] == '个' {
		return k+1 < len(t) && !x.l.unitsGe.prefix(t, k+1, len(t))
	}
	if x.l.units.prefix(t, k, len(t)) {
		return false
	}
	// A place name or a common word that merely starts with a numeral does
	// not make a formula.
	return !x.numeralWord(t)
}

// scanGlossary finds numbered glossary formulas anywhere, quoted or bare.
// Quoted-kind glossary entries (放管服, 走出去) need their quotes: bare, they
// are ordinary verb phrases too often.
func (x *extractor) scanGlossary() {
	r, l := x.r, x.l
	for i := 0; i < len(r); i++ {
		n := l.glossTrie.longest(r, i, min(len(r), i+l.glossTrie.maxLen))
		if n == 0 {
			continue
		}
		text := string(r[i : i+n])
		e := l.glossary[text]
		if e.Kind != analyzer.KindNumbered || !x.bareOK(i, i+n) {
			continue
		}
		x.accept(text, e.Kind, i)
		x.listSiblings(i, i+n)
		i += n - 1
	}
}

// listSiblings accepts the neighbours, in a bare 、-list, of the glossary
// formula at r[s:e] that have its numeral and its length (三精准、三保障、三落实
// around 三保障): a list sets like with like.
func (x *extractor) listSiblings(s, e int) {
	r := x.r
	n := e - s
	try := func(a, b int) {
		if a < 0 || b > len(r) || r[a] != r[s] || !x.numberedShape(r[a:b]) || !x.bareOK(a, b) {
			return
		}
		if b < len(r) && isHan(r[b]) && r[b] != '、' && !isClauseEnd(r[b]) {
			return // the shape runs on into a longer phrase
		}
		x.accept(string(r[a:b]), analyzer.KindNumbered, a)
	}
	if s-1-n >= 0 && r[s-1] == '、' {
		try(s-1-n, s-1)
	}
	if e+1+n <= len(r) && r[e] == '、' {
		try(e+1, e+1+n)
	}
}

// bareOK checks the edges of a bare numeral formula at r[s:e]: not part of a
// longer number or an ordinal (第三农场, 二十三农), not the start of a count
// (三公里).
func (x *extractor) bareOK(s, e int) bool {
	r := x.r
	if s > 0 && (isNumeral(r[s-1]) || r[s-1] == '第' || isDigit(r[s-1])) {
		return false
	}
	if !isNumeral(r[s]) {
		return true
	}
	k := s
	for k < e && isNumeral(r[k]) {
		k++
	}
	end := min(len(r), k+4)
	if k < len(r) && r[k] == '个' {
		return !x.l.unitsGe.prefix(r, k+1, end)
	}
	// The glossary term itself may not start with a unit (三公 vs 三公里):
	// only a unit that runs past the term's end makes a count.
	if u := x.l.units.longest(r, k, end); u > 0 && k+u > e {
		return false
	}
	return true
}

// scanShapes finds bare numeral formulas that no glossary lists: paired
// forms (四水四定, 一主两副) and N个X before a head word (战略, 要求 …), each
// with evidence from the text or the background corpus.
func (x *extractor) scanShapes() {
	r := x.r
	// First pass: how often each paired form occurs (repetition is
	// evidence), counted here so the decision pass stays linear.
	for i := 0; i < len(r); i++ {
		if !isLead(r[i]) || (i > 0 && (isNumeral(r[i-1]) || r[i-1] == '第' || isDigit(r[i-1]))) || outcomeAt(r, i) {
			continue
		}
		if e := x.pairedForm(i); e > 0 {
			x.counts[string(r[i:e])]++
		}
		if e := x.closedCount(i); e > 0 {
			x.counts[string(r[i:e])]++
		}
	}
	for i := 0; i < len(r); i++ {
		if !isLead(r[i]) || (i > 0 && (isNumeral(r[i-1]) || r[i-1] == '第' || isDigit(r[i-1]))) || outcomeAt(r, i) {
			continue
		}
		if i+3 <= len(r) && isPlan(r[i:i+3]) && (i+3 == len(r) || !isNumeral(r[i+3])) {
			x.accept(string(r[i:i+3]), analyzer.KindPlan, i)
			i += 2
			continue
		}
		if e := x.pairedForm(i); e > 0 {
			text := string(r[i:e])
			if !x.startsWithWord(r[i:e]) && x.bareEvidence(i, e, text) {
				x.accept(text, analyzer.KindNumbered, i)
				i = e - 1
				continue
			}
		}
		if e := x.countedFormula(i); e > 0 && !isStreak(r[i:e]) {
			x.accept(string(r[i:e]), analyzer.KindNumbered, i)
			i = e - 1
			continue
		}
		if e := x.closedCount(i); e > 0 && x.count(string(r[i:e])) >= 2 {
			x.accept(string(r[i:e]), analyzer.KindNumbered, i)
			i = e - 1
			continue
		}
		if e := x.doubleFormula(i); e > 0 {
			x.accept(string(r[i:e]), analyzer.KindNumbered, i)
			i = e - 1
			continue
		}
		if x.coreBefore(i) {
			x.accept(string(r[i:i+2]), analyzer.KindNumbered, i)
			i++
		}
	}
}

// joinHeads are the verbs of a formula that joins its parts: N+X before
// one is the formula's core (五育融合 → 五育, 三医联动 → 三医, 四化同步 → 四化).
var joinHeads = []string{"融合", "联动", "同步", "协同", "并举"}

// coreBefore reports a bare two-character numeral core (numeral + one
// character, not a unit, a place or a common word) right before a join verb.
func (x *extractor) coreBefore(i int) bool {
	r := x.r
	if i+4 > len(r) || !isHan(r[i+1]) || isNumeral(r[i+1]) || x.l.units.prefix(r, i+1, i+2) {
		return false
	}
	if strings.ContainsRune("地省市县区国岸方面边大个项", r[i+1]) {
		return false // 京津冀三地协同, 两岸融合, 两大协同发展区: a count of places, sides or things
	}
	join := false
	for _, h := range joinHeads {
		if hasAt(r, i+2, h) {
			join = true
			break
		}
	}
	if !join {
		return false
	}
	if w, ok := x.l.numWords[string(r[i:i+2])]; ok && w.Freq >= 50 {
		return false // 一体融合, 两岸融合: a word, not a formula
	}
	return !x.numeralWord(r[i : i+4])
}

// closedCount returns the end of N个X (N not 一, X two to four characters)
// when X runs up to a clause end (抓好两个关键小事，), or 0. Such a phrase is
// a named formula when the text repeats it word for word (scanShapes counts
// it): a plain count is rarely written twice as a closed phrase, a formula
// is referred back to by name. X may open with a modifier (关键, 重要) but may
// not end with a counted noun (两个方面，), open with a unit (两个百分点) or
// hold a numeral or a function word.
func (x *extractor) closedCount(i int) int {
	r, l := x.r, x.l
	if r[i] == '一' || !isLead(r[i]) || i+1 >= len(r) || r[i+1] != '个' {
		return 0
	}
	k := i + 2
	for w := 2; w <= 4; w++ {
		e := k + w
		if e >= len(r) {
			return 0
		}
		if !isHan(r[e-1]) || isNumeral(r[e-1]) || strings.ContainsRune(functionChars, r[e-1]) {
			return 0
		}
		if !isClauseEnd(r[e]) {
			continue
		}
		if l.unitsGe.prefix(r, k, min(len(r), k+3)) || l.counted.suffix(r, k, e) {
			return 0
		}
		if _, ok := l.numWords[string(r[i:e])]; ok {
			return 0
		}
		return e
	}
	return 0
}

// doubleHeads are the heads after a bare 双X that name it a policy or a
// campaign (碳排放双控要求, 双减工作, 双评估行动), besides the [heads] list.
var doubleHeads = []string{"工作", "行动", "要求", "制度", "机制"}

// doubleFormula returns the end of a bare 双X (X one or two characters)
// followed by a head word, or 0. 双 opens many ordinary words (双向, 双方,
// 双赢, 双重): neither 双X nor 双 with X's first character may be a word of
// the general dictionary, and X is no numeral, unit or function word.
func (x *extractor) doubleFormula(i int) int {
	r, l := x.r, x.l
	if r[i] != '双' {
		return 0
	}
	if _, ok := l.numWords[string(r[i:min(len(r), i+2)])]; ok {
		return 0
	}
	if outcomeAt(r, i) {
		return 0 // 双提升, 双下降: two figures moving together, not a formula
	}
	for w := 1; w <= 2; w++ {
		e := i + 1 + w
		if e >= len(r) || !isHan(r[e-1]) || isNumeral(r[e-1]) || strings.ContainsRune(functionChars, r[e-1]) {
			return 0
		}
		if _, ok := l.numWords[string(r[i:e])]; ok {
			return 0
		}
		if l.units.prefix(r, i+1, e) {
			return 0
		}
		if l.heads.prefix(r, e, min(len(r), e+4)) {
			return e
		}
		for _, h := range doubleHeads {
			if hasAt(r, e, h) {
				return e
			}
		}
	}
	return 0
}

// hasAt reports whether r holds s at position i.
func hasAt(r []rune, i int, s string) bool {
	for _, c := range s {
		if i >= len(r) || r[i] != c {
			return false
		}
		i++
	}
	return true
}

// pairedForm returns the end of a paired numeral form starting at i
// (N X N Y [N Z …]), or 0. All parts have the length of the first, one or
// two characters (四水四定, 一断面一断面 but not 一对一帮扶).
func (x *extractor) pairedForm(i int) int {
	r := x.r
	han := func(k int) bool { return k < len(r) && isHan(r[k]) && !isNumeral(r[k]) }
	pos, pairs, xl := i, 0, 0
	for pos < len(r) && isNumeral(r[pos]) && pairs < 4 {
		if pos+1 < len(r) && isNumeral(r[pos+1]) {
			break // a multi-digit number
		}
		if x.l.units.prefix(r, pos+1, min(len(r), pos+4)) || pos+1 < len(r) && r[pos+1] == '个' {
			break
		}
		if xl == 0 {
			switch {
			case han(pos+1) && pos+2 < len(r) && isNumeral(r[pos+2]):
				xl = 1
			case han(pos+1) && han(pos+2) && pos+3 < len(r) && isNumeral(r[pos+3]):
				xl = 2
			default:
				return 0
			}
		}
		ok := true
		for k := 1; k <= xl; k++ {
			ok = ok && han(pos+k)
		}
		if !ok {
			break
		}
		pos += 1 + xl
		pairs++
	}
	if pairs < 2 {
		return 0
	}
	// Reject what only looks paired: reduplication (一代一代), ordinal
	// listings (初一初二初三), function words (独一无二的), and counts of
	// places (三省一市, 六省两市).
	if i > 0 && r[i-1] == r[i+1] {
		return 0
	}
	same, places := true, true
	for k := i; k < pos; k += 1 + xl {
		part := string(r[k+1 : k+1+xl])
		if strings.ContainsAny(part, functionChars) {
			return 0
		}
		if part != string(r[i+1:i+1+xl]) || r[k] != r[i] {
			same = false
		}
		if !strings.Contains(placeChars, part) {
			places = false
		}
	}
	if same || places {
		return 0
	}
	return pos
}

// placeChars are the units of place counts (三省一市).
const placeChars = "省市县区国地村镇乡州岸江河山城"

// bigNumerals only: 千行百业, 千家万户 are idioms unless the corpus or a
// head word says otherwise.
func bigNumerals(t []rune) bool {
	for _, r := range t {
		if isNumeral(r) && r != '百' && r != '千' && r != '万' {
			return false
		}
	}
	return true
}

// startsWithWord reports a paired shape that is, or begins with, a word of
// the general dictionary (一心一意, 一对一帮扶): an idiom, not a formula.
func (x *extractor) startsWithWord(t []rune) bool {
	for w := 3; w <= len(t); w++ {
		if _, ok := x.l.numWords[string(t[:w])]; ok {
			return true
		}
	}
	return false
}

// bareEvidence asks for a reason to believe a bare numeral shape is a
// formula: the background corpus quotes it, the text defines it, a head
// word follows, or the text repeats it.
func (x *extractor) bareEvidence(s, e int, text string) bool {
	if u, ok := x.l.background[text]; ok && u.Quoted >= 2 && u.Quoted*2 >= u.Total {
		return true
	}
	if x.l.heads.prefix(x.r, e, min(len(x.r), e+4)) {
		return true
	}
	if perUnit(x.r[s:e]) {
		return true
	}
	return len([]rune(text)) >= 4 && x.count(text) >= 2 && !bigNumerals([]rune(text))
}

// count is the number of occurrences of a paired form in the document,
// from scanShapes' first pass.
func (x *extractor) count(text string) int { return x.counts[text] }

// countedFormula returns the end of N[个大项条种]X (X two to four
// characters) when the background corpus quotes it, a head word follows, or
// the text defines it; 0 otherwise.
func (x *extractor) countedFormula(i int) int {
	r, l := x.r, x.l
	// A glossary formula here is the item; what follows it is its head
	// (中央八项规定精神的思想自觉: 八项规定, not 八项规定精神).
	if l.glossTrie.longest(r, i, min(len(r), i+l.glossTrie.maxLen)) > 0 {
		return 0
	}
	k := i + 1
	// N位一体 (三位一体, 七位一体) names an N-in-one whole.
	if k+3 <= len(r) && string(r[k:k+3]) == "位一体" && r[i] != '一' {
		return k + 3
	}
	classifier := k < len(r) && strings.ContainsRune("个大项条种", r[k])
	if classifier {
		if r[i] == '一' {
			return 0 // 一个, 一种: an article, not a count of items
		}
		k++
	}
	if k >= len(r) || !isHan(r[k]) || isNumeral(r[k]) {
		return 0
	}
	if classifier && r[i+1] == '个' && l.unitsGe.prefix(r, k, min(len(r), k+3)) || !classifier && l.units.prefix(r, k, min(len(r), k+3)) {
		return 0
	}
	if l.counted.prefix(r, k, min(len(r), k+3)) {
		return 0
	}
	for w := 4; w >= 1; w-- {
		e := k + w
		if e > len(r) || !allHan(r[k:e]) {
			continue
		}
		text := string(r[i:e])
		if _, ok := l.numWords[text]; ok {
			continue
		}
		if u, ok := l.background[text]; ok && u.Quoted >= 2 && u.Quoted*2 >= u.Total && w >= 1 {
			return e
		}
		if classifier && w >= 2 && !strings.ContainsAny(text, functionChars) {
			h := e
			if h < len(r) && r[h] == '的' {
				h++ // 一个中国的原则
			}
			if l.heads.prefix(r, h, min(len(r), h+4)) {
				return e
			}
		}
		if w <= 2 {
			if def := x.definition(i, e, text); def != nil && sharesTail(def, r[e-1]) {
				return e
			}
		}
	}
	return 0
}

// functionChars never occur inside a short formula's term.
const functionChars = "的和与及是在了等对把被为之"

// sharesTail reports whether every item ends with the formula's last
// character (政治性、先进性、群众性 → 三性).
func sharesTail(items []string, last rune) bool {
	for _, it := range items {
		rs := []rune(it)
		if len(rs) == 0 || rs[len(rs)-1] != last {
			return false
		}
	}
	return true
}

// finish counts mentions of every accepted item, attaches expansions and
// contexts, and returns the items in order of first mention.
func (x *extractor) finish() []analyzer.Slogan {
	r := x.r
	spans := x.mentions()
	changed := x.judgeCoinages(spans)
	if x.quotedParts() {
		changed = true
	}
	if changed {
		spans = x.mentions() // a dropped phrase may have hidden a shorter one; a part may be new
	}
	var out []analyzer.Slogan
	for _, text := range sortedTexts(x.found) {
		c := x.found[text]
		sp := spans[text]
		if len(sp) == 0 {
			if _, ok := x.l.glossary[text]; ok || x.quoted[text] > 0 {
				sp = x.listParts(spans, text)
			}
		}
		if len(sp) == 0 {
			continue // only ever inside a longer item
		}
		s := analyzer.Slogan{Text: text, Kind: c.kind, Mentions: len(sp), Offsets: sp}
		if c.kind == analyzer.KindNumbered && c.expansion == nil {
			for _, m := range sp {
				if def := x.definition(m.Start, m.End, text); def != nil {
					c.expansion = def
					break
				}
			}
		}
		if c.expansion != nil {
			s.Expansion, s.ExpansionSource = c.expansion, "text"
		} else if e, ok := x.l.glossary[text]; ok && e.Expansion != nil {
			s.Expansion, s.ExpansionSource = e.Expansion, "glossary"
		}
		s.Context = context(r, sp[0])
		out = append(out, s)
	}
	for _, text := range sortedTexts(x.docs) {
		c := x.docs[text]
		out = append(out, analyzer.Slogan{Text: text, Kind: analyzer.KindDocument, Mentions: len(c.spans),
			Offsets: c.spans, Context: context(r, c.spans[0])})
	}
	slices.SortStableFunc(out, func(a, b analyzer.Slogan) int { return a.Offsets[0].Start - b.Offsets[0].Start })
	return out
}

// mentions finds every occurrence of the accepted items, longest first.
func (x *extractor) mentions() map[string][]analyzer.Span {
	r := x.r
	t := newTrie()
	for text := range x.found {
		t.add(text)
	}
	spans := map[string][]analyzer.Span{}
	if len(x.found) > 0 {
		for i := 0; i < len(r); i++ {
			n := t.longest(r, i, min(len(r), i+t.maxLen))
			if n == 0 {
				continue
			}
			text := string(r[i : i+n])
			spans[text] = append(spans[text], analyzer.Span{Start: i, End: i + n})
			i += n - 1
		}
	}
	return spans
}

// traceRejected keeps, for the trainer, the features of a quote the rules
// turned down: they teach the model what the evidence of a non-coinage
// looks like.
func (x *extractor) traceRejected(text string, start, end, open, closeAt int) {
	if _, ok := x.found[text]; ok {
		return
	}
	if _, ok := x.rejected[text]; !ok {
		x.rejected[text] = append(x.quoteFeatures(start, end, open, closeAt), "rejected")
	}
}

// judgeCoinages lets the quote model weigh every coinage the rules accepted
// (and traces it for the trainer); it reports whether it dropped any.
func (x *extractor) judgeCoinages(spans map[string][]analyzer.Span) bool {
	var drop []string
	dropSet := map[string]bool{}
	for _, text := range sortedTexts(x.pending) {
		if _, ok := x.found[text]; !ok {
			continue
		}
		f := append(x.pending[text], docFeatures(x.quoted[text], len(spans[text]))...)
		if x.trace != nil {
			x.trace(Candidate{Text: text, Features: f})
		}
		if x.model != nil && !x.model.Keep(f) {
			drop = append(drop, text)
			dropSet[text] = true
		}
	}
	// A phrase written twice with different separators (“不忘初心、牢记使命”
	// and “不忘初心 牢记使命”) is judged once: kept if any spelling is kept.
	kept := map[string]bool{}
	for text := range x.found {
		if !dropSet[text] {
			kept[spelling(text)] = true
		}
	}
	dropped := false
	for _, text := range drop {
		if !kept[spelling(text)] {
			delete(x.found, text)
			dropped = true
		}
	}
	for _, text := range sortedTexts(x.rejected) {
		if _, ok := x.found[text]; !ok {
			x.trace(Candidate{Text: text, Rejected: true, Features: append(x.rejected[text], docFeatures(x.quoted[text], len(spans[text]))...)})
		}
	}
	return dropped
}

// context is the stretch around a mention, at most 8 characters on either
// side, within its line.
func context(r []rune, sp analyzer.Span) string {
	from, to := sp.Start, sp.End
	ls, le := lineStart(r, sp.Start), lineEnd(r, sp.End)
	for k := 0; k < 8 && from > ls; k++ {
		from--
	}
	for k := 0; k < 8 && to < le; k++ {
		to++
	}
	return strings.TrimSpace(string(r[from:to]))
}

// perUnitEnds are the endings of "one measure per unit" forms (一区一策,
// 一村一品, 一人一档, 一企一码, 一河一策): a policy written with 一 before
// every part whose last part is a plan, product, file or code for each unit.
const perUnitEnds = "策品档码案单"

// perUnit reports a paired form of the per-unit family: every numeral is 一
// and the last part is one character of perUnitEnds.
func perUnit(t []rune) bool {
	if len(t) < 4 || t[0] != '一' || !strings.ContainsRune(perUnitEnds, t[len(t)-1]) || t[len(t)-2] != '一' {
		return false
	}
	for k := 0; k < len(t); k += 2 {
		if t[k] != '一' {
			return false
		}
	}
	return true
}

// listParts returns the mentions of a formula written as a whole part of a
// longer quoted list (一岗双责 in “党政同责、一岗双责”) or quoted inside a longer
// quote (保收成 in “短期‘保收成’、…”): guideline decision I makes it an item
// of its own.
func (x *extractor) listParts(spans map[string][]analyzer.Span, text string) []analyzer.Span {
	var out []analyzer.Span
	for outer, sp := range spans {
		if len(outer) <= len(text) || !strings.Contains(outer, text) {
			continue
		}
		for _, part := range append(listItems(outer), innerQuotes(outer)...) {
			if part != text {
				continue
			}
			for _, m := range sp {
				for _, o := range occurrences(x.r[m.Start:m.End], []rune(text)) {
					out = append(out, analyzer.Span{Start: m.Start + o.Start, End: m.Start + o.End})
				}
			}
			break
		}
	}
	slices.SortFunc(out, func(a, b analyzer.Span) int { return a.Start - b.Start })
	return out
}

// occurrences lists every place t occurs in r, overlapping or not.
func occurrences(r, t []rune) []analyzer.Span {
	var out []analyzer.Span
	for i := 0; i+len(t) <= len(r); i++ {
		if slices.Equal(r[i:i+len(t)], t) {
			out = append(out, analyzer.Span{Start: i, End: i + len(t)})
		}
	}
	return out
}
