package segment

import (
	"sync"
	"unicode"

	"github.com/wenxi-nlp/wenxi/dict/segdict"
)

// fastCutter reproduces gse's Cut(text, true) — jieba's DAG, maximum
// log-probability route and BEMS Viterbi for runs of single characters —
// over the compiled dictionary in package segdict. It exists because gse
// spends 1.2–1.8 s building its dictionary before the first word and then
// allocates maps for every sentence; this one starts in microseconds and
// its loops allocate nothing. Every quirk of gse v0.80.3 is kept on purpose
// (see the comments), and TestSameAsGse checks it against gse line by line.
type fastCutter struct {
	d *segdict.Dict
}

// span is a word as a half-open range of rune offsets, with its dictionary
// node when the route found it in the dictionary (0 when unknown).
type span struct {
	s, e int32
	node segdict.Node
}

// scratch holds the per-call buffers; pooled so concurrent calls are safe
// and steady-state calls allocate nothing.
type scratch struct {
	low    []rune
	code   []uint16
	score  []float64
	next   []int32
	node   []segdict.Node
	vtb    [][4]float64
	back   [][4]uint8
	states []uint8
	spans  []span
	boff   []int32
	route  segdict.RouteBuf
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// gse's HMM constants (hmm/viterbi.go, hmm/prob_trans.go), states B E M S.
const (
	stB = iota
	stE
	stM
	stS
)

const minFloat = -3.14e100

var probStart = [4]float64{-0.26268660809250016, -3.14e+100, -3.14e+100, -1.4652633398537678}

const (
	transBE = -0.510825623765990
	transBM = -0.916290731874155
	transEB = -0.5897149736854513
	transES = -0.8085250474669937
	transME = -0.33344856811948514
	transMM = -1.2603623820268226
	transSB = -0.7211965654669841
	transSS = -0.6658631448798212
)

// lower lower-cases one rune as strings.ToLower does (gse lower-cases the
// whole text before cutting), skipping the table search for CJK, which has
// no case (checked by TestLowerFastPath).
func lower(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0x2E80 && r < 0xA640, r >= 0x2000 && r < 0x2100:
		return r // CJK, general punctuation: no case
	case r >= 0xFF00 && r <= 0xFFEF:
		if r >= 0xFF21 && r <= 0xFF3A { // full-width A-Z
			return r + 0x20
		}
		return r
	}
	return unicode.ToLower(r)
}

// isHan is unicode.Is(unicode.Han, r) (gse's \p{Han}) with a fast path for
// the CJK Unified Ideographs block, which is Han throughout.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	if r < 0x2E80 || (r >= 0xFF00 && r <= 0xFFEF) {
		return false // Latin, general punctuation, full-width forms
	}
	if r >= 0x3000 && r <= 0x303F { // CJK punctuation, with a few Han
		return r == 0x3005 || r == 0x3007 || (r >= 0x3021 && r <= 0x3029) || (r >= 0x3038 && r <= 0x303B)
	}
	return unicode.Is(unicode.Han, r)
}

