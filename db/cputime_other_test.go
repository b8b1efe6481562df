//go:build !unix

package db_test

import "time"

// cpuTime is not read on this system: the benchmarks report 0.
func cpuTime() time.Duration { return 0 }
