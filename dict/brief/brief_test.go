package brief

import (
	"testing"
	"unicode/utf8"
)

func TestLists(t *testing.T) {
	for name, l := range map[string][]string{
		"SayVerbs": SayVerbs(), "Modifiers": Modifiers(), "ChromeLines": ChromeLines(), "FooterPrefixes": FooterPrefixes(),
	} {
		if len(l) < 5 {
			t.Errorf("%s: only %d entries", name, len(l))
		}
		for _, w := range l {
			if w == "" || w[0] == '#' {
				t.Errorf("%s: bad entry %q", name, w)
			}
		}
	}
	v := SayVerbs()
	for i := 1; i < len(v); i++ {
		if utf8.RuneCountInString(v[i]) > utf8.RuneCountInString(v[i-1]) {
			t.Fatalf("SayVerbs not longest first: %q before %q", v[i-1], v[i])
		}
	}
	has := map[string]bool{}
	for _, w := range v {
		has[w] = true
	}
	for _, w := range []string{"指出", "强调", "要求", "表示", "说", "赞扬"} {
		if !has[w] {
			t.Errorf("say-verb %s missing", w)
		}
	}
}
