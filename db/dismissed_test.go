package db_test

import (
	"strings"
	"testing"

	"handoff/model"
)

// undefinedGap is the deal's undefined_term gap of a promise.
func undefinedGap(t *testing.T, f *fixture, promiseID int64) model.Gap {
	t.Helper()
	gaps, err := f.s.Gaps(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gaps {
		if g.PromiseID == promiseID && g.Kind == model.KindUndefinedTerm {
			return g
		}
	}
	t.Fatalf("no undefined_term gap for promise %d in %+v", promiseID, gaps)
	return model.Gap{}
}

// A watched word dismissed as no term in a deal raises no gap there: the
// gap it raised closes with a note that says so, the history has it, and
// taking the dismissal back opens the gap again.
func TestDismissWord(t *testing.T) {
	f := newFixture(t).withDeal()
	p := f.promise(f.deal, "Integration of the invoice file with the ERP", f.people[model.RoleSales])
	if g := undefinedGap(t, f, p.ID); !g.Open() {
		t.Fatalf("the undefined_term gap should be open: %+v", g)
	}
	if d, _ := f.s.Dossier(f.ctx, f.deal); !strings.Contains(strings.Join(d.Readiness().Blockers, "\n"), "“integration”") {
		t.Fatalf("the word should block the deal before it is dismissed: %v", d.Readiness().Blockers)
	}
	since := f.lastEvent()
	w := model.DismissedWord{DealID: f.deal, Word: "integration"}
	if err := f.s.DismissWord(f.ctx, &w); err != nil {
		t.Fatal(err)
	}
	f.expectEvent(since, "dismissed_word", w.ID, "create", f.deal)
	g := undefinedGap(t, f, p.ID)
	if g.Open() || !g.AutoResolved || !strings.Contains(g.Resolution, "dismissed as no term in this deal") {
		t.Fatalf("after the dismissal the gap is %+v, want closed with a note saying it was dismissed", g)
	}
	d, _ := f.s.Dossier(f.ctx, f.deal)
	if got := d.Dismissed; len(got) != 1 || got[0].Word != "integration" {
		t.Fatalf("the dossier's dismissed words: %+v", got)
	}
	for _, b := range d.Readiness().Blockers {
		if strings.Contains(b, "“integration”") {
			t.Errorf("a dismissed word still blocks the deal: %q", b)
		}
	}

	t.Run("ErrInvalidDuplicate", func(t *testing.T) {
		again := model.DismissedWord{DealID: f.deal, Word: "Integration"}
		expectInvalid(t, f.s.DismissWord(f.ctx, &again), "word", "is dismissed in this deal already")
	})
	t.Run("OtherDealsStillAsk", func(t *testing.T) {
		other := model.Deal{Name: "Other", Stage: model.StageLead}
		if err := f.s.CreateDeal(f.ctx, &other); err != nil {
			t.Fatal(err)
		}
		q := f.promise(other.ID, "Integration with the ERP", 0)
		d, _ := f.s.Dossier(f.ctx, other.ID)
		if words := d.Glossary().InPromise(q); len(words) != 1 || words[0] != "integration" {
			t.Errorf("another deal's undefined terms: %v", words)
		}
	})
	t.Run("Undismiss", func(t *testing.T) {
		if err := f.s.UndismissWord(f.ctx, w.ID, w.Version); err != nil {
			t.Fatal(err)
		}
		if g := undefinedGap(t, f, p.ID); !g.Open() {
			t.Fatalf("after taking the dismissal back the gap is %+v, want open", g)
		}
		if _, err := f.s.RestoreDismissedWord(f.ctx, w.ID); err != nil {
			t.Fatal(err)
		}
		if g := undefinedGap(t, f, p.ID); g.Open() {
			t.Fatalf("after restoring the dismissal the gap is %+v, want closed", g)
		}
	})
	t.Run("AGlossaryEntryStillCounts", func(t *testing.T) {
		term := model.Term{DealID: f.deal, Term: "integration", Status: model.TermDraft}
		if err := f.s.CreateTerm(f.ctx, &term); err != nil {
			t.Fatal(err)
		}
		if g := undefinedGap(t, f, p.ID); !g.Open() {
			t.Fatalf("a draft entry for a dismissed word should raise the gap again: %+v", g)
		}
	})
}

// The team's watch list refuses a word it has already and a bare "*".
func TestWatchWordRefusals(t *testing.T) {
	f := newFixture(t)
	w := model.WatchWord{Word: "Hypercare"}
	if err := f.s.AddWatchWord(f.ctx, &w); err != nil {
		t.Fatal(err)
	}
	for word, msg := range map[string]string{
		"hyper-care": "is on the team's watch list already (as “Hypercare”)",
		"SEAMLESS":   "is on the built-in watch list already (as “seamless”)",
		"*":          "cannot be a bare *",
		"* *":        "cannot be a bare *",
	} {
		dup := model.WatchWord{Word: word}
		expectInvalid(t, f.s.AddWatchWord(f.ctx, &dup), "word", msg)
	}
	// Undoing a removal cannot bring back a word added again meanwhile.
	if err := f.s.RemoveWatchWord(f.ctx, w.ID, w.Version); err != nil {
		t.Fatal(err)
	}
	again := model.WatchWord{Word: "hypercare"}
	if err := f.s.AddWatchWord(f.ctx, &again); err != nil {
		t.Fatal(err)
	}
	_, err := f.s.RestoreWatchWord(f.ctx, w.ID)
	expectInvalid(t, err, "word", "is on the team's watch list already")
}
