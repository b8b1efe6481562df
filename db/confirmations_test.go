package db_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"handoff/db"
	"handoff/model"
)

// TestConfirm: the customer's answers move confirmed promises to
// confirmed, count the customer among those who agreed a term, keep a
// promise "not as written" at its level with a gap quoting what they wrote,
// close the unverified gaps — one history event per change — and survive
// export → import → export byte for byte.
func TestConfirm(t *testing.T) {
	f := newFixture(t).withDeal()
	deal, err := f.s.Deal(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	deal.Stage = model.StageNegotiation
	if err := f.s.UpdateDeal(f.ctx, &deal); err != nil {
		t.Fatal(err)
	}
	p1 := f.promise(f.deal, "Nightly stock sync", f.people[model.RoleSales])
	p2 := f.promise(f.deal, "Training for shift leaders", f.people[model.RoleSales])
	term := model.Term{DealID: f.deal, Term: "go-live", Definition: "first order through the interface", Status: model.TermAgreed,
		AgreedBy: []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}}
	if err := f.s.CreateTerm(f.ctx, &term); err != nil {
		t.Fatal(err)
	}
	unverified := func() []int64 {
		d, err := f.s.Dossier(f.ctx, f.deal)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, g := range d.Gaps {
			if g.Kind == model.KindUnverified && g.Open() {
				out = append(out, g.PromiseID)
			}
		}
		return out
	}
	if got := unverified(); !slices.Equal(got, []int64{p1.ID, p2.ID}) {
		t.Fatalf("open unverified gaps on %v before, want both promises", got)
	}

	t.Run("ErrInvalid", func(t *testing.T) {
		err := f.s.Confirm(f.ctx, []model.Confirmation{{DealID: f.deal, PromiseID: p1.ID, Answer: model.AnswerConfirmed,
			By: f.people[model.RoleSales], Reference: "email"}})
		if !errors.Is(err, model.ErrInvalid) {
			t.Errorf("a confirmation by a salesperson: %v, want ErrInvalid", err)
		}
		err = f.s.Confirm(f.ctx, []model.Confirmation{{DealID: f.deal, PromiseID: p2.ID, Answer: model.AnswerNotAsWritten,
			By: f.people[model.RoleCustomer], Reference: "email"}})
		if !errors.Is(err, model.ErrInvalid) {
			t.Errorf("not as written with nothing written: %v, want ErrInvalid", err)
		}
	})

	since := f.lastEvent()
	f.clk.tick()
	customer := f.people[model.RoleCustomer]
	cs := []model.Confirmation{
		{DealID: f.deal, PromiseID: p1.ID, Answer: model.AnswerConfirmed, By: customer, Reference: "email 2026-12-10"},
		{DealID: f.deal, TermID: term.ID, Answer: model.AnswerConfirmed, By: customer, Reference: "email 2026-12-10"},
		{DealID: f.deal, PromiseID: p2.ID, Answer: model.AnswerNotAsWritten, By: customer, Reference: "email 2026-12-10",
			Wrote: "Only the night shift, in German"},
	}
	if err := f.s.Confirm(f.ctx, cs); err != nil {
		t.Fatal(err)
	}
	d, err := f.s.Dossier(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	if got := unverified(); !slices.Equal(got, []int64{p2.ID}) {
		t.Errorf("open unverified gaps on %v after, want only the promise not as written", got)
	}
	if p, _ := d.PromiseByID(p1.ID); p.Verification != model.VerificationConfirmed {
		t.Errorf("the confirmed promise is %s", p.Verification)
	}
	if p, _ := d.PromiseByID(p2.ID); p.Verification != p2.Verification {
		t.Errorf("the promise not as written moved to %s", p.Verification)
	}
	if got := d.Terms[0].AgreedBy; !slices.Contains(got, customer) || d.Terms[0].Status != model.TermAgreed {
		t.Errorf("the confirmed term is %s, agreed by %v", d.Terms[0].Status, got)
	}
	if len(d.Confirmations) != 3 || d.Confirmations[0].On != model.DateOf(f.clk.Now()) {
		t.Fatalf("confirmations %+v", d.Confirmations)
	}
	gapID := d.Confirmations[2].GapID
	var raised model.Gap
	for _, g := range d.Gaps {
		if g.ID == gapID {
			raised = g
		}
	}
	if raised.Origin != model.OriginManual || !raised.Open() || raised.PromiseID != p2.ID ||
		raised.Title != "The customer says “Training for shift leaders” is not as written; they wrote: Only the night shift, in German" {
		t.Errorf("the gap raised: %+v", raised)
	}
	// One event per change: one promise, one term, one gap and three
	// confirmations (besides the rules closing the unverified gap).
	count := map[string]int{}
	for _, e := range f.eventsSince(since) {
		count[e.Entity+" "+e.Action]++
	}
	if count["confirmation create"] != 3 || count["promise update"] != 1 || count["term update"] != 1 || count["gap create"] != 1 {
		t.Errorf("events %v", count)
	}

	a, err := f.s.Export(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	first, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	back, err := db.UnmarshalArchive(first)
	if err != nil {
		t.Fatal(err)
	}
	s2, err := db.Open(f.ctx, filepath.Join(t.TempDir(), "copy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, err := s2.Import(f.ctx, back); err != nil {
		t.Fatal(err)
	}
	a2, err := s2.Export(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, _ := db.MarshalArchive(a2)
	if !bytes.Equal(first, second) {
		t.Error("export → import → export is not byte-identical with confirmations")
	}
	if !bytes.Contains(first, []byte(`"confirmations"`)) || !bytes.Contains(first, []byte(`"shared": true`)) {
		t.Error("the export lacks the confirmations or the shared gap")
	}

	// Undo takes each answer back: the promise's level, the term's people,
	// the gap raised.
	for _, c := range cs {
		if err := f.s.Unconfirm(f.ctx, c, p1.Verification); err != nil {
			t.Fatal(err)
		}
	}
	d, err = f.s.Dossier(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	if now, _ := d.PromiseByID(p1.ID); now.Verification != p1.Verification || len(d.Confirmations) != 0 ||
		slices.Contains(d.Terms[0].AgreedBy, customer) {
		t.Errorf("after undo: %s, %d answers, term agreed by %v", now.Verification, len(d.Confirmations), d.Terms[0].AgreedBy)
	}
	for _, g := range d.Gaps {
		if g.ID == gapID {
			t.Error("the gap raised by not as written is still there")
		}
	}
	if got := unverified(); !slices.Equal(got, []int64{p1.ID, p2.ID}) {
		t.Errorf("open unverified gaps on %v after undo, want both promises", got)
	}
}
