package ui

import (
	"slices"
	"strings"
	"testing"

	"handoff/model"
)

// chooseSortIn opens the sort chooser of the focused pane and picks want,
// counting the rows as the chooser lists them: the current order first,
// then the others in the order offered.
func chooseSortIn(h *harness, offered []listSort, current, want listSort) {
	h.t.Helper()
	order := []listSort{current}
	for _, s := range offered {
		if s != current {
			order = append(order, s)
		}
	}
	h.press("O")
	for range slices.Index(order, want) {
		h.press("down")
	}
	h.press("enter")
}

func TestSortTheGaps(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4")
	p := &h.a.deal().gaps
	people := peopleNames(h.a.sh.people)
	for _, want := range append(gapSorts[1:], gapSorts[0]) {
		t.Run(want.label(h.a.sh.lang, paneGaps), func(t *testing.T) {
			keep := p.selectedID()
			chooseSortIn(h, gapSorts, p.sort(), want)
			if p.sort() != want {
				t.Fatalf("sort is %v, want %v", p.sort(), want)
			}
			if want != gapSorts[0] {
				h.sees("· " + want.label(h.a.sh.lang, paneGaps))
			}
			if p.selectedID() != keep {
				t.Errorf("the cursor left the gap it was on (%d, now %d)", keep, p.selectedID())
			}
			own := sortedGaps(p.d.Gaps) // the pane's own order, for ties
			rank := map[int64]int{}
			for i, x := range own {
				rank[p.d.Gaps[x].ID] = i
			}
			for i := 1; i < len(p.order); i++ {
				a, b := p.d.Gaps[p.order[i-1]], p.d.Gaps[p.order[i]]
				c := 0
				if want.by != sortStatus && a.Open() != b.Open() {
					if !a.Open() {
						t.Fatalf("closed gap %d before open gap %d", a.ID, b.ID)
					}
					continue
				}
				switch want.by {
				case sortSeverity:
					c = byRank(b.Severity.Rank(), a.Severity.Rank(), want.down)
				case sortDue:
					c = byDue(a.Due, b.Due, want.down)
				case sortOwner:
					c = byName(people[a.Owner], people[b.Owner], want.down)
				case sortStatus:
					c = byRank(slices.Index(model.GapStatuses, a.Status), slices.Index(model.GapStatuses, b.Status), want.down)
				}
				if c > 0 {
					t.Errorf("row %d (gap %d) should come after row %d (gap %d)", i-1, a.ID, i, b.ID)
				}
				if c == 0 && rank[a.ID] > rank[b.ID] {
					t.Errorf("tie between gaps %d and %d broke the pane's own order", a.ID, b.ID)
				}
			}
		})
	}
	// The choice holds while the app runs, on every deal.
	chooseSortIn(h, gapSorts, p.sort(), listSort{sortDue, true})
	h.press("esc")
	h.openDeal("Process")
	h.press("4")
	h.sees("· due ↓")
}

func TestSortThePromises(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	p := &h.a.deal().promises
	people := peopleNames(h.a.sh.people)
	for _, want := range append(promiseSorts[1:], promiseSorts[0]) {
		t.Run(want.label(h.a.sh.lang, panePromises), func(t *testing.T) {
			chooseSortIn(h, promiseSorts, h.a.sh.promiseSort, want)
			if h.a.sh.promiseSort != want {
				t.Fatalf("sort is %v, want %v", h.a.sh.promiseSort, want)
			}
			if want.by != sortAdded {
				h.sees("2 Promises (5) · " + want.label(h.a.sh.lang, panePromises))
			}
			for i := 1; i < len(p.rows); i++ {
				a, b := p.d.Promises[p.rows[i-1]], p.d.Promises[p.rows[i]]
				c := 0
				switch want.by {
				case sortPriority:
					c = byRank(slices.Index(model.Priorities, b.Priority), slices.Index(model.Priorities, a.Priority), want.down)
				case sortDue:
					c = byDue(a.Due, b.Due, want.down)
				case sortOwner:
					c = byName(people[a.PromisedBy], people[b.PromisedBy], want.down)
				case sortStatus:
					c = byRank(slices.Index(model.Verifications, a.Verification), slices.Index(model.Verifications, b.Verification), want.down)
				}
				if c > 0 {
					t.Errorf("promise %q should come after %q", a.Title, b.Title)
				}
				if c == 0 && p.rows[i-1] > p.rows[i] {
					t.Errorf("tie between %q and %q broke the order they were added in", a.Title, b.Title)
				}
			}
		})
	}
	// Must first by priority, as the golden shows; the reality pane follows
	// the promise under the cursor.
	chooseSortIn(h, promiseSorts, h.a.sh.promiseSort, listSort{sortPriority, true})
	if pr, _ := p.selected(); h.a.deal().reality.promise.ID != pr.ID {
		t.Errorf("pane 3 shows promise %d, the cursor is on %d", h.a.deal().reality.promise.ID, pr.ID)
	}
}

