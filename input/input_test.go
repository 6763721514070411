package input

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const fixtures = "../testdata/input"

// readAll runs Read and collects every document.
func readAll(t *testing.T, paths []string, stdin io.Reader, o Options) []Doc {
	t.Helper()
	var docs []Doc
	if err := Read(paths, stdin, o, func(d Doc) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatalf("Read(%v): %v", paths, err)
	}
	return docs
}

// readOne reads a single path that must give exactly one document.
func readOne(t *testing.T, path string, o Options) Doc {
	t.Helper()
	docs := readAll(t, []string{path}, nil, o)
	if len(docs) != 1 {
		t.Fatalf("%s: got %d documents, want 1: %+v", path, len(docs), docs)
	}
	return docs[0]
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestEncodings(t *testing.T) {
	want := fixture(t, "article.utf8.txt")
	tests := []struct {
		file, force, enc string
	}{
		{"article.utf8.txt", "", EncUTF8},
		{"article.utf8-bom.txt", "", EncUTF8},
		{"article.crlf.txt", "", EncUTF8},
		{"article.gb18030.txt", "", EncGB18030},
		{"article.utf16le-bom.txt", "", EncUTF16LE},
		{"article.utf16be-bom.txt", "", EncUTF16BE},
		{"article.utf16le.txt", "", EncUTF16LE},
		{"article.utf16be.txt", "", EncUTF16BE},
		// Forcing an encoding overrides detection (and drops its BOM).
		{"article.gb18030.txt", "gbk", EncGB18030},
		{"article.utf16le-bom.txt", "utf-16le", EncUTF16LE},
		{"article.utf8-bom.txt", "UTF-8", EncUTF8},
	}
	for _, tc := range tests {
		t.Run(tc.file+"/"+tc.force, func(t *testing.T) {
			d := readOne(t, filepath.Join(fixtures, tc.file), Options{Encoding: tc.force})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			if d.Text != want {
				t.Errorf("text = %q\nwant   %q", d.Text, want)
			}
			if d.Encoding != tc.enc {
				t.Errorf("encoding = %q, want %q", d.Encoding, tc.enc)
			}
		})
	}
}

func TestForcedEncodingWins(t *testing.T) {
	// UTF-8 bytes forced through GB18030 give mojibake, not the article:
	// the option really is obeyed.
	d := readOne(t, filepath.Join(fixtures, "article.utf8.txt"), Options{Encoding: "gb18030"})
	if d.Err != nil || d.Encoding != EncGB18030 || strings.Contains(d.Text, "会议") {
		t.Errorf("forced gb18030 on UTF-8: enc %q err %v text %.40q", d.Encoding, d.Err, d.Text)
	}
	if err := Read([]string{"x"}, nil, Options{Encoding: "klingon"}, func(Doc) error { return nil }); err == nil {
		t.Error("unknown encoding accepted")
	}
}

func TestStrayBytes(t *testing.T) {
	want := fixture(t, "article.utf8.txt")
	tests := []struct {
		file, enc string
		repl      int // U+FFFD expected in the text
	}{
		// A UTF-8 file with one bad byte stays UTF-8; the byte becomes U+FFFD.
		{"article.utf8-invalid.txt", EncUTF8, 1},
		// A GB18030 file with two stray bytes stays GB18030.
		{"article.gb18030-stray.txt", EncGB18030, 2},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			d := readOne(t, filepath.Join(fixtures, tc.file), Options{})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			if d.Encoding != tc.enc {
				t.Errorf("encoding = %q, want %q", d.Encoding, tc.enc)
			}
			if n := strings.Count(d.Text, "\uFFFD"); n != tc.repl {
				t.Errorf("%d replacement characters, want %d: %q", n, tc.repl, d.Text)
			}
			if got := strings.ReplaceAll(d.Text, "\uFFFD", ""); got != want {
				t.Errorf("text without U+FFFD = %q\nwant %q", got, want)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	for _, name := range []string{"news.html", "notice.gbk.htm", "portal.htm"} {
		t.Run(name, func(t *testing.T) {
			d := readOne(t, filepath.Join(fixtures, name), Options{})
			if d.Err != nil {
				t.Fatal(d.Err)
			}
			if !d.HTML {
				t.Error("not recognised as HTML")
			}
			want := strings.TrimSuffix(fixture(t, name+".want"), "\n")
			if d.Text != want {
				t.Errorf("text:\n%s\nwant:\n%s", d.Text, want)
			}
		})
	}
}

func TestHTMLSniffing(t *testing.T) {
	page := fixture(t, "news.html")
	// Content sniffing: an HTML page on stdin or in a .txt file.
	docs := readAll(t, nil, strings.NewReader(page), Options{})
	if len(docs) != 1 || !docs[0].HTML || strings.Contains(docs[0].Text, "<p>") {
		t.Errorf("stdin page not extracted: %+v", docs)
	}
	// Format "text" turns extraction off.
	d := ReadString("page.html", page, Options{Format: "text"})
	if d.HTML || !strings.Contains(d.Text, "<p>") {
		t.Errorf("format text still extracted HTML")
	}
	// A plain article mentioning tags is not HTML.
	d = ReadString("a.txt", "文章讨论<html>标签的写法。\n第二段。", Options{})
	if d.HTML {
		t.Error("plain text sniffed as HTML")
	}
}

func TestHTMLNeverLosesArticle(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string // must all be in the text
		not        []string // must not be
	}{
		{"no body tag", "<p>第一段，正文内容。</p><p>第二段，正文内容。</p>", []string{"第一段", "第二段"}, nil},
		{"broken tags", "<html><body><div><p>未闭合的段落，正文一。<div><p>正文二，继续。</span></b></html>", []string{"正文一", "正文二"}, nil},
		{"article split in two containers", `<body><div id=a><p>上半篇，很长的一段正文内容在这里。</p><p>继续上半篇，还有内容。</p></div><div id=b><p>下半篇，同样很长的一段正文内容在这里。</p><p>继续下半篇，还有内容。</p></div></body>`,
			[]string{"上半篇", "下半篇"}, nil},
		{"nav and script dropped", `<body><nav>导航，链接</nav><script>var a="脚本，内容。";</script><style>p{}</style><article><p>正文，这里。</p></article><footer>版权所有，某网。</footer></body>`,
			[]string{"正文"}, []string{"导航", "脚本", "版权", "p{}"}},
		{"one long paragraph and a short one", "<body><div><p>" + strings.Repeat("很长的一段正文，", 30) + "</p><p>（完）</p></div><div><a href=1>链接</a></div></body>",
			[]string{"很长的一段正文", "（完）"}, []string{"链接"}},
		{"text with br only", "<body><div id=zoom>第一段，正文。<br>第二段，正文。<br>第三段，正文。</div><div><a href=1>链接</a></div></body>",
			[]string{"第一段", "第二段", "第三段"}, []string{"链接"}},
		{"empty page", "<html><body></body></html>", nil, nil},
		{"only links", `<body><a href=1>链接一</a><a href=2>链接二</a></body>`, []string{"链接一", "链接二"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractHTML(tc.page)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("lost %q: %q", w, got)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("kept %q: %q", w, got)
				}
			}
		})
	}
}

