// Package summary picks the most representative sentences of an article: a
// TextRank over sentences (Mihalcea & Tarau 2004) whose random jumps favour
// sentences close to the document's centroid, the lead sentence and the
// openings of reported statements, returned in their original order.
//
// Plain TextRank compares every pair of sentences, which is quadratic: a
// 10 MB report has ~150,000 sentences, so 10^10 comparisons. Here each
// sentence is linked only to the sentences within a window around it (the
// neighbours a reader sees together), and the global view comes from the
// centroid similarity in the jump vector, which costs one pass. The whole
// stage is O(n·window).
package summary

import (
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/stopwords"
)

// Options configures the summary stage.
type Options struct {
	// Sentences is how many sentences to keep (default 5).
	Sentences int
	// Window is how many following sentences each sentence is compared with
	// (default 20).
	Window int
}

// Stage is the summary pipeline stage.
type Stage struct {
	opts Options
	once sync.Once
	stop map[string]bool
}

// New builds the stage; the stopword list loads on first use.
func New(o Options) (*Stage, error) {
	if o.Sentences <= 0 {
		o.Sentences = 5
	}
	if o.Window <= 0 {
		o.Window = 20
	}
	return &Stage{opts: o}, nil
}

// Name implements analyzer.Stage.
func (*Stage) Name() string { return "summary" }

// Needs implements analyzer.Needs.
func (*Stage) Needs() []string { return []string{"segment", "statements", "meta"} }

const (
	damping     = 0.85
	iterations  = 40
	convergence = 1e-7 // L1 change of the scores that ends the iterations
	minRunes    = 8    // shorter sentences are headings or fragments
	maxSimilar  = 0.7  // a sentence this close to a chosen one is redundant
	leadBoost   = 2.0  // the first body sentence: who, when, what
	paraBoost   = 0.3  // a paragraph's first sentence states its topic
	sayBoost    = 1.0  // a sentence that opens a statement
)

// candidate is one body sentence with its term vector.
type candidate struct {
	span  analyzer.Span
	terms []int   // sorted term ids
	prior float64 // centroid similarity: the random jump's weight
	cue   float64 // position and speaker cues, multiplied into the rank
}

// Process implements analyzer.Stage.
func (s *Stage) Process(doc *analyzer.Document) error {
	s.once.Do(func() {
		s.stop = map[string]bool{}
		for _, w := range stopwords.Words() {
			s.stop[w] = true
		}
	})
	doc.Summary = doc.Summary[:0]
	cands := s.candidates(doc)
	if len(cands) == 0 {
		return nil
	}
	score := s.rank(cands)
	chosen := s.choose(cands, score)
	top := 0.0
	for _, i := range chosen {
		top = math.Max(top, score[i])
	}
	for _, i := range chosen {
		c := cands[i]
		doc.Summary = append(doc.Summary, analyzer.SummarySentence{
			Text:  doc.SpanText(c.span),
			Score: math.Round(score[i]/top*1e4) / 1e4,
			Span:  c.span,
		})
	}
	return nil
}

// candidates builds the term vectors of the body sentences and their jump
// priors (position and speaker cues). Terms are content tokens of the
// segment stage; without tokens, Han character bigrams stand in.
func (s *Stage) candidates(doc *analyzer.Document) []candidate {
	body := doc.BodySentences()
	ids := map[string]int{}
	id := func(t string) int {
		if v, ok := ids[t]; ok {
			return v
		}
		ids[t] = len(ids)
		return len(ids) - 1
	}
	var out []candidate
	tok, st := 0, 0
	lastPara := -1
	lead := true
	// All term lists share one backing array: one allocation, not one per
	// sentence, which matters on a 10 MB document.
	// A sentence has at most one term per token, or per character when
	// bigrams stand in, so the pool never has to grow.
	room := len(doc.Tokens)
	if room == 0 {
		room = len(doc.Runes)
	}
	pool := make([]int, 0, room)
	for _, sen := range body {
		firstInPara := sen.Paragraph != lastPara
		lastPara = sen.Paragraph
		if sen.Len() < minRunes || isCredit(doc.Runes[sen.Start:sen.End]) || isHeading(doc.Runes[sen.Start:sen.End]) {
			continue
		}
		terms := pool[len(pool):len(pool)]
		if len(doc.Tokens) > 0 {
			for tok < len(doc.Tokens) && doc.Tokens[tok].Start < sen.Start {
				tok++
			}
			for ; tok < len(doc.Tokens) && doc.Tokens[tok].End <= sen.End; tok++ {
				if t := doc.Tokens[tok]; s.content(t) {
					terms = append(terms, id(t.Text))
				}
			}
		} else {
			rs := doc.Runes[sen.Start:sen.End]
			for i := 0; i+1 < len(rs); i++ {
				if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) {
					terms = append(terms, id(string(rs[i:i+2])))
				}
			}
		}
		if len(terms) == 0 {
			continue
		}
		sort.Ints(terms)
		cue := 1.0
		if lead {
			cue += leadBoost
			lead = false
		}
		if firstInPara {
			cue += paraBoost
		}
		for st < len(doc.Statements) && doc.Statements[st].Start < sen.Start {
			st++
		}
		if st < len(doc.Statements) && doc.Statements[st].Start < sen.End {
			cue += sayBoost
		}
		terms = dedupe(terms)
		pool = pool[:len(pool)+len(terms)]
		out = append(out, candidate{span: sen.Span, terms: terms[:len(terms):len(terms)], cue: cue})
	}
	// The centroid: how many sentences use each term. A sentence's jump
	// weight is its cosine with the centroid.
	df := make([]float64, len(ids))
	for _, c := range out {
		for _, t := range c.terms {
			df[t]++
		}
	}
	norm := 0.0
	for _, v := range df {
		norm += v * v
	}
	norm = math.Sqrt(norm)
	for i := range out {
		dot := 0.0
		for _, t := range out[i].terms {
			dot += df[t]
		}
		cos := dot / (math.Sqrt(float64(len(out[i].terms))) * norm)
		out[i].prior = cos
	}
	return out
}

