//go:build unix

package ui

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used so far, user and
// system: beside the wall clock, a benchmark reports it per operation, a
// figure that other work on a shared machine moves much less.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
