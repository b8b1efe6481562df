package db_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// A file whose deals kept their blockers in the deal's row (before 0010)
// reads the same once upgraded: every deal's readiness, its blockers as data
// and as sentences, and a list kept as sentences before blockers were data;
// and the next write keeps the blockers by row as a new file does.
func TestBlockerRowsUpgradeReadsTheSame(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "handoff.db")
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Generate(ctx, db.GenerateSpec{Deals: 4, Promises: 30, Big: 250, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	readiness := func(s *db.Store) map[int64]model.Readiness {
		t.Helper()
		list, err := s.DealSummaries(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int64]model.Readiness{}
		for _, sm := range list {
			d, err := s.Dossier(ctx, sm.Deal.ID)
			if err != nil {
				t.Fatal(err)
			}
			out[sm.Deal.ID] = d.Readiness()
		}
		return out
	}
	before := readiness(s)
	s.Close()

	raw := rawOpen(t, path)
	for _, q := range append(undoBlockerRows[:], "PRAGMA user_version = 9") {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	var n int
	if err := raw.QueryRowContext(ctx, "SELECT count(*) FROM deals WHERE blocker_list <> '[]'").Scan(&n); err != nil || n < 4 {
		t.Fatalf("%d deals with blockers in their row (%v); the test needs them", n, err)
	}
	// the sentences of before blockers were data, in the last deal's row
	var last int64
	if err := raw.QueryRowContext(ctx, "SELECT max(id) FROM deals").Scan(&last); err != nil {
		t.Fatal(err)
	}
	sentences := `["Promise “Nightly export” has no answer from delivery."]`
	if _, err := raw.ExecContext(ctx, "UPDATE deals SET blocker_list = ? WHERE id = ?", sentences, last); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	s, err = db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, _ := s.Version(ctx); v != db.SchemaVersion() {
		t.Fatalf("schema %d after the upgrade, want %d", v, db.SchemaVersion())
	}
	after := readiness(s)
	for id, want := range before {
		got := after[id]
		if id == last {
			if len(got.Blockers) != len(want.Blockers) || got.Percent != want.Percent {
				t.Errorf("deal %d, kept as sentences: %d%% %q, want it worked out again: %d%% %q", id, got.Percent, got.Blockers, want.Percent, want.Blockers)
			}
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("deal %d reads %d%% with %d blockers after the upgrade, want %d%% with %d", id, got.Percent, len(got.Blockers), want.Percent, len(want.Blockers))
		}
		if pl := got.BlockersIn(i18n.PL); len(pl) > 0 && pl[0] == got.Blockers[0] {
			t.Errorf("deal %d: the upgraded blockers read in English in Polish: %q", id, pl[0])
		}
	}

	// The next write to the big deal keeps its blockers as a new file does.
	ps, err := s.Promises(ctx, 1)
	if err != nil || len(ps) == 0 {
		t.Fatal(err)
	}
	p := ps[0]
	p.Verification = model.VerificationConfirmed
	if err := s.UpdatePromise(ctx, &p); err != nil {
		t.Fatal(err)
	}
	d, err := s.Dossier(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	full := *d
	full.SetReadiness(model.Assess(d.Facts(), d.Gaps))
	if got, want := d.Readiness(), full.Readiness(); !reflect.DeepEqual(got, want) {
		t.Errorf("after a write the big deal reads %d%% with %d blockers, want %d%% with %d", got.Percent, len(got.Blockers), want.Percent, len(want.Blockers))
	}
}
