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

// textRank weighs the n terms; unitTerm gives each unit's term (-1: the
// unit is no candidate but still takes room in the window).
func textRank(unitTerm []int32, n int) []float64 {
	// Co-occurrence counts; pairs are kept in first-seen order so float
	// sums, and so weights, are reproducible without sorting the pairs.
	type pair struct{ a, b int32 }
	type edge struct {
		a, b int32
		w    float64
	}
	index := map[pair]int32{}
	var edges []edge
	for i, a := range unitTerm {
		if a < 0 {
			continue
		}
		for j := i + 1; j < i+trWindow && j < len(unitTerm); j++ {
			if unitTerm[j] < 0 {
				continue
			}
			p := pair{a, unitTerm[j]}
			k, seen := index[p]
			if !seen {
				k = int32(len(edges))
				index[p] = k
				edges = append(edges, edge{a: p.a, b: p.b})
			}
			edges[k].w++
		}
	}
	// Compressed adjacency: jieba adds every pair in both directions (a
	// self-pair, the same word twice in a window, twice to one node).
	deg := make([]int32, n+1)
	for _, e := range edges {
		deg[e.a+1]++
		deg[e.b+1]++
	}
	for v := 1; v <= n; v++ {
		deg[v] += deg[v-1]
	}
	to := make([]int32, 2*len(edges))
	wt := make([]float64, 2*len(edges))
	fill := make([]int32, n)
	copy(fill, deg[:n])
	out := make([]float64, n)
	for _, e := range edges {
		to[fill[e.a]], wt[fill[e.a]] = e.b, e.w
		fill[e.a]++
		to[fill[e.b]], wt[fill[e.b]] = e.a, e.w
		fill[e.b]++
		out[e.a] += e.w
		out[e.b] += e.w
	}
	ws := make([]float64, n)
	for i := range ws {
		ws[i] = 1 / float64(n)
	}
	for r := 0; r < trRounds; r++ {
		// In-place (Gauss–Seidel) updates in node order, as jieba does.
		for v := 0; v < n; v++ {
			s := 0.0
			for k := deg[v]; k < deg[v+1]; k++ {
				u := to[k]
				s += wt[k] / out[u] * ws[u]
			}
			ws[v] = (1 - trDamping) + trDamping*s
		}
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for v := 0; v < n; v++ {
		if deg[v] == deg[v+1] {
			continue
		}
		lo, hi = math.Min(lo, ws[v]), math.Max(hi, ws[v])
	}
	res := make([]float64, n)
	for v := 0; v < n; v++ {
		if deg[v] == deg[v+1] {
			continue // isolated terms have no TextRank evidence
		}
		if hi-lo/10 > 0 {
			res[v] = (ws[v] - lo/10) / (hi - lo/10)
		}
	}
	return res
}
