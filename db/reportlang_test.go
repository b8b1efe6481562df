package db_test

import (
	"reflect"
	"testing"

	"handoff/model"
)

// A deal's report language and a term's equivalents are stored and read
// back; a language handoff does not speak is refused.
func TestReportLangAndEquivalents(t *testing.T) {
	f := newFixture(t).withDeal()
	d, err := f.s.Deal(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	if d.ReportLang != "" {
		t.Errorf("a new deal has report language %q", d.ReportLang)
	}
	d.ReportLang = "de"
	if err := f.s.UpdateDeal(f.ctx, &d); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.s.Deal(f.ctx, f.deal); got.ReportLang != "de" {
		t.Errorf("report language read back %q, want de", got.ReportLang)
	}
	d, _ = f.s.Deal(f.ctx, f.deal)
	d.ReportLang = "fr"
	expectInvalid(t, f.s.UpdateDeal(f.ctx, &d), "report_lang", "is not a language handoff speaks")

	eqs := []model.Equivalent{{Lang: "de", Text: "Echtzeit"}, {Lang: "zh", Text: "实时"}}
	term := model.Term{DealID: f.deal, Term: "real-time", Status: model.TermDraft, Equivalents: eqs}
	if err := f.s.CreateTerm(f.ctx, &term); err != nil {
		t.Fatal(err)
	}
	terms, err := f.s.Terms(f.ctx, f.deal)
	if err != nil || len(terms) != 1 {
		t.Fatalf("terms %v %v", terms, err)
	}
	if !reflect.DeepEqual(terms[0].Equivalents, eqs) {
		t.Errorf("equivalents read back %+v, want %+v", terms[0].Equivalents, eqs)
	}
}
