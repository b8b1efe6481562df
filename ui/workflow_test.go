package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"handoff/db"
	"handoff/model"
)

// Update tests: each drives one workflow with keys, as a user would, and
// checks both the screen and what the store holds.

func TestCreateDealFromTheWelcome(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	h.sees("Welcome to handoff", "create your first deal")
	h.press("n")
	h.sees("New deal")
	h.typeText("Nordwind CRM rollout")
	h.press("tab")
	h.typeText("Nordwind AG")
	h.press("ctrl+s")
	h.seesNot("New deal")
	h.sees("Added deal “Nordwind CRM rollout”", "Nordwind AG")
	deals, err := h.s.Deals(h.ctx)
	if err != nil || len(deals) != 1 || deals[0].Name != "Nordwind CRM rollout" || deals[0].Customer != "Nordwind AG" {
		t.Fatalf("stored deals = %+v, %v", deals, err)
	}
}

func TestCancelledFormSavesNothing(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	before := len(h.a.deal().d.Promises)
	h.press("n")
	h.typeText("Something we never said")
	h.press("esc")
	h.sees("Discard your changes?")
	h.press("n") // back to the form, with what was typed
	h.sees("New promise", "Something we never said")
	h.seesNot("Discard your changes?")
	h.press("esc")
	h.press("esc") // esc on the question also goes back
	h.sees("New promise", "Something we never said")
	h.press("esc", "y")
	h.sees("Discarded; nothing was saved.")
	h.seesNot("New promise")
	if n := len(h.dossier(h.a.deal().id).Promises); n != before {
		t.Fatalf("%d promises after a cancelled form, want %d", n, before)
	}
}

func TestInvalidInputKeepsTheFormOpen(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	before := len(h.a.deal().d.Promises)
	h.press("n")
	h.press("ctrl+s") // no title
	// The error names its field: a bare "is required" tells nobody which.
	h.sees("✗ Promise is required", "nothing was saved")
	h.seesNot("✗ is required")
	h.typeText("Nightly stock export")
	for range 9 {
		h.press("tab")
	}
	h.typeText("2027-02-30")
	h.press("ctrl+s")
	h.sees("✗ Customer due date: 2027-02-30 is not a date", "Nightly stock export")
	if n := len(h.dossier(h.a.deal().id).Promises); n != before {
		t.Fatalf("a refused form saved a promise")
	}
	// Correcting the date saves it, with what was typed before.
	for range 10 {
		h.press("backspace")
	}
	h.typeText("2027-02-28")
	h.press("ctrl+s")
	h.seesNot("New promise")
	d := h.dossier(h.a.deal().id)
	last := d.Promises[len(d.Promises)-1]
	if last.Title != "Nightly stock export" || last.Due.String() != "2027-02-28" {
		t.Fatalf("saved %+v", last)
	}
}

func TestPromiseDeleteUndoRedo(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	p, _ := h.a.deal().promises.selected()
	h.press("d")
	h.sees("Delete promise")
	h.press("y")
	h.sees("Deleted promise")
	if _, err := h.s.Promise(h.ctx, p.ID); err == nil {
		t.Fatal("the promise is still there after delete")
	}
	h.press("u")
	h.sees("Undone: delete promise")
	if _, err := h.s.Promise(h.ctx, p.ID); err != nil {
		t.Fatalf("undo did not bring the promise back: %v", err)
	}
	h.press("ctrl+r")
	h.sees("Redone: delete promise")
	if _, err := h.s.Promise(h.ctx, p.ID); err == nil {
		t.Fatal("redo did not delete the promise again")
	}
	h.press("u")
	h.press("u") // nothing more of ours to undo
	h.sees("Nothing to undo.")
}

func TestUndoRefusesToOverwriteSomeoneElse(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("e", "end")
	h.typeText(" (mine)")
	h.press("ctrl+s")
	p, _ := h.a.deal().promises.selected()
	theirs, _ := h.s.Promise(h.ctx, p.ID)
	theirs.Title = "Changed in the other window"
	if err := h.s.UpdatePromise(h.ctx, &theirs); err != nil {
		t.Fatal(err)
	}
	h.press("u")
	h.sees("cannot be undone")
	if now, _ := h.s.Promise(h.ctx, p.ID); now.Title != "Changed in the other window" {
		t.Fatalf("undo overwrote another change: %q", now.Title)
	}
}

