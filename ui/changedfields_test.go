package ui

import (
	"reflect"
	"testing"

	"handoff/internal/i18n"
	"handoff/model"
)

// TestChangedFields: the conflict dialog names fields in words, leaves out
// the version, and names a derived gap's new difference by its title.
func TestChangedFields(t *testing.T) {
	p := model.Promise{ID: 1, Title: "Sync", BudgetDays: 60, Version: 1, Revision: 1}
	q := p
	q.BudgetDays, q.Version, q.Revision, q.Detail = 70, 2, 2, "nightly"
	if got, want := changedFields(i18n.EN, p, q), []string{"budget (person-days)", "detail"}; !reflect.DeepEqual(got, want) {
		t.Errorf("promise: %q, want %q", got, want)
	}
	g := model.Gap{ID: 2, Kind: model.KindSchedule, Origin: model.OriginDerived, Title: "“A” — due 2027-01-15, delivery earliest 2027-01-16: 1 day late",
		Diff: model.Difference{Promise: "A", DaysLate: 1}, Version: 1}
	h := g
	h.Title, h.Diff.DaysLate, h.Owner, h.Version = "“A” — due 2027-01-15, delivery earliest 2027-01-18: 3 days late", 3, 4, 2
	if got, want := changedFields(i18n.EN, g, h), []string{"owner", "title"}; !reflect.DeepEqual(got, want) {
		t.Errorf("gap: %q, want %q", got, want)
	}
	if got := changedFields(i18n.EN, p, p); len(got) != 0 {
		t.Errorf("the same promise: %q", got)
	}
	// In another language the fields are named in it.
	for _, l := range []i18n.Lang{i18n.PL, i18n.DE, i18n.ZH} {
		got := changedFields(l, p, q)
		want := []string{model.FieldLabel(l, "budget_days"), model.FieldLabel(l, "detail")}
		if !reflect.DeepEqual(got, want) || got[0] == "budget (person-days)" || got[1] == "detail" {
			t.Errorf("%s: %q, want %q", l.Code(), got, want)
		}
	}
}
