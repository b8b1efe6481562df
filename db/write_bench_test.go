package db_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// BenchmarkEditPromise is one write on a deal with 1,000 or 10,000
// promises, signed off or not: the promise, its history event, the gap
// rules, reconciliation, the deal's summary and the sign-off drift, in one
// transaction (synchronous=FULL, so one fsync). Each size's database is
// generated once into the temp folder and copied for the run. The first
// write of a session to a deal reads it whole, as every write did before;
// each one after re-derives only what it changed.
func BenchmarkEditPromise(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, signed := range []bool{false, true} {
			b.Run(fmt.Sprintf("promises=%d/signed=%v", n, signed), func(b *testing.B) { benchEdit(b, n, signed) })
		}
	}
}

// BenchmarkEditPromiseOnBigDeal is the 1,000-promise case alone, as before.
func BenchmarkEditPromiseOnBigDeal(b *testing.B) { benchEdit(b, 1000, false) }

// BenchmarkEditPromiseViewed is the 10,000-promise case with the deal open
// on a screen, as in the app: after each save the viewer brings its deal up
// to date (not timed, but its processor time with the save's is reported
// as with-reload), taking the rows the store keeps, so the next save may
// not change those lists in place.
func BenchmarkEditPromiseViewed(b *testing.B) {
	for _, signed := range []bool{false, true} {
		b.Run(fmt.Sprintf("signed=%v", signed), func(b *testing.B) { benchEditViewed(b, 10000, signed, true) })
	}
}

func benchEdit(b *testing.B, n int, signed bool) { benchEditViewed(b, n, signed, false) }

func benchEditViewed(b *testing.B, n int, signed, viewed bool) {
	ctx := b.Context()
	src := filepath.Join(os.TempDir(), fmt.Sprintf("handoff-bench-edit-s%d-%d.db", db.SchemaVersion(), n))
	if _, err := os.Stat(src); err != nil {
		s, err := db.Open(ctx, src+".tmp")
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Generate(ctx, db.GenerateSpec{Deals: 1, Promises: n, Seed: 3}); err != nil {
			b.Fatal(err)
		}
		s.Close()
		if err := os.Rename(src+".tmp", src); err != nil {
			b.Fatal(err)
		}
	}
	data, err := os.ReadFile(src)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "edit.db")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		b.Fatal(err)
	}
	s, err := db.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	list, _ := s.DealSummaries(ctx)
	deal := list[0].Deal
	if signed {
		if _, err := s.Sign(ctx, deal.ID, deal.Owners.Sales, model.RoleSales); err != nil {
			b.Fatal(err)
		}
	}
	ps, _ := s.Promises(ctx, deal.ID)
	p := ps[n/2]
	// The session's first write to the deal reads it whole (and signing
	// did): what is timed is every write after, which costs what it touches.
	p.Verification = model.VerificationHeard
	if err := s.UpdatePromise(ctx, &p); err != nil {
		b.Fatal(err)
	}
	var held *model.Dossier
	var seen int64
	if viewed {
		if held, seen, err = s.DossierSeen(ctx, deal.ID); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	var cpu, cycle time.Duration
	defer func() {
		b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op")
		if viewed {
			b.ReportMetric(float64(cycle)/float64(b.N)/1e6, "with-reload-cpu-ms/op")
		}
	}()
	for i := 0; b.Loop(); i++ {
		p.Verification = []model.Verification{model.VerificationWritten, model.VerificationConfirmed}[i%2]
		start := cpuTime()
		if err := s.UpdatePromise(ctx, &p); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
		if viewed {
			b.StopTimer()
			if held, seen, err = s.DossierSince(ctx, held, seen); err != nil {
				b.Fatal(err)
			}
			cycle += cpuTime() - start
			b.StartTimer()
		}
	}
}