// gapsNow reads gaps from the store.
func (h *harness) gapsNow(gs []model.Gap) []model.Gap {
	h.t.Helper()
	out := make([]model.Gap, len(gs))
	for i, g := range gs {
		var err error
		if out[i], err = h.s.Gap(h.ctx, g.ID); err != nil {
			h.t.Fatal(err)
		}
	}
	return out
}

func TestMarkGapsAndAssignOneOwner(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4")
	p := &h.a.deal().gaps
	var marked []model.Gap
	for range 3 {
		g, _ := p.selected()
		marked = append(marked, g)
		h.press("space")
	}
	h.sees("4 Gaps (10 open of 11) · 3 marked", "3 marked: o, s, v act on all of them at once")
	before := h.gapsNow(marked)
	h.press("o")
	h.sees("owner of 3 gaps")
	h.typeText("Priya")
	h.press("enter")
	h.sees("3 gaps now owned by Priya Nair. u undoes all of it.")
	for _, g := range h.gapsNow(marked) {
		if model.PersonName(h.a.sh.people, g.Owner) != "Priya Nair" {
			t.Errorf("gap %d owned by %d after the bulk change", g.ID, g.Owner)
		}
	}
	if len(p.marked) != 0 {
		t.Errorf("%d marks left after the bulk change", len(p.marked))
	}
	h.seesNot("marked")
	// One undo takes all three back.
	h.press("u")
	h.sees("Undone: change 3 gaps.")
	for i, g := range h.gapsNow(marked) {
		if g.Owner != before[i].Owner {
			t.Errorf("gap %d: owner %d after undo, want %d", g.ID, g.Owner, before[i].Owner)
		}
	}
	h.press("ctrl+r")
	h.sees("Redone: change 3 gaps.")
	for _, g := range h.gapsNow(marked) {
		if model.PersonName(h.a.sh.people, g.Owner) != "Priya Nair" {
			t.Errorf("gap %d owned by %d after redo", g.ID, g.Owner)
		}
	}
}

func TestBulkStatusSeverityAndDue(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4", "j", "j", "j", "j", "j", "j")
	p := &h.a.deal().gaps
	var marked []model.Gap
	for range 3 {
		g, _ := p.selected()
		marked = append(marked, g)
		h.press("space")
	}
	before := h.gapsNow(marked)
	h.press("v")
	h.sees("Change 3 gaps")
	if f := h.a.topForm(); f == nil || f.fields[f.focus].name != "severity" {
		t.Fatal("v does not open the bulk form at the severity")
	}
	for h.a.topForm().value("severity") != string(model.SeverityLow) {
		h.press("right")
	}
	h.press("shift+tab")
	for h.a.topForm().value("status") != string(model.GapInProgress) {
		h.press("right")
	}
	h.press("tab", "tab")
	h.typeText("2027-02-01")
	h.press("ctrl+s")
	h.sees("Changed 3 gaps.")
	for _, g := range h.gapsNow(marked) {
		if g.Severity != model.SeverityLow || g.Status != model.GapInProgress || g.Due != model.MustDate("2027-02-01") {
			t.Errorf("gap %d after the bulk form: %s %s %s", g.ID, g.Severity, g.Status, g.Due)
		}
	}
	h.press("u")
	for i, g := range h.gapsNow(marked) {
		b := before[i]
		if g.Severity != b.Severity || g.Status != b.Status || g.Due != b.Due || g.Owner != b.Owner {
			t.Errorf("gap %d after one undo: %s %s %s, want %s %s %s", g.ID, g.Severity, g.Status, g.Due, b.Severity, b.Status, b.Due)
		}
	}

	// Left as each is, nothing changes but what was set: a due date alone.
	for i := range marked {
		p.marked.toggle(marked[i].ID)
	}
	h.press("s")
	h.press("tab", "tab")
	h.typeText("2027-03-01")
	h.press("ctrl+s")
	for i, g := range h.gapsNow(marked) {
		if g.Due != model.MustDate("2027-03-01") || g.Severity != before[i].Severity || g.Status != before[i].Status {
			t.Errorf("gap %d after setting the due date alone: %s %s %s", g.ID, g.Severity, g.Status, g.Due)
		}
	}
}

