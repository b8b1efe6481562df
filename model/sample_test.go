package model_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"handoff/model"
)

// The sample deals are the first thing a new user sees: these tests check
// that they are valid, hang together, and show every feature.

// sampleFacts is what the rules read about one sample deal.
func sampleFacts(d model.Dossier) model.Facts {
	return model.Facts{Deal: d.Deal, Promises: d.Promises, Assessments: d.Assessments, Terms: d.Terms,
		Watch: model.WatchWords(nil)}
}

func TestSampleArchiveDeterministic(t *testing.T) {
	a, b := model.SampleArchive(), model.SampleArchive()
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two calls gave different archives")
	}
	if a.Format != model.ArchiveFormat || a.Version != model.ArchiveVersion {
		t.Errorf("format %q version %d", a.Format, a.Version)
	}
	if len(a.Deals) != 3 {
		t.Fatalf("%d deals, want 3", len(a.Deals))
	}
	// Changing one archive leaves the next untouched.
	a.Deals[0].Promises[0].Title = "changed"
	a.Deals[0].Deal.NotSold[0] = "changed"
	a.Deals[0].Terms[0].AgreedBy[0] = 99
	if c := model.SampleArchive(); !reflect.DeepEqual(b, c) {
		t.Error("changing one archive changed the next")
	}
}

// sampleIDs checks ids are positive and unique within their type.
type sampleIDs map[string]map[int64]bool

func (s sampleIDs) add(t *testing.T, entity string, id, version int64) {
	t.Helper()
	if id <= 0 {
		t.Errorf("%s has id %d", entity, id)
	}
	if version != 0 {
		t.Errorf("%s %d has version %d, want 0 (the store sets it)", entity, id, version)
	}
	if s[entity] == nil {
		s[entity] = map[int64]bool{}
	}
	if s[entity][id] {
		t.Errorf("two %ss with id %d", entity, id)
	}
	s[entity][id] = true
}

