package model_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"handoff/model"
)

// The tests in this file check the gap rules of rules.go one rule at a
// time: each case starts from a promise that raises no gap at all and
// changes one or two facts, and lists every gap it expects — so a rule that
// fires when it should not fails a case as surely as one that stays silent.

// plainTitle is a promise title with no watch-list word in it.
const plainTitle = "Monthly invoice export for the finance team"

// ruleCase is one deal with one promise (ID 1) and what the rules should find.
type ruleCase struct {
	name string
	// change turns the base facts (a promise that raises nothing) into the
	// case's facts. answered is false when the promise must have no answer.
	change func(d *model.Deal, p *model.Promise, a *model.Assessment, terms *[]model.Term) (answered bool)
	want   map[model.GapKind]model.Severity
	// titles are texts each finding's title must contain, by kind.
	titles map[model.GapKind][]string
}

// baseFacts is a deal at proposal with one promise that delivery answered
// "full" for the promise as it stands: no rule fires.
func baseFacts() (model.Deal, model.Promise, model.Assessment) {
	d := model.Deal{ID: 1, Name: "Acme ERP", Stage: model.StageProposal,
		Owners: model.Owners{Sales: 1, Presales: 2, Delivery: 3}}
	p := model.NewPromise(1)
	p.ID, p.Title, p.Priority, p.PromisedBy = 1, plainTitle, model.PriorityMust, 1
	p.Verification = model.VerificationConfirmed
	a := model.Assessment{ID: 1, PromiseID: 1, Fit: model.FitFull, Confidence: model.ConfidenceHigh,
		AssessedBy: 3, PromiseRevision: p.Revision}
	return d, p, a
}

// derive runs the rules on a case and returns the findings.
func (c ruleCase) derive(t *testing.T) []model.Finding {
	t.Helper()
	d, p, a := baseFacts()
	var terms []model.Term
	answered := true
	if c.change != nil {
		answered = c.change(&d, &p, &a, &terms)
	}
	f := model.Facts{Deal: d, Promises: []model.Promise{p}, Terms: terms, Watch: model.WatchWords(nil)}
	if answered {
		f.Assessments = []model.Assessment{a}
	}
	return model.Derive(f)
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			found := c.derive(t)
			got := map[model.GapKind]model.Severity{}
			for _, f := range found {
				if f.PromiseID != 1 {
					t.Errorf("finding %+v is not about promise 1", f)
				}
				if _, dup := got[f.Kind]; dup {
					t.Errorf("two %s findings for one promise", f.Kind)
				}
				got[f.Kind] = f.Severity
				if !strings.HasPrefix(f.Title, "“") {
					t.Errorf("%s title %q does not start with the quoted promise", f.Kind, f.Title)
				}
				for _, want := range c.titles[f.Kind] {
					if !strings.Contains(f.Title, want) {
						t.Errorf("%s title %q does not say %q", f.Kind, f.Title, want)
					}
				}
			}
			want := c.want
			if want == nil {
				want = map[model.GapKind]model.Severity{}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("findings = %v, want %v\n%s", got, want, titles(found))
			}
			for k := range c.titles {
				if _, ok := got[k]; !ok {
					t.Errorf("no %s finding to check the title of", k)
				}
			}
		})
	}
}

func titles(fs []model.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s %s: %s\n", f.Severity, f.Kind, f.Title)
	}
	return b.String()
}

// want is a shorthand for the expected findings.
type want = map[model.GapKind]model.Severity

const (
	critical = model.SeverityCritical
	high     = model.SeverityHigh
	medium   = model.SeverityMedium
	low      = model.SeverityLow
)

func TestDeriveNothingToSay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "answered full, confirmed, owned, at proposal"},
	})
	if got := model.Derive(model.Facts{Watch: model.WatchWords(nil)}); len(got) != 0 {
		t.Errorf("a deal without promises has findings: %v", got)
	}
}

