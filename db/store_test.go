package db_test

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// kind describes one stored type to the checks every type must pass.
type kind[T any] struct {
	entity string // its name in the history
	// setup prepares what values of the type need (people, a deal).
	setup func(f *fixture)
	// valid is a new valid value; n tells values apart. It may write (an
	// assessment needs a promise of its own), so call it before counting.
	valid func(f *fixture, n int) T
	ids   func(v *T) (id, version *int64)
	// deal is the deal the value's history belongs to (0 for none).
	deal   func(f *fixture, v T) int64
	create func(f *fixture, v *T) error
	// read reads the stored row v stands for.
	read    func(f *fixture, v T) (T, error)
	list    func(f *fixture) ([]T, error)
	update  func(f *fixture, v *T) error // nil when the type cannot be edited
	edit    func(f *fixture, v *T)       // a valid change
	remove  func(f *fixture, id, version int64) error
	restore func(f *fixture, id int64) (T, error) // nil when removal cannot be undone
	// invalid breaks a rule Validate checks; the error must name field with
	// a message containing msg.
	invalid    func(v *T)
	field, msg string
	// refs point a value at something that does not exist.
	refs []badRef[T]
}

// badRef is a reference to nothing, and how the store must refuse it.
type badRef[T any] struct {
	name       string
	set        func(v *T)
	field, msg string
	onUpdate   bool // also check it on an update
}

// find reads a value by id out of a list, for types with no read by id.
func find[T any](list []T, ids func(*T) (*int64, *int64), id int64) (T, error) {
	for i := range list {
		if got, _ := ids(&list[i]); *got == id {
			return list[i], nil
		}
	}
	var zero T
	return zero, model.ErrNotFound
}

func (k kind[T]) id(v T) int64      { id, _ := k.ids(&v); return *id }
func (k kind[T]) version(v T) int64 { _, ver := k.ids(&v); return *ver }

// stored reads v back and fails unless it is stored exactly as want.
func (k kind[T]) stored(f *fixture, v T, want T) {
	f.t.Helper()
	got, err := k.read(f, v)
	if err != nil {
		f.t.Fatalf("read %s %d: %v", k.entity, k.id(v), err)
	}
	if !reflect.DeepEqual(got, want) {
		f.t.Fatalf("stored %s:\n got %+v\nwant %+v", k.entity, got, want)
	}
}

// listed reports whether a live row with id is in the list.
func (k kind[T]) listed(f *fixture, id int64) bool {
	f.t.Helper()
	list, err := k.list(f)
	if err != nil {
		f.t.Fatalf("list %s: %v", k.entity, err)
	}
	_, err = find(list, k.ids, id)
	return err == nil
}

func (k kind[T]) count(f *fixture) int {
	f.t.Helper()
	list, err := k.list(f)
	if err != nil {
		f.t.Fatalf("list %s: %v", k.entity, err)
	}
	return len(list)
}

func (k kind[T]) fixture(t *testing.T) *fixture {
	f := newFixture(t)
	k.setup(f)
	return f
}

// mustCreate stores a new valid value.
func (k kind[T]) mustCreate(f *fixture, n int) T {
	f.t.Helper()
	v := k.valid(f, n)
	if err := k.create(f, &v); err != nil {
		f.t.Fatalf("create %s: %v", k.entity, err)
	}
	return v
}

// run runs the checks every stored type must pass, each as a subtest named
// for its case.
// Every case has a file of its own, so they run in parallel.
func (k kind[T]) run(t *testing.T) {
	t.Parallel()
	parallel := func(test func(*testing.T)) func(*testing.T) {
		return func(t *testing.T) { t.Parallel(); test(t) }
	}
	t.Run("OK", parallel(k.testOK))
	t.Run("ErrNotFound", parallel(k.testNotFound))
	t.Run("ErrConflict", parallel(k.testConflict))
	t.Run("Invalid", parallel(k.testInvalid))
	for _, r := range k.refs {
		t.Run(r.name, parallel(func(t *testing.T) { k.testRef(t, r) }))
	}
}

// testOK: create, read, list, update, delete, restore, each with one event.
func (k kind[T]) testOK(t *testing.T) {
	f := k.fixture(t)
	v := k.valid(f, 1)
	since := f.lastEvent()
	f.clk.tick()
	if err := k.create(f, &v); err != nil {
		t.Fatalf("create: %v", err)
	}
	id := k.id(v)
	if id <= 0 || k.version(v) != 1 {
		t.Fatalf("after create: id %d version %d, want an id and version 1", id, k.version(v))
	}
	e := f.expectEvent(since, k.entity, id, "create", k.deal(f, v))
	if e.Before != "" || e.After != mustJSON(t, v) {
		t.Errorf("create event before %q after %q, want \"\" and %s", e.Before, e.After, mustJSON(t, v))
	}
	k.stored(f, v, v)
	if !k.listed(f, id) {
		t.Fatalf("%s %d not listed after create", k.entity, id)
	}
	other := k.mustCreate(f, 2)
	if k.id(other) == id {
		t.Fatalf("two %ss got the same id %d", k.entity, id)
	}

	cur := v
	if k.update != nil {
		w := cur
		k.edit(f, &w)
		if reflect.DeepEqual(w, cur) {
			t.Fatal("edit changed nothing")
		}
		since = f.lastEvent()
		f.clk.tick()
		if err := k.update(f, &w); err != nil {
			t.Fatalf("update: %v", err)
		}
		if k.version(w) != 2 {
			t.Errorf("version after update %d, want 2", k.version(w))
		}
		e := f.expectEvent(since, k.entity, id, "update", k.deal(f, w))
		if e.Before != mustJSON(t, cur) || e.After != mustJSON(t, w) {
			t.Errorf("update event:\nbefore %s\n want  %s\nafter  %s\n want  %s", e.Before, mustJSON(t, cur), e.After, mustJSON(t, w))
		}
		k.stored(f, w, w)
		cur = w
	}

	since = f.lastEvent()
	f.clk.tick()
	if err := k.remove(f, id, k.version(cur)); err != nil {
		t.Fatalf("delete: %v", err)
	}
	e = f.expectEvent(since, k.entity, id, "delete", k.deal(f, cur))
	if e.Before != mustJSON(t, cur) || e.After != "" {
		t.Errorf("delete event before %s after %q, want %s and \"\"", e.Before, e.After, mustJSON(t, cur))
	}
	if _, err := k.read(f, cur); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("read after delete: %v, want ErrNotFound", err)
	}
	if k.listed(f, id) {
		t.Errorf("%s %d still listed after delete", k.entity, id)
	}
	if !k.listed(f, k.id(other)) {
		t.Errorf("deleting %s %d took %d with it", k.entity, id, k.id(other))
	}

	if k.restore != nil {
		since = f.lastEvent()
		f.clk.tick()
		r, err := k.restore(f, id)
		if err != nil {
			t.Fatalf("restore: %v", err)
		}
		if k.version(r) != k.version(cur)+2 {
			t.Errorf("version after delete and restore %d, want %d", k.version(r), k.version(cur)+2)
		}
		e := f.expectEvent(since, k.entity, id, "restore", k.deal(f, r))
		if e.Before != "" || e.After != mustJSON(t, r) {
			t.Errorf("restore event before %q after %s, want \"\" and %s", e.Before, e.After, mustJSON(t, r))
		}
		want := cur
		_, ver := k.ids(&want)
		*ver = k.version(r)
		k.stored(f, r, want)
		if !k.listed(f, id) {
			t.Errorf("%s %d not listed after restore", k.entity, id)
		}
	}
}

