package db_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"handoff/db"
	"handoff/model"
)

func emptyStore(t *testing.T) *db.Store {
	t.Helper()
	s, err := db.Open(t.Context(), filepath.Join(t.TempDir(), "handoff.db"), db.WithActor("tester"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// roundTrip writes the archive as a file holds it and reads it back.
func roundTrip(t *testing.T, a model.Archive) (model.Archive, error) {
	t.Helper()
	b, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	return db.UnmarshalArchive(b)
}

// A file that is wrong is refused whole, and the message names the JSON
// path of the bad value in words (never a Go type, never "changed by
// someone else").
func TestImportRefusesABadFileNamingThePath(t *testing.T) {
	cases := []struct {
		name   string
		change func(a *model.Archive)
		raw    func(s string) string // an edit of the file's text, when the model cannot hold the value
		want   string
	}{
		{"RepeatedID", func(a *model.Archive) { a.Deals[0].Promises[1].ID = a.Deals[0].Promises[0].ID }, nil,
			"deals[0].promises[1].id: promise"},
		{"RepeatedIDAcrossDeals", func(a *model.Archive) { a.Deals[2].Gaps[0].ID = a.Deals[0].Gaps[0].ID }, nil,
			"deals[2].gaps[0].id: gap"},
		{"MissingPerson", func(a *model.Archive) { a.Deals[1].Promises[2].PromisedBy = 999 }, nil,
			"deals[1].promises[2].promised_by: refers to person 999, which the file does not contain"},
		{"NegativeVersion", func(a *model.Archive) { a.Deals[0].Promises[0].Version = -1 }, nil,
			"deals[0].promises[0].version: -1 is not a version"},
		{"DateOutOfRange", func(a *model.Archive) { a.Deals[2].Promises[5].Due = model.NewDate(2300, 1, 1) }, nil,
			"deals[2].promises[5].due: 2300-01-01 is outside the years 1900–2199"},
		{"DateBeforeRange", func(a *model.Archive) { a.Deals[0].Deal.CloseDate = model.NewDate(1026, 12, 1) }, nil,
			"deals[0].deal.close_date: 1026-12-01 is outside the years 1900–2199"},
		{"NotADate", nil, func(s string) string { return strings.Replace(s, `"due": "20`, `"due": "2027-13-45`+`x`, 1) },
			"is not a date (use YYYY-MM-DD)"},
		{"DateAsNumber", nil, func(s string) string { return strings.Replace(s, `"made_on": "`, `"made_on": 20261201, "x": "`, 1) },
			"made_on: should be text, not the number 20261201"},
		{"BudgetTooLarge", func(a *model.Archive) { a.Deals[1].Promises[0].BudgetDays = 1e9 }, nil,
			"deals[1].promises[0].budget_days is more than 1000000 person-days"},
		{"EffortNegative", func(a *model.Archive) { a.Deals[0].Assessments[0].EffortDays = -4 }, nil,
			"deals[0].assessments[0].effort_days cannot be negative"},
		{"MoneyTooLarge", func(a *model.Archive) { a.Deals[0].Deal.Value.Minor = model.MaxMinor + 1 }, nil,
			"deals[0].deal.value.minor is too large"},
		{"MoneyOverflow", nil, func(s string) string { return strings.Replace(s, `"minor": `, `"minor": 1e30, "x": `, 1) },
			"deals[0].deal.value.minor: should be a whole number (within range), not the number 1e30"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := model.SampleArchive()
			if c.change != nil {
				c.change(&a)
			}
			b, err := db.MarshalArchive(a)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			if c.raw != nil {
				text = c.raw(text)
			}
			s := emptyStore(t)
			read, err := db.UnmarshalArchive([]byte(text))
			if err == nil {
				_, err = s.Import(t.Context(), read)
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one saying %q", err, c.want)
			}
			for _, jargon := range []string{"Go ", "model.", "int64", "float64", "changed by someone else", "unmarshal"} {
				if strings.Contains(err.Error(), jargon) {
					t.Errorf("the error speaks of %q: %v", jargon, err)
				}
			}
			if ds, _ := s.Deals(t.Context()); len(ds) != 0 {
				t.Errorf("a refused import left %d deals", len(ds))
			}
		})
	}
}

func TestImportTwiceIsRefusedAsDuplicates(t *testing.T) {
	s := emptyStore(t)
	ctx := t.Context()
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	exported, err := s.Export(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// One of the three deals renamed is no longer the same deal.
	exported.Deals[1].Deal.Name += " (copy)"
	again, err := roundTrip(t, exported)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Import(ctx, again)
	var dup *db.DuplicateError
	if !errors.As(err, &dup) || err.Error() != "2 of 3 deals already exist in this database" {
		t.Fatalf("second import: %v", err)
	}
	if ds, _ := s.Deals(ctx); len(ds) != 3 {
		t.Fatalf("%d deals after a refused import, want 3", len(ds))
	}
	if _, err := s.Import(ctx, again, db.ImportOptions{AllowDuplicates: true}); err != nil {
		t.Fatalf("import allowing duplicates: %v", err)
	}
	if ds, _ := s.Deals(ctx); len(ds) != 6 {
		t.Fatalf("%d deals after allowing duplicates, want 6", len(ds))
	}
}

func TestImportPromisesTwiceIsRefusedAsDuplicates(t *testing.T) {
	s := emptyStore(t)
	ctx := t.Context()
	d := model.Deal{Name: "ACME", Stage: model.StageLead}
	rows := func(titles ...string) []model.PromiseRow {
		var out []model.PromiseRow
		for i, title := range titles {
			p := model.NewPromise(0)
			p.Title, p.SourceRef = title, "Proposal §"+string(rune('1'+i))
			out = append(out, model.PromiseRow{Line: i + 2, Promise: p})
		}
		return out
	}
	if _, err := s.CreateDealWithPromises(ctx, &d, rows("SSO", "Nightly export")...); err != nil {
		t.Fatal(err)
	}
	// The same file again; the same titles with other case and spacing are
	// the same promises.
	_, err := s.ImportPromises(ctx, d.ID, rows("sso", "Nightly  export", "Audit log")...)
	if err == nil || err.Error() != "2 of 3 promises already exist in “ACME”" {
		t.Fatalf("second import: %v", err)
	}
	if dd, _ := s.Dossier(ctx, d.ID); len(dd.Promises) != 2 {
		t.Fatalf("%d promises after a refused import, want 2", len(dd.Promises))
	}
	// Another source reference is another promise.
	other := rows("SSO")
	other[0].Promise.SourceRef = "Call 12 May"
	if _, err := s.ImportPromises(ctx, d.ID, other...); err != nil {
		t.Fatalf("a promise from another source: %v", err)
	}
	if _, err := s.ImportPromisesWith(ctx, d.ID, db.ImportOptions{AllowDuplicates: true}, rows("SSO", "Nightly export")...); err != nil {
		t.Fatalf("allowing duplicates: %v", err)
	}
	if dd, _ := s.Dossier(ctx, d.ID); len(dd.Promises) != 5 {
		t.Fatalf("%d promises, want 5", len(dd.Promises))
	}
}
