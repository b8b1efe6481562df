package db_test

import (
	"bytes"
	"fmt"
	"slices"
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

// writeHook is a writer that runs hook once, at its first write: by then
// the export has read its first deals and not its last ones.
type writeHook struct {
	buf  bytes.Buffer
	hook func()
}

func (w *writeHook) Write(p []byte) (int, error) {
	if w.hook != nil {
		w.hook()
		w.hook = nil
	}
	return w.buf.Write(p)
}

// TestWriteExportOneMoment: an export is of one moment even when another
// process changes the file while it is written: its last deal changed, a
// promise of a deal in the middle removed and a deal added, all between
// the export's first deals and its last, are not in it; the export after
// has them. The whole file is read a table at a time, a choice of deals
// a deal at a time; both are checked.
func TestWriteExportOneMoment(t *testing.T) {
	f := newFixture(t)
	if err := f.s.Generate(f.ctx, db.GenerateSpec{Deals: 40, Promises: 30, Seed: 9}); err != nil {
		t.Fatal(err)
	}
	other, err := db.Open(f.ctx, f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	list, err := f.s.DealSummaries(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, sm := range list {
		ids = append(ids, sm.Deal.ID)
	}
	slices.Sort(ids)
	round := 0
	for _, choice := range [][]int64{nil, ids} {
		var before bytes.Buffer
		if err := f.s.WriteExport(f.ctx, &before, choice...); err != nil {
			t.Fatal(err)
		}
		if before.Len() < 200<<10 {
			t.Fatalf("the export is %d bytes, too small to be written in several pieces", before.Len())
		}
		round++
		title := fmt.Sprintf("Changed while exported %d", round)
		w := &writeHook{hook: func() {
			last, err := other.Promises(f.ctx, ids[len(ids)-1])
			if err != nil {
				t.Fatal(err)
			}
			last[0].Title = title
			if err := other.UpdatePromise(f.ctx, &last[0]); err != nil {
				t.Fatal(err)
			}
			mid, err := other.Promises(f.ctx, ids[len(ids)/2])
			if err != nil {
				t.Fatal(err)
			}
			if err := other.DeletePromise(f.ctx, mid[1].ID, mid[1].Version); err != nil {
				t.Fatal(err)
			}
			d := model.Deal{Name: fmt.Sprintf("Added while exported %d", round), Customer: "Someone", Stage: model.StageProposal}
			if err := other.CreateDeal(f.ctx, &d); err != nil {
				t.Fatal(err)
			}
		}}
		if err := f.s.WriteExport(f.ctx, w, choice...); err != nil {
			t.Fatal(err)
		}
		if w.hook != nil {
			t.Fatal("the export was written in one piece: nothing was changed during it")
		}
		if !bytes.Equal(w.buf.Bytes(), before.Bytes()) {
			t.Fatalf("the export written while the file changed is not the export of before (choice %v)", choice != nil)
		}
		var after bytes.Buffer
		if err := f.s.WriteExport(f.ctx, &after, choice...); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(after.Bytes(), []byte(title)) || bytes.Equal(after.Bytes(), before.Bytes()) {
			t.Fatal("the export after does not have the changes")
		}
		sameExport(t, f, choice...)
	}
}
