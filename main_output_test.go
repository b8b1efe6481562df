package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"handoff/db"
	"handoff/model"
)

// hostileName is a name holding what retitles, clears or reorders a
// terminal: an OSC title, a CSI clear, the 8-bit CSI (as a character and
// as a raw byte) and a right-to-left override.
const hostileName = "Hostile \x1b]0;PWNED\x07 a\x1b[2J b\u009b2J c\x9b2J d\u202eevil"

// hostileDB is the sample database with two deals, a person and a watch
// word renamed to hostile names behind the store's back, as another
// program (or an old version) could have written them.
func hostileDB(t *testing.T) string {
	t.Helper()
	path := sampleDB(t)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, q := range []string{
		`UPDATE deals SET name = ? || ' one' WHERE id = (SELECT min(id) FROM deals)`,
		`UPDATE deals SET name = ? || ' two' WHERE id = (SELECT max(id) FROM deals)`,
		`UPDATE people SET name = ? WHERE id = (SELECT min(id) FROM people)`,
		`INSERT INTO watch_words (word) VALUES (?)`,
	} {
		if _, err := raw.Exec(q, hostileName); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}

// assertInert fails when text holds anything a terminal would act on.
func assertInert(t *testing.T, what, text string) {
	t.Helper()
	for _, bad := range []string{"\x1b", "\x07", "\u009b", "\u202e"} {
		if strings.Contains(text, bad) {
			t.Errorf("%s holds %q:\n%q", what, bad, text)
		}
	}
	if !utf8.ValidString(text) {
		t.Errorf("%s is not valid UTF-8 (a raw 8-bit control?):\n%q", what, text)
	}
}

// TestOutputIsInert: nothing the command line prints, on stdout or
// stderr, lets a stored name act on the terminal.
func TestOutputIsInert(t *testing.T) {
	isolate(t)
	path := hostileDB(t)
	csv := writeFile(t, "p.csv", "title,promised_by\nA promise,"+strings.ToValidUTF8(hostileName, "")+"\n")
	cases := [][]string{
		{"check"},
		{"check", "--deal", "one"},
		{"check", "--deal", "Hostile"}, // matches two deals: the list of them
		{"check", "--deal", hostileName},
		{"words"},
		{"words", "remove", hostileName + " nope"},
		{"words", "add", hostileName + " new"},
		{"export", "--deal", "one"},
		{"export"},
		{"export", "--format", "json"},
		{"export", "--deal", hostileName + " nothing"},
		{"import", csv, "--deal", "one"},
		{"import", csv, "--deal", hostileName + " new", "--create"},
		{"import", filepath.Join(t.TempDir(), hostileName+".json")},
	}
	said := map[string]string{}
	for _, args := range cases {
		code, out, errOut := handoff(t, append([]string{"--db", path}, args...)...)
		said[strings.Join(args, " ")] = out + errOut
		if code == 2 && errOut == "" {
			t.Errorf("%q: exit 2 with nothing said", args)
		}
		assertInert(t, strings.Join(args, " ")+": stdout", out)
		assertInert(t, strings.Join(args, " ")+": stderr", errOut)
	}
	// The text is still there, cleaned, not dropped.
	_, out, _ := handoff(t, "--db", path, "check")
	if !strings.Contains(out, "Hostile  a b") || !strings.Contains(out, "\t") {
		t.Errorf("check lost the deal's name or its tab-separated columns:\n%q", out)
	}
	if out := said["import "+csv+" --deal one"]; !strings.Contains(out, "added to the people as sales: Hostile ") {
		t.Errorf("import: %q", out)
	}
	if out := said["check --deal Hostile"]; !strings.Contains(out, "matches 2 deals") {
		t.Errorf("check --deal Hostile: %q", out)
	}
}

// TestJSONExportEscapesInvisible: the JSON export writes C1 controls and
// bidi characters as \u escapes, reads them back as they were, and still
// goes round export → import → export byte for byte.
func TestJSONExportEscapesInvisible(t *testing.T) {
	isolate(t)
	a := model.NewArchive()
	a.People = []model.Person{{ID: 1, Name: hostileName, Role: model.RoleSales}}
	a.Deals = []model.Dossier{{Deal: model.Deal{ID: 1, Name: hostileName + " \u2066iso\u2069 \u200bzw", Stage: model.StageLead}}}
	data, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	src := writeFile(t, "h.json", string(data))
	path := filepath.Join(t.TempDir(), "h.db")
	ok(t, "--db", path, "import", src)
	out := exportJSON(t, path)
	assertInert(t, "the JSON export", out)
	for _, want := range []string{`\u001b]0;PWNED\u0007`, `\u009b2J`, `\u202eevil`, `\u2066iso\u2069`, `\u200bzw`} {
		if !strings.Contains(out, want) {
			t.Errorf("the export lacks %s", want)
		}
	}
	back, err := db.UnmarshalArchive([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Deals[0].Deal.Name; got != strings.ToValidUTF8(hostileName, "\uFFFD")+" \u2066iso\u2069 \u200bzw" {
		t.Errorf("read back %q", got)
	}
	again := filepath.Join(t.TempDir(), "again.db")
	ok(t, "--db", again, "import", writeFile(t, "again.json", out))
	if second := exportJSON(t, again); second != out {
		t.Errorf("export → import → export differs: %s", firstLineDiff(out, second))
	}
	if err := os.Remove(src); err != nil {
		t.Fatal(err)
	}
}
