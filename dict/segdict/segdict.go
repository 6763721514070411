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
	"unsafe"
)

//go:embed segdict.bin
var blob string

const magic = 0x37535857 // "WXS7", written by ./gen

// Dict is a read-only view of the compiled dictionary. The zero value is not
// usable; call Load.
type Dict struct {
	nodes     int
	rootKids  int
	logT      float64
	logp      []float64    // per distinct frequency
	emit      [][4]float64 // B, E, M, S per HMM character
	node      []nodeRec    // per node + 1 sentinel
	astral    []uint32     // (rune, code) pairs, sorted
	wide      []uint16     // hash slots: children of nodes with many children
	wideShift uint32
	localOff  []uint32 // per root child: offset<<5 | log2(size) of its table
	local     []uint16 // the tables of wide first characters
	bmpCode   []uint16 // per BMP code point: 0, or its character code
	hmmIdx    []uint16 // per BMP code point: 0, or 1 + row in emit
	posTags   []string
}

var (
	loaded   Dict
	loadErr  error
	loadOnce sync.Once
)

// Load returns the embedded dictionary, shared by the whole process.
func Load() (*Dict, error) {
	loadOnce.Do(func() { loadErr = loaded.init(blob) })
	if loadErr != nil {
		return nil, loadErr
	}
	return &loaded, nil
}

// New returns a fresh view of the embedded dictionary. Only the header and
// the list of POS tags are decoded; everything else is sliced from the
// embedded string, so this costs microseconds (benchmarks use it to time a
// cold start; programs should call Load).
func New() (*Dict, error) {
	d := new(Dict)
	if err := d.init(blob); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Dict) init(b string) error {
	if len(b) < 48 {
		return fmt.Errorf("segdict: blob too short (%d bytes)", len(b))
	}
	u32 := func(i int) int { return int(le32(b, i)) }
	if uint32(u32(0)) != magic {
		return fmt.Errorf("segdict: bad magic %#x (regenerate with go generate)", u32(0))
	}
	d.nodes, d.rootKids = u32(4), u32(8)
	nAstral, nLogp, nPos, nEmit, nWide, nLocal := u32(12), u32(16), u32(20), u32(24), u32(28), u32(32)
	if nWide&(nWide-1) != 0 || nWide == 0 {
		return fmt.Errorf("segdict: hash size %d is not a power of two", nWide)
	}
	d.wideShift = 32
	for 1<<(32-d.wideShift) < nWide {
		d.wideShift--
	}
	d.logT = math.Float64frombits(le64(b, 40))
	off := 48
	take := func(n int) (string, error) {
		if n < 0 || off+n > len(b) {
			return "", fmt.Errorf("segdict: blob truncated at %d (+%d of %d)", off, n, len(b))
		}
		s := b[off : off+n]
		off += n
		return s, nil
	}
	var (
		err                       error
		logp, emit, nodes, astral string
		bmp, hmm, wide, local     string
		localOff                  string
	)
	for _, f := range []struct {
		dst *string
		n   int
	}{
		{&logp, 8 * nLogp},
		{&emit, 32 * nEmit},
		{&nodes, 8 * (d.nodes + 1)},
		{&astral, 8 * nAstral},
		{&wide, 2 * nWide},
		{&localOff, 4 * (d.rootKids + 1)},
		{&local, 2 * nLocal},
		{&bmp, 2 * 0x10000},
		{&hmm, 2 * 0x10000},
	} {
		if *f.dst, err = take(f.n); err != nil {
			return err
		}
	}
	d.logp = view[float64](logp)
	d.emit = view[[4]float64](emit)
	d.node = nodeView(nodes)
	d.astral = view[uint32](astral)
	d.wide = view[uint16](wide)
	d.localOff = view[uint32](localOff)
	d.local = view[uint16](local)
	d.bmpCode = view[uint16](bmp)
	d.hmmIdx = view[uint16](hmm)
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

// view returns the bytes of s as a []T without copying when s is suitably
// aligned (the generator orders the arrays so that every one is aligned if
// the blob is) and the machine is little-endian, which is what the blob
// stores; otherwise it decodes a copy. The result must never be written:
// it may point into read-only memory.
func view[T float64 | [4]float64 | uint32 | uint16](s string) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	n := len(s) / size
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	if littleEndian && uintptr(p)%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(p), n)
	}
	out := make([]T, n)
	dst := unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), n*size)
	// Decode little-endian words into native order, element by element.
	elem := 8
	if size < 8 {
		elem = size
	}
	for i := 0; i+elem <= len(s); i += elem {
		var v uint64
		for k := elem - 1; k >= 0; k-- {
			v = v<<8 | uint64(s[i+k])
		}
		switch elem {
		case 8:
			*(*uint64)(unsafe.Pointer(&dst[i])) = v
		case 4:
			*(*uint32)(unsafe.Pointer(&dst[i])) = uint32(v)
		case 2:
			*(*uint16)(unsafe.Pointer(&dst[i])) = uint16(v)
		}
	}
	return out
}

// nodeRec is one trie node as stored: in first, the index of its first
// child (low 24 bits; its children are first .. next node's first - 1,
// sorted by code) and its POS index (high 8 bits); the code of the
// character leading to it; and 0 or 1 + its index into logp.
type nodeRec struct {
	first uint32
	code  uint16
	val   uint16
}

