package segment

import (
	"strings"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// texts joins token texts with "/".
func texts(toks []analyzer.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte('/')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func TestCut(t *testing.T) {
	seg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		// Hand-checked: dictionary words, a number kept whole, punctuation.
		{"我爱北京天安门", "我/爱/北京/天安门"},
		{"全市共有2015名干部参加。", "全市/共有/2015/名/干部/参加/。"},
		// Spaces never end up in tokens, and case is kept in the text.
		{"iPhone 6S 发布", "iPhone/6S/发布"},
		// Tokens never span lines.
		{"北京\n天安门", "北京/天安门"},
	} {
		got := texts(seg.Cut(c.in))
		if got != c.want {
			t.Errorf("Cut(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestOffsetsAndPos(t *testing.T) {
	seg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	in := "  濮阳市委书记何雄强调，GDP增长6.9%"
	r := []rune(in)
	toks := seg.Cut(in)
	if len(toks) == 0 {
		t.Fatal("no tokens")
	}
	end := 0
	for _, tk := range toks {
		if tk.Start < end || tk.End <= tk.Start || string(r[tk.Start:tk.End]) != tk.Text {
			t.Errorf("bad token %+v after offset %d", tk, end)
		}
		if tk.Pos == "" {
			t.Errorf("token %q has no POS", tk.Text)
		}
		end = tk.End
	}
	want := map[string]string{"书记": "n", "强调": "vd", "，": "x", "6.9": "m"}
	for _, tk := range toks {
		if p, ok := want[tk.Text]; ok && p != tk.Pos {
			t.Errorf("POS of %q = %q, want %q", tk.Text, tk.Pos, p)
		}
	}
}

func TestUserWordsStayWhole(t *testing.T) {
	words, err := ReadUserDict(strings.NewReader("# test\n全面从严治党 10 nz\n何雄 nr\n"), "test")
	if err != nil {
		t.Fatal(err)
	}
	seg, err := New(WithUserWords(words...))
	if err != nil {
		t.Fatal(err)
	}
	toks := seg.Cut("何雄说要坚定不移推进全面从严治党")
	got := texts(toks)
	for _, w := range []string{"何雄", "全面从严治党"} {
		if !strings.Contains("/"+got+"/", "/"+w+"/") {
			t.Errorf("user word %q not whole in %s", w, got)
		}
	}
	for _, tk := range toks {
		if tk.Text == "何雄" && tk.Pos != "nr" {
			t.Errorf("POS of user word 何雄 = %q, want nr", tk.Pos)
		}
	}
}

func TestProtectedSpans(t *testing.T) {
	seg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r := []rune("市长王小明主持会议")
	prot := []analyzer.Protected{{Span: analyzer.Span{Start: 2, End: 5}, Pos: "nr"}}
	toks := seg.Segment(r, analyzer.Span{Start: 0, End: len(r)}, prot)
	if got, want := texts(toks), "市长/王小明/主持/会议"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestGuessPos(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2015", "m"}, {"三千", "m"}, {"abc", "eng"}, {"，", "x"}, {"某某", "n"}, {"6.9%", "m"},
		{"5", "m"}, {"５", "m"}, {"a", "eng"}, {"Ａ", "eng"}, {"七", "m"}, {"〇", "m"}, {"○", "x"}, {"中", "n"},
		{"。", "x"}, {"%", "x"}, {"é", "eng"}, {"·", "x"}, {"", "x"},
	} {
		if got := GuessPos(c.in); got != c.want {
			t.Errorf("GuessPos(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestGuessPosOneRune checks GuessPos's one-character shortcut against the
// general rule for every character.
func TestGuessPosOneRune(t *testing.T) {
	for r := rune(1); r <= 0x10FFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		w := string(r)
		if got, want := GuessPos(w), guessPos(w); got != want {
			t.Fatalf("GuessPos(%q) = %q, general rule %q", w, got, want)
		}
	}
}

// TestConcurrent runs one Segmenter from several goroutines (the CLI's
// --jobs): the pooled scratch buffers must not leak between calls.
func TestConcurrent(t *testing.T) {
	seg, err := New()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"我爱北京天安门", "濮阳市委书记何雄强调，GDP增长6.9%", "iPhone 6S和iPad Pro于2015年9月发布"}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = tokensString(seg.Cut(s))
	}
	done := make(chan string, 8)
	for g := range 8 {
		go func() {
			for k := range 200 {
				i := (g + k) % len(texts)
				if got := tokensString(seg.Cut(texts[i])); got != want[i] {
					done <- "goroutine got " + got + ", want " + want[i]
					return
				}
			}
			done <- ""
		}()
	}
	for range 8 {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func tokensString(toks []analyzer.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text + "/" + t.Pos + " ")
	}
	return b.String()
}
