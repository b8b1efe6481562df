package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// isolate keeps a test away from the user's own database and settings: a
// fresh home and data folder, and no HANDOFF_ variables.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("HANDOFF_DB", "")
	t.Setenv("HANDOFF_ACTOR", "")
	for _, name := range []string{"HANDOFF_LANG", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(name, "")
	}
	t.Setenv("LANG", "C.UTF-8")
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	return dir
}

// handoff runs the command line and returns its exit code and output.
func handoff(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(t.Context(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestVersion(t *testing.T) {
	dir := isolate(t)
	path := filepath.Join(dir, "new", "x.db")
	code, out, errOut := handoff(t, "--db", path, "version")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := fmt.Sprintf("handoff %s (schema %d)\ndatabase %s (none yet)\n", version, db.SchemaVersion(), path)
	if out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if _, err := os.Stat(filepath.Dir(path)); err == nil {
		t.Fatal("version created the database's folder")
	}
	// A database there: its schema, read without opening it.
	if err := os.Mkdir(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	ok(t, "--db", path, "sample")
	before := snapshot(t, filepath.Dir(path))
	want = fmt.Sprintf("handoff %s (schema %d)\ndatabase %s (schema %d)\n", version, db.SchemaVersion(), path, db.SchemaVersion())
	if code, out, _ := handoff(t, "--db", path, "version"); code != 0 || out != want {
		t.Errorf("version: exit %d, stdout %q, want %q", code, out, want)
	}
	// The flag works after the command too.
	if code, out, _ := handoff(t, "version", "--db", path); code != 0 || out != want {
		t.Errorf("version --db: exit %d, stdout %q", code, out)
	}
	if after := snapshot(t, filepath.Dir(path)); !reflect.DeepEqual(after, before) {
		t.Errorf("version changed the folder:\nbefore %v\nafter  %v", before, after)
	}
	// And the default path is used when nothing names one, and not made.
	code, out, _ = handoff(t, "version")
	def := filepath.Join(dir, "data", "handoff", "handoff.db")
	if code != 0 || !strings.Contains(out, def) {
		t.Errorf("version with no --db: exit %d, stdout %q, want it to use %s", code, out, def)
	}
	if _, err := os.Stat(filepath.Join(dir, "data")); err == nil {
		t.Errorf("version made the default database's folder")
	}
	// --version prints the app's version alone, opening nothing.
	if code, out, errOut := handoff(t, "--db", filepath.Join(dir, "typo", "x.db"), "--version"); code != 0 || errOut != "" ||
		out != fmt.Sprintf("handoff %s (schema %d)\n", version, db.SchemaVersion()) {
		t.Errorf("--version: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestReadOnlyCommandsCreateNothing: check, export and listing words need
// a database; without one they say so and leave nothing behind.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	dir := isolate(t)
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink(filepath.Join(dir, "elsewhere", "target.db"), link); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	missing := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{{"check"}, {"check", "--deal", "x"}, {"export"}, {"export", "--format", "json"}, {"words"}, {"words", "remove", "x"}, {"agenda", "--owner", "x"}} {
		code, out, errOut := handoff(t, append([]string{"--db", missing}, args...)...)
		if code != 2 || out != "" || errOut != "handoff: no database at "+missing+"\n" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and \"no database at PATH\"", args, code, out, errOut)
		}
		code, _, errOut = handoff(t, append([]string{"--db", empty}, args...)...)
		if code != 2 || !strings.Contains(errOut, "is an empty file (0 bytes)") {
			t.Errorf("%q on a 0-byte file: exit %d, stderr %q", args, code, errOut)
		}
	}
	// The default path: nothing is made either.
	if code, _, errOut := handoff(t, "check"); code != 2 || !strings.Contains(errOut, "no database at ") {
		t.Errorf("check on the default path: exit %d, stderr %q", code, errOut)
	}
	// A dangling link is refused by every command, never followed to make a
	// file where it points.
	for _, args := range [][]string{{"check"}, {"version"}, {"sample"}, {"words", "add", "x"}} {
		code, _, errOut := handoff(t, append([]string{"--db", link}, args...)...)
		if code != 2 || !strings.Contains(errOut, "is a link to ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q on a dangling link: exit %d, stderr %q", args, code, errOut)
		}
	}
	// A mistyped folder is not made by a command that may create.
	typoDir := filepath.Join(dir, "tpyo", "handoff.db")
	if code, _, errOut := handoff(t, "--db", typoDir, "sample"); code != 2 ||
		errOut != "handoff: no database at "+typoDir+", and its folder "+filepath.Dir(typoDir)+" does not exist\n" {
		t.Errorf("sample into a missing folder: exit %d, stderr %q", code, errOut)
	}
	// A command that may create, failing on a new file, leaves none.
	csv := writeFile(t, "p.csv", "title\nA promise\n")
	for _, args := range [][]string{{"import", csv, "--deal", "Acme"}, {"words", "add", " "}} {
		if code, _, errOut := handoff(t, append([]string{"--db", missing}, args...)...); code != 2 {
			t.Errorf("%q on a new file: exit %d, stderr %q; want 2", args, code, errOut)
		}
	}
	// The terminal UI with no terminal to ask on creates nothing either.
	if code, _, errOut := handoff(t, "--db", missing); code != 2 || !strings.Contains(errOut, "no database at "+missing+"; nothing was created") {
		t.Errorf("the UI on a missing --db: exit %d, stderr %q", code, errOut)
	}
	if after := snapshot(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("the folder changed:\nbefore %v\nafter  %v", before, after)
	}
}

func TestHelp(t *testing.T) {
	isolate(t)
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"check", "--help"}, {"import", "x.csv", "-h"}, {"words", "--help"}} {
		code, out, errOut := handoff(t, args...)
		want := "check" // the whole usage lists every command; a command's, itself
		if !strings.HasPrefix(args[0], "-") && args[0] != "help" {
			want = "  " + args[0] + " "
		}
		if code != 0 || errOut != "" || !strings.Contains(out, "Usage:") || !strings.Contains(out, want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 0 and the usage on stdout", args, code, out, errOut)
		}
	}
}

// Each command's --help is that command's part of the usage, with the
// global flags; help COMMAND says the same.
func TestCommandHelp(t *testing.T) {
	isolate(t)
	for _, name := range commandNames() {
		for _, args := range [][]string{{name, "--help"}, {"help", name}} {
			code, out, errOut := handoff(t, args...)
			if code != 0 || errOut != "" || !strings.Contains(out, "handoff [--db PATH] "+name+" [flags]") ||
				!strings.Contains(out, "Global flags:") {
				t.Errorf("%q: exit %d, stderr %q, stdout:\n%s", args, code, errOut, out)
			}
			for _, other := range commandNames() {
				if other != name && strings.Contains(out, "\n  "+other+" ") {
					t.Errorf("%q shows the %s command too:\n%s", args, other, out)
				}
			}
		}
	}
}

func TestClosest(t *testing.T) {
	names := []string{"check", "export", "import", "words", "agenda", "version"}
	for in, want := range map[string]string{"exprot": "export", "chek": "check", "imprt": "import", "ex": "export",
		"agneda": "agenda", "xyzzy": "", "w": "", "verison": "version"} {
		if got := closest(in, names); got != want {
			t.Errorf("closest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	dir := isolate(t)
	path := filepath.Join(dir, "x.db")
	cases := []struct {
		args  []string
		msg   string
		usage bool
	}{
		{[]string{"--db", path, "frobnicate"}, `handoff: unknown command "frobnicate" (handoff --help lists every command)`, false},
		{[]string{"--db", path, "exprt"}, `handoff: unknown command "exprt"; did you mean export? (handoff --help lists every command)`, false},
		{[]string{"--no-such-flag"}, "handoff: unknown flag --no-such-flag", true},
		{[]string{"--db", path, "check", "extra"}, `handoff: check: unexpected argument "extra"`, false},
		{[]string{"--db", path, "version", "--deal", "x"}, "handoff: version: unknown flag --deal", false},
		{[]string{"--db", path, "import", "a.json", "--frob"}, "handoff: import: unknown flag --frob", false},
		{[]string{"--db", path, "import", "--deal"}, "handoff: import: --deal needs a value", false},
		{[]string{"--db", path, "words", "--frob"}, "handoff: words: unknown flag --frob", false},
		{[]string{"--db", path, "words", "list", "--frob"}, "handoff: words: use words, words add WORD…, or words remove WORD…", false},
		{[]string{"--db", path, "export", "--format"}, "handoff: export: --format needs a value", false},
		{[]string{"--db", path, "export", "--dael", "x"}, "handoff: export: unknown flag --dael; did you mean --deal?", false},
	}
	for _, c := range cases {
		code, out, errOut := handoff(t, c.args...)
		if code != 2 || out != "" {
			t.Errorf("%q: exit %d, stdout %q; want 2 and nothing on stdout", c.args, code, out)
		}
		if !strings.HasSuffix(errOut, c.msg+"\n") || strings.Contains(errOut, "Usage:") != c.usage {
			t.Errorf("%q: stderr %q; want it to end with %q (usage shown: %v)", c.args, errOut, c.msg, c.usage)
		}
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a command line error created the database")
	}
}

func TestEnvDB(t *testing.T) {
	dir := isolate(t)
	env := filepath.Join(dir, "env.db")
	t.Setenv("HANDOFF_DB", env)
	code, out, errOut := handoff(t, "sample")
	if code != 0 || errOut != "" || !strings.Contains(out, env) {
		t.Fatalf("exit %d, stdout %q, stderr %q; want HANDOFF_DB used", code, out, errOut)
	}
	if _, err := os.Stat(env); err != nil {
		t.Fatalf("HANDOFF_DB not created: %v", err)
	}
	// --db wins over the variable.
	flag := filepath.Join(dir, "flag.db")
	code, out, _ = handoff(t, "--db", flag, "version")
	if code != 0 || !strings.Contains(out, "database "+flag+" ") {
		t.Errorf("exit %d, stdout %q; want --db used over HANDOFF_DB", code, out)
	}
}

// badDB is a file the command line must refuse, byte for byte untouched.
type badDB struct {
	name  string
	setup func(t *testing.T, path string)
	msg   string
}

func badDBs() []badDB {
	write := func(b []byte) func(*testing.T, string) {
		return func(t *testing.T, path string) {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	random := make([]byte, 8192)
	rand.NewChaCha8([32]byte{1}).Read(random)
	return []badDB{
		{"TextFile", write([]byte("dear diary\n")), "is not a handoff database"},
		{"RandomBytes", write(random), "is not a handoff database"},
		{"EmptyDir", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}, "is a folder"},
		{"ForeignSQLite", func(t *testing.T, path string) {
			raw, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if _, err := raw.Exec("CREATE TABLE t (x); INSERT INTO t VALUES (1)"); err != nil {
				t.Fatal(err)
			}
		}, "made by another program"},
		{"TooNew", func(t *testing.T, path string) {
			s, err := db.Open(t.Context(), path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			raw, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if _, err := raw.Exec(fmt.Sprintf("PRAGMA user_version = %d", db.SchemaVersion()+1)); err != nil {
				t.Fatal(err)
			}
		}, "newer version of handoff"},
	}
}

// snapshot is what a folder holds: names, modes and file hashes.
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
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			v += " " + hex.EncodeToString(sum[:])
		}
		out[p] = v
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBadDB(t *testing.T) {
	for _, c := range badDBs() {
		t.Run(c.name, func(t *testing.T) {
			isolate(t)
			dir := t.TempDir()
			path := filepath.Join(dir, "handoff.db")
			c.setup(t, path)
			before := snapshot(t, dir)
			for _, cmd := range []string{"version", "check"} {
				code, out, errOut := handoff(t, "--db", path, cmd)
				if code != 2 || out != "" {
					t.Errorf("%s: exit %d, stdout %q; want 2 and nothing on stdout", cmd, code, out)
				}
				if strings.Count(errOut, "\n") != 1 || !strings.HasSuffix(errOut, "\n") ||
					!strings.HasPrefix(errOut, "handoff: ") || strings.Contains(errOut, "Usage:") ||
					!strings.Contains(errOut, path) || !strings.Contains(errOut, c.msg) {
					t.Errorf("%s: stderr %q; want one line naming the file and saying %q", cmd, errOut, c.msg)
				}
			}
			if after := snapshot(t, dir); !reflect.DeepEqual(after, before) {
				t.Errorf("the folder changed:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// newDB makes a database with what fill adds.
func newDB(t *testing.T, fill func(s *db.Store)) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "handoff.db")
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fill(s)
	return path
}

// readyDeal adds a deal with nothing blocking its handoff.
func readyDeal(t *testing.T, s *db.Store, name string) model.Deal {
	t.Helper()
	ctx := t.Context()
	var ids []int64
	for _, r := range []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery} {
		p := model.Person{Name: "The " + string(r), Role: r}
		if err := s.CreatePerson(ctx, &p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	d := model.Deal{Name: name, Stage: model.StageLead,
		Owners: model.Owners{Sales: ids[0], Presales: ids[1], Delivery: ids[2]}}
	if err := s.CreateDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	p := model.NewPromise(d.ID)
	p.Title, p.PromisedBy = "Monthly invoice file", ids[0]
	if err := s.CreatePromise(ctx, &p); err != nil {
		t.Fatal(err)
	}
	a := model.Assessment{PromiseID: p.ID, Fit: model.FitFull, Confidence: model.ConfidenceHigh, AssessedBy: ids[2]}
	if err := s.CreateAssessment(ctx, &a); err != nil {
		t.Fatal(err)
	}
	return d
}

// blockedDeal adds a deal with no owners and no promises.
func blockedDeal(t *testing.T, s *db.Store, name string) model.Deal {
	t.Helper()
	d := model.Deal{Name: name, Stage: model.StageLead}
	if err := s.CreateDeal(t.Context(), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCheck(t *testing.T) {
	isolate(t)

	t.Run("NoDeals", func(t *testing.T) {
		path := newDB(t, func(*db.Store) {})
		code, out, errOut := handoff(t, "--db", path, "check")
		if code != 1 || out != "no deals\n" || errOut != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want 1 and \"no deals\"", code, out, errOut)
		}
	})

	t.Run("UnknownDeal", func(t *testing.T) {
		path := newDB(t, func(s *db.Store) { readyDeal(t, s, "Acme") })
		code, out, errOut := handoff(t, "--db", path, "check", "--deal", "Globex")
		if code != 2 || out != "" || errOut != "handoff: no deal matches \"Globex\"\n" {
			t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one sentence", code, out, errOut)
		}
	})

	t.Run("OneBlocker", func(t *testing.T) {
		var d model.Deal
		path := newDB(t, func(s *db.Store) {
			d = readyDeal(t, s, "Acme")
			d, _ = s.Deal(t.Context(), d.ID)
			d.Owners.Delivery = 0
			if err := s.UpdateDeal(t.Context(), &d); err != nil {
				t.Fatal(err)
			}
		})
		code, out, _ := handoff(t, "--db", path, "check")
		if code != 1 || !strings.Contains(out, "— 1 blocker\n") {
			t.Errorf("exit %d, stdout %q; want 1 and \"1 blocker\"", code, out)
		}
	})

	t.Run("Ready", func(t *testing.T) {
		var d model.Deal
		path := newDB(t, func(s *db.Store) { d = readyDeal(t, s, "Acme") })
		code, out, errOut := handoff(t, "--db", path, "check")
		if code != 0 || out != fmt.Sprintf("%d\tAcme\tready\n", d.ID) || errOut != "" {
			t.Errorf("check: exit %d, stdout %q, stderr %q; want 0 and the deal ready", code, out, errOut)
		}
		for _, ref := range []string{"Acme", "acme", fmt.Sprint(d.ID)} {
			code, out, errOut = handoff(t, "check", "--deal", ref, "--db", path)
			if code != 0 || out != "Acme: ready\n" || errOut != "" {
				t.Errorf("check --deal %s: exit %d, stdout %q, stderr %q; want 0 and ready", ref, code, out, errOut)
			}
		}
	})

	t.Run("NotReady", func(t *testing.T) {
		var blocked model.Deal
		path := newDB(t, func(s *db.Store) {
			readyDeal(t, s, "Acme")
			blocked = blockedDeal(t, s, "Globex")
		})
		code, out, errOut := handoff(t, "--db", path, "check")
		if code != 1 || errOut != "" || !strings.Contains(out, "\tAcme\tready\n") ||
			!strings.Contains(out, fmt.Sprintf("%d\tGlobex\t", blocked.ID)) || !strings.Contains(out, "blockers") {
			t.Errorf("check: exit %d, stdout %q, stderr %q; want 1 with Globex blocked", code, out, errOut)
		}
		code, out, errOut = handoff(t, "--db", path, "check", "--deal", "globex")
		if code != 1 || errOut != "" || !strings.HasPrefix(out, "Globex: ") ||
			!strings.Contains(out, "  - The deal has no sales owner.\n") || !strings.Contains(out, "  - No promises are recorded yet.\n") {
			t.Errorf("check --deal: exit %d, stdout %q, stderr %q; want 1 and the blockers", code, out, errOut)
		}
	})

	t.Run("Overdue", func(t *testing.T) {
		path := newDB(t, func(s *db.Store) {
			d := readyDeal(t, s, "Acme")
			for _, g := range []model.Gap{
				{DealID: d.ID, Title: "Agree the cut-over weekend", Severity: model.SeverityLow, Kind: model.KindOther,
					Status: model.GapOpen, Origin: model.OriginManual, Due: model.MustDate("2020-01-02")},
				{DealID: d.ID, Title: "Settled long ago", Severity: model.SeverityLow, Kind: model.KindOther,
					Status: model.GapResolved, Origin: model.OriginManual, Due: model.MustDate("2020-01-01")},
				{DealID: d.ID, Title: "Far ahead", Severity: model.SeverityLow, Kind: model.KindOther,
					Status: model.GapOpen, Origin: model.OriginManual, Due: model.MustDate("2199-01-01")},
			} {
				if err := s.CreateGap(t.Context(), &g); err != nil {
					t.Fatal(err)
				}
			}
		})
		days := model.OverdueText(model.MustDate("2020-01-02"), model.DateOf(time.Now()))
		_, out, errOut := handoff(t, "--db", path, "check", "--deal", "Acme")
		if errOut != "" || !strings.Contains(out, "  overdue: Agree the cut-over weekend (due 2020-01-02, "+days+")\n") ||
			strings.Contains(out, "Settled") || strings.Contains(out, "Far ahead") {
			t.Errorf("check --deal: stdout %q, stderr %q; want the one open overdue gap", out, errOut)
		}
		_, out, errOut = handoff(t, "--db", path, "check")
		if errOut != "" || !strings.Contains(out, "\tAcme\t") || !strings.Contains(out, "; due 2020-01-02, "+days+"\n") {
			t.Errorf("check: stdout %q, stderr %q; want the deal's overdue date", out, errOut)
		}
	})

	t.Run("AmbiguousDeal", func(t *testing.T) {
		path := newDB(t, func(s *db.Store) {
			blockedDeal(t, s, "Acme north")
			blockedDeal(t, s, "Acme south")
		})
		code, out, errOut := handoff(t, "--db", path, "check", "--deal", "acme")
		if code != 2 || out != "" || !strings.Contains(errOut, `"acme" matches 2 deals`) ||
			!strings.Contains(errOut, "Acme north") || !strings.Contains(errOut, "Acme south") {
			t.Errorf("exit %d, stdout %q, stderr %q; want 2 naming both deals", code, out, errOut)
		}
	})
}
