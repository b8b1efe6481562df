package db_test

import (
	"testing"

	"handoff/model"
)

// TestGapDifferenceStored: a derived gap keeps its difference as data, an
// update by a person cannot change it, and a gap stored before the column
// existed gets it at the deal's next reconciliation without a new version
// or an event.
func TestGapDifferenceStored(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Nightly export", 0)
	gap := func() model.Gap {
		t.Helper()
		gs, err := f.s.Gaps(f.ctx, f.deal)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			if g.Kind == model.KindUnownedPromise {
				return g
			}
		}
		t.Fatalf("no unowned_promise gap in %+v", gs)
		return model.Gap{}
	}
	g := gap()
	if g.Detail.Promise != p.Title || g.Heading() != g.Title || g.Difference() != "nobody is named as having promised it" {
		t.Fatalf("stored gap %+v", g)
	}

	edit := g
	edit.Detail = model.Difference{Promise: "something else"}
	edit.Owner = f.people[model.RoleDelivery]
	if err := f.s.UpdateGap(f.ctx, &edit); err != nil {
		t.Fatal(err)
	}
	if got := gap(); got.Detail.Promise != p.Title || got.Owner != edit.Owner {
		t.Fatalf("after a person's update: %+v", got)
	}

	// As a file from before the column holds it.
	raw := rawOpen(t, f.path)
	if _, err := raw.ExecContext(f.ctx, `UPDATE gaps SET detail = '{}'`); err != nil {
		t.Fatal(err)
	}
	old := gap()
	if !old.Detail.IsZero() || old.Difference() != old.Title {
		t.Fatalf("gap without detail: %+v", old)
	}
	since := f.lastEvent()
	d, err := f.s.Deal(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	d.Notes = "touched"
	if err := f.s.UpdateDeal(f.ctx, &d); err != nil {
		t.Fatal(err)
	}
	now := gap()
	if now.Detail.Promise != p.Title || now.Version != old.Version || now.Title != old.Title {
		t.Errorf("after reconciliation: %+v, was %+v", now, old)
	}
	for _, e := range f.eventsSince(since) {
		if e.Entity == "gap" {
			t.Errorf("filling the detail wrote an event: %+v", e)
		}
	}
}
