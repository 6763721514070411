// Command gen builds the compact evidence tables the slogans stage embeds:
//
//   - background.tsv: for every short phrase that appears in “…” somewhere in
//     the news corpus, how often it is quoted and how often it occurs at all.
//     A phrase that is usually written without quotes is an ordinary word
//     (“好”, “米”, 并重); one that is nearly always quoted is a coinage, even
//     when a new document writes it bare (三农, 放管服).
//   - numwords.tsv: the numeral-led words of gse's general dictionary (jieba
//     data, MIT) with their part of speech, so counting words and idioms
//     (一个, 双方, 千方百计, 一刀切) are told apart from formulas.
//
// The four provincial reports annotated in testdata/slogans are left out of
// the background table so the evaluation on them stays honest.
//
//	go run ./dict/slogans/gen -corpus ../shared/data/news-corpus -out dict/slogans
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// heldOut are the provincial reports used as evaluation texts.
var heldOut = []string{"河北省", "吉林省", "河南省", "陕西省"}

// heldOutProposals are the CPPCC proposals (pkid) in testdata/slogans/jszx2019-dev.txt.
var heldOutProposals = map[string]bool{
	"4c72a648337647c5b6c80aaf923e122b": true, "01a26b52b7e344058f5407b4355e160d": true,
	"2a49079a4d534ae7b295e0f9df1b2f86": true, "4faf5decbe054b438235711561b11747": true,
	"cdf7fe5f0ded4c2eb1f46c56b0b4e540": true, "da105589a1b043adb4c69c8eaa68ede7": true,
}

const (
	maxQuoted     = 24 // longest quoted phrase kept, in characters
	minQuotedSeen = 1
)

func main() {
	corpus := flag.String("corpus", "../shared/data/news-corpus", "news-corpus folder")
	out := flag.String("out", "dict/slogans", "output folder")
	gseDict := flag.String("gse", "", "gse zh dictionary s_1.txt (default: from the module cache)")
	flag.Parse()
	if err := run(*corpus, *out, *gseDict); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(corpus, out, gseDict string) error {
	texts, err := readCorpus(corpus)
	if err != nil {
		return err
	}
	if gseDict == "" {
		dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
		if err != nil {
			return fmt.Errorf("locating gse module: %w", err)
		}
		gseDict = filepath.Join(strings.TrimSpace(string(dir)), "data", "dict", "zh", "s_1.txt")
	}
	general, err := readGeneral(gseDict)
	if err != nil {
		return err
	}
	if err := writeBackground(texts, general, filepath.Join(out, "background.tsv")); err != nil {
		return err
	}
	return writeNumWords(gseDict, filepath.Join(out, "numwords.tsv"))
}

// readCorpus returns the texts of the news corpus, minus the held-out reports.
func readCorpus(dir string) ([]string, error) {
	var texts []string
	b, err := os.ReadFile(filepath.Join(dir, "gov_reports1954-2017.txt"))
	if err != nil {
		return nil, fmt.Errorf("reading gov reports: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if _, t, ok := strings.Cut(line, "\t"); ok {
			texts = append(texts, t)
		}
	}
	rows, err := readCSV(filepath.Join(dir, "jszx2019.csv"), "content", "pkid", heldOutProposals)
	if err != nil {
		return nil, err
	}
	texts = append(texts, rows...)
	files, err := filepath.Glob(filepath.Join(dir, "provincial_gov_reports_2026", "*.csv"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
next:
	for _, f := range files {
		for _, h := range heldOut {
			if strings.Contains(filepath.Base(f), h) {
				continue next
			}
		}
		rows, err := readCSV(f, "full_text", "", nil)
		if err != nil {
			return nil, err
		}
		texts = append(texts, rows...)
	}
	return texts, nil
}

// readCSV returns one column of a CSV file, leaving out rows whose idColumn
// value is in skip.
func readCSV(path, column, idColumn string, skip map[string]bool) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff")))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	col, idCol := -1, -1
	for i, h := range header {
		switch h {
		case column:
			col = i
		case idColumn:
			idCol = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("%s: no column %q", path, column)
	}
	var out []string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", path, err)
		}
		if idCol >= 0 && idCol < len(rec) && skip[rec[idCol]] {
			continue
		}
		if col < len(rec) {
			out = append(out, rec[col])
		}
	}
	return out, nil
}

// readGeneral reads the general dictionary's word frequencies.
func readGeneral(dict string) (map[string]int, error) {
	b, err := os.ReadFile(dict)
	if err != nil {
		return nil, fmt.Errorf("reading gse dictionary: %w", err)
	}
	out := map[string]int{}
	for _, line := range strings.Split(string(b), "\n") {
		p := strings.Fields(line)
		if len(p) < 2 {
			continue
		}
		if f, err := strconv.Atoi(p[1]); err == nil && f > out[p[0]] {
			out[p[0]] = f
		}
	}
	return out, nil
}

// writeBackground counts quoted and total occurrences of every quoted
// phrase, with its frequency in the general dictionary (0: not a word).
func writeBackground(texts []string, general map[string]int, path string) error {
	quoted := map[string]int{}
	for _, t := range texts {
		for {
			i := strings.Index(t, "“")
			if i < 0 {
				break
			}
			t = t[i+len("“"):]
			j := strings.Index(t, "”")
			if j < 0 {
				break
			}
			q := t[:j]
			if n := utf8.RuneCountInString(q); n >= 1 && n <= maxQuoted && !strings.ContainsAny(q, "“\n。") {
				quoted[q]++
			}
		}
	}
	keys := make([]string, 0, len(quoted))
	for k, n := range quoted {
		if n >= minQuotedSeen {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# text\tquoted\ttotal\tdict — generated by dict/slogans/gen from shared/data/news-corpus (held-out reports excluded)\n")
	for _, k := range keys {
		total := 0
		for _, t := range texts {
			total += strings.Count(t, k)
		}
		b.WriteString(k + "\t" + strconv.Itoa(quoted[k]) + "\t" + strconv.Itoa(total) + "\t" + strconv.Itoa(general[k]) + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeNumWords keeps the numeral-led words of the general dictionary.
func writeNumWords(dict, path string) error {
	f, err := os.Open(dict)
	if err != nil {
		return fmt.Errorf("opening gse dictionary: %w", err)
	}
	defer f.Close()
	var b strings.Builder
	b.WriteString("# word\tfreq\tpos — numeral-led words of gse's zh dictionary (jieba data, MIT), generated by dict/slogans/gen\n")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	seen := map[string]bool{}
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		if len(p) < 3 {
			continue
		}
		w := p[0]
		r, _ := utf8.DecodeRuneInString(w)
		n := utf8.RuneCountInString(w)
		if !strings.ContainsRune("一二三四五六七八九十两双百千万", r) || n < 2 || n > 6 || seen[w] {
			continue
		}
		freq, err := strconv.Atoi(p[1])
		if err != nil || freq < 10 {
			continue
		}
		seen[w] = true
		b.WriteString(w + "\t" + p[1] + "\t" + p[2] + "\n")
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading gse dictionary: %w", err)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