func TestDeeplyNestedHTML(t *testing.T) {
	const depth = 100000
	page := "<html><body>" + strings.Repeat("<div><span>", depth) + "深处的正文，在这里。" + strings.Repeat("</span></div>", depth/2)
	start := time.Now()
	got := ExtractHTML(page)
	if !strings.Contains(got, "深处的正文") {
		t.Errorf("lost the text: %.80q", got)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v", el)
	}
}

func TestEmptyAndPunctuation(t *testing.T) {
	d := readOne(t, filepath.Join(fixtures, "empty.txt"), Options{})
	if d.Err != nil || d.Text != "" {
		t.Errorf("empty file: %+v", d)
	}
	docs := readAll(t, []string{"-"}, strings.NewReader(""), Options{})
	if len(docs) != 1 || docs[0].Err != nil || docs[0].Text != "" || docs[0].Source != "-" {
		t.Errorf("empty stdin: %+v", docs)
	}
	d = readOne(t, filepath.Join(fixtures, "punct.txt"), Options{})
	if d.Err != nil || d.Text != fixture(t, "punct.txt") {
		t.Errorf("punctuation file: %+v", d)
	}
	if docs := readAll(t, []string{filepath.Join(fixtures, "punct.txt")}, nil, Options{Lines: true}); len(docs) != 1 || docs[0].Line != 2 {
		t.Errorf("punctuation file, lines: %+v", docs)
	}
	if docs := readAll(t, []string{filepath.Join(fixtures, "empty.txt")}, nil, Options{Lines: true}); len(docs) != 0 {
		t.Errorf("empty file in lines mode gave %+v", docs)
	}
}

