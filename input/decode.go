package input

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Encoding names reported in Doc.Encoding.
const (
	EncUTF8    = "utf-8"
	EncUTF16LE = "utf-16le"
	EncUTF16BE = "utf-16be"
	EncGB18030 = "gb18030"
)

// sniffLen is how much of a document is looked at before deciding whether it
// is binary and which encoding it uses. Big enough to hold many lines of any
// real text, small enough that a 4 GB video is rejected after one read.
const sniffLen = 64 << 10

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// codec is a decided encoding: its name, a decoder (nil for UTF-8, which
// needs only invalid-byte replacement) and the length of the BOM to drop.
type codec struct {
	name   string
	enc    encoding.Encoding
	bomLen int
}

// LookupEncoding resolves an --encoding name (any WHATWG label: "utf-8",
// "gbk", "gb2312", "gb18030", "big5", "utf-16le", "utf-16be", …). The CLI can
// call it to reject a bad name before reading anything.
func LookupEncoding(name string) (encoding.Encoding, string, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "utf8":
		n = EncUTF8
	case "utf16le", "utf-16":
		n = EncUTF16LE
	case "utf16be":
		n = EncUTF16BE
	case "gb2312", "gbk", "cp936":
		// GB18030 is a strict superset of GBK and GB2312; decoding with it
		// also handles the four-byte sequences real "GBK" files contain.
		n = EncGB18030
	}
	e, err := htmlindex.Get(n)
	if err != nil {
		return nil, "", fmt.Errorf("unknown encoding %q (want utf-8, gb18030, gbk, big5, utf-16le, utf-16be, …)", name)
	}
	canon, _ := htmlindex.Name(e)
	if n == EncGB18030 {
		canon = EncGB18030
	}
	return e, canon, nil
}

// forcedCodec returns the codec for a forced encoding, dropping a BOM that
// matches it.
func forcedCodec(e encoding.Encoding, name string, head []byte) codec {
	c := codec{name: name, enc: e}
	switch name {
	case EncUTF8:
		c.enc = nil
		if bytes.HasPrefix(head, bomUTF8) {
			c.bomLen = 3
		}
	case EncUTF16LE:
		if bytes.HasPrefix(head, bomUTF16LE) {
			c.bomLen = 2
		}
	case EncUTF16BE:
		if bytes.HasPrefix(head, bomUTF16BE) {
			c.bomLen = 2
		}
	}
	return c
}

// errBinaryHead is returned by sniff for data that is not text.
var errBinaryHead = errors.New("binary")

// sniff decides the encoding of a document from its first bytes. atEOF says
// head is the whole document (so a rune cut at its end is really invalid).
// It returns errBinaryHead for data that is not text in any encoding it
// knows. The decision between UTF-8 and GB18030 is provisional: callers with
// the whole document refine it with pickByteEncoding.
func sniff(head []byte, atEOF bool) (codec, error) {
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		if bytes.IndexByte(head, 0) >= 0 || looksBinary(head) {
			return codec{}, errBinaryHead // a BOM does not make binary text
		}
		return codec{name: EncUTF8, bomLen: 3}, nil
	case bytes.HasPrefix(head, bomUTF16LE):
		return codec{name: EncUTF16LE, enc: xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), bomLen: 2}, nil
	case bytes.HasPrefix(head, bomUTF16BE):
		return codec{name: EncUTF16BE, enc: xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), bomLen: 2}, nil
	}
	if bytes.IndexByte(head, 0) >= 0 {
		if c, ok := guessUTF16(head); ok {
			return c, nil
		}
		return codec{}, errBinaryHead
	}
	if looksBinary(head) {
		return codec{}, errBinaryHead
	}
	if !atEOF {
		head = trimPartialRune(head)
	}
	return pickByteEncoding(head), nil
}

