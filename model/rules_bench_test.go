package model_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"handoff/model"
)

// benchWords are the words promise texts are made of; a few are on the
// built-in watch list, as in real proposals.
var benchWords = strings.Fields(`the customer needs a weekly report of open orders by region with totals
	per warehouse and a link to each order in the shop system plus export to excel for the finance team
	who reconcile invoices every month against the ledger and flag differences above a threshold`)

var benchWatched = []string{"real-time", "integration", "24/7 support", "go-live", "seamless", "SLA",
	"migration", "custom", "out of the box", "scalable"}

// benchText is about n characters of words, with a watched word now and then.
func benchText(r *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if r.IntN(12) == 0 {
			b.WriteString(benchWatched[r.IntN(len(benchWatched))])
		} else {
			b.WriteString(benchWords[r.IntN(len(benchWords))])
		}
	}
	return b.String()
}

// benchFacts is a deal at negotiation with n promises, each answered, with
// the full built-in watch list and a small glossary.
func benchFacts(n int) model.Facts {
	r := rand.New(rand.NewPCG(1, 2))
	f := model.Facts{
		Deal:  model.Deal{ID: 1, Name: "Big deal", Stage: model.StageNegotiation, Owners: model.Owners{Sales: 1, Delivery: 3}},
		Watch: model.WatchWords(nil),
		Terms: []model.Term{
			{ID: 1, DealID: 1, Term: "real-time", Definition: "within 5 s", Status: model.TermAgreed},
			{ID: 2, DealID: 1, Term: "go-live", Definition: "first production use", Status: model.TermDraft},
			{ID: 3, DealID: 1, Term: "SLA", Definition: "99.5% in office hours", Status: model.TermAgreed},
		},
	}
	for i := 1; i <= n; i++ {
		p := model.NewPromise(1)
		p.ID = int64(i)
		p.Title = benchText(r, 70)
		p.Detail = benchText(r, 150)
		p.Priority = model.Priorities[r.IntN(3)]
		p.Verification = model.Verifications[r.IntN(4)]
		p.PromisedBy = int64(r.IntN(3))
		p.Due = model.MustDate("2027-01-01").AddDays(r.IntN(200))
		p.BudgetDays = float64(r.IntN(30))
		p.Revision = 1 + r.IntN(2)
		f.Promises = append(f.Promises, p)
		f.Assessments = append(f.Assessments, model.Assessment{
			ID: int64(i), PromiseID: p.ID, Fit: model.Fits[r.IntN(5)], CanDo: benchText(r, 80),
			EffortDays: float64(r.IntN(40)), Earliest: model.MustDate("2027-01-01").AddDays(r.IntN(200)),
			Confidence: model.ConfidenceMedium, PromiseRevision: 1,
		})
	}
	return f
}

// benchGaps is what the store holds for f once reconciled: one gap per
// finding, a few owned.
func benchGaps(f model.Facts) []model.Gap {
	plan := model.Reconcile(1, nil, model.Derive(f), nil)
	for i := range plan.Create {
		g := &plan.Create[i]
		g.ID, g.Version = int64(i+1), 1
		if i%3 == 0 {
			g.Owner, g.Due = 3, model.MustDate("2027-01-01")
		}
	}
	return plan.Create
}

func live(f model.Facts) map[int64]bool {
	out := make(map[int64]bool, len(f.Promises))
	for _, p := range f.Promises {
		out[p.ID] = true
	}
	return out
}

// BenchmarkDerive is the gap rules for a deal with 1,000 promises (README
// "Speed": under 5 ms).
func BenchmarkDerive(b *testing.B) {
	f := benchFacts(1000)
	found := model.Derive(f)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		found = model.Derive(f)
	}
	b.ReportMetric(float64(len(found)), "findings")
}

// BenchmarkReconcile is one reconciliation of a 1,000-promise deal: steady
// (nothing to do), first (every gap new) and churn (a third of the causes
// went away, so their gaps close).
func BenchmarkReconcile(b *testing.B) {
	f := benchFacts(1000)
	found := model.Derive(f)
	stored := benchGaps(f)
	l := live(f)
	third := make([]model.Finding, 0, len(found))
	for i, x := range found {
		if i%3 != 0 {
			third = append(third, x)
		}
	}
	for _, c := range []struct {
		name   string
		stored []model.Gap
		found  []model.Finding
	}{
		{"steady", stored, found},
		{"first", nil, found},
		{"churn", stored, third},
	} {
		b.Run(fmt.Sprintf("%s/%d-gaps", c.name, len(found)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				model.Reconcile(1, c.stored, c.found, l)
			}
		})
	}
}

// BenchmarkAssess is the readiness of a 1,000-promise deal with its gaps.
func BenchmarkAssess(b *testing.B) {
	f := benchFacts(1000)
	gaps := benchGaps(f)
	b.ReportAllocs()
	for b.Loop() {
		model.Assess(f, gaps)
	}
}

// BenchmarkDeriveAndReconcile is what the store does after every write to
// a 1,000-promise deal (without the SQL).
func BenchmarkDeriveAndReconcile(b *testing.B) {
	f := benchFacts(1000)
	gaps := benchGaps(f)
	l := live(f)
	b.ReportAllocs()
	for b.Loop() {
		model.Reconcile(1, gaps, model.Derive(f), l)
		model.Assess(f, gaps)
	}
}

// A big deal is derived in parallel runs; the result is exactly what the
// same promises give a few at a time, one after another.
func TestDeriveInParallelMatchesOnePass(t *testing.T) {
	f := benchFacts(1000)
	got := model.Derive(f)
	var want []model.Finding
	for lo := 0; lo < len(f.Promises); lo += 50 {
		part := f
		part.Promises = f.Promises[lo:min(lo+50, len(f.Promises))]
		want = append(want, model.Derive(part)...)
	}
	if len(got) != len(want) {
		t.Fatalf("%d findings in parallel, %d one pass", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("finding %d differs:\n%+v\n%+v", i, got[i], want[i])
		}
	}
}
