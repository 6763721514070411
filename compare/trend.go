package compare

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/input"
)

// Period granularities for TrendOptions.By.
const (
	ByYear     = "year"
	ByDecade   = "decade"
	ByDocument = "document"
)

// TrendOptions configures Trend.
type TrendOptions struct {
	// Terms are counted as exact, non-overlapping substrings of the text
	// (segmentation plays no part, so counts are reproducible with grep).
	Terms []string
	// By is the period: ByYear (default), ByDecade or ByDocument.
	By string
	// Workers is the number of documents processed at once (default: the
	// number of CPUs).
	Workers int
	// Prepare, when set, runs on each document before its period is read,
	// e.g. a pipeline with the meta stage so the publication date can serve.
	Prepare func(*analyzer.Document) error
}

// Period is one row of a trend: how many documents and characters fell in
// the period, and each term's raw count and rate per 10,000 characters.
type Period struct {
	Period    string `json:"period"`
	Documents int    `json:"documents"`
	Chars     int    `json:"chars"`
	// Counts maps each term to its number of occurrences.
	Counts map[string]int `json:"counts"`
	// Per10k maps each term to occurrences per 10,000 characters, which
	// makes long and short reports comparable.
	Per10k map[string]float64 `json:"per_10k"`
}

// Skipped is a document left out of the trend, with the reason.
type Skipped struct {
	Source string `json:"source"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

// TrendResult is the count of terms per period over a corpus.
type TrendResult struct {
	// Terms in the order asked (table and chart columns follow it).
	Terms []string `json:"terms"`
	By    string   `json:"by"`
	// Documents is the number of documents counted.
	Documents int `json:"documents"`
	// Chars is the number of characters counted.
	Chars int `json:"chars"`
	// Totals maps each term to its count over the whole corpus.
	Totals  map[string]int `json:"totals"`
	Periods []Period       `json:"periods"`
	Skipped []Skipped      `json:"skipped,omitempty"`
	// Selected lists, when the terms were chosen automatically, the slogans
	// chosen with their document frequencies.
	Selected []SloganFreq `json:"selected,omitempty"`
}

// docCount is all Trend keeps of a document: its period, length and counts.
type docCount struct {
	seq    int
	period string
	chars  int
	counts []int
	skip   *Skipped
}

// Trend counts opts.Terms in every document of src, in parallel, and sums
// the counts per period. Documents whose period cannot be found, or that
// fail to read, are listed in Skipped and do not stop the run.
func Trend(ctx context.Context, src Source, o TrendOptions) (*TrendResult, error) {
	if len(o.Terms) == 0 {
		return nil, fmt.Errorf("trend: no terms to count")
	}
	if o.By == "" {
		o.By = ByYear
	}
	switch o.By {
	case ByYear, ByDecade, ByDocument:
	default:
		return nil, fmt.Errorf("trend: unknown period %q (year, decade or document)", o.By)
	}
	res := &TrendResult{Terms: o.Terms, By: o.By, Totals: map[string]int{}, Periods: []Period{}}
	periods := map[string]*Period{}
	first := map[string]int{} // period → earliest input position, for ByDocument order
	err := parallel(ctx, src, o.Workers, func(seq int, d input.Doc) docCount {
		return countDoc(seq, d, o)
	}, func(c docCount) {
		if c.skip != nil {
			res.Skipped = append(res.Skipped, *c.skip)
			return
		}
		p, ok := periods[c.period]
		if !ok {
			p = &Period{Period: c.period, Counts: map[string]int{}, Per10k: map[string]float64{}}
			periods[c.period] = p
			first[c.period] = c.seq
		}
		if c.seq < first[c.period] {
			first[c.period] = c.seq
		}
		p.Documents++
		p.Chars += c.chars
		res.Documents++
		res.Chars += c.chars
		for i, t := range o.Terms {
			p.Counts[t] += c.counts[i]
			res.Totals[t] += c.counts[i]
		}
	})
	if err != nil {
		return nil, err
	}
	for _, p := range periods {
		for _, t := range o.Terms {
			p.Per10k[t] = Per10k(p.Counts[t], p.Chars)
		}
		res.Periods = append(res.Periods, *p)
	}
	sort.Slice(res.Periods, func(i, j int) bool {
		a, b := res.Periods[i].Period, res.Periods[j].Period
		if o.By == ByDocument {
			return first[a] < first[b]
		}
		return a < b
	})
	sort.Slice(res.Skipped, func(i, j int) bool {
		a, b := res.Skipped[i], res.Skipped[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Line < b.Line
	})
	return res, nil
}

// Per10k is count occurrences per 10,000 characters, rounded to 3 decimals.
func Per10k(count, chars int) float64 {
	if chars == 0 {
		return 0
	}
	return math.Round(float64(count)*1e4/float64(chars)*1e3) / 1e3
}

// countDoc reduces one document to its period, length and term counts.
func countDoc(seq int, d input.Doc, o TrendOptions) docCount {
	c := docCount{seq: seq}
	skip := func(reason string) docCount {
		c.skip = &Skipped{Source: d.Source, Line: d.Line, Reason: reason}
		return c
	}
	if d.Err != nil {
		return skip(d.Err.Error())
	}
	year, text := LeadingYear(d.Text)
	if year == "" && o.Prepare != nil {
		doc := analyzer.NewDocument(d.Source, d.Line, text)
		if err := o.Prepare(doc); err != nil {
			return skip(err.Error())
		}
		year = MetaYear(doc.Meta)
	}
	if year == "" {
		year = FileYear(d.Source)
	}
	switch o.By {
	case ByDocument:
		c.period = Label(d.Source, d.Line)
		if year != "" {
			c.period = year + " " + c.period
		}
	case ByDecade:
		if year == "" {
			return skip("no year in a leading field, the metadata or the file name")
		}
		c.period = year[:3] + "0s"
	default:
		if year == "" {
			return skip("no year in a leading field, the metadata or the file name")
		}
		c.period = year
	}
	c.chars = utf8.RuneCountInString(text)
	c.counts = CountTerms(text, o.Terms)
	return c
}

// CountTerms returns the exact, non-overlapping substring count of each
// term in text (what strings.Count and grep -o report).
func CountTerms(text string, terms []string) []int {
	out := make([]int, len(terms))
	for i, t := range terms {
		if t != "" {
			out[i] = strings.Count(text, t)
		}
	}
	return out
}

// leadingYear matches a year field at the start of a corpus line
// ("1954<TAB>…", "2015,…"), as in one-report-per-line corpora.
var leadingYear = regexp.MustCompile(`^\s*((?:1[6-9]|2[01])\d\d)[\t,;|]`)

// LeadingYear returns the year of a leading year field and the text after
// that field, or "" and the whole text when there is none.
func LeadingYear(text string) (year, rest string) {
	m := leadingYear.FindStringSubmatchIndex(text)
	if m == nil {
		return "", text
	}
	return text[m[2]:m[3]], text[m[1]:]
}

// MetaYear returns the year of the publication date, or else of the event
// date, that the meta stage found; "" when there is neither.
func MetaYear(m *analyzer.Meta) string {
	if m == nil {
		return ""
	}
	for _, d := range []string{m.Published, m.EventDateISO} {
		if len(d) >= 4 {
			if y, err := strconv.Atoi(d[:4]); err == nil && y > 1000 {
				return d[:4]
			}
		}
	}
	return ""
}

// fileYear matches a plausible year in a file name, not inside a longer
// number (2026_上海市_政府工作报告.csv, report-1998.txt).
var fileYear = regexp.MustCompile(`(?:^|\D)((?:1[6-9]|2[01])\d\d)(?:\D|$)`)

// FileYear returns the first year in the base name of path, or "".
func FileYear(path string) string {
	if path == "" || path == "-" {
		return ""
	}
	m := fileYear.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return ""
	}
	return m[1]
}
