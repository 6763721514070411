package compare

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/input"
)

// TopOptions configures TopSlogans.
type TopOptions struct {
	// N is how many slogans to return (default 5).
	N int
	// Kinds are the slogan kinds considered (default numbered and quoted:
	// formulas and coinages; plan names and cited document titles make poor
	// trend lines).
	Kinds []string
	// Workers is the number of documents analysed at once.
	Workers int
}

// SloganFreq is a slogan with the number of documents it occurs in.
type SloganFreq struct {
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
}

// TopSlogans runs analyze (a pipeline that fills doc.Slogans) on every
// document of src in parallel and returns the slogans found in the most
// documents (ties: more mentions first, then text), leaving out any that
// overlaps one already chosen; only the slogans' texts and counts are kept
// in memory.
func TopSlogans(ctx context.Context, src Source, analyze func(*analyzer.Document) error, o TopOptions) ([]SloganFreq, error) {
	if o.N <= 0 {
		o.N = 5
	}
	if len(o.Kinds) == 0 {
		o.Kinds = []string{analyzer.KindNumbered, analyzer.KindQuoted}
	}
	kinds := map[string]bool{}
	for _, k := range o.Kinds {
		kinds[k] = true
	}
	tally := map[string]*SloganFreq{}
	err := parallel(ctx, src, o.Workers, func(_ int, d input.Doc) []analyzer.Slogan {
		if d.Err != nil {
			return nil
		}
		_, text := LeadingYear(d.Text)
		doc := analyzer.NewDocument(d.Source, d.Line, text)
		if err := analyze(doc); err != nil {
			return nil // Trend reports unreadable documents; here they just add nothing.
		}
		out := make([]analyzer.Slogan, 0, len(doc.Slogans))
		for _, s := range doc.Slogans {
			if kinds[s.Kind] && s.Text != "" {
				out = append(out, analyzer.Slogan{Text: s.Text, Kind: s.Kind, Mentions: s.Mentions})
			}
		}
		return out
	}, func(ss []analyzer.Slogan) {
		seen := map[string]bool{}
		for _, s := range ss {
			f, ok := tally[s.Text]
			if !ok {
				f = &SloganFreq{Text: s.Text, Kind: s.Kind}
				tally[s.Text] = f
			}
			if !seen[s.Text] {
				seen[s.Text] = true
				f.Documents++
			}
			m := s.Mentions
			if m == 0 {
				m = 1
			}
			f.Mentions += m
		}
	})
	if err != nil {
		return nil, err
	}
	all := make([]SloganFreq, 0, len(tally))
	for _, f := range tally {
		all = append(all, *f)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.Documents != b.Documents {
			return a.Documents > b.Documents
		}
		if a.Mentions != b.Mentions {
			return a.Mentions > b.Mentions
		}
		return a.Text < b.Text
	})
	// Skip a slogan that contains, or is part of, one already chosen
	// (和平统一、一国两制 after 一国两制): substring counts would count the
	// same mentions twice.
	var out []SloganFreq
	for _, f := range all {
		if len(out) == o.N {
			break
		}
		if !slices.ContainsFunc(out, func(c SloganFreq) bool {
			return strings.Contains(c.Text, f.Text) || strings.Contains(f.Text, c.Text)
		}) {
			out = append(out, f)
		}
	}
	return out, nil
}
