package model_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"handoff/model"
)

// storedGap is a derived gap as the store would hold it.
func storedGap(id, promise int64, k model.GapKind, sev model.Severity, title string) model.Gap {
	return model.Gap{ID: id, DealID: 1, PromiseID: promise, Kind: k, Title: title, Severity: sev,
		Status: model.GapOpen, Origin: model.OriginDerived, Version: 3}
}

func finding(promise int64, k model.GapKind, sev model.Severity, title string) model.Finding {
	return model.Finding{PromiseID: promise, Kind: k, Severity: sev, Title: title}
}

// onlyChange returns the plan's single change, failing otherwise.
func onlyChange(t *testing.T, p model.Plan) model.GapChange {
	t.Helper()
	if len(p.Create) != 0 || len(p.Change) != 1 {
		t.Fatalf("plan = %+v, want exactly one change", p)
	}
	return p.Change[0]
}

func TestReconcileCreates(t *testing.T) {
	found := []model.Finding{
		finding(1, model.KindScope, high, "“A” — fit none"),
		finding(2, model.KindUnassessed, low, "“B” — no answer"),
	}
	// An existing gap of another kind for promise 1 must not stand in for
	// the scope gap; a manual gap must not either.
	stored := []model.Gap{
		storedGap(5, 1, model.KindUnassessed, high, "“A” — no answer"),
		{ID: 6, DealID: 1, PromiseID: 1, Kind: model.KindScope, Title: "my own scope worry",
			Severity: low, Status: model.GapOpen, Origin: model.OriginManual},
	}
	plan := model.Reconcile(1, stored, found, map[int64]bool{1: true, 2: true})
	want := []model.Gap{
		{DealID: 1, PromiseID: 1, Kind: model.KindScope, Title: "“A” — fit none", Severity: high,
			Status: model.GapOpen, Origin: model.OriginDerived},
		{DealID: 1, PromiseID: 2, Kind: model.KindUnassessed, Title: "“B” — no answer", Severity: low,
			Status: model.GapOpen, Origin: model.OriginDerived},
	}
	if !reflect.DeepEqual(plan.Create, want) {
		t.Errorf("created = %+v\nwant      %+v", plan.Create, want)
	}
	// The stored unassessed gap has no finding any more: it is closed.
	c := onlyChange(t, model.Plan{Change: plan.Change})
	if c.Before.ID != 5 || c.After.Status != model.GapResolved {
		t.Errorf("change = %+v", c)
	}
	if model.Reconcile(1, nil, nil, nil).Empty() != true {
		t.Error("nothing stored and nothing found is not an empty plan")
	}
}

func TestReconcileRefreshes(t *testing.T) {
	live := map[int64]bool{1: true}
	t.Run("title", func(t *testing.T) {
		g := storedGap(5, 1, model.KindSchedule, high, "“A” — due 2027-01-15, delivery earliest 2027-02-01: 17 days late")
		f := finding(1, model.KindSchedule, high, "“A” — due 2027-01-15, delivery earliest 2027-02-10: 26 days late")
		c := onlyChange(t, model.Reconcile(1, []model.Gap{g}, []model.Finding{f}, live))
		want := g
		want.Title = f.Title
		if !c.Before.Same(g) || !c.After.Same(want) {
			t.Errorf("change = %+v, want title refreshed only", c)
		}
	})
	t.Run("severity", func(t *testing.T) {
		g := storedGap(5, 1, model.KindSchedule, high, "t")
		f := finding(1, model.KindSchedule, critical, "t")
		c := onlyChange(t, model.Reconcile(1, []model.Gap{g}, []model.Finding{f}, live))
		if c.After.Severity != critical {
			t.Errorf("severity = %s, want critical", c.After.Severity)
		}
	})
	t.Run("severity a person set stays", func(t *testing.T) {
		g := storedGap(5, 1, model.KindSchedule, low, "t")
		g.SeveritySet = true
		f := finding(1, model.KindSchedule, critical, "t2")
		c := onlyChange(t, model.Reconcile(1, []model.Gap{g}, []model.Finding{f}, live))
		if c.After.Severity != low || !c.After.SeveritySet || c.After.Title != "t2" {
			t.Errorf("after = %+v, want severity low kept and title refreshed", c.After)
		}
		f.Title = "t"
		if p := model.Reconcile(1, []model.Gap{g}, []model.Finding{f}, live); !p.Empty() {
			t.Errorf("nothing to refresh, plan = %+v", p)
		}
	})
	t.Run("unchanged", func(t *testing.T) {
		g := storedGap(5, 1, model.KindSchedule, high, "t")
		if p := model.Reconcile(1, []model.Gap{g}, []model.Finding{finding(1, model.KindSchedule, high, "t")}, live); !p.Empty() {
			t.Errorf("plan = %+v, want empty", p)
		}
	})
}

