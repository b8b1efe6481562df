package db_test

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"handoff/db"
	"handoff/model"
)

// sameExport checks that the streamed export of ids is byte for byte what
// the export read whole and marshalled gives.
func sameExport(t *testing.T, f *fixture, ids ...int64) []byte {
	t.Helper()
	a, err := f.s.Export(f.ctx, ids...)
	if err != nil {
		t.Fatal(err)
	}
	want, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := f.s.WriteExport(f.ctx, &got, ids...); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("streamed export of %v differs from the whole one:\n%s\nwant\n%s", ids, got.Bytes(), want)
	}
	return want
}

// TestWriteExportSameBytes: streaming the export deal by deal gives the
// bytes the whole export gave, for an empty file, the sample deals, one
// deal, generated deals, and deals that name someone removed from the
// directory (whom the people list, written first, must hold).
func TestWriteExportSameBytes(t *testing.T) {
	empty := newFixture(t)
	sameExport(t, empty)

	f := newFixture(t)
	if _, err := f.s.Import(f.ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	out := sameExport(t, f)
	if !bytes.Contains(out, []byte(`"difference": {`)) {
		t.Fatal("the sample's export has no gaps")
	}
	list, _ := f.s.DealSummaries(f.ctx)
	sameExport(t, f, list[1].Deal.ID)
	sameExport(t, f, list[2].Deal.ID, list[0].Deal.ID)

	// A person removed: still named by a deal, so exported.
	d := list[0].Deal
	person, err := f.s.Person(f.ctx, d.Owners.Sales)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.DeletePerson(f.ctx, person.ID, person.Version); err != nil {
		t.Fatal(err)
	}
	out = sameExport(t, f)
	if !bytes.Contains(out, []byte(`"name": "`+person.Name+`"`)) {
		t.Fatalf("the removed owner %q is not in the export", person.Name)
	}
	sameExport(t, f, list[1].Deal.ID)

	g := newFixture(t)
	if err := g.s.Generate(g.ctx, db.GenerateSpec{Deals: 6, Promises: 15, Big: 120, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	sameExport(t, g)
}

// writeHook is a writer that runs hook once, at its first write: by then
// the export has read its first deals and not its last ones.
type writeHook struct {
	buf  bytes.Buffer
	hook func()
}

func (w *writeHook) Write(p []byte) (int, error) {
	if w.hook != nil {
		w.hook()
		w.hook = nil
	}
	return w.buf.Write(p)
}

// TestWriteExportOneMoment: an export is of one moment even when another
// process changes the file while it is written: its last deal changed, a
// promise of a deal in the middle removed and a deal added, all between
// the export's first deals and its last, are not in it; the export after
// has them. The whole file is read a table at a time, a choice of deals
// a deal at a time; both are checked.
func TestWriteExportOneMoment(t *testing.T) {
	f := newFixture(t)
	if err := f.s.Generate(f.ctx, db.GenerateSpec{Deals: 40, Promises: 30, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	other, err := db.Open(f.ctx, f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	list, err := f.s.DealSummaries(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, sm := range list {
		ids = append(ids, sm.Deal.ID)
	}
	slices.Sort(ids)
	round := 0
	for _, choice := range [][]int64{nil, ids} {
		var before bytes.Buffer
		if err := f.s.WriteExport(f.ctx, &before, choice...); err != nil {
			t.Fatal(err)
		}
		if before.Len() < 200<<10 {
			t.Fatalf("the export is %d bytes, too small to be written in several pieces", before.Len())
		}
		round++
		title := fmt.Sprintf("Changed while exported %d", round)
		w := &writeHook{hook: func() {
			last, err := other.Promises(f.ctx, ids[len(ids)-1])
			if err != nil {
				t.Fatal(err)
			}
			last[0].Title = title
			if err := other.UpdatePromise(f.ctx, &last[0]); err != nil {
				t.Fatal(err)
			}
			mid, err := other.Promises(f.ctx, ids[len(ids)/2])
			if err != nil {
				t.Fatal(err)
			}
			if err := other.DeletePromise(f.ctx, mid[1].ID, mid[1].Version); err != nil {
				t.Fatal(err)
			}
			d := model.Deal{Name: fmt.Sprintf("Added while exported %d", round), Customer: "Someone", Stage: model.StageProposal}
			if err := other.CreateDeal(f.ctx, &d); err != nil {
				t.Fatal(err)
			}
		}}
		if err := f.s.WriteExport(f.ctx, w, choice...); err != nil {
			t.Fatal(err)
		}
		if w.hook != nil {
			t.Fatal("the export was written in one piece: nothing was changed during it")
		}
		if !bytes.Equal(w.buf.Bytes(), before.Bytes()) {
			t.Fatalf("the export written while the file changed is not the export of before (choice %v)", choice != nil)
		}
		var after bytes.Buffer
		if err := f.s.WriteExport(f.ctx, &after, choice...); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(after.Bytes(), []byte(title)) || bytes.Equal(after.Bytes(), before.Bytes()) {
			t.Fatal("the export after does not have the changes")
		}
		sameExport(t, f, choice...)
	}
}

// TestWriteExportSameBytesEveryList: the whole file, read a table at a
// time, gives the bytes of the deals read one by one with every list a
// deal has filled (confirmations of a promise and a term, dismissed words,
// constraints, decisions), a deleted deal between live ones whose rows the
// scans pass over, a deleted promise whose confirmation and derived gaps
// are left out, and text a terminal would act on.
func TestWriteExportSameBytesEveryList(t *testing.T) {
	f := newFixture(t).withDeal()
	sales, customer := f.people[model.RoleSales], f.people[model.RoleCustomer]
	first := f.deal
	p1 := f.promise(first, "Nightly stock sync \u202eevil\u202c <b>&</b> \x7f\u0085 \"quoted\" 🚀", sales)
	f.promise(first, "Integration of the invoice file with the ERP", sales) // a watched word, dismissed below
	p3 := f.promise(first, "Training for shift leaders", sales)
	term := model.Term{DealID: first, Term: "go-live", Definition: "first order\tthrough the interface\u200b", Status: model.TermAgreed,
		AgreedBy: []int64{sales, f.people[model.RoleDelivery]}}
	if err := f.s.CreateTerm(f.ctx, &term); err != nil {
		t.Fatal(err)
	}
	if err := f.s.Confirm(f.ctx, []model.Confirmation{
		{DealID: first, PromiseID: p1.ID, Answer: model.AnswerConfirmed, By: customer, Reference: "email 2026-12-10"},
		{DealID: first, TermID: term.ID, Answer: model.AnswerConfirmed, By: customer, Reference: "email 2026-12-10"},
		{DealID: first, PromiseID: p3.ID, Answer: model.AnswerNotAsWritten, By: customer, Reference: "letter", Wrote: "Only the night shift"},
	}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.DismissWord(f.ctx, &model.DismissedWord{DealID: first, Word: "integration"}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.CreateConstraint(f.ctx, &model.Constraint{DealID: first, Text: "No team free before March", Shared: true}); err != nil {
		t.Fatal(err)
	}
	if err := f.s.CreateDecision(f.ctx, &model.Decision{DealID: first, Text: "Go with the nightly file", DecidedBy: sales,
		DecidedAt: f.clk.Now()}); err != nil {
		t.Fatal(err)
	}
	gone, err := f.s.Promises(f.ctx, first)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range gone {
		if p.ID == p3.ID {
			if err := f.s.DeletePromise(f.ctx, p.ID, p.Version); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Two more deals, the middle one deleted.
	var more []int64
	for i := range 2 {
		d := model.Deal{Name: fmt.Sprintf("Deal %d", i), Customer: "Customer", Stage: model.StageProposal, Owners: model.Owners{Sales: sales}}
		if err := f.s.CreateDeal(f.ctx, &d); err != nil {
			t.Fatal(err)
		}
		f.promise(d.ID, fmt.Sprintf("A promise of deal %d", i), sales)
		more = append(more, d.ID)
	}
	mid, err := f.s.Deal(f.ctx, more[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.DeleteDeal(f.ctx, mid.ID, mid.Version); err != nil {
		t.Fatal(err)
	}
	whole := sameExport(t, f)
	for _, want := range []string{`"confirmations": [`, `"dismissed_words": [`, `"constraints": [`, `"decisions": [`, `\u202e`, `\u0085`} {
		if !bytes.Contains(whole, []byte(want)) {
			t.Errorf("the export lacks %s", want)
		}
	}
	if bytes.Contains(whole, []byte("Deal 0")) || bytes.Contains(whole, []byte(`"wrote": "Only the night shift"`)) {
		t.Error("the export has the deleted deal or the answer about the deleted promise")
	}
	var ids bytes.Buffer
	if err := f.s.WriteExport(f.ctx, &ids, first, more[1]); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ids.Bytes(), whole) {
		t.Error("the whole file read a table at a time differs from its live deals read one by one")
	}
}