func isASCIIAlnum(r rune) bool {
	return r < 0x80 && ('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// cut appends the words of text (as offsets relative to text) to sc.spans.
func (f *fastCutter) cut(sc *scratch, text []rune) {
	n := len(text)
	if n == 0 {
		return
	}
	if cap(sc.low) < n {
		sc.low = make([]rune, n, n+n/2)
		sc.code = make([]uint16, n, n+n/2)
		sc.score = make([]float64, n+1, n+n/2+1)
		sc.next = make([]int32, n+1, n+n/2+1)
		sc.node = make([]segdict.Node, n+1, n+n/2+1)
	}
	low, code := sc.low[:n], sc.code[:n]
	for i, r := range text {
		r = lower(r)
		low[i], code[i] = r, f.d.Code(r)
		if r == 0 {
			code[i] = segdict.NulCode
		}
	}
	score, next, node := sc.score[:n+1], sc.next[:n+1], sc.node[:n+1]
	f.d.Route(&sc.route, code, score, next, node)

	// Walk the route; runs of single-character steps are buffered and
	// handed to the HMM, as gse's cutDAG does.
	bufStart := -1
	for x := 0; x < n; {
		y := int(next[x]) + 1
		if y-x == 1 {
			if bufStart < 0 {
				bufStart = x
			}
			x = y
			continue
		}
		if bufStart >= 0 {
			f.flush(sc, low, bufStart, x)
			bufStart = -1
		}
		sc.spans = append(sc.spans, span{int32(x), int32(y), node[x]})
		x = y
	}
	if bufStart >= 0 {
		f.flush(sc, low, bufStart, n)
	}
}

// flush handles a buffered run low[a:b] of single-character steps like
// gse's cutDAG/hmm: one character stays as it is; a run that is itself a
// dictionary word is split into characters; anything else goes to the HMM.
func (f *fastCutter) flush(sc *scratch, low []rune, a, b int) {
	node := sc.node[:len(low)]
	if b-a == 1 {
		sc.spans = append(sc.spans, span{int32(a), int32(b), node[a]})
		return
	}
	if _, ok := f.d.LookupRunes(low[a:b]); ok {
		for i := a; i < b; i++ {
			sc.spans = append(sc.spans, span{int32(i), int32(i + 1), node[i]})
		}
		return
	}
	f.hmmCut(sc, low, a, b)
}

// hmmCut is gse's hmm.Cut with its default expressions: Han runs go to the
// Viterbi decoder, matches of (\d+\.\d+|[a-zA-Z0-9]+) stay whole, and
// whatever lies between them is one piece.
func (f *fastCutter) hmmCut(sc *scratch, low []rune, a, b int) {
	for p := a; p < b; {
		r := low[p]
		switch {
		case isHan(r):
			e := p + 1
			for e < b && isHan(low[e]) {
				e++
			}
			f.viterbi(sc, low, p, e)
			p = e
		case isASCIIAlnum(r):
			e := p
			// \d+\.\d+ is tried first (leftmost-first alternation).
			if isDigit(r) {
				q := p
				for q < b && isDigit(low[q]) {
					q++
				}
				if q+1 < b && low[q] == '.' && isDigit(low[q+1]) {
					q++
					for q < b && isDigit(low[q]) {
						q++
					}
					e = q
				}
			}
			if e == p {
				e = p + 1
				for e < b && isASCIIAlnum(low[e]) {
					e++
				}
			}
			sc.spans = append(sc.spans, span{s: int32(p), e: int32(e)})
			p = e
		default:
			e := p + 1
			for e < b && !isHan(low[e]) && !isASCIIAlnum(low[e]) {
				e++
			}
			sc.spans = append(sc.spans, span{s: int32(p), e: int32(e)})
			p = e
		}
	}
}

// viterbi decodes the Han run low[a:b] into B/E/M/S states with gse's model
// and appends its words. Ties are broken as gse's sort does: the larger
// state letter wins (S > M > E > B).
func (f *fastCutter) viterbi(sc *scratch, low []rune, a, b int) {
	n := b - a
	if cap(sc.vtb) < n {
		sc.vtb = make([][4]float64, n, n*2)
		sc.back = make([][4]uint8, n, n*2)
	}
	vtb, back := sc.vtb[:n], sc.back[:n]
	em := func(r rune) [4]float64 {
		eb, ee, emm, es, ok := f.d.Emit(r)
		if !ok {
			return [4]float64{minFloat, minFloat, minFloat, minFloat}
		}
		return [4]float64{eb, ee, emm, es}
	}
	e0 := em(low[a])
	for y := range 4 {
		vtb[0][y] = e0[y] + probStart[y]
	}
	for t := 1; t < n; t++ {
		e := em(low[a+t])
		p := &vtb[t-1]
		// B from E or S.
		x1, x2 := p[stE]+transEB+e[stB], p[stS]+transSB+e[stB]
		if x1 > x2 {
			vtb[t][stB], back[t][stB] = x1, stE
		} else {
			vtb[t][stB], back[t][stB] = x2, stS
		}
		// M from M or B.
		x1, x2 = p[stM]+transMM+e[stM], p[stB]+transBM+e[stM]
		if x2 > x1 {
			vtb[t][stM], back[t][stM] = x2, stB
		} else {
			vtb[t][stM], back[t][stM] = x1, stM
		}
		// S from S or E.
		x1, x2 = p[stS]+transSS+e[stS], p[stE]+transES+e[stS]
		if x2 > x1 {
			vtb[t][stS], back[t][stS] = x2, stE
		} else {
			vtb[t][stS], back[t][stS] = x1, stS
		}
		// E from B or M.
		x1, x2 = p[stB]+transBE+e[stE], p[stM]+transME+e[stE]
		if x1 > x2 {
			vtb[t][stE], back[t][stE] = x1, stB
		} else {
			vtb[t][stE], back[t][stE] = x2, stM
		}
	}
	state := uint8(stS)
	if vtb[n-1][stE] > vtb[n-1][stS] {
		state = stE
	}
	if cap(sc.states) < n {
		sc.states = make([]uint8, n, n*2)
	}
	states := sc.states[:n]
	for t := n - 1; t >= 0; t-- {
		states[t] = state
		state = back[t][state]
	}
	begin, nextPos := 0, 0
	for t := range n {
		switch states[t] {
		case stB:
			begin = t
		case stE:
			sc.spans = append(sc.spans, span{s: int32(a + begin), e: int32(a + t + 1)})
			nextPos = t + 1
		case stS:
			sc.spans = append(sc.spans, span{s: int32(a + t), e: int32(a + t + 1)})
			nextPos = t + 1
		}
	}
	if nextPos < n {
		sc.spans = append(sc.spans, span{s: int32(a + nextPos), e: int32(b)})
	}
}

// Cut implements Cutter with the compiled dictionary; the words are gse's
// Cut(text, true) (lower-cased, as gse returns them).
func (f *fastCutter) Cut(text string) []string {
	r := []rune(text)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.spans = sc.spans[:0]
	f.cut(sc, r)
	out := make([]string, len(sc.spans))
	for i, sp := range sc.spans {
		out[i] = string(sc.low[sp.s:sp.e])
	}
	return out
}

// Lookup implements Lexicon: words with a frequency above zero are known.
func (f *fastCutter) Lookup(word string) (string, bool) {
	n, ok := f.d.Lookup(word)
	if !ok {
		return "", false
	}
	return f.d.Pos(n), true
}
