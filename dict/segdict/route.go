package segdict

import "math"

// Route computes gse's maximum log-probability segmentation route (jieba's
// DAG + calc) over a text given as dictionary character codes (Code of each
// lower-cased character, 0 for characters no word contains). For every
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
func (d *Dict) Route(code []uint16, score []float64, next []int32, node []Node) {
	n := len(code)
	score, next, node = score[:n+1], next[:n], node[:n]
	nodes, logp := d.node, d.logp
	local, localOff, wide := d.local, d.localOff, d.wide
	wideMask := uint32(len(wide) - 1)
	rootKids := d.rootKids
	unknown := math.Log(1.0) - d.logT
	score[n] = 0
	for idx := n - 1; idx >= 0; idx-- {
		c := code[idx]
		if c == 0 || int(c) > rootKids {
			// No word starts with this character: gse's DAG falls back to
			// the character, which its Find does not know.
			score[idx], next[idx], node[idx] = unknown+score[idx+1], int32(idx), 0
			continue
		}
		best, bestEnd, bestNode := 0.0, int32(-1), Node(0)
		nd := int(c) // the root's children are nodes 1..rootKids, code = index
		for i := idx; ; {
			if v := nodes[nd].val; v != 0 {
				s := logp[v-1] + score[i+1]
				if bestEnd < 0 || best <= s {
					best, bestEnd, bestNode = s, int32(i), Node(nd)
				}
			}
			i++
			if i >= n {
				break
			}
			c = code[i]
			if c == 0 {
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
					if k := int(slot >> 12); uint16(slot&0xFFF) == c&0xFFF && nodes[k].code == c {
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
					if k := int(slot >> 12); uint16(slot&0xFFF) == c&0xFFF && k >= lo && k < hi && nodes[k].code == c {
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
		if bestEnd < 0 {
			// The character begins words but is not one: gse's Find says
			// "found" with frequency 0, and log(0) is -Inf.
			best, bestEnd = math.Inf(-1)+score[idx+1], int32(idx)
		}
		score[idx], next[idx], node[idx] = best, bestEnd, bestNode
	}
}
