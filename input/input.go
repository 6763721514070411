// Package input reads documents: files, directories (recursively), stdin,
// and --lines corpora; it decodes their encoding and reduces HTML pages to
// their article text.
//
// Every problem with one document (unreadable, binary, too large, a symlink
// loop) becomes a Doc with Err set, and reading goes on with the next one;
// only an error from the caller's emit function stops Read.
package input

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Doc is one input document, or the error that kept it from being read.
type Doc struct {
	// Source is the path, or "-" for stdin.
	Source string
	// Line is the 1-based line number in --lines mode, 0 otherwise.
	Line int
	// Text is the decoded text: UTF-8, LF line breaks, no BOM; for an HTML
	// page, its article text.
	Text string
	// Encoding is the encoding the text was decoded from ("utf-8",
	// "gb18030", "utf-16le", …), empty when Err is set.
	Encoding string
	// HTML is set when the document was an HTML page reduced to its text.
	HTML bool
	// Err is set when the document could not be read or decoded; the caller
	// reports it and goes on with the next document. It never repeats the
	// path (the caller prints Source in front of it).
	Err error
}

// Options controls reading.
type Options struct {
	// Encoding forces a decoding ("utf-8", "gb18030", "gbk", "utf-16le",
	// "utf-16be", or any WHATWG label such as "big5"); empty means detect.
	Encoding string
	// Lines treats every input line as its own document.
	Lines bool
	// MaxBytes rejects larger documents with an error (0: no limit). In
	// Lines mode it applies to each line.
	MaxBytes int64
	// MaxLine caps one line in Lines mode; longer lines become an error
	// record (0: DefaultMaxLine).
	MaxLine int
	// Format is "text", "html", or empty to detect HTML by file extension
	// (.html, .htm) and by content. Lines mode never extracts HTML unless
	// Format is "html".
	Format string
}

// DefaultMaxLine is the longest line Lines mode reads: far beyond any real
// article, small enough that one corrupt line cannot exhaust memory.
const DefaultMaxLine = 256 << 20

// Errors a Doc can carry; test them with errors.Is.
var (
	// ErrBinary marks a file that is not text.
	ErrBinary = errors.New("binary file, skipped")
	// ErrTooLarge marks a document over Options.MaxBytes.
	ErrTooLarge = errors.New("document too large")
	// ErrLineTooLong marks a line over Options.MaxLine in Lines mode.
	ErrLineTooLong = errors.New("line too long")
	// ErrLoop marks a symbolic link that leads back to a directory being
	// read.
	ErrLoop = errors.New("symlink loop")
	// ErrNotRegular marks a special file (FIFO, socket, device) found inside
	// a directory; special files are only read when named explicitly.
	ErrNotRegular = errors.New("not a regular file, skipped")
	// ErrNoWriter marks a named pipe that nobody wrote to.
	ErrNoWriter = errors.New("named pipe has no writer")
)

// Read reads every path in order ("-" is stdin; no paths means stdin) and
// calls emit for each document as soon as it is read. Directories are read
// recursively in sorted order, skipping hidden entries and following
// symbolic links (a link back into the directory being read is reported,
// not followed). An error from emit stops reading and is returned; read
// errors go into Doc.Err instead. Read itself fails only for bad Options.
func Read(paths []string, stdin io.Reader, o Options, emit func(Doc) error) error {
	r, err := newReader(o, stdin, emit)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	for _, p := range paths {
		if err := r.path(p, true); err != nil {
			return err
		}
	}
	return nil
}

// ReadString reads one in-memory document (from an API caller or a test)
// exactly as a file called name would be read, in whole-document mode.
func ReadString(name, data string, o Options) Doc {
	r, err := newReader(o, nil, nil)
	if err != nil {
		return Doc{Source: name, Err: err}
	}
	return r.whole(name, strings.NewReader(data), -1)
}

// reader carries the state of one Read call.
type reader struct {
	o         Options
	stdin     io.Reader
	emit      func(Doc) error
	forced    *codec
	ancestors map[fileID]string
}