// looksBinary reports data with many C0 control bytes other than the ones
// text uses (tab, newline, form feed, carriage return, escape).
func looksBinary(b []byte) bool {
	ctrl := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1b) || c == 0x7f {
			ctrl++
		}
	}
	return ctrl > 0 && ctrl*10 > len(b)
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of a sample,
// so a sample boundary inside a character does not count as invalid.
func trimPartialRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// pickByteEncoding chooses between UTF-8 and GB18030 for data without BOM
// or NUL bytes. Valid UTF-8 is UTF-8. Otherwise what matters is how many of
// the non-ASCII bytes form valid UTF-8 sequences: in a UTF-8 file with a few
// stray bytes nearly all do, in GBK text only the accidental pairs (lead
// C2–DF followed by a trail A1–BF) do — about one in ten. So a file that is
// mostly valid UTF-8 stays UTF-8 (its bad bytes become U+FFFD) instead of
// being turned into GB18030 mojibake as a whole.
func pickByteEncoding(b []byte) codec {
	if utf8.Valid(b) {
		return codec{name: EncUTF8}
	}
	var nonASCII, valid int
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		nonASCII += n
		if r != utf8.RuneError || n > 1 {
			valid += n
		}
		i += n
	}
	if valid*4 >= nonASCII*3 {
		return codec{name: EncUTF8}
	}
	return codec{name: EncGB18030, enc: simplifiedchinese.GB18030}
}

// guessUTF16 recognises UTF-16 without a BOM. Text in UTF-16 has its NUL
// bytes in the high half of ASCII characters, so nearly all of them fall on
// one parity (odd offsets for little endian); the decoded text must then be
// made of the scripts a Chinese or Western document uses. Binary data fails
// one test or the other.
func guessUTF16(b []byte) (codec, bool) {
	var even, odd int
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	var c codec
	switch {
	case odd >= 9*(even+odd)/10 && odd > even:
		c = codec{name: EncUTF16LE, enc: xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM)}
	case even >= 9*(even+odd)/10 && even > odd:
		c = codec{name: EncUTF16BE, enc: xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM)}
	default:
		return codec{}, false
	}
	n := len(b) &^ 1
	out, err := c.enc.NewDecoder().Bytes(b[:n])
	if err != nil {
		return codec{}, false
	}
	total, bad := 0, 0
	for _, r := range string(out) {
		total++
		if !plausibleRune(r) {
			bad++
		}
	}
	// A cut surrogate pair at the end of the sample costs one rune.
	if total == 0 || bad > 1+total/100 {
		return codec{}, false
	}
	return c, true
}

// plausibleRune reports characters a text document is made of: printable
// characters of the Latin, Greek and Cyrillic alphabets, punctuation and
// symbols, CJK, kana and full-width forms, emoji and the supplementary CJK
// planes, plus tab and line breaks.
func plausibleRune(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r' || r == '\f':
		return true
	case r == utf8.RuneError || r < 0x20 || (r >= 0x7f && r < 0xa0):
		return false
	case r < 0x0530, // Latin, IPA, Greek, Cyrillic
		r >= 0x2000 && r < 0x2c00, // punctuation, symbols, arrows, box drawing
		r >= 0x2e80 && r < 0xa000, // CJK radicals … CJK unified ideographs
		r >= 0xf900 && r < 0xfb00, // CJK compatibility ideographs
		r >= 0xfe30 && r < 0xfe50, // CJK compatibility forms
		r >= 0xff00 && r < 0xfff0, // full-width forms
		r >= 0x1f000 && r < 0x1fb00,
		r >= 0x20000 && r < 0x32000:
		return unicode.IsPrint(r) || unicode.Is(unicode.Han, r)
	}
	return false
}

// decode turns raw bytes into normalised UTF-8 text: BOM dropped, invalid
// sequences replaced by U+FFFD, CRLF and lone CR turned into LF.
func decode(b []byte, c codec) (string, error) {
	if c.bomLen > 0 && len(b) >= c.bomLen {
		b = b[c.bomLen:]
	}
	var s string
	if c.enc == nil {
		if utf8.Valid(b) {
			s = string(b)
		} else {
			s = strings.ToValidUTF8(string(b), "\uFFFD")
		}
	} else {
		out, err := c.enc.NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("decoding %s: %w", c.name, err)
		}
		s = string(out)
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	s = strings.TrimPrefix(s, "\uFEFF")
	return normalizeNewlines(s), nil
}

// normalizeNewlines turns CRLF and lone CR into LF, so that every stage sees
// one kind of line break.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
