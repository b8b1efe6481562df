package model_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// TestCustomerCopyGolden is the customer copy of each sample deal, as the
// customer would receive it. Refresh with: go test ./model/ -run
// CustomerCopyGolden -update — and read the result as the customer would.
func TestCustomerCopyGolden(t *testing.T) {
	for _, c := range []struct{ deal, file string }{
		{"Process", "customer_process.golden.md"}, {"SAP", "customer_sap.golden.md"}, {"Managed", "customer_managed.golden.md"},
	} {
		t.Run(c.deal, func(t *testing.T) {
			golden := filepath.Join("testdata", c.file)
			got := model.CustomerCopy(sampleDossier(t, c.deal), reportTime)
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("the customer copy differs from %s (run with -update and review the diff):\n%s", golden, firstDiff(string(want), got))
			}
			if again := model.CustomerCopy(sampleDossier(t, c.deal), reportTime); again != got {
				t.Error("the customer copy is not deterministic")
			}
		})
	}
}

// internalDossier is the hostile deal with every kind of data that stays
// in the house, each marked with a word the customer copy must not hold,
// and amounts typed into the texts the customer does see.
func internalDossier(t testing.TB) *model.Dossier {
	d := hostileDossier(t)
	d.Deal.Notes = "INTERNAL-NOTE keep the margin at EUR 40,000"
	d.Deal.WhyBuy += "\nThey budgeted EUR 120,000 and $5k for training."
	d.Deal.NotSold = append(d.Deal.NotSold, "Hardware worth 30 000 zł")
	d.Promises[0].Detail += "\nPriced at €9,500 per site, 12 person-days sold."
	d.Promises[1].Problem = "Losing USD 2.5 million a year to downtime"
	for i := range d.Gaps {
		// Every gap the rules closed is marked shared, to show that even a
		// shared one stays out once the rules closed it.
		if d.Gaps[i].Status.Closed() {
			d.Gaps[i].AutoResolved = true
			d.Gaps[i].Shared = true
			d.Gaps[i].Resolution = "AUTOCLOSED-GAP " + d.Gaps[i].Resolution
			continue
		}
		d.Gaps[i].Title = "INTERNAL-GAP " + d.Gaps[i].Title
		d.Gaps[i].Resolution = "INTERNAL-RESOLUTION " + d.Gaps[i].Resolution
	}
	d.Gaps = append(d.Gaps, model.Gap{ID: 2000, DealID: 1, PromiseID: 1, Kind: model.KindEffort, Title: "delivery needs 85 person-days, 60 were sold (1.4×)",
		Severity: model.SeverityHigh, Status: model.GapOpen, Origin: model.OriginDerived, Shared: true,
		Diff: model.Difference{Promise: "x", EffortDays: 85, BudgetDays: 60}},
		model.Gap{ID: 2001, DealID: 1, Kind: model.KindOther, Title: "Shared point: training dates", Severity: model.SeverityLow,
			Status: model.GapResolved, Resolution: "Training in March, costs EUR 3,000", Origin: model.OriginManual, Shared: true})
	d.Constraints[0].Text = "INTERNAL-CONSTRAINT our partner's contract is not signed"
	d.Constraints[1].Shared = true
	d.Constraints[2].Shared = true
	d.Constraints[2].Text = "Your IT opens the VPN before kick-off (their quote: USD 4,000)"
	for i := range d.Decisions {
		d.Decisions[i].Text = "INTERNAL-DECISION the 25 extra days come out of the contingency " + d.Decisions[i].Text
	}
	d.Decisions = append(d.Decisions, model.Decision{ID: 99, DealID: 1, Text: "Go-live moves to April, at no cost of PLN 10 000 to you",
		DecidedBy: 1, DecidedAt: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC), Shared: true})
	return d
}

