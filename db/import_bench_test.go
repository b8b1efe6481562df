package db_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// BenchmarkImportPromises20k imports 20,000 spreadsheet rows into a new
// deal in one transaction; it reports promises a second.
func BenchmarkImportPromises20k(b *testing.B) {
	ctx := b.Context()
	rows := make([]model.PromiseRow, 20000)
	for i := range rows {
		p := model.NewPromise(0)
		p.Title = fmt.Sprintf("Imported promise %d: reporting with dashboard", i)
		p.Detail = "From the workshop notes."
		p.Priority = model.Priorities[i%3]
		p.SourceRef = fmt.Sprintf("WS-%d", i)
		p.Due = model.NewDate(2027, 3, 1+i%28)
		rows[i] = model.PromiseRow{Line: i + 2, Promise: p, PromisedBy: fmt.Sprintf("Importer %d", i%7)}
	}
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
