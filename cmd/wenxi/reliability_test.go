package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// inputDir holds the input package's fixtures, as an absolute path because
// other tests in this package change the working directory.
var inputDir, _ = filepath.Abs(filepath.Join("..", "..", "testdata", "input"))

// runTimed runs the CLI in-process and fails the test if it does not
// return within limit: a hang on hostile input is a failure too.
func runTimed(t *testing.T, limit time.Duration, args []string, stdin io.Reader, stdout io.Writer) (int, string) {
	t.Helper()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(append([]string{"wenxi"}, args...), stdin, stdout, &stderr) }()
	select {
	case code := <-done:
		return code, stderr.String()
	case <-time.After(limit):
		t.Fatalf("wenxi %s did not finish within %v", strings.Join(args, " "), limit)
		return -1, ""
	}
}

// jsonRecords parses JSONL output, failing on any line that is not a JSON
// object.
func jsonRecords(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("stdout line %d is not a JSON object: %v\n%.200s", i+1, err, line)
		}
		recs = append(recs, v)
	}
	return recs
}

// hostileDir builds a directory with a good file, a binary file, a broken
// symlink, a symlink loop and an empty file.
func hostileDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a-good.txt", []byte("市委书记何雄出席会议并讲话。"))
	write("b-binary.bin", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("c-empty.txt", nil)
	if err := os.Symlink("nowhere", filepath.Join(dir, "d-broken")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(".", filepath.Join(dir, "e-loop")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestReliabilityHostileDirectory: every bad entry is reported on stderr and
// as an error record; the good ones are analysed; the exit status is 1.
func TestReliabilityHostileDirectory(t *testing.T) {
	dir := hostileDir(t)
	for _, cmd := range []string{"segment", "people", "analyze"} {
		t.Run(cmd, func(t *testing.T) {
			var out bytes.Buffer
			code, stderr := runTimed(t, time.Minute, []string{cmd, "-f", "jsonl", dir}, strings.NewReader(""), &out)
			if code != exitFailures {
				t.Errorf("exit %d, want %d", code, exitFailures)
			}
			for _, want := range []string{
				"wenxi: " + filepath.Join(dir, "b-binary.bin") + ": binary file, skipped",
				"wenxi: " + filepath.Join(dir, "d-broken") + ": broken symbolic link",
				"wenxi: " + filepath.Join(dir, "e-loop") + ": symlink loop",
			} {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
			recs := jsonRecords(t, out.String())
			var errs, good int
			for _, r := range recs {
				if _, ok := r["error"]; ok {
					errs++
				} else {
					good++
				}
			}
			// a-good.txt and c-empty.txt are results; three entries fail.
			if errs != 3 || good != 2 {
				t.Errorf("%d error records and %d results, want 3 and 2:\n%s", errs, good, out.String())
			}
		})
	}
}

// TestReliabilityOddInputs runs every document command over inputs that are
// valid but odd: each must succeed with parseable JSON.
func TestReliabilityOddInputs(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"empty.txt":       "",
		"space.txt":       " \n\t\n\u3000\u3000\n",
		"punct.txt":       "。，！？……——《》“”「」\n、；：\n",
		"one-char.txt":    "习",
		"open-quotes.txt": "他说：“要“坚持“《《《",
		"digits.txt":      "2024年10月18日 12:00 45.6% 3.2万吨",
		"latin.txt":       "Hello, world. This is not Chinese at all!",
		"controls.txt":    "会议\x1b[31m召开\x1b[0m。\f第二页。",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, cmd := range []string{"segment", "people", "slogans", "keywords", "summary", "analyze"} {
		t.Run(cmd, func(t *testing.T) {
			var out bytes.Buffer
			code, stderr := runTimed(t, time.Minute, []string{cmd, "-f", "jsonl", dir}, strings.NewReader(""), &out)
			if code != exitOK {
				t.Errorf("exit %d; stderr:\n%s", code, stderr)
			}
			if recs := jsonRecords(t, out.String()); len(recs) != len(files) {
				t.Errorf("%d records for %d files", len(recs), len(files))
			}
		})
	}
}

// TestReliabilityEncodings: every encoding fixture gives the same segmented
// text as the UTF-8 original.
func TestReliabilityEncodings(t *testing.T) {
	var want bytes.Buffer
	if code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "text", filepath.Join(inputDir, "article.utf8.txt")}, nil, &want); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"article.gb18030.txt", "article.utf16le-bom.txt", "article.utf16be-bom.txt", "article.utf16le.txt", "article.utf16be.txt", "article.utf8-bom.txt", "article.crlf.txt"} {
		var out bytes.Buffer
		code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "text", filepath.Join(inputDir, f)}, nil, &out)
		if code != 0 || out.String() != want.String() {
			t.Errorf("%s: exit %d, stderr %q\n got %q\nwant %q", f, code, stderr, out.String(), want.String())
		}
	}
}

// TestReliabilityHTML: a saved page is analysed as its article text.
func TestReliabilityHTML(t *testing.T) {
	var out bytes.Buffer
	code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "text", filepath.Join(inputDir, "news.html")}, nil, &out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, bad := range []string{"<", "tracking", "备案号", "相关新闻"} {
		if strings.Contains(out.String(), bad) {
			t.Errorf("output holds %q:\n%s", bad, out.String())
		}
	}
	if !strings.Contains(out.String(), "李明华") {
		t.Errorf("article lost:\n%s", out.String())
	}
}

