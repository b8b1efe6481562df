package ui

import (
	"strings"
	"testing"

	"handoff/model"
)

// openGap reports whether the deal has an open gap of kind on promise.
func openGap(d *model.Dossier, promise int64, kind model.GapKind) bool {
	for _, g := range d.Gaps {
		if g.PromiseID == promise && g.Kind == kind && g.Open() {
			return true
		}
	}
	return false
}

// TestConfirmAPromiseInTheApp: C on a promise records the customer's
// answer — confirmed moves it to confirmed and closes its unverified gap;
// not as written keeps its level and raises a gap with what they wrote.
func TestConfirmAPromiseInTheApp(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("j", "j", "j") // P4, only heard
	p, _ := h.a.deal().promises.selected()
	if !strings.Contains(p.Title, "Schulung") || !openGap(h.dossier(h.a.deal().id), p.ID, model.KindUnverified) {
		t.Fatalf("selected %q, or it has no open unverified gap", p.Title)
	}
	h.press("C")
	h.sees("The customer's answer to", "Who at the customer", "Reference")
	h.press("tab")
	h.typeText("Katrin")
	h.press("enter", "tab")
	h.typeText("email 2026-12-10")
	h.press("ctrl+s")
	h.seesNot("Who at the customer")
	h.sees("confirmed by Katrin Vogel (email 2026-12-10)")
	d := h.dossier(h.a.deal().id)
	if now, _ := d.PromiseByID(p.ID); now.Verification != model.VerificationConfirmed {
		t.Errorf("the promise is %s after the customer confirmed it", now.Verification)
	}
	if openGap(d, p.ID, model.KindUnverified) {
		t.Error("the unverified gap is still open")
	}
	if len(d.Confirmations) != 1 || d.Confirmations[0].Reference != "email 2026-12-10" {
		t.Fatalf("confirmations %+v", d.Confirmations)
	}

	h.press("g") // P1, contracted
	first, _ := h.a.deal().promises.selected()
	h.press("C", "right", "tab")
	h.typeText("Katrin")
	h.press("enter", "tab")
	h.typeText("call 2026-12-11")
	h.press("tab", "tab")
	h.typeText("Seconds, not 15 minutes")
	h.press("ctrl+s")
	h.sees("not as written by Katrin Vogel")
	d = h.dossier(h.a.deal().id)
	if now, _ := d.PromiseByID(first.ID); now.Verification != first.Verification {
		t.Errorf("not as written moved the promise from %s to %s", first.Verification, now.Verification)
	}
	raised := false
	for _, g := range d.Gaps {
		raised = raised || (g.PromiseID == first.ID && g.Origin == model.OriginManual && strings.Contains(g.Title, "Seconds, not 15 minutes"))
	}
	if !raised {
		t.Error("not as written raised no gap")
	}
}

// TestConfirmNeedsACustomerPerson: the answer comes from the customer.
func TestConfirmNeedsACustomerPerson(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("C", "tab")
	h.typeText("Jonas")
	h.press("enter", "tab")
	h.typeText("email")
	h.press("ctrl+s")
	h.sees("Jonas Becker is sales", "Who at the customer")
}

// TestMeetingRecordsTheCustomersAnswer: in a meeting, C answers the
// promise of the gap on screen.
func TestMeetingRecordsTheCustomersAnswer(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("m")
	h.press("C")
	h.sees("The customer's answer to")
}

// TestPresentingHidesInternal: while presenting, an internal decision and
// an internal gap's resolution are hidden on screen; I shares them.
func TestPresentingHidesInternal(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	d := h.dossier(h.a.deal().id)
	if len(d.Decisions) == 0 {
		t.Fatal("the sample deal has no decisions")
	}
	text := line(d.Decisions[0].Text)[:30]
	h.press("D")
	h.sees(text)
	h.press("p")
	h.sees(hiddenInternal)
	h.seesNot(text)
	h.press("I")
	if now := h.dossier(h.a.deal().id); !now.Decisions[0].Shared {
		t.Fatal("I did not share the decision")
	}
	h.sees(text)

	h.press("esc", "4")
	var withRes model.Gap
	for {
		g, _ := h.a.deal().gaps.selected()
		if g.Resolution != "" {
			withRes = g
			break
		}
		h.press("j")
	}
	res := line(withRes.Resolution)[:20]
	h.seesNot(res)
	h.press("I")
	h.sees(res, "shared · ")
	h.press("p", "I") // not presenting: internal again, shown to the team
	h.sees(res, "internal · ")
}

// TestShareAConstraint: I on a delivery constraint marks it as one that
// depends on the customer, so the customer copy lists it.
func TestShareAConstraint(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("3", "j")
	c, ok := h.a.deal().reality.constraint()
	if !ok {
		t.Fatal("no constraint selected")
	}
	h.press("I")
	d := h.dossier(h.a.deal().id)
	if !d.Constraints[0].Shared || d.Constraints[0].ID != c.ID {
		t.Fatalf("constraints %+v", d.Constraints)
	}
	h.sees("on the customer: No SAP Basis")
	if copy := model.CustomerCopy(d, h.now()); !strings.Contains(copy, "## What depends on you\n\n- No SAP Basis team") {
		t.Errorf("the customer copy does not list the shared constraint:\n%s", copy)
	}
}

// TestUndoTheCustomersAnswer: u takes back an answer recorded with C, and
// ctrl+r records it again.
func TestUndoTheCustomersAnswer(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("j", "j", "j") // P4, only heard
	p, _ := h.a.deal().promises.selected()
	h.press("C", "tab")
	h.typeText("Katrin")
	h.press("enter", "tab")
	h.typeText("email 2026-12-10")
	h.press("ctrl+s")
	h.sees("confirmed by Katrin Vogel")
	h.press("u")
	d := h.dossier(h.a.deal().id)
	if now, _ := d.PromiseByID(p.ID); now.Verification != model.VerificationHeard || len(d.Confirmations) != 0 ||
		!openGap(d, p.ID, model.KindUnverified) {
		t.Fatalf("after undo: %s, %d answers, unverified gap open %v", now.Verification, len(d.Confirmations), openGap(d, p.ID, model.KindUnverified))
	}
	h.press("ctrl+r")
	d = h.dossier(h.a.deal().id)
	if now, _ := d.PromiseByID(p.ID); now.Verification != model.VerificationConfirmed || len(d.Confirmations) != 1 {
		t.Fatalf("after redo: %s, %d answers", now.Verification, len(d.Confirmations))
	}
	h.press("u")
	if d = h.dossier(h.a.deal().id); len(d.Confirmations) != 0 {
		t.Fatalf("undo after redo left %d answers", len(d.Confirmations))
	}
}
