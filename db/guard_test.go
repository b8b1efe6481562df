//go:build unix

package db_test

import (
	"bytes"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"handoff/db"
	"handoff/model"
)

// A write after the file was deleted, moved or replaced under an open store
// is refused by name, and the watch reports it too.
func TestFileGone(t *testing.T) {
	for name, change := range map[string]func(t *testing.T, path string){
		"Moved": func(t *testing.T, path string) {
			if err := os.Rename(path, path+".moved"); err != nil {
				t.Fatal(err)
			}
		},
		"Deleted": func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		},
		"Replaced": func(t *testing.T, path string) {
			other := filepath.Join(t.TempDir(), "other.db")
			s, err := db.Open(t.Context(), other)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			if err := os.Rename(other, path); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t).withPeople()
			w := f.s.Watch()
			if _, err := w.Changed(f.ctx); err != nil {
				t.Fatal(err)
			}
			change(t, f.path)
			_, err := w.Changed(f.ctx)
			if !errors.Is(err, db.ErrFileGone) {
				t.Errorf("Changed: %v, want ErrFileGone", err)
			}
			p := model.Person{Name: "Ada", Role: model.RoleSales}
			err = f.s.CreatePerson(f.ctx, &p)
			if !errors.Is(err, db.ErrFileGone) || !strings.Contains(err.Error(), f.path) || !strings.Contains(err.Error(), "nothing more is saved") {
				t.Errorf("CreatePerson: %v, want ErrFileGone naming the file", err)
			}
			// Reading what is open still works.
			if _, err := f.s.People(f.ctx); err != nil {
				t.Errorf("People: %v", err)
			}
		})
	}
}

// damage overwrites the middle of the file's last pages, where the newest
// rows and their indexes are, leaving the schema as it was.
func damage(t *testing.T, path string) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	junk := []byte(strings.Repeat("\xff\x00\x13", 700))
	for off := st.Size() - 8*4096; off+int64(len(junk)) < st.Size(); off += 4096 {
		if _, err := f.WriteAt(junk, off+100); err != nil {
			t.Fatal(err)
		}
	}
}

// A file that fails SQLite's quick check is read, but never written, and
// the refusal says how to save what can be read.
func TestQuickCheck(t *testing.T) {
	f := newFixture(t).withDeal()
	if err := f.s.QuickCheck(f.ctx); err != nil {
		t.Fatalf("QuickCheck on a sound file: %v", err)
	}
	for i := range 60 {
		f.promise(f.deal, strings.Repeat("a promise with a long title ", 5)+string(rune('a'+i%26)), 0)
	}
	f.s.Close()
	damage(t, f.path)

	s, err := db.Open(f.ctx, f.path)
	if err != nil {
		t.Fatalf("Open: %v (a file damaged only in its rows opens, to be read)", err)
	}
	defer s.Close()
	err = s.QuickCheck(f.ctx)
	if !errors.Is(err, db.ErrDamaged) || !strings.Contains(err.Error(), "handoff --db "+f.path+" export --format json") {
		t.Fatalf("QuickCheck: %v, want ErrDamaged offering a JSON export", err)
	}
	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(f.ctx, &p); !errors.Is(err, db.ErrDamaged) {
		t.Errorf("CreatePerson on a damaged file: %v, want ErrDamaged", err)
	}
}

func TestOpenOddFiles(t *testing.T) {
	t.Run("DamagedSchema", func(t *testing.T) {
		f := newFixture(t).withDeal()
		f.s.Close()
		fh, err := os.OpenFile(f.path, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fh.WriteAt([]byte(strings.Repeat("\xff", 3000)), 100) // the rest of page 1: the schema
		fh.Close()
		_, err = db.Open(t.Context(), f.path)
		if !errors.Is(err, db.ErrDamaged) || err.Error() != f.path+" is damaged so badly that handoff cannot open it; restore it from a backup" {
			t.Errorf("Open: %v", err)
		}
	})
	t.Run("NoTables", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "handoff.db")
		raw := rawOpen(t, path)
		if _, err := raw.Exec("PRAGMA application_id = 1212436294; PRAGMA user_version = " + strconv.Itoa(db.SchemaVersion())); err != nil {
			t.Fatal(err)
		}
		raw.Close()
		_, err := db.Open(t.Context(), path)
		if !errors.Is(err, model.ErrNotHandoffDB) || !strings.Contains(err.Error(), "holds none of its tables") {
			t.Errorf("Open: %v", err)
		}
	})
	t.Run("Missing", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "handoff.db")
		_, err := db.Open(t.Context(), path, db.Existing())
		if !errors.Is(err, db.ErrNoDatabase) || err.Error() != "no database at "+path {
			t.Errorf("Open: %v", err)
		}
		_, err = db.Open(t.Context(), filepath.Join(dir, "typo", "x.db"), db.InExistingFolder())
		if !errors.Is(err, db.ErrNoDatabase) {
			t.Errorf("Open in a missing folder: %v", err)
		}
		if names := dirNames(t, dir); len(names) != 0 {
			t.Errorf("the folder holds %v", names)
		}
	})
	t.Run("EmptyFileReadOnly", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "handoff.db")
		writeFile(t, path, nil)
		_, err := db.Open(t.Context(), path, db.Existing())
		if !errors.Is(err, model.ErrNotHandoffDB) || !strings.Contains(err.Error(), "0 bytes") {
			t.Errorf("Open: %v", err)
		}
		if st, _ := os.Stat(path); st.Size() != 0 {
			t.Error("the empty file was written")
		}
	})
	t.Run("DanglingLink", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(dir, "target.db")
		link := filepath.Join(dir, "link.db")
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
		_, err := db.Open(t.Context(), link)
		if !errors.Is(err, db.ErrNoDatabase) || !strings.Contains(err.Error(), "is a link to "+target) {
			t.Errorf("Open: %v", err)
		}
		if _, err := os.Lstat(target); err == nil {
			t.Error("the link's target was created")
		}
	})
	t.Run("StaleTemporaryFiles", func(t *testing.T) {
		dir := t.TempDir()
		old := filepath.Join(dir, ".handoff.db.new-123")
		fresh := filepath.Join(dir, ".handoff.db.new-456")
		other := filepath.Join(dir, ".other.db.new-789")
		for _, p := range []string{old, fresh, other} {
			writeFile(t, p, []byte("half"))
		}
		long := time.Now().Add(-time.Hour)
		os.Chtimes(old, long, long)
		os.Chtimes(other, long, long)
		s, err := db.Open(t.Context(), filepath.Join(dir, "handoff.db"))
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		names := dirNames(t, dir)
		if slices.Contains(names, ".handoff.db.new-123") || !slices.Contains(names, ".handoff.db.new-456") || !slices.Contains(names, ".other.db.new-789") {
			t.Errorf("after creating: %v; want the old temporary file of this database gone, the rest kept", names)
		}
	})
}

