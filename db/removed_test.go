package db_test

import (
	"errors"
	"strings"
	"testing"

	"handoff/model"
)

// A row may keep naming someone removed from the directory, but nothing
// may start to name them.
func TestRemovedPeople(t *testing.T) {
	f := newFixture(t).withDeal()
	sales := f.people[model.RoleSales]
	p := f.promise(f.deal, "Monthly invoice export", sales)
	person, err := f.s.Person(f.ctx, sales)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.DeletePerson(f.ctx, person.ID, person.Version); err != nil {
		t.Fatal(err)
	}

	// Editing the promise that names them still works.
	p.Title = "Monthly invoice export as CSV"
	if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
		t.Fatalf("editing a promise by someone removed: %v", err)
	}
	// A new promise, or a gap owner, cannot name them.
	q := model.NewPromise(f.deal)
	q.Title, q.PromisedBy = "Nightly stock report", sales
	err = f.s.CreatePromise(f.ctx, &q)
	if !errors.Is(err, model.ErrInvalid) || !strings.Contains(err.Error(), "removed from the directory") {
		t.Fatalf("a new promise by someone removed: %v", err)
	}
	gaps, _ := f.s.Gaps(f.ctx, f.deal)
	g := gaps[0]
	g.Owner = sales
	if err := f.s.UpdateGap(f.ctx, &g); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("a removed person as a gap's new owner: %v", err)
	}
	// Restored, they can be named again.
	if _, err := f.s.RestorePerson(f.ctx, sales); err != nil {
		t.Fatal(err)
	}
	if err := f.s.CreatePromise(f.ctx, &q); err != nil {
		t.Fatalf("after restoring: %v", err)
	}
}

// Someone removed keeps their name wherever a row names them: the
// directory the screens read and a deal's dossier hold them, marked, and
// the report names them with "(removed)".
func TestRemovedPeopleKeepTheirName(t *testing.T) {
	f := newFixture(t).withDeal()
	sales := f.people[model.RoleSales]
	f.promise(f.deal, "Monthly invoice export", sales)
	person, err := f.s.Person(f.ctx, sales)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.s.DeletePerson(f.ctx, person.ID, person.Version); err != nil {
		t.Fatal(err)
	}
	live, err := f.s.People(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range live {
		if p.ID == sales {
			t.Fatal("the directory still lists someone removed")
		}
	}
	all, err := f.s.Directory(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := model.PersonName(all, sales); got != person.Name+" (removed)" {
		t.Errorf("directory name %q", got)
	}
	d, err := f.s.Dossier(f.ctx, f.deal)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.PersonName(sales); got != person.Name+" (removed)" {
		t.Errorf("dossier name %q", got)
	}
	if md := model.Report(d, f.s.Now()); !strings.Contains(md, model.EscapeCell(person.Name)+" (removed)") {
		t.Errorf("the report does not name %s (removed):\n%s", person.Name, md)
	}
}
