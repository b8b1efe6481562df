package db_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"handoff/db"
	"handoff/model"
)

// migrations is the app's own migrations plus extra ones (name → SQL),
// as the next version of the app would ship them.
func migrations(t *testing.T, extra map[string]string) fstest.MapFS {
	t.Helper()
	base := db.EmbeddedMigrations()
	names, err := fs.Glob(base, "migrations/*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("embedded migrations: %v %v", names, err)
	}
	m := fstest.MapFS{}
	for _, n := range names {
		b, err := fs.ReadFile(base, n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	for n, body := range extra {
		m["migrations/"+n] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}

// nextMigration names the migration after the app's last one.
func nextMigration(n int, name string) string {
	return fmt.Sprintf("%04d_%s.sql", db.SchemaVersion()+n, name)
}

// testMigration adds a column and a table, and fills the table from the
// data already there, so a test can see it ran over existing rows.
const testMigration = `
ALTER TABLE people ADD COLUMN nickname TEXT NOT NULL DEFAULT '';
CREATE TABLE test_notes (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    note      TEXT    NOT NULL
);
INSERT INTO test_notes (person_id, note) SELECT id, 'migrated ' || name FROM people;
`

func TestMigrate(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	path := filepath.Join(dir, "handoff.db")
	old := migrations(t, nil)
	newer := migrations(t, map[string]string{nextMigration(1, "test"): testMigration})
	v1 := db.SchemaVersion()
	clk := newClock()

	// The old version makes the file and puts data in it.
	s, err := db.Open(ctx, path, db.WithMigrations(old), db.WithNow(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	if s.Backup() != "" {
		t.Errorf("a new file was backed up to %s", s.Backup())
	}
	ada := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(ctx, &ada); err != nil {
		t.Fatal(err)
	}
	deal := model.Deal{Name: "Acme", Stage: model.StageLead, NotSold: []string{}}
	if err := s.CreateDeal(ctx, &deal); err != nil {
		t.Fatal(err)
	}
	p := model.NewPromise(deal.ID)
	p.Title, p.PromisedBy = "Invoices as PDF", ada.ID
	if err := s.CreatePromise(ctx, &p); err != nil {
		t.Fatal(err)
	}
	events, _ := s.Events(ctx, 0)
	s.Close()

	// The new version migrates it, copying it aside first.
	clk.tick()
	s, err = db.Open(ctx, path, db.WithMigrations(newer), db.WithNow(clk.Now))
	if err != nil {
		t.Fatalf("Open with the new migration: %v", err)
	}
	if v, _ := s.Version(ctx); v != v1+1 {
		t.Errorf("user_version after migrating %d, want %d", v, v1+1)
	}
	if got, err := s.Person(ctx, ada.ID); err != nil || !reflect.DeepEqual(got, ada) {
		t.Errorf("person after migrating: %+v, %v; want %+v", got, err, ada)
	}
	if got, err := s.Promise(ctx, p.ID); err != nil || !reflect.DeepEqual(got, p) {
		t.Errorf("promise after migrating: %+v, %v; want %+v", got, err, p)
	}
	if got, _ := s.Events(ctx, 0); !reflect.DeepEqual(got, events) {
		t.Errorf("history changed by migrating: %d events, had %d", len(got), len(events))
	}
	var note, nick string
	if err := db.Pool(s).QueryRowContext(ctx, "SELECT n.note, p.nickname FROM test_notes n JOIN people p ON p.id = n.person_id").Scan(&note, &nick); err != nil || note != "migrated Ada" || nick != "" {
		t.Errorf("the migration's rows: %q %q %v", note, nick, err)
	}
	bob := model.Person{Name: "Bob", Role: model.RoleDelivery}
	if err := s.CreatePerson(ctx, &bob); err != nil {
		t.Errorf("writing after migrating: %v", err)
	}

	backup := s.Backup()
	if backup == "" {
		t.Fatal("no copy was made before migrating")
	}
	s.Close()
	if filepath.Dir(backup) != dir || !strings.Contains(filepath.Base(backup), fmt.Sprintf(".v%d-", v1)) ||
		!strings.Contains(backup, clk.Now().Format("20060102T150405")) {
		t.Errorf("backup %s: want it beside the file, named for version %d and the time", backup, v1)
	}
	st, err := os.Stat(backup)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %04o, want 0600", st.Mode().Perm())
	}
	raw := rawOpen(t, backup)
	if got := pragma(t, raw, "user_version"); got != strconv.Itoa(v1) {
		t.Errorf("backup user_version %s, want %d", got, v1)
	}
	if got := pragma(t, raw, "application_id"); got != strconv.Itoa(db.ApplicationID) {
		t.Errorf("backup application_id %s", got)
	}
	if got := pragma(t, raw, "integrity_check"); got != "ok" {
		t.Errorf("backup integrity_check: %s", got)
	}
	var names []string
	rows, err := raw.Query("SELECT name FROM people ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	rows.Close()
	if !reflect.DeepEqual(names, []string{"Ada"}) {
		t.Errorf("backup holds people %q, want [Ada] (as before the migration)", names)
	}
	var tables int
	raw.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'test_notes'").Scan(&tables)
	if tables != 0 {
		t.Error("the backup has the new schema")
	}
	raw.Close()

	// Opened again by the new version: nothing more to do, no new copy.
	clk.tick()
	s, err = db.Open(ctx, path, db.WithMigrations(newer), db.WithNow(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	if s.Backup() != "" {
		t.Errorf("an up-to-date file was copied to %s", s.Backup())
	}
	s.Close()
	want := []string{"handoff.db", filepath.Base(backup)}
	slices.Sort(want)
	if got := dirNames(t, dir); !reflect.DeepEqual(got, want) {
		t.Errorf("folder holds %q, want %q", got, want)
	}

	// The old version refuses the migrated file, and leaves it alone.
	before := snapshot(t, dir)
	s, err = db.Open(ctx, path, db.WithMigrations(old), db.WithNow(clk.Now))
	if err == nil {
		s.Close()
		t.Fatal("the old version opened the migrated file")
	}
	if !errors.Is(err, model.ErrTooNew) || !strings.Contains(err.Error(), "newer version") {
		t.Errorf("err = %v, want ErrTooNew saying \"newer version\"", err)
	}
	if after := snapshot(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("refusing changed the folder:\nbefore %v\nafter  %v", before, after)
	}
}

// A migration that fails part-way changes nothing: the file stays at its
// old version with its data, and the old version still opens it.
func TestMigrateFailure(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "handoff.db")
	old := migrations(t, nil)
	s, err := db.Open(ctx, path, db.WithMigrations(old))
	if err != nil {
		t.Fatal(err)
	}
	ada := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(ctx, &ada); err != nil {
		t.Fatal(err)
	}
	s.Close()

	name := nextMigration(1, "broken")
	broken := migrations(t, map[string]string{name: `
		CREATE TABLE half_done (x INTEGER);
		UPDATE people SET name = 'changed';
		SELECT no_such_column FROM people;`})
	s, err = db.Open(ctx, path, db.WithMigrations(broken))
	if err == nil {
		s.Close()
		t.Fatal("a broken migration succeeded")
	}
	if !strings.Contains(err.Error(), name) {
		t.Errorf("err = %v, want it to name %s", err, name)
	}

	s, err = db.Open(ctx, path, db.WithMigrations(old))
	if err != nil {
		t.Fatalf("the old version cannot open the file after a failed migration: %v", err)
	}
	defer s.Close()
	if v, _ := s.Version(ctx); v != db.SchemaVersion() {
		t.Errorf("user_version %d after a failed migration, want %d", v, db.SchemaVersion())
	}
	if got, err := s.Person(ctx, ada.ID); err != nil || got.Name != "Ada" {
		t.Errorf("person after a failed migration: %+v, %v", got, err)
	}
	var n int
	db.Pool(s).QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").Scan(&n)
	if n != 0 {
		t.Error("half of the failed migration stayed")
	}
}

func TestMigrationsOutOfSequence(t *testing.T) {
	path := filepath.Join(t.TempDir(), "handoff.db")
	twice := migrations(t, map[string]string{nextMigration(0, "same_number"): "SELECT 1;"})
	s, err := db.Open(t.Context(), path, db.WithMigrations(twice))
	if err == nil {
		s.Close()
		t.Fatal("opened with two migrations of one number")
	}
	if !strings.Contains(err.Error(), "out of sequence") {
		t.Errorf("err = %v, want \"out of sequence\"", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the file was created anyway")
	}
}

// A number left out is no hole in the schema: the version is the number of
// the latest step, and a file at an earlier one runs only the steps above it.
func TestMigrationsWithANumberLeftOut(t *testing.T) {
	path := filepath.Join(t.TempDir(), "handoff.db")
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	later := migrations(t, map[string]string{nextMigration(2, "after_one_left_out"): "CREATE TABLE later_step (id INTEGER);"})
	s, err = db.Open(t.Context(), path, db.WithMigrations(later))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(t.Context()); v != db.SchemaVersion()+2 {
		t.Errorf("user_version %d, want %d", v, db.SchemaVersion()+2)
	}
	var n int
	db.Pool(s).QueryRowContext(t.Context(), "SELECT count(*) FROM sqlite_schema WHERE name = 'later_step'").Scan(&n)
	if n != 1 {
		t.Error("the step after the number left out did not run")
	}
}