// TestReconcileKeepsWhatPeopleSet checks owner, due date, status and
// resolution survive a refresh.
func TestReconcileKeepsWhatPeopleSet(t *testing.T) {
	for _, st := range []model.GapStatus{model.GapOpen, model.GapInProgress, model.GapResolved, model.GapAccepted} {
		t.Run(string(st), func(t *testing.T) {
			g := storedGap(5, 1, model.KindScope, medium, "“A” — fit partial: old words")
			g.Owner, g.Due, g.Status, g.Resolution = 7, date("2027-02-01"), st, "Customer agreed to nightly batch."
			f := finding(1, model.KindScope, critical, "“A” — fit none: delivery cannot build it")
			c := onlyChange(t, model.Reconcile(1, []model.Gap{g}, []model.Finding{f}, map[int64]bool{1: true}))
			want := g
			want.Title, want.Severity = f.Title, f.Severity
			if !c.After.Same(want) {
				t.Errorf("after = %+v\nwant    %+v", c.After, want)
			}
		})
	}
}

func TestReconcileAutoResolves(t *testing.T) {
	cases := []struct {
		kind model.GapKind
		live bool
		why  string
	}{
		{model.KindUnassessed, true, "delivery answered the promise"},
		{model.KindScope, true, "delivery now says it can build it in full"},
		{model.KindSchedule, true, "earliest date now meets the due date"},
		{model.KindEffort, true, "within the budget sold"},
		{model.KindUnverified, true, "confirmed with the customer"},
		{model.KindUndefinedTerm, true, "every term it uses is now agreed in the glossary"},
		{model.KindSuspect, true, "delivery answered the promise as it now stands"},
		{model.KindUnownedPromise, true, "a person is now named as having promised it"},
		{model.KindScope, false, "the promise was deleted"},
		{model.KindUndefinedTerm, false, "the promise was deleted"},
	}
	for _, c := range cases {
		name := string(c.kind)
		if !c.live {
			name += "/promise deleted"
		}
		t.Run(name, func(t *testing.T) {
			for _, st := range []model.GapStatus{model.GapOpen, model.GapInProgress} {
				g := storedGap(5, 1, c.kind, high, "“A” — something")
				g.Owner, g.Due, g.Status, g.Resolution = 7, date("2027-02-01"), st, "working on it"
				ch := onlyChange(t, model.Reconcile(1, []model.Gap{g}, nil, map[int64]bool{1: c.live}))
				a := ch.After
				if a.Status != model.GapResolved || !a.AutoResolved {
					t.Errorf("%s: after = %+v, want resolved by the rules", st, a)
				}
				if !strings.HasPrefix(a.Resolution, "Closed automatically: ") || !strings.Contains(a.Resolution, c.why) {
					t.Errorf("%s: resolution %q does not say %q", st, a.Resolution, c.why)
				}
				if a.Owner != 7 || a.Due != g.Due || a.Title != g.Title || a.Severity != g.Severity || a.ID != g.ID {
					t.Errorf("%s: resolving changed more than status and resolution: %+v", st, a)
				}
			}
		})
	}
	t.Run("a finding of another promise does not keep it open", func(t *testing.T) {
		g := storedGap(5, 1, model.KindScope, high, "t")
		plan := model.Reconcile(1, []model.Gap{g}, []model.Finding{finding(2, model.KindScope, high, "t")}, map[int64]bool{1: true, 2: true})
		if len(plan.Change) != 1 || plan.Change[0].After.Status != model.GapResolved {
			t.Errorf("plan = %+v", plan)
		}
	})
}

