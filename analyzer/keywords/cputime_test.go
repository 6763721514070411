package keywords_test

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/wenxi-nlp/wenxi/analyzer"
	"github.com/wenxi-nlp/wenxi/analyzer/keywords"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPUScaling reports the process CPU time of one ranking at 1 and 10 MB
// (wall time on a shared machine says little). Linear work shows a ratio
// near 10 (somewhat above, as the maps outgrow the caches); quadratic work
// would show 100. Run with KW_SCALING=1:
//
//	KW_SCALING=1 go test -run CPUScaling -v ./analyzer/keywords/
func TestCPUScaling(t *testing.T) {
	if os.Getenv("KW_SCALING") == "" {
		t.Skip("set KW_SCALING=1 to measure")
	}
	if _, err := keywords.DefaultIDF(); err != nil {
		t.Fatal(err)
	}
	base := protectedSample(t, readGold(t))
	gens := []struct {
		name string
		make func(int) *analyzer.Document
	}{
		{"repeated", func(n int) *analyzer.Document { return repeatDoc(base, n) }},
		{"zipf", zipfDoc},
	}
	for _, g := range gens {
		for _, m := range []string{keywords.MethodTFIDF, keywords.MethodTextRank} {
			var cpu [2]time.Duration
			for k, mb := range []int{1, 10} {
				doc := g.make(mb << 20)
				s, _ := keywords.New(keywords.Options{Method: m})
				c0 := cpuNow()
				if _, err := s.Rank(doc); err != nil {
					t.Fatal(err)
				}
				cpu[k] = cpuNow() - c0
				t.Logf("%s %s %2d MB: %v CPU, %.1f MB per CPU second", g.name, m, mb, cpu[k].Round(time.Millisecond), float64(mb)/cpu[k].Seconds())
			}
			ratio := float64(cpu[1]) / float64(cpu[0])
			t.Logf("%s %s: 10 MB / 1 MB CPU ratio %.1f", g.name, m, ratio)
			if ratio > 40 {
				t.Errorf("%s %s: 10x the text took %.0fx the CPU: superlinear", g.name, m, ratio)
			}
		}
	}
}
