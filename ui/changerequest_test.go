package ui

import (
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// signedSAP signs the sample SAP deal as its three owners, so it has a
// baseline, and returns it as stored.
func signedSAP(h *harness) *model.Dossier {
	h.t.Helper()
	ds, err := h.s.Deals(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, deal := range ds {
		if !strings.Contains(deal.Name, "SAP") {
			continue
		}
		for _, r := range model.SigningRoles {
			h.later(time.Minute)
			if _, err := h.s.Sign(h.ctx, deal.ID, deal.Owner(r), r); err != nil {
				h.t.Fatal(err)
			}
		}
		h.later(time.Hour)
		return h.dossier(deal.ID)
	}
	h.t.Fatal("no SAP deal")
	return nil
}

// The only change request of a deal, with its promise.
func onlyRequest(h *harness, dealID int64) (model.ChangeRequest, model.Promise) {
	h.t.Helper()
	d := h.dossier(dealID)
	if len(d.ChangeRequests) != 1 {
		h.t.Fatalf("change requests: %+v", d.ChangeRequests)
	}
	c := d.ChangeRequests[0]
	p, _ := d.PromiseByID(c.PromiseID)
	return c, p
}

// N before every role signed says why not; after, it records a change
// request relayed by the sales owner, only heard, marked in the table.
func TestChangeRequestKey(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("2", "N")
	h.sees("Change requests come after every role has signed off")
	h.press("esc", "esc")

	d := signedSAP(h)
	h.openDeal("SAP")
	h.press("2", "N")
	h.sees("New change request", "Relayed by", "Asked by at the customer")
	h.typeText("Credit notes in the SAP export")
	h.press("tab", "tab", "tab", "tab", "tab")
	h.typeText("Katrin Vogel")
	h.press("ctrl+s")
	c, p := onlyRequest(h, d.Deal.ID)
	if c.Status != model.ChangeOpen || c.RelayedBy != d.Deal.Owners.Sales || c.AskedBy != "Katrin Vogel" {
		t.Errorf("change request: %+v", c)
	}
	if p.Title != "Credit notes in the SAP export" || p.Verification != model.VerificationHeard || p.PromisedBy != d.Deal.Owners.Sales {
		t.Errorf("its promise: %+v", p)
	}
	h.sees("CR? Credit notes", "Change request: open · relayed by", "asked by Katrin Vogel")
	// u takes the promise back with its change request; ctrl+r brings both.
	h.press("u")
	if cs := h.dossier(d.Deal.ID).ChangeRequests; len(cs) != 0 {
		t.Errorf("change requests after undo: %+v", cs)
	}
	h.press("ctrl+r")
	if again, _ := onlyRequest(h, d.Deal.ID); again.ID != c.ID {
		t.Errorf("after redo: %+v, want %+v", again, c)
	}
}

// R accepts a change request only with both sides present and a reason;
// u takes the decision back (and the decision it recorded), ctrl+r makes
// it again.
func TestDecideChangeRequestKey(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	d := signedSAP(h)
	np := model.NewPromise(d.Deal.ID)
	np.Title, np.PromisedBy = "Credit notes in the SAP export", d.Deal.Owners.Sales
	cr := model.ChangeRequest{RelayedBy: d.Deal.Owners.Sales}
	if err := h.s.CreateChangeRequest(h.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	decisions := len(h.dossier(d.Deal.ID).Decisions)
	h.openDeal("SAP")
	h.press("2")
	h.a.deal().promises.selectID(np.ID)
	h.press("R")
	h.sees("Decide the change request", "People present")
	h.press("ctrl+s")
	h.sees("is required")
	// Without the delivery owner present the acceptance is refused.
	h.press("tab")
	h.typeText("Small, asked in writing")
	h.press("tab", "backspace", "ctrl+s")
	h.sees("needs someone from sales or presales and someone from delivery")
	if c, _ := onlyRequest(h, d.Deal.ID); c.Status != model.ChangeOpen {
		t.Fatalf("refused acceptance stored: %+v", c)
	}
	h.press("esc", "y")
	h.press("R", "tab")
	h.typeText("Small, asked in writing")
	h.press("ctrl+s")
	c, _ := onlyRequest(h, d.Deal.ID)
	if c.Status != model.ChangeAccepted || c.DecisionID == 0 || len(c.Present) != 2 || c.Reason != "Small, asked in writing" {
		t.Fatalf("accepted: %+v", c)
	}
	h.sees("CR✓ Credit notes", "Change request: accepted", "must sign again:")
	if n := len(h.dossier(d.Deal.ID).Decisions); n != decisions+1 {
		t.Errorf("decisions after accepting: %d, want %d", n, decisions+1)
	}

	h.press("u")
	if c, _ := onlyRequest(h, d.Deal.ID); c.Status != model.ChangeOpen || c.DecisionID != 0 || c.Reason != "" {
		t.Errorf("after undo: %+v", c)
	}
	if n := len(h.dossier(d.Deal.ID).Decisions); n != decisions {
		t.Errorf("decisions after undo: %d, want %d", n, decisions)
	}
	h.press("ctrl+r")
	if c, _ := onlyRequest(h, d.Deal.ID); c.Status != model.ChangeAccepted || c.DecisionID == 0 {
		t.Errorf("after redo: %+v", c)
	}
}

// R on a promise that is no change request says so.
func TestDecideOnPlainPromise(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("2", "R")
	h.sees("is no change request")
}

// K records an outcome with a day and a note; u puts back the outcome
// the promise had before, or none.
func TestOutcomeFormAndUndo(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	keptStory(h, true)
	h.openDeal("SAP")
	d := h.a.deal().d
	p1, p4 := d.PromiseRefs()[0], d.PromiseRefs()[3]
	h.press("2")
	h.a.deal().promises.selectID(p1.ID)
	h.press("K")
	h.sees("What became of", "Note")
	// P1 was kept late: three to the right is broken.
	h.press("right", "right", "right", "tab", "tab")
	h.typeText("The MES vendor never opened the interface")
	h.press("ctrl+s")
	o, _ := h.dossier(d.Deal.ID).OutcomeFor(p1.ID)
	if o.Kind != model.OutcomeBroken || o.Note != "The MES vendor never opened the interface" {
		t.Fatalf("P1's outcome: %+v", o)
	}
	h.sees("Outcome: broken", "The MES vendor never opened the interface")
	h.press("u")
	if o, _ := h.dossier(d.Deal.ID).OutcomeFor(p1.ID); o.Kind != model.OutcomeLate || o.DaysLate != 5 {
		t.Errorf("P1's outcome after undo: %+v", o)
	}

	h.a.deal().promises.selectID(p4.ID)
	h.press("K", "ctrl+s")
	if o, ok := h.dossier(d.Deal.ID).OutcomeFor(p4.ID); !ok || o.Kind != model.OutcomeKept || o.On != h.a.sh.today() {
		t.Fatalf("P4's outcome: %+v %v", o, ok)
	}
	h.press("u")
	if o, ok := h.dossier(d.Deal.ID).OutcomeFor(p4.ID); ok {
		t.Errorf("P4 keeps an outcome after undo: %+v", o)
	}
}

// In meeting mode R decides the deal's open change request and K records
// the outcome of the gap's promise.
func TestMeetingDecideAndOutcome(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	d := signedSAP(h)
	np := model.NewPromise(d.Deal.ID)
	np.Title, np.PromisedBy = "Credit notes in the SAP export", d.Deal.Owners.Sales
	cr := model.ChangeRequest{RelayedBy: d.Deal.Owners.Sales}
	if err := h.s.CreateChangeRequest(h.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	h.openDeal("SAP")
	h.press("m", "K")
	h.sees("Outcomes are recorded once the deal is in delivery")
	h.press("R")
	h.sees("Decide the change request “Credit notes in the SAP export”")
	h.press("tab")
	h.typeText("Agreed in the room")
	h.press("ctrl+s")
	if c, _ := onlyRequest(h, d.Deal.ID); c.Status != model.ChangeAccepted {
		t.Errorf("after R in the meeting: %+v", c)
	}
}

// Presenting hides why a change request was decided, as it hides an
// internal decision, in the promises pane and on the baseline screen.
func TestPresentingHidesChangeReason(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	keptStory(h, false)
	h.openDeal("SAP")
	h.press("2", "G")
	h.sees("Small, asked in writing")
	h.press("p")
	h.seesNot("Small, asked in writing")
	h.press("B")
	h.sees("C1 Credit notes in the SAP export")
	h.seesNot("Small, asked in writing")
}

// The deal screen's header names only the roles whose sections changed
// since every role signed: a new delivery constraint is delivery's alone.
func TestHeaderNamesOnlyAffectedRoles(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	d := signedSAP(h)
	h.openDeal("SAP")
	h.seesNot("must sign again")
	c := model.Constraint{DealID: d.Deal.ID, Text: "No test system before February"}
	if err := h.s.CreateConstraint(h.ctx, &c); err != nil {
		t.Fatal(err)
	}
	h.press("esc")
	h.openDeal("SAP")
	if row := h.row("must sign again"); !strings.Contains(row, "must sign again: delivery ·") {
		t.Errorf("header: %q", row)
	}
}

// In delivery, K in meeting mode records the outcome of the promise of
// the gap on screen.
func TestMeetingOutcomeInDelivery(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	keptStory(h, true)
	h.openDeal("SAP")
	h.press("m")
	g, ok := h.a.meeting().gap()
	if !ok || g.PromiseID == 0 {
		t.Fatalf("the first gap of the meeting is about no promise: %+v", g)
	}
	h.press("K")
	h.sees("What became of")
	h.press("tab", "tab")
	h.typeText("Said in the meeting")
	h.press("ctrl+s")
	if o, ok := h.dossier(h.a.meeting().d.Deal.ID).OutcomeFor(g.PromiseID); !ok || o.Note != "Said in the meeting" {
		t.Errorf("the gap's promise after K in the meeting: %+v %v", o, ok)
	}
}
