package db_test

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// csvStore is a store on a fresh file with two people and one deal.
func csvStore(t *testing.T) (*db.Store, model.Deal, model.Person) {
	t.Helper()
	ctx := t.Context()
	s, err := db.Open(ctx, filepath.Join(t.TempDir(), "handoff.db"), db.WithActor("tester"),
		db.WithNow(func() time.Time { return time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	jonas := model.Person{Name: "Jonas Becker", Role: model.RoleSales}
	jonasDelivery := model.Person{Name: "jonas becker", Role: model.RoleDelivery}
	for _, p := range []*model.Person{&jonasDelivery, &jonas} {
		if err := s.CreatePerson(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	d := model.Deal{Name: "Acme", Stage: model.StageLead}
	if err := s.CreateDeal(ctx, &d); err != nil {
		t.Fatal(err)
	}
	return s, d, jonas
}

// exportBytes is the whole database as its JSON export.
func exportBytes(t *testing.T, s *db.Store) []byte {
	t.Helper()
	a, err := s.Export(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	b, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parseCSV(t *testing.T, in string) []model.PromiseRow {
	t.Helper()
	rows, err := model.ParsePromiseCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestImportPromises(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s, d, jonas := csvStore(t)
		rows := parseCSV(t, "title,promised_by,priority,due\n"+
			"Real-time stock sync,JONAS  BECKER,must,2027-01-15\n"+
			"Shift reports,Katrin Vogel,should,\n"+
			"Training,katrin vogel,could,\n"+
			"Hypercare,,could,\n")
		res, err := s.ImportPromisesWith(t.Context(), d.ID, db.ImportOptions{File: filepath.Join("exports", "acme.csv")}, rows...)
		if err != nil {
			t.Fatalf("ImportPromises: %v", err)
		}
		if res.DealID != d.ID || len(res.Promises) != 4 || len(res.People) != 1 ||
			res.People[0].Name != "Katrin Vogel" || res.People[0].Role != model.RoleSales {
			t.Fatalf("result %+v; want 4 promises and Katrin Vogel added as sales", res)
		}
		dos, err := s.Dossier(t.Context(), d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(dos.Promises) != 4 {
			t.Fatalf("%d promises stored", len(dos.Promises))
		}
		// The selling-side Jonas, whatever the case and spacing; one Katrin.
		want := []int64{jonas.ID, res.People[0].ID, res.People[0].ID, 0}
		for i, p := range dos.Promises {
			if p.ID != res.Promises[i] || p.PromisedBy != want[i] || p.Revision != 1 || p.Version != 1 || p.DealID != d.ID {
				t.Errorf("promise %d: %+v; want promised by %d", i, p, want[i])
			}
		}
		// The gap rules ran: no promise has an answer yet.
		unassessed := 0
		for _, g := range dos.Gaps {
			if g.Kind == model.KindUnassessed {
				unassessed++
			}
		}
		if unassessed != 4 {
			t.Errorf("%d unassessed gaps, want 4", unassessed)
		}
		// One line of history for the import, after the deal's own: who,
		// when, how many promises and gaps, which promises, from which file.
		events, err := s.History(t.Context(), d.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(events) != 2 || events[1].Entity != "deal" || events[1].Action != "create" {
			t.Fatalf("history %+v; want the deal's line and the import's", events)
		}
		line := events[0]
		rec, ok := line.Record()
		wantRec := model.ImportRecord{Promises: 4, First: res.Promises[0], Last: res.Promises[3], Gaps: len(dos.Gaps), Rows: 4 + len(dos.Gaps), File: "acme.csv"}
		if !ok || rec != wantRec || line.Actor != "tester" || line.EntityID != d.ID || line.DealID != d.ID ||
			!line.At.Equal(time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)) || line.Before != "" {
			t.Fatalf("import line %+v, record %+v; want %+v", line, rec, wantRec)
		}
		n := model.NewNarrator(i18n.EN, dos, func(int64) string { return "" })
		if got, want := n.Join(n.Tell(line)), fmt.Sprintf("imported 4 promises (P1–P4) from acme.csv; the rules found %d gaps", len(dos.Gaps)); got != want {
			t.Errorf("told %q, want %q", got, want)
		}
		// The person the rows named is added with a line of its own, in
		// the directory's history, after the import's.
		all, err := s.Events(t.Context(), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != len(events)+3 || all[1].ID != line.ID || all[0].Entity != "person" || all[0].EntityID != res.People[0].ID {
			t.Errorf("every line %+v; want Katrin Vogel's after the import's", all)
		}
	})

	t.Run("AllOrNothing", func(t *testing.T) {
		s, d, _ := csvStore(t)
		before := exportBytes(t, s)
		rows := parseCSV(t, "title,promised_by\nFirst,New Person\nSecond,Other New\n")
		rows[1].Promise.Title = "" // a row that slipped past the parser
		if _, err := s.ImportPromises(t.Context(), d.ID, rows...); !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "line 3") {
			t.Fatalf("error %v; want an invalid row on line 3", err)
		}
		if after := exportBytes(t, s); !bytes.Equal(before, after) {
			t.Error("a refused import changed the database")
		}
	})

	t.Run("NoSuchDeal", func(t *testing.T) {
		s, _, _ := csvStore(t)
		before := exportBytes(t, s)
		if _, err := s.ImportPromises(t.Context(), 9999, parseCSV(t, "title,promised_by\nA,Someone New\n")...); !errors.Is(err, model.ErrInvalid) {
			t.Fatalf("error %v; want ErrInvalid", err)
		}
		if after := exportBytes(t, s); !bytes.Equal(before, after) {
			t.Error("a refused import changed the database")
		}
	})
}

func TestCreateDealWithPromises(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s, _, _ := csvStore(t)
		d := model.Deal{Name: "Globex", Stage: model.StageLead}
		res, err := s.CreateDealWithPromises(t.Context(), &d, parseCSV(t, "title\nA\nB\n")...)
		if err != nil {
			t.Fatal(err)
		}
		if d.ID == 0 || d.Version != 1 || res.DealID != d.ID || len(res.Promises) != 2 {
			t.Fatalf("deal %+v, result %+v", d, res)
		}
		sums, err := s.DealSummaries(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		for _, sm := range sums {
			if sm.Deal.ID == d.ID && sm.OpenGaps() == 0 {
				t.Error("the new deal's summary was not refreshed")
			}
		}
	})
	t.Run("Refused", func(t *testing.T) {
		s, _, _ := csvStore(t)
		before := exportBytes(t, s)
		rows := parseCSV(t, "title\nA\nB\n")
		rows[1].Promise.Priority = "urgent"
		d := model.Deal{Name: "Globex", Stage: model.StageLead}
		if _, err := s.CreateDealWithPromises(t.Context(), &d, rows...); err == nil {
			t.Fatal("a bad row was imported")
		}
		if d.ID != 0 {
			t.Errorf("the deal got id %d", d.ID)
		}
		if after := exportBytes(t, s); !bytes.Equal(before, after) {
			t.Error("a refused import left a deal behind")
		}
	})
}
