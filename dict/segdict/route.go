package segdict

import "math"

// Route computes gse's maximum log-probability segmentation route (jieba's
// DAG + calc) over a text given as dictionary character codes (Code of each
// lower-cased character, 0 for characters no word contains, NulCode for
// U+0000). For every
// position i it sets next[i] to the last index of the best word starting at
// i, node[i] to that word's node (0 when the route falls back to a single
// character that is not a word) and score[i] to the best log probability of
// the text from i; score[len(code)] is 0.
//
// The arithmetic and order are gse's (v0.80.3, dag.go calc): candidate words
// in increasing length, a later candidate replacing an equal score, log(freq)
// - log(total) for words, -log(total) for a character the dictionary does
// not know, and log(0) = -Inf for a character that only begins longer words.
// It lives here, next to the layout, so the trie walk is one inlined loop
// over local slices instead of a call per character.
func (d *Dict) Route(buf *RouteBuf, code []uint16, score []float64, next []int32, node []Node) {
	n := len(code)
	score, next, node = score[:n+1], next[:n], node[:n]
	// Phase 1, left to right: every dictionary word starting at each
	// position. The walks do not depend on each other, so the processor
	// overlaps their cache misses; phase 2 then reads the words in order.
	if cap(buf.first) < n+1 {
		buf.first = make([]int32, n+1, 2*n+1)
	}
	first := buf.first[:n+1]
	words := buf.words[:0]
	nodes, logp := d.node, d.logp
	local, localOff, wide := d.local, d.localOff, d.wide
	wideMask := uint32(len(wide) - 1)
	rootKids := d.rootKids
	unknown := math.Log(1.0) - d.logT
	for idx := 0; idx < n; idx++ {
		first[idx] = int32(len(words))
		c := code[idx]
		if c == 0 || int(c) > rootKids {
			continue
		}
		nd := int(c) // the root's children are nodes 1..rootKids, code = index
		for i := idx; ; {
			if v := nodes[nd].val; v != 0 {
				words = append(words, routeWord{end: int32(i), node: Node(nd), logp: logp[v-1]})
			}
			i++
			if i >= n {
				break
			}
			c = code[i]
			if c == 0 {
				break
			}
			if c == NulCode {
				// gse finds "w\x00" as w when w has children (see
				// NulCode), and nothing after it.
				if v := nodes[nd].val; v != 0 && nodes[nd].first&firstMask != nodes[nd+1].first&firstMask {
					words = append(words, routeWord{end: int32(i), node: Node(nd), logp: logp[v-1]})
				}
				break
			}
			// Step to the child of nd by c (ChildCode, inlined).
			lo := int(nodes[nd].first & firstMask)
			hi := int(nodes[nd+1].first & firstMask)
			child := 0
			switch {
			case hi-lo > wideKids && nd <= rootKids:
				lo32 := localOff[nd]
				off, bits := lo32>>5, lo32&31
				mask := uint32(1)<<bits - 1
				for h := localHash(c, bits); ; h = (h + 1) & mask {
					slot := local[off+h]
					if slot == 0 {
						break
					}
					if k := lo + int(slot&0xFFF) - 1; slot>>12 == c&0xF && nodes[k].code == c {
						child = k
						break
					}
				}
			case hi-lo > wideKids:
				for h := wideHash(uint32(nd), c, d.wideShift); ; h = (h + 1) & wideMask {
					slot := wide[h]
					if slot == 0 {
						break
					}
					if k := lo + int(slot&0xFFF) - 1; slot>>12 == c&0xF && k < hi && nodes[k].code == c {
						child = k
						break
					}
				}
			default:
				for k := lo; k < hi; k++ {
					if kc := nodes[k].code; kc >= c {
						if kc == c {
							child = k
						}
						break
					}
				}
			}
			if child == 0 {
				break
			}
			nd = child
		}
	}
	first[n] = int32(len(words))
	buf.words = words

	// Phase 2, right to left: gse's calc.
	score[n] = 0
	for idx := n - 1; idx >= 0; idx-- {
		c := code[idx]
		if c == 0 || int(c) > rootKids {
			// No word starts with this character: gse's DAG falls back to
			// the character, which its Find does not know.
			score[idx], next[idx], node[idx] = unknown+score[idx+1], int32(idx), 0
			continue
		}
		ws := words[first[idx]:first[idx+1]]
		if len(ws) == 0 {
			// The character begins words but is not one: gse's Find says
			// "found" with frequency 0, and log(0) is -Inf.
			score[idx], next[idx], node[idx] = math.Inf(-1)+score[idx+1], int32(idx), 0
			continue
		}
		w := &ws[0]
		best, bestEnd, bestNode := w.logp+score[w.end+1], w.end, w.node
		for k := 1; k < len(ws); k++ {
			w = &ws[k]
			if s := w.logp + score[w.end+1]; best <= s {
				best, bestEnd, bestNode = s, w.end, w.node
			}
		}
		score[idx], next[idx], node[idx] = best, bestEnd, bestNode
	}
}

// RouteBuf holds Route's working memory; reuse one per goroutine.
type RouteBuf struct {
	first []int32
	words []routeWord
}

// routeWord is a dictionary word found by Route's first phase.
type routeWord struct {
	end  int32
	node Node
	logp float64
}