func TestBinary(t *testing.T) {
	for _, lines := range []bool{false, true} {
		d := readOne(t, filepath.Join(fixtures, "image.png"), Options{Lines: lines})
		if !errors.Is(d.Err, ErrBinary) || d.Err.Error() != "binary file, skipped" {
			t.Errorf("lines=%v: err = %v", lines, d.Err)
		}
	}
	// Control characters without NUL bytes are binary too.
	d := ReadString("x", strings.Repeat("\x01\x02\x03abc", 100), Options{})
	if !errors.Is(d.Err, ErrBinary) {
		t.Errorf("control bytes: err = %v", d.Err)
	}
	// A BOM does not make binary data text; NUL bytes past the sniffed
	// head still make a file binary.
	for name, data := range map[string]string{
		"bom+nul":   "\uFEFF\x00abc",
		"late nul":  strings.Repeat("文字。\n", 30000) + "\x00",
		"late nul2": strings.Repeat("a", sniffLen) + "\x00",
	} {
		if d := ReadString(name, data, Options{}); !errors.Is(d.Err, ErrBinary) {
			t.Errorf("%s: err = %v", name, d.Err)
		}
	}
	// A text file with one form feed is text.
	d = ReadString("x", "第一页\f第二页", Options{})
	if d.Err != nil {
		t.Errorf("form feed: %v", d.Err)
	}
}

func TestLines(t *testing.T) {
	docs := readAll(t, []string{filepath.Join(fixtures, "corpus.lines.txt")}, nil, Options{Lines: true})
	type lt struct {
		line int
		text string
	}
	want := []lt{{1, "第一篇文章，讲农业。"}, {4, "第四行是第二篇。"}, {5, "第五行"}}
	if len(docs) != len(want) {
		t.Fatalf("got %+v", docs)
	}
	for i, w := range want {
		if docs[i].Line != w.line || docs[i].Text != w.text || docs[i].Err != nil {
			t.Errorf("doc %d = %+v, want %+v", i, docs[i], w)
		}
	}
}

func TestLinesEncodings(t *testing.T) {
	wantLines := strings.Split(strings.TrimSuffix(fixture(t, "article.utf8.txt"), "\n"), "\n")
	for _, f := range []string{"article.gb18030.txt", "article.utf16le-bom.txt", "article.utf16be.txt", "article.utf8-bom.txt", "article.crlf.txt"} {
		t.Run(f, func(t *testing.T) {
			docs := readAll(t, []string{filepath.Join(fixtures, f)}, nil, Options{Lines: true})
			if len(docs) != len(wantLines) {
				t.Fatalf("got %d docs: %+v", len(docs), docs)
			}
			for i, d := range docs {
				if d.Err != nil || d.Text != wantLines[i] || d.Line != i+1 {
					t.Errorf("line %d: %+v, want %q", i+1, d, wantLines[i])
				}
			}
		})
	}
	// A corpus mixing UTF-8 and GB18030 lines reads both.
	gb, _ := os.ReadFile(filepath.Join(fixtures, "article.gb18030.txt"))
	mixed := "第一行是UTF-8。\n" + strings.SplitN(string(gb), "\n", 2)[0] + "\n"
	docs := readAll(t, nil, strings.NewReader(mixed), Options{Lines: true})
	if len(docs) != 2 || docs[1].Text != wantLines[0] || docs[1].Encoding != EncGB18030 {
		t.Errorf("mixed corpus: %+v", docs)
	}
}

