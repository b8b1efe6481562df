//go:build unix

package main

import (
	"regexp"
	"strings"
	"testing"
)

// Journey: in the gaps pane, mark three gaps nobody owns and give all
// three one owner at once; the file holds the change, and one undo takes
// it all back. Then the same list without colour (TERM=dumb) still shows
// the selected and the marked rows.
func TestE2EBulkAssignThreeGaps(t *testing.T) {
	s := newServer(t)
	path := t.TempDir() + "/handoff.db"
	s.cli("--db", path, "sample")
	d := sqliteDB(t, path)
	const sap = `(SELECT id FROM deals WHERE name LIKE 'SAP S/4HANA%')`
	count := func(where string) int {
		t.Helper()
		var n int
		if err := d.QueryRow(`SELECT COUNT(*) FROM gaps WHERE deal_id = ` + sap + ` AND status IN ('open', 'in_progress') AND ` + where).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	const priya = `owner = (SELECT id FROM people WHERE name = 'Priya Nair')`
	unowned, priyas := count("owner IS NULL"), count(priya)
	if unowned < 3 {
		t.Fatalf("the sample deal has %d open gaps without an owner; the journey needs 3", unowned)
	}

	p := s.start("bulk", 120, 35, "--db", path)
	p.waitFor("3 deals")
	p.openDeal("SAP S/4HANA", "SAP S/4HANA")
	p.keys("4")
	p.waitFor("┏━ 4 Gaps (")
	// The gaps nobody owns come after the owned ones of the same severity:
	// go to the first row whose owner is "—".
	for range 12 {
		if row := selectedRow(p.screen()); strings.Contains(row, " — ") {
			break
		}
		before := p.screen()
		p.keys("j")
		p.waitChange("the cursor to move", before)
	}
	if row := selectedRow(p.screen()); !strings.Contains(row, " — ") {
		t.Fatalf("no unowned gap under the cursor:\n%s", frame(p.screen()))
	}
	p.keys("Space", "Space", "Space")
	scr := p.waitFor("4 Gaps (10 open of 11) · 3 marked", "3 marked: o, s, v act on all of them at once")
	if n := len(regexp.MustCompile(`(?m)[┃│]  ✓ `).FindAllString(scr, -1)); n != 3 {
		t.Errorf("%d rows show the mark, want 3:\n%s", n, frame(scr))
	}

	p.keys("o")
	p.waitFor("owner of 3 gaps")
	p.pickPerson("Priya", "Priya Nair")
	scr = p.waitFor("3 gaps now owned by Priya Nair. u undoes all of it.")
	if strings.Contains(scr, "marked") || strings.Contains(scr, "✓ ▲") || strings.Contains(scr, "✓ ■") {
		t.Errorf("marks left after the bulk change:\n%s", frame(scr))
	}
	if got := count("owner IS NULL"); got != unowned-3 {
		t.Errorf("%d open gaps without an owner in the file after the bulk change, want %d", got, unowned-3)
	}
	if got := count(priya); got != priyas+3 {
		t.Errorf("Priya owns %d open gaps in the file, want %d", got, priyas+3)
	}
	// One change in the history: three gap updates at the same moment.
	var events, moments int
	if err := d.QueryRow(`SELECT COUNT(*), COUNT(DISTINCT at) FROM events WHERE entity = 'gap' AND action = 'update'
		AND id > (SELECT COALESCE(MAX(id), 0) - 3 FROM events WHERE entity = 'gap')`).Scan(&events, &moments); err != nil {
		t.Fatal(err)
	}
	if events != 3 || moments != 1 {
		t.Errorf("the last gap events: %d updates at %d moments, want 3 at 1", events, moments)
	}

	p.keys("u")
	p.waitFor("Undone: change 3 gaps.")
	if got := count("owner IS NULL"); got != unowned {
		t.Errorf("%d open gaps without an owner after one undo, want %d", got, unowned)
	}
	p.quit()
	checkIntegrity(t, path)

	// Without styling at all, the selection and the marks are characters.
	q := s.startEnv("dumb", 80, 24, []string{"TERM=dumb"}, "--db", path)
	q.waitFor("3 deals")
	q.openDeal("SAP S/4HANA", "SAP S/4HANA")
	q.keys("4")
	q.waitFor("[4 Gaps]")
	q.keys("Space")
	scr = q.waitFor("1 marked")
	if !strings.Contains(scr, "┃ ▸  ") || !strings.Contains(scr, "┃  ✓ ") {
		t.Errorf("under TERM=dumb the selected or the marked row does not show:\n%s", frame(scr))
	}
	q.quit()
}

// selectedRow is the gaps pane's line with the selection mark.
func selectedRow(scr string) string {
	_, gaps, _ := strings.Cut(scr, "4 Gaps (")
	for _, l := range strings.Split(gaps, "\n") {
		if _, row, ok := strings.Cut(l, "┃ ▸ "); ok {
			return row
		}
	}
	return ""
}
