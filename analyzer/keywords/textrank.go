package keywords

import "math"

// TextRank as in jieba: an undirected graph whose nodes are candidate terms
// and whose edges count co-occurrences within a window of 5 units (window
// over the whole unit sequence, so punctuation and function words take up
// room but never become nodes), PageRank with damping 0.85 for 10 rounds,
// weights scaled as jieba does. Nodes and edges are integer-indexed, so a
// round costs O(edges) and the graph has at most 4 edges per unit: linear
// in the document.

const (
	trWindow  = 5
	trDamping = 0.85
	trRounds  = 10
)

func textRank(merged []unit, isCand []bool, order []*term, terms map[string]*term) []float64 {
	id := make(map[string]int, len(order))
	for i, t := range order {
		id[t.text] = i
	}
	_ = terms
	type pair struct{ a, b int }
	co := map[pair]float64{}
	for i := range merged {
		if !isCand[i] {
			continue
		}
		a := id[merged[i].text]
		for j := i + 1; j < i+trWindow && j < len(merged); j++ {
			if !isCand[j] {
				continue
			}
			b := id[merged[j].text]
			co[pair{a, b}]++
		}
	}
	n := len(order)
	type edge struct {
		to int
		w  float64
	}
	adj := make([][]edge, n)
	out := make([]float64, n)
	// Iterate pairs in a fixed order so float sums are reproducible.
	pairs := make([]pair, 0, len(co))
	for p := range co {
		pairs = append(pairs, p)
	}
	sortPairs(pairs, func(p pair) (int, int) { return p.a, p.b })
	for _, p := range pairs {
		w := co[p]
		// jieba adds both directions, and a self-pair (the same word twice
		// in a window) twice to the same node.
		adj[p.a] = append(adj[p.a], edge{p.b, w})
		adj[p.b] = append(adj[p.b], edge{p.a, w})
		out[p.a] += w
		out[p.b] += w
	}
	ws := make([]float64, n)
	for i := range ws {
		ws[i] = 1 / float64(n)
	}
	for r := 0; r < trRounds; r++ {
		// In-place (Gauss–Seidel) updates in node order, as jieba does.
		for v := 0; v < n; v++ {
			s := 0.0
			for _, e := range adj[v] {
				s += e.w / out[e.to] * ws[e.to]
			}
			ws[v] = (1 - trDamping) + trDamping*s
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for v := 0; v < n; v++ {
		if len(adj[v]) == 0 {
			continue
		}
		lo, hi = math.Min(lo, ws[v]), math.Max(hi, ws[v])
	}
	res := make([]float64, n)
	for v := 0; v < n; v++ {
		if len(adj[v]) == 0 {
			continue // isolated terms have no TextRank evidence
		}
		if hi-lo/10 > 0 {
			res[v] = (ws[v] - lo/10) / (hi - lo/10)
		}
	}
	return res
}
