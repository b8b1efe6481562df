//go:build unix

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
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
