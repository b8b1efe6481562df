//go:build unix

package main

import (
	"errors"
	"os"
	"syscall"
)

// processGone reports whether no process has the id (one that exists but
// is another user's counts as there).
func processGone(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}

// ownedByMe reports whether this user owns the file.
func ownedByMe(st os.FileInfo) bool {
	sys, ok := st.Sys().(*syscall.Stat_t)
	return ok && int(sys.Uid) == os.Getuid()
}