// TestCustomerCopyLeavesTheHouseClean: for a deal with hostile text and
// every kind of internal data, the customer copy holds no amount (not
// even one typed into a text), no sold effort, no internal note, no
// internal decision or gap or resolution, no gap the rules closed, no
// readiness or blockers — and, through every reader, every promise, every
// agreed term and every not-sold item.
func TestCustomerCopyLeavesTheHouseClean(t *testing.T) {
	d := internalDossier(t)
	md := model.CustomerCopy(d, reportTime)
	for _, bad := range []string{"INTERNAL-NOTE", "INTERNAL-GAP", "INTERNAL-RESOLUTION", "INTERNAL-DECISION", "AUTOCLOSED-GAP", "INTERNAL-CONSTRAINT",
		"123,456", "123 456", "123.456", "Readiness", "Blocker", "blocker", "person-days", "sold:", "were sold", "Value", "contingency", "Sign-off", "sha256", "Internal notes"} {
		if strings.Contains(md, bad) {
			t.Errorf("the customer copy holds %q", bad)
		}
	}
	if spans := model.MoneyFigures(md); len(spans) > 0 {
		t.Errorf("the customer copy holds an amount: %q", md[spans[0][0]:spans[0][1]])
	}
	if spans := model.SoldFigures(md); len(spans) > 0 {
		t.Errorf("the customer copy holds effort sold: %q", md[spans[0][0]:spans[0][1]])
	}
	for _, want := range []string{"Shared point: training dates", "Go-live moves to April", "Training in March, costs (amount left out)",
		"They budgeted (amount left out) and (amount left out) for training.",
		"Your IT opens the VPN before kick-off (their quote: (amount left out))"} {
		if !strings.Contains(md, want) {
			t.Errorf("the customer copy lacks %q", want)
		}
	}
	oneLine := func(s string) string { return oneSpace(strings.Join(shownLines(model.WithoutAmounts(s)), " ")) }
	plain := func(s string) string { return oneSpace(strings.Join(shownLines(model.WithoutAmounts(s)), " ⏎ ")) }
	lines := func(s string) string { return oneSpace(strings.Join(shownLines(model.WithoutAmounts(s)), "\n")) }
	forEachReader(t, func(t *testing.T, r markdownReader) {
		root := r.render(t, md)
		for _, b := range checkMarkup(root) {
			t.Errorf("the rendered copy has %s", b)
		}
		headings := map[string]bool{}
		for _, h := range elements(root, "h3") {
			headings[oneSpace(textOf(h))] = true
		}
		for i, p := range d.Promises {
			if want := strings.TrimSpace(fmt.Sprintf("P%d · %s", i+1, oneLine(p.Title))); !headings[want] {
				t.Errorf("no heading %q for promise %d", want, p.ID)
			}
		}
		cells := map[string]bool{}
		for _, c := range elements(root, "td") {
			cells[oneSpace(textOf(c))] = true
		}
		items := map[string]bool{}
		for _, li := range elements(root, "li") {
			items[oneSpace(textOf(li))] = true
		}
		for _, term := range d.Terms {
			if term.Status == model.TermAgreed && (!cells[plain(term.Term)] || !cells[plain(term.Definition)]) {
				t.Errorf("the agreed term %q or its definition is not in a cell of its own", term.Term)
			}
		}
		for _, s := range d.Deal.NotSold {
			if !items[lines(s)] {
				t.Errorf("the not-sold item %q is not a list item of its own", lines(s))
			}
		}
	})
}

