package keywords

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// isNoiseReference is isNoise as first written (maps and string searches);
// the faster isNoise must answer the same.
func isNoiseReference(text, pos string) bool {
	noisePOS := map[string]bool{"m": true, "mq": true, "q": true, "t": true, "tg": true, "x": true, "w": true}
	if utf8.RuneCountInString(text) < 2 || noisePOS[pos] {
		return true
	}
	r := []rune(text)
	if len(r) == 2 && strings.ContainsRune("一二两三四五六七八九十百千万亿", r[0]) &&
		strings.ContainsRune("人元个次件名户家吨亩岁位项台辆座所条种批倍", r[1]) {
		return true
	}
	letters := 0
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			return true
		case unicode.Is(unicode.Han, r):
			if strings.ContainsRune("〇○零一二两三四五六七八九十百千万亿年月日号时分秒", r) {
				continue
			}
			letters++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return letters == 0
}

func TestIsNoiseMatchesReference(t *testing.T) {
	chars := []rune("〇○零一二两三四五六七八九十百千万亿年月日号时分秒人元个次件名户家吨亩岁位项台辆座所条种批倍多数经济发展aZ09５٣·、。 -_é")
	pos := []string{"n", "m", "mq", "q", "t", "tg", "x", "w", "v", "nr", ""}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		var b strings.Builder
		for k := rng.Intn(5); k >= 0; k-- {
			if rng.Intn(20) == 0 {
				b.WriteByte(0xff)
			} else {
				b.WriteRune(chars[rng.Intn(len(chars))])
			}
		}
		text, p := b.String(), pos[rng.Intn(len(pos))]
		if got, want := isNoise(text, p), isNoiseReference(text, p); got != want {
			t.Fatalf("isNoise(%q, %q) = %v, want %v", text, p, got, want)
		}
	}
}
