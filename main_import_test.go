package main

import (
	"strings"
	"testing"
)

// Importing what the database already holds is refused with the count and
// the flag that adds it anyway; nothing is added until then.
func TestImportDuplicatesRefused(t *testing.T) {
	isolate(t)
	path := sampleDB(t)
	before := exportJSON(t, path)
	const hint = " — run again with --allow-duplicates to add them anyway"

	refused(t, 1, "3 of 3 deals already exist in this database"+hint, "--db", path, "sample")
	export := writeFile(t, "export.json", before)
	refused(t, 1, "3 of 3 deals already exist in this database"+hint, "--db", path, "import", export)

	csv := writeFile(t, "p.csv", "title,source_ref\nSSO,Proposal §1\nAudit log,Proposal §2\n")
	ok(t, "--db", path, "import", "--deal", "Managed IT", csv)
	after := exportJSON(t, path)
	refused(t, 1, "2 of 2 promises already exist in “Managed IT services EU + Suzhou”"+hint,
		"--db", path, "import", "--deal", "Managed IT", csv)
	if now := exportJSON(t, path); now != after {
		t.Fatal("a refused import changed the database")
	}

	if out := ok(t, "--db", path, "import", "--allow-duplicates", "--deal", "Managed IT", csv); !strings.HasPrefix(out, "imported 2 promises") {
		t.Errorf("import --allow-duplicates: %q", out)
	}
	if out := ok(t, "--db", path, "sample", "--allow-duplicates"); !strings.HasPrefix(out, "added 3 sample deals") {
		t.Errorf("sample --allow-duplicates: %q", out)
	}
}

// A JSON file whose ids repeat is refused whole, saying where, not as a
// change by someone else.
func TestImportJSONRepeatedIDs(t *testing.T) {
	isolate(t)
	valid := exportJSON(t, sampleDB(t))
	// The second person takes the first one's id.
	i := strings.Index(valid, `"people": [`)
	first := strings.Index(valid[i:], `"id": `) + i
	second := strings.Index(valid[first+1:], `"id": `) + first + 1
	end := strings.Index(valid[second:], ",") + second
	bad := valid[:second] + `"id": 1` + valid[end:]
	file := writeFile(t, "bad.json", bad)
	empty := t.TempDir() + "/empty.db"
	refused(t, 2, "people[1].id: person 1 appears twice in the file (also at people[0])", "--db", empty, "import", file)
}
