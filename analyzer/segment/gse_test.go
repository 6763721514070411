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