// nodeView is view for the node records, decoding field by field when the
// blob cannot be used in place.
func nodeView(s string) []nodeRec {
	n := len(s) / 8
	if n == 0 {
		return nil
	}
	p := unsafe.Pointer(unsafe.StringData(s))
	if littleEndian && uintptr(p)%unsafe.Alignof(nodeRec{}) == 0 && unsafe.Sizeof(nodeRec{}) == 8 {
		return unsafe.Slice((*nodeRec)(p), n)
	}
	out := make([]nodeRec, n)
	for i := range out {
		o := 8 * i
		out[i] = nodeRec{first: le32(s, o), code: le16(s, o+4), val: le16(s, o+6)}
	}
	return out
}

func le16(b string, i int) uint16 { return uint16(b[i]) | uint16(b[i+1])<<8 }

// littleEndian reports the byte order of this machine.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

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
		return d.bmpCode[r]
	}
	lo, hi := 0, len(d.astral)/2
	for lo < hi {
		m := (lo + hi) / 2
		if rune(d.astral[2*m]) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.astral)/2 && rune(d.astral[2*lo]) == r {
		return uint16(d.astral[2*lo+1])
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
	lo := int(d.node[n].first & firstMask)
	hi := int(d.node[n+1].first & firstMask)
	if hi-lo > wideKids && int(n) <= d.rootKids {
		// A first character's own table: usually one probe, in cache for
		// frequent characters.
		lo32 := d.localOff[n]
		off, bits := lo32>>5, lo32&31
		mask := uint32(1)<<bits - 1
		for h := localHash(c, bits); ; h = (h + 1) & mask {
			slot := d.local[off+h]
			if slot == 0 {
				return 0, false
			}
			if k := lo + int(slot&0xFFF) - 1; slot>>12 == c&0xF && d.node[k].code == c {
				return Node(k), true
			}
		}
	}
	if hi-lo > wideKids {
		// One probe instead of a binary search over many children.
		mask := uint32(len(d.wide) - 1)
		for h := wideHash(uint32(n), c, d.wideShift); ; h = (h + 1) & mask {
			slot := d.wide[h]
			if slot == 0 {
				return 0, false
			}
			// 1 + sibling rank, and 4 code bits to skip most misses unread.
			if k := lo + int(slot&0xFFF) - 1; slot>>12 == c&0xF && k < hi && d.node[k].code == c {
				return Node(k), true
			}
		}
	}
	for ; lo < hi; lo++ {
		k := d.node[lo].code
		if k == c {
			return Node(lo), true
		}
		if k > c {
			break
		}
	}
	return 0, false
}

// firstMask extracts the first-child index from nodeRec.first.
const firstMask = 1<<24 - 1

// wideKids and wideHash must match ./gen.
const wideKids = 8

func localHash(code uint16, bits uint32) uint32 {
	return uint32(code) * 0x9E3779B1 >> (32 - bits)
}

func wideHash(parent uint32, code uint16, shift uint32) uint32 {
	return (parent*0x9E3779B1 ^ uint32(code)*0x85EBCA77) * 0xC2B2AE3D >> shift
}

// Word reports whether the prefix n is itself a word (frequency > 0).
func (d *Dict) Word(n Node) bool { return d.node[n].val != 0 }

// LogProb returns log(freq) - log(total frequency) for word n, computed at
// build time with the same expression gse uses, so routes compare exactly.
// Call only when Word(n).
func (d *Dict) LogProb(n Node) float64 {
	return d.logp[int(d.node[n].val)-1]
}

// Pos returns the part of speech of word n (possibly "").
func (d *Dict) Pos(n Node) string { return d.posTags[d.node[n].first>>24] }

// Aligned reports whether the arrays are read in place (true on
// little-endian machines when the blob is 8-byte aligned) rather than copied.
func (d *Dict) Aligned() bool {
	return littleEndian && len(d.logp) > 0 &&
		uintptr(unsafe.Pointer(&d.logp[0])) == uintptr(unsafe.Pointer(unsafe.StringData(blob)))+40
}

// LogTotal returns log(total frequency) of the dictionary.
func (d *Dict) LogTotal() float64 { return d.logT }

// Lookup finds a whole word: its node, and whether it is a word.
func (d *Dict) Lookup(word string) (Node, bool) {
	n := Root
	for i, r := range word {
		if r == 0 {
			// gse's trie quirk (see NulCode): "w\x00" is w when w is a word
			// with longer words after it.
			return n, i == len(word)-1 && d.nulWord(n)
		}
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
	for i, r := range word {
		if r == 0 {
			return n, i == len(word)-1 && d.nulWord(n)
		}
		var ok bool
		if n, ok = d.Child(n, r); !ok {
			return 0, false
		}
	}
	return n, n != Root && d.Word(n)
}

// NulCode is the code Route expects for U+0000. gse's trie (cedar, reduced
// mode) stores the value of a word that has longer words after it under a
// child labelled with byte 0, so gse finds "w\x00" as the word w, with its
// frequency and POS, and nothing longer; for other words and prefixes it
// finds nothing. Route and Lookup reproduce that.
const NulCode = 0xFFFF

// nulWord reports whether n followed by U+0000 is a word for gse: n is a
// word with children.
func (d *Dict) nulWord(n Node) bool {
	return n != Root && d.Word(n) && d.node[n].first&firstMask != d.node[n+1].first&firstMask
}

// Emit returns the HMM emission log probabilities of r for the states B, E,
// M, S, and false when gse's model has none (gse then uses -3.14e100).
func (d *Dict) Emit(r rune) (b, e, m, s float64, ok bool) {
	if uint32(r) >= 0x10000 {
		return 0, 0, 0, 0, false
	}
	i := int(d.hmmIdx[r])
	if i == 0 {
		return 0, 0, 0, 0, false
	}
	row := &d.emit[i-1]
	return row[0], row[1], row[2], row[3], true
}

// Nodes is the number of trie nodes (for tests and statistics).
func (d *Dict) Nodes() int { return d.nodes }
