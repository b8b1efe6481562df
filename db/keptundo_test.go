package db_test

import (
	"errors"
	"strings"
	"testing"

	"handoff/model"
)

// Undoing a decision puts the request back as it was before it — open,
// or deferred — and deletes the decision an acceptance recorded; a request
// changed since is not undone.
func TestUndecideChangeRequest(t *testing.T) {
	f := newFixture(t).withDeal()
	f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	f.signAll()
	np := model.NewPromise(f.deal)
	np.Title = "Credit notes in the export"
	cr := model.ChangeRequest{RelayedBy: f.people[model.RoleSales]}
	if err := f.s.CreateChangeRequest(f.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	deferred := cr
	deferred.Status, deferred.Reason = model.ChangeDeferred, "After go-live"
	if err := f.s.DecideChangeRequest(f.ctx, &deferred); err != nil {
		t.Fatal(err)
	}
	accepted := deferred
	accepted.Status, accepted.Reason = model.ChangeAccepted, "Asked in writing"
	accepted.Present = []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}
	if err := f.s.DecideChangeRequest(f.ctx, &accepted); err != nil {
		t.Fatal(err)
	}
	if n := len(f.dossier().Decisions); n != 1 {
		t.Fatalf("%d decisions after accepting", n)
	}
	stale := accepted
	stale.Version--
	if err := f.s.UndecideChangeRequest(f.ctx, &stale, deferred); !errors.Is(err, model.ErrConflict) {
		t.Errorf("undo from a stale version: %v", err)
	}
	if err := f.s.UndecideChangeRequest(f.ctx, &accepted, deferred); err != nil {
		t.Fatal(err)
	}
	d := f.dossier()
	c, _ := d.ChangeRequestFor(np.ID)
	if c.Status != model.ChangeDeferred || c.Reason != "After go-live" || c.DecisionID != 0 || len(c.Present) != 0 {
		t.Errorf("after undoing the acceptance: %+v", c)
	}
	if len(d.Decisions) != 0 || d.InScope(np.ID) {
		t.Errorf("after undo: %d decisions, in scope %v", len(d.Decisions), d.InScope(np.ID))
	}
	if err := f.s.UndecideChangeRequest(f.ctx, &c, cr); err != nil {
		t.Fatal(err)
	}
	if c.Status != model.ChangeOpen || c.Reason != "" {
		t.Errorf("after undoing the deferral: %+v", c)
	}
}

// Undoing an outcome brings back the one before it, or none; an outcome
// recorded again since is not undone.
func TestUndoOutcome(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	deal, _ := f.s.Deal(f.ctx, f.deal)
	deal.Stage = model.StageDelivery
	if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
		t.Fatal(err)
	}
	first, err := f.s.RecordOutcome(f.ctx, p.ID, model.OutcomeKept, model.Date{}, "On time")
	if err != nil {
		t.Fatal(err)
	}
	second, err := f.s.RecordOutcome(f.ctx, p.ID, model.OutcomeBroken, model.Date{}, "Never built")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.UndoOutcome(f.ctx, first, nil); !errors.Is(err, model.ErrConflict) {
		t.Errorf("undo of an outcome recorded again since: %v", err)
	}
	if err := f.s.UndoOutcome(f.ctx, second, &first); err != nil {
		t.Fatal(err)
	}
	o, ok := f.dossier().OutcomeFor(p.ID)
	if !ok || o.Kind != model.OutcomeKept || o.Note != "On time" {
		t.Fatalf("after undo: %+v %v", o, ok)
	}
	if err := f.s.UndoOutcome(f.ctx, o, nil); err != nil {
		t.Fatal(err)
	}
	if o, ok := f.dossier().OutcomeFor(p.ID); ok {
		t.Errorf("an outcome after undoing the first: %+v", o)
	}
	// Recording again after undo stores a fresh outcome.
	if _, err := f.s.RecordOutcome(f.ctx, p.ID, model.OutcomeBroken, model.Date{}, ""); err != nil {
		t.Fatal(err)
	}
}

