package ner

import "unicode"

// Character classes for the type features. Padding outside the sentence
// has its own class so the model learns sentence-start behaviour.
const (
	ctOther = iota
	ctHan
	ctDigit
	ctHanDigit
	ctLatin
	ctPunct
	ctSpace
	ctDot // the interpunct of transliterated names: 理查德·凯利
	ctPad
)

// padRune stands for positions outside the sentence.
const padRune rune = -1

func charType(r rune) uint64 {
	switch {
	case r == padRune:
		return ctPad
	case r == '·' || r == '•' || r == '・' || r == '‧':
		return ctDot
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return ctDigit
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 'ａ' && r <= 'ｚ', r >= 'Ａ' && r <= 'Ｚ':
		return ctLatin
	case r == ' ' || r == '\u3000' || r == '\t' || r == '\u00a0':
		return ctSpace
	}
	switch r {
	case '零', '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
		return ctHanDigit
	}
	switch {
	case r >= cjkBase && r < cjkBase+cjkSize, unicode.Is(unicode.Han, r):
		return ctHan
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return ctPunct
	}
	return ctOther
}

// numTemplates is the number of features extracted at every position; the
// trainer stores exactly this many hashed indices per character.
const numTemplates = 24

// mix is a 64-bit finalizer (splitmix64) that spreads the packed feature
// key over the hash table.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// key packs a template id and up to three runes (21 bits each) into one
// value before mixing, so no strings are built per feature.
func key(t uint64, a, b, c rune) uint64 {
	k := t<<58 ^ uint64(uint32(a))&0x1fffff ^ (uint64(uint32(b))&0x1fffff)<<21 ^ (uint64(uint32(c))&0x1fffff)<<42
	return mix(k + t*0x9e3779b97f4a7c15)
}

// extractor computes hashed feature indices for a sentence. It keeps its
// buffers between calls; it is not safe for concurrent use.
type extractor struct {
	lx    *Lexicon
	shift uint // 64 - table bits
	pad   []rune
	codes []uint8
	types []uint64
	title []bool // a title word ends here
	say   []bool // a speech verb starts here
	comp  []bool // a compound surname starts here
	// runLen / runPos describe the maximal run of transliteration
	// characters (and interpuncts) around a position: its length bucket and
	// whether the position begins, continues or ends it. A ±2 window sees
	// only part of a five-character foreign name; the run sees all of it.
	runLen, runPos []uint8
	// dense holds, when wantDense is set, numDense small-domain feature
	// values per position (see denseTemplates) for Model.fastEmissions.
	wantDense bool
	dense     []uint16
}

const padding = 4 // covers the ±2 window and the context look-around

func newExtractor(lx *Lexicon, bits uint) *extractor {
	return &extractor{lx: lx, shift: 64 - bits}
}

