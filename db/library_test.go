package db_test

import (
	"testing"

	"handoff/model"
)

// The library holds each agreed term once, across deals, and nothing that
// is only a draft.
func TestTermLibrary(t *testing.T) {
	f := newFixture(t).withDeal()
	agreed := []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}
	other := model.Deal{Name: "Second deal", Stage: model.StageLead}
	if err := f.s.CreateDeal(f.ctx, &other); err != nil {
		t.Fatal(err)
	}
	for _, tm := range []model.Term{
		{DealID: f.deal, Term: "Go-live", Definition: "First order in production.", Status: model.TermAgreed, AgreedBy: agreed},
		{DealID: other.ID, Term: "go live", Definition: "The newer wording.", Status: model.TermAgreed, AgreedBy: agreed},
		{DealID: other.ID, Term: "24/7", Definition: "Phone line only.", Status: model.TermAgreed, AgreedBy: agreed},
		{DealID: f.deal, Term: "SLA", Definition: "Still arguing.", Status: model.TermDraft},
	} {
		if err := f.s.CreateTerm(f.ctx, &tm); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := f.s.TermLibrary(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tm := range lib {
		got = append(got, tm.Term+": "+tm.Definition)
	}
	want := []string{"24/7: Phone line only.", "go live: The newer wording."}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("library = %q, want %q", got, want)
	}
}