// A change request goes with its promise when the promise is deleted, and
// comes back with it.
func TestChangeRequestGoesWithItsPromise(t *testing.T) {
	f := newFixture(t).withDeal()
	plain := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	f.signAll()
	np := model.NewPromise(f.deal)
	np.Title = "Credit notes in the export"
	cr := model.ChangeRequest{RelayedBy: f.people[model.RoleSales], AskedBy: "Eva at Acme"}
	if err := f.s.CreateChangeRequest(f.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	if err := f.s.DeletePromise(f.ctx, np.ID, np.Version); err != nil {
		t.Fatal(err)
	}
	if cs := f.dossier().ChangeRequests; len(cs) != 0 {
		t.Errorf("change requests after deleting the promise: %+v", cs)
	}
	if _, err := f.s.RestorePromise(f.ctx, np.ID); err != nil {
		t.Fatal(err)
	}
	c, ok := f.dossier().ChangeRequestFor(np.ID)
	if !ok || c.ID != cr.ID || c.AskedBy != "Eva at Acme" || c.Status != model.ChangeOpen {
		t.Errorf("after restoring the promise: %+v %v", c, ok)
	}
	// A promise signed before the baseline is none, and deletes and
	// restores as before.
	if err := f.s.DeletePromise(f.ctx, plain.ID, plain.Version); err != nil {
		t.Fatal(err)
	}
	if _, err := f.s.RestorePromise(f.ctx, plain.ID); err != nil {
		t.Fatal(err)
	}
	if cs := f.dossier().ChangeRequests; len(cs) != 1 {
		t.Errorf("change requests after deleting and restoring a promise that is none: %+v", cs)
	}
}

// A change request decided again leaves one entry in the decision log for
// what stands: accepted, then rejected, it has none; accepted again with
// another reason, the new one. Undoing brings the earlier acceptance back.
func TestDecidingAgainReplacesTheDecision(t *testing.T) {
	f := newFixture(t).withDeal()
	f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	f.signAll()
	np := model.NewPromise(f.deal)
	np.Title = "Credit notes in the export"
	cr := model.ChangeRequest{RelayedBy: f.people[model.RoleSales]}
	if err := f.s.CreateChangeRequest(f.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	both := []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}
	decide := func(c model.ChangeRequest, status model.ChangeStatus, reason string) model.ChangeRequest {
		t.Helper()
		c.Status, c.Reason, c.Present = status, reason, both
		if err := f.s.DecideChangeRequest(f.ctx, &c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	log := func() []string {
		var out []string
		for _, d := range f.dossier().Decisions {
			out = append(out, d.Text)
		}
		return out
	}
	first := decide(cr, model.ChangeAccepted, "Asked in writing")
	if got := log(); len(got) != 1 || first.DecisionID == 0 {
		t.Fatalf("after accepting: %q, decision %d", got, first.DecisionID)
	}
	rejected := decide(first, model.ChangeRejected, "Budget is gone")
	if got := log(); len(got) != 0 || rejected.DecisionID != 0 {
		t.Fatalf("after rejecting what was accepted the log says %q (decision %d)", got, rejected.DecisionID)
	}
	if err := f.s.UndecideChangeRequest(f.ctx, &rejected, first); err != nil {
		t.Fatal(err)
	}
	if got := log(); len(got) != 1 || !strings.Contains(got[0], "Asked in writing") || rejected.DecisionID != first.DecisionID {
		t.Fatalf("after undoing the rejection: %q, decision %d (want %d)", got, rejected.DecisionID, first.DecisionID)
	}
	again := decide(rejected, model.ChangeAccepted, "Agreed at the steering meeting")
	if got := log(); len(got) != 1 || !strings.Contains(got[0], "steering meeting") {
		t.Fatalf("after accepting again: %q", got)
	}
	if err := f.s.UndecideChangeRequest(f.ctx, &again, rejected); err != nil {
		t.Fatal(err)
	}
	if got := log(); len(got) != 1 || !strings.Contains(got[0], "Asked in writing") {
		t.Fatalf("after undoing the second acceptance: %q", got)
	}
}
