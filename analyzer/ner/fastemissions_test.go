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
	x := newExtractor(m.lx, m.bits)
	for _, s := range sentences {
		feats := x.extract(s, nil)
		want := slices.Clone(m.emissions(feats, len(s), nil))
		got := m.fastEmissions(feats, x.pad, len(s), nil)
		if !slices.Equal(got, want) {
			t.Fatalf("emissions differ on %q:\n got %v\nwant %v", string(s), got, want)
		}
	}
}
