package db_test

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"handoff/db"
	"handoff/model"
)

func TestOpenNewFile(t *testing.T) {
	ctx := t.Context()
	parent := filepath.Join(t.TempDir(), "data")
	dir := filepath.Join(parent, "handoff")
	path := filepath.Join(dir, "handoff.db")
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	for p, want := range map[string]fs.FileMode{path: 0o600, dir: 0o700, parent: 0o700} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s: mode %04o, want %04o", p, got, want)
		}
	}
	if s.Path() != path || s.Backup() != "" {
		t.Errorf("Path %q Backup %q, want %q and none", s.Path(), s.Backup(), path)
	}
	if v, err := s.Version(ctx); err != nil || v != db.SchemaVersion() || v < 1 {
		t.Errorf("Version = %d, %v; want SchemaVersion %d (≥ 1)", v, err, db.SchemaVersion())
	}

	// Every pooled connection has the pragmas, not just the first: hold
	// several at once so the pool must open new ones.
	pool := db.Pool(s)
	var conns []*sql.Conn
	for range 3 {
		c, err := pool.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	for i, c := range conns {
		for name, ok := range map[string]func(string) bool{
			"journal_mode": func(v string) bool { return v == "wal" },
			"foreign_keys": func(v string) bool { return v == "1" },
			"busy_timeout": func(v string) bool { n, _ := strconv.Atoi(v); return n >= 1000 },
			"synchronous":  func(v string) bool { return v == "1" || v == "2" }, // NORMAL or FULL
		} {
			if v := pragma(t, c, name); !ok(v) {
				t.Errorf("connection %d: PRAGMA %s = %s", i, name, v)
			}
		}
		c.Close()
	}
	s.Close()

	// Closed, the folder holds the database alone: no temporary file from
	// its creation, no -wal or -shm left behind.
	if names := dirNames(t, dir); !reflect.DeepEqual(names, []string{"handoff.db"}) {
		t.Errorf("folder holds %q, want only handoff.db", names)
	}
	raw := rawOpen(t, path)
	if got := pragma(t, raw, "journal_mode"); got != "wal" {
		t.Errorf("journal_mode %s, want wal", got)
	}
	if got := pragma(t, raw, "user_version"); got != strconv.Itoa(db.SchemaVersion()) {
		t.Errorf("user_version %s, want %d", got, db.SchemaVersion())
	}
	if got := pragma(t, raw, "application_id"); got != strconv.Itoa(db.ApplicationID) {
		t.Errorf("application_id %s, want %d", got, db.ApplicationID)
	}
	if got := pragma(t, raw, "integrity_check"); got != "ok" {
		t.Errorf("integrity_check: %s", got)
	}
	raw.Close()
}

func TestOpenRelativePath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	s, err := db.Open(t.Context(), "rel.db")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if want := filepath.Join(dir, "rel.db"); s.Path() != want {
		t.Errorf("Path %q, want %q", s.Path(), want)
	}
}

// An empty file is an empty database to SQLite: it becomes a handoff one.
func TestOpenEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(t.Context(), &p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw := rawOpen(t, path)
	if got := pragma(t, raw, "application_id"); got != strconv.Itoa(db.ApplicationID) {
		t.Errorf("application_id %s, want %d", got, db.ApplicationID)
	}
}

// Several processes (here goroutines) creating the same new file at once
// all end up on one complete database.
func TestOpenConcurrentCreate(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "new", "handoff.db")
	const n = 4
	var wg sync.WaitGroup
	stores := make([]*db.Store, n)
	errs := make([]error, n)
	for i := range n {
		wg.Go(func() { stores[i], errs[i] = db.Open(ctx, path) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("Open %d: %v", i, errs[i])
		}
		defer stores[i].Close()
		p := model.Person{Name: fmt.Sprintf("P%d", i), Role: model.RoleOther}
		if err := stores[i].CreatePerson(ctx, &p); err != nil {
			t.Fatalf("store %d: %v", i, err)
		}
	}
	for i := range n {
		if list, err := stores[i].People(ctx); err != nil || len(list) != n {
			t.Errorf("store %d sees %d people (%v), want %d", i, len(list), err, n)
		}
	}
	for _, name := range dirNames(t, filepath.Dir(path)) {
		if strings.Contains(name, ".new-") {
			t.Errorf("temporary file %s left behind", name)
		}
	}
}

