package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// magic starts every model file; the digit is the format version.
const magic = "WXNER1\n"

// The model file is gzip-compressed little-endian binary:
//
//	magic, bits uint8, numTemplates uint8, scale float64, temp float64,
//	trans [5][5]int32,
//	lexicon: count uint32, then count × (offset from U+4E00 uint16, code uint8),
//	compound surnames: count uint32, then count × (rune uint32, rune uint32),
//	weights: (1<<bits)×4 int16, each bucket's B, I, E, S weights in turn.
//
// Most buckets are zero, so gzip shrinks the flat table well while loading
// stays a single sequential read.

// WriteTo writes the model in the embedded file format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, fmt.Errorf("creating gzip writer: %w", err)
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	if _, err = bw.WriteString(magic); err != nil {
		return cw.n, fmt.Errorf("writing model: %w", err)
	}
	put(uint8(m.bits))
	put(uint8(numTemplates))
	put(m.scale)
	put(m.temp)
	put(m.trans)
	var lexCount uint32
	for _, c := range m.lx.Code {
		if c != 0 {
			lexCount++
		}
	}
	put(lexCount)
	for i, c := range m.lx.Code {
		if c != 0 {
			put(uint16(i))
			put(c)
		}
	}
	comp := m.lx.compoundList()
	put(uint32(len(comp)))
	for _, c := range comp {
		rs := []rune(c)
		put(uint32(rs[0]))
		put(uint32(rs[1]))
	}
	put(m.w)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return cw.n, fmt.Errorf("writing model: %w", err)
	}
	return cw.n, nil
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadModel decodes a model written by WriteTo.
func ReadModel(data []byte) (*Model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("reading model: %w", err)
	}
	r := bufio.NewReader(zr)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("reading model: not a wenxi NER model file")
	}
	get := func(v any) {
		if err == nil {
			err = binary.Read(r, binary.LittleEndian, v)
		}
	}
	var bits, templates uint8
	m := &Model{lx: &Lexicon{Compound: map[[2]rune]bool{}}}
	get(&bits)
	get(&templates)
	if err == nil && (bits < 8 || bits > 26 || templates != numTemplates) {
		return nil, fmt.Errorf("reading model: %d hash bits, %d templates (this build expects %d templates)", bits, templates, numTemplates)
	}
	m.bits = uint(bits)
	get(&m.scale)
	get(&m.temp)
	get(&m.trans)
	var n uint32
	get(&n)
	for i := uint32(0); err == nil && i < n; i++ {
		var off uint16
		var c uint8
		get(&off)
		get(&c)
		if int(off) < cjkSize {
			m.lx.Code[off] = c
		}
	}
	get(&n)
	for i := uint32(0); err == nil && i < n; i++ {
		var a, b uint32
		get(&a)
		get(&b)
		m.lx.Compound[[2]rune{rune(a), rune(b)}] = true
	}
	if err != nil {
		return nil, fmt.Errorf("reading model header: %w", err)
	}
	m.w = make([]int16, (1<<m.bits)*stored)
	get(m.w)
	if err != nil {
		return nil, fmt.Errorf("reading model weights: %w", err)
	}
	if math.IsNaN(m.scale) || m.scale <= 0 {
		return nil, errors.New("reading model: bad weight scale")
	}
	return m, nil
}
