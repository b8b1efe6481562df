package db_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"handoff/db"
	"handoff/model"
)

// signAll signs the deal as each of the three roles, ticking the clock.
func (f *fixture) signAll(roles ...model.Role) {
	f.t.Helper()
	if len(roles) == 0 {
		roles = model.SigningRoles
	}
	for _, r := range roles {
		f.clk.tick()
		if _, err := f.s.Sign(f.ctx, f.deal, f.people[r], r); err != nil {
			f.t.Fatalf("Sign %s: %v", r, err)
		}
	}
}

func (f *fixture) answer(p model.Promise, fit model.Fit, effort float64, earliest model.Date) model.Assessment {
	f.t.Helper()
	a := model.Assessment{PromiseID: p.ID, Fit: fit, EffortDays: effort, Earliest: earliest, Confidence: model.ConfidenceHigh,
		AssessedBy: f.people[model.RoleDelivery], PromiseRevision: p.Revision}
	if err := f.s.CreateAssessment(f.ctx, &a); err != nil {
		f.t.Fatalf("CreateAssessment: %v", err)
	}
	return a
}

func (f *fixture) dossier() *model.Dossier {
	f.t.Helper()
	d, err := f.s.Dossier(f.ctx, f.deal)
	if err != nil {
		f.t.Fatal(err)
	}
	return d
}

func TestBaselineTakenWhenEveryRoleSigned(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	f.answer(p, model.FitFull, 10, model.NewDate(2027, 1, 15))
	f.signAll(model.RoleSales, model.RolePresales)
	if _, ok, _ := f.s.Baseline(f.ctx, f.deal); ok {
		t.Fatal("a baseline before delivery signed")
	}
	f.signAll(model.RoleDelivery)
	b, ok, err := f.s.Baseline(f.ctx, f.deal)
	if err != nil || !ok {
		t.Fatalf("no baseline after every role signed: %v", err)
	}
	if len(b.Snapshot.Promises) != 1 || b.Snapshot.Promises[0].Fit != model.FitFull || b.Snapshot.Promises[0].EffortDays != 10 {
		t.Errorf("snapshot %+v", b.Snapshot)
	}
	d := f.dossier()
	if x, ok := model.DiffBaseline(d); !ok || !x.Empty() || len(x.SignAgain) != 0 {
		t.Errorf("diff right after the baseline: %+v", x)
	}
	// Signing again with nothing changed takes no second baseline.
	f.signAll(model.RoleSales)
	var n int
	db.Pool(f.s).QueryRowContext(f.ctx, "SELECT count(*) FROM baselines WHERE deal_id = ?", f.deal).Scan(&n)
	if n != 1 {
		t.Errorf("%d baselines, want 1", n)
	}
}

func TestBaselineDiffAndSignAgain(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	p.Due = model.NewDate(2027, 1, 15)
	if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	a := f.answer(p, model.FitFull, 10, model.NewDate(2027, 1, 10))
	f.signAll()

	// Delivery's answer moves: the earliest date by 20 days, the effort by 5.
	f.clk.tick()
	a.Earliest, a.EffortDays, a.Fit = model.NewDate(2027, 2, 1), 15, model.FitPartial
	if err := f.s.UpdateAssessment(f.ctx, &a); err != nil {
		t.Fatal(err)
	}
	d := f.dossier()
	x, _ := model.DiffBaseline(d)
	if len(x.Promises) != 1 || x.Promises[0].Kind != "changed" {
		t.Fatalf("diff %+v", x.Promises)
	}
	got := map[string]float64{}
	for _, c := range x.Promises[0].Fields {
		got[c.Field] = c.Delta
	}
	if got["earliest"] != 22 || got["effort"] != 5 || len(got) != 3 {
		t.Errorf("fields and deltas %v, want earliest +22, effort +5, fit", got)
	}
	// The answer shows in the promises table (its fit) and delivery reality.
	want := []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery}
	if !slices.Equal(x.SignAgain, want) {
		t.Errorf("sign again %v, want %v", x.SignAgain, want)
	}
	f.signAll()
	d = f.dossier()
	if x, _ := model.DiffBaseline(d); !x.Empty() || len(x.SignAgain) != 0 {
		t.Errorf("after everyone signed again the baseline should hold the new answer: %+v", x)
	}
}

