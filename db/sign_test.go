package db_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"handoff/db"
	"handoff/model"
)

// A sign-off keeps who recorded it beside who signed, and how many
// blockers the deal had; both survive an export and import unchanged.
func TestSignKeepsRecorderAndBlockers(t *testing.T) {
	f := newFixture(t).withDeal()
	f.promise(f.deal, "Monthly invoice export", f.people[model.RoleSales]) // unanswered: a blocker
	d, err := f.s.Dossier(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	blockers := len(d.Readiness().Blockers)
	if blockers == 0 {
		t.Fatal("the deal has no blockers; the test needs some")
	}
	so, err := f.s.Sign(f.ctx, f.deal, f.people[model.RoleDelivery], model.RoleDelivery)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := f.s.SignOffByID(f.ctx, so.ID)
	if err != nil {
		t.Fatal(err)
	}
	if stored.RecordedBy != testActor || stored.Blockers != blockers {
		t.Errorf("stored %q, %d blockers; want %q, %d", stored.RecordedBy, stored.Blockers, testActor, blockers)
	}

	a, err := f.s.Export(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	first, err := db.MarshalArchive(a)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(first, []byte(`"recorded_by": "`+testActor+`"`)) {
		t.Errorf("the export does not hold who recorded the sign-off")
	}
	other, err := db.Open(f.ctx, filepath.Join(t.TempDir(), "other.db"), db.WithActor("someone else"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := other.Import(f.ctx, a); err != nil {
		t.Fatal(err)
	}
	b, err := other.Export(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	again, err := db.MarshalArchive(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, again) {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", first, again)
	}
}
