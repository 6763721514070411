// Package runeset is a set of characters as a bitmap, for the lexicon tries
// of the people and slogans stages: they test a candidate's first character
// against it before any map look-up, because most positions of a text start
// no word and the root map look-up was most of their trie time.
package runeset

// Bits holds BMP characters in an 8 KB bitmap, with one flag for everything
// above the BMP. The zero value is an empty set.
type Bits struct {
	bits [0x10000 / 64]uint64
	wide bool
}

// Add puts r in the set.
func (b *Bits) Add(r rune) {
	if uint32(r) < 0x10000 {
		b.bits[r>>6] |= 1 << (uint32(r) & 63)
		return
	}
	b.wide = true
}

// May reports whether r may be in the set: false means it surely is not
// (characters above the BMP share one flag).
func (b *Bits) May(r rune) bool {
	if uint32(r) < 0x10000 {
		return b.bits[r>>6]&(1<<(uint32(r)&63)) != 0
	}
	return b.wide
}
