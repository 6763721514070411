package ner

import (
	"math"
	"sync"

	"github.com/wenxi-nlp/wenxi/analyzer"
)

// Tags of the BIOES scheme for the single entity type PER. O is the
// reference tag: the model stores every feature's weights relative to O
// (O's weight subtracted), which leaves every path ranking unchanged and
// saves a fifth of the table.
const (
	tagO = iota
	tagB
	tagI
	tagE
	tagS
	numTags
)

// stored is the number of weights kept per hash bucket (all tags but O).
const stored = numTags - 1

// allowed[p][t] says whether tag t may follow tag p. Invalid BIOES
// transitions are excluded from decoding outright, so every decoded path
// reads back as well-formed, non-overlapping spans.
var allowed = [numTags][numTags]bool{
	tagO: {tagO: true, tagB: true, tagS: true},
	tagB: {tagI: true, tagE: true},
	tagI: {tagI: true, tagE: true},
	tagE: {tagO: true, tagB: true, tagS: true},
	tagS: {tagO: true, tagB: true, tagS: true},
}

var canStart = [numTags]bool{tagO: true, tagB: true, tagS: true}
var canEnd = [numTags]bool{tagO: true, tagE: true, tagS: true}

const negInf = math.MinInt32 / 4

// Model is a trained sequence labeller: hashed feature weights quantized to
// int16, transition weights and the name lexicon its features use.
type Model struct {
	bits  uint
	w     []int16 // (1<<bits) buckets × stored weights
	trans [numTags][numTags]int32
	lx    *Lexicon
	// scale converts quantized units back to perceptron units; temp is the
	// perceptron margin that maps to a Score of about 0.73 (see score).
	scale, temp float64

	pool sync.Pool // *decoder

	// uni holds, for every CJK character c, the weights of the five
	// character unigram templates (c two before, one before, at, one after
	// and two after the position), uniStride weights per character; bias
	// the bias template's. Built on first use, see fastEmissions.
	uniOnce sync.Once
	uni     []int16
	bias    [stored]int32
	// dense[k] holds the weights of template denseTemplates[k] for every
	// value of its small domain, indexed as extractor.dense packs it.
	dense [numDense][]int16
}

// denseTemplates are the templates whose arguments take few values (codes,
// name-character classes, run shapes); their weights are copied into small
// dense tables that stay in cache, so reading them no longer misses in
// the 2 MB hashed table. hashedTemplates are the rest but the bias and
// the character unigrams.
var (
	denseTemplates  = [numDense]int{13, 16, 17, 18, 19, 20, 22}
	denseSizes      = [numDense]int{256, 4096, 4096, 4096, 128, 256, 64}
	hashedTemplates = [...]int{6, 7, 8, 9, 10, 11, 12, 14, 15, 21, 23}
)

const numDense = 7

// denseKey returns the hashed key of value v of dense table k: the
// inverse of the packing in extractor.extract.
func denseKey(k int, v int) uint64 {
	t := uint64(denseTemplates[k])
	switch k {
	case 0: // 13: code
		return key(t, rune(v), 0, 0)
	case 1, 2, 3: // 16-18: surname class, two given-name classes
		return key(t, rune(v>>10), rune(v>>5&31), rune(v&31))
	case 4: // 19: compound-surname distance, given-name class
		return key(t, rune(v>>5), rune(v&31), 0)
	case 5: // 20: context, surname class, given-name class (3 bits)
		return key(t, rune(v>>5), rune(v>>3&3), rune(v&7))
	default: // 22: run length, run position
		return key(t, rune(v>>3), rune(v&7), 0)
	}
}

// uniTemplates are the feature templates key(1..5, c, 0, 0): one character
// at offsets -2..+2.
const (
	uniTemplates = 5
	uniStride    = uniTemplates * stored
)

// buildUni fills m.uni and m.bias from the hashed table.
func (m *Model) buildUni() {
	shift := 64 - m.bits
	m.uni = make([]int16, cjkSize*uniStride)
	for c := range rune(cjkSize) {
		for k := range uniTemplates {
			f := int(key(uint64(1+k), cjkBase+c, 0, 0) >> shift)
			copy(m.uni[int(c)*uniStride+k*stored:], m.w[f*stored:f*stored+stored])
		}
	}
	f := int(key(0, 0, 0, 0) >> shift)
	for t := range stored {
		m.bias[t] = int32(m.w[f*stored+t])
	}
	for k := range numDense {
		m.dense[k] = make([]int16, denseSizes[k]*stored)
		for v := range denseSizes[k] {
			f := int(denseKey(k, v) >> shift)
			copy(m.dense[k][v*stored:], m.w[f*stored:f*stored+stored])
		}
	}
}