func TestLinesCapAndMaxBytes(t *testing.T) {
	in := "短行。\n" + strings.Repeat("长", 100) + "\n又一短行。\n"
	docs := readAll(t, nil, strings.NewReader(in), Options{Lines: true, MaxLine: 100})
	if len(docs) != 3 || docs[0].Err != nil || !errors.Is(docs[1].Err, ErrLineTooLong) || docs[1].Line != 2 || docs[2].Text != "又一短行。" || docs[2].Line != 3 {
		t.Errorf("line cap: %+v", docs)
	}
	docs = readAll(t, nil, strings.NewReader(in), Options{Lines: true, MaxBytes: 100})
	if len(docs) != 3 || !errors.Is(docs[1].Err, ErrTooLarge) {
		t.Errorf("max bytes per line: %+v", docs)
	}
	d := readOne(t, filepath.Join(fixtures, "article.utf8.txt"), Options{MaxBytes: 100})
	if !errors.Is(d.Err, ErrTooLarge) || !strings.Contains(d.Err.Error(), "100 bytes") {
		t.Errorf("max bytes, file: %v", d.Err)
	}
	docs = readAll(t, nil, strings.NewReader(strings.Repeat("字", 200000)), Options{MaxBytes: 1000})
	if len(docs) != 1 || !errors.Is(docs[0].Err, ErrTooLarge) {
		t.Errorf("max bytes, stdin: %+v", docs)
	}
	d = readOne(t, filepath.Join(fixtures, "article.utf8.txt"), Options{MaxBytes: 466})
	if d.Err != nil {
		t.Errorf("file of exactly MaxBytes rejected: %v", d.Err)
	}
}

// tree builds a directory for the directory tests:
//
//	b.txt, a/1.txt, a/2.html, a/sub/3.txt, .hidden/x.txt, .h.txt,
//	a/loop -> .. (a symlink loop), broken -> nowhere, link.txt -> a/1.txt
func tree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":         "乙。",
		"a/1.txt":       "一。",
		"a/2.html":      "<html><body><p>二。</p></body></html>",
		"a/sub/3.txt":   "三。",
		".hidden/x.txt": "隐藏。",
		".h.txt":        "隐藏。",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{"a/loop": "..", "broken": "nowhere", "link.txt": "a/1.txt"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestDirectory(t *testing.T) {
	dir := tree(t)
	docs := readAll(t, []string{dir}, nil, Options{})
	var got []string
	for _, d := range docs {
		rel, _ := filepath.Rel(dir, d.Source)
		if d.Err != nil {
			got = append(got, rel+" ERR")
		} else {
			got = append(got, rel+" "+d.Text)
		}
	}
	want := []string{"a/1.txt 一。", "a/2.html 二。", "a/loop ERR", "a/sub/3.txt 三。", "b.txt 乙。", "broken ERR", "link.txt 一。"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, d := range docs {
		switch filepath.Base(d.Source) {
		case "loop":
			if !errors.Is(d.Err, ErrLoop) {
				t.Errorf("loop: %v", d.Err)
			}
		case "broken":
			if !errors.Is(d.Err, fs.ErrNotExist) || !strings.Contains(d.Err.Error(), "broken symbolic link") {
				t.Errorf("broken: %v", d.Err)
			}
		}
	}
	// A hidden file named explicitly is read.
	if d := readOne(t, filepath.Join(dir, ".h.txt"), Options{}); d.Text != "隐藏。" {
		t.Errorf("explicit hidden file: %+v", d)
	}
}

func TestSelfLoopSymlink(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "self")
	if err := os.Symlink("self", p); err != nil {
		t.Fatal(err)
	}
	d := readOne(t, p, Options{})
	if !errors.Is(d.Err, ErrLoop) {
		t.Errorf("self loop: %v", d.Err)
	}
}

func TestNonexistent(t *testing.T) {
	docs := readAll(t, []string{"/nonexistent/wenxi.txt", filepath.Join(fixtures, "empty.txt")}, nil, Options{})
	if len(docs) != 2 {
		t.Fatalf("got %+v", docs)
	}
	if !errors.Is(docs[0].Err, fs.ErrNotExist) || strings.Contains(docs[0].Err.Error(), "/nonexistent") {
		t.Errorf("err = %v (want not-exist, without the path)", docs[0].Err)
	}
	if docs[1].Err != nil {
		t.Errorf("reading stopped after the error: %+v", docs[1])
	}
}

func TestUnreadable(t *testing.T) {
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		p := filepath.Join(dir, "secret.txt")
		if err := os.WriteFile(p, []byte("秘密。"), 0o000); err != nil {
			t.Fatal(err)
		}
		d := readOne(t, p, Options{})
		if !errors.Is(d.Err, fs.ErrPermission) {
			t.Errorf("chmod 000: %v", d.Err)
		}
		// Inside a directory, the other files are still read.
		if err := os.WriteFile(filepath.Join(dir, "ok.txt"), []byte("好。"), 0o644); err != nil {
			t.Fatal(err)
		}
		docs := readAll(t, []string{dir}, nil, Options{})
		if len(docs) != 2 || docs[0].Text != "好。" || docs[1].Err == nil {
			t.Errorf("directory with unreadable file: %+v", docs)
		}
	}
	// As root nothing is unreadable by permission; a read that fails at the
	// device does the same job: /proc/self/mem cannot be read at offset 0.
	if _, err := os.Stat("/proc/self/mem"); err != nil {
		t.Skip("no /proc/self/mem")
	}
	d := readOne(t, "/proc/self/mem", Options{})
	if d.Err == nil || !errors.Is(d.Err, syscall.EIO) {
		t.Errorf("/proc/self/mem: %v", d.Err)
	}
}