func TestSampleArchiveValid(t *testing.T) {
	a := model.SampleArchive()
	ids := sampleIDs{}
	roles := map[int64]model.Role{}
	names := map[string]bool{}
	for _, p := range a.People {
		ids.add(t, "person", p.ID, p.Version)
		if err := p.Validate(); err != nil {
			t.Errorf("person %q: %v", p.Name, err)
		}
		if names[p.Name+"/"+string(p.Role)] {
			t.Errorf("person %q twice", p.Name)
		}
		names[p.Name+"/"+string(p.Role)] = true
		roles[p.ID] = p.Role
	}
	if n := len(a.People); n < 7 || n > 12 {
		t.Errorf("%d people, want about 8", n)
	}
	for _, r := range []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery, model.RoleCustomer} {
		if !slices.ContainsFunc(a.People, func(p model.Person) bool { return p.Role == r }) {
			t.Errorf("nobody in the directory is %s", r)
		}
	}
	person := func(what string, id int64, optional bool) {
		t.Helper()
		if id == 0 && optional {
			return
		}
		if _, ok := roles[id]; !ok {
			t.Errorf("%s refers to person %d, who is not in the directory", what, id)
		}
	}
	november := func(what string, at time.Time) {
		t.Helper()
		if at.Year() != 2026 || at.Month() != time.November || at.Location() != time.UTC {
			t.Errorf("%s at %v, want a fixed time in November 2026 UTC", what, at)
		}
	}

	for _, d := range a.Deals {
		deal := d.Deal
		ids.add(t, "deal", deal.ID, deal.Version)
		if err := deal.Validate(); err != nil {
			t.Errorf("deal %q: %v", deal.Name, err)
		}
		person("sales owner", deal.Owners.Sales, true)
		person("presales owner", deal.Owners.Presales, true)
		person("delivery owner", deal.Owners.Delivery, true)
		for _, r := range []model.Role{model.RoleSales, model.RolePresales, model.RoleDelivery} {
			if o := deal.Owner(r); o != 0 && roles[o] != r {
				t.Errorf("deal %q: %s owner %d is %s", deal.Name, r, o, roles[o])
			}
		}
		if deal.WhyBuy == "" || deal.Notes == "" || len(deal.NotSold) == 0 || deal.Value.Minor == 0 || deal.CloseDate.IsZero() {
			t.Errorf("deal %q lacks why-they-buy, notes, not-sold, value or close date", deal.Name)
		}
		if len(d.SignOffs) != 0 {
			t.Errorf("deal %q has sign-offs; their hash would not match the report", deal.Name)
		}

		promises := map[int64]model.Promise{}
		for _, p := range d.Promises {
			ids.add(t, "promise", p.ID, p.Version)
			if err := p.Validate(); err != nil {
				t.Errorf("promise %q: %v", p.Title, err)
			}
			if p.DealID != deal.ID {
				t.Errorf("promise %q belongs to deal %d, listed under %d", p.Title, p.DealID, deal.ID)
			}
			if p.Revision < 1 {
				t.Errorf("promise %q has revision %d", p.Title, p.Revision)
			}
			person("promised by", p.PromisedBy, true)
			if p.PromisedBy != 0 && !roles[p.PromisedBy].SellingSide() {
				t.Errorf("promise %q was made by a %s person", p.Title, roles[p.PromisedBy])
			}
			promises[p.ID] = p
		}
		if n := len(d.Promises); n < 4 || n > 7 {
			t.Errorf("deal %q has %d promises, want 4–7", deal.Name, n)
		}
		answered := map[int64]bool{}
		for _, as := range d.Assessments {
			ids.add(t, "assessment", as.ID, as.Version)
			if err := as.Validate(); err != nil {
				t.Errorf("assessment %d: %v", as.ID, err)
			}
			p, ok := promises[as.PromiseID]
			if !ok {
				t.Errorf("assessment %d answers promise %d, not one of deal %q", as.ID, as.PromiseID, deal.Name)
			}
			if answered[as.PromiseID] {
				t.Errorf("promise %d has two answers", as.PromiseID)
			}
			answered[as.PromiseID] = true
			if as.PromiseRevision < 1 || as.PromiseRevision > p.Revision {
				t.Errorf("assessment %d answers revision %d of a promise at revision %d", as.ID, as.PromiseRevision, p.Revision)
			}
			person("assessed by", as.AssessedBy, false)
			if roles[as.AssessedBy] != model.RoleDelivery {
				t.Errorf("assessment %d by a %s person", as.ID, roles[as.AssessedBy])
			}
			november("assessment", as.AssessedAt)
		}
		for _, c := range d.Constraints {
			ids.add(t, "constraint", c.ID, c.Version)
			if err := c.Validate(); err != nil {
				t.Errorf("constraint %d: %v", c.ID, err)
			}
			if c.DealID != deal.ID {
				t.Errorf("constraint %d belongs to deal %d", c.ID, c.DealID)
			}
		}
		if len(d.Constraints) == 0 {
			t.Errorf("deal %q has no delivery constraints", deal.Name)
		}
		gaps := map[int64]bool{}
		for _, g := range d.Gaps {
			ids.add(t, "gap", g.ID, g.Version)
			if err := g.Validate(); err != nil {
				t.Errorf("gap %q: %v", g.Title, err)
			}
			if g.DealID != deal.ID {
				t.Errorf("gap %d belongs to deal %d", g.ID, g.DealID)
			}
			if _, ok := promises[g.PromiseID]; g.PromiseID != 0 && !ok {
				t.Errorf("gap %d is about promise %d, not one of deal %q", g.ID, g.PromiseID, deal.Name)
			}
			person("gap owner", g.Owner, true)
			if g.Status.Closed() && g.Resolution == "" {
				t.Errorf("closed gap %d has no resolution", g.ID)
			}
			gaps[g.ID] = true
		}
		for _, term := range d.Terms {
			ids.add(t, "term", term.ID, term.Version)
			if err := term.Validate(); err != nil {
				t.Errorf("term %q: %v", term.Term, err)
			}
			if term.DealID != deal.ID {
				t.Errorf("term %q belongs to deal %d", term.Term, term.DealID)
			}
			var rs []model.Role
			for _, id := range term.AgreedBy {
				person("agreed by", id, false)
				rs = append(rs, roles[id])
			}
			if err := model.CheckAgreement(term.Status, rs); err != nil {
				t.Errorf("term %q: %v", term.Term, err)
			}
		}
		for _, dec := range d.Decisions {
			ids.add(t, "decision", dec.ID, dec.Version)
			if err := dec.Validate(); err != nil {
				t.Errorf("decision %d: %v", dec.ID, err)
			}
			if dec.DealID != deal.ID {
				t.Errorf("decision %d belongs to deal %d", dec.ID, dec.DealID)
			}
			if dec.GapID != 0 && !gaps[dec.GapID] {
				t.Errorf("decision %d settles gap %d, not one of deal %q", dec.ID, dec.GapID, deal.Name)
			}
			person("decided by", dec.DecidedBy, false)
			november("decision", dec.DecidedAt)
		}
		if len(d.Decisions) < 2 || !slices.ContainsFunc(d.Decisions, func(d model.Decision) bool { return d.GapID != 0 }) {
			t.Errorf("deal %q: want at least two decisions, one of them about a gap", deal.Name)
		}
	}
}