// fastEmissions is emissions for the embedded model's decoder, with the
// same sums (integer additions, so in any order): the bias and the five
// character-unigram weights of CJK characters come from m.uni, where one
// character's weights for all five offsets share a cache line, instead of
// five random reads of the 2 MB hashed table per character. A character
// enters the window once and is read there for five positions; the hashed
// reads were most of the model's time. pad is the extractor's padded
// sentence (padding runes on each side).
func (m *Model) fastEmissions(feats []uint32, pad []rune, dense []uint16, n int, em []int32) []int32 {
	m.uniOnce.Do(m.buildUni)
	em = resize(em, n*numTags)
	w, uni := m.w, m.uni
	for i := range n {
		b, in, e, s := m.bias[0], m.bias[1], m.bias[2], m.bias[3]
		fs := feats[i*numTemplates : (i+1)*numTemplates : (i+1)*numTemplates]
		for k := range uniTemplates {
			var ws []int16
			if c := uint32(pad[i+padding-2+k] - cjkBase); c < cjkSize {
				o := int(c)*uniStride + k*stored
				ws = uni[o : o+stored : o+stored]
			} else {
				// Not a CJK character: its unigram key, from the hashed table.
				f := int(key(uint64(1+k), pad[i+padding-2+k], 0, 0) >> (64 - m.bits))
				ws = w[f*stored : f*stored+stored : f*stored+stored]
			}
			b += int32(ws[0])
			in += int32(ws[1])
			e += int32(ws[2])
			s += int32(ws[3])
		}
		ds := dense[i*numDense : (i+1)*numDense : (i+1)*numDense]
		for k, v := range ds {
			o := int(v) * stored
			ws := m.dense[k][o : o+stored : o+stored]
			b += int32(ws[0])
			in += int32(ws[1])
			e += int32(ws[2])
			s += int32(ws[3])
		}
		for _, t := range hashedTemplates {
			f := int(fs[t])
			ws := w[f*stored : f*stored+stored : f*stored+stored]
			b += int32(ws[0])
			in += int32(ws[1])
			e += int32(ws[2])
			s += int32(ws[3])
		}
		row := em[i*numTags : i*numTags+numTags : i*numTags+numTags]
		row[tagO], row[tagB], row[tagI], row[tagE], row[tagS] = 0, b, in, e, s
	}
	return em
}

// decoder holds the per-call buffers of one Recognize call.
type decoder struct {
	x     *extractor
	feats []uint32
	em    []int32
	v     viterbi
}

// Recognize implements Recognizer. It is safe for concurrent use.
func (m *Model) Recognize(r []rune, span analyzer.Span) []Mention {
	span.Start = max(span.Start, 0)
	span.End = min(span.End, len(r))
	if span.End <= span.Start {
		return nil
	}
	d, _ := m.pool.Get().(*decoder)
	if d == nil {
		d = &decoder{x: newExtractor(m.lx, m.bits)}
		d.x.wantDense = true
	}
	defer m.pool.Put(d)
	var out []Mention
	// Decode sentence by sentence: the model was trained on sentences, and
	// short sequences keep the buffers small for long documents.
	start := span.Start
	for i := span.Start; i < span.End; i++ {
		if isSentenceEnd(r[i]) || i == span.End-1 {
			out = m.decodeInto(d, r, start, i+1, out)
			start = i + 1
		}
	}
	return out
}

func isSentenceEnd(c rune) bool {
	switch c {
	case '。', '！', '？', '\n', '；', '!', '?':
		return true
	}
	return false
}

// decodeInto labels r[a:b] and appends its mentions (offsets into r).
func (m *Model) decodeInto(d *decoder, r []rune, a, b int, out []Mention) []Mention {
	seg := r[a:b]
	if !anyHan(seg) {
		return out
	}
	d.feats = d.x.extract(seg, d.feats)
	d.em = m.fastEmissions(d.feats, d.x.pad, d.x.dense, len(seg), d.em)
	path := d.v.decode(d.em, &m.trans, len(seg))
	spans := spansOf(path)
	if len(spans) == 0 {
		return out
	}
	margins := d.v.margins(d.em, &m.trans, len(seg), spans)
	for k, s := range spans {
		out = append(out, Mention{
			Span:  analyzer.Span{Start: a + s.Start, End: a + s.End},
			Score: m.score(margins[k]),
		})
	}
	return out
}

func anyHan(r []rune) bool {
	for _, c := range r {
		if c >= cjkBase && c < cjkBase+cjkSize {
			return true
		}
	}
	return false
}

// score maps a decoding margin (best path minus the best path that leaves
// part of the mention outside a name) to (0, 1) with a logistic curve.
func (m *Model) score(margin int32) float64 {
	if m.temp <= 0 {
		return 1
	}
	return 1 / (1 + math.Exp(-float64(margin)*m.scale/m.temp))
}

// emissions sums the per-tag weights of each position's features.
func (m *Model) emissions(feats []uint32, n int, em []int32) []int32 {
	return emissionsOf(m.w, feats, n, em)
}