// snapshot is what a folder holds: each entry's mode and, for files, a hash
// of the bytes.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		v := info.Mode().String()
		if info.Mode().IsRegular() {
			v += " " + fileSum(t, p)
		}
		out[p] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// refusedFile is a file handoff must refuse without writing to it.
type refusedFile struct {
	name     string
	setup    func(t *testing.T, path string)
	sentinel error
	msg      string
}

// refusedFiles are the files db.Open and the command line must refuse.
func refusedFiles() []refusedFile {
	return []refusedFile{
		{"TextFile", func(t *testing.T, path string) {
			writeFile(t, path, []byte("Groceries:\n- milk\n- bread\n"+strings.Repeat("more text\n", 20)))
		}, model.ErrNotHandoffDB, "not a handoff database (it is not a SQLite file)"},
		{"RandomBytes", func(t *testing.T, path string) {
			b := make([]byte, 64<<10)
			r := rand.NewChaCha8([32]byte{7})
			r.Read(b)
			writeFile(t, path, b)
		}, model.ErrNotHandoffDB, "not a SQLite file"},
		{"ShortSQLiteHeader", func(t *testing.T, path string) {
			writeFile(t, path, []byte("SQLite format 3\x00 but nothing after"))
		}, model.ErrNotHandoffDB, "not a SQLite file"},
		{"EmptyDir", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}, model.ErrNotHandoffDB, "is a folder"},
		{"ForeignSQLite", func(t *testing.T, path string) {
			foreignSQLite(t, path, "")
		}, model.ErrNotHandoffDB, "made by another program"},
		{"ForeignSQLiteWAL", func(t *testing.T, path string) {
			foreignSQLite(t, path, "PRAGMA journal_mode = WAL; PRAGMA application_id = 1234;")
		}, model.ErrNotHandoffDB, "made by another program"},
		{"TooNew", func(t *testing.T, path string) {
			tooNew(t, path, "")
		}, model.ErrTooNew, "newer version"},
		// Not in WAL mode, the file would change the moment SQLite opened it
		// with handoff's settings: it must be refused before that.
		{"TooNewRollbackJournal", func(t *testing.T, path string) {
			tooNew(t, path, "PRAGMA journal_mode = DELETE")
		}, model.ErrTooNew, "newer version"},
	}
}

// tooNew makes a handoff database with some data, as a newer version of
// the app would leave it: its schema version above this one's.
func tooNew(t *testing.T, path, pragma string) {
	t.Helper()
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(t.Context(), &p); err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw := rawOpen(t, path)
	if pragma != "" {
		if _, err := raw.Exec(pragma); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(fmt.Sprintf("PRAGMA user_version = %d", db.SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// foreignSQLite makes a SQLite database the way another program would.
func foreignSQLite(t *testing.T, path, pragmas string) {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if pragmas != "" {
		if _, err := raw.Exec(pragmas); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := raw.Exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
		INSERT INTO notes (body) VALUES ('mine, not handoff''s')`); err != nil {
		t.Fatal(err)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenRefuses(t *testing.T) {
	for _, c := range refusedFiles() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "handoff.db")
			c.setup(t, path)
			before := snapshot(t, dir)
			s, err := db.Open(t.Context(), path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, c.sentinel) {
				t.Errorf("err = %v, want %v", err, c.sentinel)
			}
			msg := err.Error()
			if !strings.Contains(msg, c.msg) || !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
				t.Errorf("message %q: want one line naming %s and saying %q", msg, path, c.msg)
			}
			for _, suffix := range []string{"-wal", "-shm", "-journal"} {
				if _, err := os.Lstat(path + suffix); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("%s appeared beside the refused file", filepath.Base(path+suffix))
				}
			}
			if after := snapshot(t, dir); !reflect.DeepEqual(after, before) {
				t.Errorf("the folder changed:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// A newer version still running holds its schema change in the WAL, not yet
// in the file's header: the open must still refuse.
func TestOpenRefusesTooNewInWAL(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "handoff.db")
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw := rawOpen(t, path)
	conn, err := raw.Conn(ctx) // stays open: the WAL is not checkpointed
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA wal_autocheckpoint = 0"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", db.SchemaVersion()+1)); err != nil {
		t.Fatal(err)
	}
	sum := fileSum(t, path)
	s, err = db.Open(ctx, path)
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded")
	}
	if !errors.Is(err, model.ErrTooNew) || !strings.Contains(err.Error(), "newer version") {
		t.Errorf("err = %v, want ErrTooNew saying \"newer version\"", err)
	}
	if fileSum(t, path) != sum {
		t.Error("the database file changed")
	}
}
