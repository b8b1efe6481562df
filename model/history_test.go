package model_test

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"handoff/internal/i18n"
	"handoff/model"
)

func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// rendered is a change as "field: before → after", values rendered.
func rendered(cs []model.Change) []string {
	n := model.Narrator{Lang: i18n.EN, Person: func(id int64) string {
		return map[int64]string{0: "", 3: "Anna Nowak", 4: "Jonas Becker"}[id]
	}}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Label() + ": " + n.Value(c.Before) + " → " + n.Value(c.After)
	}
	return out
}

func TestEventChanges(t *testing.T) {
	when := time.Date(2026, 11, 22, 10, 0, 0, 0, time.FixedZone("CET", 3600))
	deal := model.Deal{ID: 1, Name: "SAP", Stage: model.StageProposal, Value: model.Money{Minor: 12000000, Currency: "EUR"},
		Owners: model.Owners{Sales: 3}, NotSold: []string{"Data migration"}, Version: 2}
	dealAfter := deal
	dealAfter.Stage, dealAfter.Value.Minor, dealAfter.Version = model.StageNegotiation, 15000000, 3
	dealAfter.Owners.Delivery, dealAfter.NotSold = 4, []string{"Data migration", "Training"}
	dealAfter.CloseDate = date("2027-01-15")

	p := model.Promise{ID: 2, DealID: 1, Title: "Sync", BudgetDays: 60, PromisedBy: 0, Revision: 1, Version: 1}
	pAfter := p
	pAfter.BudgetDays, pAfter.PromisedBy, pAfter.Revision, pAfter.Version = 72.5, 3, 2, 2
	pAfter.Detail = "Every 15 minutes"

	term := model.Term{ID: 5, DealID: 1, Term: "real-time", AgreedBy: []int64{3}}
	termAfter := term
	termAfter.AgreedBy = []int64{3, 4}

	dec := model.Decision{ID: 6, DealID: 1, GapID: 7, Text: "ship later", DecidedBy: 4, DecidedAt: when, Version: 1}

	g := model.Gap{ID: 7, Kind: model.KindSchedule, Title: "“A” — due 2027-01-15", Origin: model.OriginDerived,
		Status: model.GapOpen, Diff: model.Difference{Promise: "A", DaysLate: 3}}
	gAfter := g
	gAfter.Diff.DaysLate = 5 // the detail is what the title says: no change of its own

	for _, c := range []struct {
		name string
		e    model.Event
		want []string
	}{
		{"deal update", model.Event{Entity: "deal", Action: "update", Before: js(deal), After: js(dealAfter)}, []string{
			"close date:  → 2027-01-15",
			"not sold: Data migration → Data migration, Training",
			"owners: sales: Anna Nowak → sales: Anna Nowak, delivery: Jonas Becker",
			"stage: proposal → negotiation",
			"value: EUR 120,000.00 → EUR 150,000.00",
		}},
		{"promise update", model.Event{Entity: "promise", Action: "update", Before: js(p), After: js(pAfter)}, []string{
			"budget days: 60 → 72.5",
			"detail:  → “Every 15 minutes”",
			"promised by:  → Anna Nowak",
			"revision: 1 → 2",
		}},
		{"who agreed", model.Event{Entity: "term", Action: "update", Before: js(term), After: js(termAfter)}, []string{
			"agreed by: Anna Nowak → Anna Nowak, Jonas Becker",
		}},
		{"decision made", model.Event{Entity: "decision", Action: "create", After: js(dec)}, []string{
			"deal id:  → 1",
			"decided at:  → 2026-11-22 10:00",
			"decided by:  → Jonas Becker",
			"gap id:  → 7",
			"text:  → “ship later”",
		}},
		{"decision deleted", model.Event{Entity: "decision", Action: "delete", Before: js(dec)}, []string{
			"deal id: 1 → ",
			"decided at: 2026-11-22 10:00 → ",
			"decided by: Jonas Becker → ",
			"gap id: 7 → ",
			"text: “ship later” → ",
		}},
		{"gap detail only", model.Event{Entity: "gap", Action: "refresh", Before: js(g), After: js(gAfter)}, nil},
		{"same", model.Event{Entity: "promise", Action: "update", Before: js(p), After: js(p)}, nil},
		{"unknown entity", model.Event{Entity: "future", Action: "update", Before: `{"a":1,"b":"x"}`, After: `{"a":2,"b":"x"}`},
			[]string{"a: 1 → 2"}},
	} {
		got := rendered(c.e.Changes())
		if len(got) == 0 {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

// TestEventChangesTyped: the values come back in the row's own types, so
// a reader never parses JSON.
func TestEventChangesTyped(t *testing.T) {
	g := model.Gap{ID: 7, Owner: 0, Due: model.Date{}, Status: model.GapOpen}
	after := g
	after.Owner, after.Due, after.Status = 3, date("2027-03-01"), model.GapInProgress
	cs := model.Event{Entity: "gap", Action: "update", Before: js(g), After: js(after)}.Changes()
	want := []model.Change{
		{Field: "due", Before: model.Date{}, After: date("2027-03-01")},
		{Field: "owner", Before: model.PersonRef(0), After: model.PersonRef(3)},
		{Field: "status", Before: model.GapOpen, After: model.GapInProgress},
	}
	if !reflect.DeepEqual(cs, want) {
		t.Errorf("changes = %#v\nwant %#v", cs, want)
	}
}

func TestDifferentFields(t *testing.T) {
	p := model.Promise{ID: 2, Title: "Sync", BudgetDays: 60, Due: date("2027-01-15"), Version: 1, Revision: 1}
	for _, c := range []struct {
		name   string
		a, b   any
		ignore []string
		want   []string
	}{
		{"same", p, p, nil, nil},
		{"version ignored", p, with(p, func(q *model.Promise) { q.Version = 9 }), []string{"version"}, nil},
		{"version seen", p, with(p, func(q *model.Promise) { q.Version = 9 }), nil, []string{"version"}},
		{"two fields", p, with(p, func(q *model.Promise) { q.BudgetDays, q.Due = 70, date("2027-02-01") }),
			[]string{"version"}, []string{"budget_days", "due"}},
		{"empty and no list", model.Deal{NotSold: nil}, model.Deal{NotSold: []string{}}, nil, []string{"not_sold"}},
		{"nested record whole", model.Deal{}, model.Deal{Owners: model.Owners{Sales: 3}}, nil, []string{"owners"}},
		{"different types", p, model.Deal{}, nil, []string{"value"}},
	} {
		if got := model.DifferentFields(c.a, c.b, c.ignore...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

func with[T any](v T, f func(*T)) T {
	f(&v)
	return v
}

func TestMeetingStats(t *testing.T) {
	gap := func(id, owner int64, st model.GapStatus) model.Gap {
		return model.Gap{ID: id, Owner: owner, Status: st}
	}
	o := model.MeetingOutcome{
		Gaps: []model.GapOutcome{
			{Before: gap(1, 0, model.GapOpen), After: gap(1, 3, model.GapInProgress)},
			{Before: gap(2, 3, model.GapOpen), After: gap(2, 0, model.GapOpen)}, // owner taken away: not assigned
			{Before: gap(3, 0, model.GapOpen), After: gap(3, 4, model.GapAccepted)},
			{Before: gap(4, 0, model.GapInProgress), After: gap(4, 0, model.GapAccepted)},
		},
		Decisions: []model.Decision{{GapID: 1}, {GapID: 1}, {GapID: 3}, {}},
	}
	got := o.Stats()
	want := model.MeetingStats{Decisions: 4, DecidedGaps: 2, OwnersAssigned: 2, Statuses: []model.StatusCount{
		{model.GapAccepted, 2}, {model.GapInProgress, 1},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	if s := (model.MeetingOutcome{}).Stats(); s.Decisions != 0 || s.Statuses != nil {
		t.Errorf("empty meeting: %+v", s)
	}
}
