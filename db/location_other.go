//go:build !linux

package db

// fileSystemWarning recognises network file systems on Linux only.
func fileSystemWarning(string) string { return "" }