func TestFIFO(t *testing.T) {
	defer func(g time.Duration) { fifoGrace = g }(fifoGrace)
	fifoGrace = 200 * time.Millisecond
	dir := t.TempDir()
	p := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	// Nobody writes: reported after the grace period, never a hang.
	d := readOne(t, p, Options{})
	if !errors.Is(d.Err, ErrNoWriter) {
		t.Errorf("FIFO without writer: %v", d.Err)
	}
	// A writer that comes a little later is read.
	done := make(chan error, 1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		f, err := os.OpenFile(p, os.O_WRONLY, 0)
		if err != nil {
			done <- err
			return
		}
		_, err = f.WriteString("管道里的文章。")
		f.Close()
		done <- err
	}()
	d = readOne(t, p, Options{})
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if d.Err != nil || d.Text != "管道里的文章。" {
		t.Errorf("FIFO with writer: %+v", d)
	}
	// Inside a directory a FIFO is skipped, not opened.
	docs := readAll(t, []string{dir}, nil, Options{})
	if len(docs) != 1 || !errors.Is(docs[0].Err, ErrNotRegular) {
		t.Errorf("FIFO in directory: %+v", docs)
	}
}

// failingReader returns some data and then an error, like a stdin whose
// writer died.
type failingReader struct {
	data string
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestStdinClosedEarly(t *testing.T) {
	docs := readAll(t, nil, &failingReader{data: "半篇文章", err: os.ErrClosed}, Options{})
	if len(docs) != 1 || !errors.Is(docs[0].Err, os.ErrClosed) {
		t.Errorf("whole: %+v", docs)
	}
	docs = readAll(t, []string{"-"}, &failingReader{data: "第一行。\n第二行。\n半行", err: syscall.EBADF}, Options{Lines: true})
	if len(docs) != 3 || docs[0].Text != "第一行。" || docs[1].Text != "第二行。" || docs[2].Line != 3 || !errors.Is(docs[2].Err, syscall.EBADF) {
		t.Errorf("lines: %+v", docs)
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read([]string{filepath.Join(fixtures, "article.utf8.txt"), filepath.Join(fixtures, "empty.txt")}, nil, Options{}, func(Doc) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("err %v after %d docs", err, n)
	}
}
