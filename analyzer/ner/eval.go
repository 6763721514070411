package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Sentence is one labelled sentence: its characters and its person-name
// spans (character offsets, non-overlapping, in order).
type Sentence struct {
	Text  []rune
	Names []analyzer.Span
}

// IsPersonType reports whether an entity type names a person in one of the
// labelled corpora: PER (MSRA, People's Daily), PER.NAM (Weibo), NAME
// (Resume), NR/nr (PFR-style).
func IsPersonType(t string) bool {
	switch strings.ToUpper(t) {
	case "PER", "PER.NAM", "NAME", "NR", "PERSON":
		return true
	}
	return false
}

// SpanBuilder turns a character-by-character sequence of BIO / BIOES / BMES
// tags into person spans. Lenient about malformed sequences: an I-/M-/E-
// that does not continue a person span starts one.
type SpanBuilder struct {
	spans []analyzer.Span
	open  int // start of the open span or -1
	n     int
}

// NewSpanBuilder returns an empty builder.
func NewSpanBuilder() *SpanBuilder { return &SpanBuilder{open: -1} }

// Add consumes the tag of the next character.
func (b *SpanBuilder) Add(tag string) {
	i := b.n
	b.n++
	prefix, typ, _ := strings.Cut(tag, "-")
	if !IsPersonType(typ) {
		b.close(i)
		return
	}
	switch strings.ToUpper(prefix) {
	case "B":
		b.close(i)
		b.open = i
	case "S", "U":
		b.close(i)
		b.spans = append(b.spans, analyzer.Span{Start: i, End: i + 1})
	case "E", "L":
		if b.open < 0 {
			b.open = i
		}
		b.close(i + 1)
	default: // I, M
		if b.open < 0 {
			b.open = i
		}
	}
}

func (b *SpanBuilder) close(end int) {
	if b.open >= 0 {
		b.spans = append(b.spans, analyzer.Span{Start: b.open, End: end})
		b.open = -1
	}
}

// Spans closes any open span and returns the spans seen so far.
func (b *SpanBuilder) Spans() []analyzer.Span {
	b.close(b.n)
	return b.spans
}

// ReadBIOFile reads the labelled file at path with ReadBIO.
func ReadBIOFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer f.Close()
	s, err := ReadBIO(f)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return s, nil
}

// ReadBIO reads a character-per-line labelled file: `char<TAB>tag` (MSRA)
// or `char<SPACE>tag` (People's Daily, Resume), a blank line between
// sentences. Tags may be BIO, BIOES or BMES over PER (or NR, NAME,
// PER.NAM); other entity types count as outside.
func ReadBIO(rd io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var text []rune
	b := NewSpanBuilder()
	flush := func() {
		if len(text) > 0 {
			out = append(out, Sentence{Text: text, Names: b.Spans()})
		}
		text, b = nil, NewSpanBuilder()
	}
	for sc.Scan() {
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" && !strings.ContainsAny(s, "\u3000") {
			flush()
			continue
		}
		// The tag is the last field; the character is what precedes the
		// separator (it may itself be a space-like character).
		k := strings.LastIndexFunc(s, unicode.IsSpace)
		if k < 0 {
			// A line without separator carries no usable character (one
			// such broken line exists in the Resume corpus): skip it.
			continue
		}
		ch, tag := strings.TrimRight(s[:k], " \t"), s[k+1:]
		rs := []rune(ch)
		if len(rs) == 0 {
			rs = []rune{' '}
		}
		text = append(text, rs[0])
		b.Add(tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading labelled sentences: %w", err)
	}
	flush()
	return out, nil
}

// Score counts person entities for precision / recall / F1 (exact span
// match within a sentence).
type Score struct {
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Correct   int `json:"correct"`
}

// Precision is Correct / Predicted (0 when nothing was predicted).
func (s Score) Precision() float64 { return ratio(s.Correct, s.Predicted) }

// Recall is Correct / Gold (0 when there is no gold entity).
func (s Score) Recall() float64 { return ratio(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add scores one sentence's predicted spans against its gold spans.
func (s *Score) Add(gold, pred []analyzer.Span) {
	s.Gold += len(gold)
	s.Predicted += len(pred)
	g := make(map[analyzer.Span]int, len(gold))
	for _, x := range gold {
		g[x]++
	}
	for _, x := range pred {
		if g[x] > 0 {
			g[x]--
			s.Correct++
		}
	}
}

// Evaluate runs predict on every sentence and scores the result.
func Evaluate(sents []Sentence, predict func(text []rune) []analyzer.Span) Score {
	var s Score
	for _, st := range sents {
		s.Add(st.Names, predict(st.Text))
	}
	return s
}

// Predictor adapts a Recognizer to Evaluate.
func Predictor(r Recognizer) func([]rune) []analyzer.Span {
	return func(text []rune) []analyzer.Span {
		ms := r.Recognize(text, analyzer.Span{Start: 0, End: len(text)})
		out := make([]analyzer.Span, len(ms))
		for i, m := range ms {
			out[i] = m.Span
		}
		return out
	}
}

// Report is the outcome of scoring a labelled file, the JSON form of
// `wenxi eval ner`.
type Report struct {
	File string `json:"file"`
	// Mode is "model" (the bare recognizer) or "pipeline" (the people stage).
	Mode      string `json:"mode"`
	Sentences int    `json:"sentences"`
	// Skipped counts sentences left out for being longer than MaxChars.
	Skipped  int `json:"skipped"`
	MaxChars int `json:"max_chars,omitempty"`
	Score
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// EvaluateFile scores predict on sents, leaving out sentences longer than
// maxChars characters (0 = keep all), and fills the figures of a Report.
func EvaluateFile(file, mode string, sents []Sentence, maxChars int, predict func([]rune) []analyzer.Span) Report {
	r := Report{File: file, Mode: mode, MaxChars: maxChars}
	kept := sents[:0:0]
	for _, s := range sents {
		if maxChars > 0 && len(s.Text) > maxChars {
			r.Skipped++
			continue
		}
		kept = append(kept, s)
	}
	r.Sentences = len(kept)
	r.Score = Evaluate(kept, predict)
	r.Precision, r.Recall, r.F1 = r.Score.Precision(), r.Score.Recall(), r.Score.F1()
	return r
}