// testNotFound: missing and deleted rows cannot be read, changed, deleted or
// restored, and trying writes nothing.
func (k kind[T]) testNotFound(t *testing.T) {
	f := k.fixture(t)
	ghost := k.valid(f, 1)
	gid, gver := k.ids(&ghost)
	*gid, *gver = missingID, 1
	since := f.lastEvent()
	if _, err := k.read(f, ghost); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("read missing: %v, want ErrNotFound", err)
	}
	if k.update != nil {
		if err := k.update(f, &ghost); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("update missing: %v, want ErrNotFound", err)
		}
	}
	if err := k.remove(f, missingID, 1); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("delete missing: %v, want ErrNotFound", err)
	}
	if k.restore != nil {
		if _, err := k.restore(f, missingID); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("restore missing: %v, want ErrNotFound", err)
		}
	}
	f.expectNoEvents(since)

	v := k.mustCreate(f, 2)
	id := k.id(v)
	if k.restore != nil {
		since = f.lastEvent()
		if _, err := k.restore(f, id); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("restore a live row: %v, want ErrNotFound", err)
		}
		f.expectNoEvents(since)
		k.stored(f, v, v)
	}
	if err := k.remove(f, id, k.version(v)); err != nil {
		t.Fatalf("delete: %v", err)
	}
	deleted := v
	_, ver := k.ids(&deleted)
	*ver = k.version(v) + 1 // as the store bumped it
	since = f.lastEvent()
	if _, err := k.read(f, v); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("read deleted: %v, want ErrNotFound", err)
	}
	for _, w := range []T{v, deleted} {
		if k.update != nil {
			w := w
			k.edit(f, &w)
			if err := k.update(f, &w); !errors.Is(err, model.ErrNotFound) {
				t.Errorf("update deleted (version %d): %v, want ErrNotFound", k.version(w), err)
			}
		}
		if err := k.remove(f, id, k.version(w)); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("delete deleted (version %d): %v, want ErrNotFound", k.version(w), err)
		}
	}
	f.expectNoEvents(since)
	if k.listed(f, id) {
		t.Errorf("deleted %s %d listed", k.entity, id)
	}
}

// testConflict: a change made on a stale version is refused and changes
// nothing.
func (k kind[T]) testConflict(t *testing.T) {
	f := k.fixture(t)
	v := k.mustCreate(f, 1)
	id := k.id(v)
	stale := v
	cur := v
	if k.update != nil {
		k.edit(f, &cur)
		if err := k.update(f, &cur); err != nil {
			t.Fatalf("update: %v", err)
		}
		since := f.lastEvent()
		w := stale
		k.edit(f, &w)
		if err := k.update(f, &w); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("update on a stale version: %v, want ErrConflict", err)
		}
		if k.version(w) != k.version(stale) {
			t.Errorf("a refused update changed the caller's version to %d", k.version(w))
		}
		f.expectNoEvents(since)
		k.stored(f, cur, cur)
	} else if k.restore != nil {
		// Bump the version the only way the type allows.
		if err := k.remove(f, id, k.version(cur)); err != nil {
			t.Fatal(err)
		}
		var err error
		if cur, err = k.restore(f, id); err != nil {
			t.Fatal(err)
		}
	}
	// A delete with the stale version, or (for a type whose version
	// nothing can move on) with one that was never the row's.
	wrong := []int64{k.version(stale), k.version(cur) + 1}
	if k.version(stale) == k.version(cur) {
		wrong = wrong[1:]
	}
	for _, version := range wrong {
		since := f.lastEvent()
		if err := k.remove(f, id, version); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("delete with version %d (the row has %d): %v, want ErrConflict", version, k.version(cur), err)
		}
		f.expectNoEvents(since)
		k.stored(f, cur, cur)
		if !k.listed(f, id) {
			t.Errorf("%s %d gone after a refused delete", k.entity, id)
		}
	}
}

// testInvalid: a value that breaks a rule is refused with the field named,
// and nothing is written.
func (k kind[T]) testInvalid(t *testing.T) {
	f := k.fixture(t)
	v := k.valid(f, 1)
	k.invalid(&v)
	n := k.count(f)
	since := f.lastEvent()
	expectInvalid(t, k.create(f, &v), k.field, k.msg)
	f.expectNoEvents(since)
	if got := k.count(f); got != n {
		t.Errorf("a refused create left %d rows, want %d", got, n)
	}
	if k.update == nil {
		return
	}
	w := k.mustCreate(f, 2)
	bad := w
	k.invalid(&bad)
	since = f.lastEvent()
	expectInvalid(t, k.update(f, &bad), k.field, k.msg)
	f.expectNoEvents(since)
	k.stored(f, w, w)
}

// testRef: a reference to nothing is refused, and nothing is written.
func (k kind[T]) testRef(t *testing.T, r badRef[T]) {
	f := k.fixture(t)
	v := k.valid(f, 1)
	r.set(&v)
	n := k.count(f)
	since := f.lastEvent()
	expectInvalid(t, k.create(f, &v), r.field, r.msg)
	f.expectNoEvents(since)
	if got := k.count(f); got != n {
		t.Errorf("a refused create left %d rows, want %d", got, n)
	}
	if !r.onUpdate || k.update == nil {
		return
	}
	w := k.mustCreate(f, 2)
	bad := w
	r.set(&bad)
	since = f.lastEvent()
	expectInvalid(t, k.update(f, &bad), r.field, r.msg)
	f.expectNoEvents(since)
	k.stored(f, w, w)
}

// noSetup is the setup of types that need nothing.
func noSetup(*fixture) {}

// onFixtureDeal is the deal function of types that live on the fixture's deal.
func onFixtureDeal[T any](f *fixture, _ T) int64 { return f.deal }

