package db_test

import (
	"bytes"
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
