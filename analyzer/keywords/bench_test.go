package keywords_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
)

// Keyword extraction throughput, segmentation excluded (that is the segment
// stage's benchmark): MB/s of document text per ranked document.
//
//	go test -run XXX -bench . -benchtime 3x ./analyzer/keywords/
//
// The 1 MB and 10 MB sizes of each generator expose any O(n²) step: with
// linear work the 10 MB run takes ten times as long, not a hundred.

func BenchmarkSample(b *testing.B) {
	g := readGold(&testing.T{})
	doc := protectedSample(b, g)
	for _, m := range []string{keywords.MethodTFIDF, keywords.MethodTextRank} {
		b.Run(m, func(b *testing.B) {
			benchRank(b, doc, m)
		})
	}
}

// BenchmarkRepeated ranks the sample article repeated to 1 and 10 MB: every
// run of tokens recurs, the worst case for phrase finding.
func BenchmarkRepeated(b *testing.B) {
	base := protectedSample(b, readGold(&testing.T{}))
	for _, mb := range []int{1, 10} {
		doc := repeatDoc(base, mb<<20)
		for _, m := range []string{keywords.MethodTFIDF, keywords.MethodTextRank} {
			b.Run(fmt.Sprintf("%dMB/%s", mb, m), func(b *testing.B) { benchRank(b, doc, m) })
		}
	}
}

// BenchmarkZipf ranks synthetic text over a 200 000-word vocabulary with
// Zipf-distributed frequencies: a large, growing graph for TextRank and
// many distinct candidate pairs for phrase finding.
func BenchmarkZipf(b *testing.B) {
	for _, mb := range []int{1, 10} {
		doc := zipfDoc(mb << 20)
		for _, m := range []string{keywords.MethodTFIDF, keywords.MethodTextRank} {
			b.Run(fmt.Sprintf("%dMB/%s", mb, m), func(b *testing.B) { benchRank(b, doc, m) })
		}
	}
}

func benchRank(b *testing.B, doc *analyzer.Document, method string) {
	s, err := keywords.New(keywords.Options{Method: method})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := keywords.DefaultIDF(); err != nil { // load outside the timer
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Rank(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// repeatDoc concatenates copies of base (text, paragraphs, tokens, protected
// spans, shifted) until the text reaches size bytes.
func repeatDoc(base *analyzer.Document, size int) *analyzer.Document {
	var text strings.Builder
	var toks []analyzer.Token
	var paras []analyzer.Paragraph
	var prot []analyzer.Protected
	shift := 0
	for text.Len() < size {
		text.WriteString(base.Text)
		text.WriteString("\n")
		for _, t := range base.Tokens {
			t.Start += shift
			t.End += shift
			toks = append(toks, t)
		}
		for _, p := range base.Paragraphs {
			p.Start += shift
			p.End += shift
			paras = append(paras, p)
		}
		for _, p := range base.Protected {
			p.Start += shift
			p.End += shift
			prot = append(prot, p)
		}
		shift += len(base.Runes) + 1
	}
	doc := analyzer.NewDocument("repeated", 0, text.String())
	doc.Tokens, doc.Paragraphs, doc.Protected = toks, paras, prot
	return doc
}

// zipfDoc builds a segmented document of about size bytes from a synthetic
// vocabulary, a sentence break every 5 to 20 words.
func zipfDoc(size int) *analyzer.Document {
	rng := rand.New(rand.NewSource(1))
	const vocab = 200000
	z := rand.NewZipf(rng, 1.1, 1, vocab-1)
	tags := []string{"n", "n", "vn", "v", "a", "nr"}
	word := func(i uint64) string {
		// Two or three Han characters from the CJK block, unique per index.
		r1 := rune(0x4E00 + i%20000)
		r2 := rune(0x4E00 + (i/20000)*97%20000)
		if i%3 == 0 {
			return string([]rune{r1, r2, rune(0x4E00 + i%7919)})
		}
		return string([]rune{r1, r2})
	}
	var text strings.Builder
	var toks []analyzer.Token
	pos := 0
	para := 0
	var paras []analyzer.Paragraph
	for text.Len() < size {
		n := 5 + rng.Intn(16)
		for k := 0; k < n; k++ {
			i := z.Uint64()
			w := word(i)
			l := utf8.RuneCountInString(w)
			toks = append(toks, analyzer.Token{Text: w, Pos: tags[i%uint64(len(tags))], Start: pos, End: pos + l})
			text.WriteString(w)
			pos += l
		}
		toks = append(toks, analyzer.Token{Text: "。", Pos: "x", Start: pos, End: pos + 1})
		text.WriteString("。")
		pos++
		if rng.Intn(10) == 0 {
			paras = append(paras, analyzer.Paragraph{Span: analyzer.Span{Start: para, End: pos}})
			text.WriteString("\n")
			pos++
			para = pos
		}
	}
	paras = append(paras, analyzer.Paragraph{Span: analyzer.Span{Start: para, End: pos}})
	doc := analyzer.NewDocument("zipf", 0, text.String())
	doc.Tokens, doc.Paragraphs = toks, paras
	return doc
}
