// Command gen compiles gse's simplified-Chinese dictionary (zh_s) and its HMM
// emission probabilities into dict/segdict/segdict.bin, a flat little-endian
// layout that package segdict reads in place: start-up then costs nothing
// (gse parses 5 MB of text and builds a trie for 1.2–1.8 s).
//
// The values are taken through gse's own API (Dictionary.Tokens, Find,
// TotalFreq) after gse has loaded the dictionary, so every quirk of gse's
// loader (lower-cased Latin, single characters forced to frequency 2, the
// first duplicate winning) is inherited rather than re-implemented.
//
// Run it with `go generate ./dict/segdict/`.
package main

import (
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/go-ego/gse"
)

func main() {
	out := flag.String("o", "segdict.bin", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	seg, err := gse.NewEmbed("zh_s")
	if err != nil {
		return fmt.Errorf("loading gse zh_s: %w", err)
	}
	emit, err := readEmit()
	if err != nil {
		return err
	}
	b, err := build(&seg, emit)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s (%d bytes)\n", out, len(b))
	return nil
}

// node is a build-time trie node.
type node struct {
	children map[rune]*node
	word     bool
	freq     float64
	pos      string
	id       int
}

func build(seg *gse.Segmenter, emit map[rune][4]float64) ([]byte, error) {
	dict := seg.Dict
	root := &node{}
	for i := range dict.Tokens {
		t := &dict.Tokens[i]
		key := t.Text()
		// Ask gse itself what a look-up of this key returns.
		freq, pos, ok := seg.Find(key)
		if !ok || freq <= 0 {
			continue
		}
		n := root
		for _, r := range key {
			if n.children == nil {
				n.children = map[rune]*node{}
			}
			c := n.children[r]
			if c == nil {
				c = &node{}
				n.children[r] = c
			}
			n = c
		}
		n.word, n.freq, n.pos = true, freq, pos
	}

	// Character codes: first characters get 1..R in a fixed order so the
	// root's children can be found by code without a search.
	code := map[rune]uint16{}
	var first []rune
	for r := range root.children {
		first = append(first, r)
	}
	sort.Slice(first, func(i, j int) bool { return first[i] < first[j] })
	for _, r := range first {
		code[r] = uint16(len(code) + 1)
	}
	var rest []rune
	var walk func(n *node)
	seen := map[rune]bool{}
	walk = func(n *node) {
		for r, c := range n.children {
			if _, ok := code[r]; !ok && !seen[r] {
				seen[r] = true
				rest = append(rest, r)
			}
			walk(c)
		}
	}
	walk(root)
	sort.Slice(rest, func(i, j int) bool { return rest[i] < rest[j] })
	for _, r := range rest {
		if len(code) >= 0xFFFF {
			return nil, fmt.Errorf("more than 65535 distinct characters")
		}
		code[r] = uint16(len(code) + 1)
	}

	// Breadth-first layout: the children of node i are the nodes
	// first[i] .. first[i+1]-1, sorted by code.
	order := []*node{root}
	for i := 0; i < len(order); i++ {
		n := order[i]
		n.id = i
		kids := make([]rune, 0, len(n.children))
		for r := range n.children {
			kids = append(kids, r)
		}
		sort.Slice(kids, func(a, b int) bool { return code[kids[a]] < code[kids[b]] })
		for _, r := range kids {
			order = append(order, n.children[r])
		}
	}
	// Codes of each node (the code of the edge into it).
	nodeCode := make([]uint16, len(order))
	firstChild := make([]uint32, len(order)+1)
	next := uint32(1)
	for i, n := range order {
		firstChild[i] = next
		kids := make([]rune, 0, len(n.children))
		for r := range n.children {
			kids = append(kids, r)
		}
		sort.Slice(kids, func(a, b int) bool { return code[kids[a]] < code[kids[b]] })
		for _, r := range kids {
			c := n.children[r]
			if uint32(c.id) != next {
				return nil, fmt.Errorf("layout: node %d expected at %d", c.id, next)
			}
			nodeCode[c.id] = code[r]
			next++
		}
	}
	firstChild[len(order)] = next
	// Root children are nodes 1..R with codes 1..R.
	for i := 1; i <= len(first); i++ {
		if int(nodeCode[i]) != i {
			return nil, fmt.Errorf("layout: root child %d has code %d", i, nodeCode[i])
		}
	}

	// Value tables: distinct log probabilities and POS tags.
	logT := math.Log(dict.TotalFreq())
	freqIdx := map[float64]uint16{}
	var logp []float64
	posIdx := map[string]uint8{}
	var posList []string
	val := make([]uint16, len(order))
	posOf := make([]uint8, len(order))
	for i, n := range order {
		if !n.word {
			continue
		}
		fi, ok := freqIdx[n.freq]
		if !ok {
			if len(logp) >= 0xFFFE {
				return nil, fmt.Errorf("too many distinct frequencies")
			}
			fi = uint16(len(logp))
			freqIdx[n.freq] = fi
			// The same expression gse evaluates in calc: log(freq) - logT.
			logp = append(logp, math.Log(n.freq)-logT)
		}
		val[i] = fi + 1
		pi, ok := posIdx[n.pos]
		if !ok {
			if len(posList) >= 255 {
				return nil, fmt.Errorf("too many POS tags")
			}
			pi = uint8(len(posList))
			posIdx[n.pos] = pi
			posList = append(posList, n.pos)
		}
		posOf[i] = pi
	}

	// Code table for the BMP, sorted pairs for the rest.
	bmp := make([]uint16, 0x10000)
	var astral []rune
	for r, c := range code {
		if r < 0x10000 {
			bmp[r] = c
		} else {
			astral = append(astral, r)
		}
	}
	sort.Slice(astral, func(i, j int) bool { return astral[i] < astral[j] })

	// HMM emissions: BMP index table, then rows of B, E, M, S.
	hmmIdx := make([]uint16, 0x10000)
	var emitRunes []rune
	for r := range emit {
		if r >= 0x10000 {
			return nil, fmt.Errorf("HMM emission for non-BMP rune %U not supported", r)
		}
		emitRunes = append(emitRunes, r)
	}
	sort.Slice(emitRunes, func(i, j int) bool { return emitRunes[i] < emitRunes[j] })
	for i, r := range emitRunes {
		hmmIdx[r] = uint16(i + 1)
	}

	// Hash table for the children of wide nodes (more than wideKids
	// children, root excepted): a binary search over hundreds of children
	// costs several cache misses, a probe usually one. Slots hold child
	// node indices; the reader verifies a hit by the child's code and the
	// parent's child range, so no keys are stored.
	var wideChildren int
	for i := len(first) + 1; i < len(order); i++ {
		if k := int(firstChild[i+1] - firstChild[i]); k > wideKids {
			wideChildren += k
		}
	}
	size := 1
	for size < 2*wideChildren {
		size <<= 1
	}
	shift := uint32(32 - bitsLen(size))
	table := make([]uint16, size)
	// Wide first characters (the root's children 1..R) get a table of
	// their own instead: a frequent character's table stays in cache, where
	// its slots in one global table would be spread over megabytes.
	R := len(first)
	localOff := make([]uint32, R+1) // offset<<5 | log2(size); 0: not wide
	// Slots are 16 bits: 1 + the child's rank among its siblings (12 bits;
	// no node has more than 4094 children) and the low 4 bits of its code,
	// half the cache footprint of a 32-bit child index.
	var local []uint16
	for p := 1; p <= R; p++ {
		lo, hi := firstChild[p], firstChild[p+1]
		k := int(hi - lo)
		if k <= wideKids {
			continue
		}
		if k > 4094 {
			return nil, fmt.Errorf("node %d has %d children: local slots allow 4094", p, k)
		}
		bits := bitsLen(2 * k)
		off := len(local)
		local = append(local, make([]uint16, 1<<bits)...)
		for c := lo; c < hi; c++ {
			h := localHash(nodeCode[c], uint32(bits))
			for local[off+int(h)] != 0 {
				h = (h + 1) & (1<<bits - 1)
			}
			local[off+int(h)] = uint16(c-lo+1) | (nodeCode[c]&0xF)<<12
		}
		localOff[p] = uint32(off)<<5 | uint32(bits)
	}
	for p := R + 1; p < len(order); p++ {
		lo, hi := firstChild[p], firstChild[p+1]
		if int(hi-lo) <= wideKids {
			continue
		}
		if hi-lo > 4094 {
			return nil, fmt.Errorf("node %d has %d children: slots allow 4094", p, hi-lo)
		}
		for c := lo; c < hi; c++ {
			h := wideHash(uint32(p), nodeCode[c], shift)
			for table[h] != 0 {
				h = (h + 1) & uint32(size-1)
			}
			// As in the per-character tables: 1 + sibling rank, and the
			// low 4 bits of the code to reject most other slots unread.
			table[h] = uint16(c-lo+1) | (nodeCode[c]&0xF)<<12
		}
	}

	var w bytes.Buffer
	le := binary.LittleEndian
	hdr := []uint32{
		magic,
		uint32(len(order)),
		uint32(len(first)),
		uint32(len(astral)),
		uint32(len(logp)),
		uint32(len(posList)),
		uint32(len(emitRunes)),
		uint32(size),
		uint32(len(local)),
		0, // keeps logT 8-byte aligned
	}
	for _, v := range hdr {
		binary.Write(&w, le, v)
	}
	binary.Write(&w, le, math.Float64bits(logT))
	// Order matters: 8-byte arrays first keep everything naturally aligned.
	for _, f := range logp {
		binary.Write(&w, le, math.Float64bits(f))
	}
	for _, r := range emitRunes {
		for _, f := range emit[r] {
			binary.Write(&w, le, math.Float64bits(f))
		}
	}
	// Nodes: first child (low 24 bits) and POS index (high 8 bits), code
	// (uint16), value (uint16) together, so a step through the trie and the
	// tag of the word found touch one 8-byte record.
	if len(order) >= 1<<20 {
		return nil, fmt.Errorf("%d nodes: the formats allow 2^20", len(order))
	}
	for i := range len(order) + 1 {
		var c, v uint16
		var p uint32
		if i < len(order) {
			c, v, p = nodeCode[i], val[i], uint32(posOf[i])
		}
		binary.Write(&w, le, firstChild[i]|p<<24)
		binary.Write(&w, le, c)
		binary.Write(&w, le, v)
	}
	for _, r := range astral {
		binary.Write(&w, le, uint32(r))
		binary.Write(&w, le, uint32(code[r]))
	}
	binary.Write(&w, le, table)
	binary.Write(&w, le, localOff)
	binary.Write(&w, le, local)
	binary.Write(&w, le, bmp)
	binary.Write(&w, le, hmmIdx)
	for _, p := range posList {
		w.WriteByte(byte(len(p)))
		w.WriteString(p)
	}
	fmt.Fprintf(os.Stderr, "gen: %d children of deep wide nodes in %d hash slots, %d slots for wide first characters\n", wideChildren, size, len(local))
	fmt.Fprintf(os.Stderr, "gen: %d tokens, %d nodes, %d first chars, %d chars, %d freqs, %d POS, %d HMM chars\n",
		len(dict.Tokens), len(order), len(first), len(code), len(logp), len(posList), len(emitRunes))
	return w.Bytes(), nil
}

// wideKids and wideHash must match package segdict.
const wideKids = 8

func wideHash(parent uint32, code uint16, shift uint32) uint32 {
	return (parent*0x9E3779B1 ^ uint32(code)*0x85EBCA77) * 0xC2B2AE3D >> shift
}

func localHash(code uint16, bits uint32) uint32 {
	return uint32(code) * 0x9E3779B1 >> (32 - bits)
}

func bitsLen(n int) int {
	b := 0
	for 1<<b < n {
		b++
	}
	return b
}

// magic identifies the format version ("WXS7").
const magic = 0x37535857

// readEmit reads gse's HMM emission probabilities from the source file of
// its hmm package: they live in an unexported map, and parsing the Go
// literals with strconv gives the same float64 values the compiler did.
func readEmit() (map[rune][4]float64, error) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		return nil, fmt.Errorf("locating gse module: %w", err)
	}
	file := filepath.Join(strings.TrimSpace(string(dir)), "hmm", "prob_emit.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", file, err)
	}
	states := map[rune]int{'B': 0, 'E': 1, 'M': 2, 'S': 3}
	out := map[rune][4]float64{}
	found := 0
	var perr error
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		ix, ok := as.Lhs[0].(*ast.IndexExpr)
		if !ok {
			return true
		}
		lit, ok := ix.Index.(*ast.BasicLit)
		if !ok || lit.Kind != token.CHAR {
			return true
		}
		st, _, _, err := strconv.UnquoteChar(strings.Trim(lit.Value, "'"), '\'')
		if err != nil {
			perr = err
			return false
		}
		si, ok := states[st]
		if !ok {
			return true
		}
		cl, ok := as.Rhs[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		found++
		for _, e := range cl.Elts {
			kv := e.(*ast.KeyValueExpr)
			k := kv.Key.(*ast.BasicLit)
			r, _, _, err := strconv.UnquoteChar(strings.Trim(k.Value, "'"), '\'')
			if err != nil {
				perr = fmt.Errorf("key %s: %w", k.Value, err)
				return false
			}
			v, err := floatLit(kv.Value)
			if err != nil {
				perr = err
				return false
			}
			row, ok := out[r]
			if !ok {
				row = [4]float64{minFloat, minFloat, minFloat, minFloat}
			}
			row[si] = v
			out[r] = row
		}
		return true
	})
	if perr != nil {
		return nil, fmt.Errorf("reading %s: %w", file, perr)
	}
	if found != 4 {
		return nil, fmt.Errorf("reading %s: found %d of 4 emission maps", file, found)
	}
	return out, nil
}

// minFloat is gse's stand-in for log(0) (hmm/viterbi.go).
const minFloat = -3.14e100

func floatLit(e ast.Expr) (float64, error) {
	neg := false
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.SUB {
		neg = true
		e = u.X
	}
	b, ok := e.(*ast.BasicLit)
	if !ok {
		return 0, fmt.Errorf("unexpected expression %T", e)
	}
	v, err := strconv.ParseFloat(b.Value, 64)
	if err != nil {
		return 0, err
	}
	if neg {
		v = -v
	}
	return v, nil
}
