package segment

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/go-ego/gse"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// gseBackend adapts a loaded gse.Segmenter: it is the reference the compiled
// fast path must reproduce exactly (it was the production back end before).
type gseBackend struct{ seg *gse.Segmenter }

func (g gseBackend) Cut(text string) []string { return g.seg.Cut(text, true) }

func (g gseBackend) Lookup(word string) (string, bool) {
	freq, pos, ok := g.seg.Find(word)
	if !ok || freq <= 0 {
		return "", false
	}
	return pos, true
}

var (
	gseOnce sync.Once
	gseSeg  *gse.Segmenter
	gseErr  error
)

// loadGse loads gse's embedded simplified-Chinese dictionary once.
func loadGse(t testing.TB) gseBackend {
	t.Helper()
	gseOnce.Do(func() {
		s, err := gse.NewEmbed("zh_s")
		gseSeg, gseErr = &s, err
	})
	if gseErr != nil {
		t.Fatalf("loading gse: %v", gseErr)
	}
	return gseBackend{gseSeg}
}

// readLines reads a SIGHAN test input (CRLF line ends kept off).
func readLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSameAsGse checks the compiled fast path against gse's Cut(text, true)
// on every line of the SIGHAN 2005 PKU and MSR test inputs, and the tokens
// (offsets and POS) against the former gse-backed wrapper.
func TestSameAsGse(t *testing.T) {
	g := loadGse(t)
	fast, err := New()
	if err != nil {
		t.Fatal(err)
	}
	old := NewWith(g, g, nil)
	for _, name := range []string{"pku_test.utf8", "msr_test.utf8"} {
		lines := readLines(t, shared.Path(t, "data/icwb2/testing/"+name))
		bad := 0
		for i, line := range lines {
			want := g.Cut(line)
			got := fast.fast.Cut(line)
			if !slices.Equal(got, want) {
				bad++
				if bad <= 5 {
					t.Errorf("%s:%d words differ\n got %q\nwant %q", name, i+1, got, want)
				}
				continue
			}
			gt, wt := fast.Cut(line), old.Cut(line)
			if !slices.Equal(gt, wt) {
				bad++
				if bad <= 5 {
					t.Errorf("%s:%d tokens differ\n got %v\nwant %v", name, i+1, gt, wt)
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d lines differ from gse", name, bad, len(lines))
		} else {
			t.Logf("%s: all %d lines identical to gse", name, len(lines))
		}
	}
}

// TestSameAsGseEdgeCases covers what the SIGHAN inputs barely contain: mixed
// case Latin, decimals, full-width forms, spaces, rare and astral Han.
func TestSameAsGseEdgeCases(t *testing.T) {
	g := loadGse(t)
	fast, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"",
		"a",
		"中",
		"我爱北京天安门",
		"iPhone 6S和iPad Pro于2015年9月发布，售价5288.00元，涨幅3.5%。",
		"GDP增长6.9%，CPI上涨1.5个百分点；ＡＢＣ全角字母，１２３全角数字",
		"1.2.3.4 v1.0 3.14abc abc3.14 ..5 5.",
		"  两个  空格\t制表符　全角空格  ",
		"𠮷野家的𩸽鱼很好吃，㐀㐁㐂是扩展A区的字",
		"濮阳市委书记何雄在会议上强调，要深入学习贯彻党的十八届五中全会精神",
		"“四个全面”战略布局；《人民日报》评论员文章——坚定不移推进全面从严治党！",
		"ΑΒΓ αβγ Ünïcödé ÉCOLE",
		"呃呃呃呃呃呃呃呃呃呃呃呃呃呃呃呃呃呃呃呃",
		"的的的的的的的的的的的的",
		"魑魅魍魉饕餮梼杌浑敦穷奇",
		"！？。，、；：",
	} {
		want := g.Cut(line)
		got := fast.fast.Cut(line)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q\n got %q\nwant %q", line, got, want)
		}
	}
}

// TestLookupSameAsGse checks dictionary look-ups (frequency > 0, POS) on the
// words of the sample article and on prefixes that are not words.
func TestLookupSameAsGse(t *testing.T) {
	g := loadGse(t)
	fast, err := New()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("../../testdata/puyang-2015-11-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := []rune(string(b))
	n := 0
	for i := range r {
		for j := i + 1; j <= len(r) && j <= i+6; j++ {
			w := string(r[i:j])
			gp, gok := g.Lookup(w)
			fp, fok := fast.fast.Lookup(w)
			if gp != fp || gok != fok {
				t.Errorf("Lookup(%q) = %q %v, gse %q %v", w, fp, fok, gp, gok)
			}
			n++
		}
	}
	// gse's trie finds "w\x00" as w when w has longer words after it.
	for _, w := range []string{"中国\x00", "中华人民共和国\x00", "天安门\x00", "\x00", "中\x00国", "中华人\x00", "的\x00"} {
		gp, gok := g.Lookup(w)
		fp, fok := fast.fast.Lookup(w)
		if gp != fp || gok != fok {
			t.Errorf("Lookup(%q) = %q %v, gse %q %v", w, fp, fok, gp, gok)
		}
		n++
	}
	t.Logf("%d look-ups compared", n)
}

// TestLowerFastPath checks that lower's shortcut ranges have no case.
func TestLowerFastPath(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lower(r), unicode.ToLower(r); got != want {
			t.Fatalf("lower(%U) = %U, want %U", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, want %v", r, got, want)
		}
	}
}

var _ Cutter = gseBackend{}
var _ = analyzer.Token{}

// TestSameAsGseRandom compares with gse on random strings drawn from the
// characters where the quirks live: digits and dots (the \d+\.\d+ rule),
// mixed-case Latin, full-width and CJK punctuation, spaces, Han that form
// words, Han the HMM has never seen, and characters outside the BMP.
func TestSameAsGseRandom(t *testing.T) {
	g := loadGse(t)
	fast, err := New()
	if err != nil {
		t.Fatal(err)
	}
	old := NewWith(g, g, nil)
	alphabet := []rune("0123456789..aAbZzé ，。、“”《》（）．１２Ａｂ　中国人民共和国政府工作报告市委书记何雄的了是在和有大不为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信")
	extra := []rune{'𠮷', '𩸽', '㐀', '々', '〇', 'Ⅻ', 'ǅ', 'ß', 'İ', '\t', '%', '-', '_', '·',
		0, 0, 0, 0x1F, 0x7F, 0x85, 0xA0, 0x2028, 0xFEFF, 0xFFFD, '😀', 'Ω', 'K', 'Å', 'ﬁ', 'ｶ', '\u0301'}
	alphabet = append(alphabet, extra...)
	seed := uint64(20261127)
	rnd := func(n int) int {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return int(seed % uint64(n))
	}
	bad := 0
	for range 3000 {
		n := 1 + rnd(40)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rnd(len(alphabet))]
		}
		line := string(rs)
		want := g.Cut(line)
		got := fast.fast.Cut(line)
		if !slices.Equal(got, want) {
			bad++
			if bad <= 5 {
				t.Errorf("%q\n got %q\nwant %q", line, got, want)
			}
			continue
		}
		// Tokens (offsets, original case, POS, white space dropped) as the
		// gse-backed wrapper made them.
		if gt, wt := fast.Cut(line), old.Cut(line); !slices.Equal(gt, wt) {
			bad++
			if bad <= 5 {
				t.Errorf("%q tokens\n got %v\nwant %v", line, gt, wt)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of 3000 random lines differ from gse", bad)
	}
}
