//go:build unix

package ui

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/model"
)

// The app never writes over a report without asking: o overwrites, b
// keeps both with a numbered name, esc writes nothing. Reports honour the
// umask, and ~ in a typed path is the home folder.
func TestReportNeverOverwritesUnasked(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("x")
	h.sees("Report preview")
	name := filepath.Join(dir, "sap-s-4hana-mes-integration-handoff-2026-11-22.md")
	if err := os.WriteFile(name, []byte("my own notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	h.press("enter")
	h.sees("The file exists already", "o overwrite it", "b keep both")
	h.press("esc")
	h.sees("Nothing was written")
	if b, _ := os.ReadFile(name); string(b) != "my own notes" {
		t.Fatalf("the file was overwritten: %q", b[:min(len(b), 40)])
	}
	h.press("enter", "b")
	beside := strings.TrimSuffix(name, ".md") + "-2.md"
	h.sees("Wrote the report to")
	if b, _ := os.ReadFile(name); string(b) != "my own notes" {
		t.Error("keep both overwrote the file")
	}
	if b, err := os.ReadFile(beside); err != nil || !strings.HasPrefix(string(b), "# Handoff: SAP") {
		t.Errorf("keep both: %v", err)
	}
	h.press("enter", "b")
	if _, err := os.Stat(strings.TrimSuffix(name, ".md") + "-3.md"); err != nil {
		t.Errorf("a second keep both: %v", err)
	}
	h.press("enter", "o")
	if b, _ := os.ReadFile(name); !strings.HasPrefix(string(b), "# Handoff: SAP") {
		t.Error("o did not overwrite")
	}
	if st, _ := os.Stat(beside); st.Mode().Perm() != 0o600 {
		t.Errorf("under umask 077 the report is %04o, want 0600", st.Mode().Perm())
	}

	// A typed path: ~ is the home folder, and an existing file is asked
	// about there too.
	home := t.TempDir()
	t.Setenv("HOME", home)
	for range 2 {
		h.press("e")
		for range 80 {
			h.press("backspace")
		}
		h.typeText("~/r.md")
		h.press("enter")
	}
	h.sees("The file exists already")
	h.press("esc")
	if _, err := os.Stat(filepath.Join(home, "r.md")); err != nil {
		t.Errorf("~/r.md: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "~")); err == nil {
		t.Error("a folder named ~ was made")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file is left: %s", e.Name())
		}
	}
}

// Two deals whose names give the same file name get their ids in it.
func TestReportNamesOfLikeNamedDeals(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	for _, name := range []string{"Acme: Rollout", "ACME rollout!"} {
		d := model.Deal{Name: name, Stage: model.StageLead}
		if err := h.s.CreateDeal(h.ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	h.run(loadDealsCmd(h.a.sh))
	h.openDeal("Acme: Rollout")
	h.press("x")
	first := h.a.report().defaultPath()
	h.press("esc", "esc")
	h.openDeal("ACME rollout!")
	h.press("x")
	second := h.a.report().defaultPath()
	if first == second || !strings.HasPrefix(first, "acme-rollout-") || !strings.Contains(first, "-handoff-") {
		t.Errorf("the two deals write %q and %q", first, second)
	}
	h.press("esc", "esc")
	h.openDeal("SAP")
	h.press("x")
	if p := h.a.report().defaultPath(); p != "sap-s-4hana-mes-integration-handoff-2026-11-22.md" {
		t.Errorf("a deal with a name of its own writes %q", p)
	}
}

// When the file is moved away under the app, the next look says so and
// stays on the status line, and a save is refused instead of "Saved".
func TestFileMovedWhileOpen(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	if err := os.Rename(h.path, h.path+".moved"); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	h.sees("was deleted, moved or replaced while handoff had it open")
	h.press("1", "e", "end")
	h.typeText(" renamed")
	h.press("ctrl+s")
	h.sees("nothing more is saved")
	h.seesNot("Saved")
	h.press("esc", "esc")
	h.press("p") // another status comes and goes; the trouble stays
	h.sees("was deleted, moved or replaced")
}

// A file that fails the integrity check is refused every write, with the
// way to save what can be read on the status line.
func TestDamagedFileIsReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "damaged.db")
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Overwrite the middle of the last pages, where the newest rows are.
	st, _ := os.Stat(path)
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	for off := st.Size() - 3*4096; off < st.Size(); off += 4096 {
		f.WriteAt([]byte(strings.Repeat("\xff\x00\x13", 700)), off+100)
	}
	f.Close()

	s, err = db.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v (the damage is in rows, so the file opens to be read)", err)
	}
	defer s.Close()
	h := &harness{t: t, ctx: ctx, s: s, path: path, clock: testNow}
	h.a = New(ctx, s, Options{NoColor: true, NoTicks: true, Now: h.now, Location: time.UTC})
	h.a.Update(tea.WindowSizeMsg{Width: 240, Height: 40}) // the whole sentence, with the path twice
	h.run(h.a.Init())
	h.sees("is damaged, so handoff will not write to it", "export --format json")
	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(ctx, &p); !errors.Is(err, db.ErrDamaged) {
		t.Errorf("a write after the check: %v, want ErrDamaged", err)
	}
}

// A form shows stored bidi and zero-width characters cleaned, and saving
// stores what it showed; typed ones never show.
func TestFormsShowAndStoreCleanText(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	raw, err := sql.Open("sqlite", h.path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec(`UPDATE promises SET title = title || ?, detail = detail || ?
		WHERE deal_id = (SELECT id FROM deals WHERE name LIKE 'SAP%')`, " \u202eevil\u200bzw", " \u2066iso\u2069"); err != nil {
		t.Fatal(err)
	}
	h.openDeal("SAP")
	h.press("2", "e")
	h.sees("evilzw")
	for _, bad := range []string{"\u202e", "\u200b", "\u2066"} {
		if strings.Contains(h.raw(), bad) {
			t.Errorf("the form shows %q", bad)
		}
	}
	h.press("end")
	h.typeText(" typed\u202e\u200bend")
	if strings.Contains(h.raw(), "\u202e") {
		t.Error("the form shows a typed right-to-left override")
	}
	h.press("ctrl+s")
	var n int
	if err := raw.QueryRow(`SELECT count(*) FROM promises WHERE title LIKE '%evilzw typedend'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d promises stored the cleaned title (%v), want the one edited", n, err)
	}
}

// An app a server runs for a session writes no file where the server
// runs: the report comes through the command line instead.
func TestNoFilesWritesNothing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	h := newHarness(t, 120, 40, true)
	h.a = New(h.ctx, h.s, Options{NoColor: true, NoTicks: true, Now: h.now, Location: time.UTC, NoFiles: true})
	h.a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.run(h.a.Init())
	h.openDeal("SAP")
	h.press("x")
	h.sees("Report preview")
	h.press("enter")
	h.sees("Over SSH nothing is written on the server", "export --deal")
	if names, _ := os.ReadDir(dir); len(names) != 0 {
		t.Errorf("the app wrote %v", names)
	}
}

// A long path in the status line is shortened in its middle, so the
// sentence around it stays in sight; a short one, or text without it, is
// left as it is.
func TestElidePath(t *testing.T) {
	path := "/home/anna/projects/customers/2027/automotive/handoffs/handoff.db"
	msg := path + " was deleted, moved or replaced while handoff had it open"
	if got := elidePath(msg, path, 200); got != msg {
		t.Errorf("fits already: %q", got)
	}
	got := elidePath(msg, path, 80)
	if textWidth(got) > 80 || !strings.HasSuffix(got, "while handoff had it open") || !strings.Contains(got, "…/handoff.db") ||
		!strings.HasPrefix(got, "/home/anna/") {
		t.Errorf("at 80 columns: %q (%d)", got, textWidth(got))
	}
	twice := "handoff --db " + path + " is damaged; handoff --db " + path + " export --format json"
	if got := elidePath(twice, path, 90); textWidth(got) > 90 || strings.Count(got, "…/handoff.db") != 2 {
		t.Errorf("twice at 90 columns: %q (%d)", got, textWidth(got))
	}
	if got := elidePath(msg, path, 20); !strings.HasPrefix(got, "…/handoff.db was deleted") {
		t.Errorf("at 20 columns the path keeps its file's name: %q", got)
	}
	if got := elidePath("Saved.", path, 3); got != "Saved." {
		t.Errorf("text without the path: %q", got)
	}
}
