// Package segdict embeds wenxi's compiled segmentation dictionary: gse's
// simplified-Chinese word list (word, frequency, part of speech) as a
// rune-level trie, and gse's HMM emission probabilities, in one flat
// little-endian blob that is read in place. Nothing is parsed or copied at
// start-up, so a process that segments ten characters touches only the few
// pages it needs. The blob is produced by ./gen from gse's own data (see
// `go generate`); gse's dictionary is Apache-2.0 like gse.
package segdict

//go:generate go run ./gen -o segdict.bin

import (
	_ "embed" // for the dictionary blob
	"fmt"
	"math"
	"sync"
)

//go:embed segdict.bin
var blob string

const magic = 0x31535857 // "WXS1", written by ./gen

// Dict is a read-only view of the compiled dictionary. The zero value is not
// usable; call Load.
type Dict struct {
	nodes      int
	rootKids   int
	logT       float64
	logp       string // float64 per distinct frequency
	emit       string // 4 float64 (B, E, M, S) per HMM character
	firstChild string // uint32 per node + 1
	astral     string // (rune uint32, code uint32) pairs, sorted
	codes      string // uint16 per node: the character code on the edge into it
	val        string // uint16 per node: 0, or 1 + index into logp
	bmpCode    string // uint16 per BMP code point: 0, or its character code
	hmmIdx     string // uint16 per BMP code point: 0, or 1 + row in emit
	pos        string // uint8 per node: index into posTags
	posTags    []string
}

var (
	loaded   Dict
	loadErr  error
	loadOnce sync.Once
)

// Load returns the embedded dictionary. Only the header and the list of POS
// tags are decoded; everything else is sliced from the embedded string.
func Load() (*Dict, error) {
	loadOnce.Do(func() { loadErr = loaded.init(blob) })
	if loadErr != nil {
		return nil, loadErr
	}
	return &loaded, nil
}

func (d *Dict) init(b string) error {
	if len(b) < 40 {
		return fmt.Errorf("segdict: blob too short (%d bytes)", len(b))
	}
	u32 := func(i int) int { return int(le32(b, i)) }
	if uint32(u32(0)) != magic {
		return fmt.Errorf("segdict: bad magic %#x (regenerate with go generate)", u32(0))
	}
	d.nodes, d.rootKids = u32(4), u32(8)
	nAstral, nLogp, nPos, nEmit := u32(12), u32(16), u32(20), u32(24)
	d.logT = math.Float64frombits(le64(b, 32))
	off := 40
	take := func(n int) (string, error) {
		if n < 0 || off+n > len(b) {
			return "", fmt.Errorf("segdict: blob truncated at %d (+%d of %d)", off, n, len(b))
		}
		s := b[off : off+n]
		off += n
		return s, nil
	}
	var err error
	for _, f := range []struct {
		dst *string
		n   int
	}{
		{&d.logp, 8 * nLogp},
		{&d.emit, 32 * nEmit},
		{&d.firstChild, 4 * (d.nodes + 1)},
		{&d.astral, 8 * nAstral},
		{&d.codes, 2 * d.nodes},
		{&d.val, 2 * d.nodes},
		{&d.bmpCode, 2 * 0x10000},
		{&d.hmmIdx, 2 * 0x10000},
		{&d.pos, d.nodes},
	} {
		if *f.dst, err = take(f.n); err != nil {
			return err
		}
	}
	d.posTags = make([]string, 0, nPos)
	for range nPos {
		if off >= len(b) {
			return fmt.Errorf("segdict: POS table truncated")
		}
		n := int(b[off])
		off++
		s, err := take(n)
		if err != nil {
			return err
		}
		d.posTags = append(d.posTags, s)
	}
	if off != len(b) {
		return fmt.Errorf("segdict: %d trailing bytes", len(b)-off)
	}
	return nil
}

func le16(b string, i int) uint16 { return uint16(b[i]) | uint16(b[i+1])<<8 }

func le32(b string, i int) uint32 {
	return uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16 | uint32(b[i+3])<<24
}

func le64(b string, i int) uint64 {
	return uint64(le32(b, i)) | uint64(le32(b, i+4))<<32
}

