// Package meta reads an article's header and footer (title, site, source,
// authors, dates, editor, the meeting's name and date) and marks the
// boilerplate paragraphs — breadcrumbs, site banners, toolbar chrome,
// bylines, editor lines — so that later stages see only the body.
//
// Chinese news pages share a loose layout rather than a format: a banner or
// breadcrumb, the title, a line of "label:value" fields (作者/来源/发布时间),
// sometimes a subtitle (——2026年1月27日在…会议上), then the body, then a
// footer (责任编辑:…, related links). The stage therefore classifies the
// lines at the top and bottom of the document one by one instead of
// matching a site template.
package meta

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/brief"
)

// Options configures the meta stage.
type Options struct {
	// MaxHeader caps how many leading paragraphs may be header (default 40).
	MaxHeader int
	// MaxFooter caps how many trailing paragraphs may be footer (default 15).
	MaxFooter int
}

// Stage is the meta pipeline stage.
type Stage struct {
	opts   Options
	chrome map[string]bool
	footer []string
}

// New builds the stage from the embedded lexicons.
func New(o Options) (*Stage, error) {
	if o.MaxHeader <= 0 {
		o.MaxHeader = 40
	}
	if o.MaxFooter <= 0 {
		o.MaxFooter = 15
	}
	s := &Stage{opts: o, chrome: map[string]bool{}, footer: brief.FooterPrefixes()}
	for _, l := range brief.ChromeLines() {
		s.chrome[l] = true
	}
	return s, nil
}

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "meta" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"structure"} }

// lineKind is what a header or footer line was recognized as.
type lineKind int

const (
	kindOther      lineKind = iota // title, byline or anything short
	kindChrome                     // toolbar, share links, font switches
	kindBreadcrumb                 // 首页 > 新闻 > 正文, site banners
	kindFields                     // 作者:… 来源:… 发布时间:…
	kindDate                       // a bare publication date-time
	kindCaption                    // photo caption (… 记者 X 摄)
	kindSubtitle                   // ——2026年1月27日在…会议上
	kindSalutation                 // 各位代表：(the body starts here)
	kindBody                       // a real body paragraph
)