func TestBulkFormRefusesARowAndSavesNothing(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4")
	p := &h.a.deal().gaps
	var marked []model.Gap
	for range 2 { // the critical gap and a high one
		g, _ := p.selected()
		marked = append(marked, g)
		h.press("space")
	}
	before := h.gapsNow(marked)
	h.press("s")
	for h.a.topForm().value("status") != string(model.GapResolved) {
		h.press("right")
	}
	h.press("ctrl+s")
	h.sees("Change 2 gaps", "is required to set a")
	if now := h.gapsNow(marked); now[0].Status != before[0].Status || now[1].Status != before[1].Status {
		t.Fatal("a refused bulk change saved some of the gaps")
	}
	if len(p.marked) != 2 {
		t.Errorf("the marks went with a refused change: %d left", len(p.marked))
	}
}

func TestBulkChangeOnAStaleGapSavesNothing(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4")
	p := &h.a.deal().gaps
	var marked []model.Gap
	for range 2 {
		g, _ := p.selected()
		marked = append(marked, g)
		h.press("space")
	}
	// Another window changes the second gap meanwhile.
	theirs := h.gapsNow(marked)[1]
	theirs.Resolution = "Settled in the other window"
	if err := h.s.UpdateGap(h.ctx, &theirs); err != nil {
		t.Fatal(err)
	}
	h.press("o")
	h.typeText("Priya")
	h.press("enter")
	h.sees("Someone changed one of these rows meanwhile")
	now := h.gapsNow(marked)
	if now[0].Owner != marked[0].Owner || now[1].Owner != marked[1].Owner {
		t.Fatal("a stale bulk change saved some of the gaps")
	}
}

func TestMarkPromisesAndSetVerification(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	p := &h.a.deal().promises
	h.press("j", "j", "j") // the heard promise, then the contracted one
	var marked []model.Promise
	for range 2 {
		pr, _ := p.selected()
		marked = append(marked, pr)
		h.press("space")
	}
	h.sees("2 Promises (5) · 2 marked")
	h.press("s")
	h.sees("Verification of 2 promises")
	for h.a.topForm().value("verification") != string(model.VerificationConfirmed) {
		h.press("right")
	}
	h.press("ctrl+s")
	h.sees("Changed 2 promises.")
	for _, pr := range marked {
		now, _ := h.s.Promise(h.ctx, pr.ID)
		if now.Verification != model.VerificationConfirmed {
			t.Errorf("promise %q: %s", pr.Title, now.Verification)
		}
	}
	h.press("u")
	for _, pr := range marked {
		if now, _ := h.s.Promise(h.ctx, pr.ID); now.Verification != pr.Verification {
			t.Errorf("promise %q after undo: %s, want %s", pr.Title, now.Verification, pr.Verification)
		}
	}
	// Who promised them, at once.
	for _, pr := range marked {
		p.marked.toggle(pr.ID)
	}
	h.press("o")
	h.typeText("Anna")
	h.press("enter")
	h.sees("2 promises now promised by Anna Kowalska.")
	for _, pr := range marked {
		if now, _ := h.s.Promise(h.ctx, pr.ID); model.PersonName(h.a.sh.people, now.PromisedBy) != "Anna Kowalska" {
			t.Errorf("promise %q promised by %d", pr.Title, now.PromisedBy)
		}
	}
}

