package db_test

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// TestSampleImport loads the sample deals the way "handoff demo" and
// "handoff sample" do, into an empty database and then again into the same,
// no longer empty, one.
func TestSampleImport(t *testing.T) {
	ctx := t.Context()
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	s, err := db.Open(ctx, filepath.Join(t.TempDir(), "handoff.db"),
		db.WithActor("tester"), db.WithNow(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	sample := model.SampleArchive()

	t.Run("Empty", func(t *testing.T) {
		res, err := s.Import(ctx, sample)
		if err != nil {
			t.Fatalf("Import: %v", err)
		}
		if !res.KeptIDs || res.People != len(sample.People) || !reflect.DeepEqual(res.Deals, []int64{1, 2, 3}) {
			t.Fatalf("result %+v, want ids kept, %d people, deals 1–3", res, len(sample.People))
		}
		// The rules find exactly the gaps the sample holds, so
		// reconciliation changes none of them: owners, due dates, statuses,
		// resolutions and severities stay as the sample set them.
		for _, d := range sample.Deals {
			stored, err := s.Gaps(ctx, d.Deal.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(stored) != len(d.Gaps) {
				t.Errorf("deal %q: %d gaps stored, the sample has %d", d.Deal.Name, len(stored), len(d.Gaps))
			}
			for _, want := range d.Gaps {
				got, err := s.Gap(ctx, want.ID)
				if err != nil {
					t.Fatalf("gap %d: %v", want.ID, err)
				}
				want.Version = 1
				if !got.Same(want) {
					t.Errorf("gap %d changed on import:\n got %+v\nwant %+v", want.ID, got, want)
				}
			}
		}
		sched := sampleStoredGap(t, s, 2, "Real-time sync with SAP", model.KindSchedule)
		if priya := samplePerson(t, s, "Priya Nair"); sched.Owner != priya || sched.Due != model.MustDate("2026-12-04") ||
			sched.Status != model.GapInProgress || sched.Severity != model.SeverityCritical {
			t.Errorf("schedule gap after import: %+v, want critical, in progress, owned by Priya Nair (%d), due 2026-12-04", sched, priya)
		}

		// Every deal is not ready, for reasons a user would recognise.
		blockers := map[int64][]string{
			1: {"has no answer from delivery", "“w czasie rzeczywistym” is used", "The deal has no delivery owner.",
				"High effort gap has no owner and no due date"},
			2: {"“Übernahme der offenen Fertigungsaufträge beim Cut-over” changed after delivery answered it",
				"“Schulung für 40 Schichtleiter vor dem Go-live” has no answer from delivery", "“real-time” is used"},
			3: {"“SLA” is used", "“unlimited” is used", "“7x24小时” is used"},
		}
		for id, want := range blockers {
			dos, err := s.Dossier(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			r := dos.Readiness()
			all := strings.Join(r.Blockers, "\n")
			if r.Ready() {
				t.Errorf("deal %q is ready", dos.Deal.Name)
			}
			for _, w := range want {
				if !strings.Contains(all, w) {
					t.Errorf("deal %q: no blocker saying %q in:\n%s", dos.Deal.Name, w, all)
				}
			}
			if strings.Contains(all, "owner.") && id != 1 {
				t.Errorf("deal %q lacks an owner:\n%s", dos.Deal.Name, all)
			}
		}

		sums := sampleSummaries(t, s)
		if len(sums) != 3 {
			t.Fatalf("%d deals in the list, want 3", len(sums))
		}
		for _, sm := range sums {
			d := sampleDossier(t, sample, sm.Deal.Name)
			var open [4]int
			for _, g := range d.Gaps {
				if g.Open() {
					open[g.Severity.Rank()]++
				}
			}
			r := model.Assess(model.Facts{Deal: d.Deal, Promises: d.Promises, Assessments: d.Assessments,
				Terms: d.Terms, Watch: model.WatchWords(nil)}, d.Gaps)
			if sm.Open != open || sm.OpenGaps() == 0 || sm.Ready() || sm.Readiness != r.Percent || sm.Blockers != len(r.Blockers) {
				t.Errorf("deal %q in the list: open %v, readiness %d%%, %d blockers; want open %v, %d%%, %d blockers",
					sm.Deal.Name, sm.Open, sm.Readiness, sm.Blockers, open, r.Percent, len(r.Blockers))
			}
			if sm.NextDue.IsZero() {
				t.Errorf("deal %q has no next due date", sm.Deal.Name)
			}
		}
	})

	t.Run("Again", func(t *testing.T) {
		before, err := s.People(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var dup *db.DuplicateError
		if _, err := s.Import(ctx, sample); !errors.As(err, &dup) || dup.N != 3 || dup.Of != 3 {
			t.Fatalf("second Import without AllowDuplicates: %v, want 3 of 3 deals refused", err)
		}
		res, err := s.Import(ctx, sample, db.ImportOptions{AllowDuplicates: true})
		if err != nil {
			t.Fatalf("second Import: %v", err)
		}
		if res.KeptIDs || res.People != 0 || len(res.Deals) != 3 {
			t.Fatalf("result %+v, want new ids, no new people, 3 deals", res)
		}
		after, err := s.People(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(after, before) {
			t.Errorf("people changed on the second import:\n%+v\nthen\n%+v", before, after)
		}
		if sums := sampleSummaries(t, s); len(sums) != 6 {
			t.Errorf("%d deals in the list, want 6", len(sums))
		}
		for i, id := range res.Deals {
			want := sample.Deals[i]
			dos, err := s.Dossier(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if id <= 3 || dos.Deal.Name != want.Deal.Name || len(dos.Promises) != len(want.Promises) ||
				len(dos.Gaps) != len(want.Gaps) || len(dos.Terms) != len(want.Terms) || len(dos.Decisions) != len(want.Decisions) {
				t.Errorf("copy %d of %q: %d promises, %d gaps, %d terms, %d decisions; want %d, %d, %d, %d", id,
					want.Deal.Name, len(dos.Promises), len(dos.Gaps), len(dos.Terms), len(dos.Decisions),
					len(want.Promises), len(want.Gaps), len(want.Terms), len(want.Decisions))
			}
			for _, dec := range dos.Decisions {
				if dec.GapID == 0 {
					continue
				}
				if g, err := s.Gap(ctx, dec.GapID); err != nil || g.DealID != id {
					t.Errorf("decision %d of copy %d points at gap %d of deal %d (%v)", dec.ID, id, dec.GapID, g.DealID, err)
				}
			}
		}
		sched := sampleStoredGap(t, s, res.Deals[1], "Real-time sync with SAP", model.KindSchedule)
		if sched.Owner != samplePerson(t, s, "Priya Nair") || sched.Status != model.GapInProgress {
			t.Errorf("copied schedule gap %+v: want it owned by Priya Nair and in progress", sched)
		}
	})
}

// sampleStoredGap finds the derived gap of a kind on a deal's promise whose
// title starts with title.
func sampleStoredGap(t *testing.T, s *db.Store, deal int64, title string, kind model.GapKind) model.Gap {
	t.Helper()
	dos, err := s.Dossier(t.Context(), deal)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range dos.Promises {
		if !strings.HasPrefix(p.Title, title) {
			continue
		}
		for _, g := range dos.Gaps {
			if g.PromiseID == p.ID && g.Kind == kind {
				return g
			}
		}
	}
	t.Fatalf("deal %d: no %s gap on a promise %q…", deal, kind, title)
	return model.Gap{}
}

// samplePerson is the id of the person with a name.
func samplePerson(t *testing.T, s *db.Store, name string) int64 {
	t.Helper()
	people, err := s.People(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		if p.Name == name {
			return p.ID
		}
	}
	t.Fatalf("nobody called %q", name)
	return 0
}

func sampleSummaries(t *testing.T, s *db.Store) []model.DealSummary {
	t.Helper()
	sums, err := s.DealSummaries(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

// sampleDossier is the sample deal with a name.
func sampleDossier(t *testing.T, a model.Archive, name string) model.Dossier {
	t.Helper()
	for _, d := range a.Deals {
		if d.Deal.Name == name {
			return d
		}
	}
	t.Fatalf("no sample deal %q", name)
	return model.Dossier{}
}
