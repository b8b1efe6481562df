package model_test

import (
	"testing"
	"time"

	"handoff/internal/i18n"
	"handoff/model"
)

// BenchmarkTellHistory: the history screen's whole load, 2000 events
// (its limit) folded and told.
func BenchmarkTellHistory(b *testing.B) {
	at := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	var events []model.Event
	for i := range 2000 {
		g := histGap
		g.ID = int64(i)
		after := g
		after.Owner, after.Due = 2, date("2027-03-01")
		e := upd("gap", g.ID, g, after)
		e.ID, e.At, e.Actor = int64(2000-i), at.Add(-time.Duration(i)*time.Minute), "priya"
		events = append(events, e)
	}
	n := narrator(i18n.PL)
	b.ResetTimer()
	for range b.N {
		for _, h := range model.FoldHistory(events) {
			_ = n.Join(n.Tell(h.Event))
		}
	}
}
