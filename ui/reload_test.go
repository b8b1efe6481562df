package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// A save reads what the screens show once: the deal list and the open
// deal, whose dossier brings the people with it. The file watch's next
// look does not take the app's own write for another's and read it all
// again.
func TestOneReloadPerSave(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.send(pollMsg{}) // the watch has looked once, as it does every second
	h.loaded = nil
	h.press("2", "e", "end")
	h.typeText(" (twice)")
	h.press("ctrl+s")
	h.sees("(twice)")
	reads := func() (deals, dossier, directory int) {
		return h.loaded["deals"], h.loaded["dossier"], h.loaded["people"] + h.loaded["dossier"]
	}
	if deals, dossier, directory := reads(); deals != 1 || dossier != 1 || directory != 1 {
		t.Fatalf("a save read the deal list %d times, the deal %d times, the people %d times; want once each",
			deals, dossier, directory)
	}
	h.send(pollMsg{})
	if deals, dossier, _ := reads(); deals != 1 || dossier != 1 {
		t.Fatalf("the file watch read everything again after the app's own save: deal list %d, deal %d", deals, dossier)
	}

	// Another writer's change is still seen.
	d := h.dossier(h.a.deal().id)
	p := d.Promises[0]
	p.Title = "Changed elsewhere"
	if err := h.s.UpdatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	if deals, dossier, _ := reads(); deals != 2 || dossier != 2 {
		t.Fatalf("another writer's change was read %d/%d times, want once", deals-1, dossier-1)
	}
	h.sees("Changed elsewhere")
}

// Going back to the deal list reads the deals and the people, not a deal
// no longer shown.
func TestReloadReadsWhatTheStackShows(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("esc", "n")
	h.typeText("Reload probe")
	h.loaded = nil
	h.press("ctrl+s")
	h.sees("Reload probe")
	if h.loaded["dossier"] != 0 || h.loaded["people"] != 1 || h.loaded["deals"] != 1 {
		t.Fatalf("a save on the deal list read %v", h.loaded)
	}
}

// The command that reads a deal also scans its glossary: the screens take
// the rows the message brings, and Update scans nothing.
func TestGlossaryRowsComeWithTheDeal(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	msg := loadDossierCmd(h.a.sh, h.a.deal().id)().(dossierLoadedMsg)
	if len(msg.terms) == 0 {
		t.Fatal("the loaded deal brings no glossary rows")
	}
	h.press("T")
	msg.terms = []glossaryRow{{term: model.Term{DealID: msg.dealID, Term: "Probe word", Status: model.TermDraft}}}
	h.send(msg)
	h.sees("Probe word")
}

// A form's own command may answer with another form: choosing which term
// to define opens the term's form, though the answer is tagged with the
// choosing form.
func TestChoosingATermOpensItsForm(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("n")
	h.typeText("Real-time sync, turnkey and seamless")
	h.press("ctrl+s")
	d := h.a.deal().d
	var p model.Promise
	for _, pr := range d.Promises {
		if pr.Title == "Real-time sync, turnkey and seamless" {
			p = pr
		}
	}
	if len(d.Glossary().InPromise(p)) < 2 {
		t.Fatalf("the promise uses %v: want two undefined terms", d.Glossary().InPromise(p))
	}
	h.a.deal().promises.selectID(p.ID)
	h.press("t")
	h.sees("Which term to define?")
	h.press("enter")
	h.sees("Edit term", "▸ Term")
	h.seesNot("Which term to define?")
}

// The meeting's clock goes on while a dialog is open over the meeting.
func TestMeetingClockTicksUnderADialog(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.a.sh.tick = func(_ time.Duration, f func(time.Time) tea.Msg) tea.Cmd {
		return func() tea.Msg { return f(testNow) }
	}
	_, start := h.a.Update(keyMsg("m"))
	tick := start()
	h.send(keyMsg("D")) // the due date form, over the meeting
	if h.a.topForm() == nil {
		t.Fatal("no form opened")
	}
	if _, next := h.a.Update(tick); next == nil {
		t.Fatal("a tick under an open form stopped the meeting's clock")
	}
}