func TestAnswerAPromise(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("j", "j", "j") // the unanswered training promise
	p, _ := h.a.deal().promises.selected()
	if _, ok := h.a.deal().d.Answer(p.ID); ok {
		t.Fatalf("expected %q to be unanswered", p.Title)
	}
	h.press("a")
	h.sees("Delivery's answer", "To: "+p.Title[:20])
	// A new answer claims nothing: it starts unknown until delivery says.
	if fit := h.a.topForm().value("fit"); fit != string(model.FitUnknown) {
		t.Fatalf("a new answer starts with fit %q, want unknown", fit)
	}
	for h.a.topForm().value("fit") != string(model.FitPartial) {
		h.press("right")
	}
	h.press("tab")
	h.typeText("Train the trainers only: 8 shift leads.")
	h.press("tab")
	h.typeText("6")
	h.press("tab")
	h.typeText("2027-01-20")
	h.press("ctrl+s")
	a, err := h.s.Assessment(h.ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Fit != model.FitPartial || a.EffortDays != 6 || a.Earliest.String() != "2027-01-20" || a.PromiseRevision != p.Revision {
		t.Fatalf("stored answer %+v", a)
	}
	h.press("3")
	h.sees("◐ partial", "Train the trainers")
	// An existing answer keeps its fit.
	h.press("2", "a")
	if fit := h.a.topForm().value("fit"); fit != string(model.FitPartial) {
		t.Fatalf("the stored answer opens with fit %q, want partial", fit)
	}
	h.press("esc")
	// The unassessed gap closed itself; a scope and a schedule gap opened.
	gaps := map[model.GapKind]model.Gap{}
	for _, g := range h.dossier(h.a.deal().id).Gaps {
		if g.PromiseID == p.ID {
			gaps[g.Kind] = g
		}
	}
	if g := gaps[model.KindUnassessed]; g.Open() {
		t.Errorf("unassessed gap still open: %+v", g)
	}
	if !gaps[model.KindScope].Open() || !gaps[model.KindSchedule].Open() {
		t.Errorf("want open scope and schedule gaps, got %+v", gaps)
	}
}

func TestDefineATermFromAPromise(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("j", "j", "j", "j") // "Hypercare: … support …"
	p, _ := h.a.deal().promises.selected()
	if !strings.Contains(p.Title, "support") {
		t.Fatalf("selected %q", p.Title)
	}
	h.press("t")
	h.sees("Define a term", "support")
	h.press("tab")
	h.typeText("On-site support: two consultants in the plant, 06:00–22:00, Mon–Fri.")
	h.press("tab", "right") // draft → agreed
	h.press("tab")
	// Agreed by: a selling-side person and one from delivery.
	h.typeText("Jonas")
	h.sees("› Jonas", "▸ Jonas Becker") // suggestions under the field, no dialog
	h.press("enter")
	h.press("space")
	h.typeText("Lukas")
	h.press("enter")
	h.sees("Jonas Becker, Lukas Hoffmann")
	h.press("ctrl+s")
	h.seesNot("Define a term")
	var term model.Term
	for _, x := range h.dossier(h.a.deal().id).Terms {
		if x.Term == "support" {
			term = x
		}
	}
	if term.Status != model.TermAgreed || len(term.AgreedBy) != 2 {
		t.Fatalf("stored term %+v", term)
	}
	h.press("T")
	if row := h.row("support"); !strings.Contains(row, "✓ agreed") || !strings.Contains(row, "Jonas Becker, Lukas Hoffmann") {
		t.Fatalf("glossary row: %q", row)
	}
}

func TestAgreedTermNeedsBothSides(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("j", "j", "j", "j", "t", "tab")
	h.typeText("Whatever sales says.")
	h.press("tab", "right", "tab")
	h.typeText("Jonas")
	h.press("enter", "ctrl+s")
	h.sees("needs a person from delivery as well", "Define a term")
}

func TestAssignAnOwnerWithANewPerson(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	target := h.firstUnownedGap()
	h.press("o")
	h.typeText("Greta Lind")
	h.sees("＋ add “Greta Lind” as a new person")
	h.press("down", "down", "down", "down", "down", "down", "down", "down") // to the add row
	h.press("enter")
	h.sees("Add “Greta Lind” as a new person")
	h.press("right", "right") // sales → presales → delivery
	h.press("enter")
	g, err := h.s.Gap(h.ctx, target.ID)
	if err != nil {
		t.Fatal(err)
	}
	if name := model.PersonName(h.a.sh.people, g.Owner); name != "Greta Lind" {
		t.Fatalf("gap owner is %q", name)
	}
	h.sees("Greta Lind")
}

func TestGapStatusAndDecision(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4")
	g, _ := h.a.deal().gaps.selected()
	h.press("r")
	h.sees("Record a decision")
	h.typeText("Phase 2 takes event-driven sync; the contract gets an annex.")
	h.press("ctrl+s")
	h.sees("Added decision")
	h.press("s")
	h.sees("Gap")
	// Status is the fourth field: severity, owner, due, status.
	h.press("tab", "tab", "tab")
	for h.a.topForm().value("status") != string(model.GapAccepted) {
		h.press("right")
	}
	h.press("tab")
	h.typeText("Risk accepted by the steering committee.")
	h.press("ctrl+s")
	now, _ := h.s.Gap(h.ctx, g.ID)
	if now.Status != model.GapAccepted || now.Resolution != "Risk accepted by the steering committee." {
		t.Fatalf("gap after the form: %+v", now)
	}
	var decided bool
	for _, d := range h.dossier(h.a.deal().id).Decisions {
		decided = decided || (d.GapID == g.ID && strings.HasPrefix(d.Text, "Phase 2 takes"))
	}
	if !decided {
		t.Fatal("the decision was not stored against the gap")
	}
}

func TestDerivedGapCannotBeDeleted(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4", "d")
	h.sees("it closes itself when its cause goes")
}

func TestManualGapAndConstraint(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4", "n")
	h.typeText("Customer expects German-language training material")
	h.press("ctrl+s")
	h.sees("Added gap")
	h.press("c")
	h.typeText("Only two SAP consultants speak German.")
	h.press("ctrl+s")
	h.press("3")
	h.sees("Only two SAP consultants speak German.")
	d := h.dossier(h.a.deal().id)
	var manual bool
	for _, g := range d.Gaps {
		manual = manual || (g.Origin == model.OriginManual && strings.HasPrefix(g.Title, "Customer expects German"))
	}
	if !manual || d.Constraints[len(d.Constraints)-1].Text != "Only two SAP consultants speak German." {
		t.Fatal("manual gap or constraint not stored")
	}
}

func TestFilterTheDealList(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("/")
	h.typeText("hess")
	h.sees("SAP S/4HANA", "1 of 3")
	h.seesNot("Managed IT services")
	h.press("enter") // keep the filter, leave the line
	h.press("enter") // open the one deal shown
	h.sees("3 Delivery reality")
}

// A filter that several deals match puts the best match first: "SAP"
// spells the letters of every sample deal with its customer, but names
// only one.
func TestFilterPutsTheBestMatchFirst(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("/")
	h.typeText("SAP")
	h.press("enter", "enter") // leave the line, open the first deal shown
	h.sees("Deals › SAP S/4HANA")
}

func TestStageAndArchive(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("s") // first deal: Managed IT services, stage won
	h.press("right")
	h.press("ctrl+s")
	h.press("y") // it is not ready: move it anyway
	d := h.a.deals().all[h.a.deals().rows[h.a.deals().cur.pos]].Deal
	if d.Stage != model.StageHandoff {
		t.Fatalf("stage %s, want handoff", d.Stage)
	}
	h.press("A")
	if row := h.row("Managed IT services"); row != "" && !strings.Contains(row, "Saved deal") {
		t.Fatalf("an archived deal is still listed: %q", row)
	}
	h.sees("1 archived hidden")
	h.press("v")
	h.sees("⌂ Managed IT services")
}

func TestConflictOfferOverwriteOrReload(t *testing.T) {
	for _, choice := range []string{"o", "r"} {
		t.Run(choice, func(t *testing.T) {
			h := newHarness(t, 120, 40, true)
			h.openDeal("SAP")
			p, _ := h.a.deal().promises.selected()
			h.press("e", "end")
			h.typeText(" (mine)")
			// Meanwhile another window changes the same promise.
			theirs, _ := h.s.Promise(h.ctx, p.ID)
			theirs.Title = "Their title"
			if err := h.s.UpdatePromise(h.ctx, &theirs); err != nil {
				t.Fatal(err)
			}
			h.press("ctrl+s")
			h.sees("Changed underneath you", "They changed: ", "title", "r  reload", "o  overwrite")
			h.press(choice)
			now, _ := h.s.Promise(h.ctx, p.ID)
			switch choice {
			case "o":
				if now.Title != p.Title+" (mine)" {
					t.Fatalf("overwrite stored %q", now.Title)
				}
				h.seesNot("Edit promise")
			case "r":
				if now.Title != "Their title" {
					t.Fatalf("reload stored %q", now.Title)
				}
				h.sees("Edit promise")
				if got := h.a.topForm().value("title"); got != "Their title" {
					t.Fatalf("the reloaded form shows %q", got)
				}
			}
		})
	}
}

func TestChangesFromAnotherProcessShowUp(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("j")
	keep, _ := h.a.deal().promises.selected()
	h.press("e") // a form is open while the change arrives
	other, err := db.Open(h.ctx, h.path, db.WithActor("colleague"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	p := model.NewPromise(h.a.deal().id)
	p.Title = "Added in the other window"
	if err := other.CreatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	h.sees("Edit promise") // the form stays open
	h.press("esc")
	h.sees("Added in the other window")
	if sel, _ := h.a.deal().promises.selected(); sel.ID != keep.ID {
		t.Fatalf("the cursor moved from %q to %q", keep.Title, sel.Title)
	}
}

func TestPresentingHidesMoneyAndNotes(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	money := []string{"EUR ", "PLN ", "USD ", "1,240,000", "486,000", "396,000"}
	h.sees("EUR 1,240,000.00")
	h.press("p")
	h.sees("PRESENTING")
	h.seesNot(money...)
	h.openDeal("SAP")
	notes := "margin is 22%"
	for _, pane := range []string{"1", "2", "3", "4"} {
		h.press(pane)
		h.seesNot(append(money, notes, "Internal notes")...)
	}
	for _, view := range []string{"T", "H", "m", "x"} {
		h.press(view)
		h.seesNot(append(money, notes)...)
		h.press("esc")
	}
	h.press("1", "e")
	h.sees("Edit deal")
	h.seesNot(append(money, "Internal notes (hidden")...)
	h.press("esc", "p")
	h.sees("EUR 1,240,000.00")
	h.press("G")
	h.sees("Internal notes")
}

func TestPresentingHidesMoneyTypedIntoText(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("Managed IT")
	h.press("e", "end")
	h.typeText(", penalty USD 40,000 a day")
	h.press("ctrl+s")
	h.sees("penalty USD 40,000 a day")
	h.press("p")
	h.seesNot("40,000")
	h.sees("penalty USD ••,••• a day")
	h.checkFrame(h.screen())
	h.press("p")
	h.sees("penalty USD 40,000 a day")
}

func TestHistoryHidesMoneyWhilePresenting(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("1", "e", "tab", "tab", "tab")
	for range 12 {
		h.press("backspace")
	}
	h.typeText("1300000")
	h.press("ctrl+s", "H")
	h.sees("Changed the value of the deal from EUR 1,240,000.00 to EUR 1,300,000.00")
	h.press("p")
	h.seesNot("1,240,000", "124000000", "EUR")
}

func TestSignOffThenChange(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("S")
	h.sees("Sign off the handoff", "Priya Nair")
	h.press("ctrl+s", "y") // not ready: signed anyway
	h.sees("Signed off by Priya Nair for delivery.")
	h.press("1", "G")
	h.sees("✓ unchanged since")
	h.press("2", "e", "end")
	h.typeText(" and batch traceability")
	h.press("ctrl+s")
	h.sees("⚠ changed since sign-off: promises")
	id := h.a.deal().id
	h.press("esc")
	if row := h.row("SAP S/4HANA"); !strings.Contains(row, "⚠ ✗") {
		t.Fatalf("the deal list does not flag the change: %q", row)
	}
	md := model.Report(h.dossier(id), testNow)
	if !strings.Contains(md, "changed since sign-off") {
		t.Error("the report does not say the deal changed since sign-off")
	}
}

func TestExportWritesTheReport(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("x")
	h.sees("Report preview", "Handoff: SAP S/4HANA")
	h.press("enter")
	want := filepath.Join(dir, "sap-s-4hana-mes-integration-handoff-2026-11-22.md")
	h.sees("Wrote the report to")
	body, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(body), "# Handoff: SAP S/4HANA") {
		t.Fatalf("written report starts %q", string(body[:40]))
	}
	// e writes to a path the user types.
	h.press("e")
	for range len([]rune(h.a.topForm().value("path"))) {
		h.press("backspace")
	}
	h.typeText(filepath.Join(dir, "out", "missing-folder.md"))
	h.press("enter")
	// The form stays, saying why (on the screen wrapped where the path is
	// long, so the message is read from the form).
	h.sees("Could not write")
	if f := h.a.topForm(); f == nil || !strings.Contains(f.err, "does not exist") {
		t.Fatalf("the form does not say the folder is missing: %+v", f)
	}
	h.press("esc")
}

func TestMeetingWalkThrough(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.later(time.Hour)
	h.press("m")
	total := len(h.a.meeting().agenda)
	h.sees("MEETING", "gap 1 of ")
	owners := 0
	for i := 0; i < total; i++ {
		g, _ := h.a.meeting().gap()
		if g.Owner == 0 && owners < 3 {
			h.press("o")
			h.typeText("Wei")
			h.press("enter")
			owners++
		}
		if i < 2 {
			h.press("r")
			h.typeText("Decision " + itoa(i+1) + " on this gap.")
			h.press("ctrl+s")
		}
		if i == 2 {
			h.press("s")
			for h.a.topForm().value("status") != string(model.GapAccepted) {
				h.press("right")
			}
			h.press("tab")
			h.typeText("Risk accepted.")
			h.press("ctrl+s")
		}
		h.later(2 * time.Minute)
		h.press("l")
	}
	h.sees("Meeting summary", "Decisions recorded: 2, on 2 gaps.", "Owners assigned: 3.", "Status changes: 1 accepted.")
	h.press("esc")
	h.sees("1 Deal") // back on the deal screen
	md := model.Report(h.dossier(h.a.deal().id), testNow)
	for _, want := range []string{"Decision 1 on this gap.", "Decision 2 on this gap.", "Risk accepted.", "Wei Zhang"} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

func TestMeetingSkipAndAgenda(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("m")
	first := h.a.meeting().agenda[0]
	h.press("z")
	if h.a.meeting().agenda[len(h.a.meeting().agenda)-1] != first {
		t.Fatal("skip did not move the gap to the end")
	}
	h.press("g")
	h.sees("Agenda")
	h.press("G", "enter")
	h.sees("gap "+itoa(len(h.a.meeting().agenda))+" of", "MEETING")
}

func TestQuitAndHelp(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("?")
	h.sees("Keys — deals", "load sample deals")
	h.press("x") // any key closes help
	h.seesNot("Keys — deals")
	if !h.quits("q") {
		t.Fatal("q does not quit")
	}
	h.press("/")
	if h.quits("q") {
		t.Fatal("q quits while typing a filter")
	}
	if !h.quits("ctrl+c") {
		t.Fatal("ctrl+c does not quit while typing")
	}
}

func TestSamplesFromTheWelcome(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	h.press("L")
	h.sees("Added 3 sample deals", "SAP S/4HANA")
}

// A save answers the form that asked for it: esc while it runs does not
// pretend nothing was saved, and the answer never closes another form.
func TestSlowSaveAnswersItsOwnForm(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("n")
	h.typeText("One")
	_, pending := h.a.Update(keyMsg("ctrl+s")) // the save has not run yet
	h.sees("Saving…")
	h.press("esc")
	h.sees("Still saving", "New promise")
	first := h.a.topForm()
	// Force the first form aside, as if it had been closed, and start a
	// second one; then let the first save finish.
	h.a.closeForm(first)
	h.press("n")
	h.typeText("Two typed by the user")
	h.run(pending)
	h.sees("New promise")
	if got := h.a.topForm().value("title"); got != "Two typed by the user" {
		t.Fatalf("the second form now holds %q", got)
	}
	h.sees("Added promise “One”")
}

func TestRenameAPersonEverywhere(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("P")
	h.sees("People", "Jonas Becker")
	for {
		p, _ := h.a.people().list.selected()
		if p.Name == "Jonas Becker" {
			break
		}
		h.press("j")
	}
	h.press("e")
	for range len("Jonas Becker") {
		h.press("backspace")
	}
	h.typeText("Jonas Becker-Lang")
	h.press("ctrl+s")
	h.sees("Jonas Becker-Lang")
	h.press("esc")
	h.openDeal("SAP")
	h.sees("Jonas Becker-Lang")
	// Removing someone keeps their name's place on the deal, marked.
	h.press("P")
	for {
		p, _ := h.a.people().list.selected()
		if p.Name == "Jonas Becker-Lang" {
			break
		}
		h.press("j")
	}
	h.press("d", "y", "esc")
	h.sees("(removed)")
	h.press("u")
	h.sees("Jonas Becker-Lang")
}

func TestEditAndDeleteADecision(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("D")
	h.sees("Decisions on", "Go-live stays 15 January")
	n := len(h.a.decisions().list.rows)
	h.press("e", "end")
	h.typeText(" Agreed by phone.")
	h.press("ctrl+s")
	h.sees("Agreed by phone.")
	h.press("d", "y")
	if got := len(h.dossier(h.a.deal().id).Decisions); got != n-1 {
		t.Fatalf("%d decisions after deleting one of %d", got, n)
	}
	h.press("n")
	h.typeText("Weekly check-in with Hessler's plant manager.")
	h.press("ctrl+s")
	h.sees("Weekly check-in")
	if got := len(h.dossier(h.a.deal().id).Decisions); got != n {
		t.Fatalf("%d decisions, want %d", got, n)
	}
}

// All four panes show from 100×30 up; below that, one at a time.
func TestGridFrom100x30(t *testing.T) {
	for _, c := range []struct {
		w, h int
		grid bool
	}{{100, 30, true}, {99, 30, false}, {100, 29, false}, {80, 24, false}, {160, 50, true}} {
		h := newHarness(t, c.w, c.h, true)
		h.openDeal("SAP")
		scr := h.screen()
		all := strings.Contains(scr, "1 Deal ·") && strings.Contains(scr, "4 Gaps (")
		if all != c.grid {
			t.Errorf("%d×%d: four panes shown = %v, want %v", c.w, c.h, all, c.grid)
		}
		h.checkFrame(scr)
	}
}

func TestCopyATermFromTheLibrary(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("Managed IT")
	h.press("T", "L")
	h.sees("Copy a term from the team's library", "Go-live — ")
	h.typeText("go-live")
	h.press("enter")
	h.sees("Define a term")
	if f := h.a.topForm(); f.value("term") != "Go-live" || f.value("status") != "draft" || !strings.Contains(f.value("definition"), "first production order") {
		t.Fatalf("the copied term opens as %q %q %q", f.value("term"), f.value("status"), f.value("definition"))
	}
	h.press("ctrl+s")
	if row := h.row("Go-live"); !strings.Contains(row, "draft") {
		t.Fatalf("glossary row: %q", row)
	}
}

// Text from the database reaches the terminal harmless: no escape
// sequence of its own, no control or bidi character, borders aligned.
func TestHostileTextIsHarmless(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	p, _ := h.a.deal().promises.selected()
	p.Title = "\x1b]0;PWNED\x07Evil \x1b[2J\x1b[H clear \u202eoverride\u202c 实时集成 \x9b31m c1\r\b end 🙂👩\u200d💻"
	p.Detail = "line one\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\\n\tline two \u2066isolate\u2069"
	if err := h.s.UpdatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	h.sees("Evil  clear override 实时集成")
	for _, screen := range []string{"2", "3", "4", "T", "H"} {
		h.press(screen)
		raw := h.raw()
		for _, bad := range []string{"\x1b]", "\x1b[2J", "\x1b[H", "\u202e", "\u2066", "\r", "\b", "\u009b", "\x07"} {
			if strings.Contains(raw, bad) {
				t.Errorf("screen %s lets %q through", screen, bad)
			}
		}
		if !utf8.ValidString(raw) {
			t.Errorf("screen %s is not valid UTF-8", screen)
		}
		h.checkFrame(h.screen())
		if screen == "T" || screen == "H" {
			h.press("esc")
		}
	}
}

func TestWatchForATeamWord(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("T", "w")
	h.typeText("Hypercare")
	h.press("enter")
	h.sees("Added watch word “Hypercare”")
	if row := h.row("Hypercare"); !strings.Contains(row, "not defined") {
		t.Fatalf("glossary row: %q", row)
	}
	h.press("u")
	h.sees("Undone: add watch word")
	if row := h.row("Hypercare"); row != "" && !strings.Contains(row, "Undone") {
		t.Fatalf("still listed after undo: %q", row)
	}
	h.press("ctrl+r")
	if row := h.row("Hypercare "); !strings.Contains(row, "not defined") {
		t.Fatalf("not back after redo: %q", row)
	}
}

func TestSamplesAskFirstWhenThereAreDeals(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("L")
	h.sees("Add the three sample deals to this database?")
	h.press("n")
	h.sees("Nothing was changed.")
	if n := len(h.a.deals().all); n != 3 {
		t.Fatalf("%d deals after saying no", n)
	}
	h.press("L", "y")
	h.sees("Add the sample deals again?") // they are these very deals
	h.press("y")
	if n := len(h.a.deals().all); n != 6 {
		t.Fatalf("%d deals after saying yes", n)
	}
}

// A critical or high gap is resolved or accepted only with the decision
// that closes it: the gap form and meeting mode's status key both refuse it
// without, name the field, and put the cursor in it.
func TestClosingAnImportantGapNeedsAResolution(t *testing.T) {
	for _, where := range []string{"gaps pane", "meeting"} {
		t.Run(where, func(t *testing.T) {
			h := newHarness(t, 120, 40, true)
			h.openDeal("SAP")
			var g model.Gap
			if where == "gaps pane" {
				h.press("4")
				g, _ = h.a.deal().gaps.selected()
				h.press("s", "tab", "tab", "tab") // severity, owner, due, status
			} else {
				h.press("m")
				g, _ = h.a.meeting().gap()
				h.press("s")
			}
			if g.Severity != model.SeverityCritical && g.Severity != model.SeverityHigh {
				t.Fatalf("the first gap is %s; the test needs a critical or high one", g.Severity)
			}
			for h.a.topForm().value("status") != string(model.GapResolved) {
				h.press("right")
			}
			h.press("ctrl+s")
			h.sees("✗ Resolution", "nothing was saved")
			f := h.a.topForm()
			if f == nil || f.fields[f.focus].name != "resolution" {
				t.Fatal("the form did not stay open with the cursor in the resolution")
			}
			if msg := f.fields[f.focus].err; !strings.Contains(msg, "is required to set a "+string(g.Severity)+" gap to resolved") {
				t.Fatalf("the resolution's error says %q", msg)
			}
			if now, _ := h.s.Gap(h.ctx, g.ID); now.Status != g.Status {
				t.Fatalf("the gap was closed without a resolution: %+v", now)
			}
			h.typeText("Scope cut agreed with the customer.")
			h.press("ctrl+s")
			if now, _ := h.s.Gap(h.ctx, g.ID); now.Status != model.GapResolved || now.Resolution != "Scope cut agreed with the customer." {
				t.Fatalf("after writing the resolution: %+v", now)
			}
		})
	}
}

// Moving a deal that is not ready to handoff or delivery asks first and
// says how many blockers it has — from the deal list, the deal pane and the
// deal form alike; no moves it nowhere.
func TestMovingAnUnreadyDealOnAsksFirst(t *testing.T) {
	for _, from := range []string{"deal list", "deal pane", "deal form"} {
		t.Run(from, func(t *testing.T) {
			h := newHarness(t, 120, 40, true)
			sel := h.a.deals().all[h.a.deals().rows[h.a.deals().cur.pos]]
			if sel.Blockers == 0 {
				t.Fatalf("%q is ready; the test needs a deal that is not", sel.Deal.Name)
			}
			switch from {
			case "deal list":
				h.press("s")
			case "deal pane":
				h.openDeal(sel.Deal.Name)
				h.press("1", "s")
			case "deal form":
				h.press("e", "tab", "tab") // name, customer, stage
			}
			for h.a.topForm().value("stage") != string(model.StageDelivery) {
				h.press("right")
			}
			h.press("ctrl+s")
			h.sees(fmt.Sprintf("“%s” is not ready: %d blockers.", sel.Deal.Name, sel.Blockers), "Move to delivery anyway?")
			h.press("n")
			if d, _ := h.s.Deal(h.ctx, sel.Deal.ID); d.Stage != sel.Deal.Stage {
				t.Fatalf("saying no moved the deal to %s", d.Stage)
			}
			if h.a.topForm() == nil {
				t.Fatal("saying no closed the form")
			}
			h.press("ctrl+s", "y")
			if d, _ := h.s.Deal(h.ctx, sel.Deal.ID); d.Stage != model.StageDelivery {
				t.Fatalf("saying yes left the deal at %s", d.Stage)
			}
			// Another stage, or a deal that is ready, is not asked about.
			h.press("esc")
			if from == "deal pane" {
				h.press("1")
			}
			h.press("s", "left", "left", "ctrl+s")
			h.seesNot("anyway?")
		})
	}
}

// soldOnScreen is a number next to "sold", either side, or an over-budget
// ratio: what presenting must never show.
var soldOnScreen = regexp.MustCompile(`\d[\d.,]*[\s\x{a0}]+(?:d[\s\x{a0}]+|person-days[\s\x{a0}]+|were[\s\x{a0}]+)?sold|sold:?[\s\x{a0}]+\d|\d[\s\x{a0}]+over\b|\d×|person-days,[\s\x{a0}]+\d`)

// Presenting hides the effort sold as thoroughly as money: in every pane,
// the answer form, meeting mode, the history and the report preview.
func TestPresentingHidesTheEffortSold(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	// The first promise was sold with a budget, and delivery needs more.
	h.press("2")
	h.sees("60 d sold")
	h.press("3")
	h.sees("(sold 60)")
	h.press("4", "G")
	h.sees("60 were sold")
	h.press("g", "p")
	check := func(where string) {
		t.Helper()
		if m := soldOnScreen.FindString(h.screen()); m != "" {
			t.Fatalf("%s shows %q while presenting:\n%s", where, m, h.screen())
		}
	}
	for _, pane := range []string{"1", "2", "3", "4"} {
		h.press(pane)
		for range 12 {
			check("pane " + pane)
			h.press("j")
		}
	}
	h.press("2", "g", "a")
	h.sees("Delivery's answer")
	check("the answer form")
	h.press("esc", "e")
	h.sees("Edit promise")
	h.seesNot("Effort sold")
	h.press("ctrl+s") // saving with the field hidden keeps the budget
	if p, _ := h.s.Promise(h.ctx, h.a.deal().d.Promises[0].ID); p.BudgetDays != 60 {
		t.Fatalf("saving while presenting changed the budget to %v", p.BudgetDays)
	}
	h.press("m")
	for range 12 {
		check("meeting mode")
		h.press("l")
	}
	h.press("esc", "H")
	for range 40 {
		check("the history")
		h.press("j")
	}
	h.press("esc", "x")
	for range 30 {
		check("the report preview")
		h.press("down")
	}
}

// Sorting by value keeps each currency together, says so, and is not
// offered while presenting: the order alone would rank the deals.
func TestSortByValue(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	for h.a.deals().sortBy != sortByValue {
		h.press("S")
	}
	h.sees("sorted by value (by currency, then amount)")
	var currencies []string
	for _, r := range h.a.deals().rows {
		c := h.a.deals().all[r].Deal.Value.Currency
		if n := len(currencies); n == 0 || currencies[n-1] != c {
			for _, seen := range currencies {
				if seen == c {
					t.Fatalf("currency %s comes in two places: %v", c, currencies)
				}
			}
			currencies = append(currencies, c)
		}
	}
	if len(currencies) < 2 {
		t.Fatalf("the sample deals have currencies %v; the test needs two or more", currencies)
	}
	h.press("p")
	if h.a.deals().sortBy == sortByValue {
		t.Fatal("still sorted by value after presenting began")
	}
	h.seesNot("sorted by value")
	for range int(sortCount) {
		h.press("S")
		if h.a.deals().sortBy == sortByValue {
			t.Fatal("S sorted by value while presenting")
		}
		if h.a.deals().sortBy == sortByStage {
			h.sees("Sorting by value is off while presenting")
		}
	}
}

// A watched word that is no term in this deal is dismissed from the
// glossary: its gap closes, the history has it, u brings it back, and i on
// the dismissed row takes the dismissal back.
func TestDismissAWatchedWord(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("T")
	for {
		r, ok := h.a.glossary().selected()
		if !ok {
			t.Fatal("the SAP glossary lists no undefined watched word")
		}
		if r.term.ID == 0 && r.dismissed == nil {
			break
		}
		h.press("j")
	}
	r, _ := h.a.glossary().selected()
	word := r.term.Term
	if row := h.row(word + " "); !strings.Contains(row, "not defined") {
		t.Fatalf("before: %q", row)
	}
	h.press("i")
	h.sees("“" + word + "” is no term in this deal")
	if row := h.row(word + " "); !strings.Contains(row, "not a term") {
		t.Fatalf("after dismissing: %q", row)
	}
	d := h.dossier(h.a.deal().id)
	if len(d.Dismissed) != 1 || d.Dismissed[0].Word != word {
		t.Fatalf("stored dismissals: %+v", d.Dismissed)
	}
	for _, g := range d.Gaps {
		if g.Kind == model.KindUndefinedTerm && g.Open() && strings.Contains(g.Title, word) {
			t.Errorf("a gap still asks for %q: %q", word, g.Title)
		}
	}
	h.press("esc", "H")
	h.sees("Dismissed “" + word + "”: no term in this deal")
	h.press("esc", "u")
	h.sees("Undone: add dismissed word")
	if d := h.dossier(h.a.deal().id); len(d.Dismissed) != 0 {
		t.Fatalf("undo left %+v", d.Dismissed)
	}
	h.press("ctrl+r", "T")
	if row := h.row(word + " "); !strings.Contains(row, "not a term") {
		t.Fatalf("after redo: %q", row)
	}
	for h.a.glossary().rows[h.a.glossary().cur.pos].dismissed == nil {
		h.press("j")
	}
	h.press("i")
	h.sees("counts as a term in this deal again")
	if d := h.dossier(h.a.deal().id); len(d.Dismissed) != 0 {
		t.Fatalf("taking it back left %+v", d.Dismissed)
	}
}

// The team's own watch words are listed and removed in the glossary, and
// the watch-word form refuses one the list has already.
func TestTeamWordsInTheApp(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("T", "W")
	h.sees("no watch words of its own")
	for _, w := range []string{"Hypercare", "Abnahme*"} {
		h.press("w")
		h.typeText(w)
		h.press("enter")
	}
	h.press("w")
	h.typeText("hypercare")
	h.press("enter")
	h.sees("✗ Word is on the team's watch list already")
	h.press("esc", "y") // discard what was typed
	h.press("w")
	h.typeText("*")
	h.press("enter")
	h.sees("✗ Word cannot be a bare *")
	h.press("esc", "y", "W")
	h.sees("The team's watch words", "Abnahme*", "Hypercare")
	h.typeText("hyper")
	h.press("enter")
	h.sees("Stop watching “Hypercare” in every deal?")
	h.press("y")
	words, _ := h.s.WatchWords(h.ctx)
	if len(words) != 1 || words[0].Word != "Abnahme*" {
		t.Fatalf("team words after removing one: %+v", words)
	}
	h.press("u")
	if words, _ := h.s.WatchWords(h.ctx); len(words) != 2 {
		t.Fatalf("undo did not bring the word back: %+v", words)
	}
}

// One blocker is "1 blocker" in the deal list, the deal header and the
// deal pane, not "1 blockers".
func TestOneBlockerIsSingular(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	var ids []int64
	for _, r := range []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery} {
		p := model.Person{Name: "The " + string(r), Role: r}
		if err := h.s.CreatePerson(h.ctx, &p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	d := model.Deal{Name: "Bałtyk Cargo WMS", Stage: model.StageLead,
		Owners: model.Owners{Sales: ids[0], Presales: ids[1], Delivery: ids[2]}}
	if err := h.s.CreateDeal(h.ctx, &d); err != nil { // no promises yet: one blocker
		t.Fatal(err)
	}
	h.run(h.a.reload())
	h.sees("· 1 blocker ")
	h.seesNot("1 blockers")
	h.openDeal("Bałtyk")
	h.sees("✗ Not ready: 75%, 1 blocker", "· 1 blocker ·")
	h.seesNot("1 blockers")
}
