package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/ner"
)

// readWeibo reads the Weibo NER CoNLL files, whose character column carries
// a trailing word-position digit (`张0`); only PER.NAM counts as a name
// (PER.NOM, "男友", is a common noun).
func readWeibo(path string) ([]ner.Sentence, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var buf bytes.Buffer
	for line := range strings.SplitSeq(string(data), "\n") {
		ch, tag, ok := strings.Cut(strings.TrimRight(line, "\r"), "\t")
		if !ok {
			buf.WriteString("\n")
			continue
		}
		rs := []rune(ch)
		if len(rs) > 1 && unicode.IsDigit(rs[len(rs)-1]) {
			rs = rs[:len(rs)-1]
		}
		if strings.HasSuffix(tag, ".NOM") {
			tag = "O"
		}
		fmt.Fprintf(&buf, "%s\t%s\n", string(rs), tag)
	}
	s, err := ner.ReadBIO(&buf)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return s, nil
}

// readMSRASplit reads the MSRA train sample: parallel files of
// space-separated characters and tags, one sentence per line.
func readMSRASplit(dir string) ([]ner.Sentence, error) {
	sents, err := os.ReadFile(filepath.Join(dir, "sentences.txt"))
	if err != nil {
		return nil, fmt.Errorf("reading MSRA sample: %w", err)
	}
	tags, err := os.ReadFile(filepath.Join(dir, "tags.txt"))
	if err != nil {
		return nil, fmt.Errorf("reading MSRA sample: %w", err)
	}
	sl := strings.Split(strings.TrimRight(string(sents), "\n"), "\n")
	tl := strings.Split(strings.TrimRight(string(tags), "\n"), "\n")
	if len(sl) != len(tl) {
		return nil, fmt.Errorf("MSRA sample: %d sentences but %d tag lines", len(sl), len(tl))
	}
	var out []ner.Sentence
	for i := range sl {
		cs, ts := strings.Fields(sl[i]), strings.Fields(tl[i])
		if len(cs) != len(ts) {
			return nil, fmt.Errorf("MSRA sample line %d: %d characters, %d tags", i+1, len(cs), len(ts))
		}
		b := ner.NewSpanBuilder()
		var text []rune
		for k, c := range cs {
			text = append(text, []rune(c)[0])
			b.Add(ts[k])
		}
		out = append(out, ner.Sentence{Text: text, Names: b.Spans()})
	}
	return out, nil
}

