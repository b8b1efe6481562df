package db_test

import (
	"errors"
	"fmt"
	"testing"

	"handoff/model"
)

// bulkGaps adds n manual gaps to the fixture's deal.
func bulkGaps(f *fixture, n int) []model.Gap {
	f.t.Helper()
	var gs []model.Gap
	for i := range n {
		g := model.Gap{DealID: f.deal, Title: fmt.Sprintf("Cut-over step %d has no owner", i+1), Severity: model.SeverityMedium}
		if err := f.s.CreateGap(f.ctx, &g); err != nil {
			f.t.Fatal(err)
		}
		gs = append(gs, g)
	}
	return gs
}

func TestUpdateGaps(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		f := newFixture(t).withDeal()
		gs := bulkGaps(f, 3)
		since := f.lastEvent()
		for i := range gs {
			gs[i].Owner = f.people[model.RoleDelivery]
			gs[i].Due = model.MustDate("2026-05-04")
		}
		if err := f.s.UpdateGaps(f.ctx, gs); err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			if g.Version != 2 {
				t.Errorf("gap %d: version %d after the bulk save, want 2", g.ID, g.Version)
			}
			got, _ := f.s.Gap(f.ctx, g.ID)
			if got.Owner != f.people[model.RoleDelivery] || got.Due != model.MustDate("2026-05-04") {
				t.Errorf("gap %d stored as owner %d due %v", g.ID, got.Owner, got.Due)
			}
		}
		// One event a gap, all in the one change.
		evs := f.eventsSince(since)
		if len(evs) != len(gs) {
			t.Fatalf("%d events for a bulk save of %d gaps: %+v", len(evs), len(gs), evs)
		}
		for i, e := range evs {
			if e.Entity != "gap" || e.EntityID != gs[i].ID || e.Action != "update" || e.DealID != f.deal {
				t.Errorf("event %d: %+v, want the update of gap %d", i, e, gs[i].ID)
			}
		}
	})
	t.Run("ErrConflict", func(t *testing.T) {
		f := newFixture(t).withDeal()
		gs := bulkGaps(f, 3)
		// Someone else changes the second gap meanwhile.
		other := gs[1]
		other.Status = model.GapInProgress
		if err := f.s.UpdateGap(f.ctx, &other); err != nil {
			t.Fatal(err)
		}
		since := f.lastEvent()
		for i := range gs {
			gs[i].Owner = f.people[model.RoleDelivery]
		}
		err := f.s.UpdateGaps(f.ctx, gs)
		if !errors.Is(err, model.ErrConflict) {
			t.Fatalf("err = %v, want ErrConflict", err)
		}
		f.expectNoEvents(since)
		for _, g := range gs {
			if g.Version != 1 {
				t.Errorf("gap %d: version %d after a refused bulk save, want it unchanged (1)", g.ID, g.Version)
			}
			if got, _ := f.s.Gap(f.ctx, g.ID); got.Owner != 0 {
				t.Errorf("gap %d got an owner from a refused bulk save", g.ID)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		f := newFixture(t).withDeal()
		gs := bulkGaps(f, 2)
		since := f.lastEvent()
		gs[0].Owner = f.people[model.RoleDelivery]
		gs[1].Owner = missingID
		expectInvalid(t, f.s.UpdateGaps(f.ctx, gs), "owner", "that person does not exist")
		f.expectNoEvents(since)
	})
}

func TestUpdatePromisesAndTerms(t *testing.T) {
	f := newFixture(t).withDeal()
	ps := []model.Promise{f.promise(f.deal, "SSO with Entra", 0), f.promise(f.deal, "Nightly export", 0)}
	for i := range ps {
		ps[i].PromisedBy = f.people[model.RoleSales]
	}
	if err := f.s.UpdatePromises(f.ctx, ps); err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if got, _ := f.s.Promise(f.ctx, p.ID); got.PromisedBy != f.people[model.RoleSales] || got.Version != p.Version {
			t.Errorf("promise %d stored as %+v", p.ID, got)
		}
	}

	var ts []model.Term
	for _, w := range []string{"go-live", "real-time"} {
		term := model.Term{DealID: f.deal, Term: w, Definition: "as both sides say", Status: model.TermDraft}
		if err := f.s.CreateTerm(f.ctx, &term); err != nil {
			t.Fatal(err)
		}
		ts = append(ts, term)
	}
	// Agreed by the selling side alone is refused for all of them.
	for i := range ts {
		ts[i].Status, ts[i].AgreedBy = model.TermAgreed, []int64{f.people[model.RoleSales]}
	}
	if err := f.s.UpdateTerms(f.ctx, ts); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("agreed by one side: err = %v, want ErrInvalid", err)
	}
	for i := range ts {
		ts[i].AgreedBy = []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}
	}
	if err := f.s.UpdateTerms(f.ctx, ts); err != nil {
		t.Fatal(err)
	}
	for _, term := range ts {
		if got, _ := f.s.Term(f.ctx, term.ID); got.Status != model.TermAgreed || len(got.AgreedBy) != 2 {
			t.Errorf("term %q stored as %+v", term.Term, got)
		}
	}
}