func newReader(o Options, stdin io.Reader, emit func(Doc) error) (*reader, error) {
	r := &reader{o: o, stdin: stdin, emit: emit, ancestors: map[fileID]string{}}
	if o.Encoding != "" {
		e, name, err := LookupEncoding(o.Encoding)
		if err != nil {
			return nil, err
		}
		r.forced = &codec{name: name, enc: e}
	}
	switch o.Format {
	case "", "text", "html":
	default:
		return nil, fmt.Errorf("unknown input format %q (want text or html)", o.Format)
	}
	if r.o.MaxLine <= 0 {
		r.o.MaxLine = DefaultMaxLine
	}
	return r, nil
}

// fileID identifies a directory across the different paths that lead to it.
type fileID struct{ dev, ino uint64 }

func idOf(st fs.FileInfo) (fileID, bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{dev: uint64(s.Dev), ino: uint64(s.Ino)}, true
}

// path reads one path; explicit is true for paths the user named, which may
// be special files (a FIFO, /dev/stdin) and may be hidden.
func (r *reader) path(p string, explicit bool) error {
	if p == "-" {
		if r.stdin == nil {
			return r.emit(Doc{Source: p, Err: errors.New("no standard input")})
		}
		return r.stream(p, r.stdin, -1)
	}
	st, err := os.Stat(p) // follows symbolic links
	if err != nil {
		return r.emit(Doc{Source: p, Err: statError(p, err)})
	}
	switch {
	case st.IsDir():
		return r.dir(p, st)
	case st.Mode().IsRegular():
		return r.file(p, st)
	case explicit:
		return r.file(p, st)
	default:
		return r.emit(Doc{Source: p, Err: ErrNotRegular})
	}
}

// dir reads a directory's entries in sorted order.
func (r *reader) dir(p string, st fs.FileInfo) error {
	if id, ok := idOf(st); ok {
		if prev, seen := r.ancestors[id]; seen {
			return r.emit(Doc{Source: p, Err: fmt.Errorf("%w: leads back to %s, skipped", ErrLoop, prev)})
		}
		r.ancestors[id] = p
		defer delete(r.ancestors, id)
	}
	// os.ReadDir sorts by name and returns the entries it read before an
	// error, so a directory that fails half-way still yields what it can.
	entries, err := os.ReadDir(p)
	if err != nil {
		if e := r.emit(Doc{Source: p, Err: describe(err)}); e != nil {
			return e
		}
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		if err := r.path(filepath.Join(p, e.Name()), false); err != nil {
			return err
		}
	}
	return nil
}

// file opens and reads one file (or special file named by the user).
func (r *reader) file(p string, st fs.FileInfo) error {
	size := int64(-1)
	if st.Mode().IsRegular() {
		size = st.Size()
		if r.o.MaxBytes > 0 && size > r.o.MaxBytes && !r.o.Lines {
			return r.emit(Doc{Source: p, Err: tooLarge(r.o.MaxBytes)})
		}
	}
	f, err := openFile(p, st)
	if err != nil {
		return r.emit(Doc{Source: p, Err: describe(err)})
	}
	defer f.Close()
	var in io.Reader = f
	if st.Mode()&fs.ModeNamedPipe != 0 {
		in = &fifoReader{f: f}
	}
	return r.stream(p, in, size)
}

// stream reads one opened input in the mode the options ask for.
func (r *reader) stream(name string, in io.Reader, size int64) error {
	if r.o.Lines {
		return r.lines(name, in)
	}
	return r.emit(r.whole(name, in, size))
}

