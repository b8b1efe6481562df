//go:build !unix

package main

import "os"

// processGone cannot tell here, so no folder is taken for a dead demo's.
func processGone(pid int) bool { return false }

// ownedByMe cannot tell here either.
func ownedByMe(st os.FileInfo) bool { return false }