// Node identifies a trie node: the characters read so far are a prefix of
// at least one dictionary word. Root is the empty prefix.
type Node uint32

// Root is the node of the empty prefix.
const Root Node = 0

// Code returns the dictionary's code for character r, or 0 when no word
// contains r.
func (d *Dict) Code(r rune) uint16 {
	if uint32(r) < 0x10000 {
		return le16(d.bmpCode, int(r)*2)
	}
	lo, hi := 0, len(d.astral)/8
	for lo < hi {
		m := (lo + hi) / 2
		if rune(le32(d.astral, m*8)) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.astral)/8 && rune(le32(d.astral, lo*8)) == r {
		return uint16(le32(d.astral, lo*8+4))
	}
	return 0
}

// Child returns the node reached from n by character r, and whether the
// longer prefix exists.
func (d *Dict) Child(n Node, r rune) (Node, bool) {
	c := d.Code(r)
	if c == 0 {
		return 0, false
	}
	return d.ChildCode(n, c)
}

// ChildCode is Child for a character code from Code.
func (d *Dict) ChildCode(n Node, c uint16) (Node, bool) {
	if n == Root {
		// The root's children are nodes 1..rootKids with codes 1..rootKids.
		if int(c) <= d.rootKids {
			return Node(c), true
		}
		return 0, false
	}
	lo := int(le32(d.firstChild, int(n)*4))
	hi := int(le32(d.firstChild, int(n)*4+4))
	// Children are sorted by code; most nodes have only a few. Narrow a
	// long list to the part that can hold c, keeping [lo, hi) inclusive of
	// the first code >= c.
	for hi-lo > 8 {
		m := (lo + hi) / 2
		if le16(d.codes, m*2) < c {
			lo = m + 1
		} else {
			hi = m + 1
		}
	}
	for ; lo < hi; lo++ {
		k := le16(d.codes, lo*2)
		if k == c {
			return Node(lo), true
		}
		if k > c {
			break
		}
	}
	return 0, false
}

// Word reports whether the prefix n is itself a word (frequency > 0).
func (d *Dict) Word(n Node) bool { return le16(d.val, int(n)*2) != 0 }

// LogProb returns log(freq) - log(total frequency) for word n, computed at
// build time with the same expression gse uses, so routes compare exactly.
// Call only when Word(n).
func (d *Dict) LogProb(n Node) float64 {
	v := int(le16(d.val, int(n)*2)) - 1
	return math.Float64frombits(le64(d.logp, v*8))
}

// Pos returns the part of speech of word n (possibly "").
func (d *Dict) Pos(n Node) string { return d.posTags[d.pos[n]] }

// LogTotal returns log(total frequency) of the dictionary.
func (d *Dict) LogTotal() float64 { return d.logT }

// Lookup finds a whole word: its node, and whether it is a word.
func (d *Dict) Lookup(word string) (Node, bool) {
	n := Root
	for _, r := range word {
		var ok bool
		if n, ok = d.Child(n, r); !ok {
			return 0, false
		}
	}
	return n, n != Root && d.Word(n)
}

// LookupRunes is Lookup for a rune slice.
func (d *Dict) LookupRunes(word []rune) (Node, bool) {
	n := Root
	for _, r := range word {
		var ok bool
		if n, ok = d.Child(n, r); !ok {
			return 0, false
		}
	}
	return n, n != Root && d.Word(n)
}

// Emit returns the HMM emission log probabilities of r for the states B, E,
// M, S, and false when gse's model has none (gse then uses -3.14e100).
func (d *Dict) Emit(r rune) (b, e, m, s float64, ok bool) {
	if uint32(r) >= 0x10000 {
		return 0, 0, 0, 0, false
	}
	i := int(le16(d.hmmIdx, int(r)*2))
	if i == 0 {
		return 0, 0, 0, 0, false
	}
	o := (i - 1) * 32
	return math.Float64frombits(le64(d.emit, o)), math.Float64frombits(le64(d.emit, o+8)),
		math.Float64frombits(le64(d.emit, o+16)), math.Float64frombits(le64(d.emit, o+24)), true
}

// Nodes is the number of trie nodes (for tests and statistics).
func (d *Dict) Nodes() int { return d.nodes }
