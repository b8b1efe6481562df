package db_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// TestCarryOverSignOffs: a database made before the canonical hash (schema
// 7, sign-offs hashed over the English page) is opened by this version. It
// is built here the way the older version left it: the sample deals signed
// with the legacy hash of their data (model.LegacyReportHash, the hashing
// of that version kept as it was), the columns of migration 0008 dropped
// and the schema set back to 7. A sign-off that still matches the deal
// becomes canonical and stays unchanged; one that no longer matches stays
// as it was and still reads changed, naming the section.
func TestCarryOverSignOffs(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "handoff.db")
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	s, err := db.Open(ctx, path, db.WithActor("tester"), db.WithNow(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		t.Fatal(err)
	}
	var signs []model.SignOff
	for _, deal := range []int64{1, 1, 2} {
		so, err := s.Sign(ctx, deal, 6, model.RoleDelivery)
		if err != nil {
			t.Fatal(err)
		}
		signs = append(signs, so)
	}
	d1, err := s.Dossier(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	d2, err := s.Dossier(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	// As the older version recorded them: the second sign-off of deal 1
	// was over a promise title that has been edited since.
	raw := rawOpen(t, path)
	edited := *d1
	edited.Promises = slices.Clone(d1.Promises)
	edited.Promises[0].Title += " (as it was)"
	legacy := map[int64]*model.Dossier{signs[0].ID: d1, signs[1].ID: &edited, signs[2].ID: d2}
	for id, d := range legacy {
		overall, per := model.LegacyReportHash(d)
		if !model.IsLegacyHash(overall) {
			t.Fatalf("legacy hash %q", overall)
		}
		if _, err := raw.ExecContext(ctx, "UPDATE signoffs SET report_hash = ?, sections = ? WHERE id = ?",
			overall, mustJSON(t, per), id); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{undoBlockerRows[0], undoBlockerRows[1], undoBlockerRows[2],
		"DROP TABLE outcomes", "DROP TABLE change_requests", "DROP TABLE baselines", "ALTER TABLE deals DROP COLUMN report_lang", "ALTER TABLE terms DROP COLUMN equivalents",
		"PRAGMA user_version = 7"} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	s, err = db.Open(ctx, path, db.WithActor("tester"), db.WithNow(func() time.Time { return now.Add(time.Hour) }))
	if err != nil {
		t.Fatalf("Open the older file: %v", err)
	}
	defer s.Close()
	if s.Backup() == "" {
		t.Error("the older file was not copied aside before upgrading")
	}
	for _, deal := range []int64{1, 2} {
		d, err := s.Dossier(ctx, deal)
		if err != nil {
			t.Fatal(err)
		}
		changes := model.SignOffChanges(d)
		for _, so := range d.SignOffs {
			switch so.ID {
			case signs[0].ID, signs[2].ID:
				if !strings.HasPrefix(so.ReportHash, model.CanonicalPrefix) {
					t.Errorf("sign-off %d still has %q, want it carried over", so.ID, so.ReportHash)
				}
				for name, h := range so.Sections {
					if !strings.HasPrefix(h, model.CanonicalPrefix) {
						t.Errorf("sign-off %d section %s: %q", so.ID, name, h)
					}
				}
				if changes[so.ID] != nil {
					t.Errorf("sign-off %d: changed %q after the carry-over, want unchanged", so.ID, changes[so.ID])
				}
				if want, _ := model.ReportHash(d); so.ReportHash != want {
					t.Errorf("sign-off %d: %q, want the deal's canonical hash %q", so.ID, so.ReportHash, want)
				}
			case signs[1].ID:
				if !model.IsLegacyHash(so.ReportHash) {
					t.Errorf("the changed sign-off was rewritten to %q", so.ReportHash)
				}
				if got := changes[so.ID]; !slices.Equal(got, []string{"promises", "reality"}) {
					t.Errorf("the changed sign-off reads changed %q, want promises, reality", got)
				}
			}
		}
	}
	// Opening it again changes nothing more.
	d1, _ = s.Dossier(ctx, 1)
	if got := model.ChangesSinceSignOff(d1); got == nil {
		t.Error("the latest sign-off of deal 1 (the changed one) reads unchanged")
	}
}
