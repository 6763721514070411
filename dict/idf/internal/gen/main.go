// Command gen rewrites gse's jieba IDF table (gse.ZhIdf) as the compact
// document-frequency table that package idf embeds.
//
//	go run ./internal/gen -o default.df.gz
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
	out := flag.String("o", "default.df.gz", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	groups := map[int][]string{}
	sc := bufio.NewScanner(strings.NewReader(gse.ZhIdf))
	n := 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			continue
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return fmt.Errorf("line %d: %w", n+1, err)
		}
		dfF := docs * math.Exp(-v)
		df := int(math.Round(dfF))
		// Refuse to write a lossy table: the whole point is exactness.
		if df < 1 || math.Abs(dfF-float64(df)) > 1e-3 {
			return fmt.Errorf("word %q: idf %v is not ln(%d/df) for an integer df", f[0], v, docs)
		}
		groups[df] = append(groups[df], f[0])
		n++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading gse.ZhIdf: %w", err)
	}
	dfs := make([]int, 0, len(groups))
	for df := range groups {
		dfs = append(dfs, df)
	}
	sort.Ints(dfs)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# wenxi-df v1 docs=%d words=%d source=gse data/dict/zh/idf.txt (jieba idf.txt)\n", docs, n)
	for _, df := range dfs {
		ws := groups[df]
		sort.Strings(ws)
		fmt.Fprintf(&buf, "%d\t%s\n", df, strings.Join(ws, " "))
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
	fmt.Printf("%d words, %d df groups, %d bytes -> %s (%d bytes)\n", n, len(dfs), buf.Len(), out, gz.Len())
	return nil
}
