package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/ner"
)

// nerConfig is everything that determines the trained model besides data.
type nerConfig struct {
	Epochs int
	Bits   uint
	Seed   uint64
	Synth  int // synthesized name-list sentences
	Frames int // synthesized title + name + speech-verb sentences
	// Seeds is the number of training runs (shuffle seeds Seed, Seed+1, …)
	// whose weights are averaged.
	Seeds int
	// DevLists is the number of name-list sentences made of held-out
	// names added to the dev set.
	DevLists int
}

func defaultConfig() nerConfig {
	return nerConfig{Epochs: 30, Bits: 18, Seed: 20261127, Synth: 2000, Frames: 2000, DevLists: 30}
}

// corpus is one named training source.
type corpus struct {
	name  string
	train []ner.Sentence
	dev   []ner.Sentence
}

// buildNER loads every training source in a fixed order, holds out a dev
// set (a contiguous third of People's Daily dev, every fifth MSRA-train
// sentence), adds synthesized name lists and trains the perceptron.
// The MSRA test file is never read here.
func buildNER(data string, cfg nerConfig, log io.Writer) (*ner.Model, error) {
	cs, err := loadCorpora(data)
	if err != nil {
		return nil, err
	}
	var train, dev []ner.Sentence
	for _, c := range cs {
		fmt.Fprintf(log, "%-22s train %6d sentences %5d names   dev %5d sentences %5d names\n",
			c.name, len(c.train), countNames(c.train), len(c.dev), countNames(c.dev))
		train = append(train, c.train...)
		dev = append(dev, c.dev...)
	}
	foreign, err := pfrForeign(pfrFiles(data)...)
	if err != nil {
		return nil, err
	}
	translit := translitChars(foreign, train)
	fmt.Fprintf(log, "%d transliteration characters derived from training names\n", len(translit))
	lx, compound, err := buildLexicon(filepath.Join(data, "names"), translit)
	if err != nil {
		return nil, err
	}
	// The held-out sentences hold almost no long name lists, which news
	// prints (presidium, attendance lists), so the dev set also gets a few
	// lists made of the held-out names (another seed than training).
	devLists := synthesizeLists(trainingNames(dev), cfg.DevLists, cfg.Seed+1)
	fmt.Fprintf(log, "%-22s dev   %6d sentences %5d names\n", "dev name lists", len(devLists), countNames(devLists))
	dev = append(dev, devLists...)
	pool := namePool(train, compound)
	synth := synthesizeLists(pool, cfg.Synth, cfg.Seed)
	synth = append(synth, synthesizeContexts(pool, cfg.Frames, cfg.Seed)...)
	fmt.Fprintf(log, "%-22s train %6d sentences %5d names\n", "synthesized", len(synth), countNames(synth))
	train = append(train, synth...)
	var ms []*ner.Model
	for k := range max(cfg.Seeds, 1) {
		fmt.Fprintf(log, "training with shuffle seed %d\n", cfg.Seed+uint64(k))
		m, _, err := ner.Train(train, lx, ner.TrainOptions{
			Bits: cfg.Bits, Epochs: cfg.Epochs, Seed: cfg.Seed + uint64(k),
			Dev: dev, SelectBest: true, Log: log,
		})
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
	}
	m, err := ner.AverageModels(ms, dev)
	if err != nil {
		return nil, err
	}
	if len(ms) > 1 {
		s := ner.Evaluate(dev, ner.Predictor(m))
		fmt.Fprintf(log, "average of %d runs: dev P %.4f R %.4f F1 %.4f\n", len(ms), s.Precision(), s.Recall(), s.F1())
	}
	return m, nil
}

func countNames(s []ner.Sentence) int {
	n := 0
	for _, x := range s {
		n += len(x.Names)
	}
	return n
}

func loadCorpora(data string) ([]corpus, error) {
	var out []corpus
	nerDir, extra := filepath.Join(data, "ner"), filepath.Join(data, "ner-train")

	pd, err := ner.ReadBIOFile(filepath.Join(nerDir, "peoples_daily", "example.dev"))
	if err != nil {
		return nil, err
	}
	// Held out as a contiguous block: neighbouring sentences of one article
	// share names, so an interleaved split would flatter the dev figure.
	k := len(pd) / 3
	out = append(out, corpus{name: "peoples_daily dev", train: pd[k:], dev: pd[:k]})

	msra, err := readMSRASplit(filepath.Join(extra, "msra_train_subset3k"))
	if err != nil {
		return nil, err
	}
	var mt, md []ner.Sentence
	for i, s := range msra { // a random sample already: interleave
		if i%5 == 0 {
			md = append(md, s)
		} else {
			mt = append(mt, s)
		}
	}
	out = append(out, corpus{name: "msra train sample", train: mt, dev: md})

	leaders, err := pfrNames(pfrFiles(data)...)
	if err != nil {
		return nil, err
	}
	var pfr []ner.Sentence
	for _, f := range pfrFiles(data) {
		s, err := readPFR(f, leaders)
		if err != nil {
			return nil, err
		}
		pfr = append(pfr, s...)
	}
	out = append(out, corpus{name: "pfr1998 (nr)", train: pfr})

	var clue []ner.Sentence
	for _, f := range []string{"train.json", "dev.json"} {
		s, err := readCLUENER(filepath.Join(nerDir, "cluener", f))
		if err != nil {
			return nil, err
		}
		clue = append(clue, s...)
	}
	out = append(out, corpus{name: "cluener (name)", train: clue})

	var resume []ner.Sentence
	for _, f := range []string{"train.char.bmes", "dev.char.bmes", "test.char.bmes"} {
		s, err := ner.ReadBIOFile(filepath.Join(extra, "resume", f))
		if err != nil {
			return nil, err
		}
		resume = append(resume, s...)
	}
	out = append(out, corpus{name: "resume (NAME)", train: resume})

	var weibo []ner.Sentence
	for _, f := range []string{"weiboNER_2nd_conll.train", "weiboNER_2nd_conll.dev", "weiboNER_2nd_conll.test"} {
		s, err := readWeibo(filepath.Join(extra, "weibo", f))
		if err != nil {
			return nil, err
		}
		weibo = append(weibo, s...)
	}
	out = append(out, corpus{name: "weibo (PER.NAM)", train: weibo})
	return out, nil
}