// The database, its WAL and SHM and its backups are 0600 whatever the
// umask.
func TestFileModes(t *testing.T) {
	old := syscall.Umask(0)
	defer syscall.Umask(old)
	f := newFixture(t).withPeople()
	for _, name := range dirNames(t, filepath.Dir(f.path)) {
		st, err := os.Stat(filepath.Join(filepath.Dir(f.path), name))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s is %04o, want 0600", name, st.Mode().Perm())
		}
	}
}

// A failed upgrade says so in one sentence without SQLite's words and
// leaves no copy behind (the file is as it was); a good one leaves one.
func TestUpgradeBackups(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	path := filepath.Join(dir, "handoff.db")
	old := migrations(t, nil)
	s, err := db.Open(ctx, path, db.WithMigrations(old))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	broken := migrations(t, map[string]string{nextMigration(1, "broken"): `SELECT no_such_column FROM people;`})
	for range 2 {
		_, err := db.Open(ctx, path, db.WithMigrations(broken))
		if !errors.Is(err, db.ErrUpgradeFailed) || strings.Contains(err.Error(), "no_such_column") || strings.Contains(err.Error(), "SQL") ||
			!strings.Contains(err.Error(), "left as it was") {
			t.Errorf("Open with a broken migration: %v", err)
		}
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("after two failed upgrades the folder holds %v, want the database alone", names)
	}
	good := migrations(t, map[string]string{nextMigration(1, "good"): `CREATE TABLE extra (x INTEGER);`})
	s, err = db.Open(ctx, path, db.WithMigrations(good))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	var backups []string
	for _, n := range dirNames(t, dir) {
		if strings.HasSuffix(n, ".bak") {
			backups = append(backups, n)
		}
	}
	if len(backups) != 1 {
		t.Errorf("after one upgrade the backups are %v, want one", backups)
	}
}

// A command that only reads, given a file an older version made, reads it
// through an upgraded private copy: the file keeps its bytes and schema, no
// backup appears beside it, and the copy is gone once the store closes.
func TestReadOnlyOpenOfAnOlderFile(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	path := filepath.Join(dir, "handoff.db")
	first := fstest.MapFS{}
	body, err := fs.ReadFile(db.EmbeddedMigrations(), "migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	first["migrations/0001_init.sql"] = &fstest.MapFile{Data: body}
	s, err := db.Open(ctx, path, db.WithMigrations(first))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// The store writes today's schema, so the older file's row goes in by hand.
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `INSERT INTO deals (name, stage) VALUES ('Acme rollout', 'lead')`); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)

	s, err = db.Open(ctx, path, db.Existing(), db.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	deals, err := s.Deals(ctx)
	if err != nil || len(deals) != 1 || deals[0].Name != "Acme rollout" {
		t.Errorf("read through the copy: %v, %v", deals, err)
	}
	if v, _ := s.Version(ctx); v != db.SchemaVersion() {
		t.Errorf("the copy is at schema %d, want %d", v, db.SchemaVersion())
	}
	s.Close()

	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("a read-only open changed the older file")
	}
	if names := dirNames(t, dir); len(names) != 1 {
		t.Errorf("beside the file after a read-only open: %v, want the database alone", names)
	}
	if names := dirNames(t, tmp); len(names) != 0 {
		t.Errorf("the temporary folder keeps %v after the store closed", names)
	}
}
