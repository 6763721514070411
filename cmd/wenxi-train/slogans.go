package main

import (
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"gonum.org/v1/gonum/optimize"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/slogans"
)

// sloganFile is one annotated training text: what the rules find in it and
// the coinages they accept, with the features the quote model weighs.
type sloganFile struct {
	ann   slogans.Annotated
	items []analyzer.Slogan
	cands []example
}

type example struct {
	text     string
	feats    []int
	label    bool
	rejected bool // turned down by the rules: trains the weights, never judged
}

// trainSlogans trains the quote model (analyzer/slogans.QuoteModel) from the
// annotated reports in testdata/slogans that are not held out. The
// regularization and the threshold are chosen by leave-one-report-out
// cross-validation, so they are judged on reports the weights never saw.
func trainSlogans(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("slogans", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "dict/slogans/quotes.tsv", "output model file")
	knownOut := fs.String("known", "dict/slogans/known.tsv", "output table of how the training texts label each candidate phrase")
	dir := fs.String("data", "testdata/slogans", "folder of annotated reports (NAME.txt + NAME.tsv); names with \"heldout\" are skipped")
	rejected := fs.Bool("rejected", true, "also train on the quotes the rules turn down (as extra evidence; they are never judged)")
	verbose := fs.Bool("v", false, "print the cross-validation curve and every candidate with its cross-validated probability (chosen lambda)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files, names, err := loadSloganFiles(*dir, *rejected)
	if err != nil {
		return err
	}
	positives, total, turnedDown := 0, 0, 0
	for _, f := range files {
		for _, e := range f.cands {
			if e.rejected {
				turnedDown++
				continue
			}
			total++
			if e.label {
				positives++
			}
		}
	}
	fmt.Fprintf(stdout, "%d training reports, %d quoted coinages accepted by the rules (%d annotated items, %d not), %d quotes turned down, %d features\n",
		len(files), total, positives, total-positives, turnedDown, len(names))

	// Leave one report out: weights from the others, probabilities for it.
	lambdas := []float64{0.03, 0.1, 0.3, 1, 3, 10}
	thresholds := []float64{}
	for t := 0.05; t < 0.951; t += 0.05 {
		thresholds = append(thresholds, math.Round(t*100)/100)
	}
	rules := cvScore(files, nil, 0)
	fmt.Fprintf(stdout, "rules alone: P %.4f R %.4f F1 %.4f\n", rules.Precision, rules.Recall, f1(rules))
	type choice struct {
		lambda, threshold float64
		score             slogans.Score
	}
	var best choice
	bestOf := map[float64]choice{} // the best threshold for each lambda
	probsOf := map[float64][][]float64{}
	// Each text's candidates carry what the other training texts say of
	// the same phrase (known=…); in fold i, the training texts' features
	// leave text i out too, so nothing of its labels reaches the weights.
	full := withKnown(files, -1, len(names))
	folds := make([][]sloganFile, len(files))
	for i := range files {
		folds[i] = withKnown(files, i, len(names))
	}
	for _, lambda := range lambdas {
		probs := make([][]float64, len(files))
		for i := range files {
			w, err := fitLogistic(folds[i], i, len(names), lambda)
			if err != nil {
				return err
			}
			for _, e := range full[i].cands {
				probs[i] = append(probs[i], sigmoid(w, e.feats))
			}
		}
		for _, th := range thresholds {
			s := cvScore(files, probs, th)
			if *verbose {
				fmt.Fprintf(stdout, "curve\tlambda %g\tthreshold %.2f\tP %.4f\tR %.4f\tF1 %.4f\n", lambda, th, s.Precision, s.Recall, f1(s))
			}
			if f1(s) > f1(bestOf[lambda].score)+1e-9 {
				bestOf[lambda] = choice{lambda, th, s}
			}
		}
		probsOf[lambda] = probs
		s := cvScore(files, probs, 0.5)
		fmt.Fprintf(stdout, "  lambda %-4g threshold 0.50: P %.4f R %.4f F1 %.4f\n", lambda, s.Precision, s.Recall, f1(s))
	}
	// The F1 curve is flat over a range of lambdas: take the most regularized
	// one within 0.002 of the best, which keeps the model smaller and less
	// fitted to the training reports.
	for _, lambda := range lambdas {
		if c := bestOf[lambda]; f1(c.score) > f1(best.score)+1e-9 {
			best = c
		}
	}
	top := f1(best.score)
	for _, lambda := range lambdas {
		if c := bestOf[lambda]; lambda > best.lambda && f1(c.score) >= top-0.002 {
			best = c
		}
	}
	if *verbose {
		for i, f := range files {
			for j, e := range f.cands {
				fmt.Fprintf(stdout, "cv\t%s\t%v\t%.3f\t%s\n", f.ann.Name, e.label, probsOf[best.lambda][i][j], e.text)
			}
		}
	}
	fmt.Fprintf(stdout, "chosen by cross-validation: lambda %g, threshold %.2f: P %.4f R %.4f F1 %.4f (leave one report out)\n",
		best.lambda, best.threshold, best.score.Precision, best.score.Recall, f1(best.score))

	w, err := fitLogistic(full, -1, len(names), best.lambda)
	if err != nil {
		return err
	}
	m := &slogans.QuoteModel{Bias: w[len(names)], Threshold: best.threshold, Weights: map[string]float64{}}
	for i, name := range names {
		if math.Abs(w[i]) >= 0.0005 {
			m.Weights[name] = w[i]
		}
	}
	header := fmt.Sprintf(`Quote model of the slogans stage: a logistic regression over the evidence about a quoted phrase
the rules accept as a coinage (see analyzer/slogans/quotefeatures.go); a phrase scoring below the threshold is dropped.
Generated by: go run ./cmd/wenxi-train slogans   (from the %d annotated reports of testdata/slogans not named heldout)
%d candidates (%d annotated items), %d features kept; lambda %g and threshold %.2f chosen by leave-one-report-out
cross-validation: P %.4f R %.4f (rules alone P %.4f R %.4f).`,
		len(files), total, positives, len(m.Weights), best.lambda, best.threshold,
		best.score.Precision, best.score.Recall, rules.Precision, rules.Recall)
	fh, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("creating %s: %w", *out, err)
	}
	err = m.Write(fh, header)
	if cerr := fh.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%d features)\n", *out, len(m.Weights))
	n, err := writeKnown(*knownOut, files)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%d phrases)\n", *knownOut, n)
	return nil
}

