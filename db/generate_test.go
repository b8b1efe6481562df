package db_test

import (
	"context"
	"path/filepath"
	"testing"

	"handoff/db"
)

// TestGenerateSmall checks the generator on a small spec: every deal and
// promise is there, and the rules derived gaps for them.
func TestGenerateSmall(t *testing.T) {
	ctx := context.Background()
	s, err := db.Open(ctx, filepath.Join(t.TempDir(), "gen.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Generate(ctx, db.GenerateSpec{Deals: 5, Promises: 20, Big: 100, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	list, err := s.DealSummaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 5 {
		t.Fatalf("%d deals, want 5", len(list))
	}
	total, open := 0, 0
	for _, d := range list {
		ps, err := s.Promises(ctx, d.Deal.ID)
		if err != nil {
			t.Fatal(err)
		}
		total += len(ps)
		open += d.OpenGaps()
	}
	if total != 100+4*20 {
		t.Errorf("%d promises, want %d", total, 100+4*20)
	}
	if open == 0 {
		t.Error("no open gaps were derived")
	}
}
