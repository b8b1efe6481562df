package db_test

import (
	"errors"
	"strings"
	"testing"

	"handoff/model"
)

// A person cannot reopen a gap the rules closed while its cause is still
// gone: the save is refused, says why, and changes nothing. While the cause
// is there, reopening a gap a person resolved works.
func TestUpdateGapRefusesReopeningWithoutCause(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Monthly invoice export", f.people[model.RoleSales])
	a := model.Assessment{PromiseID: p.ID, Fit: model.FitFull, Confidence: model.ConfidenceHigh}
	if err := f.s.CreateAssessment(f.ctx, &a); err != nil {
		t.Fatal(err)
	}
	var unassessed model.Gap
	gaps, err := f.s.Gaps(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gaps {
		if g.Kind == model.KindUnassessed {
			unassessed = g
		}
	}
	if unassessed.ID == 0 || unassessed.Open() || !unassessed.AutoResolved {
		t.Fatalf("want the unassessed gap closed by the rules, got %+v", unassessed)
	}

	since := f.lastEvent()
	reopen := unassessed
	reopen.Status = model.GapOpen
	err = f.s.UpdateGap(f.ctx, &reopen)
	if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "delivery answered the promise") {
		t.Fatalf("reopening without a cause: err = %v, want a refusal naming the reason", err)
	}
	if evs := f.eventsSince(since); len(evs) != 0 {
		t.Errorf("a refused reopen wrote %d events", len(evs))
	}
	if now, _ := f.s.Gap(f.ctx, unassessed.ID); !now.Same(unassessed) {
		t.Errorf("a refused reopen changed the gap:\n%+v\n%+v", unassessed, now)
	}

	// The suspect gap's cause stays while the promise is newer than the
	// answer: a person may resolve it and open it again.
	p.Title = "Monthly invoice export as CSV"
	if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	gaps, _ = f.s.Gaps(f.ctx, f.deal)
	var suspect model.Gap
	for _, g := range gaps {
		if g.Kind == model.KindSuspect {
			suspect = g
		}
	}
	suspect.Status, suspect.Resolution = model.GapResolved, "Checked by phone."
	if err := f.s.UpdateGap(f.ctx, &suspect); err != nil {
		t.Fatal(err)
	}
	suspect.Status = model.GapInProgress
	if err := f.s.UpdateGap(f.ctx, &suspect); err != nil {
		t.Fatalf("reopening a gap whose cause is there: %v", err)
	}
	if now, _ := f.s.Gap(f.ctx, suspect.ID); now.Status != model.GapInProgress || now.Version != suspect.Version {
		t.Errorf("after reopening: %+v (caller holds version %d)", now, suspect.Version)
	}
}
