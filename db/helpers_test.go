package db_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"

	_ "modernc.org/sqlite"
)

// testActor is who the fixture's changes are recorded as.
const testActor = "tester"

// missingID is an id no test row ever gets.
const missingID = 987654

// clock is a settable clock for db.WithNow: every change a test makes is
// stamped with a time the test chose, so Event.At can be checked exactly.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock {
	return &clock{t: time.Date(2026, 3, 14, 9, 26, 53, 123456789, time.UTC)}
}

// Now is the clock's time.
func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// tick moves the clock on by a little over a minute and returns the new time.
func (c *clock) tick() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Minute + 7*time.Millisecond + 3*time.Nanosecond)
	return c.t
}

// fixture is a store on a fresh file in t.TempDir, with a fixed clock and a
// known actor.
type fixture struct {
	t    *testing.T
	ctx  context.Context
	s    *db.Store
	clk  *clock
	path string

	// people by role, made by withPeople.
	people map[model.Role]int64
	// deal is the deal made by withDeal (0 before).
	deal int64
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{t: t, ctx: t.Context(), clk: newClock(), path: filepath.Join(t.TempDir(), "handoff.db")}
	s, err := db.Open(f.ctx, f.path, db.WithNow(f.clk.Now), db.WithActor(testActor))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	f.s = s
	return f
}

// withPeople adds one person for each role.
func (f *fixture) withPeople() *fixture {
	f.t.Helper()
	f.people = map[model.Role]int64{}
	for _, r := range model.Roles {
		p := model.Person{Name: "The " + string(r) + " person", Role: r}
		if err := f.s.CreatePerson(f.ctx, &p); err != nil {
			f.t.Fatalf("CreatePerson: %v", err)
		}
		f.people[r] = p.ID
	}
	return f
}

// withDeal adds people and a deal they own.
func (f *fixture) withDeal() *fixture {
	f.t.Helper()
	if f.people == nil {
		f.withPeople()
	}
	d := model.Deal{Name: "Acme rollout", Customer: "Acme", Stage: model.StageProposal,
		Owners: model.Owners{Sales: f.people[model.RoleSales], Presales: f.people[model.RolePresales],
			Delivery: f.people[model.RoleDelivery]}}
	if err := f.s.CreateDeal(f.ctx, &d); err != nil {
		f.t.Fatalf("CreateDeal: %v", err)
	}
	f.deal = d.ID
	return f
}

// promise adds a promise to deal.
func (f *fixture) promise(deal int64, title string, promisedBy int64) model.Promise {
	f.t.Helper()
	p := model.NewPromise(deal)
	p.Title = title
	p.PromisedBy = promisedBy
	if err := f.s.CreatePromise(f.ctx, &p); err != nil {
		f.t.Fatalf("CreatePromise: %v", err)
	}
	return p
}

// lastEvent is the id of the newest event (0 when there is none).
func (f *fixture) lastEvent() int64 {
	f.t.Helper()
	evs, err := f.s.Events(f.ctx, 1)
	if err != nil {
		f.t.Fatalf("Events: %v", err)
	}
	if len(evs) == 0 {
		return 0
	}
	return evs[0].ID
}

// eventsSince lists the events after id since, oldest first.
func (f *fixture) eventsSince(since int64) []model.Event {
	f.t.Helper()
	evs, err := f.s.Events(f.ctx, 0)
	if err != nil {
		f.t.Fatalf("Events: %v", err)
	}
	var out []model.Event
	for _, e := range evs {
		if e.ID > since {
			out = append(out, e)
		}
	}
	slices.Reverse(out)
	return out
}

// expectEvent checks that what happened since wrote exactly one event for
// entity id — with action, the fixture's actor, the clock's time and deal —
// and that every other event it wrote is the rules keeping a derived gap in
// step. It returns the event.
func (f *fixture) expectEvent(since int64, entity string, id int64, action string, deal int64) model.Event {
	f.t.Helper()
	var mine []model.Event
	for _, e := range f.eventsSince(since) {
		if e.Entity == entity && e.EntityID == id {
			mine = append(mine, e)
			continue
		}
		f.expectDerivedGapEvent(e, deal)
	}
	if len(mine) != 1 {
		f.t.Fatalf("%s %d: want exactly one event, got %d: %+v", entity, id, len(mine), mine)
	}
	e := mine[0]
	if e.Action != action {
		f.t.Errorf("%s %d: event action %q, want %q", entity, id, e.Action, action)
	}
	if e.Actor != testActor {
		f.t.Errorf("%s %d: event actor %q, want %q", entity, id, e.Actor, testActor)
	}
	if want := f.clk.Now(); !e.At.Equal(want) {
		f.t.Errorf("%s %d: event at %v, want %v", entity, id, e.At, want)
	}
	if e.DealID != deal {
		f.t.Errorf("%s %d: event deal %d, want %d", entity, id, e.DealID, deal)
	}
	return e
}

// expectDerivedGapEvent checks that e is the rules writing a derived gap (on
// deal, when deal is not 0), in the same change.
func (f *fixture) expectDerivedGapEvent(e model.Event, deal int64) {
	f.t.Helper()
	if e.Entity != "gap" {
		f.t.Errorf("unexpected event %+v", e)
		return
	}
	g, err := f.s.Gap(f.ctx, e.EntityID)
	if err != nil {
		f.t.Errorf("event %+v: its gap: %v", e, err)
		return
	}
	if g.Origin != model.OriginDerived {
		f.t.Errorf("unexpected event for manual gap %+v", e)
	}
	if deal != 0 && e.DealID != deal {
		f.t.Errorf("derived gap event on deal %d, want %d", e.DealID, deal)
	}
	if e.Actor != testActor || !e.At.Equal(f.clk.Now()) {
		f.t.Errorf("derived gap event %+v: want actor %q at %v", e, testActor, f.clk.Now())
	}
}

// expectNoEvents checks that nothing was written to the history since.
func (f *fixture) expectNoEvents(since int64) {
	f.t.Helper()
	if evs := f.eventsSince(since); len(evs) > 0 {
		f.t.Errorf("a failed change wrote %d events: %+v", len(evs), evs)
	}
}

// expectInvalid checks err is a validation error naming field with a
// message containing msg.
func expectInvalid(t *testing.T, err error, field, msg string) {
	t.Helper()
	if !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("err = %v, want ErrInvalid", err)
	}
	var ve *model.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %T %v, want a *model.ValidationError", err, err)
	}
	if got := ve.For(field); !strings.Contains(got, msg) {
		t.Fatalf("message for %q = %q, want it to contain %q (whole error: %v)", field, got, msg, err)
	}
}

// mustJSON is v as the history stores it.
func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// fileSum is the sha256 of a file's bytes.
func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// dirNames lists the names in a folder.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// rawOpen opens a SQLite file with the plain driver, as another program would.
func rawOpen(t *testing.T, path string) *sql.DB {
	t.Helper()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { raw.Close() })
	return raw
}

// pragma reads one PRAGMA's value as text.
func pragma(t *testing.T, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, name string) string {
	t.Helper()
	var v string
	if err := q.QueryRowContext(t.Context(), "PRAGMA "+name).Scan(&v); err != nil {
		t.Fatalf("PRAGMA %s: %v", name, err)
	}
	return v
}

// integrityOK checks PRAGMA integrity_check on a file says ok.
func integrityOK(t *testing.T, path string) {
	t.Helper()
	raw := rawOpen(t, path)
	if got := pragma(t, raw, "integrity_check"); got != "ok" {
		t.Fatalf("integrity_check: %s", got)
	}
	if err := raw.Close(); err != nil {
		t.Fatal(err)
	}
}