func TestReconcileReopens(t *testing.T) {
	g := storedGap(5, 1, model.KindSchedule, high, "old")
	g.Owner, g.Due = 7, date("2027-02-01")
	live := map[int64]bool{1: true}
	// Closed by the rules...
	closed := onlyChange(t, model.Reconcile(1, []model.Gap{g}, nil, live)).After
	closed.Version++
	// ...and nothing more happens while the cause stays away.
	if p := model.Reconcile(1, []model.Gap{closed}, nil, live); !p.Empty() {
		t.Fatalf("an auto-resolved gap is changed again: %+v", p)
	}
	// The cause comes back: the same gap reopens, with owner and due date.
	f := finding(1, model.KindSchedule, critical, "new")
	c := onlyChange(t, model.Reconcile(1, []model.Gap{closed}, []model.Finding{f}, live))
	want := closed
	want.Status, want.Resolution, want.AutoResolved, want.Title, want.Severity = model.GapOpen, "", false, "new", critical
	if !c.After.Same(want) {
		t.Errorf("reopened = %+v\nwant       %+v", c.After, want)
	}
}

func TestReconcileLeavesClosedByPeople(t *testing.T) {
	for _, st := range []model.GapStatus{model.GapResolved, model.GapAccepted} {
		t.Run(string(st), func(t *testing.T) {
			g := storedGap(5, 1, model.KindScope, high, "t")
			g.Status, g.Resolution = st, "Customer accepted batch sync."
			live := map[int64]bool{1: true}
			// The cause is still there: not reopened.
			if p := model.Reconcile(1, []model.Gap{g}, []model.Finding{finding(1, model.KindScope, high, "t")}, live); !p.Empty() {
				t.Errorf("cause present: plan = %+v", p)
			}
			// The cause went away: left as the person closed it.
			if p := model.Reconcile(1, []model.Gap{g}, nil, live); !p.Empty() {
				t.Errorf("cause gone: plan = %+v", p)
			}
			// The promise was deleted: still left alone.
			if p := model.Reconcile(1, []model.Gap{g}, nil, nil); !p.Empty() {
				t.Errorf("promise deleted: plan = %+v", p)
			}
		})
	}
}

func TestReconcileLeavesManualGaps(t *testing.T) {
	manual := []model.Gap{
		{ID: 1, DealID: 1, PromiseID: 1, Kind: model.KindScope, Title: "SAP version unknown", Severity: high,
			Status: model.GapOpen, Origin: model.OriginManual},
		{ID: 2, DealID: 1, Kind: model.KindOther, Title: "no team free before March", Severity: critical,
			Status: model.GapInProgress, Origin: model.OriginManual, Owner: 4},
		{ID: 3, DealID: 1, PromiseID: 9, Kind: model.KindUnassessed, Title: "ask delivery", Severity: low,
			Status: model.GapResolved, Origin: model.OriginManual, AutoResolved: true},
	}
	// Findings for the same promise and kind, none at all, promise deleted:
	// the manual gaps stay as they are, and the findings become new gaps.
	found := []model.Finding{finding(1, model.KindScope, critical, "“A” — fit none"), finding(9, model.KindUnassessed, high, "x")}
	plan := model.Reconcile(1, manual, found, map[int64]bool{1: true})
	if len(plan.Change) != 0 {
		t.Errorf("manual gaps changed: %+v", plan.Change)
	}
	if len(plan.Create) != 2 {
		t.Errorf("created = %+v, want the two derived gaps", plan.Create)
	}
	if p := model.Reconcile(1, manual, nil, nil); !p.Empty() {
		t.Errorf("no findings: plan = %+v", p)
	}
}

