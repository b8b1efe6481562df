package model_test

import (
	"slices"
	"strings"
	"testing"

	"handoff/model"
)

// readyDeal is a deal with two answered, agreed promises and every owner:
// nothing blocks it.
func readyDeal() (model.Facts, []model.Gap) {
	d, p, a := baseFacts()
	q := p
	q.ID, q.Title = 2, "Real-time stock levels in the web shop"
	b := a
	b.ID, b.PromiseID = 2, 2
	terms := []model.Term{{ID: 1, DealID: 1, Term: "real-time", Definition: "within 5 s", Status: model.TermAgreed}}
	f := model.Facts{Deal: d, Promises: []model.Promise{p, q}, Assessments: []model.Assessment{a, b},
		Terms: terms, Watch: model.WatchWords(nil)}
	gaps := []model.Gap{
		// Open but owned and dated, or not high enough, or closed: no blocker.
		{ID: 1, DealID: 1, PromiseID: 1, Kind: model.KindSchedule, Title: "“A” — late", Severity: critical,
			Owner: 3, Due: date("2027-02-01"), Status: model.GapInProgress, Origin: model.OriginDerived},
		{ID: 2, DealID: 1, PromiseID: 1, Kind: model.KindEffort, Title: "“A” — over budget", Severity: medium,
			Status: model.GapOpen, Origin: model.OriginDerived},
		{ID: 3, DealID: 1, PromiseID: 2, Kind: model.KindScope, Title: "“B” — fit none", Severity: critical,
			Status: model.GapAccepted, Origin: model.OriginDerived},
		{ID: 4, DealID: 1, PromiseID: 2, Kind: model.KindSuspect, Title: "“B” — changed", Severity: high,
			Status: model.GapResolved, Origin: model.OriginDerived, AutoResolved: true},
		{ID: 5, DealID: 1, Kind: model.KindOther, Title: "Training plan", Severity: low,
			Status: model.GapOpen, Origin: model.OriginManual},
	}
	return f, gaps
}

func checkPercent(t *testing.T, r model.Readiness) {
	t.Helper()
	switch {
	case r.Ready() && r.Percent != 100:
		t.Errorf("ready but percent = %d", r.Percent)
	case !r.Ready() && (r.Percent < 0 || r.Percent > 99):
		t.Errorf("%d blockers but percent = %d", len(r.Blockers), r.Percent)
	}
	if r.Ready() != (len(r.Blockers) == 0) {
		t.Errorf("Ready() = %v with blockers %q", r.Ready(), r.Blockers)
	}
}

func TestAssessReady(t *testing.T) {
	f, gaps := readyDeal()
	r := model.Assess(f, gaps)
	checkPercent(t, r)
	if !r.Ready() || r.Percent != 100 || r.String() != "ready" {
		t.Errorf("readiness = %+v (%s), want ready at 100%%", r, r)
	}
}

func TestAssessBlockers(t *testing.T) {
	cases := []struct {
		name   string
		change func(f *model.Facts, gaps *[]model.Gap)
		// want is the one blocker expected, word for word.
		want string
	}{
		{"promise without an answer", func(f *model.Facts, _ *[]model.Gap) {
			f.Assessments = f.Assessments[1:]
		}, "Promise “" + plainTitle + "” has no answer from delivery."},
		{"open critical gap without an owner", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[0].Owner = 0
		}, "Critical schedule gap has no owner: “A” — late."},
		{"open high gap without a due date", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[0].Severity, (*gaps)[0].Due = high, model.Date{}
		}, "High schedule gap has no due date: “A” — late."},
		{"open high gap without either", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[0].Severity, (*gaps)[0].Due, (*gaps)[0].Owner = high, model.Date{}, 0
		}, "High schedule gap has no owner and no due date: “A” — late."},
		{"reopened critical gap", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[2].Status = model.GapOpen
		}, "Critical scope gap has no owner and no due date: “B” — fit none."},
		{"manual high gap without an owner", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[4].Severity, (*gaps)[4].Due = high, date("2027-01-01")
		}, "High manual gap has no owner: Training plan."},
		{"term used but not agreed", func(f *model.Facts, _ *[]model.Gap) {
			f.Terms[0].Status = model.TermDraft
		}, "Term “real-time” is used in “Real-time stock levels in the web shop” but not agreed."},
		{"term in two promises", func(f *model.Facts, _ *[]model.Gap) {
			f.Promises[0].Detail = "Pushed in real-time."
			f.Terms = nil
		}, "Term “real-time” is used in 2 promises but not agreed."},
		{"one term in two spellings", func(f *model.Facts, _ *[]model.Gap) {
			f.Promises[0].Detail = "Prices updated in real time."
			f.Terms = nil
		}, "Term “real time” is used in 2 promises but not agreed."},
		{"watch word with no glossary entry", func(f *model.Facts, _ *[]model.Gap) {
			f.Promises[0].Detail = "Go-live on 1 May."
		}, "Term “go-live” is used in “" + plainTitle + "” but not agreed."},
		{"open suspect gap", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[3].Status, (*gaps)[3].AutoResolved = model.GapOpen, false
			(*gaps)[3].Owner, (*gaps)[3].Due = 3, date("2027-01-01")
		}, "Promise “Real-time stock levels in the web shop” changed after delivery answered it."},
		{"open suspect gap without an owner is one blocker", func(_ *model.Facts, gaps *[]model.Gap) {
			(*gaps)[3].Status, (*gaps)[3].AutoResolved = model.GapOpen, false
		}, "Promise “Real-time stock levels in the web shop” changed after delivery answered it."},
		{"no sales owner", func(f *model.Facts, _ *[]model.Gap) { f.Deal.Owners.Sales = 0 }, "The deal has no sales owner."},
		{"no presales owner", func(f *model.Facts, _ *[]model.Gap) { f.Deal.Owners.Presales = 0 }, "The deal has no presales owner."},
		{"no delivery owner", func(f *model.Facts, _ *[]model.Gap) { f.Deal.Owners.Delivery = 0 }, "The deal has no delivery owner."},
		{"no promises at all", func(f *model.Facts, gaps *[]model.Gap) {
			f.Promises, f.Assessments, *gaps = nil, nil, nil
		}, "No promises are recorded yet."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f, gaps := readyDeal()
			c.change(&f, &gaps)
			r := model.Assess(f, gaps)
			checkPercent(t, r)
			if !slices.Equal(r.Blockers, []string{c.want}) {
				t.Errorf("blockers = %q\nwant       %q", r.Blockers, []string{c.want})
			}
			if r.Ready() || !strings.HasSuffix(r.String(), "— 1 blocker") {
				t.Errorf("String() = %q", r)
			}
		})
	}
}

