package render

import (
	"strconv"
	"strings"

	"github.com/wenxi-nlp/wenxi/compare"
)

// CompareTables is the table view of a comparison: the documents with their
// top keywords, the keyword table, the slogans with new/gone marks, the
// people, and the similarity matrix. Per-document columns are headed by the
// documents' labels.
func CompareTables(r *compare.Result) []Table {
	labels := make([]string, len(r.Documents))
	for i, d := range r.Documents {
		labels[i] = d.Label
	}
	docs := Table{Title: "Documents", Header: []string{"document", "source", "chars", "top keywords"}}
	for _, d := range r.Documents {
		words := make([]string, len(d.Keywords))
		for i, k := range d.Keywords {
			words[i] = k.Word
		}
		src := d.Source
		if d.Line > 0 {
			src += ":" + strconv.Itoa(d.Line)
		}
		docs.Rows = append(docs.Rows, []string{d.Label, src, strconv.Itoa(d.Chars), strings.Join(words, " ")})
	}

	kw := Table{Title: "Keywords (count per document)", Header: append([]string{"keyword"}, labels...)}
	for _, k := range r.Keywords {
		kw.Rows = append(kw.Rows, append([]string{k.Word}, itoas(k.Counts)...))
	}

	sl := Table{Title: "Slogans (count per document; new/gone relative to " + first(labels) + ")",
		Header: append([]string{"slogan", "kind"}, labels...)}
	for _, s := range r.Slogans {
		row := []string{s.Text, s.Kind}
		for i, n := range s.Counts {
			cell := strconv.Itoa(n)
			if st := s.Status[i]; st == compare.StatusNew || st == compare.StatusGone {
				cell += " " + st
			}
			row = append(row, cell)
		}
		sl.Rows = append(sl.Rows, row)
	}

	ppl := Table{Title: "People (mentions per document)", Header: append(append([]string{"person"}, labels...), "named in")}
	common := map[string]bool{}
	for _, n := range r.People.Common {
		common[n] = true
	}
	only := map[string]string{}
	for i, names := range r.People.Unique {
		for _, n := range names {
			only[n] = "only " + labels[i]
		}
	}
	for _, p := range r.People.Rows {
		in := only[p.Name]
		if common[p.Name] {
			in = "all"
		}
		ppl.Rows = append(ppl.Rows, append(append([]string{p.Name}, itoas(p.Mentions)...), in))
	}

	sim := Table{Title: "Similarity (cosine of TF-IDF vectors)", Header: append([]string{""}, labels...)}
	for i, row := range r.Similarity {
		cells := []string{labels[i]}
		for _, v := range row {
			cells = append(cells, strconv.FormatFloat(v, 'f', 4, 64))
		}
		sim.Rows = append(sim.Rows, cells)
	}
	return []Table{docs, kw, sl, ppl, sim}
}

// TrendTable is the table view of a trend: one row per period with its
// documents and characters, then for each term its raw count and its rate
// per 10,000 characters.
func TrendTable(t *compare.TrendResult) Table {
	h := []string{t.By, "documents", "chars"}
	for _, term := range t.Terms {
		h = append(h, term, term+" /10k")
	}
	tb := Table{Title: "Term counts per " + t.By + " (raw and per 10,000 characters)", Header: h}
	for _, p := range t.Periods {
		row := []string{p.Period, strconv.Itoa(p.Documents), strconv.Itoa(p.Chars)}
		for _, term := range t.Terms {
			row = append(row, strconv.Itoa(p.Counts[term]), strconv.FormatFloat(p.Per10k[term], 'f', 3, 64))
		}
		tb.Rows = append(tb.Rows, row)
	}
	total := []string{"total", strconv.Itoa(t.Documents), strconv.Itoa(t.Chars)}
	for _, term := range t.Terms {
		total = append(total, strconv.Itoa(t.Totals[term]), strconv.FormatFloat(compare.Per10k(t.Totals[term], t.Chars), 'f', 3, 64))
	}
	tb.Rows = append(tb.Rows, total)
	return tb
}

func itoas(xs []int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strconv.Itoa(x)
	}
	return out
}

func first(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}
