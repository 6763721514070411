package compare

import (
	"math"
	"strings"
	"unicode"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Similarity returns the matrix of cosine similarities between the
// documents' TF-IDF vectors, rounded to 4 decimals so a document compared
// with itself scores exactly 1.
//
// Terms are the content tokens (function words, numbers and punctuation
// dropped by POS); a document without tokens (no segment stage) falls back
// to Han character bigrams, which keeps the measure meaningful without a
// segmenter. IDF is the smoothed ln((1+N)/(1+df))+1, so a term shared by
// every document still counts: with two documents the unsmoothed form would
// zero out everything they share and make near-identical reports look
// unrelated.
func Similarity(docs []*analyzer.Document) [][]float64 {
	n := len(docs)
	tfs := make([]map[string]float64, n)
	df := map[string]int{}
	for i, d := range docs {
		tfs[i] = termFreqs(d)
		for t := range tfs[i] {
			df[t]++
		}
	}
	vecs := make([]map[string]float64, n)
	norms := make([]float64, n)
	for i, tf := range tfs {
		v := make(map[string]float64, len(tf))
		var ss float64
		for t, f := range tf {
			w := f * (math.Log(float64(1+n)/float64(1+df[t])) + 1)
			v[t] = w
			ss += w * w
		}
		vecs[i] = v
		norms[i] = math.Sqrt(ss)
	}
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i; j < n; j++ {
			s := cosine(vecs[i], vecs[j], norms[i], norms[j])
			m[i][j], m[j][i] = s, s
		}
	}
	return m
}

func cosine(a, b map[string]float64, na, nb float64) float64 {
	if na == 0 || nb == 0 {
		return 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	var dot float64
	for t, w := range a {
		dot += w * b[t]
	}
	return math.Round(dot/(na*nb)*1e4) / 1e4
}

// stopPOS are the POS tag prefixes (jieba/ICTCLAS set) of tokens that say
// nothing about a document's topic.
var stopPOS = []string{"x", "w", "u", "p", "c", "y", "e", "o", "r", "m", "q", "d", "f"}

// termFreqs counts a document's content terms: tokens when segmented,
// Han bigrams otherwise. Boilerplate paragraphs are left out.
func termFreqs(d *analyzer.Document) map[string]float64 {
	tf := map[string]float64{}
	if len(d.Tokens) > 0 {
		for _, t := range d.Tokens {
			if !contentToken(t) || d.InBoilerplate(t.Start) {
				continue
			}
			tf[t.Text]++
		}
		return tf
	}
	var prev rune
	for i, r := range d.Runes {
		if !unicode.Is(unicode.Han, r) {
			prev = 0
			continue
		}
		if prev != 0 && !d.InBoilerplate(i) {
			tf[string([]rune{prev, r})]++
		}
		prev = r
	}
	return tf
}

func contentToken(t analyzer.Token) bool {
	for _, p := range stopPOS {
		if strings.HasPrefix(t.Pos, p) && t.Pos != "eng" {
			return false
		}
	}
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
