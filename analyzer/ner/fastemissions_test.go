package ner

import (
	"math/rand"
	"os"
	"slices"
	"testing"
)

// TestFastEmissionsEqualHashed checks that the decoder's emissions (bias
// and character unigrams from the per-character table) equal the plain sum
// over the hashed table, position by position, on the sample article and on
// random sentences mixing CJK characters, digits, Latin and punctuation.
func TestFastEmissionsEqualHashed(t *testing.T) {
	m, err := ReadModel(modelBytes())
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile("../../testdata/puyang-2015-11-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	sentences := [][]rune{[]rune(string(text)), []rune("习近平"), []rune("a"), {0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0x20000}}
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("王李张刘陈杨赵黄周吴书记市长会议指出强调说，。、：0123456789abcXYZ·・ \u3000\t")
	for range 2000 {
		s := make([]rune, 1+rng.Intn(40))
		for i := range s {
			if rng.Intn(3) == 0 {
				s[i] = alphabet[rng.Intn(len(alphabet))]
			} else {
				s[i] = rune(cjkBase + rng.Intn(cjkSize))
			}
		}
		sentences = append(sentences, s)
	}
	plain := newExtractor(m.lx, m.bits)
	x := newExtractor(m.lx, m.bits)
	x.wantDense = true
	var feats []uint32
	for _, s := range sentences {
		want := slices.Clone(m.emissions(plain.extract(s, nil), len(s), nil))
		feats = x.extract(s, feats) // reused buffer: stale slots must not matter
		got := m.fastEmissions(feats, x.pad, x.dense, len(s), nil)
		if !slices.Equal(got, want) {
			t.Fatalf("emissions differ on %q:\n got %v\nwant %v", string(s), got, want)
		}
	}
}

// TestWordSetFiltersExact checks endsAt and startsAt (which skip candidate
// lengths and end characters no word has) against plain map look-ups of
// every substring, at every position of the sample article.
func TestWordSetFiltersExact(t *testing.T) {
	text, err := os.ReadFile("../../testdata/puyang-2015-11-02.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := []rune(string(text) + "市委书记表示指出" + string(titleWords[0]) + string(sayWords[0]))
	plain := func(ws *wordSet, i int, atEnd bool) bool {
		if !ws.edge.has(r[i]) {
			return false
		}
		for n := 1; n <= ws.maxLen; n++ {
			if atEnd && n <= i+1 && ws.words[string(r[i-n+1:i+1])] {
				return true
			}
			if !atEnd && i+n <= len(r) && ws.words[string(r[i:i+n])] {
				return true
			}
		}
		return false
	}
	hits := 0
	for i := range r {
		if got, want := titles.endsAt(r, i), plain(titles, i, true); got != want {
			t.Fatalf("titles.endsAt at %d = %v, want %v", i, got, want)
		} else if got {
			hits++
		}
		if got, want := says.startsAt(r, i), plain(says, i, false); got != want {
			t.Fatalf("says.startsAt at %d = %v, want %v", i, got, want)
		} else if got {
			hits++
		}
	}
	if hits == 0 {
		t.Fatal("no title or speech verb found: the test checks nothing")
	}
}
