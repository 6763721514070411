package keywords_test

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUScaling(t *testing.T) {
	if os.Getenv("KW_SCALING") == "" {
		t.Skip()
	}
	keywords.DefaultIDF()
	for _, m := range []string{"tfidf", "textrank"} {
		for _, mb := range []int{1, 10} {
			doc := zipfDoc(mb << 20)
			s, _ := keywords.New(keywords.Options{Method: m})
			c0, w0 := cpuNow(), time.Now()
			s.Rank(doc)
			t.Logf("zipf %s %dMB: cpu %v wall %v", m, mb, cpuNow()-c0, time.Since(w0))
		}
	}
}
