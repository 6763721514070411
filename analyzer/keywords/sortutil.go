package keywords

import "sort"

// sortPairs sorts by the key the function extracts, ascending.
func sortPairs[T any](s []T, key func(T) (int, int)) {
	sort.Slice(s, func(i, j int) bool {
		a1, a2 := key(s[i])
		b1, b2 := key(s[j])
		if a1 != b1 {
			return a1 < b1
		}
		return a2 < b2
	})
}