// TestSampleGapsAreDerived checks the derived gaps are exactly what the rules
// find, so importing the sample changes none of them.
func TestSampleGapsAreDerived(t *testing.T) {
	for _, d := range model.SampleArchive().Deals {
		type key struct {
			promise int64
			kind    model.GapKind
		}
		stored := map[key]model.Gap{}
		for _, g := range d.Gaps {
			if g.Origin == model.OriginDerived {
				stored[key{g.PromiseID, g.Kind}] = g
			}
		}
		found := model.Derive(sampleFacts(d))
		if len(found) != len(stored) {
			t.Errorf("deal %q: %d derived gaps, the rules find %d", d.Deal.Name, len(stored), len(found))
		}
		for _, f := range found {
			g, ok := stored[key{f.PromiseID, f.Kind}]
			switch {
			case !ok:
				t.Errorf("deal %q: no gap for finding %+v", d.Deal.Name, f)
			case g.Title != f.Title:
				t.Errorf("gap %d title %q, the rules say %q", g.ID, g.Title, f.Title)
			case !g.SeveritySet && g.Severity != f.Severity:
				t.Errorf("gap %d severity %s, the rules say %s", g.ID, g.Severity, f.Severity)
			}
		}
		live := map[int64]bool{}
		for _, p := range d.Promises {
			live[p.ID] = true
		}
		if plan := model.Reconcile(d.Deal.ID, d.Gaps, found, live); !plan.Empty() {
			t.Errorf("deal %q: reconciling would change the sample: %+v", d.Deal.Name, plan)
		}
	}
}

// TestSampleShowsEveryRule checks every gap rule fires somewhere, with the
// severities the brief asks for, and that people have worked on the gaps.
func TestSampleShowsEveryRule(t *testing.T) {
	a := model.SampleArchive()
	kinds := map[model.GapKind]bool{}
	severities := map[model.GapKind][]model.Severity{}
	var unanswered, unknown, owned, inProgress, accepted, raised int
	for _, d := range a.Deals {
		found := model.Derive(sampleFacts(d))
		for _, f := range found {
			kinds[f.Kind] = true
			severities[f.Kind] = append(severities[f.Kind], f.Severity)
			if f.Kind == model.KindUnverified && d.Deal.Stage == model.StageNegotiation {
				kinds["unverified at negotiation"] = true
			}
		}
		for _, p := range d.Promises {
			ans, ok := d.Answer(p.ID)
			switch {
			case !ok:
				unanswered++
			case ans.Fit == model.FitUnknown:
				unknown++
			}
		}
		for _, g := range d.Gaps {
			if g.Origin == model.OriginManual {
				kinds[model.KindOther] = true
			}
			if g.Owner != 0 && !g.Due.IsZero() {
				owned++
			}
			switch g.Status {
			case model.GapInProgress:
				inProgress++
			case model.GapAccepted:
				accepted++
			}
			if g.SeveritySet {
				raised++
			}
		}
	}
	for _, k := range append(slices.Clone(model.GapKinds), "unverified at negotiation") {
		if !kinds[k] {
			t.Errorf("no %s gap in the sample", k)
		}
	}
	if !slices.Contains(severities[model.KindSchedule], model.SeverityCritical) {
		t.Error("no critical schedule gap (a must promise more than 30 days late)")
	}
	if !slices.Contains(severities[model.KindEffort], model.SeverityHigh) ||
		!slices.Contains(severities[model.KindEffort], model.SeverityMedium) {
		t.Errorf("effort gaps %v: want one over budget and one over 1.5×", severities[model.KindEffort])
	}
	fits := map[model.Fit]bool{}
	for _, d := range a.Deals {
		for _, as := range d.Assessments {
			fits[as.Fit] = true
		}
	}
	for _, f := range model.Fits {
		if !fits[f] {
			t.Errorf("no answer with fit %s", f)
		}
	}
	if unanswered == 0 || unknown == 0 {
		t.Errorf("%d unanswered promises and %d answered unknown; want some of each", unanswered, unknown)
	}
	if owned < 5 || inProgress == 0 || accepted == 0 || raised == 0 {
		t.Errorf("%d owned gaps, %d in progress, %d accepted, %d with a severity a person set", owned, inProgress, accepted, raised)
	}
}

