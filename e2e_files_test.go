//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// `handoff check` on a database whose deal names hold escape sequences, run
// in a terminal, neither retitles the terminal nor clears what it showed.
func TestE2ECheckLeavesTerminalAlone(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	s.cli("--db", path, "sample")
	d := sqliteDB(t, path)
	if _, err := d.Exec(`UPDATE deals SET name = ? WHERE id = (SELECT min(id) FROM deals)`,
		"Hostile \x1b]0;PWNED\x07 one \x1b[2J two \u009b2J three \x9b2J four \u202eevil"); err != nil {
		t.Fatal(err)
	}
	d.Close()

	script := fmt.Sprintf(`printf 'BEFORE-CHECK\n'; %s --db %s check; printf '[check exited %%d]\n' "$?"; read _`,
		shellQuote(s.bin), shellQuote(path))
	out := s.mustTmux(
		"set-option", "-g", "default-terminal", "xterm-256color", ";",
		"set-option", "-g", "default-shell", "/bin/sh", ";",
		"set-option", "-g", "status", "off", ";",
		"new-session", "-d", "-s", "check", "-x", "120", "-y", "30", "-P", "-F", "#{pane_id} #{pane_pid}", script)
	p := &tui{s: s, t: t, name: "check"}
	var pid int
	if _, err := fmt.Sscan(out, &p.pane, &pid); err != nil {
		t.Fatalf("new-session said %q: %v", out, err)
	}
	s.pids = append(s.pids, pid)
	before := p.format("#{pane_title}")
	scr := p.waitFor("[check exited 1]")
	if !strings.Contains(scr, "BEFORE-CHECK") {
		t.Errorf("the screen was cleared:\n%s", frame(scr))
	}
	if !strings.Contains(scr, "Hostile  one  two 2J three") {
		t.Errorf("the deal's line is not there, cleaned:\n%s", frame(scr))
	}
	if strings.Contains(scr, "\u202e") {
		t.Error("the screen holds a right-to-left override")
	}
	if title := p.format("#{pane_title}"); title != before || strings.Contains(title, "PWNED") {
		t.Errorf("the pane title went from %q to %q", before, title)
	}
	p.keys("Enter")
}

// demoDirs are the demo folders in the server's temporary folder.
func (s *server) demoDirs() []string {
	var tmp string
	for _, kv := range s.env {
		if v, ok := strings.CutPrefix(kv, "TMPDIR="); ok {
			tmp = v
		}
	}
	names, _ := filepath.Glob(filepath.Join(tmp, "handoff-demo-*"))
	return names
}

// waitDemoDirs waits until the temporary folder holds n demo folders.
func (s *server) waitDemoDirs(t *testing.T, n int, why string) []string {
	t.Helper()
	deadline := time.Now().Add(waitTimeout)
	for {
		dirs := s.demoDirs()
		if len(dirs) == n {
			return dirs
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: the demo folders are %v, want %d", why, dirs, n)
		}
		time.Sleep(pollEvery)
	}
}

// demoPID is the process id a demo folder is named for.
func demoPID(t *testing.T, dir string) int {
	t.Helper()
	rest := strings.TrimPrefix(filepath.Base(dir), "handoff-demo-")
	num, _, _ := strings.Cut(rest, "-")
	pid, err := strconv.Atoi(num)
	if err != nil {
		t.Fatalf("demo folder %s: %v", dir, err)
	}
	return pid
}

// The demo's throwaway database goes when the demo is told to stop, when
// its terminal is closed, and — when it was killed outright — at the next
// demo's start.
func TestE2EDemoCleansUp(t *testing.T) {
	s := newServer(t)

	p := s.start("term", 100, 30, "demo")
	p.waitFor("3 deals")
	dir := s.waitDemoDirs(t, 1, "demo running")[0]
	if err := syscall.Kill(demoPID(t, dir), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	s.waitDemoDirs(t, 0, "after SIGTERM")

	p = s.start("hup", 100, 30, "demo")
	p.waitFor("3 deals")
	s.waitDemoDirs(t, 1, "second demo running")
	s.mustTmux("kill-session", "-t", "hup") // the terminal closes: SIGHUP
	s.waitDemoDirs(t, 0, "after the terminal closed")

	p = s.start("kill", 100, 30, "demo")
	p.waitFor("3 deals")
	dir = s.waitDemoDirs(t, 1, "third demo running")[0]
	pid := demoPID(t, dir)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for alive(pid) {
		time.Sleep(pollEvery)
	}
	// Beside it: a folder of a demo still running (this test's own id) and
	// one of a dead process holding something not a demo's: both stay.
	tmp := filepath.Dir(dir)
	live := filepath.Join(tmp, fmt.Sprintf("handoff-demo-%d-live", os.Getpid()))
	foreign := filepath.Join(tmp, fmt.Sprintf("handoff-demo-%d-notes", pid))
	for _, d := range []string{live, foreign} {
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "demo.db"), nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(foreign, "notes.txt"), []byte("mine"), 0o600); err != nil {
		t.Fatal(err)
	}
	if dirs := s.demoDirs(); len(dirs) != 3 {
		t.Fatalf("after kill -9: %v, want the killed demo's folder and the two made", dirs)
	}
	p = s.start("next", 100, 30, "demo")
	p.waitFor("3 deals")
	dirs := s.waitDemoDirs(t, 3, "the next demo running")
	if slices.Contains(dirs, dir) || !slices.Contains(dirs, live) || !slices.Contains(dirs, foreign) {
		t.Errorf("the next demo left %v; want the killed demo's folder gone, the others kept", dirs)
	}
	p.quit()
	s.waitDemoDirs(t, 2, "after quitting")
}

// The app on a --db path with no file asks before making one; no leaves
// nothing behind.
func TestE2EAsksBeforeCreating(t *testing.T) {
	s := newServer(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "typo.db")
	p := s.start("no", 250, 30, "--db", path)
	p.waitFor("create a new one there? [y/N]")
	p.keys("n", "Enter")
	p.waitFor("no database at "+path+"; nothing was created", "[handoff exited 2]")
	p.keys("Enter")
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("the folder holds %d files after answering no", len(entries))
	}
}
