package db_test

import (
	"path/filepath"
	"testing"

	"handoff/db"
	"handoff/model"
)

// BenchmarkEditPromiseOnBigDeal is one write on a deal with 1,000 promises:
// the promise, its history event, the gap rules, reconciliation and the
// deal's summary, in one transaction (synchronous=FULL, so one fsync).
func BenchmarkEditPromiseOnBigDeal(b *testing.B) {
	ctx := b.Context()
	s, err := db.Open(ctx, filepath.Join(b.TempDir(), "big.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Generate(ctx, db.GenerateSpec{Deals: 1, Promises: 1000, Seed: 3}); err != nil {
		b.Fatal(err)
	}
	list, _ := s.DealSummaries(ctx)
	ps, _ := s.Promises(ctx, list[0].Deal.ID)
	p := ps[500]
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p.Verification = []model.Verification{model.VerificationWritten, model.VerificationConfirmed}[i%2]
		if err := s.UpdatePromise(ctx, &p); err != nil {
			b.Fatal(err)
		}
	}
}