// writeKnown writes, for every candidate phrase of the training texts, in
// how many texts it is an item and in how many it is not (the runtime side
// of the known= feature).
func writeKnown(path string, files []sloganFile) (int, error) {
	all := map[string]tally{}
	for _, m := range phraseTallies(files) {
		for text, t := range m {
			if !strings.ContainsAny(text, "\t\n") {
				all[text] = all[text].add(t)
			}
		}
	}
	texts := make([]string, 0, len(all))
	for t := range all {
		texts = append(texts, t)
	}
	sort.Strings(texts)
	var b strings.Builder
	b.WriteString("# phrase<TAB>texts where it is an item<TAB>texts where it is not — the candidates of the annotated training texts\n")
	b.WriteString("# (testdata/slogans, not heldout); generated by go run ./cmd/wenxi-train slogans; read by the quote model's known= feature\n")
	for _, t := range texts {
		fmt.Fprintf(&b, "%s\t%d\t%d\n", t, all[t].item, all[t].non)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return 0, fmt.Errorf("writing %s: %w", path, err)
	}
	return len(texts), nil
}

// loadSloganFiles runs the rules (no model) over every training report and
// collects the candidates, numbering features in sorted order so training
// is reproducible.
func loadSloganFiles(dir string, useRejected bool) ([]sloganFile, []string, error) {
	anns, err := slogans.ReadAnnotations(dir)
	if err != nil {
		return nil, nil, err
	}
	type raw struct {
		text     string
		feats    []string
		rejected bool
	}
	var files []sloganFile
	var raws [][]raw
	seen := map[string]bool{}
	for _, a := range anns {
		if a.HeldOut {
			continue
		}
		var rs []raw
		items, err := slogans.ExtractWith(a.Text, nil, func(c slogans.Candidate) {
			if c.Rejected && !useRejected {
				return
			}
			// The known= features the extractor derives from the embedded
			// table hold this very text's labels; they are recomputed per fold.
			var fs []string
			for _, f := range c.Features {
				if !strings.HasPrefix(f, "known=") {
					fs = append(fs, f)
					seen[f] = true
				}
			}
			rs = append(rs, raw{c.Text, fs, c.Rejected})
		})
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", a.Name, err)
		}
		files = append(files, sloganFile{ann: a, items: items})
		raws = append(raws, rs)
	}
	if len(files) < 2 {
		return nil, nil, fmt.Errorf("%s: need at least two annotated training reports, have %d", dir, len(files))
	}
	names := make([]string, 0, len(seen)+len(slogans.KnownFeatures))
	for f := range seen {
		names = append(names, f)
	}
	sort.Strings(names)
	names = append(names, slogans.KnownFeatures[:]...)
	index := make(map[string]int, len(names))
	for i, f := range names {
		index[f] = i
	}
	for i, rs := range raws {
		for _, r := range rs {
			e := example{text: r.text, rejected: r.rejected}
			for _, f := range r.feats {
				e.feats = append(e.feats, index[f])
			}
			_, e.label = files[i].ann.Expected[r.text]
			files[i].cands = append(files[i].cands, e)
		}
	}
	return files, names, nil
}