// The property test below plays a deal through several rounds: each round
// the facts change at random, people edit gaps the way the store lets them,
// and the rules reconcile. Whatever the data, reconciliation must keep its
// promises to the people who own the gaps.

// titleParts build promise titles, some with watch-list words.
var titleParts = []string{"Real-time sync with SAP", "go-live by May", "24/7 support", "nightly export",
	"invoice archive", "SSO for staff", "data lake feed", "custom reports", "two dashboards"}

// termWords are the glossary entries a generated deal may have.
var termWords = []string{"real-time", "go-live", "support", "data lake", "SSO", "custom"}

func genDate(t *rapid.T, label string) model.Date {
	if rapid.Bool().Draw(t, label+" set") {
		return date("2027-01-01").AddDays(rapid.IntRange(0, 120).Draw(t, label))
	}
	return model.Date{}
}

// genFacts draws a deal whose promises have ids among 1..maxPromise.
func genFacts(t *rapid.T, maxPromise int64) model.Facts {
	f := model.Facts{Watch: model.WatchWords(nil)}
	f.Deal = model.Deal{ID: 1, Name: "Deal", Stage: rapid.SampledFrom(model.Stages).Draw(t, "stage")}
	ids := rapid.SliceOfNDistinct(rapid.Int64Range(1, maxPromise), 0, int(maxPromise), rapid.ID[int64]).Draw(t, "promises")
	for _, id := range ids {
		p := model.NewPromise(1)
		p.ID = id
		parts := rapid.SliceOfN(rapid.SampledFrom(titleParts), 1, 3).Draw(t, "title")
		p.Title = strings.Join(parts, ", ")
		if rapid.Bool().Draw(t, "detail") {
			p.Detail = rapid.SampledFrom(titleParts).Draw(t, "detail text")
		}
		p.Priority = rapid.SampledFrom(model.Priorities).Draw(t, "priority")
		p.Verification = rapid.SampledFrom(model.Verifications).Draw(t, "verification")
		p.PromisedBy = rapid.Int64Range(0, 2).Draw(t, "promised by")
		p.Due = genDate(t, "due")
		p.BudgetDays = float64(rapid.IntRange(0, 20).Draw(t, "budget"))
		p.Revision = rapid.IntRange(1, 3).Draw(t, "revision")
		f.Promises = append(f.Promises, p)
		if rapid.IntRange(0, 3).Draw(t, "answered") == 0 {
			continue
		}
		f.Assessments = append(f.Assessments, model.Assessment{
			ID: id, PromiseID: id,
			Fit:             rapid.SampledFrom(model.Fits).Draw(t, "fit"),
			CanDo:           rapid.SampledFrom([]string{"", "only nightly batch, not real-time", "manual upload"}).Draw(t, "can do"),
			EffortDays:      float64(rapid.IntRange(0, 40).Draw(t, "effort")),
			Earliest:        genDate(t, "earliest"),
			Confidence:      model.ConfidenceMedium,
			PromiseRevision: rapid.IntRange(1, p.Revision).Draw(t, "answered revision"),
		})
	}
	for i, w := range rapid.SliceOfNDistinct(rapid.SampledFrom(termWords), 0, len(termWords), rapid.ID[string]).Draw(t, "terms") {
		f.Terms = append(f.Terms, model.Term{ID: int64(i + 1), DealID: 1, Term: w, Definition: "agreed meaning",
			Status: rapid.SampledFrom(model.TermStatuses).Draw(t, "term status")})
	}
	return f
}