// TestCustomerCopyShowsTheAnswers: each promise says delivery's answer in
// plain words and the date we can commit to; a recorded confirmation shows
// who confirmed, when and by which reference.
func TestCustomerCopyShowsTheAnswers(t *testing.T) {
	d := &model.Dossier{Deal: model.Deal{ID: 1, Name: "Deal", Customer: "ACME", Stage: model.StageNegotiation},
		People: []model.Person{{ID: 9, Name: "Carla Customer", Role: model.RoleCustomer}}}
	add := func(title string, due string, a *model.Assessment) {
		id := int64(len(d.Promises) + 1)
		p := model.Promise{ID: id, DealID: 1, Title: title, Priority: model.PriorityMust, Verification: model.VerificationWritten}
		if due != "" {
			p.Due = model.MustDate(due)
		}
		d.Promises = append(d.Promises, p)
		if a != nil {
			a.PromiseID, a.ID = id, id
			d.Assessments = append(d.Assessments, *a)
		}
	}
	add("Full", "2027-01-15", &model.Assessment{Fit: model.FitFull, Earliest: model.MustDate("2027-01-01")})
	add("Partial", "2027-01-15", &model.Assessment{Fit: model.FitPartial, CanDo: "Batches every 15 minutes", Earliest: model.MustDate("2027-03-01")})
	add("None", "", &model.Assessment{Fit: model.FitNone})
	add("Unanswered", "2027-02-01", nil)
	d.Confirmations = []model.Confirmation{{ID: 1, DealID: 1, PromiseID: 1, Answer: model.AnswerConfirmed, By: 9,
		On: model.MustDate("2026-12-10"), Reference: "email 2026-12-10"},
		{ID: 2, DealID: 1, PromiseID: 2, Answer: model.AnswerNotAsWritten, By: 9, On: model.MustDate("2026-12-11"),
			Reference: "call notes", Wrote: "We need it hourly at least"}}
	d.Promises[0].Verification = model.VerificationConfirmed
	md := model.CustomerCopy(d, reportTime)
	for _, want := range []string{
		"- **Our answer:** yes, fully, as written.\n- **Date we can commit to:** 2027-01-15\n",
		"- **Our answer:** partly. What we will deliver instead: Batches every 15 minutes.\n" +
			"- **Date we can commit to:** 2027-03-01 (you asked for 2027-01-15: 45 days later)\n",
		"- **Our answer:** no, we cannot deliver this.\n- **Date we can commit to:** none, as we cannot deliver it\n",
		"- **Our answer:** not answered yet: our delivery team has still to answer this.\n" +
			"- **Date we can commit to:** not yet given (you asked for 2027-02-01)\n",
		"- **Your confirmation:** confirmed by you; confirmed by Carla Customer on 2026-12-10 (email 2026-12-10)\n",
		"- **Your confirmation:** not yet confirmed by you; not as written by Carla Customer on 2026-12-11 (call notes): We need it hourly at least\n",
		"| P1 | Full | ☑ Carla Customer, 2026-12-10, email 2026-12-10 |  |\n",
		"| P2 | Partial | ☐ | We need it hourly at least (Carla Customer, 2026-12-11, call notes) |\n",
		"- P2 Partial: is it right as written? You have not confirmed it yet.\n",
		"- P4 Unanswered: we have not given a date yet.\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the customer copy lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "P3 None: we have not given a date yet.") {
		t.Error("a promise we cannot deliver asks for a date")
	}
	if strings.Contains(md, "P1 Full: is it right") {
		t.Error("a confirmed promise is still an open question")
	}
}

func TestPromiseAndTermRefs(t *testing.T) {
	d := &model.Dossier{Promises: []model.Promise{{ID: 7, Title: "b"}, {ID: 3, Title: "a"}},
		Terms: []model.Term{{ID: 1, Term: "zeta"}, {ID: 2, Term: "Alpha"}}}
	if p, ok := d.PromiseRef("P1"); !ok || p.ID != 3 {
		t.Errorf("P1 is %v %v, want promise 3", p.ID, ok)
	}
	if p, ok := d.PromiseRef("2"); !ok || p.ID != 7 {
		t.Errorf("2 is %v %v, want promise 7", p.ID, ok)
	}
	if _, ok := d.PromiseRef("P3"); ok {
		t.Error("P3 found among two promises")
	}
	if term, ok := d.TermRef("t1"); !ok || term.ID != 2 {
		t.Errorf("T1 is %v, want Alpha", term.Term)
	}
}

// TestPresentingReportHidesInternal: on a shared screen the internal
// report leaves out internal decisions and internal gaps' resolutions, and
// keeps the shared ones.
func TestPresentingReportHidesInternal(t *testing.T) {
	d := internalDossier(t)
	md := model.PresentingReport(d, reportTime)
	if strings.Contains(md, "INTERNAL-DECISION") || strings.Contains(md, "INTERNAL-RESOLUTION") {
		t.Error("the presenting report shows an internal decision or resolution")
	}
	for _, want := range []string{"4 internal decisions are hidden while presenting.", "Go-live moves to April",
		"internal: hidden while presenting", "Training in March"} {
		if !strings.Contains(md, want) {
			t.Errorf("the presenting report lacks %q", want)
		}
	}
	if full := model.Report(d, reportTime); !strings.Contains(full, "INTERNAL-DECISION") || !strings.Contains(full, "INTERNAL-RESOLUTION") {
		t.Error("the report for the file lost the internal decisions or resolutions")
	}
}

// TestConfirmationInHistory: a confirmation's event reads back typed, the
// customer named as a person.
func TestConfirmationInHistory(t *testing.T) {
	e := model.Event{Entity: "confirmation", Action: "create",
		After: `{"id":1,"deal_id":1,"promise_id":3,"answer":"confirmed","by":9,"on":"2026-12-10","reference":"email","version":1}`}
	got := map[string]any{}
	for _, c := range e.Changes() {
		got[c.Field] = c.After
	}
	if got["by"] != model.PersonRef(9) || got["answer"] != model.AnswerConfirmed || got["reference"] != "email" {
		t.Errorf("changes %#v", got)
	}
}