// Each section asks only the roles that answer for it to sign again.
func TestSignAgainBySection(t *testing.T) {
	cases := []struct {
		name   string
		change func(f *fixture)
		want   []model.Role
	}{
		{"not sold", func(f *fixture) {
			deal, _ := f.s.Deal(f.ctx, f.deal)
			deal.NotSold = append(deal.NotSold, "Data migration")
			if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
				f.t.Fatal(err)
			}
		}, []model.Role{model.RoleSales, model.RolePresales}},
		{"delivery constraint", func(f *fixture) {
			c := model.Constraint{DealID: f.deal, Text: "No weekend cutover"}
			if err := f.s.CreateConstraint(f.ctx, &c); err != nil {
				f.t.Fatal(err)
			}
		}, []model.Role{model.RoleDelivery}},
		{"summary", func(f *fixture) {
			deal, _ := f.s.Deal(f.ctx, f.deal)
			deal.WhyBuy = "Their month-end close takes nine days"
			if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
				f.t.Fatal(err)
			}
		}, []model.Role{model.RoleSales}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t).withDeal()
			p := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
			f.answer(p, model.FitFull, 10, model.Date{})
			f.signAll()
			f.clk.tick()
			c.change(f)
			if got := model.MustSignAgain(f.dossier()); !slices.Equal(got, c.want) {
				t.Errorf("sign again %v, want %v", got, c.want)
			}
		})
	}
}

func TestChangeRequestLifecycle(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	f.answer(p, model.FitFull, 10, model.Date{})

	cr := model.ChangeRequest{RelayedBy: f.people[model.RoleSales], AskedBy: "Eva at Acme"}
	np := model.NewPromise(f.deal)
	np.Title, np.Source = "Credit notes in the export", model.SourceEmail
	if err := f.s.CreateChangeRequest(f.ctx, &np, &cr); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("a change request before the baseline: %v", err)
	}
	f.signAll()
	np.Verification = model.VerificationConfirmed
	if err := f.s.CreateChangeRequest(f.ctx, &np, &cr); err != nil {
		t.Fatal(err)
	}
	if np.Verification != model.VerificationHeard || cr.Status != model.ChangeOpen || cr.PromiseID != np.ID {
		t.Errorf("new change request %+v, promise %s", cr, np.Verification)
	}
	d := f.dossier()
	if d.InScope(np.ID) || len(model.MustSignAgain(d)) != 0 {
		t.Errorf("an open change request is out of scope and asks nobody to sign: in scope %v, sign %v",
			d.InScope(np.ID), model.MustSignAgain(d))
	}
	f.answer(np, model.FitPartial, 3, model.Date{})
	if got := model.MustSignAgain(f.dossier()); len(got) != 0 {
		t.Errorf("answering an open request asks %v to sign", got)
	}

	// An acceptance needs both sides present.
	cr.Status, cr.Reason, cr.Present = model.ChangeAccepted, "Small and asked in writing", []int64{f.people[model.RoleSales]}
	if err := f.s.DecideChangeRequest(f.ctx, &cr); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("accepted with sales alone: %v", err)
	}
	cr.Present = []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}
	f.clk.tick()
	if err := f.s.DecideChangeRequest(f.ctx, &cr); err != nil {
		t.Fatal(err)
	}
	if cr.Status != model.ChangeAccepted || cr.DecisionID == 0 {
		t.Errorf("accepted %+v", cr)
	}
	d = f.dossier()
	if !d.InScope(np.ID) || len(d.Decisions) != 1 {
		t.Errorf("accepted: in scope %v, %d decisions", d.InScope(np.ID), len(d.Decisions))
	}
	x, _ := model.DiffBaseline(d)
	if len(x.Promises) != 1 || x.Promises[0].Kind != "added" || x.Promises[0].PromiseID != np.ID {
		t.Errorf("diff %+v", x.Promises)
	}
	if len(x.SignAgain) != 3 {
		t.Errorf("sign again %v, want all three (a promise, its answer and a decision)", x.SignAgain)
	}
	report := model.Report(d, f.clk.Now())
	for _, want := range []string{"## Changes since sign-off", "| C1 | Credit notes in the export | The sales person | Eva at Acme | email | accepted on",
		"### Must sign again\n\nSales, presales, delivery.\n"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}

	// Rejected and deferred need a reason, not a quorum.
	other := model.NewPromise(f.deal)
	other.Title = "SSO with their old portal"
	ocr := model.ChangeRequest{RelayedBy: f.people[model.RoleSales]}
	if err := f.s.CreateChangeRequest(f.ctx, &other, &ocr); err != nil {
		t.Fatal(err)
	}
	ocr.Status = model.ChangeDeferred
	if err := f.s.DecideChangeRequest(f.ctx, &ocr); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("deferred without a reason: %v", err)
	}
	ocr.Reason = "After go-live"
	if err := f.s.DecideChangeRequest(f.ctx, &ocr); err != nil {
		t.Fatal(err)
	}
	if f.dossier().InScope(other.ID) {
		t.Error("a deferred change request joined the scope")
	}
	// A promise added the ordinary way after the baseline is a change
	// request too.
	plain := f.promise(f.deal, "Training for two more teams", f.people[model.RolePresales])
	c, ok := f.dossier().ChangeRequestFor(plain.ID)
	if !ok || c.Status != model.ChangeOpen || c.RelayedBy != f.people[model.RolePresales] {
		t.Errorf("plain promise after the baseline: %+v %v", c, ok)
	}
}

