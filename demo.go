package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// demoPrefix starts the name of every demo's throwaway folder, followed by
// the id of the process that uses it.
const demoPrefix = "handoff-demo-"

// demoFiles are the only files a demo's folder holds: the database and
// SQLite's companions to it.
var demoFiles = map[string]bool{"demo.db": true, "demo.db-wal": true, "demo.db-shm": true, "demo.db-journal": true}

// removeDeadDemos deletes the folders of demos that were killed before
// they could clean up: only a folder named for a demo, holding nothing but
// a demo's database, whose process is gone.
func removeDeadDemos(tmp string) {
	names, _ := filepath.Glob(filepath.Join(tmp, demoPrefix+"*"))
	for _, dir := range names {
		rest := strings.TrimPrefix(filepath.Base(dir), demoPrefix)
		num, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(num)
		if !ok || err != nil || pid <= 0 || pid == os.Getpid() || !processGone(pid) {
			continue
		}
		if st, err := os.Lstat(dir); err != nil || !st.IsDir() || !ownedByMe(st) {
			continue
		}
		entries, err := os.ReadDir(dir)
		if err != nil {
			continue
		}
		clean := true
		for _, e := range entries {
			if !e.Type().IsRegular() || !demoFiles[e.Name()] {
				clean = false
			}
		}
		if clean {
			os.RemoveAll(dir)
		}
	}
}
