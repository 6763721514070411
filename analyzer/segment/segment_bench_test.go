package segment

import (
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/dict/segdict"
	"github.com/wenxi-nlp/wenxi/internal/shared"
)

// sigSlice returns the first ~n bytes of the PKU test input.
func sigSlice(b *testing.B, n int) string {
	lines := readLines(b, shared.Path(b, "data/icwb2/testing/pku_test.utf8"))
	var sb strings.Builder
	for _, l := range lines {
		if sb.Len() >= n {
			break
		}
		sb.WriteString(l)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func sample(b *testing.B) string {
	t, err := os.ReadFile("../../testdata/puyang-2015-11-02.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(t)
}

// benchSegment times the segmenter over text split at line breaks, as the
// pipeline stage calls it: one AppendSegment per paragraph into one slice.
func benchSegment(b *testing.B, text string) {
	seg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	r := []rune(text)
	var spans []analyzer.Span
	start := 0
	for i := 0; i <= len(r); i++ {
		if i == len(r) || r[i] == '\n' {
			if i > start {
				spans = append(spans, analyzer.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuTime()
	var out []analyzer.Token
	for range b.N {
		out = out[:0]
		for _, sp := range spans {
			out = seg.AppendSegment(out, r, sp, nil)
		}
	}
	reportCPU(b, c0, len(text))
}

// cpuTime is the process's user+system CPU time in seconds. The shared
// machine is often busy, so wall-clock MB/s swings; MB per CPU second
// (reported as cpu-MB/s) is the steadier figure.
func cpuTime() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

func reportCPU(b *testing.B, c0 float64, n int) {
	if d := cpuTime() - c0; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/d/1e6, "cpu-MB/s")
	}
}

// BenchmarkSegmentSample: the sample article, tokens with offsets and POS.
func BenchmarkSegmentSample(b *testing.B) { benchSegment(b, sample(b)) }

// BenchmarkSegmentSIGHAN: 200 KB of the PKU test input.
func BenchmarkSegmentSIGHAN(b *testing.B) { benchSegment(b, sigSlice(b, 200_000)) }

// BenchmarkCutWords: the bare cutter (gse-compatible word strings).
func BenchmarkCutWords(b *testing.B) {
	seg, err := New()
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(sigSlice(b, 200_000), "\n")
	b.SetBytes(int64(len(strings.Join(lines, "\n"))))
	b.ResetTimer()
	c0 := cpuTime()
	for range b.N {
		for _, l := range lines {
			_ = seg.fast.Cut(l)
		}
	}
	reportCPU(b, c0, len(strings.Join(lines, "\n")))
}

// BenchmarkGseCutWords: gse's own Cut(text, true) on the same lines, for
// the ratio (its 1.2–1.8 s dictionary load is outside the timer).
func BenchmarkGseCutWords(b *testing.B) {
	g := loadGse(b)
	lines := strings.Split(sigSlice(b, 200_000), "\n")
	b.SetBytes(int64(len(strings.Join(lines, "\n"))))
	b.ResetTimer()
	c0 := cpuTime()
	for range b.N {
		for _, l := range lines {
			_ = g.Cut(l)
		}
	}
	reportCPU(b, c0, len(strings.Join(lines, "\n")))
}

// BenchmarkFirstToken: a cold start in-process — a fresh dictionary view,
// a Segmenter and the tokens of a 10-character input. (The page faults of
// a new process are measured by scripts/bench.sh.)
func BenchmarkFirstToken(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		d, err := segdict.New()
		if err != nil {
			b.Fatal(err)
		}
		f := &fastCutter{d: d}
		seg := &Segmenter{cut: f, lex: f, fast: f, user: NewMatcher(nil)}
		if toks := seg.Cut("濮阳市委书记何雄强调"); len(toks) == 0 {
			b.Fatal("no tokens")
		}
	}
}