// sampleText is every piece of user text in the archive, joined.
func sampleText(a model.Archive) string {
	var b strings.Builder
	for _, d := range a.Deals {
		b.WriteString(d.Deal.Name + "\n" + d.Deal.WhyBuy + "\n" + strings.Join(d.Deal.NotSold, "\n") + "\n")
		for _, p := range d.Promises {
			b.WriteString(p.Text() + "\n")
		}
		for _, t := range d.Terms {
			b.WriteString(t.Term + "\n" + t.Definition + "\n")
		}
		for _, c := range d.Constraints {
			b.WriteString(c.Text + "\n")
		}
	}
	return b.String()
}

func TestSampleLanguages(t *testing.T) {
	a := model.SampleArchive()
	for _, want := range []struct{ lang, words string }{
		{"Polish", "w czasie rzeczywistym|wdrożenie w 6 tygodni|Wywiady z dyspozytorami"},
		{"German", "Echtzeit-Schnittstelle|Go-live vor Weihnachten|Chargenrückverfolgung|Schulung"},
		{"Chinese", "7x24小时支持|实时监控|上线"},
	} {
		var promises strings.Builder
		for _, d := range a.Deals {
			for _, p := range d.Promises {
				promises.WriteString(p.Text() + "\n")
			}
		}
		for _, w := range strings.Split(want.words, "|") {
			if !strings.Contains(promises.String(), w) {
				t.Errorf("no %s %q in the promises", want.lang, w)
			}
		}
	}
	text := sampleText(a)
	if !strings.ContainsAny(text, "ąęłńśźż") || !strings.ContainsAny(text, "äöüß") {
		t.Error("no Polish or German letters in the sample")
	}
	if !strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		t.Error("no Chinese characters in the sample")
	}
	currencies := map[string]bool{}
	for _, d := range a.Deals {
		currencies[d.Deal.Value.Currency] = true
	}
	if !currencies["PLN"] || !currencies["EUR"] {
		t.Errorf("currencies %v: want PLN and EUR among them", currencies)
	}
}

// TestSampleTerms checks each glossary has agreed and unagreed terms, and
// that each term is one the deal's promises use.
func TestSampleTerms(t *testing.T) {
	for _, d := range model.SampleArchive().Deals {
		statuses := map[model.TermStatus]int{}
		used := map[int64]bool{}
		gl := model.NewGlossary(d.Terms, model.WatchWords(nil))
		for _, p := range d.Promises {
			for _, s := range gl.Scan(p.Text()) {
				used[s.TermID] = true
			}
		}
		for _, term := range d.Terms {
			statuses[term.Status]++
			if !used[term.ID] {
				t.Errorf("deal %q: no promise uses the term %q", d.Deal.Name, term.Term)
			}
		}
		if statuses[model.TermAgreed] == 0 || statuses[model.TermAgreed] == len(d.Terms) {
			t.Errorf("deal %q: terms %v, want agreed and not agreed", d.Deal.Name, statuses)
		}
	}
}

// TestSampleReadiness checks no sample deal is ready, each for reasons a
// user would recognise, and one for a missing deal owner.
func TestSampleReadiness(t *testing.T) {
	var missingOwner bool
	for _, d := range model.SampleArchive().Deals {
		r := model.Assess(sampleFacts(d), d.Gaps)
		if r.Ready() || r.Percent <= 0 || r.Percent >= 100 {
			t.Errorf("deal %q readiness %s, want not ready with some progress", d.Deal.Name, r)
		}
		all := strings.Join(r.Blockers, "\n")
		if !strings.Contains(all, "but not agreed") {
			t.Errorf("deal %q: no blocker for an unagreed term:\n%s", d.Deal.Name, all)
		}
		if strings.Contains(all, "has no delivery owner") {
			missingOwner = true
		}
	}
	if !missingOwner {
		t.Error("no deal lacks an owner")
	}
}
