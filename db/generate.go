package db

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"handoff/model"
)

// GenerateSpec sizes a generated database.
type GenerateSpec struct {
	Deals int
	// Promises is the number of promises per deal, except that the first
	// deal gets Big promises (0: same as the others) and the second Medium.
	Promises, Big, Medium int
	Seed                  uint64
}

// BenchSpec is the large database README "Speed" is measured on: 1,000 deals and about
// 50,000 promises with answers and gaps — one deal with 10,000 promises for
// long lists, one with 1,000 for opening a large deal.
var BenchSpec = GenerateSpec{Deals: 1000, Promises: 39, Big: 10000, Medium: 1000, Seed: 1}

// BenchSpec10 is the ten-times database: 10,000 deals and about 510,000
// promises, with the same 10,000- and 1,000-promise deals as BenchSpec, so
// what grows with the number of deals shows beside what does not.
var BenchSpec10 = GenerateSpec{Deals: 10000, Promises: 50, Big: 10000, Medium: 1000, Seed: 1}

// Generate fills the store with made-up deals for benchmarks: people, deals
// with owners, promises with varied priorities and dates, answers for nine
// in ten of them, a few terms, and the gaps the rules derive. Each deal is
// written in its own transaction.
func (s *Store) Generate(ctx context.Context, spec GenerateSpec) error {
	r := rand.New(rand.NewPCG(spec.Seed, spec.Seed^0x9e3779b97f4a7c15))
	var staff []int64
	err := s.write(ctx, func(t *txn) error {
		for i := 0; i < 30; i++ {
			p := model.Person{Name: fmt.Sprintf("Person %02d", i), Role: model.Roles[i%3]}
			if err := people.insert(t, &p); err != nil {
				return err
			}
			staff = append(staff, p.ID)
		}
		return nil
	})
	if err != nil {
		return err
	}
	// Most promises use plain words; one in eight uses a watched one.
	plain := []string{"reporting", "dashboard", "order export", "REST API", "approval workflow", "audit trail",
		"invoice matching", "stock view", "shift plan", "user roles"}
	watched := []string{"real-time", "integration", "24/7 support", "go-live", "seamless", "SLA"}
	base := model.NewDate(2027, time.January, 1)
	for d := 0; d < spec.Deals; d++ {
		n := spec.Promises
		switch {
		case d == 0 && spec.Big > 0:
			n = spec.Big
		case d == 1 && spec.Medium > 0:
			n = spec.Medium
		}
		err := s.write(ctx, func(t *txn) error {
			deal := model.Deal{
				Name: fmt.Sprintf("Deal %04d", d+1), Customer: fmt.Sprintf("Customer %03d", d%400),
				Stage: model.Stages[r.IntN(5)], Value: model.Money{Minor: int64(r.IntN(5_000_000)) * 100, Currency: "EUR"},
				Owners: model.Owners{Sales: staff[0+3*r.IntN(10)], Presales: staff[1+3*r.IntN(10)], Delivery: staff[2+3*r.IntN(10)]},
				WhyBuy: "The customer's current process is slow and error-prone.", NotSold: []string{"Data migration"},
			}
			if err := deals.insert(t, &deal); err != nil {
				return err
			}
			for i := 0; i < n; i++ {
				w1, w2 := plain[r.IntN(len(plain))], plain[r.IntN(len(plain))]
				if r.IntN(8) == 0 {
					w2 = watched[r.IntN(len(watched))]
				}
				p := model.NewPromise(deal.ID)
				p.Title = fmt.Sprintf("Promise %d: %s with %s for the plant", i+1, w1, w2)
				p.Detail = "Promised in the second workshop; the customer's IT lead was present."
				p.Priority = model.Priorities[r.IntN(3)]
				p.Category = model.Categories[r.IntN(len(model.Categories))]
				p.Verification = model.Verifications[1+r.IntN(3)]
				p.Due = base.AddDays(r.IntN(365))
				p.PromisedBy = staff[3*r.IntN(10)]
				if r.IntN(8) == 0 {
					p.BudgetDays = float64(5 + r.IntN(40))
				}
				if err := promises.insert(t, &p); err != nil {
					return err
				}
				if r.IntN(10) == 0 {
					continue // unanswered
				}
				a := model.Assessment{PromiseID: p.ID, Fit: model.Fits[weighted(r)], Confidence: model.Confidences[r.IntN(3)],
					CanDo: "Standard connector, nightly batch.", EffortDays: float64(3 + r.IntN(50)),
					Earliest: p.Due.AddDays(r.IntN(60) - 50), AssessedBy: staff[2+3*r.IntN(10)], AssessedAt: t.now, PromiseRevision: 1}
				if err := assessments.insert(t, &a); err != nil {
					return err
				}
			}
			term := model.Term{DealID: deal.ID, Term: "real-time", Definition: "Within 15 minutes.", Status: model.TermAgreed,
				AgreedBy: []int64{deal.Owners.Sales, deal.Owners.Delivery}}
			return terms.insert(t, &term)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// weighted picks a fit index: mostly full, some partial, few of the rest.
func weighted(r *rand.Rand) int {
	switch x := r.IntN(100); {
	case x < 80:
		return 0 // full
	case x < 90:
		return 1 // partial
	case x < 93:
		return 2 // workaround
	case x < 95:
		return 3 // none
	}
	return 4 // unknown
}