// emissionsOf is shared by the trainer (int32 weights) and the embedded
// model (int16 weights).
func emissionsOf[W int16 | int32](w []W, feats []uint32, n int, em []int32) []int32 {
	em = resize(em, n*numTags)
	for i := range n {
		var b, in, e, s int32
		for _, f := range feats[i*numTemplates : (i+1)*numTemplates] {
			ws := w[int(f)*stored : int(f)*stored+stored : int(f)*stored+stored]
			b += int32(ws[0])
			in += int32(ws[1])
			e += int32(ws[2])
			s += int32(ws[3])
		}
		row := em[i*numTags : i*numTags+numTags : i*numTags+numTags]
		row[tagO], row[tagB], row[tagI], row[tagE], row[tagS] = 0, b, in, e, s
	}
	return em
}

// viterbi holds the decoding lattices; it is reused between calls.
type viterbi struct {
	score []int32 // n × numTags best prefix scores
	back  []uint8
	beta  []int32
	path  []uint8
}

// decode returns the best well-formed tag path for the emission matrix em.
func (v *viterbi) decode(em []int32, trans *[numTags][numTags]int32, n int) []uint8 {
	v.score = resize(v.score, n*numTags)
	v.back = resize(v.back, n*numTags)
	v.path = resize(v.path, n)
	for t := range numTags {
		v.score[t] = negInf
		if canStart[t] {
			v.score[t] = em[t]
		}
	}
	for i := 1; i < n; i++ {
		prev := v.score[(i-1)*numTags : i*numTags]
		for t := range numTags {
			best, arg := int32(negInf), uint8(0)
			for p := range numTags {
				if !allowed[p][t] || prev[p] <= negInf {
					continue
				}
				if s := prev[p] + trans[p][t]; s > best {
					best, arg = s, uint8(p)
				}
			}
			if best > negInf {
				best += em[i*numTags+t]
			}
			v.score[i*numTags+t] = best
			v.back[i*numTags+t] = arg
		}
	}
	best, arg := int32(negInf), uint8(tagO)
	for t := range numTags {
		if canEnd[t] && v.score[(n-1)*numTags+t] > best {
			best, arg = v.score[(n-1)*numTags+t], uint8(t)
		}
	}
	v.path[n-1] = arg
	for i := n - 1; i > 0; i-- {
		v.path[i-1] = v.back[i*numTags+int(v.path[i])]
	}
	return v.path
}

// margins returns, for each decoded span, how much the best path beats the
// best path that tags some character of the span O (max-marginals from a
// backward pass over the forward scores decode left in v.score).
func (v *viterbi) margins(em []int32, trans *[numTags][numTags]int32, n int, spans []analyzer.Span) []int32 {
	v.beta = resize(v.beta, n*numTags)
	for t := range numTags {
		v.beta[(n-1)*numTags+t] = negInf
		if canEnd[t] {
			v.beta[(n-1)*numTags+t] = 0
		}
	}
	for i := n - 2; i >= 0; i-- {
		for p := range numTags {
			best := int32(negInf)
			for t := range numTags {
				nb := v.beta[(i+1)*numTags+t]
				if !allowed[p][t] || nb <= negInf {
					continue
				}
				if s := trans[p][t] + em[(i+1)*numTags+t] + nb; s > best {
					best = s
				}
			}
			v.beta[i*numTags+p] = best
		}
	}
	best := int32(negInf)
	for t := range numTags {
		best = max(best, v.score[t]+v.beta[t])
	}
	out := make([]int32, len(spans))
	for k, s := range spans {
		alt := int32(negInf)
		for i := s.Start; i < s.End; i++ {
			a := v.score[i*numTags+tagO]
			if a > negInf && v.beta[i*numTags+tagO] > negInf {
				alt = max(alt, a+v.beta[i*numTags+tagO])
			}
		}
		if alt <= negInf {
			out[k] = best // no alternative at all: maximal confidence
			continue
		}
		out[k] = best - alt
	}
	return out
}

// spansOf reads the PER spans of a BIOES path.
func spansOf(path []uint8) []analyzer.Span {
	var out []analyzer.Span
	start := -1
	for i, t := range path {
		switch t {
		case tagS:
			out = append(out, analyzer.Span{Start: i, End: i + 1})
			start = -1
		case tagB:
			start = i
		case tagE:
			if start >= 0 {
				out = append(out, analyzer.Span{Start: start, End: i + 1})
			}
			start = -1
		case tagO:
			start = -1
		}
	}
	return out
}

// tagsOf writes the BIOES tags of spans over n characters (spans must not
// overlap).
func tagsOf(n int, spans []analyzer.Span) []uint8 {
	tags := make([]uint8, n)
	for _, s := range spans {
		if s.Start < 0 || s.End > n || s.End <= s.Start {
			continue
		}
		if s.Len() == 1 {
			tags[s.Start] = tagS
			continue
		}
		tags[s.Start] = tagB
		for i := s.Start + 1; i < s.End-1; i++ {
			tags[i] = tagI
		}
		tags[s.End-1] = tagE
	}
	return tags
}
