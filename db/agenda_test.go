package db_test

import (
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// agendaFromDossiers is a person's agenda worked out the long way, from
// every deal's whole dossier: what the store's narrow read must match.
func agendaFromDossiers(t *testing.T, s *db.Store, person model.Person, today model.Date) []model.AgendaItem {
	t.Helper()
	ctx := t.Context()
	deals, err := s.Deals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	src := model.AgendaSource{Person: person, Promises: map[int64]string{}, PromiseNumbers: map[int64]int{}}
	for _, d := range deals {
		if d.Archived {
			continue
		}
		dos, err := s.Dossier(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		src.Deals = append(src.Deals, d)
		src.Gaps = append(src.Gaps, dos.Gaps...)
		src.SignOffs = append(src.SignOffs, dos.SignOffs...)
		for _, p := range dos.Promises {
			src.Promises[p.ID] = p.Title
		}
		// Numbered as the reports number them.
		for i, p := range dos.PromiseRefs() {
			src.PromiseNumbers[p.ID] = i + 1
		}
	}
	return model.Agenda(src, today)
}

func TestAgendaSource(t *testing.T) {
	ctx := t.Context()
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)
	s, err := db.Open(ctx, filepath.Join(t.TempDir(), "handoff.db"), db.WithActor("tester"), db.WithNow(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	today := model.DateOf(now)
	people, err := s.Directory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	check := func(t *testing.T) {
		t.Helper()
		for _, p := range people {
			src, err := s.AgendaSource(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			got, want := model.Agenda(src, today), agendaFromDossiers(t, s, p, today)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the store's agenda\n%+v\nwant\n%+v", p.Name, got, want)
			}
		}
	}
	person := func(name string) model.Person {
		p, _ := model.FindPerson(people, name)
		return p
	}
	keys := func(name string) []string {
		src, err := s.AgendaSource(ctx, person(name).ID)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range model.Agenda(src, today) {
			out = append(out, it.Key)
		}
		return out
	}

	t.Run("Sample", func(t *testing.T) {
		check(t)
		if n := len(keys("Anna Kowalska")); n != 8 {
			t.Errorf("Anna has %d items, want 8 (2 gaps, 5 terms, 1 sign-off)", n)
		}
	})
	t.Run("SignedOff", func(t *testing.T) {
		deals, _ := s.Deals(ctx)
		sap, _ := model.FindDeal(deals, "SAP")
		if _, err := s.Sign(ctx, sap.ID, person("Anna Kowalska").ID, model.RolePresales); err != nil {
			t.Fatal(err)
		}
		for _, k := range keys("Anna Kowalska") {
			if k == "signoff-2-presales" {
				t.Error("a signed report still waits for its signer")
			}
		}
		check(t)
	})
	t.Run("Archived", func(t *testing.T) {
		deals, _ := s.Deals(ctx)
		sap, _ := model.FindDeal(deals, "SAP")
		sap.Archived = true
		if err := s.UpdateDeal(ctx, &sap); err != nil {
			t.Fatal(err)
		}
		if got := keys("Lukas Hoffmann"); len(got) != 0 {
			t.Errorf("an archived deal's gaps on the agenda: %v", got)
		}
		check(t)
	})
	t.Run("Deleted", func(t *testing.T) {
		deals, _ := s.Deals(ctx)
		consulting, _ := model.FindDeal(deals, "Process")
		if err := s.DeleteDeal(ctx, consulting.ID, consulting.Version); err != nil {
			t.Fatal(err)
		}
		src, err := s.AgendaSource(ctx, person("Anna Kowalska").ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range model.Agenda(src, today) {
			if it.DealID == consulting.ID {
				t.Errorf("a deleted deal's item on the agenda: %+v", it)
			}
		}
		check(t)
	})
	t.Run("NotFound", func(t *testing.T) {
		if _, err := s.AgendaSource(ctx, 9999); err == nil {
			t.Error("an agenda for nobody")
		}
	})
}
