// Command gen rewrites gse's jieba IDF table (gse.ZhIdf) as the compact
// table that package idf embeds: one "word<TAB>df" line per word, sorted by
// bytes so it can be binary-searched in place, gzip-compressed.
//
//	go run ./internal/gen -o default.idf.gz
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/go-ego/gse"
)

// docs is the corpus size behind jieba's table: every value is ln(docs/df).
const docs = 1088899

func main() {
	out := flag.String("o", "default.idf.gz", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	dfs := map[string]int{}
	var vals []float64
	sc := bufio.NewScanner(strings.NewReader(gse.ZhIdf))
	n := 0
	for sc.Scan() {
		n++
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		dfF := docs * math.Exp(-v)
		df := int(math.Round(dfF))
		// Refuse to write a lossy table: the whole point is exactness.
		if df < 1 || math.Abs(dfF-float64(df)) > 1e-3 {
			return fmt.Errorf("word %q: idf %v is not ln(%d/df) for an integer df", f[0], v, docs)
		}
		if _, dup := dfs[f[0]]; dup {
			continue // jieba's file has none, but keep the first like a map load would
		}
		dfs[f[0]] = df
		vals = append(vals, v)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading gse.ZhIdf: %w", err)
	}
	// jieba gives unknown words the median: sorted values, element len/2.
	sort.Float64s(vals)
	median := vals[len(vals)/2]
	words := make([]string, 0, len(dfs))
	for w := range dfs {
		words = append(words, w)
	}
	sort.Strings(words)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# wenxi-idf v2 docs=%d words=%d median=%s source=gse data/dict/zh/idf.txt (jieba idf.txt)\n",
		docs, len(words), strconv.FormatFloat(median, 'g', -1, 64))
	for _, w := range words {
		fmt.Fprintf(&buf, "%s\t%d\n", w, dfs[w])
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, gz.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Printf("%d words, median idf %v, %d bytes -> %s (%d bytes)\n", len(words), median, buf.Len(), out, gz.Len())
	return nil
}
