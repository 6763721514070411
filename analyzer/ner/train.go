package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainOptions configures Train.
type TrainOptions struct {
	// Bits is log2 of the number of hash buckets (default 20).
	Bits uint
	// Epochs is the number of passes over the training data (default 30).
	Epochs int
	// Seed fixes the per-epoch shuffling, so a run is reproducible.
	Seed uint64
	// Dev, when set, is scored after every epoch; with SelectBest the
	// averaged weights of the best epoch are returned.
	Dev        []Sentence
	SelectBest bool
	// Log receives one line per epoch (nil: silent).
	Log io.Writer
}

// EpochReport is the training progress after one epoch.
type EpochReport struct {
	Epoch    int
	Mistakes int // sentences decoded wrongly during the epoch
	Dev      Score
}

// Train fits an averaged structured perceptron (Collins 2002) with BIOES
// tags and hard transition constraints. We write it ourselves rather than
// bind a CRF library: the perceptron needs a few hundred lines, trains in
// minutes, and its integer weights quantize into a compact embedded table.
func Train(data []Sentence, lx *Lexicon, o TrainOptions) (*Model, []EpochReport, error) {
	if o.Bits == 0 {
		o.Bits = 20
	}
	if o.Bits < 8 || o.Bits > 26 {
		return nil, nil, fmt.Errorf("hash bits %d out of range 8..26", o.Bits)
	}
	if o.Epochs <= 0 {
		o.Epochs = 30
	}
	if len(data) == 0 {
		return nil, nil, fmt.Errorf("no training sentences")
	}
	x := newExtractor(lx, o.Bits)
	feats := make([][]uint32, len(data))
	gold := make([][]uint8, len(data))
	for i, s := range data {
		feats[i] = slices.Clone(x.extract(s.Text, nil))
		gold[i] = tagsOf(len(s.Text), s.Names)
	}
	size := (1 << o.Bits) * stored
	t := &trainer{w: make([]int32, size), u: make([]int64, size), c: 1}
	var v viterbi
	var em []int32
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var reports []EpochReport
	var best *Model
	bestF := -1.0
	for ep := 1; ep <= o.Epochs; ep++ {
		rng := rand.New(rand.NewPCG(o.Seed, uint64(ep)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, k := range order {
			n := len(gold[k])
			if n == 0 {
				continue
			}
			em = emissionsOf(t.w, feats[k], n, em)
			pred := v.decode(em, &t.trans, n)
			if !slices.Equal(pred, gold[k]) {
				mistakes++
				t.update(feats[k], gold[k], pred)
			}
			t.c++
		}
		m := t.average(lx, o.Bits)
		rep := EpochReport{Epoch: ep, Mistakes: mistakes}
		if len(o.Dev) > 0 {
			rep.Dev = Evaluate(o.Dev, Predictor(m))
		}
		reports = append(reports, rep)
		if o.Log != nil {
			fmt.Fprintf(o.Log, "epoch %2d: %6d mistaken sentences", ep, mistakes)
			if len(o.Dev) > 0 {
				fmt.Fprintf(o.Log, "  dev P %.4f R %.4f F1 %.4f", rep.Dev.Precision(), rep.Dev.Recall(), rep.Dev.F1())
			}
			fmt.Fprintln(o.Log)
		}
		if !o.SelectBest || len(o.Dev) == 0 || rep.Dev.F1() > bestF {
			best, bestF = m, rep.Dev.F1()
		}
	}
	best.calibrate(o.Dev)
	return best, reports, nil
}

// trainer holds the current weights w, the running sums u for averaging
// (the standard trick: averaged = w - u/c) and the update counter c.
type trainer struct {
	w      []int32
	u      []int64
	trans  [numTags][numTags]int32
	transU [numTags][numTags]int64
	c      int64
}

// update adds the features of the gold path and subtracts those of the
// predicted one. Weights are kept relative to tag O: a change d[t] of the
// full five-tag vector is stored as d[t]-d[O].
func (t *trainer) update(feats []uint32, gold, pred []uint8) {
	for i := range gold {
		g, p := gold[i], pred[i]
		if i > 0 && (g != p || gold[i-1] != pred[i-1]) {
			t.trans[gold[i-1]][g]++
			t.transU[gold[i-1]][g] += t.c
			t.trans[pred[i-1]][p]--
			t.transU[pred[i-1]][p] -= t.c
		}
		if g == p {
			continue
		}
		var d [numTags]int32
		d[g]++
		d[p]--
		for _, f := range feats[i*numTemplates : (i+1)*numTemplates] {
			base := int(f) * stored
			for k := range stored {
				dk := d[k+1] - d[tagO]
				if dk != 0 {
					t.w[base+k] += dk
					t.u[base+k] += int64(dk) * t.c
				}
			}
		}
	}
}

// average returns the averaged weights quantized to int16.
func (t *trainer) average(lx *Lexicon, bits uint) *Model {
	c := float64(t.c)
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/c }
	maxAbs := 0.0
	for i := range t.w {
		maxAbs = max(maxAbs, math.Abs(avg(t.w[i], t.u[i])))
	}
	for p := range numTags {
		for q := range numTags {
			maxAbs = max(maxAbs, math.Abs(avg(t.trans[p][q], t.transU[p][q])))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m := &Model{bits: bits, lx: lx, scale: maxAbs / math.MaxInt16, w: make([]int16, len(t.w))}
	for i := range t.w {
		m.w[i] = int16(math.Round(avg(t.w[i], t.u[i]) / m.scale))
	}
	for p := range numTags {
		for q := range numTags {
			m.trans[p][q] = int32(math.Round(avg(t.trans[p][q], t.transU[p][q]) / m.scale))
		}
	}
	return m
}

// calibrate sets the score temperature to the median margin of the names
// the model finds in sents, so a typical mention scores about 0.73 and
// doubtful ones fall towards 0.5.
func (m *Model) calibrate(sents []Sentence) {
	m.temp = 0
	var ms []float64
	var v viterbi
	x := newExtractor(m.lx, m.bits)
	var feats []uint32
	var em []int32
	for _, s := range sents {
		if len(s.Text) == 0 {
			continue
		}
		feats = x.extract(s.Text, feats)
		em = m.emissions(feats, len(s.Text), em)
		spans := spansOf(v.decode(em, &m.trans, len(s.Text)))
		if len(spans) == 0 {
			continue
		}
		for _, g := range v.margins(em, &m.trans, len(s.Text), spans) {
			ms = append(ms, float64(g)*m.scale)
		}
	}
	if len(ms) == 0 {
		m.temp = 1
		return
	}
	slices.Sort(ms)
	m.temp = max(ms[len(ms)/2], 1e-6)
}

// AverageModels averages the weights of models trained on the same data
// with different seeds (same hash bits and lexicon). A perceptron's result
// depends on the order it sees the data; averaging a few orders smooths
// that out at no cost at inference time. The result is recalibrated on dev.
func AverageModels(ms []*Model, dev []Sentence) (*Model, error) {
	if len(ms) == 0 {
		return nil, fmt.Errorf("no models to average")
	}
	if len(ms) == 1 {
		return ms[0], nil
	}
	n := len(ms[0].w)
	sum := make([]float64, n)
	var trans [numTags][numTags]float64
	for _, m := range ms {
		if m.bits != ms[0].bits || len(m.w) != n {
			return nil, fmt.Errorf("averaging models of different sizes")
		}
		for i, q := range m.w {
			sum[i] += float64(q) * m.scale
		}
		for p := range numTags {
			for q := range numTags {
				trans[p][q] += float64(m.trans[p][q]) * m.scale
			}
		}
	}
	maxAbs := 0.0
	for _, v := range sum {
		maxAbs = max(maxAbs, math.Abs(v))
	}
	for p := range numTags {
		for q := range numTags {
			maxAbs = max(maxAbs, math.Abs(trans[p][q]))
		}
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	k := float64(len(ms))
	out := &Model{bits: ms[0].bits, lx: ms[0].lx, scale: maxAbs / k / math.MaxInt16, w: make([]int16, n)}
	for i, v := range sum {
		out.w[i] = int16(math.Round(v / k / out.scale))
	}
	for p := range numTags {
		for q := range numTags {
			out.trans[p][q] = int32(math.Round(trans[p][q] / k / out.scale))
		}
	}
	out.calibrate(dev)
	return out, nil
}