// TestAssessWorstDeal checks a deal where everything is wrong still gets a
// percentage in range, and every blocker is listed once.
func TestAssessWorstDeal(t *testing.T) {
	f, gaps := readyDeal()
	f.Deal.Owners = model.Owners{}
	f.Assessments, f.Terms = nil, nil
	for i := range gaps {
		gaps[i].Status, gaps[i].Owner, gaps[i].Due, gaps[i].Severity = model.GapOpen, 0, model.Date{}, critical
	}
	r := model.Assess(f, gaps)
	checkPercent(t, r)
	// 2 unanswered, 1 term, 1 suspect, 4 unowned critical gaps (the suspect
	// one is a blocker of its own, not counted twice), 3 owners.
	if len(r.Blockers) != 11 {
		t.Errorf("%d blockers, want 11:\n%s", len(r.Blockers), strings.Join(r.Blockers, "\n"))
	}
	if r.Percent > 50 {
		t.Errorf("percent = %d for a deal where almost nothing passes", r.Percent)
	}
	// Worse gaps come first among the gap blockers.
	f, gaps = readyDeal()
	gaps[1].Severity = high        // effort, open, no owner
	gaps[2].Status = model.GapOpen // scope, critical, no owner
	r = model.Assess(f, gaps)
	if len(r.Blockers) != 2 || !strings.HasPrefix(r.Blockers[0], "Critical") || !strings.HasPrefix(r.Blockers[1], "High") {
		t.Errorf("blockers = %q, want critical before high", r.Blockers)
	}
}

// TestAssessPercentFalls checks that each further blocker lowers (never
// raises) the figure.
func TestAssessPercentFalls(t *testing.T) {
	f, gaps := readyDeal()
	steps := []func(){
		func() { f.Deal.Owners.Sales = 0 },
		func() { f.Assessments = f.Assessments[1:] },
		func() { f.Terms = nil },
		func() { gaps[0].Owner = 0 },
		func() { f.Deal.Owners.Delivery = 0 },
	}
	last := model.Assess(f, gaps).Percent
	for i, step := range steps {
		step()
		r := model.Assess(f, gaps)
		checkPercent(t, r)
		if len(r.Blockers) != i+1 {
			t.Fatalf("step %d: blockers = %q", i, r.Blockers)
		}
		if r.Percent >= last {
			t.Errorf("step %d: percent %d, was %d", i, r.Percent, last)
		}
		last = r.Percent
	}
}

// Settling things never lowers the figure: closing any open gap of a sample
// deal, one after another, leaves it the same or higher, and closing an
// unverified gap (the customer confirmed the promise) raises it.
func TestAssessPercentNeverFallsAsGapsClose(t *testing.T) {
	for _, name := range []string{"SAP", "Managed", "Process"} {
		d := sampleDossier(t, name)
		f, gaps := d.Facts(), slices.Clone(d.Gaps)
		last := model.Assess(f, gaps).Percent
		for i, g := range gaps {
			if !g.Open() {
				continue
			}
			gaps[i].Status, gaps[i].Resolution = model.GapResolved, "settled"
			r := model.Assess(f, gaps)
			if r.Percent < last {
				t.Errorf("%s: closing %q lowered readiness from %d%% to %d%%", name, g.Title, last, r.Percent)
			}
			if g.Kind == model.KindUnverified && r.Percent <= last && len(r.Blockers) > 0 {
				t.Errorf("%s: closing the unverified gap %q left readiness at %d%%", name, g.Title, r.Percent)
			}
			last = r.Percent
		}
	}
}