// List framing for synthesized sentences: news prints presidium and
// committee lists as long runs of names, separated by 、, by spaces, or
// not at all, which sentence-level corpora rarely show.
var (
	listPrefixes = []string{"", "主席团成员：", "出席会议的有", "名单如下：", "当选为常务委员会委员的是：",
		"参加会见的有", "获奖者是", "委员：", "大会主席团常务主席", "他们是", "会议由", "陪同会见的有"}
	listSeps     = []string{"", "、", "、", "　", "，", " "}
	listSuffixes = []string{"。", "等。", "等同志出席。", "等人参加了会议。", "", "主持。"}
)

// Title-before and speech-verb-after frames. Real corpora hold few
// examples of each rare name in such a frame, so the model under-uses the
// frame itself; these sentences (with real training names) teach it.
var (
	ctxPrefixes = []string{"党组书记", "市委书记", "县委书记", "副市长", "县长", "主任", "记者", "局长", "董事长",
		"总经理", "村支书", "教授", "镇党委书记", "常务副县长", "区委副书记", "市委常委、宣传部部长", "厅长", "校长", ""}
	ctxSuffixes = []string{"与大家一起学习。", "告诉记者，", "指出，", "强调，", "表示，", "说：", "主持会议。",
		"出席会议并讲话。", "在会上讲话。", "介绍说，", "一行来到这里。", "认为，", "对此十分重视。", "等参加了活动。"}
	ctxOpeners = []string{"", "会上，", "昨天，", "今年以来，", "在座谈会上，", "据了解，"}
)

// synthesizeContexts builds n sentences that put a training name between a
// title and a speech verb, deterministically.
func synthesizeContexts(names []string, n int, seed uint64) []ner.Sentence {
	if len(names) == 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	out := make([]ner.Sentence, 0, n)
	for range n {
		var s ner.Sentence
		s.Text = append(s.Text, []rune(ctxOpeners[rng.IntN(len(ctxOpeners))])...)
		s.Text = append(s.Text, []rune(ctxPrefixes[rng.IntN(len(ctxPrefixes))])...)
		name := []rune(names[rng.IntN(len(names))])
		s.Names = append(s.Names, analyzer.Span{Start: len(s.Text), End: len(s.Text) + len(name)})
		s.Text = append(s.Text, name...)
		s.Text = append(s.Text, []rune(ctxSuffixes[rng.IntN(len(ctxSuffixes))])...)
		out = append(out, s)
	}
	return out
}

// synthesizeLists builds n list sentences from the name pool,
// deterministically.
func synthesizeLists(names []string, n int, seed uint64) []ner.Sentence {
	if len(names) == 0 {
		return nil
	}
	rng := rand.New(rand.NewPCG(seed, 1))
	out := make([]ner.Sentence, 0, n)
	for range n {
		var s ner.Sentence
		s.Text = append(s.Text, []rune(listPrefixes[rng.IntN(len(listPrefixes))])...)
		sep := []rune(listSeps[rng.IntN(len(listSeps))])
		k := 3 + rng.IntN(14)
		for j := range k {
			if j > 0 {
				s.Text = append(s.Text, sep...)
			}
			name := []rune(names[rng.IntN(len(names))])
			s.Names = append(s.Names, analyzer.Span{Start: len(s.Text), End: len(s.Text) + len(name)})
			s.Text = append(s.Text, name...)
		}
		s.Text = append(s.Text, []rune(listSuffixes[rng.IntN(len(listSuffixes))])...)
		out = append(out, s)
	}
	return out
}

func allHan(r []rune) bool {
	for _, c := range r {
		if c < 0x4E00 || c > 0x9FFF {
			return false
		}
	}
	return strings.TrimSpace(string(r)) != ""
}

func pfrFiles(data string) []string {
	dir := filepath.Join(data, "ner-train", "pfr1998_jan_partial")
	return []string{filepath.Join(dir, "valid.txt"), filepath.Join(dir, "test.txt")}
}

// namePool is the training names plus names with compound surnames: the
// corpora hold very few 欧阳/司马/诸葛 names, so for every compound surname
// we add names made of it and the given names of a few training names
// (taken in sorted order, so the pool is deterministic).
func namePool(train []ner.Sentence, compound []string) []string {
	names := trainingNames(train)
	var given []string
	for _, n := range names {
		if rs := []rune(n); len(rs) == 3 || len(rs) == 2 {
			given = append(given, string(rs[1:]))
		}
	}
	if len(given) == 0 {
		return names
	}
	pool := slices.Clone(names)
	for i, c := range compound {
		for k := range 12 {
			pool = append(pool, c+given[(i*131+k*977)%len(given)])
		}
	}
	return pool
}

// trainingNames returns the distinct Han-character names of two to four
// characters in train, sorted (so synthesis does not depend on map order).
func trainingNames(train []ner.Sentence) []string {
	set := map[string]bool{}
	for _, s := range train {
		for _, sp := range s.Names {
			if sp.Len() >= 2 && sp.Len() <= 4 && allHan(s.Text[sp.Start:sp.End]) {
				set[string(s.Text[sp.Start:sp.End])] = true
			}
		}
	}
	names := make([]string, 0, len(set))
	for k := range set {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
