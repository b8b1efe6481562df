package db_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// TestScenarioSAPSync walks the story through the real store: a
// promise made in a proposal, delivery's answer, the gaps it opens, a gap
// owned in the meeting, terms agreed, and a promise edited afterwards. At
// every step the deal list's figures must agree with the deal itself.
func TestScenarioSAPSync(t *testing.T) {
	ctx := context.Background()
	clock := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	s, err := db.Open(ctx, filepath.Join(t.TempDir(), "handoff.db"),
		db.WithActor("tester"), db.WithNow(func() time.Time { return clock }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	person := func(name string, r model.Role) int64 {
		p := model.Person{Name: name, Role: r}
		if err := s.CreatePerson(ctx, &p); err != nil {
			t.Fatal(err)
		}
		return p.ID
	}
	sales := person("Sam Sales", model.RoleSales)
	presales := person("Pat Presales", model.RolePresales)
	delivery := person("Dana Delivery", model.RoleDelivery)

	deal := model.Deal{Name: "Acme SAP", Customer: "Acme", Stage: model.StageProposal,
		Owners: model.Owners{Sales: sales, Presales: presales, Delivery: delivery}}
	if err := s.CreateDeal(ctx, &deal); err != nil {
		t.Fatal(err)
	}
	promise := model.NewPromise(deal.ID)
	promise.Title = "Real-time sync with SAP, go-live by 2027-01-15"
	promise.Priority = model.PriorityMust
	promise.Due = model.MustDate("2027-01-15")
	promise.PromisedBy = sales
	promise.Source, promise.SourceRef = model.SourceProposal, "Proposal v3 §4.2"
	if err := s.CreatePromise(ctx, &promise); err != nil {
		t.Fatal(err)
	}

	// gapsByKind reads the deal's gaps, keyed by kind (one promise, so one
	// derived gap per kind at most).
	gapsByKind := func() map[model.GapKind]model.Gap {
		t.Helper()
		gs, err := s.Gaps(ctx, deal.ID)
		if err != nil {
			t.Fatal(err)
		}
		out := map[model.GapKind]model.Gap{}
		for _, g := range gs {
			if _, dup := out[g.Kind]; dup {
				t.Fatalf("two %s gaps: %+v", g.Kind, gs)
			}
			if g.Origin != model.OriginDerived || g.PromiseID != promise.ID {
				t.Fatalf("unexpected gap %+v", g)
			}
			out[g.Kind] = g
		}
		return out
	}
	openKinds := func(gs map[model.GapKind]model.Gap) []string {
		var out []string
		for k, g := range gs {
			if g.Open() {
				out = append(out, string(k)+" "+string(g.Severity))
			}
		}
		slices.Sort(out)
		return out
	}
	// checkSummary compares the deal list's figures with the deal's gaps
	// and its readiness worked out afresh, and returns them.
	checkSummary := func(step string) (model.DealSummary, model.Readiness) {
		t.Helper()
		sums, err := s.DealSummaries(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(sums) != 1 {
			t.Fatalf("%s: %d summaries", step, len(sums))
		}
		sm := sums[0]
		d, err := s.Dossier(ctx, deal.ID)
		if err != nil {
			t.Fatal(err)
		}
		r := d.Readiness()
		var open [4]int
		for _, g := range d.Gaps {
			if g.Open() {
				open[g.Severity.Rank()]++
			}
		}
		if sm.Open != open || sm.Readiness != r.Percent || sm.Blockers != len(r.Blockers) || sm.Ready() != r.Ready() {
			t.Errorf("%s: summary %+v, but the deal has open %v, readiness %d%% with %d blockers %q",
				step, sm, open, r.Percent, len(r.Blockers), r.Blockers)
		}
		return sm, r
	}

	// 1. No glossary, no answer: unassessed and undefined_term.
	gs := gapsByKind()
	if got, want := openKinds(gs), []string{"unassessed high", "undefined_term medium"}; !slices.Equal(got, want) {
		t.Fatalf("step 1: open gaps %q, want %q", got, want)
	}
	flagged := gs[model.KindUndefinedTerm].Title
	for _, w := range []string{"real-time", "go-live"} {
		if !strings.Contains(flagged, w) {
			t.Errorf("step 1: undefined_term title %q does not name %q", flagged, w)
		}
	}
	unassessed := gs[model.KindUnassessed]
	sm, r := checkSummary("step 1")
	if sm.Open != [4]int{0, 1, 1, 0} || r.Ready() || r.Percent >= 100 {
		t.Errorf("step 1: summary %+v, readiness %v", sm, r)
	}
	if !slices.ContainsFunc(r.Blockers, func(b string) bool { return strings.Contains(b, "has no answer from delivery") }) ||
		!slices.ContainsFunc(r.Blockers, func(b string) bool { return strings.Contains(b, "“go-live”") }) ||
		!slices.ContainsFunc(r.Blockers, func(b string) bool { return strings.Contains(b, "“real-time”") }) {
		t.Errorf("step 1: blockers %q", r.Blockers)
	}
	if sm.NextDue != promise.Due {
		t.Errorf("step 1: next due %s, want the promise's %s", sm.NextDue, promise.Due)
	}

	// 2. Delivery answers: partial, and not before March.
	clock = clock.Add(24 * time.Hour)
	answer := model.Assessment{PromiseID: promise.ID, Fit: model.FitPartial, CanDo: "only nightly batch, not real-time",
		EffortDays: 30, Earliest: model.MustDate("2027-03-01"), Confidence: model.ConfidenceMedium, AssessedBy: delivery}
	if err := s.CreateAssessment(ctx, &answer); err != nil {
		t.Fatal(err)
	}
	gs = gapsByKind()
	if got, want := openKinds(gs), []string{"schedule critical", "scope medium", "undefined_term medium"}; !slices.Equal(got, want) {
		t.Fatalf("step 2: open gaps %q, want %q", got, want)
	}
	if title := gs[model.KindScope].Title; !strings.Contains(title, "fit partial: only nightly batch, not real-time") {
		t.Errorf("step 2: scope title %q", title)
	}
	if title := gs[model.KindSchedule].Title; !strings.Contains(title, "due 2027-01-15, delivery earliest 2027-03-01: 45 days late") {
		t.Errorf("step 2: schedule title %q", title)
	}
	u := gs[model.KindUnassessed]
	if u.ID != unassessed.ID || u.Status != model.GapResolved || !u.AutoResolved ||
		!strings.Contains(u.Resolution, "delivery answered the promise") {
		t.Errorf("step 2: unassessed gap %+v, want the same gap resolved by the rules", u)
	}
	events, err := s.History(ctx, deal.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(events, func(e model.Event) bool {
		return e.Entity == "gap" && e.EntityID == unassessed.ID && e.Action == "resolve" &&
			strings.Contains(e.After, `"status":"resolved"`) && e.Actor == "tester" && e.At.Equal(clock)
	}) {
		t.Errorf("step 2: no resolve event for gap %d in %+v", unassessed.ID, events)
	}
	sm, r = checkSummary("step 2")
	if sm.Open != [4]int{1, 0, 2, 0} || r.Ready() {
		t.Errorf("step 2: summary %+v, readiness %v", sm, r)
	}
	if !slices.ContainsFunc(r.Blockers, func(b string) bool { return strings.HasPrefix(b, "Critical schedule gap has no owner and no due date") }) {
		t.Errorf("step 2: blockers %q", r.Blockers)
	}

	// 3. In the meeting, the schedule gap gets an owner and a due date.
	sched := gs[model.KindSchedule]
	sched.Owner, sched.Due = delivery, model.MustDate("2026-12-01")
	if err := s.UpdateGap(ctx, &sched); err != nil {
		t.Fatal(err)
	}
	checkSched := func(step string) model.Gap {
		t.Helper()
		g := gapsByKind()[model.KindSchedule]
		if g.ID != sched.ID || g.Owner != delivery || g.Due != model.MustDate("2026-12-01") {
			t.Errorf("%s: schedule gap %+v lost its owner or due date", step, g)
		}
		return g
	}
	checkSched("step 3")
	sm, r = checkSummary("step 3")
	if slices.ContainsFunc(r.Blockers, func(b string) bool { return strings.Contains(b, "schedule gap") }) {
		t.Errorf("step 3: owned and dated schedule gap still blocks: %q", r.Blockers)
	}
	if sm.NextDue != model.MustDate("2026-12-01") {
		t.Errorf("step 3: next due %s, want the gap's 2026-12-01", sm.NextDue)
	}

	// 4. Both terms agreed by sales and delivery: undefined_term resolves.
	bad := model.Term{DealID: deal.ID, Term: "real-time", Definition: "x", Status: model.TermAgreed, AgreedBy: []int64{sales}}
	if err := s.CreateTerm(ctx, &bad); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("step 4: a term agreed by one side only: err = %v, want ErrInvalid", err)
	}
	// Whatever else the watch list flags in the promise, agree it too.
	var words []string
	for _, w := range strings.Split(flagged[strings.LastIndex(flagged, ": ")+2:], ", ") {
		if w != "real-time" && w != "go-live" {
			words = append(words, w)
		}
	}
	words = append(words, "real-time", "go-live")
	for i, w := range words {
		term := model.Term{DealID: deal.ID, Term: w, Definition: "what both sides mean by " + w,
			Status: model.TermAgreed, AgreedBy: []int64{sales, delivery}}
		if err := s.CreateTerm(ctx, &term); err != nil {
			t.Fatalf("step 4: term %q: %v", w, err)
		}
		ut := gapsByKind()[model.KindUndefinedTerm]
		if i < len(words)-1 {
			if !ut.Open() || strings.Contains(ut.Title, w) || !strings.Contains(ut.Title, "go-live") {
				t.Errorf("step 4: after agreeing %q the gap is %+v", w, ut)
			}
			continue
		}
		if ut.Status != model.GapResolved || !ut.AutoResolved ||
			!strings.Contains(ut.Resolution, "every term it uses is now agreed") {
			t.Errorf("step 4: undefined_term gap %+v, want resolved by the rules", ut)
		}
	}
	checkSched("step 4")
	sm, r = checkSummary("step 4")
	if !r.Ready() || sm.Readiness != 100 || sm.Open != [4]int{1, 0, 1, 0} {
		t.Errorf("step 4: summary %+v, readiness %v (%q), want ready", sm, r, r.Blockers)
	}

	// 5. Sales rewrites the promise: delivery's answer is now suspect.
	p, err := s.Promise(ctx, promise.ID)
	if err != nil {
		t.Fatal(err)
	}
	p.Title = "Real-time sync with SAP S/4HANA, go-live by 2027-01-15"
	if err := s.UpdatePromise(ctx, &p); err != nil {
		t.Fatal(err)
	}
	gs = gapsByKind()
	if got, want := openKinds(gs), []string{"schedule critical", "scope medium", "suspect high"}; !slices.Equal(got, want) {
		t.Errorf("step 5: open gaps %q, want %q", got, want)
	}
	if g := checkSched("step 5"); !strings.Contains(g.Title, "S/4HANA") {
		t.Errorf("step 5: schedule title not refreshed: %q", g.Title)
	}
	sm, r = checkSummary("step 5")
	if r.Ready() || !slices.Contains(r.Blockers, "Promise “"+p.Title+"” changed after delivery answered it.") {
		t.Errorf("step 5: blockers %q", r.Blockers)
	}

	// 6. Delivery answers again: suspect resolves; the promise is deleted:
	// every open gap closes saying so; restored: they reopen, owner kept.
	a, err := s.Assessment(ctx, promise.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateAssessment(ctx, &a); err != nil {
		t.Fatal(err)
	}
	if g := gapsByKind()[model.KindSuspect]; g.Open() || !g.AutoResolved {
		t.Errorf("step 6: suspect gap %+v, want resolved after the fresh answer", g)
	}
	if p, err = s.Promise(ctx, promise.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePromise(ctx, p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
	for k, g := range gapsByKind() {
		if g.Open() {
			t.Errorf("step 6: %s gap still open after the promise was deleted", k)
		}
		if g.AutoResolved && (k == model.KindScope || k == model.KindSchedule) &&
			!strings.Contains(g.Resolution, "the promise was deleted") {
			t.Errorf("step 6: %s gap resolution %q", k, g.Resolution)
		}
	}
	sm, _ = checkSummary("step 6 deleted")
	if sm.OpenGaps() != 0 {
		t.Errorf("step 6: %d open gaps after the promise was deleted", sm.OpenGaps())
	}
	if _, err := s.RestorePromise(ctx, promise.ID); err != nil {
		t.Fatal(err)
	}
	if got, want := openKinds(gapsByKind()), []string{"schedule critical", "scope medium"}; !slices.Equal(got, want) {
		t.Errorf("step 6: after restoring, open gaps %q, want %q", got, want)
	}
	checkSched("step 6")
	checkSummary("step 6 restored")
}

// TestScenarioPersonClosedGapStaysClosed checks, through the store, that a
// gap a person accepted is neither reopened nor refreshed out of their hands,
// and that their severity survives the rules.
func TestScenarioPersonClosedGapStaysClosed(t *testing.T) {
	ctx := context.Background()
	s, err := db.Open(ctx, filepath.Join(t.TempDir(), "handoff.db"), db.WithActor("tester"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	deal := model.Deal{Name: "Beta", Stage: model.StageLead}
	if err := s.CreateDeal(ctx, &deal); err != nil {
		t.Fatal(err)
	}
	p := model.NewPromise(deal.ID)
	p.Title, p.Priority = "Monthly invoice export", model.PriorityCould
	if err := s.CreatePromise(ctx, &p); err != nil {
		t.Fatal(err)
	}
	find := func(k model.GapKind) model.Gap {
		t.Helper()
		gs, err := s.Gaps(ctx, deal.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			if g.Kind == k {
				return g
			}
		}
		t.Fatalf("no %s gap in %+v", k, gs)
		return model.Gap{}
	}
	// Nobody promised it: unowned_promise, low. A person accepts it and
	// raises its severity.
	g := find(model.KindUnownedPromise)
	g.Status, g.Resolution, g.Severity = model.GapAccepted, "Came from the RFP; nobody to name.", model.SeverityMedium
	if err := s.UpdateGap(ctx, &g); err != nil {
		t.Fatal(err)
	}
	// The deal moves on (a write that reconciles); the cause stays.
	d, err := s.Deal(ctx, deal.ID)
	if err != nil {
		t.Fatal(err)
	}
	d.Stage = model.StageQualified
	if err := s.UpdateDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	got := find(model.KindUnownedPromise)
	if got.Status != model.GapAccepted || got.Resolution != g.Resolution || got.Severity != model.SeverityMedium || !got.SeveritySet {
		t.Errorf("accepted gap became %+v", got)
	}
	// A manual gap is left as it was by every write.
	m := model.Gap{DealID: deal.ID, PromiseID: p.ID, Kind: model.KindScope, Title: "SAP version unknown",
		Severity: model.SeverityHigh}
	if err := s.CreateGap(ctx, &m); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePromise(ctx, p.ID, p.Version); err != nil {
		t.Fatal(err)
	}
	after, err := s.Gap(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !after.Same(m) {
		t.Errorf("manual gap changed: %+v → %+v", m, after)
	}
	if got := find(model.KindUnownedPromise); got.Status != model.GapAccepted || got.AutoResolved {
		t.Errorf("accepted gap after the promise was deleted: %+v", got)
	}
}