// genGaps draws stored gaps: derived ones on distinct (promise, kind) keys,
// some about promises that no longer exist, and manual ones.
func genGaps(t *rapid.T, maxPromise int64) []model.Gap {
	type key struct {
		p int64
		k model.GapKind
	}
	derivedKinds := model.GapKinds[:len(model.GapKinds)-1] // all but "other"
	keys := rapid.SliceOfNDistinct(rapid.Custom(func(t *rapid.T) key {
		return key{rapid.Int64Range(1, maxPromise+2).Draw(t, "gap promise"), rapid.SampledFrom(derivedKinds).Draw(t, "gap kind")}
	}), 0, 12, rapid.ID[key]).Draw(t, "derived gaps")
	var out []model.Gap
	add := func(g model.Gap) {
		g.ID, g.DealID, g.Version = int64(len(out)+1), 1, rapid.Int64Range(1, 5).Draw(t, "version")
		g.Severity = rapid.SampledFrom(model.Severities).Draw(t, "severity")
		g.SeveritySet = rapid.Bool().Draw(t, "severity set")
		g.Owner = rapid.Int64Range(0, 3).Draw(t, "owner")
		g.Due = genDate(t, "gap due")
		g.Status = rapid.SampledFrom(model.GapStatuses).Draw(t, "status")
		if g.Status.Closed() || rapid.Bool().Draw(t, "notes") {
			g.Resolution = rapid.SampledFrom([]string{"", "Customer accepts nightly batch.", "working on it"}).Draw(t, "resolution")
		}
		// Only the rules close a gap "automatically", and only as resolved.
		if g.Origin == model.OriginDerived && g.Status == model.GapResolved && rapid.Bool().Draw(t, "auto") {
			g.AutoResolved, g.Resolution = true, "Closed automatically: its cause went away."
		}
		out = append(out, g)
	}
	for _, k := range keys {
		add(model.Gap{PromiseID: k.p, Kind: k.k, Title: "old title", Origin: model.OriginDerived})
	}
	for range rapid.IntRange(0, 3).Draw(t, "manual gaps") {
		add(model.Gap{PromiseID: rapid.Int64Range(0, maxPromise).Draw(t, "manual promise"),
			Kind: rapid.SampledFrom(model.GapKinds).Draw(t, "manual kind"), Title: "a person's worry", Origin: model.OriginManual})
	}
	return out
}

// apply does to the gaps what the store does with a plan.
func apply(gaps []model.Gap, p model.Plan) []model.Gap {
	out := slices.Clone(gaps)
	next := int64(1)
	for _, g := range out {
		next = max(next, g.ID+1)
	}
	for _, c := range p.Change {
		for i := range out {
			if out[i].ID == c.After.ID {
				out[i] = c.After
				out[i].Version++
			}
		}
	}
	for _, g := range p.Fill {
		for i := range out {
			if out[i].ID == g.ID {
				out[i] = g
			}
		}
	}
	for _, g := range p.Create {
		g.ID, g.Version = next, 1
		next++
		out = append(out, g)
	}
	return out
}

// personEdits changes gaps the way UpdateGap lets people do.
func personEdits(t *rapid.T, gaps []model.Gap) {
	for i := range gaps {
		if !rapid.Bool().Draw(t, "edit") {
			continue
		}
		g := &gaps[i]
		old := *g
		g.Owner = rapid.Int64Range(0, 3).Draw(t, "new owner")
		g.Due = genDate(t, "new due")
		if rapid.Bool().Draw(t, "new status") {
			g.Status = rapid.SampledFrom(model.GapStatuses).Draw(t, "status")
		}
		if rapid.Bool().Draw(t, "new severity") {
			g.Severity = rapid.SampledFrom(model.Severities).Draw(t, "severity")
		}
		if g.Severity != old.Severity {
			g.SeveritySet = true
		}
		if g.Status != old.Status || g.Resolution != old.Resolution {
			g.AutoResolved = false
		}
		g.Version++
	}
}

