package keywords

import (
	"math"
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

func TestIsNoise(t *testing.T) {
	for _, c := range []struct {
		text, pos string
		want      bool
	}{
		{"群众", "n", false},
		{"，", "x", true},
		{"，", "m", true}, // punctuation mis-tagged as a number
		{"的", "uj", true},
		{"党", "n", true}, // single characters never rank
		{"2015", "m", true},
		{"11月", "n", true},
		{"十一月", "n", true},
		{"二〇一五年", "n", true},
		{"5G", "eng", true},
		{"四个", "m", true},
		{"当前", "t", true},
		{"GDP", "eng", false},
		{"——", "x", true},
		{"十八大", "n", false}, // a congress, not a number
		{"万人", "n", true},
		{"亿元", "m", true},
		{"多元", "n", false},
		{"百姓", "n", false},
	} {
		if got := isNoise(c.text, c.pos); got != c.want {
			t.Errorf("isNoise(%q, %q) = %v, want %v", c.text, c.pos, got, c.want)
		}
	}
}

func TestProtectedSloganStaysWhole(t *testing.T) {
	// 全面 is a stopword in some lists and 四个 a numeral: neither rule may
	// touch a slogan the slogans stage protected.
	doc := tokDoc("!四个全面/nz 战略/n 布局/n ，/x 协调/v 推进/v !四个全面/nz ，/x 全面/n 建成/v 小康社会/n ，/x 四个/m 方面/n")
	s, err := New(Options{Stopwords: []string{"全面", "四个"}})
	if err != nil {
		t.Fatal(err)
	}
	kws, err := s.Rank(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := words(kws)
	if !has(got, "四个全面") {
		t.Errorf("四个全面 missing from %v", got)
	}
	for _, bad := range []string{"四个", "全面"} {
		if has(got, bad) {
			t.Errorf("%s ranked: %v", bad, got)
		}
	}
	for _, k := range kws {
		if k.Word == "四个全面" && (k.Count != 2 || k.Pos != "nz") {
			t.Errorf("四个全面: count %d pos %s, want 2 nz", k.Count, k.Pos)
		}
	}
}

func TestBoilerplateSkipped(t *testing.T) {
	doc := tokDoc("首页/n 新闻/n 要闻/n 正文/n | 群众/n 利益/n 群众/n | 责任编辑/n 李俊/nr")
	doc.Paragraphs[0].Boilerplate = true
	doc.Paragraphs[2].Boilerplate = true
	s, _ := New(Options{})
	kws, err := s.Rank(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := words(kws)
	for _, w := range []string{"首页", "新闻", "要闻", "正文", "责任编辑", "李俊"} {
		if has(got, w) {
			t.Errorf("boilerplate word %s ranked: %v", w, got)
		}
	}
	if !has(got, "群众") {
		t.Errorf("群众 missing: %v", got)
	}
}

func TestNoiseAndStopwordsOut(t *testing.T) {
	doc := tokDoc("我们/r 要/v 在/p 2015/m 年/m 11/m 月/m ，/x 认真/ad 加强/v 群团/n 工作/vn 的/uj 领导/n ，/x 以及/c 其他/r 工作/vn 。/x")
	s, _ := New(Options{Top: 50, POS: []string{"all"}})
	kws, err := s.Rank(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range kws {
		if isNoise(k.Word, "") || s.stop[k.Word] {
			t.Errorf("noise or stopword ranked: %q", k.Word)
		}
	}
	got := words(kws)
	for _, w := range []string{"以及", "其他", "我们"} {
		if has(got, w) {
			t.Errorf("stopword %s ranked", w)
		}
	}
	// The default POS filter drops the adverb 认真, "all" keeps it.
	if !has(got, "认真") {
		t.Errorf("--pos all lost 认真: %v", got)
	}
	s2, _ := New(Options{Top: 50})
	kws2, _ := s2.Rank(doc)
	if has(words(kws2), "认真") {
		t.Errorf("default POS filter kept the adverb 认真: %v", words(kws2))
	}
	s3, _ := New(Options{Top: 50, POS: []string{"n"}})
	kws3, _ := s3.Rank(doc)
	for _, k := range kws3 {
		if k.Pos != "n" {
			t.Errorf("--pos n kept %s/%s", k.Word, k.Pos)
		}
	}
}

func TestStopwordOverride(t *testing.T) {
	doc := tokDoc("群众/n 利益/n ，/x 群众/n 权益/n ，/x 其他/r 工作/vn")
	s, _ := New(Options{Stopwords: []string{"群众"}, POS: []string{"all"}})
	kws, _ := s.Rank(doc)
	got := words(kws)
	if has(got, "群众") {
		t.Errorf("user stopword 群众 ranked: %v", got)
	}
	if !has(got, "其他") {
		t.Errorf("a user list replaces the default one, so 其他 should rank: %v", got)
	}
}

func TestKeyPhrases(t *testing.T) {
	doc := tokDoc(strings.Repeat("加强/v 群团/n 工作/vn ，/x 群团/n 组织/v 发挥/v 作用/v ，/x 促进/v 社会/n 和谐/a ，/x 会议/n 召开/v 。/x ", 3) + "群团/n 会议/n")
	s, _ := New(Options{Top: 50})
	kws, err := s.Rank(doc)
	if err != nil {
		t.Fatal(err)
	}
	byWord := map[string]analyzer.Keyword{}
	for _, k := range kws {
		byWord[k.Word] = k
	}
	for _, w := range []string{"群团工作", "群团组织", "社会和谐"} {
		k, ok := byWord[w]
		if !ok || !k.Phrase || k.Count != 3 {
			t.Errorf("phrase %s: got %+v (present %v), want phrase with count 3", w, k, ok)
		}
	}
	for _, w := range []string{"发挥作用", "会议召开", "加强群团", "促进社会", "组织发挥"} {
		if _, ok := byWord[w]; ok {
			t.Errorf("%s is a collocation or clause, not a key phrase", w)
		}
	}
	// 群团 stands alone once: it ranks, with its full token count.
	if k := byWord["群团"]; k.Count != 7 {
		t.Errorf("群团 count = %d, want 7 (all token occurrences)", k.Count)
	}
	// 工作 never stands alone: only inside 群团工作, so it does not rank.
	if _, ok := byWord["工作"]; ok {
		t.Errorf("工作 only occurs inside 群团工作 but ranked on its own")
	}
	s2, _ := New(Options{Top: 50, NoPhrases: true})
	kws2, _ := s2.Rank(doc)
	for _, k := range kws2 {
		if k.Phrase {
			t.Errorf("NoPhrases still produced %s", k.Word)
		}
	}
}

func TestPhraseNeedsRecurrence(t *testing.T) {
	// Once is not a phrase; a part that mostly stands alone is not bound.
	doc := tokDoc("群团/n 工作/vn ，/x 工作/vn 机制/n ，/x 工作/vn ，/x 工作/vn ，/x 工作/vn ，/x 机制/n 工作/vn 机制/n ，/x 工作/vn 。/x")
	units := bodyUnits(doc)
	_, list := mergePhrases(units, len(internUnits(units)), 2)
	pc := map[string]*phrase{}
	for _, p := range list {
		pc[p.text] = p
	}
	if _, ok := pc["群团工作"]; ok {
		t.Errorf("群团工作 occurs once but became a phrase")
	}
	if ph, ok := pc["工作机制"]; !ok || ph.count != 2 || len(ph.parts) != 2 {
		t.Errorf("工作机制: got %+v, %v; want 2 occurrences of 2 parts (机制 is bound to 工作)", ph, ok)
	}
}

func TestMethodsAndTop(t *testing.T) {
	doc := tokDoc(strings.Repeat("群众/n 的/uj 利益/n ，/x 维护/v 群众/n 的/uj 权益/n 。/x 改革/vn ，/x 发展/vn ，/x 稳定/a 。/x ", 4))
	for _, m := range []string{MethodTFIDF, MethodTextRank} {
		s, err := New(Options{Method: m, Top: 3})
		if err != nil {
			t.Fatal(err)
		}
		kws, err := s.Rank(doc)
		if err != nil {
			t.Fatal(err)
		}
		if len(kws) != 3 {
			t.Fatalf("%s: %d keywords, want 3", m, len(kws))
		}
		if kws[0].Word != "群众" {
			t.Errorf("%s: top is %s, want 群众 (twice as frequent): %v", m, kws[0].Word, words(kws))
		}
		for i := 1; i < len(kws); i++ {
			if kws[i].Weight > kws[i-1].Weight {
				t.Errorf("%s: not sorted by weight: %v", m, kws)
			}
		}
	}
	if _, err := New(Options{Method: "bm25"}); err == nil {
		t.Error("unknown method accepted")
	}
}

func TestCountsOnlySkipsRanking(t *testing.T) {
	doc := tokDoc("群团/n 工作/vn")
	s, _ := New(Options{Top: -1, Counts: []string{"群团"}})
	if err := s.Process(doc); err != nil {
		t.Fatal(err)
	}
	if doc.Keywords != nil {
		t.Errorf("Top<0 ranked keywords: %v", doc.Keywords)
	}
	if len(doc.Counts) != 1 || doc.Counts[0].Tokens != 1 {
		t.Errorf("counts = %+v", doc.Counts)
	}
	if kws, err := s.Rank(doc); err != nil || len(kws) != 0 {
		t.Errorf("Rank with ranking off: %v, %v", kws, err)
	}
}

func TestCountTerms(t *testing.T) {
	doc := tokDoc("深化/v 改革/vn ，/x 改革开放/vn ，/x 群团/n 工作/vn ，/x !四个全面/nz ，/x 全面/n 深化改革/l | 群团/n")
	got := CountTerms(doc, []string{"改革", "群团工作", "四个全面", "全面", "群团", "不存在"})
	want := []analyzer.TermCount{
		{Term: "改革", Substring: 3, Tokens: 1},
		{Term: "群团工作", Substring: 1, Tokens: 1},
		{Term: "四个全面", Substring: 1, Tokens: 1},
		{Term: "全面", Substring: 2, Tokens: 1},
		{Term: "群团", Substring: 2, Tokens: 2},
		{Term: "不存在", Substring: 0, Tokens: 0},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: got %+v, want %+v", want[i].Term, got[i], want[i])
		}
	}
	// A run may not jump a gap between tokens (a line break).
	doc2 := tokDoc("群团/n | 工作/vn")
	if n := tokenRuns(doc2.Tokens, "群团工作"); n != 0 {
		t.Errorf("run across a paragraph break counted: %d", n)
	}
}

func TestDefaultIDF(t *testing.T) {
	table, err := DefaultIDF()
	if err != nil {
		t.Fatal(err)
	}
	if table.Len() != 270132 {
		t.Errorf("table has %d words, want jieba's 270132", table.Len())
	}
	// Values straight from gse's data/dict/zh/idf.txt.
	for w, want := range map[string]float64{"群众": 6.024039191, "的": 0.88474202619, "群团": 12.8020653633, "劳动防护": 13.900677652} {
		got, ok := table.Lookup(w)
		if !ok || math.Abs(got-want) > 1e-6 {
			t.Errorf("idf(%s) = %v, %v; want %v", w, got, ok, want)
		}
	}
	if u := table.Unknown(); math.Abs(u-11.9547675029) > 1e-6 {
		t.Errorf("unknown-word idf %v, want jieba's median 11.9547675029", u)
	}
}

func TestReadIDF(t *testing.T) {
	tab, err := ReadIDF(strings.NewReader("\ufeff# comment\n群众 2.5\n群团\t4\n"), "t")
	if err != nil {
		t.Fatal(err)
	}
	if v := tab.Get("群众"); v != 2.5 {
		t.Errorf("群众 = %v", v)
	}
	if v := tab.Get("未知"); v != 4 { // median of {2.5, 4}: upper middle
		t.Errorf("unknown = %v, want the median 4", v)
	}
	tab, err = ReadIDF(strings.NewReader("# default-idf: 3.87\n发展 0\n"), "t")
	if err != nil || tab.Get("未知") != 3.87 || tab.Get("发展") != 0 {
		t.Errorf("default-idf header not honoured: %v %v", tab, err)
	}
	for _, bad := range []string{"群众\n", "群众 x\n", "", "# default-idf: z\n"} {
		if _, err := ReadIDF(strings.NewReader(bad), "bad"); err == nil {
			t.Errorf("ReadIDF accepted %q", bad)
		}
	}
}

func TestDFCounterRoundTrip(t *testing.T) {
	c := NewDFCounter()
	c.Add(tokDoc("发展/vn 改革/vn 群团/n 工作/vn ，/x 群团/n 工作/vn"))
	c.Add(tokDoc("发展/vn 改革/vn 扶贫/v"))
	c.Add(tokDoc("发展/vn ，/x 2017/m"))
	c.Add(tokDoc("发展/vn 稳定/a"))
	var b strings.Builder
	if err := c.WriteIDF(&b, 2); err != nil {
		t.Fatal(err)
	}
	tab, err := ReadIDF(strings.NewReader(b.String()), "built")
	if err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if v := tab.Get("发展"); v != 0 {
		t.Errorf("发展 in every document: idf %v, want 0", v)
	}
	if v, want := tab.Get("改革"), math.Log(2); math.Abs(v-want) > 1e-5 {
		t.Errorf("改革 idf %v, want ln 2", v)
	}
	// Seen once, or never: ln(4).
	for _, w := range []string{"扶贫", "群团工作", "从未出现"} {
		if v := tab.Get(w); math.Abs(v-math.Log(4)) > 1e-5 {
			t.Errorf("%s idf %v, want ln 4", w, v)
		}
	}
	if strings.Contains(b.String(), "2017") || strings.Contains(b.String(), "，") {
		t.Errorf("numbers or punctuation in the table:\n%s", b.String())
	}
}

func TestParseSorted(t *testing.T) {
	good := "# wenxi-idf v2 docs=100 words=3 median=2.5\n乙\t10\n甲\t1\n群众\t50\n"
	// Byte order: 乙 (E4 B9 99) < 甲 (E7 94 B2) < 群 (E7 BE A4).
	tab, err := parseSorted(good, "good")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]float64{"甲": math.Log(100), "乙": math.Log(10), "群众": math.Log(2), "丙": 2.5, "": 2.5, "群": 2.5} {
		if got := tab.Get(w); math.Abs(got-want) > 1e-12 {
			t.Errorf("Get(%q) = %v, want %v", w, got, want)
		}
	}
	if tab.Len() != 3 {
		t.Errorf("Len = %d", tab.Len())
	}
	for _, bad := range []string{
		"# wenxi-idf v2 docs=100 median=2.5\n甲\t1\n乙\t10\n", // unsorted
		"# wenxi-idf v2 docs=100 median=2.5\n甲\t0\n",        // df 0
		"# wenxi-idf v2 docs=100 median=2.5\n甲\tx\n",
		"# wenxi-idf v2 docs=100 median=2.5\n甲 1\n",
		"# wenxi-idf v2 median=2.5\n甲\t1\n",
		"# wenxi-df v1 docs=100\n1\t甲\n",
	} {
		if _, err := parseSorted(bad, "bad"); err == nil {
			t.Errorf("parseSorted accepted %q", bad)
		}
	}
}

func TestFragmentPhrasesRejected(t *testing.T) {
	// 临港+新片 is always followed by 区 (a split name), 群团+工作 by
	// different words: only the second is a phrase.
	doc := tokDoc("临港/ns 新片/n 区/n ，/x 群团/n 工作/vn 会议/n ，/x 临港/ns 新片/n 区/n 建设/vn ，/x 群团/n 工作/vn 。/x 加强/v 群团/n 工作/vn")
	units := bodyUnits(doc)
	_, list := mergePhrases(units, len(internUnits(units)), 2)
	got := map[string]bool{}
	for _, p := range list {
		got[p.text] = true
	}
	if got["临港新片"] {
		t.Errorf("临港新片, always followed by 区, became a phrase")
	}
	if !got["群团工作"] {
		t.Errorf("群团工作 lost: %v", got)
	}
}