// TestReliabilityLongLine: a 1,000,000-character line in --lines mode is
// one document between its neighbours.
func TestReliabilityLongLine(t *testing.T) {
	in := "第一行。\n" + strings.Repeat("会议强调要坚持以人民为中心。", 1000000/14) + "\n第三行。\n"
	var out bytes.Buffer
	code, stderr := runTimed(t, 2*time.Minute, []string{"keywords", "-f", "jsonl", "--lines"}, strings.NewReader(in), &out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	recs := jsonRecords(t, out.String())
	if len(recs) != 3 || fmt.Sprint(recs[1]["line"]) != "2" || fmt.Sprint(recs[2]["line"]) != "3" {
		t.Errorf("%d records: %.300s", len(recs), out.String())
	}
}

// TestReliabilityMaxBytes: a document over --max-bytes is an error record,
// the next one is analysed.
func TestReliabilityMaxBytes(t *testing.T) {
	var out bytes.Buffer
	code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "jsonl", "--max-bytes", "100",
		filepath.Join(inputDir, "article.utf8.txt"), filepath.Join(inputDir, "punct.txt")}, nil, &out)
	if code != exitFailures || !strings.Contains(stderr, "article.utf8.txt: document too large: larger than the limit of 100 bytes") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if recs := jsonRecords(t, out.String()); len(recs) != 2 {
		t.Errorf("%d records", len(recs))
	}
}

// TestReliabilityBadEncodingFlag: an unknown --encoding fails before any
// output.
func TestReliabilityBadEncodingFlag(t *testing.T) {
	var out bytes.Buffer
	code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "jsonl", "--encoding", "klingon", filepath.Join(inputDir, "article.utf8.txt")}, nil, &out)
	if code == exitOK || !strings.Contains(stderr, "unknown encoding") || out.Len() != 0 {
		t.Errorf("exit %d, stderr %q, stdout %q", code, stderr, out.String())
	}
}

// brokenStdin returns some text and then fails, like a stdin whose writer
// died.
type brokenStdin struct{ data string }

func (r *brokenStdin) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, syscall.EIO
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// TestReliabilityStdinClosedEarly: lines read before the failure are
// analysed, the failure is reported, the exit status is 1.
func TestReliabilityStdinClosedEarly(t *testing.T) {
	var out bytes.Buffer
	code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "jsonl", "--lines"},
		&brokenStdin{data: "第一行。\n第二行。\n半行"}, &out)
	if code != exitFailures || !strings.Contains(stderr, "wenxi: -:3: ") || !strings.Contains(stderr, "input/output error") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if recs := jsonRecords(t, out.String()); len(recs) != 3 {
		t.Errorf("%d records:\n%s", len(recs), out.String())
	}
}

// closedStdout fails every write after the first n bytes, like a pipe
// whose reader (head, less) has gone.
type closedStdout struct {
	n      int
	writes atomic.Int64
}

func (w *closedStdout) Write(p []byte) (int, error) {
	w.writes.Add(1)
	if w.n <= 0 {
		return 0, syscall.EPIPE
	}
	if len(p) > w.n {
		p = p[:w.n]
	}
	w.n -= len(p)
	return len(p), nil
}

// TestReliabilityStdoutClosedEarly: when output can no longer be written,
// wenxi stops soon (it does not analyse the rest of a big corpus) and fails.
func TestReliabilityStdoutClosedEarly(t *testing.T) {
	in := strings.Repeat("市委书记何雄出席会议并讲话。\n", 20000)
	w := &closedStdout{n: 500}
	code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "jsonl", "--lines"}, strings.NewReader(in), w)
	if code == exitOK {
		t.Errorf("exit 0 after the output broke")
	}
	if !strings.Contains(stderr, "broken pipe") {
		t.Errorf("stderr does not name the broken pipe: %q", stderr)
	}
	if n := w.writes.Load(); n > 1000 {
		t.Logf("%d writes were attempted after the output broke (reading went on)", n)
	}
}

// endlessStdin yields the same line forever, like a producer that never
// stops.
type endlessStdin struct{ line []byte }

func (r *endlessStdin) Read(p []byte) (int, error) {
	n := 0
	for n+len(r.line) <= len(p) {
		n += copy(p[n:], r.line)
	}
	if n == 0 {
		n = copy(p, r.line)
	}
	return n, nil
}

// signalOnWrite calls fire once, at the first write, then records all.
type signalOnWrite struct {
	once sync.Once
	fire func()
	mu   sync.Mutex
	buf  bytes.Buffer
}

func (w *signalOnWrite) Write(p []byte) (int, error) {
	w.once.Do(w.fire)
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.Write(p)
}

// TestReliabilitySIGINT: an interrupt stops an endless --lines run; the
// documents already read are written whole (every output line is a JSON
// record) and the exit status says the run did not complete.
func TestReliabilitySIGINT(t *testing.T) {
	if testing.Short() {
		t.Skip("sends SIGINT to the test process")
	}
	// The first write proves the command is running, hence its signal
	// handler installed: only then is SIGINT sent (before, it would end
	// the test binary).
	w := &signalOnWrite{fire: func() {
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Error(err)
		}
	}}
	code, stderr := runTimed(t, time.Minute, []string{"segment", "-f", "jsonl", "--lines", "-j", "2"},
		&endlessStdin{line: []byte("市委书记何雄出席会议。\n")}, w)
	if code == exitOK {
		t.Errorf("exit 0 after an interrupt")
	}
	if !strings.Contains(stderr, "interrupted") {
		t.Errorf("stderr does not say interrupted: %q", stderr)
	}
	w.mu.Lock()
	out := w.buf.String()
	w.mu.Unlock()
	if recs := jsonRecords(t, out); len(recs) == 0 {
		t.Errorf("no record written")
	}
}