func TestDeriveUnassessed(t *testing.T) {
	unanswered := func(pr model.Priority) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, _ *model.Assessment, _ *[]model.Term) bool {
			p.Priority = pr
			return false
		}
	}
	unknown := func(pr model.Priority) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, a *model.Assessment, _ *[]model.Term) bool {
			p.Priority, a.Fit = pr, model.FitUnknown
			return true
		}
	}
	noAnswer := map[model.GapKind][]string{model.KindUnassessed: {"“" + plainTitle + "”", "no answer from delivery yet"}}
	dontKnow := map[model.GapKind][]string{model.KindUnassessed: {"delivery does not know yet"}}
	runRuleCases(t, []ruleCase{
		{"no answer, must → high", unanswered(model.PriorityMust), want{model.KindUnassessed: high}, noAnswer},
		{"no answer, should → medium", unanswered(model.PriorityShould), want{model.KindUnassessed: medium}, noAnswer},
		{"no answer, could → low", unanswered(model.PriorityCould), want{model.KindUnassessed: low}, noAnswer},
		{"fit unknown, must → high", unknown(model.PriorityMust), want{model.KindUnassessed: high}, dontKnow},
		{"fit unknown, should → medium", unknown(model.PriorityShould), want{model.KindUnassessed: medium}, dontKnow},
		{"fit unknown, could → low", unknown(model.PriorityCould), want{model.KindUnassessed: low}, dontKnow},
	})
}

func TestDeriveScope(t *testing.T) {
	fit := func(pr model.Priority, f model.Fit, canDo string) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, a *model.Assessment, _ *[]model.Term) bool {
			p.Priority, a.Fit, a.CanDo = pr, f, canDo
			return true
		}
	}
	says := func(s ...string) map[model.GapKind][]string { return map[model.GapKind][]string{model.KindScope: s} }
	runRuleCases(t, []ruleCase{
		{"none + must → critical", fit(model.PriorityMust, model.FitNone, ""), want{model.KindScope: critical},
			says("fit none: delivery cannot build it")},
		{"none + should → high", fit(model.PriorityShould, model.FitNone, "no SAP connector"), want{model.KindScope: high},
			says("fit none: no SAP connector")},
		{"none + could → high", fit(model.PriorityCould, model.FitNone, ""), want{model.KindScope: high}, nil},
		{"partial + must → medium", fit(model.PriorityMust, model.FitPartial, "only nightly batch, not real-time"),
			want{model.KindScope: medium}, says("fit partial: only nightly batch, not real-time")},
		{"partial, first line of a long answer", fit(model.PriorityCould, model.FitPartial, "  only nightly batch\nbecause the SAP side has no events"),
			want{model.KindScope: medium}, says("fit partial: only nightly batch")},
		{"workaround + must → medium", fit(model.PriorityMust, model.FitWorkaround, ""), want{model.KindScope: medium},
			says("fit workaround: only with a workaround, not described")},
		{"workaround + could → medium", fit(model.PriorityCould, model.FitWorkaround, "manual CSV upload"),
			want{model.KindScope: medium}, says("fit workaround: manual CSV upload")},
		{"full → no gap", fit(model.PriorityMust, model.FitFull, "as promised"), nil, nil},
	})
	// The title of a scope gap never runs on: delivery's words are cut.
	long := strings.Repeat("nightly batch only ", 20)
	found := ruleCase{change: fit(model.PriorityMust, model.FitPartial, long)}.derive(t)
	if len(found) != 1 || !strings.HasSuffix(found[0].Title, "…") || utf8.RuneCountInString(found[0].Title) > 200 {
		t.Errorf("long answer gives %v", found)
	}
}

