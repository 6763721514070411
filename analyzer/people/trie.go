package people

import "github.com/wenxi-nlp/wenxi/internal/runeset"

// wordSet is a rune trie over a word list. The stage scans every character
// against several lexicons, so look-ups walk runes in place instead of
// building substrings (a map look-up per candidate substring would allocate
// and cost more than the rest of the stage together).
type wordSet struct {
	root  *node
	size  int
	first runeset.Bits // the first characters of the words
}

type node struct {
	next map[rune]*node
	word bool
}

func newWordSet(words ...[]string) *wordSet {
	s := &wordSet{root: &node{}}
	for _, ws := range words {
		for _, w := range ws {
			s.add(w)
		}
	}
	return s
}

func (s *wordSet) add(w string) {
	if w == "" {
		return
	}
	n := s.root
	for k, r := range w {
		if k == 0 {
			s.first.Add(r)
		}
		if n.next == nil {
			n.next = map[rune]*node{}
		}
		c := n.next[r]
		if c == nil {
			c = &node{}
			n.next[r] = c
		}
		n = c
	}
	if !n.word {
		n.word = true
		s.size++
	}
}

// has reports whether w is in the set.
func (s *wordSet) has(w []rune) bool {
	if len(w) > 0 && !s.first.May(w[0]) {
		return false
	}
	n := s.root
	for _, r := range w {
		n = n.next[r]
		if n == nil {
			return false
		}
	}
	return n.word
}

// longestAt returns the length of the longest word that starts at r[i] and
// ends at or before limit, or 0.
func (s *wordSet) longestAt(r []rune, i, limit int) int {
	if i >= 0 && i < limit && i < len(r) && !s.first.May(r[i]) {
		return 0
	}
	n, best := s.root, 0
	for j := i; j < limit && j < len(r); j++ {
		n = n.next[r[j]]
		if n == nil {
			break
		}
		if n.word {
			best = j - i + 1
		}
	}
	return best
}

// prefixAt reports whether some word of the set starts at r[i] (ending before
// limit).
func (s *wordSet) prefixAt(r []rune, i, limit int) bool { return s.longestAt(r, i, limit) > 0 }

// revSet is a trie over reversed words, for look-ups that end at a position
// (a title head ending right before a name).
type revSet struct{ *wordSet }

func newRevSet(words ...[]string) revSet {
	s := newWordSet()
	for _, ws := range words {
		for _, w := range ws {
			rs := []rune(w)
			for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
				rs[i], rs[j] = rs[j], rs[i]
			}
			s.add(string(rs))
		}
	}
	return revSet{s}
}

// longest returns the length of the longest word ending at end, or 0.
func (s revSet) longest(r []rune, lo, end int) int {
	if j := end - 1; j >= lo && j >= 0 && j < len(r) && !s.first.May(r[j]) {
		return 0
	}
	n, best := s.root, 0
	for j := end - 1; j >= lo && j >= 0; j-- {
		n = n.next[r[j]]
		if n == nil {
			break
		}
		if n.word {
			best = end - j
		}
	}
	return best
}