func TestOutcomes(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Invoice export", f.people[model.RoleSales])
	p.Due = model.NewDate(2027, 1, 15)
	if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	f.answer(p, model.FitFull, 10, model.Date{})
	q := f.promise(f.deal, "Nightly sync", f.people[model.RoleSales])
	if _, err := f.s.RecordOutcome(f.ctx, p.ID, model.OutcomeKept, model.Date{}, ""); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("an outcome before delivery: %v", err)
	}
	deal, _ := f.s.Deal(f.ctx, f.deal)
	deal.Stage = model.StageDelivery
	if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
		t.Fatal(err)
	}
	// Late only after the due date, and only with one.
	for _, c := range []struct {
		id   int64
		on   model.Date
		says string
	}{
		{p.ID, model.NewDate(2027, 1, 15), "cannot be late on 2027-01-15: the promise was due 2027-01-15"},
		{q.ID, model.NewDate(2027, 1, 27), "cannot be late: the promise has no due date"},
	} {
		if _, err := f.s.RecordOutcome(f.ctx, c.id, model.OutcomeLate, c.on, ""); !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), c.says) {
			t.Errorf("late on %s: %v, want it refused: %s", c.on, err, c.says)
		}
	}
	before := f.lastEvent()
	o, err := f.s.RecordOutcome(f.ctx, p.ID, model.OutcomeLate, model.NewDate(2027, 1, 27), "Bank format changed")
	if err != nil {
		t.Fatal(err)
	}
	if o.DaysLate != 12 || o.RecordedBy != testActor {
		t.Errorf("late outcome %+v", o)
	}
	e := f.expectEvent(before, "outcome", o.ID, "create", f.deal)
	var fields []string
	for _, c := range e.Changes() {
		fields = append(fields, c.Field)
	}
	if !slices.Contains(fields, "days_late") || !slices.Contains(fields, "note") {
		t.Errorf("history fields %v", fields)
	}
	// Changed by agreement needs an agreement to link to.
	if _, err := f.s.RecordOutcome(f.ctx, q.ID, model.OutcomeChanged, model.Date{}, ""); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("changed with no agreement: %v", err)
	}
	dec := model.Decision{DealID: f.deal, Text: "Sync weekly instead", DecidedBy: f.people[model.RoleDelivery]}
	if err := f.s.CreateDecision(f.ctx, &dec); err != nil {
		t.Fatal(err)
	}
	o2, err := f.s.RecordOutcome(f.ctx, q.ID, model.OutcomeChanged, model.Date{}, "")
	if err != nil || o2.DecisionID != dec.ID {
		t.Fatalf("changed: %+v %v", o2, err)
	}
	// Recording again replaces the outcome.
	if _, err := f.s.RecordOutcome(f.ctx, q.ID, model.OutcomeBroken, model.Date{}, "Never built"); err != nil {
		t.Fatal(err)
	}
	d := f.dossier()
	if len(d.Outcomes) != 2 {
		t.Fatalf("%d outcomes", len(d.Outcomes))
	}
	report := model.Report(d, f.clk.Now())
	if !strings.Contains(report, "| P1 | Invoice export | kept late (12 days) | 2027-01-27 | tester | Bank format changed |") ||
		!strings.Contains(report, "| P2 | Nightly sync | broken |") {
		t.Errorf("report outcomes:\n%s", report)
	}
	ks, err := f.s.KeptPromises(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := model.CountKept(ks, model.Date{})
	if m.Total.Late != 1 || m.Total.Broken != 1 || len(m.ByDeal) != 1 {
		t.Errorf("made vs kept %+v", m)
	}
}