func TestPerson(t *testing.T) {
	kind[model.Person]{
		entity: "person",
		setup:  noSetup,
		valid: func(f *fixture, n int) model.Person {
			return model.Person{Name: fmt.Sprintf("Ada %d", n), Role: model.RolePresales, Email: "ada@example.com"}
		},
		ids:    func(p *model.Person) (*int64, *int64) { return &p.ID, &p.Version },
		deal:   func(*fixture, model.Person) int64 { return 0 },
		create: func(f *fixture, p *model.Person) error { return f.s.CreatePerson(f.ctx, p) },
		read:   func(f *fixture, p model.Person) (model.Person, error) { return f.s.Person(f.ctx, p.ID) },
		list:   func(f *fixture) ([]model.Person, error) { return f.s.People(f.ctx) },
		update: func(f *fixture, p *model.Person) error { return f.s.UpdatePerson(f.ctx, p) },
		edit: func(_ *fixture, p *model.Person) {
			p.Name += " Lovelace"
			p.Role = model.RoleDelivery
			p.Email = ""
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeletePerson(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Person, error) { return f.s.RestorePerson(f.ctx, id) },
		invalid: func(p *model.Person) { p.Name = "  " },
		field:   "name", msg: "is required",
	}.run(t)

	t.Run("BadEmail", func(t *testing.T) {
		f := newFixture(t)
		p := model.Person{Name: "Bob", Role: model.RoleSales, Email: "bob at example"}
		expectInvalid(t, f.s.CreatePerson(f.ctx, &p), "email", "is not an email address")
	})

	t.Run("ListOrder", func(t *testing.T) {
		f := newFixture(t)
		for _, name := range []string{"carol", "Bob", "alice", "Álvaro", "bob"} {
			p := model.Person{Name: name, Role: model.RoleOther}
			if err := f.s.CreatePerson(f.ctx, &p); err != nil {
				t.Fatal(err)
			}
		}
		list, err := f.s.People(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range list {
			got = append(got, p.Name)
		}
		// By name ignoring ASCII case, then in the order they were added.
		want := []string{"alice", "Bob", "bob", "carol", "Álvaro"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("People order %q, want %q", got, want)
		}
	})
}

func TestDeal(t *testing.T) {
	kind[model.Deal]{
		entity: "deal",
		setup:  func(f *fixture) { f.withPeople() },
		valid: func(f *fixture, n int) model.Deal {
			return model.Deal{
				Name: fmt.Sprintf("Deal %d", n), Customer: "Acme", Stage: model.StageQualified,
				Value:     model.Money{Minor: 1234567, Currency: "EUR"},
				CloseDate: model.MustDate("2026-06-30"),
				Owners:    model.Owners{Sales: f.people[model.RoleSales], Delivery: f.people[model.RoleDelivery]},
				WhyBuy:    "Month-end close takes nine days", Notes: "Budget holder is the CFO",
				NotSold: []string{"Data migration", "Training"},
			}
		},
		ids:    func(d *model.Deal) (*int64, *int64) { return &d.ID, &d.Version },
		deal:   func(_ *fixture, d model.Deal) int64 { return d.ID },
		create: func(f *fixture, d *model.Deal) error { return f.s.CreateDeal(f.ctx, d) },
		read:   func(f *fixture, d model.Deal) (model.Deal, error) { return f.s.Deal(f.ctx, d.ID) },
		list:   func(f *fixture) ([]model.Deal, error) { return f.s.Deals(f.ctx) },
		update: func(f *fixture, d *model.Deal) error { return f.s.UpdateDeal(f.ctx, d) },
		edit: func(f *fixture, d *model.Deal) {
			d.Stage = model.StageNegotiation
			d.Value = model.Money{Minor: 99, Currency: "JPY"}
			d.Owners.Presales = f.people[model.RolePresales]
			d.Owners.Delivery = 0
			d.NotSold = []string{"Training"}
			d.Archived = true
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeleteDeal(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Deal, error) { return f.s.RestoreDeal(f.ctx, id) },
		invalid: func(d *model.Deal) { d.Name = "" },
		field:   "name", msg: "is required",
		refs: []badRef[model.Deal]{{
			name: "UnknownPerson", set: func(d *model.Deal) { d.Owners.Presales = missingID },
			field: "owners", msg: "that person does not exist", onUpdate: true,
		}},
	}.run(t)

	t.Run("BadValue", func(t *testing.T) {
		f := newFixture(t)
		d := model.Deal{Name: "X", Stage: model.StageLead, Value: model.Money{Minor: 5}}
		expectInvalid(t, f.s.CreateDeal(f.ctx, &d), "currency", "is required")
		d.Value.Currency = "eur"
		expectInvalid(t, f.s.CreateDeal(f.ctx, &d), "currency", "not a currency code")
		d.Value.Currency, d.Stage = "EUR", "won't"
		expectInvalid(t, f.s.CreateDeal(f.ctx, &d), "stage", "is not a stage")
	})
}

func TestPromise(t *testing.T) {
	kind[model.Promise]{
		entity: "promise",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.Promise {
			p := model.NewPromise(f.deal)
			p.Title = fmt.Sprintf("Nightly export of invoices %d", n)
			p.Detail = "As one file per day"
			p.Priority = model.PriorityMust
			p.PromisedBy = f.people[model.RolePresales]
			p.Source, p.SourceRef = model.SourceProposal, "Proposal v3 §4.2"
			p.MadeOn, p.Due = model.MustDate("2026-01-10"), model.MustDate("2026-05-01")
			p.Problem, p.BudgetDays = "Finance rekeys invoices by hand", 4.5
			p.Verification = model.VerificationWritten
			return p
		},
		ids:    func(p *model.Promise) (*int64, *int64) { return &p.ID, &p.Version },
		deal:   onFixtureDeal[model.Promise],
		create: func(f *fixture, p *model.Promise) error { return f.s.CreatePromise(f.ctx, p) },
		read:   func(f *fixture, p model.Promise) (model.Promise, error) { return f.s.Promise(f.ctx, p.ID) },
		list:   func(f *fixture) ([]model.Promise, error) { return f.s.Promises(f.ctx, f.deal) },
		update: func(f *fixture, p *model.Promise) error { return f.s.UpdatePromise(f.ctx, p) },
		edit: func(f *fixture, p *model.Promise) {
			p.Title += " (revised)"
			p.Priority = model.PriorityCould
			p.PromisedBy = f.people[model.RoleSales]
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeletePromise(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Promise, error) { return f.s.RestorePromise(f.ctx, id) },
		invalid: func(p *model.Promise) { p.Title = "" },
		field:   "title", msg: "is required",
		refs: []badRef[model.Promise]{
			{name: "UnknownPerson", set: func(p *model.Promise) { p.PromisedBy = missingID },
				field: "promised by", msg: "that person does not exist", onUpdate: true},
			{name: "UnknownDeal", set: func(p *model.Promise) { p.DealID = missingID },
				field: "deal", msg: "that deal does not exist"},
		},
	}.run(t)

	t.Run("Revision", func(t *testing.T) {
		f := newFixture(t).withDeal()
		p := f.promise(f.deal, "Invoices as PDF", f.people[model.RoleSales])
		if p.Revision != 1 {
			t.Fatalf("new promise revision %d, want 1", p.Revision)
		}
		step := func(what string, change func(p *model.Promise), wantRev int) {
			t.Helper()
			change(&p)
			if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			got, err := f.s.Promise(f.ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Revision != wantRev || p.Revision != wantRev {
				t.Errorf("%s: revision stored %d, returned %d, want %d", what, got.Revision, p.Revision, wantRev)
			}
		}
		step("verification only", func(p *model.Promise) { p.Verification = model.VerificationConfirmed }, 1)
		step("priority and source", func(p *model.Promise) { p.Priority, p.SourceRef = model.PriorityMust, "call 3" }, 1)
		step("title", func(p *model.Promise) { p.Title = "Invoices as PDF/A" }, 2)
		step("a forged revision", func(p *model.Promise) { p.Revision = 99 }, 2)
		step("due date", func(p *model.Promise) { p.Due = model.MustDate("2026-09-01") }, 3)
		step("detail", func(p *model.Promise) { p.Detail = "Archive-grade" }, 4)
		if p.Version != 7 {
			t.Errorf("version after six edits %d, want 7", p.Version)
		}
	})

	t.Run("CannotMove", func(t *testing.T) {
		f := newFixture(t).withDeal()
		other := model.Deal{Name: "Other", Stage: model.StageLead}
		if err := f.s.CreateDeal(f.ctx, &other); err != nil {
			t.Fatal(err)
		}
		p := f.promise(f.deal, "Invoices as PDF", 0)
		before := p
		p.DealID = other.ID
		since := f.lastEvent()
		expectInvalid(t, f.s.UpdatePromise(f.ctx, &p), "deal", "cannot move")
		f.expectNoEvents(since)
		got, _ := f.s.Promise(f.ctx, p.ID)
		if !reflect.DeepEqual(got, before) {
			t.Errorf("refused move changed the promise: %+v", got)
		}
	})

	t.Run("DeletedDeal", func(t *testing.T) {
		f := newFixture(t).withDeal()
		d, _ := f.s.Deal(f.ctx, f.deal)
		if err := f.s.DeleteDeal(f.ctx, d.ID, d.Version); err != nil {
			t.Fatal(err)
		}
		p := model.NewPromise(f.deal)
		p.Title = "On a deleted deal"
		since := f.lastEvent()
		expectInvalid(t, f.s.CreatePromise(f.ctx, &p), "deal", "that deal does not exist")
		f.expectNoEvents(since)
	})

	// Creating a promise raises its derived gaps in the same change; each
	// gap's creation is an event of its own.
	t.Run("DerivedGaps", func(t *testing.T) {
		f := newFixture(t).withDeal()
		since := f.lastEvent()
		f.clk.tick()
		p := f.promise(f.deal, "Nightly invoice file", 0) // no answer, nobody promised it
		f.expectEvent(since, "promise", p.ID, "create", f.deal)
		gaps, err := f.s.Gaps(f.ctx, f.deal)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[model.GapKind]model.Gap{}
		for _, g := range gaps {
			if g.Origin != model.OriginDerived || g.PromiseID != p.ID || g.Status != model.GapOpen {
				t.Errorf("unexpected gap %+v", g)
			}
			kinds[g.Kind] = g
		}
		if len(gaps) != 2 || kinds[model.KindUnassessed].ID == 0 || kinds[model.KindUnownedPromise].ID == 0 {
			t.Fatalf("gaps %+v, want unassessed and unowned_promise", gaps)
		}
		var gapEvents int
		for _, e := range f.eventsSince(since) {
			if e.Entity != "gap" {
				continue
			}
			gapEvents++
			if e.Action != "create" || (e.EntityID != kinds[model.KindUnassessed].ID && e.EntityID != kinds[model.KindUnownedPromise].ID) {
				t.Errorf("unexpected gap event %+v", e)
			}
		}
		if gapEvents != 2 {
			t.Errorf("%d gap events, want one per derived gap (2)", gapEvents)
		}

		// Deleting the promise closes its gaps, one "resolve" event each.
		since = f.lastEvent()
		f.clk.tick()
		p, _ = f.s.Promise(f.ctx, p.ID)
		if err := f.s.DeletePromise(f.ctx, p.ID, p.Version); err != nil {
			t.Fatal(err)
		}
		f.expectEvent(since, "promise", p.ID, "delete", f.deal)
		resolved := 0
		for _, e := range f.eventsSince(since) {
			if e.Entity == "gap" && e.Action == "resolve" {
				resolved++
			}
		}
		if resolved != 2 {
			t.Errorf("%d resolve events after deleting the promise, want 2", resolved)
		}
		gaps, _ = f.s.Gaps(f.ctx, f.deal)
		for _, g := range gaps {
			if g.Status != model.GapResolved || !g.AutoResolved {
				t.Errorf("gap of a deleted promise still open: %+v", g)
			}
		}
	})
}

func TestAssessment(t *testing.T) {
	kind[model.Assessment]{
		entity: "assessment",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.Assessment {
			p := f.promise(f.deal, fmt.Sprintf("Invoice file %d", n), f.people[model.RoleSales])
			return model.Assessment{PromiseID: p.ID, Fit: model.FitFull, CanDo: "A CSV per day",
				EffortDays: 3, Earliest: model.MustDate("2026-04-01"), Confidence: model.ConfidenceHigh,
				AssessedBy: f.people[model.RoleDelivery]}
		},
		ids:    func(a *model.Assessment) (*int64, *int64) { return &a.ID, &a.Version },
		deal:   onFixtureDeal[model.Assessment],
		create: func(f *fixture, a *model.Assessment) error { return f.s.CreateAssessment(f.ctx, a) },
		// Read both ways: by its own id and as the answer to its promise.
		read: func(f *fixture, a model.Assessment) (model.Assessment, error) {
			byID, err := f.s.AssessmentByID(f.ctx, a.ID)
			byPromise, err2 := f.s.Assessment(f.ctx, a.PromiseID)
			if (err == nil) != (err2 == nil) || !reflect.DeepEqual(byID, byPromise) {
				f.t.Fatalf("assessment %d by id: %+v, %v; by promise %d: %+v, %v", a.ID, byID, err, a.PromiseID, byPromise, err2)
			}
			return byID, err
		},
		list:   func(f *fixture) ([]model.Assessment, error) { return f.s.Assessments(f.ctx, f.deal) },
		update: func(f *fixture, a *model.Assessment) error { return f.s.UpdateAssessment(f.ctx, a) },
		edit: func(f *fixture, a *model.Assessment) {
			a.Fit, a.CanDo, a.Confidence = model.FitPartial, "Weekly, not daily", model.ConfidenceLow
			a.EffortDays = 8
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeleteAssessment(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Assessment, error) { return f.s.RestoreAssessment(f.ctx, id) },
		invalid: func(a *model.Assessment) { a.Fit = "maybe" },
		field:   "fit", msg: "is not a fit",
		refs: []badRef[model.Assessment]{{
			name: "UnknownPerson", set: func(a *model.Assessment) { a.AssessedBy = missingID },
			field: "assessed by", msg: "that person does not exist", onUpdate: true,
		}},
	}.run(t)

	t.Run("AnswersCurrentRevision", func(t *testing.T) {
		f := newFixture(t).withDeal()
		p := f.promise(f.deal, "Invoice file", f.people[model.RoleSales])
		p.Title = "Invoice file, signed"
		if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
			t.Fatal(err)
		}
		at := f.clk.tick()
		a := model.Assessment{PromiseID: p.ID, Fit: model.FitFull, Confidence: model.ConfidenceHigh,
			PromiseRevision: 1, AssessedAt: at.AddDate(-1, 0, 0)}
		if err := f.s.CreateAssessment(f.ctx, &a); err != nil {
			t.Fatal(err)
		}
		got, err := f.s.Assessment(f.ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.PromiseRevision != 2 || !got.AssessedAt.Equal(at) {
			t.Errorf("answer stamped revision %d at %v, want revision 2 at %v", got.PromiseRevision, got.AssessedAt, at)
		}
		// A later edit to the promise makes the answer suspect; answering
		// again re-stamps it with the new revision and time.
		p.Detail = "Signed with the company seal"
		if err := f.s.UpdatePromise(f.ctx, &p); err != nil {
			t.Fatal(err)
		}
		at = f.clk.tick()
		if err := f.s.UpdateAssessment(f.ctx, &got); err != nil {
			t.Fatal(err)
		}
		got, _ = f.s.Assessment(f.ctx, p.ID)
		if got.PromiseRevision != 3 || !got.AssessedAt.Equal(at) {
			t.Errorf("re-answer stamped revision %d at %v, want revision 3 at %v", got.PromiseRevision, got.AssessedAt, at)
		}
	})

	t.Run("OnePerPromise", func(t *testing.T) {
		f := newFixture(t).withDeal()
		p := f.promise(f.deal, "Invoice file", f.people[model.RoleSales])
		first := model.Assessment{PromiseID: p.ID, Fit: model.FitFull, Confidence: model.ConfidenceHigh}
		if err := f.s.CreateAssessment(f.ctx, &first); err != nil {
			t.Fatal(err)
		}
		second := model.Assessment{PromiseID: p.ID, Fit: model.FitNone, Confidence: model.ConfidenceLow}
		since := f.lastEvent()
		// Two people answering the same promise at once: the second learns
		// that someone got there first.
		if err := f.s.CreateAssessment(f.ctx, &second); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("a second answer to one promise: %v, want ErrConflict", err)
		}
		f.expectNoEvents(since)
		got, _ := f.s.Assessment(f.ctx, p.ID)
		if got.ID != first.ID || got.Fit != model.FitFull {
			t.Errorf("the stored answer changed: %+v", got)
		}
		// A deleted answer cannot come back over a newer one.
		if err := f.s.DeleteAssessment(f.ctx, first.ID, first.Version); err != nil {
			t.Fatal(err)
		}
		if err := f.s.CreateAssessment(f.ctx, &second); err != nil {
			t.Fatal(err)
		}
		since = f.lastEvent()
		if _, err := f.s.RestoreAssessment(f.ctx, first.ID); !errors.Is(err, model.ErrConflict) {
			t.Fatalf("restoring an answer over a newer one: %v, want ErrConflict", err)
		}
		f.expectNoEvents(since)
	})

	t.Run("MissingPromise", func(t *testing.T) {
		f := newFixture(t).withDeal()
		a := model.Assessment{PromiseID: missingID, Fit: model.FitFull, Confidence: model.ConfidenceHigh}
		since := f.lastEvent()
		if err := f.s.CreateAssessment(f.ctx, &a); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("an answer to no promise: %v, want ErrNotFound", err)
		}
		f.expectNoEvents(since)
	})
}

func TestConstraint(t *testing.T) {
	kind[model.Constraint]{
		entity: "constraint",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.Constraint {
			return model.Constraint{DealID: f.deal, Text: fmt.Sprintf("No team free before March (%d)", n)}
		},
		ids:     func(c *model.Constraint) (*int64, *int64) { return &c.ID, &c.Version },
		deal:    onFixtureDeal[model.Constraint],
		create:  func(f *fixture, c *model.Constraint) error { return f.s.CreateConstraint(f.ctx, c) },
		read:    func(f *fixture, c model.Constraint) (model.Constraint, error) { return f.s.Constraint(f.ctx, c.ID) },
		list:    func(f *fixture) ([]model.Constraint, error) { return f.s.Constraints(f.ctx, f.deal) },
		update:  func(f *fixture, c *model.Constraint) error { return f.s.UpdateConstraint(f.ctx, c) },
		edit:    func(_ *fixture, c *model.Constraint) { c.Text = "Only one architect until April" },
		remove:  func(f *fixture, id, v int64) error { return f.s.DeleteConstraint(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Constraint, error) { return f.s.RestoreConstraint(f.ctx, id) },
		invalid: func(c *model.Constraint) { c.Text = "\t" },
		field:   "constraint", msg: "is required",
		refs: []badRef[model.Constraint]{{
			name: "UnknownDeal", set: func(c *model.Constraint) { c.DealID = missingID },
			field: "deal", msg: "that deal does not exist",
		}},
	}.run(t)
}

func TestGap(t *testing.T) {
	kind[model.Gap]{
		entity: "gap",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.Gap {
			return model.Gap{DealID: f.deal, Title: fmt.Sprintf("Nobody owns the data model %d", n),
				Severity: model.SeverityHigh, Kind: model.KindOther, Status: model.GapOpen, Origin: model.OriginManual}
		},
		ids:    func(g *model.Gap) (*int64, *int64) { return &g.ID, &g.Version },
		deal:   onFixtureDeal[model.Gap],
		create: func(f *fixture, g *model.Gap) error { return f.s.CreateGap(f.ctx, g) },
		read:   func(f *fixture, g model.Gap) (model.Gap, error) { return f.s.Gap(f.ctx, g.ID) },
		list:   func(f *fixture) ([]model.Gap, error) { return f.s.Gaps(f.ctx, f.deal) },
		update: func(f *fixture, g *model.Gap) error { return f.s.UpdateGap(f.ctx, g) },
		edit: func(f *fixture, g *model.Gap) {
			g.Owner = f.people[model.RoleDelivery]
			g.Due = model.MustDate("2026-04-15")
			g.Status = model.GapInProgress
			g.Resolution = "Architect booked"
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeleteGap(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Gap, error) { return f.s.RestoreGap(f.ctx, id) },
		invalid: func(g *model.Gap) { g.Title = "" },
		field:   "title", msg: "is required",
		refs: []badRef[model.Gap]{
			{name: "UnknownPerson", set: func(g *model.Gap) { g.Owner = missingID },
				field: "owner", msg: "that person does not exist", onUpdate: true},
			{name: "UnknownDeal", set: func(g *model.Gap) { g.DealID = missingID },
				field: "deal", msg: "that deal does not exist"},
		},
	}.run(t)

	t.Run("ManualDefaults", func(t *testing.T) {
		f := newFixture(t).withDeal()
		g := model.Gap{DealID: f.deal, Title: "Who runs the cut-over?", Severity: model.SeverityMedium,
			Origin: model.OriginDerived, AutoResolved: true}
		if err := f.s.CreateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		got, _ := f.s.Gap(f.ctx, g.ID)
		if got.Origin != model.OriginManual || got.Kind != model.KindOther || got.Status != model.GapOpen || got.AutoResolved {
			t.Errorf("a person's gap stored as %+v, want manual, other, open, not auto-resolved", got)
		}
	})

	t.Run("ErrInvalidClosedWithoutResolution", func(t *testing.T) {
		f := newFixture(t).withDeal()
		g := model.Gap{DealID: f.deal, Title: "No SAP Basis slot before go-live", Severity: model.SeverityHigh,
			Status: model.GapAccepted}
		expectInvalid(t, f.s.CreateGap(f.ctx, &g), "resolution", "is required to set a high gap to accepted")
		g.Status = model.GapOpen
		if err := f.s.CreateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		g.Status = model.GapResolved
		since := f.lastEvent()
		expectInvalid(t, f.s.UpdateGap(f.ctx, &g), "resolution", "is required to set a high gap to resolved")
		f.expectNoEvents(since)
		// A medium gap may be closed without one; a high one with one.
		low := g
		low.Severity = model.SeverityMedium
		if err := f.s.UpdateGap(f.ctx, &low); err != nil {
			t.Fatalf("closing a medium gap: %v", err)
		}
		low.Severity, low.Resolution = model.SeverityCritical, "Basis team booked for January."
		if err := f.s.UpdateGap(f.ctx, &low); err != nil {
			t.Fatalf("closing a critical gap with its resolution: %v", err)
		}
	})

	t.Run("ErrDerivedGap", func(t *testing.T) {
		f := newFixture(t).withDeal()
		f.promise(f.deal, "Invoice file", f.people[model.RoleSales]) // raises "unassessed"
		gaps, _ := f.s.Gaps(f.ctx, f.deal)
		if len(gaps) != 1 || gaps[0].Origin != model.OriginDerived {
			t.Fatalf("gaps %+v, want one derived", gaps)
		}
		g := gaps[0]
		since := f.lastEvent()
		if err := f.s.DeleteGap(f.ctx, g.ID, g.Version); !errors.Is(err, db.ErrDerivedGap) {
			t.Fatalf("deleting a derived gap: %v, want ErrDerivedGap", err)
		}
		f.expectNoEvents(since)
		if got, err := f.s.Gap(f.ctx, g.ID); err != nil || !reflect.DeepEqual(got, g) {
			t.Errorf("derived gap after a refused delete: %+v, %v", got, err)
		}
	})

	t.Run("DerivedKeepsRuleFields", func(t *testing.T) {
		f := newFixture(t).withDeal()
		f.promise(f.deal, "Invoice file", f.people[model.RoleSales])
		gaps, _ := f.s.Gaps(f.ctx, f.deal)
		g := gaps[0]
		want := g
		other := f.promise(f.deal, "Another promise", f.people[model.RoleSales])
		g.Title, g.Kind, g.PromiseID = "Renamed", model.KindScope, other.ID
		g.Owner, g.Due, g.Status = f.people[model.RoleDelivery], model.MustDate("2026-04-01"), model.GapInProgress
		if err := f.s.UpdateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		want.Owner, want.Due, want.Status, want.Version = g.Owner, g.Due, g.Status, g.Version
		got, _ := f.s.Gap(f.ctx, g.ID)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("derived gap after edit:\n got %+v\nwant %+v (the rules own title, kind, promise)", got, want)
		}
	})

	t.Run("SeverityChoice", func(t *testing.T) {
		f := newFixture(t).withDeal()
		f.promise(f.deal, "Invoice file", f.people[model.RoleSales])
		gaps, _ := f.s.Gaps(f.ctx, f.deal)
		g := gaps[0]
		if g.SeveritySet {
			t.Fatal("a new derived gap has a chosen severity")
		}
		g.Owner = f.people[model.RoleDelivery]
		if err := f.s.UpdateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.Gap(f.ctx, g.ID); got.SeveritySet {
			t.Error("an edit that kept the severity marked it as chosen")
		}
		g.Severity = model.SeverityCritical
		if err := f.s.UpdateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		if got, _ := f.s.Gap(f.ctx, g.ID); !got.SeveritySet || got.Severity != model.SeverityCritical {
			t.Errorf("after choosing a severity: %+v", got)
		}
	})

	t.Run("OriginFixed", func(t *testing.T) {
		f := newFixture(t).withDeal()
		g := model.Gap{DealID: f.deal, Title: "Manual", Severity: model.SeverityLow}
		if err := f.s.CreateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		before := g
		g.Origin, g.PromiseID = model.OriginDerived, 1
		since := f.lastEvent()
		err := f.s.UpdateGap(f.ctx, &g)
		if !errors.Is(err, model.ErrInvalid) {
			t.Fatalf("turning a manual gap into a derived one: %v, want ErrInvalid", err)
		}
		f.expectNoEvents(since)
		if got, _ := f.s.Gap(f.ctx, g.ID); !reflect.DeepEqual(got, before) {
			t.Errorf("gap changed: %+v", got)
		}
	})
}

func TestTerm(t *testing.T) {
	kind[model.Term]{
		entity: "term",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.Term {
			return model.Term{DealID: f.deal, Term: fmt.Sprintf("go-live %d", n),
				Definition: "The day users work in the new system", Status: model.TermDraft, AgreedBy: []int64{}}
		},
		ids:    func(t *model.Term) (*int64, *int64) { return &t.ID, &t.Version },
		deal:   onFixtureDeal[model.Term],
		create: func(f *fixture, t *model.Term) error { return f.s.CreateTerm(f.ctx, t) },
		read:   func(f *fixture, t model.Term) (model.Term, error) { return f.s.Term(f.ctx, t.ID) },
		list:   func(f *fixture) ([]model.Term, error) { return f.s.Terms(f.ctx, f.deal) },
		update: func(f *fixture, t *model.Term) error { return f.s.UpdateTerm(f.ctx, t) },
		edit: func(f *fixture, t *model.Term) {
			t.Status = model.TermAgreed
			t.AgreedBy = []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeleteTerm(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Term, error) { return f.s.RestoreTerm(f.ctx, id) },
		invalid: func(t *model.Term) { t.Term = "" },
		field:   "term", msg: "is required",
		refs: []badRef[model.Term]{
			{name: "UnknownPerson", set: func(t *model.Term) { t.AgreedBy = []int64{missingID} },
				field: "agreed by", msg: "does not exist", onUpdate: true},
			{name: "UnknownDeal", set: func(t *model.Term) { t.DealID = missingID },
				field: "deal", msg: "that deal does not exist"},
		},
	}.run(t)

	t.Run("AgreedBy", func(t *testing.T) {
		cases := []struct {
			name  string
			roles []model.Role
			msg   string // "" when the agreement is enough
		}{
			{"SalesAndDelivery", []model.Role{model.RoleSales, model.RoleDelivery}, ""},
			{"PresalesAndDelivery", []model.Role{model.RoleDelivery, model.RolePresales}, ""},
			{"EveryRole", model.Roles, ""},
			{"SalesOnly", []model.Role{model.RoleSales, model.RolePresales}, "needs a person from delivery as well"},
			{"DeliveryOnly", []model.Role{model.RoleDelivery}, "needs a person from sales or presales as well"},
			{"CustomerAndOther", []model.Role{model.RoleCustomer, model.RoleOther}, "needs a person from sales or presales and one from delivery"},
			{"Nobody", nil, "needs a person from sales or presales and one from delivery"},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				f := newFixture(t).withDeal()
				var ids []int64
				for _, r := range c.roles {
					ids = append(ids, f.people[r])
				}
				term := model.Term{DealID: f.deal, Term: "real-time", Definition: "Within 5 seconds",
					Status: model.TermAgreed, AgreedBy: ids}
				since := f.lastEvent()
				err := f.s.CreateTerm(f.ctx, &term)
				if c.msg == "" {
					if err != nil {
						t.Fatalf("CreateTerm: %v", err)
					}
					f.expectEvent(since, "term", term.ID, "create", f.deal)
					return
				}
				expectInvalid(t, err, "agreed by", c.msg)
				f.expectNoEvents(since)
				if list, _ := f.s.Terms(f.ctx, f.deal); len(list) != 0 {
					t.Errorf("a refused term was stored: %+v", list)
				}

				// The same rule holds when a draft is changed to agreed.
				draft := model.Term{DealID: f.deal, Term: "real-time", Status: model.TermDraft, AgreedBy: []int64{}}
				if err := f.s.CreateTerm(f.ctx, &draft); err != nil {
					t.Fatal(err)
				}
				agreed := draft
				agreed.Status, agreed.Definition, agreed.AgreedBy = model.TermAgreed, "Within 5 seconds", ids
				since = f.lastEvent()
				expectInvalid(t, f.s.UpdateTerm(f.ctx, &agreed), "agreed by", c.msg)
				f.expectNoEvents(since)
				if list, _ := f.s.Terms(f.ctx, f.deal); len(list) != 1 || !reflect.DeepEqual(list[0], draft) {
					t.Errorf("a refused agreement changed the term: %+v", list)
				}
			})
		}
	})

	t.Run("AgreedNeedsDefinition", func(t *testing.T) {
		f := newFixture(t).withDeal()
		term := model.Term{DealID: f.deal, Term: "24/7", Status: model.TermAgreed,
			AgreedBy: []int64{f.people[model.RoleSales], f.people[model.RoleDelivery]}}
		expectInvalid(t, f.s.CreateTerm(f.ctx, &term), "definition", "is required for an agreed term")
	})
}

func TestDecision(t *testing.T) {
	kind[model.Decision]{
		entity: "decision",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.Decision {
			return model.Decision{DealID: f.deal, Text: fmt.Sprintf("Ship the CSV first (%d)", n),
				DecidedBy: f.people[model.RoleDelivery]}
		},
		ids:    func(d *model.Decision) (*int64, *int64) { return &d.ID, &d.Version },
		deal:   onFixtureDeal[model.Decision],
		create: func(f *fixture, d *model.Decision) error { return f.s.CreateDecision(f.ctx, d) },
		read:   func(f *fixture, d model.Decision) (model.Decision, error) { return f.s.Decision(f.ctx, d.ID) },
		list:   func(f *fixture) ([]model.Decision, error) { return f.s.Decisions(f.ctx, f.deal) },
		update: func(f *fixture, d *model.Decision) error { return f.s.UpdateDecision(f.ctx, d) },
		edit: func(f *fixture, d *model.Decision) {
			d.Text = "Ship the CSV first, PDF in phase 2"
			d.DecidedBy = f.people[model.RoleSales]
		},
		remove:  func(f *fixture, id, v int64) error { return f.s.DeleteDecision(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.Decision, error) { return f.s.RestoreDecision(f.ctx, id) },
		invalid: func(d *model.Decision) { d.Text = "" },
		field:   "decision", msg: "is required",
		refs: []badRef[model.Decision]{
			{name: "UnknownPerson", set: func(d *model.Decision) { d.DecidedBy = missingID },
				field: "decided by", msg: "that person does not exist", onUpdate: true},
			{name: "UnknownDeal", set: func(d *model.Decision) { d.DealID = missingID },
				field: "deal", msg: "that deal does not exist"},
			{name: "UnknownGap", set: func(d *model.Decision) { d.GapID = missingID },
				field: "gap", msg: "that gap is not on this deal", onUpdate: true},
		},
	}.run(t)

	t.Run("DecidedAt", func(t *testing.T) {
		f := newFixture(t).withDeal()
		now := f.clk.tick()
		d := model.Decision{DealID: f.deal, Text: "Go"}
		if err := f.s.CreateDecision(f.ctx, &d); err != nil {
			t.Fatal(err)
		}
		// A time given in another zone is kept as the same instant.
		cet := time.FixedZone("CET", 3600)
		earlier := time.Date(2026, 2, 1, 17, 30, 0, 5, cet)
		e := model.Decision{DealID: f.deal, Text: "Earlier", DecidedAt: earlier}
		if err := f.s.CreateDecision(f.ctx, &e); err != nil {
			t.Fatal(err)
		}
		list, _ := f.s.Decisions(f.ctx, f.deal)
		if len(list) != 2 || list[0].ID != e.ID || list[1].ID != d.ID {
			t.Fatalf("decisions %+v, want the earlier one first", list)
		}
		if !list[0].DecidedAt.Equal(earlier) || !list[1].DecidedAt.Equal(now) {
			t.Errorf("decided at %v and %v, want %v and %v (the clock)", list[0].DecidedAt, list[1].DecidedAt, earlier, now)
		}
	})

	t.Run("GapOfAnotherDeal", func(t *testing.T) {
		f := newFixture(t).withDeal()
		other := model.Deal{Name: "Other", Stage: model.StageLead}
		if err := f.s.CreateDeal(f.ctx, &other); err != nil {
			t.Fatal(err)
		}
		g := model.Gap{DealID: other.ID, Title: "Elsewhere", Severity: model.SeverityLow}
		if err := f.s.CreateGap(f.ctx, &g); err != nil {
			t.Fatal(err)
		}
		d := model.Decision{DealID: f.deal, Text: "Settle it", GapID: g.ID}
		since := f.lastEvent()
		expectInvalid(t, f.s.CreateDecision(f.ctx, &d), "gap", "that gap is not on this deal")
		f.expectNoEvents(since)
		d.DealID = other.ID
		if err := f.s.CreateDecision(f.ctx, &d); err != nil {
			t.Fatalf("a decision settling a gap of its own deal: %v", err)
		}
	})
}

func TestSignOff(t *testing.T) {
	kind[model.SignOff]{
		entity: "signoff",
		setup:  func(f *fixture) { f.withDeal() },
		valid: func(f *fixture, n int) model.SignOff {
			return model.SignOff{DealID: f.deal, PersonID: f.people[model.RoleDelivery], Role: model.RoleDelivery,
				ReportHash: fmt.Sprintf("sha256:%064d", n)}
		},
		ids:     func(s *model.SignOff) (*int64, *int64) { return &s.ID, &s.Version },
		deal:    onFixtureDeal[model.SignOff],
		create:  func(f *fixture, s *model.SignOff) error { return f.s.SignOff(f.ctx, s) },
		read:    func(f *fixture, s model.SignOff) (model.SignOff, error) { return f.s.SignOffByID(f.ctx, s.ID) },
		list:    func(f *fixture) ([]model.SignOff, error) { return f.s.SignOffs(f.ctx, f.deal) },
		remove:  func(f *fixture, id, v int64) error { return f.s.WithdrawSignOff(f.ctx, id, v) },
		restore: func(f *fixture, id int64) (model.SignOff, error) { return f.s.RestoreSignOff(f.ctx, id) },
		invalid: func(s *model.SignOff) { s.ReportHash = "" },
		field:   "report", msg: "hash is required",
		refs: []badRef[model.SignOff]{
			{name: "UnknownPerson", set: func(s *model.SignOff) { s.PersonID = missingID },
				field: "person", msg: "that person does not exist"},
			{name: "UnknownDeal", set: func(s *model.SignOff) { s.DealID = missingID },
				field: "deal", msg: "that deal does not exist"},
		},
	}.run(t)

	t.Run("SignedAt", func(t *testing.T) {
		f := newFixture(t).withDeal()
		now := f.clk.tick()
		so := model.SignOff{DealID: f.deal, PersonID: f.people[model.RoleSales], Role: model.RoleSales, ReportHash: "abc"}
		if err := f.s.SignOff(f.ctx, &so); err != nil {
			t.Fatal(err)
		}
		list, _ := f.s.SignOffs(f.ctx, f.deal)
		if len(list) != 1 || !list[0].SignedAt.Equal(now) {
			t.Errorf("sign-offs %+v, want one signed at %v", list, now)
		}
	})

	t.Run("CustomerCannotSign", func(t *testing.T) {
		f := newFixture(t).withDeal()
		so := model.SignOff{DealID: f.deal, PersonID: f.people[model.RoleCustomer], Role: model.RoleCustomer, ReportHash: "abc"}
		expectInvalid(t, f.s.SignOff(f.ctx, &so), "role", "must be sales, presales or delivery")
	})
}

func TestWatchWord(t *testing.T) {
	kind[model.WatchWord]{
		entity: "watch_word",
		setup:  noSetup,
		valid: func(f *fixture, n int) model.WatchWord {
			return model.WatchWord{Word: fmt.Sprintf("blockchain%d", n), Lang: "en"}
		},
		ids:    func(w *model.WatchWord) (*int64, *int64) { return &w.ID, &w.Version },
		deal:   func(*fixture, model.WatchWord) int64 { return 0 },
		create: func(f *fixture, w *model.WatchWord) error { return f.s.AddWatchWord(f.ctx, w) },
		read: func(f *fixture, w model.WatchWord) (model.WatchWord, error) {
			list, err := f.s.WatchWords(f.ctx)
			if err != nil {
				return w, err
			}
			return find(list, func(w *model.WatchWord) (*int64, *int64) { return &w.ID, &w.Version }, w.ID)
		},
		list:    func(f *fixture) ([]model.WatchWord, error) { return f.s.WatchWords(f.ctx) },
		remove:  func(f *fixture, id, v int64) error { return f.s.RemoveWatchWord(f.ctx, id, v) },
		invalid: func(w *model.WatchWord) { w.Word = " " },
		field:   "word", msg: "is required",
	}.run(t)

	// A team's own word counts in every deal: adding it raises gaps on each
	// deal whose promises use it, in the same change; removing it closes them.
	t.Run("EveryDeal", func(t *testing.T) {
		f := newFixture(t).withDeal()
		other := model.Deal{Name: "Other", Stage: model.StageLead}
		if err := f.s.CreateDeal(f.ctx, &other); err != nil {
			t.Fatal(err)
		}
		p1 := f.promise(f.deal, "Ledger on a Blockchain", f.people[model.RoleSales])
		p2 := f.promise(other.ID, "blockchain audit trail", f.people[model.RoleSales])
		undefined := func(deal int64) []model.Gap {
			gaps, _ := f.s.Gaps(f.ctx, deal)
			var out []model.Gap
			for _, g := range gaps {
				if g.Kind == model.KindUndefinedTerm {
					out = append(out, g)
				}
			}
			return out
		}
		if len(undefined(f.deal))+len(undefined(other.ID)) != 0 {
			t.Fatal("undefined-term gaps before the word was on the watch list")
		}
		since := f.lastEvent()
		f.clk.tick()
		w := model.WatchWord{Word: "blockchain"}
		if err := f.s.AddWatchWord(f.ctx, &w); err != nil {
			t.Fatal(err)
		}
		f.expectEvent(since, "watch_word", w.ID, "create", 0)
		g1, g2 := undefined(f.deal), undefined(other.ID)
		if len(g1) != 1 || g1[0].PromiseID != p1.ID || len(g2) != 1 || g2[0].PromiseID != p2.ID {
			t.Fatalf("undefined-term gaps %+v and %+v, want one on each promise", g1, g2)
		}
		if n := len(f.eventsSince(since)); n != 3 {
			t.Errorf("%d events, want the word's and one per raised gap (3)", n)
		}
		since = f.lastEvent()
		f.clk.tick()
		if err := f.s.RemoveWatchWord(f.ctx, w.ID, w.Version); err != nil {
			t.Fatal(err)
		}
		f.expectEvent(since, "watch_word", w.ID, "delete", 0)
		for _, g := range append(undefined(f.deal), undefined(other.ID)...) {
			if g.Open() {
				t.Errorf("gap still open after the word was removed: %+v", g)
			}
		}
	})
}