var (
	// labelRe finds "label:" fields; the value runs to the next label.
	labelRe = regexp.MustCompile(`(作者|记者|通讯员|撰稿|文章来源|稿件来源|新闻来源|信息来源|来源|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|责编|字体|字号|点击数|点击|浏览次数|阅读数|阅读)\s*[:：]`)
	// fieldLineRe says a line is a field line: it starts with a label.
	fieldLineRe  = regexp.MustCompile(`^[【（(\[]?\s*(作者|记者|通讯员|撰稿|文章来源|稿件来源|新闻来源|信息来源|来源|发布时间|发布日期|发表时间|更新时间|时间|日期|责任编辑|编辑|责编|字体|字号)\s*[:：]`)
	breadcrumbRe = regexp.MustCompile(`^(首页|主页|网站首页|当前位置|您的位置|你的位置|当前的位置)\s*([>＞»/›]|[:：]|$)`)
	bannerRe     = regexp.MustCompile(`(门户网站|官方网站|新闻网站|重点新闻网|版权所有|主办单位|ICP备)`)
	siteRe       = regexp.MustCompile(`([\p{Han}A-Za-z0-9]{2,12}网)(?:[-—–|｜_·\s]|$)`)
	// siteLeadRe: the dateline of the lead (濮阳网讯, 人民网北京11月3日电).
	siteLeadRe = regexp.MustCompile(`^[（(【]?([\p{Han}]{2,10}网)(?:讯|[\p{Han}]{0,8}[0-9]{1,2}月[0-9]{1,2}日电)`)
	// leadCreditRe: "（记者 王某某、李某）" right after the dateline.
	leadCreditRe = regexp.MustCompile(`^[^。，,]{0,30}?[（(](?:本报|本台)?记者\s*([^）)]{2,40})[）)]`)
	captionRe    = regexp.MustCompile(`(摄|摄影|供图|图片来源[:：].*)\s*[）)]?$`)
	salutationRe = regexp.MustCompile(`^(各位代表|各位委员|同志们|各位同志|女士们、先生们|女士们|朋友们)[：:，,！!]`)
	subtitleRe   = regexp.MustCompile(`^(——|――|—|--|[（(])?\s*([0-9]{4}|[〇零○一二三四五六七八九]{4})年.{1,8}日.{0,6}在.{2,60}(会议|大会|全会|会)上`)
	dashDateRe   = regexp.MustCompile(`^(——|――)\s*([0-9]{4}|[〇零○一二三四五六七八九]{4})年.{1,8}日`)
	hashRe       = regexp.MustCompile(`^[0-9a-f]{16,}[:：]?$`)
	creditRe     = regexp.MustCompile(`[（(](?:本报)?记者\s*([^）)]{2,40})[）)]?\s*$`)
	// dateRe matches a written date; the year is optional (11月2日).
	dateRe = regexp.MustCompile(`(?:([0-9]{4}|[〇零○一二三四五六七八九]{4})年)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日`)
	// dateTimeRe matches a publication date-time in the usual web formats.
	dateTimeRe = regexp.MustCompile(`([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(?:\s*([0-9]{1,2})\s*[:：时]\s*([0-9]{1,2})(?:\s*[:：分]\s*([0-9]{1,2}))?)?`)
	bareDateRe = regexp.MustCompile(`^([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(\s*[0-9]{1,2}\s*[:：时]\s*[0-9]{1,2}(\s*[:：分]\s*[0-9]{1,2}\s*秒?)?\s*分?)?$`)
)

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	m := &analyzer.Meta{}
	doc.Meta = m
	paras := doc.Paragraphs
	text := func(i int) string { return strings.TrimSpace(doc.SpanText(paras[i].Span)) }

	kinds := make([]lineKind, 0, s.opts.MaxHeader)
	for i := 0; i < len(paras) && i < s.opts.MaxHeader; i++ {
		kinds = append(kinds, s.classify(text(i)))
	}
	bodyStart := headerEnd(kinds, func(i int) int { return paras[i].Len() })

	var subtitles []string
	pending := ""
	for i := 0; i < bodyStart; i++ {
		paras[i].Boilerplate = true
		t := text(i)
		if pending != "" {
			// A label whose value sits on the next line (来源:\n四川日报).
			if kinds[i] == kindOther || kinds[i] == kindDate {
				s.setField(m, pending, t)
				pending = ""
				continue
			}
			pending = ""
		}
		switch kinds[i] {
		case kindFields:
			pending = s.readFields(m, t)
		case kindDate:
			if m.Published == "" {
				m.Published = isoDateTime(t)
			}
		case kindBreadcrumb:
			if m.Site == "" {
				m.Site = siteName(t)
			}
		case kindSubtitle:
			// A subtitle broken over two lines (——2026年1月26日在广东省第十四届
			// / 人民代表大会第五次会议上) is read as one.
			if !strings.HasSuffix(strings.TrimRight(t, "）) "), "上") && i+1 < bodyStart && kinds[i+1] == kindOther {
				t += text(i + 1)
			}
			subtitles = append(subtitles, t)
		case kindOther:
			if m.Title == "" && isTitle(t) {
				// A corpus line "1978<TAB>title…" keeps only the title.
				m.Title = strings.TrimSpace(t[strings.LastIndexByte(t, '\t')+1:])
			}
		}
	}

	footerStart := s.footerStart(doc, bodyStart)
	pending = ""
	for i := footerStart; i < len(paras); i++ {
		paras[i].Boilerplate = true
		t := text(i)
		if pending != "" {
			s.setField(m, pending, t)
			pending = ""
			continue
		}
		if fieldLineRe.MatchString(t) {
			pending = s.readFields(m, t)
		}
	}

	// The lead paragraph: site dateline (濮阳网讯), the event date, and the
	// byline credit "(记者 王振巍 张同乐)" at the end of the body.
	lead := -1
	for i := bodyStart; i < footerStart; i++ {
		if !paras[i].Boilerplate {
			lead = i
			break
		}
	}
	if lead >= 0 {
		lt := text(lead)
		if m.Site == "" {
			if g := siteLeadRe.FindStringSubmatch(lt); g != nil {
				m.Site = g[1]
			}
		}
	}
	if len(m.Authors) == 0 && lead >= 0 {
		if g := leadCreditRe.FindStringSubmatch(text(lead)); g != nil {
			m.Authors = splitNames(g[1])
		}
	}
	if len(m.Authors) == 0 && footerStart > bodyStart {
		if g := creditRe.FindStringSubmatch(text(footerStart - 1)); g != nil {
			m.Authors = splitNames(g[1])
		}
	}

	// The event date: a subtitle names it with its year; otherwise the lead
	// sentence's dateline (11月2日,市委…会议召开).
	var candidates []string
	candidates = append(candidates, subtitles...)
	if lead >= 0 {
		for _, sp := range analyzer.SplitSentences(doc.Runes, paras[lead].Span) {
			candidates = append(candidates, doc.SpanText(sp))
			break
		}
	}
	for _, c := range candidates {
		if d := dateRe.FindStringSubmatch(c); d != nil {
			m.EventDate = d[0]
			m.EventDateISO = eventISO(d[1], d[2], d[3], m.Published)
			break
		}
	}

	// The meeting's name, from the title, a subtitle or the lead sentence.
	names := []string{m.Title}
	names = append(names, candidates...)
	for _, c := range names {
		if n := MeetingName(c); n != "" {
			m.Meeting = &analyzer.Meeting{Name: n}
			break
		}
	}
	return nil
}