func TestDeriveSchedule(t *testing.T) {
	dates := func(pr model.Priority, due, earliest string) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, a *model.Assessment, _ *[]model.Term) bool {
			p.Priority = pr
			p.Due = date(due)
			a.Earliest = date(earliest)
			return true
		}
	}
	late := func(s string) map[model.GapKind][]string {
		return map[model.GapKind][]string{model.KindSchedule: {s}}
	}
	runRuleCases(t, []ruleCase{
		{"must, 45 days late → critical", dates(model.PriorityMust, "2027-01-15", "2027-03-01"), want{model.KindSchedule: critical},
			late("due 2027-01-15, delivery earliest 2027-03-01: 45 days late")},
		{"must, 31 days late → critical", dates(model.PriorityMust, "2027-01-15", "2027-02-15"), want{model.KindSchedule: critical},
			late("31 days late")},
		{"must, 30 days late → high", dates(model.PriorityMust, "2027-01-15", "2027-02-14"), want{model.KindSchedule: high},
			late("due 2027-01-15, delivery earliest 2027-02-14: 30 days late")},
		{"must, 1 day late → high", dates(model.PriorityMust, "2027-01-15", "2027-01-16"), want{model.KindSchedule: high},
			late(": 1 day late")},
		{"must, across a DST change → high", dates(model.PriorityMust, "2027-03-20", "2027-04-19"), want{model.KindSchedule: high},
			late("30 days late")},
		{"should, 100 days late → medium", dates(model.PriorityShould, "2027-01-15", "2027-04-25"), want{model.KindSchedule: medium},
			late("100 days late")},
		{"could, 45 days late → medium", dates(model.PriorityCould, "2027-01-15", "2027-03-01"), want{model.KindSchedule: medium}, nil},
		{"earliest == due → no gap", dates(model.PriorityMust, "2027-01-15", "2027-01-15"), nil, nil},
		{"earliest before due → no gap", dates(model.PriorityMust, "2027-01-15", "2026-12-01"), nil, nil},
		{"no due date → no gap", dates(model.PriorityMust, "", "2027-03-01"), nil, nil},
		{"no earliest date → no gap", dates(model.PriorityMust, "2027-01-15", ""), nil, nil},
		{"no answer → only unassessed", func(_ *model.Deal, p *model.Promise, _ *model.Assessment, _ *[]model.Term) bool {
			p.Due = date("2020-01-01")
			return false
		}, want{model.KindUnassessed: high}, nil},
	})
}

func TestDeriveEffort(t *testing.T) {
	effort := func(budget, need float64) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, a *model.Assessment, _ *[]model.Term) bool {
			p.BudgetDays, a.EffortDays = budget, need
			return true
		}
	}
	says := func(s string) map[model.GapKind][]string { return map[model.GapKind][]string{model.KindEffort: {s}} }
	runRuleCases(t, []ruleCase{
		{"over budget → medium", effort(10, 12), want{model.KindEffort: medium},
			says("delivery needs 12 person-days, 10 were sold (1.2×)")},
		{"exactly 1.5× → medium", effort(10, 15), want{model.KindEffort: medium}, says("(1.5×)")},
		{"over 1.5× → high", effort(10, 15.5), want{model.KindEffort: high},
			says("delivery needs 15.5 person-days, 10 were sold")},
		{"far over → high", effort(2.5, 40), want{model.KindEffort: high}, says("2.5 were sold (16.0×)")},
		{"equal → no gap", effort(10, 10), nil, nil},
		{"under → no gap", effort(10, 4), nil, nil},
		{"no budget → no gap", effort(0, 400), nil, nil},
		{"no estimate → no gap", effort(10, 0), nil, nil},
	})
}

func TestDeriveUnverified(t *testing.T) {
	at := func(s model.Stage, v model.Verification, pr model.Priority) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(d *model.Deal, p *model.Promise, _ *model.Assessment, _ *[]model.Term) bool {
			d.Stage, p.Verification, p.Priority = s, v, pr
			return true
		}
	}
	says := func(s string) map[model.GapKind][]string {
		return map[model.GapKind][]string{model.KindUnverified: {s}}
	}
	runRuleCases(t, []ruleCase{
		{"heard, must, negotiation → high", at(model.StageNegotiation, model.VerificationHeard, model.PriorityMust),
			want{model.KindUnverified: high}, says("only heard, not confirmed with the customer, and the deal is at negotiation")},
		{"written, must, won → high", at(model.StageWon, model.VerificationWritten, model.PriorityMust),
			want{model.KindUnverified: high}, says("only written")},
		{"written, should, handoff → medium", at(model.StageHandoff, model.VerificationWritten, model.PriorityShould),
			want{model.KindUnverified: medium}, says("the deal is at handoff")},
		{"heard, could, delivery → medium", at(model.StageDelivery, model.VerificationHeard, model.PriorityCould),
			want{model.KindUnverified: medium}, nil},
		{"heard, must, proposal → no gap", at(model.StageProposal, model.VerificationHeard, model.PriorityMust), nil, nil},
		{"heard, must, lead → no gap", at(model.StageLead, model.VerificationHeard, model.PriorityMust), nil, nil},
		{"heard, must, lost → no gap", at(model.StageLost, model.VerificationHeard, model.PriorityMust), nil, nil},
		{"confirmed, must, negotiation → no gap", at(model.StageNegotiation, model.VerificationConfirmed, model.PriorityMust), nil, nil},
		{"contracted, must, delivery → no gap", at(model.StageDelivery, model.VerificationContracted, model.PriorityMust), nil, nil},
		{"unanswered and unverified", func(d *model.Deal, p *model.Promise, _ *model.Assessment, _ *[]model.Term) bool {
			d.Stage, p.Verification, p.Priority = model.StageNegotiation, model.VerificationHeard, model.PriorityShould
			return false
		}, want{model.KindUnassessed: medium, model.KindUnverified: medium}, nil},
	})
}

