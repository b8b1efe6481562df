package db_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// importRows are n spreadsheet rows, as a workshop's notes might give.
func importRows(n int) []model.PromiseRow {
	rows := make([]model.PromiseRow, n)
	for i := range rows {
		p := model.NewPromise(0)
		p.Title = fmt.Sprintf("Imported promise %d: reporting with dashboard", i)
		p.Detail = "From the workshop notes."
		p.Priority = model.Priorities[i%3]
		p.SourceRef = fmt.Sprintf("WS-%d", i)
		p.Due = model.NewDate(2027, 3, 1+i%28)
		rows[i] = model.PromiseRow{Line: i + 2, Promise: p, PromisedBy: fmt.Sprintf("Importer %d", i%7)}
	}
	return rows
}

// BenchmarkImportPromises20k imports 20,000 spreadsheet rows into a new
// deal in one transaction; it reports promises a second.
func BenchmarkImportPromises20k(b *testing.B) {
	ctx := b.Context()
	rows := importRows(20000)
	var cpu time.Duration // the imports' alone
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := db.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("import%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cpuTime()
		d := model.Deal{Name: "Imported", Customer: "Customer", Stage: model.StageProposal}
		if _, err := s.CreateDealWithPromises(ctx, &d, rows...); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(rows)*b.N)/b.Elapsed().Seconds(), "promises/s")
	b.ReportMetric(float64(len(rows)*b.N)/cpu.Seconds(), "promises/cpu-s")
}

// BenchmarkImportArchive20k reads the JSON export of a deal of 20,000
// promises (and their 20,000 gaps) and imports it into an empty database;
// it reports promises a second.
func BenchmarkImportArchive20k(b *testing.B) {
	ctx := b.Context()
	s, err := db.Open(ctx, filepath.Join(b.TempDir(), "export.db"))
	if err != nil {
		b.Fatal(err)
	}
	d := model.Deal{Name: "Imported", Customer: "Customer", Stage: model.StageProposal}
	if _, err := s.CreateDealWithPromises(ctx, &d, importRows(20000)...); err != nil {
		b.Fatal(err)
	}
	a, err := s.Export(ctx)
	s.Close()
	if err != nil {
		b.Fatal(err)
	}
	data, err := db.MarshalArchive(a)
	if err != nil {
		b.Fatal(err)
	}
	n := len(a.Deals[0].Promises)
	var cpu time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := db.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("import%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cpuTime()
		a, err := db.UnmarshalArchive(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Import(ctx, a); err != nil {
			b.Fatal(err)
		}
		cpu += cpuTime() - start
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "promises/s")
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "promises/cpu-s")
}