// readCLUENER reads CLUENER JSON lines, taking the `name` label as PER.
func readCLUENER(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	defer f.Close()
	var out []ner.Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var rec struct {
			Text  string                        `json:"text"`
			Label map[string]map[string][][]int `json:"label"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", path, line, err)
		}
		s := ner.Sentence{Text: []rune(rec.Text)}
		for _, offs := range rec.Label["name"] {
			for _, o := range offs {
				if len(o) == 2 && o[0] >= 0 && o[1] < len(s.Text) && o[0] <= o[1] {
					s.Names = append(s.Names, analyzer.Span{Start: o[0], End: o[1] + 1})
				}
			}
		}
		s.Names = normalizeSpans(s.Names)
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return out, nil
}

// normalizeSpans sorts spans and drops any that overlap an earlier one.
func normalizeSpans(sp []analyzer.Span) []analyzer.Span {
	sort.Slice(sp, func(i, j int) bool {
		if sp[i].Start != sp[j].Start {
			return sp[i].Start < sp[j].Start
		}
		return sp[i].End > sp[j].End
	})
	var out []analyzer.Span
	for _, s := range sp {
		if len(out) > 0 && s.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, s)
	}
	return out
}

var (
	pinyinRE  = regexp.MustCompile(`\{[^}]*\}`)
	pfrPerson = map[string]bool{"nr": true, "nrf": true, "nrg": true}
)

// doctrineSuffixes follow a leader's name in a doctrine or works title.
// PFR keeps 邓小平理论 as one untagged word, while MSRA and People's Daily
// NER label the name inside it; we follow the NER sets (the name is a
// person mention) and label the leading name in PFR too.
var doctrineSuffixes = []string{"理论", "思想", "主义", "文选", "选集", "著作", "同志"}

// readPFR reads the PFR People's Daily paragraphs (`word/tag` tokens),
// marking maximal runs of nr/nrf/nrg as persons, and splits them into
// sentences at 。！？.
func readPFR(path string, leaders map[string]bool) ([]ner.Sentence, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var out []ner.Sentence
	for line := range strings.SplitSeq(string(data), "\n") {
		toks := strings.Fields(pinyinRE.ReplaceAllString(line, ""))
		if len(toks) < 2 {
			continue
		}
		var s ner.Sentence
		open := -1
		runHasGiven := false
		closeRun := func() {
			if open >= 0 {
				s.Names = append(s.Names, analyzer.Span{Start: open, End: len(s.Text)})
				open = -1
			}
		}
		for _, tok := range toks[1:] { // the first token is the paragraph id
			tok = strings.TrimPrefix(tok, "[")
			k := strings.LastIndex(tok, "/")
			if k <= 0 {
				continue
			}
			word, tag := tok[:k], tok[k+1:]
			if j := strings.Index(tag, "]"); j >= 0 {
				tag = tag[:j]
			}
			if pfrPerson[tag] {
				// A surname after a given name, or a full name (nr) after
				// anything, starts the next person of an unseparated list.
				if open >= 0 && (tag == "nr" || tag == "nrf" && runHasGiven) {
					closeRun()
				}
				if open < 0 {
					open = len(s.Text)
					runHasGiven = false
				}
				runHasGiven = runHasGiven || tag != "nrf"
				s.Text = append(s.Text, []rune(word)...)
				continue
			}
			closeRun()
			if name := leaderPrefix(word, leaders); name != "" {
				n := len([]rune(name))
				s.Names = append(s.Names, analyzer.Span{Start: len(s.Text), End: len(s.Text) + n})
			}
			s.Text = append(s.Text, []rune(word)...)
			if tag == "wj" || word == "。" || word == "！" || word == "？" {
				out = append(out, s)
				s = ner.Sentence{}
			}
		}
		closeRun()
		if len(s.Text) > 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

// leaderPrefix returns the person name a word such as 邓小平理论 starts
// with, if that name is a known person and the rest a doctrine suffix.
func leaderPrefix(word string, leaders map[string]bool) string {
	for _, suf := range doctrineSuffixes {
		if name, ok := strings.CutSuffix(word, suf); ok && leaders[name] {
			return name
		}
	}
	return ""
}

// pfrNames collects the person names PFR tags (as full runs), to recognize
// them inside doctrine words.
func pfrNames(paths ...string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, p := range paths {
		sents, err := readPFR(p, nil)
		if err != nil {
			return nil, err
		}
		for _, s := range sents {
			for _, n := range s.Names {
				if n.Len() >= 2 {
					out[string(s.Text[n.Start:n.End])] = true
				}
			}
		}
	}
	return out, nil
}

// readCSV reads a CSV file with a header row (and maybe a BOM) into maps.
func readCSV(path string) ([]map[string]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			if i < len(r) {
				m[h] = r[i]
			}
		}
		out = append(out, m)
	}
	return out, nil
}

func readLex(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	var out []string
	for line := range strings.SplitSeq(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.SplitN(line, "/", 2)[0])
		}
	}
	return out, nil
}

// buildLexicon derives the small per-character buckets the features use.
// From the ChineseNames tables (CC BY-NC-SA) only frequency buckets are
// kept; the friso lexicons (Apache-2.0) add their surnames and given-name
// characters.
func buildLexicon(namesDir string, translit map[rune]bool) (*ner.Lexicon, []string, error) {
	stats := map[rune]ner.CharStat{}
	for r := range translit {
		stats[r] = ner.CharStat{Translit: true}
	}
	var compound []string
	fam, err := readCSV(filepath.Join(namesDir, "ChineseNames", "familyname.csv"))
	if err != nil {
		return nil, nil, err
	}
	for _, r := range fam {
		ppm, _ := strconv.ParseFloat(r["ppm.1930_2008"], 64)
		rs := []rune(r["surname"])
		switch {
		case r["compound"] == "1" && len(rs) == 2 && ppm >= 1:
			compound = append(compound, string(rs))
		case len(rs) == 1:
			st := stats[rs[0]]
			switch {
			case ppm >= 2000:
				st.Surname = 3
			case ppm >= 100:
				st.Surname = 2
			case ppm >= 1:
				st.Surname = 1
			}
			stats[rs[0]] = st
		}
	}
	given, err := readCSV(filepath.Join(namesDir, "ChineseNames", "givenname.csv"))
	if err != nil {
		return nil, nil, err
	}
	for _, r := range given {
		rs := []rune(r["character"])
		if len(rs) != 1 {
			continue
		}
		ppm, _ := strconv.ParseFloat(r["name.ppm"], 64)
		corpus, _ := strconv.ParseFloat(r["corpus.ppm"], 64)
		st := stats[rs[0]]
		switch {
		case ppm >= 3700:
			st.Given = 4
		case ppm >= 1500:
			st.Given = 3
		case ppm >= 400:
			st.Given = 2
		case ppm >= 20:
			st.Given = 1
		}
		if ppm >= 20 {
			ratio := ppm / max(corpus, 0.01)
			switch {
			case ratio >= 30:
				st.Ratio = 3
			case ratio >= 3:
				st.Ratio = 2
			case ratio >= 0.5:
				st.Ratio = 1
			}
		}
		stats[rs[0]] = st
	}
	friso := filepath.Join(namesDir, "friso")
	lname, err := readLex(filepath.Join(friso, "lex-lname.lex"))
	if err != nil {
		return nil, nil, err
	}
	for _, w := range lname {
		rs := []rune(w)
		switch len(rs) {
		case 1:
			st := stats[rs[0]]
			st.Surname = max(st.Surname, 1)
			stats[rs[0]] = st
		case 2:
			compound = append(compound, w)
		}
	}
	for _, f := range []string{"lex-sname.lex", "lex-dname-1.lex", "lex-dname-2.lex"} {
		ws, err := readLex(filepath.Join(friso, f))
		if err != nil {
			return nil, nil, err
		}
		for _, w := range ws {
			for _, r := range w {
				st := stats[r]
				st.Given = max(st.Given, 2)
				stats[r] = st
			}
		}
	}
	sort.Strings(compound)
	return ner.NewLexicon(stats, compound), slices.Compact(compound), nil
}

// pfrForeign returns the words PFR tags nr as a whole (mostly transliterated
// foreign names: 克林顿, 内塔尼亚胡), in file order.
func pfrForeign(paths ...string) ([]string, error) {
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", p, err)
		}
		for _, tok := range strings.Fields(pinyinRE.ReplaceAllString(string(data), "")) {
			if w, ok := strings.CutSuffix(strings.TrimPrefix(tok, "["), "/nr"); ok {
				out = append(out, w)
			}
		}
	}
	return out, nil
}

// translitChars derives the transliteration characters from training data:
// characters seen at least 3 times in foreign names (PFR nr words and
// names written with an interpunct) and at least 15% of whose occurrences in
// all training text fall in such names.
func translitChars(foreign []string, train []ner.Sentence) map[rune]bool {
	in, total := map[rune]int{}, map[rune]int{}
	for _, w := range foreign {
		for _, r := range w {
			in[r]++
		}
	}
	for _, s := range train {
		for _, r := range s.Text {
			total[r]++
		}
		for _, sp := range s.Names {
			name := s.Text[sp.Start:sp.End]
			if strings.ContainsRune(string(name), '·') {
				for _, r := range name {
					in[r]++
				}
			}
		}
	}
	out := map[rune]bool{}
	for r, n := range in {
		if r >= 0x4E00 && r <= 0x9FFF && n >= 2 && float64(n) >= 0.05*float64(max(total[r], n)) {
			out[r] = true
		}
	}
	return out
}