func TestEscClearsMarksFirst(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4", "space", "space")
	h.sees("2 marked")
	h.press("space") // a third, then unmark it again
	h.press("up", "space")
	if n := len(h.a.deal().gaps.marked); n != 2 {
		t.Fatalf("%d marked after marking three and unmarking one, want 2", n)
	}
	h.press("esc")
	if n := len(h.a.deal().gaps.marked); n != 0 {
		t.Fatalf("esc left %d marks", n)
	}
	if _, ok := h.a.top().(*dealScreen); !ok {
		t.Fatal("esc with marks left the deal")
	}
	h.press("esc")
	if _, ok := h.a.top().(*dealsScreen); !ok {
		t.Fatal("esc without marks did not go back to the deal list")
	}
}

func TestAgreeSeveralTermsAtOnce(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("T")
	g := h.a.glossary()
	var marked []model.Term
	mark := func(term string) {
		for i, r := range g.rows {
			if r.term.Term == term {
				g.cur.to(i)
			}
		}
		r, _ := g.selected()
		marked = append(marked, r.term)
		h.press("space")
	}
	mark("Schulung")
	mark("real-time")
	h.sees("2 marked")
	// A word with no entry cannot be marked.
	for i, r := range g.rows {
		if r.term.ID == 0 && r.dismissed == nil {
			g.cur.to(i)
		}
	}
	h.press("space")
	h.sees("Only a term with a glossary entry can be marked")
	h.press("s")
	h.sees("Agree 2 terms")
	h.typeText("Jonas")
	h.press("enter")
	h.typeText("Priya")
	h.press("enter", "ctrl+s")
	h.sees("Agreed 2 terms.")
	for _, term := range marked {
		now, err := h.s.Term(h.ctx, term.ID)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, id := range now.AgreedBy {
			names = append(names, model.PersonName(h.a.sh.people, id))
		}
		if now.Status != model.TermAgreed || strings.Join(names, ", ") != "Jonas Becker, Priya Nair" {
			t.Errorf("term %q: %s by %v", term.Term, now.Status, names)
		}
	}
	h.press("u")
	h.sees("Undone: agree 2 terms.")
	for _, term := range marked {
		if now, _ := h.s.Term(h.ctx, term.ID); now.Status != term.Status || len(now.AgreedBy) != len(term.AgreedBy) {
			t.Errorf("term %q after undo: %s by %v", term.Term, now.Status, now.AgreedBy)
		}
	}
}

func TestSelectionShowsWithoutColour(t *testing.T) {
	// The harness draws as under NO_COLOR; with the escape sequences taken
	// away (TERM=dumb shows no styling at all) the selected row, the
	// marked rows and the active tab still read from the characters.
	h := newHarness(t, 80, 24, true)
	h.press("j")
	if !strings.Contains(h.row("Process"), "▸") {
		t.Errorf("the selected deal has no mark: %q", h.row("Process"))
	}
	h.press("k")
	h.openDeal("SAP")
	h.press("4", "space")
	if !strings.Contains(h.screen(), "[4 Gaps]") {
		t.Error("the active tab does not show without colour")
	}
	lines := strings.Split(h.screen(), "\n")
	var selected, marked int
	for _, l := range lines {
		body := strings.TrimPrefix(l, "┃ ")
		switch {
		case strings.HasPrefix(body, "▸"):
			selected++
		case strings.HasPrefix(body, " ✓"):
			marked++
		}
	}
	if selected != 1 || marked != 1 {
		t.Errorf("without colour: %d rows marked as selected, %d as marked; want 1 and 1:\n%s", selected, marked, h.screen())
	}
	// Every list: the glossary, the history, meeting mode's agenda.
	for _, keys := range [][]string{{"T"}, {"H"}} {
		h.press("esc")
		h.press(keys...)
		if !strings.Contains(h.screen(), "▸") {
			t.Errorf("after %v no row shows as selected:\n%s", keys, h.screen())
		}
	}
}
