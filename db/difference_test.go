package db_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"handoff/db"
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
	if g.Diff.Promise != p.Title || g.Heading() != g.Title || g.Difference() != "nobody is named as having promised it" {
		t.Fatalf("stored gap %+v", g)
	}

	edit := g
	edit.Diff = model.Difference{Promise: "something else"}
	edit.Owner = f.people[model.RoleDelivery]
	if err := f.s.UpdateGap(f.ctx, &edit); err != nil {
		t.Fatal(err)
	}
	if got := gap(); got.Diff.Promise != p.Title || got.Owner != edit.Owner {
		t.Fatalf("after a person's update: %+v", got)
	}

	// As a file from before the column holds it.
	raw := rawOpen(t, f.path)
	if _, err := raw.ExecContext(f.ctx, `UPDATE gaps SET diff_promise = '', diff_fit = '', diff_can_do = '', diff_due = '',
		diff_earliest = '', diff_days_late = 0, diff_effort_days = 0, diff_budget_days = 0, diff_verification = '',
		diff_stage = '', diff_terms = ''`); err != nil {
		t.Fatal(err)
	}
	old := gap()
	if !old.Diff.IsZero() || old.Difference() != old.Title {
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
	if now.Diff.Promise != p.Title || now.Version != old.Version || now.Title != old.Title {
		t.Errorf("after reconciliation: %+v, was %+v", now, old)
	}
	for _, e := range f.eventsSince(since) {
		if e.Entity == "gap" {
			t.Errorf("filling the detail wrote an event: %+v", e)
		}
	}
}

// TestUpgradeFillsDetails: a file from before the detail column gets every
// derived gap's detail in the upgrade itself, with no event and no new
// version, so its gaps read as a new file's do from the first screen.
func TestUpgradeFillsDetails(t *testing.T) {
	f := newFixture(t).withDeal()
	f.promise(f.deal, "Nightly export", 0)
	f.promise(f.deal, "Real-time dashboard", f.people[model.RoleSales])
	before, err := f.s.Gaps(f.ctx, f.deal)
	if err != nil || len(before) == 0 {
		t.Fatalf("gaps %v %v", before, err)
	}
	events := f.lastEvent()
	f.s.Close()

	// Make it the file the previous version wrote.
	raw := rawOpen(t, f.path)
	var undo []string
	for _, c := range []string{"promise", "fit", "can_do", "due", "earliest", "days_late", "effort_days", "budget_days",
		"verification", "stage", "terms"} {
		undo = append(undo, "ALTER TABLE gaps DROP COLUMN diff_"+c)
	}
	// Schema 3, before the detail columns (0004), had no index on the
	// gaps' owner (0005), none of the customer copy's columns (0006) and
	// no people's keys (0007), no report language or equivalents (0008),
	// nothing kept (0009), its blockers in the deal's row (0010).
	undo = append(undo, undoBlockerRows[0], undoBlockerRows[1], undoBlockerRows[2],
		"DROP TABLE outcomes", "DROP TABLE change_requests", "DROP TABLE baselines",
		"ALTER TABLE deals DROP COLUMN report_lang", "ALTER TABLE terms DROP COLUMN equivalents",
		"DROP TABLE person_keys", "DROP INDEX gaps_owner", "ALTER TABLE gaps DROP COLUMN shared", "ALTER TABLE decisions DROP COLUMN shared",
		"ALTER TABLE constraints DROP COLUMN shared",
		"DROP TABLE confirmations", "PRAGMA user_version = 3")
	for _, q := range undo {
		if _, err := raw.ExecContext(f.ctx, q); err != nil {
			t.Fatal(q, err)
		}
	}
	raw.Close()

	s, err := db.Open(f.ctx, f.path, db.WithNow(f.clk.Now), db.WithActor(testActor))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	after, err := s.Gaps(f.ctx, f.deal)
	if err != nil || len(after) != len(before) {
		t.Fatalf("gaps after the upgrade: %v %v", after, err)
	}
	for i, g := range after {
		if !g.Same(before[i]) {
			t.Errorf("gap %d after the upgrade\n%+v\nwas\n%+v", g.ID, g, before[i])
		}
	}
	evs, err := s.Events(f.ctx, 1)
	if err != nil || len(evs) != 1 || evs[0].ID != events {
		t.Errorf("the upgrade wrote events: newest %+v, was %d", evs, events)
	}
}

// TestOldExportImports: an export written before gaps had a detail (no
// "detail" field) still imports; its derived gaps get their details, and
// its export then equals one of the same deals made now.
func TestOldExportImports(t *testing.T) {
	current, err := db.MarshalArchive(model.SampleArchive())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(current, []byte(`"difference": {`)) {
		t.Fatalf("an export of the sample has no gap details")
	}
	var old model.Archive
	if err := json.Unmarshal(current, &old); err != nil {
		t.Fatal(err)
	}
	for i := range old.Deals {
		for j := range old.Deals[i].Gaps {
			old.Deals[i].Gaps[j].Diff = model.Difference{}
		}
	}
	oldFile, err := db.MarshalArchive(old)
	if err != nil || bytes.Contains(oldFile, []byte(`"difference": {`)) {
		t.Fatalf("old export still has details (%v)", err)
	}
	read, err := db.UnmarshalArchive(oldFile)
	if err != nil {
		t.Fatalf("reading an old export: %v", err)
	}
	f := newFixture(t)
	if _, err := f.s.Import(f.ctx, read); err != nil {
		t.Fatalf("importing an old export: %v", err)
	}
	a, err := f.s.Export(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	again, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	g := newFixture(t)
	if _, err := g.s.Import(g.ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	b, err := g.s.Export(g.ctx)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := db.MarshalArchive(b)
	if !bytes.Equal(again, want) {
		t.Errorf("an old export imported exports differently from the same deals now")
	}
	// Every field of every difference survives the store.
	sample := map[int64]model.Difference{}
	for _, d := range model.SampleArchive().Deals {
		for _, g := range d.Gaps {
			sample[g.ID] = g.Diff
		}
	}
	n := 0
	for _, d := range b.Deals {
		for _, g := range d.Gaps {
			if !g.Diff.Equal(sample[g.ID]) {
				t.Errorf("gap %d: difference %+v after the store, %+v in the sample", g.ID, g.Diff, sample[g.ID])
			}
			n++
		}
	}
	if n != len(sample) {
		t.Errorf("%d gaps after the store, %d in the sample", n, len(sample))
	}
}