// content keeps nouns, verbs, adjectives, names and idioms of two or more
// characters that are not stopwords.
func (s *Stage) content(t analyzer.Token) bool {
	if t.Pos == "" {
		return false
	}
	// The tag first: it is the cheapest test and rules out half the
	// tokens before the stopword map look-up.
	switch t.Pos[0] {
	case 'n', 'v', 'a', 'i', 'l', 'j':
	default:
		return false
	}
	return utf8.RuneCountInString(t.Text) >= 2 && !s.stop[t.Text]
}

// rank runs PageRank over the windowed similarity graph with the priors as
// the jump distribution. The graph is a band: sentence i links only to
// i+1 … i+window, so its weights live in one dense n×window array that the
// iterations stream through in order (a list of edges would be twice the
// memory and visited out of order).
func (s *Stage) rank(cands []candidate) []float64 {
	n, w := len(cands), s.opts.Window
	band := make([]float32, n*w) // band[i*w+k] = sim(i, i+k+1)
	out := make([]float64, n)    // weighted degree
	for i := 0; i < n; i++ {
		for k := 0; k < w && i+k+1 < n; k++ {
			v := similarity(cands[i].terms, cands[i+k+1].terms)
			band[i*w+k] = float32(v)
			out[i] += v
			out[i+k+1] += v
		}
	}
	jump := make([]float64, n)
	total := 0.0
	for i, c := range cands {
		jump[i] = c.prior
		total += c.prior
	}
	for i := range jump {
		if total > 0 {
			jump[i] /= total
		} else {
			jump[i] = 1 / float64(n)
		}
	}
	score := append([]float64(nil), jump...)
	share := make([]float64, n)
	for it := 0; it < iterations; it++ {
		dangling := 0.0
		for i := range share {
			if out[i] == 0 {
				dangling += score[i]
				share[i] = 0
			} else {
				share[i] = score[i] / out[i]
			}
		}
		delta := 0.0
		for i := 0; i < n; i++ {
			in := 0.0
			row := band[i*w : i*w+w]
			for k, v := range row {
				if v != 0 {
					in += float64(v) * share[i+k+1]
				}
			}
			for k := 0; k < w && i-k-1 >= 0; k++ {
				if v := band[(i-k-1)*w+k]; v != 0 {
					in += float64(v) * share[i-k-1]
				}
			}
			v := (1-damping)*jump[i] + damping*(in+dangling*jump[i])
			delta += math.Abs(v - score[i])
			score[i] = v
		}
		if delta < convergence {
			break
		}
	}
	// The cues scale the rank: TextRank alone favours long sentences in
	// dense stretches and overlooks the lead, which in a news report says
	// who met when and where.
	for i, c := range cands {
		score[i] *= c.cue
	}
	return score
}

// choose takes the best sentences, skipping near-duplicates of ones already
// taken, and returns them in document order.
func (s *Stage) choose(cands []candidate, score []float64) []int {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return score[order[a]] > score[order[b]] })
	var chosen []int
	for _, i := range order {
		if len(chosen) == s.opts.Sentences {
			break
		}
		dup := false
		for _, j := range chosen {
			if jaccard(cands[i].terms, cands[j].terms) > maxSimilar {
				dup = true
				break
			}
		}
		if !dup {
			chosen = append(chosen, i)
		}
	}
	sort.Ints(chosen)
	return chosen
}

// similarity is TextRank's sentence similarity: shared terms over the sum
// of the log lengths.
func similarity(a, b []int) float64 {
	shared := overlap(a, b)
	if shared == 0 {
		return 0
	}
	d := math.Log(float64(len(a))+1) + math.Log(float64(len(b))+1)
	return float64(shared) / d
}

func jaccard(a, b []int) float64 {
	shared := overlap(a, b)
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// overlap counts the ids two sorted, de-duplicated lists share.
func overlap(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

func dedupe(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// isHeading spots a section heading (二、加快农业和农村经济发展): a short
// line that does not end like a sentence.
func isHeading(r []rune) bool {
	if len(r) >= 40 {
		return false
	}
	return !strings.ContainsRune("。！？!?…”’」）)；;", r[len(r)-1])
}

// isCredit spots a reporter credit left at the end of the body: "(记者 …".
func isCredit(r []rune) bool {
	if len(r) > 40 {
		return false
	}
	t := strings.TrimLeft(string(r), "(（【[ ")
	return strings.HasPrefix(t, "记者") || strings.HasPrefix(t, "本报记者") || strings.HasPrefix(t, "通讯员")
}
