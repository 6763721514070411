package input

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

// bigFile writes size bytes of 字 (3 bytes each) with no newline.
func bigFile(t testing.TB, size int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	chunk := strings.Repeat("字", 1<<16)
	for n := 0; n < size; n += len(chunk) {
		if _, err := w.WriteString(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// allocDuring returns the bytes allocated while f runs.
func allocDuring(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHugeFileNoNewline reads a 100 MB file without a line break, whole and
// in --lines mode. Whole, it is one document and the reader allocates a
// small multiple of its size (the bytes and the string); in --lines mode
// with a cap under its size, it is one error record and the reader
// allocates about the cap, not the file.
func TestHugeFileNoNewline(t *testing.T) {
	if testing.Short() {
		t.Skip("100 MB file; skipped with -short")
	}
	const size = 100 << 20
	p := bigFile(t, size)
	st, _ := os.Stat(p)
	n := st.Size()

	var d Doc
	alloc := allocDuring(func() { d = readOne(t, p, Options{}) })
	if d.Err != nil || int64(len(d.Text)) != n {
		t.Fatalf("whole: err %v, %d bytes of %d", d.Err, len(d.Text), n)
	}
	d = Doc{}
	if alloc > uint64(n)*5/2 {
		t.Errorf("whole: allocated %d MB for a %d MB file", alloc>>20, n>>20)
	}
	t.Logf("whole: allocated %d MB for a %d MB file", alloc>>20, n>>20)

	var docs []Doc
	alloc = allocDuring(func() { docs = readAll(t, []string{p}, nil, Options{Lines: true, MaxLine: 16 << 20}) })
	if len(docs) != 1 || !errors.Is(docs[0].Err, ErrLineTooLong) || docs[0].Line != 1 {
		t.Fatalf("lines, capped: %+v", docs)
	}
	if alloc > 48<<20 {
		t.Errorf("lines, capped at 16 MB: allocated %d MB", alloc>>20)
	}
	t.Logf("lines, capped at 16 MB: allocated %d MB", alloc>>20)

	// Under the default 256 MiB cap the line is a document.
	docs = readAll(t, []string{p}, nil, Options{Lines: true})
	if len(docs) != 1 || docs[0].Err != nil || int64(len(docs[0].Text)) != n {
		t.Fatalf("lines, default cap: %d docs, err %v", len(docs), docs[0].Err)
	}
}

// TestLinesStreamBoundedHeap reads a 100 MB corpus of short lines and
// checks that the live heap stays small while documents stream out: the
// reader holds one line, not the file.
func TestLinesStreamBoundedHeap(t *testing.T) {
	if testing.Short() {
		t.Skip("100 MB corpus; skipped with -short")
	}
	p := filepath.Join(t.TempDir(), "corpus.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	line := strings.Repeat("会议强调，要坚持以人民为中心。", 20) + "\n" // 901 bytes
	nLines := (100 << 20) / len(line)
	for i := 0; i < nLines; i++ {
		w.WriteString(line)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var maxHeap uint64
	count := 0
	err = Read([]string{p}, nil, Options{Lines: true}, func(d Doc) error {
		if d.Err != nil {
			return d.Err
		}
		count++
		if count%20000 == 0 {
			// After a collection, HeapAlloc is the live heap: what the
			// reader holds, not garbage the collector has yet to free.
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > maxHeap {
				maxHeap = m.HeapAlloc
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != nLines {
		t.Errorf("%d documents, want %d", count, nLines)
	}
	if maxHeap > 8<<20 {
		t.Errorf("live heap reached %d MB reading a 100 MB corpus", maxHeap>>20)
	}
	t.Logf("%d lines, peak live heap %d KB", count, maxHeap>>10)
}

func TestMillionCharLine(t *testing.T) {
	long := strings.Repeat("长", 1000000)
	in := "第一行。\n" + long + "\n第三行。"
	docs := readAll(t, nil, strings.NewReader(in), Options{Lines: true})
	if len(docs) != 3 {
		t.Fatalf("%d docs", len(docs))
	}
	if docs[1].Err != nil || docs[1].Line != 2 || utf8.RuneCountInString(docs[1].Text) != 1000000 {
		t.Errorf("long line: line %d err %v, %d chars", docs[1].Line, docs[1].Err, utf8.RuneCountInString(docs[1].Text))
	}
	if docs[2].Text != "第三行。" || docs[2].Line != 3 {
		t.Errorf("line after the long one: %+v", docs[2])
	}
}

func TestUTF16WithoutBOMLines(t *testing.T) {
	// UTF-16 without BOM is recognised in --lines mode too.
	docs := readAll(t, []string{filepath.Join(fixtures, "article.utf16le.txt")}, nil, Options{Lines: true})
	if len(docs) != 4 || docs[0].Encoding != EncUTF16LE || docs[0].Text != "全县秋冬季农业生产工作会议召开" {
		t.Errorf("%+v", docs)
	}
}

func TestBinaryNotMistakenForUTF16(t *testing.T) {
	// NUL bytes all on odd offsets, but the pairs decode to no script:
	// binary, not UTF-16.
	b := make([]byte, 4096)
	for i := range b {
		if i%2 == 0 {
			b[i] = byte(0x01 + i%7)
		}
	}
	if d := ReadString("x.bin", string(b), Options{}); !errors.Is(d.Err, ErrBinary) {
		t.Errorf("err = %v, encoding %q", d.Err, d.Encoding)
	}
}

func BenchmarkReadLines(b *testing.B) {
	p := filepath.Join(b.TempDir(), "corpus.txt")
	line := strings.Repeat("会议强调，要坚持以人民为中心。", 20) + "\n"
	if err := os.WriteFile(p, []byte(strings.Repeat(line, 10000)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(line) * 10000))
	b.ReportAllocs()
	for b.Loop() {
		if err := Read([]string{p}, nil, Options{Lines: true}, func(Doc) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadWhole(b *testing.B) {
	p := filepath.Join(b.TempDir(), "article.txt")
	text := strings.Repeat(strings.Repeat("会议强调，要坚持以人民为中心。", 20)+"\n", 100)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Read([]string{p}, nil, Options{}, func(Doc) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLinesLoneCR(t *testing.T) {
	// A lone CR inside a line (found by FuzzInput) must not split the
	// document: each --lines document is one line.
	docs := readAll(t, nil, strings.NewReader("甲\r乙\r\n丙\n"), Options{Lines: true})
	if len(docs) != 2 || docs[0].Text != "甲 乙" || docs[1].Text != "丙" || docs[1].Line != 2 {
		t.Errorf("%+v", docs)
	}
}
