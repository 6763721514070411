//go:build unix

package ner

import (
	"syscall"
	"time"
)

// cpuTime is the process's user+system CPU time: on a shared, loaded
// machine it measures throughput more faithfully than wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