// Going back to the deal list and into the same deal again finds its
// panes as they were left; another deal starts on its promises.
func TestReopenedDealKeepsItsPane(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4", "esc")
	h.openDeal("SAP")
	if h.a.deal().focus != paneGaps {
		t.Fatalf("the reopened deal shows pane %d, want the gaps", h.a.deal().focus)
	}
	h.press("esc")
	for _, d := range h.a.deals().all {
		if !strings.Contains(d.Deal.Name, "SAP") {
			h.openDeal(d.Deal.Name)
			break
		}
	}
	if h.a.deal().focus != panePromises {
		t.Fatalf("another deal opens on pane %d, want the promises", h.a.deal().focus)
	}
}

// The glossary opened again over the same deal keeps its cursor.
func TestReopenedGlossaryKeepsItsCursor(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("T", "j", "esc", "T")
	if pos := h.a.glossary().cur.pos; pos != 1 {
		t.Fatalf("the glossary opened again has its cursor on row %d, want 1", pos)
	}
}

// After a change the open deal reads the rows the history names, not the
// whole deal: what the rules read for every promise (its terms here) is
// kept from the copy shown; a change to the deal itself reads it whole;
// a change to another deal reads nothing of this one. The history over the
// deal tells the change with the deal its screen read, not a read of its
// own.
func TestReloadReadsWhatChangedInTheDeal(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.send(pollMsg{})
	shown := func() *model.Dossier { return h.a.deal().d }
	before := shown()
	if len(before.Terms) == 0 {
		t.Fatal("the sample deal has no terms to compare")
	}
	sameTerms := func(a, b *model.Dossier) bool { return &a.Terms[0] == &b.Terms[0] }

	p := before.Promises[0]
	p.Title = "Changed elsewhere"
	if err := h.s.UpdatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	h.sees("Changed elsewhere")
	after := shown()
	if after == before || !sameTerms(before, after) {
		t.Fatal("a changed promise read the whole deal again")
	}
	if before.Promises[0].Title == "Changed elsewhere" {
		t.Fatal("the copy shown before was changed in place")
	}
	if got, want := viewOf(after), viewOf(h.dossier(after.Deal.ID)); got != want {
		t.Fatalf("the deal brought up to date differs from a fresh read:\n%s\nwant\n%s", got, want)
	}

	deal := after.Deal
	deal.Customer += " GmbH"
	if err := h.s.UpdateDeal(h.ctx, &deal); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	if sameTerms(after, shown()) {
		t.Fatal("a change to the deal itself did not read it whole")
	}
	if shown().Deal.Customer != deal.Customer {
		t.Fatalf("customer %q after the reload", shown().Deal.Customer)
	}

	// An import's one line of history names no rows: the deal is read whole.
	row := model.PromiseRow{Promise: model.NewPromise(deal.ID)}
	row.Promise.Title = "Imported elsewhere"
	before = shown()
	if _, err := h.s.ImportPromises(h.ctx, deal.ID, row); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	if sameTerms(before, shown()) || shown().Promises[len(shown().Promises)-1].Title != "Imported elsewhere" {
		t.Fatal("an import elsewhere did not read the deal whole")
	}

	other := model.Deal{Name: "Elsewhere", Stage: model.StageLead}
	if err := h.s.CreateDeal(h.ctx, &other); err != nil {
		t.Fatal(err)
	}
	held, seen := shown(), h.a.deal().seen
	h.send(pollMsg{})
	if shown() != held || h.a.deal().seen <= seen {
		t.Fatalf("a change to another deal: dossier replaced %v, seen %d → %d", shown() != held, seen, h.a.deal().seen)
	}

	h.press("H")
	hist := h.a.top().(*historyScreen)
	if hist.d != shown() {
		t.Fatal("the history did not take the deal its screen holds")
	}
	p = shown().Promises[1]
	p.Title = "Renamed while the history is open"
	if err := h.s.UpdatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	h.sees("Renamed while the history is open")
	if hist.d != h.a.stack[len(h.a.stack)-2].(*dealScreen).d {
		t.Fatal("the history tells the change with a deal of its own")
	}
}

// viewOf is what the screens read of a dossier, as text to compare.
func viewOf(d *model.Dossier) string {
	return fmt.Sprintf("%+v\n%+v\n%+v\n%+v\n%+v", d.Deal, d.Promises, d.Assessments, d.Gaps, d.Readiness())
}