func TestDeriveUndefinedTerm(t *testing.T) {
	const title = "Real-time sync with SAP, go-live by 2027-01-15"
	text := func(title, detail string, glossary ...model.Term) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, _ *model.Assessment, terms *[]model.Term) bool {
			p.Title, p.Detail = title, detail
			*terms = glossary
			return true
		}
	}
	term := func(word string, s model.TermStatus) model.Term {
		return model.Term{ID: int64(len(word)), DealID: 1, Term: word, Definition: "what both sides mean", Status: s}
	}
	says := func(s ...string) map[model.GapKind][]string {
		return map[model.GapKind][]string{model.KindUndefinedTerm: s}
	}
	runRuleCases(t, []ruleCase{
		{"two watch words, no glossary → medium", text(title, ""), want{model.KindUndefinedTerm: medium},
			says("not agreed: real-time, go-live")},
		{"one watch word → 'term'", text("Nightly export, go-live in May", ""), want{model.KindUndefinedTerm: medium},
			says("not agreed: go-live")},
		{"watch word in the detail only", text(plainTitle, "Delivered with 24/7 support."), want{model.KindUndefinedTerm: medium},
			says("24/7, support")},
		{"both agreed → no gap", text(title, "", term("real-time", model.TermAgreed), term("go-live", model.TermAgreed)), nil, nil},
		{"agreed under another spelling → no gap", text(title, "", term("Real time", model.TermAgreed), term("Go Live", model.TermAgreed)), nil, nil},
		{"one agreed, one draft → the draft one", text(title, "", term("real-time", model.TermAgreed), term("go-live", model.TermDraft)),
			want{model.KindUndefinedTerm: medium}, says("not agreed: go-live")},
		{"disputed → gap", text(title, "", term("real-time", model.TermDisputed), term("go-live", model.TermAgreed)),
			want{model.KindUndefinedTerm: medium}, says(": real-time")},
		{"draft glossary term not on the watch list → gap", text("Nightly batch to the data lake", "", term("data lake", model.TermDraft)),
			want{model.KindUndefinedTerm: medium}, says("data lake")},
		{"agreed glossary term not on the watch list → no gap", text("Nightly batch to the data lake", "", term("data lake", model.TermAgreed)), nil, nil},
		{"same word twice is named once", text("Go-live in May", "go-live means production"), want{model.KindUndefinedTerm: medium},
			says("not agreed: go-live")},
		{"no watch word → no gap", text(plainTitle, "Exported as CSV on the first of the month."), nil, nil},
		{"named as listed, not as typed", text("GO-LIVE with an sla, asap", ""), want{model.KindUndefinedTerm: medium},
			says(": go-live, SLA, ASAP")},
		{"an inflected form is named as written", text("Two Integrations", ""), want{model.KindUndefinedTerm: medium},
			says(": integrations")},
		{"named as the glossary spells it", text(title, "", term("Go Live", model.TermDraft), term("Real time", model.TermDisputed)),
			want{model.KindUndefinedTerm: medium}, says(": Real time, Go Live")},
		{"two spellings of one term are named once", text("Real-time stock", "updated in real time", term("go-live", model.TermAgreed)),
			want{model.KindUndefinedTerm: medium}, says("not agreed: real-time")},
	})
}