// whole reads one input as a single document. size is the file size when
// known (-1 otherwise), used to read it in one allocation.
func (r *reader) whole(name string, in io.Reader, size int64) Doc {
	d := Doc{Source: name}
	head, err := readHead(in)
	if err != nil {
		d.Err = describe(err)
		return d
	}
	if len(head) == 0 {
		d.Encoding = EncUTF8
		return d // empty input is an empty document, not an error
	}
	full := len(head) < sniffLen
	c, err := r.codecFor(head, full)
	if err != nil {
		d.Err = err
		return d
	}
	data := head
	if !full {
		if data, err = readRest(in, head, size, r.o.MaxBytes); err != nil {
			d.Err = err
			return d
		}
	}
	if r.o.MaxBytes > 0 && int64(len(data)) > r.o.MaxBytes {
		d.Err = tooLarge(r.o.MaxBytes)
		return d
	}
	if !full && !isUTF16(c) && containsNUL(data[len(head):]) {
		// NUL bytes past the sniffed head: binary after all.
		d.Err = ErrBinary
		return d
	}
	isHTML := r.o.Format == "html" || (r.o.Format == "" && (isHTMLPath(name) || sniffHTML(head)))
	if r.forced == nil {
		if c.enc == nil || c.name == EncGB18030 {
			// The head decided provisionally; the whole file decides.
			if c.bomLen == 0 {
				c = pickByteEncoding(data)
			}
		}
		if isHTML && c.bomLen == 0 && c.name == EncGB18030 {
			// A page that declares its charset is believed when its bytes
			// are not UTF-8 anyway (Big5 pages, for one).
			if cs := htmlCharset(head); cs != "" {
				if e, n, err := LookupEncoding(cs); err == nil {
					c = codec{name: n, enc: e}
				}
			}
		}
	}
	text, err := decode(data, c)
	if err != nil {
		d.Err = err
		return d
	}
	d.Encoding = c.name
	if isHTML {
		text = ExtractHTML(text)
		d.HTML = true
	}
	d.Text = text
	return d
}

// codecFor returns the forced codec, or sniffs one from head.
func (r *reader) codecFor(head []byte, atEOF bool) (codec, error) {
	if r.forced != nil {
		c := forcedCodec(r.forced.enc, r.forced.name, head)
		if !isUTF16(c) && containsNUL(head) {
			return codec{}, ErrBinary
		}
		return c, nil
	}
	c, err := sniff(head, atEOF)
	if err != nil {
		return codec{}, ErrBinary
	}
	return c, nil
}

func containsNUL(b []byte) bool { return bytes.IndexByte(b, 0) >= 0 }

// isUTF16 reports the encodings in which NUL bytes are ordinary.
func isUTF16(c codec) bool { return c.name == EncUTF16LE || c.name == EncUTF16BE }

// readHead reads up to sniffLen bytes; fewer means the input ended.
func readHead(in io.Reader) ([]byte, error) {
	buf := make([]byte, sniffLen)
	n, err := io.ReadFull(in, buf)
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = nil
	}
	return buf[:n], err
}

// readRest reads the rest of an input after its head, within max bytes in
// all (0: no limit).
func readRest(in io.Reader, head []byte, size, max int64) ([]byte, error) {
	if max > 0 && int64(len(head)) > max {
		return nil, tooLarge(max)
	}
	capacity := int64(len(head)) * 2
	if size > int64(len(head)) {
		capacity = size + 1 // +1 so that io.ReadAll's final EOF read fits
	}
	if max > 0 && capacity > max+1 {
		capacity = max + 1
	}
	buf := make([]byte, len(head), capacity)
	copy(buf, head)
	if max > 0 {
		in = io.LimitReader(in, max+1-int64(len(head)))
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := in.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, describe(err)
		}
	}
	if max > 0 && int64(len(buf)) > max {
		return nil, tooLarge(max)
	}
	return buf, nil
}

// statError explains why a path cannot be looked at, naming broken and
// looping symbolic links as such.
func statError(p string, err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return fmt.Errorf("%w: too many levels of symbolic links", ErrLoop)
	}
	if errors.Is(err, fs.ErrNotExist) {
		if lst, lerr := os.Lstat(p); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(p)
			return fmt.Errorf("broken symbolic link to %s: %w", target, fs.ErrNotExist)
		}
	}
	return describe(err)
}

func tooLarge(max int64) error {
	return fmt.Errorf("%w: larger than the limit of %d bytes", ErrTooLarge, max)
}

// describe turns an OS error into a message without the path (the caller
// prints the path in front of it), keeping the cause for errors.Is.
func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return fmt.Errorf("no such file or directory: %w", fs.ErrNotExist)
		}
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return fmt.Errorf("reading: %w", err)
}
