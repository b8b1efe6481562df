package db_test

import (
	"reflect"
	"testing"

	"handoff/internal/i18n"
	"handoff/model"
)

// The readiness the store keeps beside each deal is what the rules say of
// the deal's rows now, after imports and after edits of every kind.
func TestStoredReadinessIsCurrent(t *testing.T) {
	f := newFixture(t)
	if _, err := f.s.Import(f.ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		list, err := f.s.DealSummaries(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, sm := range list {
			d, err := f.s.Dossier(f.ctx, sm.Deal.ID)
			if err != nil {
				t.Fatal(err)
			}
			stored := d.Readiness()
			fresh := model.Assess(model.Facts{Deal: d.Deal, Promises: d.Promises, Assessments: d.Assessments,
				Terms: d.Terms, Watch: d.Watch}, d.Gaps)
			if !reflect.DeepEqual(stored, fresh) {
				t.Errorf("%s, deal %q: stored readiness\n%+v\nfresh\n%+v", when, sm.Deal.Name, stored, fresh)
			}
			if sm.Readiness != fresh.Percent || sm.Blockers != len(fresh.Blockers) {
				t.Errorf("%s, deal %q: the list says %d%% · %d", when, sm.Deal.Name, sm.Readiness, sm.Blockers)
			}
		}
	}
	check("after import")

	list, _ := f.s.DealSummaries(f.ctx)
	d, _ := f.s.Dossier(f.ctx, list[0].Deal.ID)
	p := d.Promises[0]
	p.Title += " — changed"
	if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	check("after a promise edit")
	for _, tm := range d.Terms {
		if tm.Status != model.TermAgreed {
			if err := f.s.DeleteTerm(f.ctx, tm.ID, tm.Version); err != nil {
				t.Fatal(err)
			}
		}
	}
	check("after deleting terms")
	w := model.WatchWord{Word: "changed"}
	if err := f.s.AddWatchWord(f.ctx, &w); err != nil {
		t.Fatal(err)
	}
	check("after a new watch word")
}

// A deal whose blockers were kept as English sentences (before they were
// kept as data) reads in any language: its readiness is worked out again
// from its rows.
func TestStoredBlockerSentencesReadInAnyLanguage(t *testing.T) {
	f := newFixture(t).withDeal()
	f.promise(f.deal, "Nightly export", f.people[model.RoleSales])
	raw := rawOpen(t, f.path)
	if _, err := raw.ExecContext(f.ctx, `DELETE FROM blockers WHERE deal_id = ?;
		INSERT INTO blockers (deal_id, part, ref, sub, blocker) VALUES (?, 0, 0, 0, ?)`,
		f.deal, f.deal, `"Promise “Nightly export” has no answer from delivery."`); err != nil {
		t.Fatal(err)
	}
	d, err := f.s.Dossier(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	r := d.Readiness()
	if got := r.BlockersIn(i18n.PL); len(got) != 1 || got[0] != "Obietnica „Nightly export” nie ma oceny wdrożenia." {
		t.Errorf("Polish blockers %q", got)
	}
	if len(r.Blockers) != 1 || r.Blockers[0] != "Promise “Nightly export” has no answer from delivery." {
		t.Errorf("English blockers %q", r.Blockers)
	}
}

// undoBlockerRows puts a deal's blockers back in its row, as before 0010.
var undoBlockerRows = [3]string{
	"ALTER TABLE deals ADD COLUMN blocker_list TEXT NOT NULL DEFAULT '[]'",
	`UPDATE deals SET blocker_list = (SELECT json_group_array(json(blocker))
		FROM (SELECT blocker FROM blockers b WHERE b.deal_id = deals.id ORDER BY part, ref, sub))`,
	"DROP TABLE blockers",
}