func TestDeriveSuspect(t *testing.T) {
	rev := func(promise, answered int, fit model.Fit) func(*model.Deal, *model.Promise, *model.Assessment, *[]model.Term) bool {
		return func(_ *model.Deal, p *model.Promise, a *model.Assessment, _ *[]model.Term) bool {
			p.Revision, a.PromiseRevision, a.Fit = promise, answered, fit
			return true
		}
	}
	runRuleCases(t, []ruleCase{
		{"answer older than the promise → high", rev(2, 1, model.FitFull), want{model.KindSuspect: high},
			map[model.GapKind][]string{model.KindSuspect: {"changed after delivery answered it; needs a fresh answer"}}},
		{"several edits later → high", rev(5, 2, model.FitFull), want{model.KindSuspect: high}, nil},
		{"suspect and still unknown", rev(3, 1, model.FitUnknown), want{model.KindSuspect: high, model.KindUnassessed: high}, nil},
		{"answer of the current revision → no gap", rev(3, 3, model.FitFull), nil, nil},
	})
}

func TestDeriveUnownedPromise(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"nobody promised it → low", func(_ *model.Deal, p *model.Promise, _ *model.Assessment, _ *[]model.Term) bool {
			p.PromisedBy = 0
			return true
		}, want{model.KindUnownedPromise: low},
			map[model.GapKind][]string{model.KindUnownedPromise: {"nobody is named as having promised it"}}},
		{"unowned and unanswered could", func(_ *model.Deal, p *model.Promise, _ *model.Assessment, _ *[]model.Term) bool {
			p.PromisedBy, p.Priority = 0, model.PriorityCould
			return false
		}, want{model.KindUnownedPromise: low, model.KindUnassessed: low}, nil},
	})
}

// TestDeriveManyPromises checks answers are matched by promise, not by
// position, and findings come in promise order.
func TestDeriveManyPromises(t *testing.T) {
	d, p, _ := baseFacts()
	var ps []model.Promise
	for i := int64(1); i <= 4; i++ {
		q := p
		q.ID, q.Title = i*10, fmt.Sprintf("Report number %d", i)
		ps = append(ps, q)
	}
	answers := []model.Assessment{
		{PromiseID: 40, Fit: model.FitNone, PromiseRevision: 1},
		{PromiseID: 20, Fit: model.FitFull, PromiseRevision: 1},
		{PromiseID: 999, Fit: model.FitNone, PromiseRevision: 1}, // answers no promise of this deal
	}
	found := model.Derive(model.Facts{Deal: d, Promises: ps, Assessments: answers, Watch: model.WatchWords(nil)})
	var got []string
	for _, f := range found {
		got = append(got, fmt.Sprintf("%d %s %s", f.PromiseID, f.Kind, f.Severity))
	}
	want := []string{"10 unassessed high", "30 unassessed high", "40 scope critical"}
	if !slices.Equal(got, want) {
		t.Errorf("findings = %q, want %q", got, want)
	}
	if !strings.Contains(found[2].Title, "“Report number 4”") {
		t.Errorf("title %q does not name its promise", found[2].Title)
	}
}

// TestDeriveTitleQuotesPromise checks a long, multi-line promise title is
// quoted on one line and shortened.
func TestDeriveTitleQuotesPromise(t *testing.T) {
	d, p, _ := baseFacts()
	p.Title = "Export\n  every   invoice " + strings.Repeat("and every credit note ", 10)
	found := model.Derive(model.Facts{Deal: d, Promises: []model.Promise{p}})
	if len(found) != 1 {
		t.Fatalf("findings = %v", found)
	}
	quoted, _, ok := strings.Cut(found[0].Title, " — ")
	if !ok || strings.Contains(quoted, "\n") || !strings.HasPrefix(quoted, "“Export every invoice and") ||
		!strings.HasSuffix(quoted, "…”") || utf8.RuneCountInString(quoted) > 72 {
		t.Errorf("quoted promise = %q", quoted)
	}
	for _, title := range []string{" Nightly  export ", "Nightly export  ", "Nightly\u00a0export"} {
		p.Title = title
		found = model.Derive(model.Facts{Deal: d, Promises: []model.Promise{p}})
		if len(found) != 1 || !strings.HasPrefix(found[0].Title, "“Nightly export” — ") {
			t.Errorf("title %q is quoted as %v", title, found)
		}
	}
}

func date(s string) model.Date { return model.MustDate(s) }

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"abcdef", 6, "abcdef"},
		{"abcdef", 4, "abc…"},
		{"zażółć gęślą jaźń", 6, "zażół…"},
		{"实时集成上线", 3, "实时…"},
		{"ab cdef", 4, "ab…"},
		{"", 3, ""},
	} {
		if got := model.Shorten(c.in, c.n); got != c.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