// extract writes numTemplates indices per character of r into out (which
// it grows as needed) and returns it.
func (x *extractor) extract(r []rune, out []uint32) []uint32 {
	n := len(r)
	x.pad = x.pad[:0]
	for range padding {
		x.pad = append(x.pad, padRune)
	}
	x.pad = append(x.pad, r...)
	for range padding {
		x.pad = append(x.pad, padRune)
	}
	m := len(x.pad)
	x.codes = resize(x.codes, m)
	x.types = resize(x.types, m)
	x.title = resize(x.title, m)
	x.say = resize(x.say, m)
	x.comp = resize(x.comp, m)
	for i, c := range x.pad {
		x.codes[i] = x.lx.code(c)
		x.types[i] = charType(c)
		x.title[i] = false
		x.say[i] = false
		x.comp[i] = false
	}
	for i := range n {
		j := i + padding
		x.title[j] = titles.endsAt(r, i)
		x.say[j] = says.startsAt(r, i)
		x.comp[j] = x.lx.isCompound(r, i)
	}
	x.runLen = resize(x.runLen, m)
	x.runPos = resize(x.runPos, m)
	for i := 0; i < m; {
		if x.codes[i]&translitBit == 0 && x.types[i] != ctDot {
			x.runLen[i], x.runPos[i] = 0, 0
			i++
			continue
		}
		k := i
		for k < m && (x.codes[k]&translitBit != 0 || x.types[k] == ctDot) {
			k++
		}
		l := uint8(min(k-i, 6))
		for q := i; q < k; q++ {
			x.runLen[q] = l
			switch {
			case k-i == 1:
				x.runPos[q] = 4
			case q == i:
				x.runPos[q] = 1
			case q == k-1:
				x.runPos[q] = 3
			default:
				x.runPos[q] = 2
			}
		}
		i = k
	}
	if x.wantDense {
		x.dense = resize(x.dense, n*numDense)
	}
	if cap(out) < n*numTemplates {
		out = make([]uint32, n*numTemplates)
	}
	out = out[:n*numTemplates]
	p, cd, ty := x.pad, x.codes, x.types
	for i := range n {
		j := i + padding
		f := out[i*numTemplates : (i+1)*numTemplates : (i+1)*numTemplates]
		c0, cm1, cm2, cp1, cp2 := p[j], p[j-1], p[j-2], p[j+1], p[j+2]
		sn := func(k int) rune { return rune(cd[k] & 3) }
		gn := func(k int) rune { return rune(cd[k] >> 2 & 31) }
		var ctx rune // title before / speech verb after, by distance
		for d := 1; d <= 3; d++ {
			if x.title[j-d] {
				ctx |= 1 << (d - 1)
				break
			}
		}
		for d := 1; d <= 4; d++ {
			if j+d < m && x.say[j+d] {
				ctx |= 1 << (2 + d)
				break
			}
		}
		var comp rune
		switch {
		case x.comp[j]:
			comp = 1
		case x.comp[j-1]:
			comp = 2
		case x.comp[j-2]:
			comp = 3
		}
		types5 := rune(ty[j-2] | ty[j-1]<<4 | ty[j]<<8 | ty[j+1]<<12 | ty[j+2]<<16)
		types2 := rune(ty[j-1]<<4 | ty[j+1])
		if x.wantDense {
			// Model.fastEmissions reads only hashedTemplates from the
			// hashed table (the bias, the character unigrams and the
			// dense templates come from its own tables), so only those
			// keys are computed; the other slots of f are left as they are.
			sh := x.shift
			f[6] = uint32(key(6, cm2, cm1, 0) >> sh)
			f[7] = uint32(key(7, cm1, c0, 0) >> sh)
			f[8] = uint32(key(8, c0, cp1, 0) >> sh)
			f[9] = uint32(key(9, cp1, cp2, 0) >> sh)
			f[10] = uint32(key(10, cm1, c0, cp1) >> sh)
			f[11] = uint32(key(11, cm1, cp1, 0) >> sh)
			f[12] = uint32(key(12, types5, 0, 0) >> sh)
			f[14] = uint32(key(14, rune(cd[j-1]), rune(cd[j]), 0) >> sh)
			f[15] = uint32(key(15, rune(cd[j]), rune(cd[j+1]), 0) >> sh)
			f[21] = uint32(key(21, ctx, c0, 0) >> sh)
			f[23] = uint32(key(23, rune(x.runLen[j]), rune(x.runPos[j]), types2) >> sh)
		} else {
			ks := [numTemplates]uint64{
				key(0, 0, 0, 0), // bias
				key(1, cm2, 0, 0),
				key(2, cm1, 0, 0),
				key(3, c0, 0, 0),
				key(4, cp1, 0, 0),
				key(5, cp2, 0, 0),
				key(6, cm2, cm1, 0),
				key(7, cm1, c0, 0),
				key(8, c0, cp1, 0),
				key(9, cp1, cp2, 0),
				key(10, cm1, c0, cp1),
				key(11, cm1, cp1, 0),
				key(12, types5, 0, 0),
				key(13, rune(cd[j]), 0, 0),
				key(14, rune(cd[j-1]), rune(cd[j]), 0),
				key(15, rune(cd[j]), rune(cd[j+1]), 0),
				key(16, sn(j-2), gn(j-1), gn(j)),
				key(17, sn(j), gn(j+1), gn(j+2)),
				key(18, sn(j-1), gn(j), gn(j+1)),
				key(19, comp, gn(j), 0),
				key(20, ctx&7, sn(j), gn(j+1)&7),
				key(21, ctx, c0, 0),
				key(22, rune(x.runLen[j]), rune(x.runPos[j]), 0),
				key(23, rune(x.runLen[j]), rune(x.runPos[j]), types2),
			}
			for t, k := range ks {
				f[t] = uint32(k >> x.shift)
			}
		}
		if x.wantDense {
			// The arguments of the denseTemplates keys above, packed
			// into table indices (see Model.buildUni and denseKey).
			d := x.dense[i*numDense : (i+1)*numDense : (i+1)*numDense]
			d[0] = uint16(cd[j])
			d[1] = uint16(sn(j-2))<<10 | uint16(gn(j-1))<<5 | uint16(gn(j))
			d[2] = uint16(sn(j))<<10 | uint16(gn(j+1))<<5 | uint16(gn(j+2))
			d[3] = uint16(sn(j-1))<<10 | uint16(gn(j))<<5 | uint16(gn(j+1))
			d[4] = uint16(comp)<<5 | uint16(gn(j))
			d[5] = uint16(ctx&7)<<5 | uint16(sn(j))<<3 | uint16(gn(j+1)&7)
			d[6] = uint16(x.runLen[j])<<3 | uint16(x.runPos[j])
		}
	}
	return out
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