// withKnown returns copies of files whose candidates also carry the known=
// feature: how the other training texts (all but the candidate's own and
// skip) label the same phrase. known= feature indices follow the others.
func withKnown(files []sloganFile, skip, nFeat int) []sloganFile {
	per := phraseTallies(files)
	all := map[string]tally{}
	for i, m := range per {
		if i != skip {
			for text, t := range m {
				all[text] = all[text].add(t)
			}
		}
	}
	base := nFeat - len(slogans.KnownFeatures)
	out := make([]sloganFile, len(files))
	for i, f := range files {
		out[i] = f
		out[i].cands = make([]example, len(f.cands))
		for j, e := range f.cands {
			t := all[e.text]
			if i != skip {
				own := per[i][e.text]
				t.item -= own.item
				t.non -= own.non
			}
			if k := slogans.KnownIndex(t.item, t.non); k >= 0 {
				e.feats = append(append([]int(nil), e.feats...), base+k)
			}
			out[i].cands[j] = e
		}
	}
	return out
}

// tally counts the texts where a phrase is an item and where it is not.
type tally struct{ item, non int }

func (t tally) add(u tally) tally { return tally{t.item + u.item, t.non + u.non} }

// phraseTallies says, for each training text, whether each distinct
// candidate phrase of it is an item.
func phraseTallies(files []sloganFile) []map[string]tally {
	per := make([]map[string]tally, len(files))
	for i, f := range files {
		per[i] = map[string]tally{}
		for _, e := range f.cands {
			if _, seen := per[i][e.text]; seen {
				continue
			}
			if e.label {
				per[i][e.text] = tally{item: 1}
			} else {
				per[i][e.text] = tally{non: 1}
			}
		}
	}
	return per
}

// cvScore is the pooled score over all files when the candidates whose
// probability is below threshold are dropped (probs nil: the rules alone).
func cvScore(files []sloganFile, probs [][]float64, threshold float64) slogans.Score {
	var scores []slogans.Score
	for i, f := range files {
		drop := map[string]bool{}
		if probs != nil {
			for j, e := range f.cands {
				if !e.rejected && probs[i][j] < threshold {
					drop[e.text] = true
				}
			}
		}
		var kept []analyzer.Slogan
		for _, it := range f.items {
			if !drop[it.Text] || it.Kind == analyzer.KindDocument {
				kept = append(kept, it)
			}
		}
		scores = append(scores, slogans.Evaluate(f.ann, kept))
	}
	return slogans.Sum("cv", scores)
}

func f1(s slogans.Score) float64 {
	if s.Precision+s.Recall == 0 {
		return 0
	}
	return 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
}

// fitLogistic fits L2-regularized logistic regression by L-BFGS over the
// candidates of every file but skip (-1: all files). The last weight is the
// bias, which is not regularized.
func fitLogistic(files []sloganFile, skip, nFeat int, lambda float64) ([]float64, error) {
	var data []example
	for i, f := range files {
		if i != skip {
			data = append(data, f.cands...)
		}
	}
	p := optimize.Problem{
		Func: func(w []float64) float64 {
			loss := 0.0
			for _, e := range data {
				z := score(w, e.feats)
				if e.label {
					loss += softplus(-z)
				} else {
					loss += softplus(z)
				}
			}
			for _, v := range w[:nFeat] {
				loss += lambda * v * v / 2
			}
			return loss
		},
		Grad: func(grad, w []float64) {
			for i := range grad {
				grad[i] = 0
			}
			for _, e := range data {
				g := 1 / (1 + math.Exp(-score(w, e.feats)))
				if e.label {
					g--
				}
				for _, f := range e.feats {
					grad[f] += g
				}
				grad[nFeat] += g
			}
			for i, v := range w[:nFeat] {
				grad[i] += lambda * v
			}
		},
	}
	res, err := optimize.Minimize(p, make([]float64, nFeat+1), &optimize.Settings{GradientThreshold: 1e-6}, &optimize.LBFGS{})
	if res == nil {
		return nil, fmt.Errorf("fitting the quote model: %w", err)
	}
	// A stop on the iteration limit or a flat line search still leaves
	// usable weights; only a failure without a result is an error.
	return res.X, nil
}

func score(w []float64, feats []int) float64 {
	z := w[len(w)-1]
	for _, f := range feats {
		z += w[f]
	}
	return z
}

func sigmoid(w []float64, feats []int) float64 { return 1 / (1 + math.Exp(-score(w, feats))) }

// softplus is log(1+e^z), computed without overflow.
func softplus(z float64) float64 {
	if z > 30 {
		return z
	}
	return math.Log1p(math.Exp(z))
}