// checkPlan checks every promise Reconcile makes about one plan.
func checkPlan(t *rapid.T, stored []model.Gap, found []model.Finding, live map[int64]bool, plan model.Plan) {
	type key struct {
		p int64
		k model.GapKind
	}
	finds := map[key]model.Finding{}
	for _, f := range found {
		finds[key{f.PromiseID, f.Kind}] = f
	}
	byID := map[int64]model.Gap{}
	derived := map[key]bool{}
	for _, g := range stored {
		byID[g.ID] = g
		if g.Origin == model.OriginDerived {
			derived[key{g.PromiseID, g.Kind}] = true
		}
	}
	changed := map[int64]bool{}
	for _, c := range plan.Change {
		b, a := c.Before, c.After
		if !byID[b.ID].Same(b) {
			t.Fatalf("change of gap %d starts from %+v, stored is %+v", b.ID, b, byID[b.ID])
		}
		if changed[b.ID] {
			t.Fatalf("gap %d changed twice", b.ID)
		}
		changed[b.ID] = true
		if b.Origin != model.OriginDerived {
			t.Fatalf("manual gap changed: %+v → %+v", b, a)
		}
		if a.ID != b.ID || a.DealID != b.DealID || a.PromiseID != b.PromiseID || a.Kind != b.Kind || a.Origin != b.Origin ||
			a.Owner != b.Owner || a.Due != b.Due || a.SeveritySet != b.SeveritySet || a.Version != b.Version {
			t.Fatalf("change touched what the rules do not own:\n%+v\n%+v", b, a)
		}
		f, still := finds[key{b.PromiseID, b.Kind}]
		switch {
		case b.SeveritySet && a.Severity != b.Severity:
			t.Fatalf("severity a person set changed: %+v → %+v", b, a)
		case !b.SeveritySet && still && a.Severity != f.Severity:
			t.Fatalf("severity %s, the rules say %s", a.Severity, f.Severity)
		case !still && (a.Severity != b.Severity || a.Title != b.Title):
			t.Fatalf("a gap being closed got a new title or severity: %+v → %+v", b, a)
		case still && a.Title != f.Title:
			t.Fatalf("title %q, the rules say %q", a.Title, f.Title)
		}
		sameState := a.Status == b.Status && a.Resolution == b.Resolution && a.AutoResolved == b.AutoResolved
		// An auto-resolve writes the reason, then keeps what a person had
		// written as an earlier note; a reopen gives that note back.
		reason, note, hasNote := strings.Cut(a.Resolution, " Earlier note: ")
		autoResolve := !still && b.Open() && a.Status == model.GapResolved && a.AutoResolved &&
			strings.HasPrefix(reason, "Closed automatically: ") &&
			live[b.PromiseID] != strings.Contains(reason, "the promise was deleted") &&
			hasNote == (b.Resolution != "") && (!hasNote || note == b.Resolution)
		wantNote := ""
		if _, n, ok := strings.Cut(b.Resolution, " Earlier note: "); ok && strings.HasPrefix(b.Resolution, "Closed automatically: ") {
			wantNote = n
		} else if !strings.HasPrefix(b.Resolution, "Closed automatically: ") {
			wantNote = b.Resolution
		}
		reopen := still && b.AutoResolved && a.Status == model.GapOpen && a.Resolution == wantNote && !a.AutoResolved
		if !sameState && !autoResolve && !reopen {
			t.Fatalf("status or resolution changed outside auto-resolve and reopen:\n%+v\n%+v", b, a)
		}
		if sameState && (!still && b.Open() || still && b.AutoResolved) {
			t.Fatalf("gap left in the wrong state: %+v", a)
		}
	}
	// Every stored gap the plan leaves alone is already in step.
	for _, g := range stored {
		if changed[g.ID] || g.Origin != model.OriginDerived {
			continue
		}
		f, still := finds[key{g.PromiseID, g.Kind}]
		switch {
		case still && (g.Title != f.Title || !g.SeveritySet && g.Severity != f.Severity || g.AutoResolved):
			t.Fatalf("gap %+v not refreshed for %+v", g, f)
		case !still && g.Open():
			t.Fatalf("open gap %+v with no cause left open", g)
		}
	}
	created := map[key]bool{}
	for _, g := range plan.Create {
		k := key{g.PromiseID, g.Kind}
		f, ok := finds[k]
		if !ok || derived[k] || created[k] {
			t.Fatalf("created %+v: finding %v, stored already %v, twice %v", g, ok, derived[k], created[k])
		}
		created[k] = true
		want := model.Gap{DealID: 1, PromiseID: f.PromiseID, Kind: f.Kind, Title: f.Title, Diff: f.Diff, Severity: f.Severity,
			Status: model.GapOpen, Origin: model.OriginDerived}
		if !g.Same(want) {
			t.Fatalf("created %+v, want %+v", g, want)
		}
	}
	for k := range finds {
		if !derived[k] && !created[k] {
			t.Fatalf("finding %+v has no gap", finds[k])
		}
	}
}

