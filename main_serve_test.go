package main

import (
	"bytes"
	"strings"
	"testing"

	"handoff/db"
	"handoff/model"
)

// A command run for an SSH session runs on the server's store as the
// session's person, with the session's environment, and refuses what
// would choose another file or another name, or touch the server's files.
func TestRemoteCommands(t *testing.T) {
	isolate(t)
	t.Setenv("HANDOFF_DB", "/nowhere/else.db") // the server's environment counts for nothing
	path := newDB(t, func(s *db.Store) {
		p := model.Person{Name: "Anna Seller", Role: model.RoleSales}
		if err := s.CreatePerson(t.Context(), &p); err != nil {
			t.Fatal(err)
		}
	})
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	view := s.As("Anna Seller (SHA256:x)", "Anna Seller")
	env := map[string]string{"HANDOFF_DB": "/also/not/this.db"}
	remote := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := runAs(t.Context(), args, &out, &errOut, globals{getenv: func(k string) string { return env[k] }, remote: view})
		return code, out.String(), errOut.String()
	}
	if code, out, errOut := remote("words", "add", "abnahme*"); code != 0 || !strings.Contains(out, "abnahme*") {
		t.Fatalf("words add over SSH: %d %q %q", code, out, errOut)
	}
	ev, err := s.Events(t.Context(), 1)
	if err != nil || len(ev) != 1 || ev[0].Actor != "Anna Seller (SHA256:x)" {
		t.Errorf("the change is recorded as %+v %v, want the session's person and key", ev, err)
	}
	if code, out, errOut := remote("agenda"); code != 0 || !strings.Contains(out, "Anna Seller") {
		t.Errorf("agenda over SSH is not the person's own: %d %q %q", code, out, errOut)
	}
	for _, args := range [][]string{{"--db", path, "check"}, {"check", "--actor", "x"}, {"import", path},
		{"backup", path + ".copy"}, {"keys"}, {"serve"}, {"export", "-o", path + ".md"}, {}} {
		if code, _, errOut := remote(args...); code != 2 || errOut == "" {
			t.Errorf("%q over SSH: exit %d, stderr %q; want 2 and why", args, code, errOut)
		}
	}
	if _, err := s.Deals(t.Context()); err != nil {
		t.Errorf("the commands closed the server's store: %v", err)
	}
}

// backup writes a copy that opens as the same database.
func TestBackupCommand(t *testing.T) {
	isolate(t)
	path := newDB(t, func(s *db.Store) { readyDeal(t, s, "Copied deal") })
	copyPath := path + ".copy"
	if code, _, errOut := handoff(t, "--db", path, "backup", copyPath); code != 0 {
		t.Fatalf("backup: %d %q", code, errOut)
	}
	if code, out, _ := handoff(t, "--db", copyPath, "check"); code != 0 || !strings.Contains(out, "Copied deal") {
		t.Errorf("check on the copy: %d %q", code, out)
	}
	if code, _, _ := handoff(t, "--db", path, "backup"); code != 2 {
		t.Errorf("backup without a path: exit %d, want 2", code)
	}
}
