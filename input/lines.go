package input

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/transform"
)

// lines reads an input as one document per line, streaming: only the
// current line is held in memory, and a line over the cap becomes an error
// record while reading goes on with the next line.
func (r *reader) lines(name string, in io.Reader) error {
	br := bufio.NewReaderSize(in, sniffLen)
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull && len(head) == 0 {
		// With some data read, the error is met again (and reported with
		// its line number) when the lines are read.
		return r.emit(Doc{Source: name, Err: describe(err)})
	}
	if len(head) == 0 {
		return nil // an empty corpus has no lines, hence no documents
	}
	c, err := r.codecFor(head, len(head) < sniffLen)
	if err != nil {
		return r.emit(Doc{Source: name, Err: err})
	}
	if _, err := br.Discard(c.bomLen); err != nil {
		return r.emit(Doc{Source: name, Err: describe(err)})
	}
	// UTF-16 and forced encodings are decoded as a stream, before lines
	// are split (a UTF-16 newline is two bytes). Otherwise each line picks
	// UTF-8 or GB18030 on its own, so a corpus that mixes them still reads.
	perLine := r.forced == nil && (c.enc == nil || c.name == EncGB18030)
	lr := br
	if !perLine && c.enc != nil {
		lr = bufio.NewReaderSize(transform.NewReader(br, c.enc.NewDecoder()), sniffLen)
	}
	max, overErr := r.o.MaxLine, ErrLineTooLong
	if r.o.MaxBytes > 0 && r.o.MaxBytes < int64(max) {
		max, overErr = int(r.o.MaxBytes), ErrTooLarge
	}
	var buf []byte
	for n := 1; ; n++ {
		var ok, tooLong bool
		buf, ok, tooLong, err = readLine(lr, max, buf[:0])
		if err != nil && err != io.EOF {
			return r.emit(Doc{Source: name, Line: n, Err: describe(err)})
		}
		if !ok {
			return nil
		}
		if tooLong {
			e := fmt.Errorf("%w: longer than %d bytes, skipped", overErr, max)
			if err := r.emit(Doc{Source: name, Line: n, Err: e}); err != nil {
				return err
			}
		} else if err := r.line(name, n, buf, c, perLine); err != nil {
			return err
		}
		if err == io.EOF {
			return nil
		}
		if cap(buf) > 4<<20 {
			buf = nil // let a rare huge line's buffer go instead of keeping it
		}
	}
}

// line decodes and emits one line; blank lines are skipped (but counted).
func (r *reader) line(name string, n int, b []byte, c codec, perLine bool) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil
	}
	if perLine || !isUTF16(c) {
		if bytes.IndexByte(b, 0) >= 0 {
			return r.emit(Doc{Source: name, Line: n, Err: fmt.Errorf("%w (NUL bytes in line)", ErrBinary)})
		}
	}
	if perLine {
		c = pickByteEncoding(b)
	} else {
		c = codec{name: c.name} // already decoded to UTF-8 by the stream
	}
	c.bomLen = 0
	enc := c.name
	if !perLine {
		c.name = EncUTF8
	}
	text, err := decode(b, c)
	if err != nil {
		return r.emit(Doc{Source: name, Line: n, Err: err})
	}
	// A lone CR inside a line would become a line break: the line is one
	// document of one line, so it becomes a space instead.
	text = strings.ReplaceAll(text, "\n", " ")
	if strings.TrimSpace(text) == "" {
		return nil
	}
	d := Doc{Source: name, Line: n, Text: text, Encoding: enc}
	if r.o.Format == "html" {
		d.Text, d.HTML = ExtractHTML(text), true
	}
	return r.emit(d)
}

// readLine reads one line into buf (without its line break). ok is false
// when the input had no more bytes. A line longer than max is consumed to
// its end but not kept: tooLong is set and buf is empty.
func readLine(br *bufio.Reader, max int, buf []byte) (line []byte, ok, tooLong bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		if len(frag) > 0 {
			ok = true
		}
		if !tooLong {
			content := len(buf) + len(frag)
			if bytes.HasSuffix(frag, []byte("\n")) {
				content--
			}
			if content > max+1 { // +1: a CR before the LF
				tooLong, buf = true, buf[:0]
			} else {
				buf = appendDoubling(buf, frag, max+2)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		err = e
		break
	}
	buf = bytes.TrimSuffix(buf, []byte("\n"))
	buf = bytes.TrimSuffix(buf, []byte("\r"))
	if len(buf) > max {
		tooLong, buf = true, buf[:0]
	}
	return buf, ok, tooLong, err
}

// appendDoubling appends b to buf, doubling its capacity when it must grow
// (up to limit): append alone grows large slices by a quarter at a time,
// which for a 100 MB line allocates five times the line.
func appendDoubling(buf, b []byte, limit int) []byte {
	if need := len(buf) + len(b); need > cap(buf) {
		c := 2 * cap(buf)
		if c > limit {
			c = limit
		}
		if c < need {
			c = need
		}
		nb := make([]byte, len(buf), c)
		copy(nb, buf)
		buf = nb
	}
	return append(buf, b...)
}