// checkFindings checks what must hold of any result of Derive.
func checkFindings(t *rapid.T, f model.Facts, found []model.Finding) {
	type key struct {
		p int64
		k model.GapKind
	}
	titles := map[int64]string{}
	for _, p := range f.Promises {
		titles[p.ID] = p.Title
	}
	seen := map[key]bool{}
	for _, x := range found {
		k := key{x.PromiseID, x.Kind}
		title, ok := titles[x.PromiseID]
		switch {
		case !ok:
			t.Fatalf("finding about promise %d, not one of the deal's", x.PromiseID)
		case seen[k]:
			t.Fatalf("two %s findings for promise %d", x.Kind, x.PromiseID)
		case x.Severity.Rank() < 0 || !slices.Contains(model.GapKinds, x.Kind) || x.Kind == model.KindOther:
			t.Fatalf("finding %+v has no proper kind or severity", x)
		case !strings.HasPrefix(x.Title, model.Quote(title)+" — "):
			t.Fatalf("title %q does not start with the promise", x.Title)
		}
		seen[k] = true
	}
}

// TestReconcileProperty plays random deals through rounds of changed facts,
// people's edits and reconciliation.
func TestReconcileProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		const maxPromise = 6
		gaps := genGaps(t, maxPromise)
		manual := map[int64]model.Gap{}
		for _, g := range gaps {
			if g.Origin == model.OriginManual {
				manual[g.ID] = g
			}
		}
		for round := range rapid.IntRange(1, 4).Draw(t, "rounds") {
			f := genFacts(t, maxPromise)
			found := model.Derive(f)
			checkFindings(t, f, found)
			live := map[int64]bool{}
			for _, p := range f.Promises {
				live[p.ID] = true
			}
			plan := model.Reconcile(1, gaps, found, live)
			checkPlan(t, gaps, found, live, plan)
			next := apply(gaps, plan)
			if len(next) != len(gaps)+len(plan.Create) {
				t.Fatalf("round %d: %d gaps became %d with %d created", round, len(gaps), len(next), len(plan.Create))
			}
			if again := model.Reconcile(1, next, found, live); !again.Empty() {
				t.Fatalf("round %d: not idempotent, second plan %+v", round, again)
			}
			for _, g := range next {
				if m, ok := manual[g.ID]; ok && !g.Same(m) {
					t.Fatalf("manual gap changed: %+v → %+v", m, g)
				}
			}
			r := model.Assess(f, next)
			if r.Ready() != (r.Percent == 100) || r.Percent < 0 || r.Percent > 100 {
				t.Fatalf("readiness %+v", r)
			}
			gaps = next
			personEdits(t, gaps)
			for _, g := range gaps {
				if g.Origin == model.OriginManual {
					manual[g.ID] = g
				}
			}
		}
	})
}