// classify says what one header line is. Order matters: a breadcrumb or a
// field line may be long, so those are recognized before the length test.
func (s *Stage) classify(t string) lineKind {
	n := utf8.RuneCountInString(t)
	switch {
	case s.chrome[t] || strings.HasPrefix(t, "【字") || isHash(t):
		return kindChrome
	case isBreadcrumb(t) || isBanner(t):
		return kindBreadcrumb
	case isFieldLine(t) || twoLabels(t):
		return kindFields
	case isBareDate(t):
		return kindDate
	case isSalutation(t):
		return kindSalutation
	case subtitleRe.MatchString(t) || dashDateRe.MatchString(t):
		return kindSubtitle
	case n <= 60 && captionRe.MatchString(t) && !strings.HasSuffix(t, "。"):
		return kindCaption
	case n >= 40:
		return kindBody
	case n >= 25 && strings.ContainsAny(t, "。！？"):
		return kindBody
	case strings.HasSuffix(t, "。") || strings.HasSuffix(t, "！") || strings.HasSuffix(t, "？"):
		return kindBody // a short sentence; a title never ends in a full stop
	}
	return kindOther
}

// headerEnd returns the index of the first body paragraph. When a
// salutation (各位代表：) opens the speech within the header window and no
// long paragraph comes before it, everything above it is header, including
// photo captions written as sentences. Otherwise the header ends at the
// first body-like paragraph.
func headerEnd(kinds []lineKind, length func(int) int) int {
	for i, k := range kinds {
		if k == kindSalutation {
			return i
		}
		if k == kindBody && length(i) >= 80 {
			break
		}
	}
	for i, k := range kinds {
		if k == kindBody || k == kindSalutation {
			return i
		}
	}
	// No body in the window: only lines recognized as chrome count as header.
	for i, k := range kinds {
		if k == kindOther || k == kindSubtitle {
			return i
		}
	}
	return len(kinds)
}

// footerStart finds the first footer line (责任编辑, 相关报道, 打印本页 …)
// among the last paragraphs; it and everything after are footer.
func (s *Stage) footerStart(doc *analyzer.Document, bodyStart int) int {
	paras := doc.Paragraphs
	from := len(paras) - s.opts.MaxFooter
	if from < bodyStart {
		from = bodyStart
	}
	for i := from; i < len(paras); i++ {
		t := strings.TrimSpace(doc.SpanText(paras[i].Span))
		if utf8.RuneCountInString(t) > 60 {
			continue
		}
		if s.chrome[t] || hashRe.MatchString(t) {
			return i
		}
		for _, p := range s.footer {
			if strings.HasPrefix(t, p) {
				return i
			}
		}
	}
	return len(paras)
}

// readFields fills m from a line of "label:value" fields and returns the
// last label when its value is empty (the value is on the next line).
func (s *Stage) readFields(m *analyzer.Meta, t string) string {
	locs := labelRe.FindAllStringSubmatchIndex(t, -1)
	last := ""
	for k, l := range locs {
		end := len(t)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		label := t[l[2]:l[3]]
		val := strings.Trim(strings.TrimSpace(t[l[1]:end]), "】）)] \u3000")
		if val == "" {
			last = label
			continue
		}
		last = ""
		s.setField(m, label, val)
	}
	return last
}

// setField records one labelled value; the first value of a field wins.
func (s *Stage) setField(m *analyzer.Meta, label, val string) {
	val = strings.Trim(strings.TrimSpace(val), "】）)] \u3000")
	if val == "" {
		return
	}
	switch label {
	case "作者", "记者", "通讯员", "撰稿":
		m.Authors = appendNew(m.Authors, splitNames(val)...)
	case "文章来源", "稿件来源", "新闻来源", "信息来源", "来源":
		if m.Source == "" {
			m.Source = firstField(val)
		}
	case "发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期":
		if m.Published == "" {
			m.Published = isoDateTime(val)
		}
	case "责任编辑", "编辑", "责编":
		if m.Editor == "" {
			m.Editor = firstField(val)
		}
	}
}

// isTitle accepts a short line that does not read like a sentence.
func isTitle(t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 4 || n > 60 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune("。，,；;：:", last)
}

// siteName takes the site's name from a banner line (濮阳网-中共濮阳市委门户网站).
func siteName(t string) string {
	if g := siteRe.FindStringSubmatch(t); g != nil {
		return g[1]
	}
	return ""
}

// splitNames splits "王振巍 张同乐" or "王振巍、张同乐" into names, dropping
// the 本报记者 prefix and photo credits.
func splitNames(v string) []string {
	v = strings.TrimPrefix(v, "本报记者")
	f := strings.FieldsFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("、，,/／;；|", r)
	})
	var out []string
	for _, x := range f {
		x = strings.TrimSuffix(x, "摄")
		if n := utf8.RuneCountInString(x); n >= 2 && n <= 8 {
			out = append(out, x)
		}
	}
	return out
}

// firstField is the value up to the first run of white space.
func firstField(v string) string {
	if f := strings.Fields(v); len(f) > 0 {
		return f[0]
	}
	return v
}

func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}
