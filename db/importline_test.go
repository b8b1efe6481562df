package db

import (
	"context"
	"path/filepath"
	"testing"

	"handoff/model"
)

// TestRestoreKeepsPeoplesLines restores the sample deals and reads each
// one's history: the import's one line tells the deal, its promises,
// answers and the gaps the rules found, and every term, constraint,
// decision and confirmation the deal holds, and every gap a person raised,
// keeps a line of its own after it, as written by hand.
func TestRestoreKeepsPeoplesLines(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "sample.db"), WithActor("tester"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := model.SampleArchive()
	res, err := s.Import(ctx, a, ImportOptions{File: "samples/sample.json"})
	if err != nil {
		t.Fatal(err)
	}
	raised := 0
	for i, id := range res.Deals {
		d, err := s.Dossier(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		hist, err := s.History(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		// History is newest first: the import's line is the oldest.
		line := hist[len(hist)-1]
		got, ok := line.Record()
		manual := 0
		for _, g := range d.Gaps {
			if g.Origin == model.OriginManual {
				manual++
			}
		}
		raised += manual
		want := model.ImportRecord{Promises: len(d.Promises), Answers: len(d.Assessments), Gaps: len(d.Gaps) - manual,
			Rows: 1 + len(d.Promises) + len(d.Assessments) + len(d.Gaps) - manual, File: "sample.json", NewDeal: d.Deal.Name, Restored: true}
		if len(d.Promises) > 0 {
			want.First, want.Last = d.Promises[0].ID, d.Promises[len(d.Promises)-1].ID
		}
		if !ok || got != want {
			t.Fatalf("deal %d: oldest line %+v says %+v, want the import saying %+v", i, line, got, want)
		}
		count := map[string]int{}
		for _, e := range hist[:len(hist)-1] {
			if e.Action == "create" {
				count[e.Entity]++
			}
		}
		for entity, n := range map[string]int{
			terms.entity: len(d.Terms), constraints.entity: len(d.Constraints),
			decisions.entity: len(d.Decisions), confirmations.entity: len(d.Confirmations),
			gaps.entity: manual, promises.entity: 0, assessments.entity: 0,
		} {
			if count[entity] != n {
				t.Errorf("deal %q: %d lines adding a %s, want %d", d.Deal.Name, count[entity], entity, n)
			}
		}
	}
	if raised == 0 {
		t.Fatal("no sample deal has a gap a person raised")
	}
	if len(a.Deals) == 0 || len(res.Deals) != len(a.Deals) {
		t.Fatalf("restored %d deals of %d", len(res.Deals), len(a.Deals))
	}
}
