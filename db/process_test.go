package db_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// The environment that turns the test binary into a helper process.
const (
	helperMode = "HANDOFF_TEST_HELPER" // "people" or "promises"
	helperDB   = "HANDOFF_TEST_DB"
	helperTag  = "HANDOFF_TEST_TAG" // the actor, and the prefix of names
	helperN    = "HANDOFF_TEST_N"   // how many changes; 0 for until killed
	// helperPause is a pause between changes, as a time.Duration string.
	helperPause = "HANDOFF_TEST_PAUSE"
)

// TestHelperWriter is the body of the processes the tests below start: it
// opens the database, says "ready", waits for a line on stdin, then writes.
// In "people" mode it makes N changes to the people directory and exits;
// in "promises" mode it adds promises until it is killed, printing each
// promise's id once its commit has returned. Run as an ordinary test it
// does nothing.
func TestHelperWriter(t *testing.T) {
	mode := os.Getenv(helperMode)
	if mode == "" {
		t.Skip("runs only as a helper process of TestTwoProcesses and TestKillNine")
	}
	die := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
		os.Exit(3)
	}
	ctx := context.Background()
	tag := os.Getenv(helperTag)
	n, _ := strconv.Atoi(os.Getenv(helperN))
	pause, _ := time.ParseDuration(os.Getenv(helperPause))
	s, err := db.Open(ctx, os.Getenv(helperDB), db.WithActor(tag))
	if err != nil {
		die("open: %v", err)
	}
	fmt.Println("ready")
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		die("waiting for go: %v", err)
	}
	switch mode {
	case "people":
		// Even changes add a person, odd ones rename the person just added:
		// an update reads the row before it writes, the case where a
		// transaction not begun IMMEDIATE would fail under a second writer.
		var p model.Person
		for i := range n {
			var err error
			if i%2 == 0 {
				p = model.Person{Name: fmt.Sprintf("%s-%04d", tag, i), Role: model.RoleOther}
				err = s.CreatePerson(ctx, &p)
			} else {
				p.Name = fmt.Sprintf("%s-%04d", tag, i)
				err = s.UpdatePerson(ctx, &p)
			}
			if err != nil {
				die("change %d: %v", i, err)
			}
			time.Sleep(pause)
		}
	case "promises":
		var deal model.Deal
		for i := 0; ; i++ {
			if i%20 == 0 { // keep each deal, and so each write, small
				deal = model.Deal{Name: fmt.Sprintf("%s deal %d", tag, i/20), Stage: model.StageLead}
				if err := s.CreateDeal(ctx, &deal); err != nil {
					die("deal: %v", err)
				}
			}
			p := model.NewPromise(deal.ID)
			p.Title = fmt.Sprintf("Item %d", i)
			if err := s.CreatePromise(ctx, &p); err != nil {
				die("promise %d: %v", i, err)
			}
			// os.Stdout is not buffered: the line is out when this returns.
			fmt.Printf("%d\n", p.ID)
		}
	default:
		die("unknown helper mode %q", mode)
	}
	if err := s.Close(); err != nil {
		die("close: %v", err)
	}
	os.Exit(0)
}

// helper is a running helper process.
type helper struct {
	t      *testing.T
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	lines  *bufio.Scanner
	stderr *syncBuffer
}

// syncBuffer is a bytes.Buffer safe to write from the exec package's copier
// while a test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startHelper starts the test binary as a helper writing to path, and
// waits until it has the database open.
func startHelper(t *testing.T, mode, path, tag string, n int, pause time.Duration) *helper {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$", "-test.count=1", "-test.timeout=5m")
	cmd.Env = append(os.Environ(), helperMode+"="+mode, helperDB+"="+path, helperTag+"="+tag,
		helperN+"="+strconv.Itoa(n), helperPause+"="+pause.String())
	h := &helper{t: t, cmd: cmd, stderr: &syncBuffer{}}
	cmd.Stderr = h.stderr
	var err error
	if h.stdin, err = cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	h.lines = bufio.NewScanner(out)
	if !h.lines.Scan() || h.lines.Text() != "ready" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("helper %s did not start: %q %v\n%s", tag, h.lines.Text(), h.lines.Err(), h.stderr)
	}
	return h
}

// start tells the helper to begin writing.
func (h *helper) start() {
	h.t.Helper()
	if _, err := io.WriteString(h.stdin, "go\n"); err != nil {
		h.t.Fatal(err)
	}
}

// wait waits for the helper to exit and fails the test unless it succeeded.
func (h *helper) wait() {
	h.t.Helper()
	for h.lines.Scan() {
		h.t.Logf("helper said: %s", h.lines.Text())
	}
	if err := h.cmd.Wait(); err != nil {
		h.t.Errorf("helper: %v\n%s", err, h.stderr)
	}
}

// Two processes writing to one file at the same time: every change of both
// lands, each with its event, and the file stays sound.
func TestTwoProcesses(t *testing.T) {
	const n = 1000 // changes by each process
	const pause = time.Millisecond
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "handoff.db")
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	start := time.Now()
	// A short pause after each change, as a person's edits have, lets the
	// other writer in: back to back, one writer keeps SQLite's lock until
	// it is done and the other only waits.
	a := startHelper(t, "people", path, "A", n, pause)
	b := startHelper(t, "people", path, "B", n, pause)
	a.start()
	b.start()
	a.wait()
	b.wait()
	t.Logf("2 × %d changes in %v", n, time.Since(start).Round(time.Millisecond))
	if t.Failed() {
		return
	}

	s, err = db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	people, err := s.People(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]model.Person{}
	for _, p := range people {
		byName[p.Name] = p
	}
	if len(people) != n || len(byName) != n {
		t.Errorf("%d people (%d names), want %d", len(people), len(byName), n)
	}
	for _, tag := range []string{"A", "B"} {
		for i := 1; i < n; i += 2 {
			name := fmt.Sprintf("%s-%04d", tag, i)
			if p, ok := byName[name]; !ok || p.Version != 2 {
				t.Fatalf("%s: %+v, want it added and renamed (version 2)", name, p)
			}
		}
	}
	events, err := s.Events(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		id     int64
		action string
	}
	seen := map[key]bool{}
	byActor := map[string]int{}
	for _, e := range events {
		k := key{e.EntityID, e.Action}
		if e.Entity != "person" || (e.Action != "create" && e.Action != "update") || seen[k] {
			t.Fatalf("unexpected event %+v", e)
		}
		seen[k] = true
		byActor[e.Actor]++
	}
	if byActor["A"] != n || byActor["B"] != n {
		t.Errorf("events by actor %v, want %d each", byActor, n)
	}
	// The two must really have written at the same time.
	switches := 0
	for i := 1; i < len(events); i++ {
		if events[i].Actor != events[i-1].Actor {
			switches++
		}
	}
	t.Logf("the writers took turns %d times", switches)
	if switches < 10 {
		t.Errorf("the writers took turns only %d times: they did not write at the same time", switches)
	}
	integrityOK(t, path)
}

// kill -9 in the middle of writing: every change the writer saw committed
// is there, each whole (its history and derived gaps with it), and the file
// is sound.
func TestKillNine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("kill -9 is tested on Linux")
	}
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "handoff.db")
	s, err := db.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	h := startHelper(t, "promises", path, "K", 0, 0)
	var (
		mu       sync.Mutex
		reported []int64
		enough   = make(chan struct{})
		done     = make(chan error, 1)
	)
	go func() {
		for h.lines.Scan() {
			id, err := strconv.ParseInt(h.lines.Text(), 10, 64)
			if err != nil {
				done <- fmt.Errorf("helper said %q", h.lines.Text())
				return
			}
			mu.Lock()
			reported = append(reported, id)
			if len(reported) == 60 {
				close(enough)
			}
			mu.Unlock()
		}
		done <- h.lines.Err()
	}()
	h.start()
	select {
	case <-enough:
	case err := <-done:
		t.Fatalf("helper stopped: %v\n%s", err, h.stderr)
	case <-time.After(60 * time.Second):
		t.Fatalf("helper wrote too slowly\n%s", h.stderr)
	}
	time.Sleep(time.Duration(rand.IntN(20)) * time.Millisecond) // land anywhere in a write
	if err := h.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil { // read everything it printed before it died
		t.Fatal(err)
	}
	h.cmd.Wait()
	if ws, ok := h.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("helper ended with %v, want killed by SIGKILL\n%s", h.cmd.ProcessState, h.stderr)
	}
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Errorf("no -wal after the kill (%v): the writer was not cut off mid-use", err)
	}
	t.Logf("killed after %d reported promises", len(reported))

	s, err = db.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening after kill -9: %v", err)
	}
	defer s.Close()
	for _, id := range reported {
		if _, err := s.Promise(ctx, id); err != nil {
			t.Fatalf("promise %d was reported committed but is gone: %v", id, err)
		}
	}
	events, err := s.Events(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	created := map[string]map[int64]int{}
	for _, e := range events {
		if e.Action != "create" {
			t.Errorf("unexpected event %+v", e)
		}
		if created[e.Entity] == nil {
			created[e.Entity] = map[int64]int{}
		}
		created[e.Entity][e.EntityID]++
	}
	deals, err := s.Deals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, d := range deals {
		if created["deal"][d.ID] != 1 {
			t.Errorf("deal %d has %d create events, want 1", d.ID, created["deal"][d.ID])
		}
		ps, err := s.Promises(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		gaps, err := s.Gaps(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		perPromise := map[int64]int{}
		for _, g := range gaps {
			perPromise[g.PromiseID]++
			if created["gap"][g.ID] != 1 {
				t.Errorf("gap %d has %d create events, want 1", g.ID, created["gap"][g.ID])
			}
		}
		for _, p := range ps {
			total++
			if created["promise"][p.ID] != 1 {
				t.Errorf("promise %d has %d create events, want 1", p.ID, created["promise"][p.ID])
			}
			// Unanswered and promised by nobody: two derived gaps.
			if perPromise[p.ID] != 2 {
				t.Errorf("promise %d has %d gaps, want 2 (written with it)", p.ID, perPromise[p.ID])
			}
		}
	}
	// At most one commit can have landed after the last line was printed.
	if total < len(reported) || total > len(reported)+1 {
		t.Errorf("%d promises in the file, %d reported: want the reported ones and at most one more", total, len(reported))
	}
	if n := len(created["promise"]); n != total {
		t.Errorf("%d promise events for %d promises", n, total)
	}
	integrityOK(t, path)
}

// Another store's write shows in Changed once, and so does this store's own.
func TestChanged(t *testing.T) {
	f := newFixture(t)
	other, err := db.Open(f.ctx, f.path, db.WithActor("other"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	watchers := map[*db.Store]*db.Watcher{f.s: f.s.Watch(), other: other.Watch()}
	changed := func(s *db.Store, want bool, when string) {
		t.Helper()
		got, err := watchers[s].Changed(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("Changed %s = %v, want %v", when, got, want)
		}
	}
	changed(f.s, false, "before any write")
	changed(f.s, false, "polled again with no write")

	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := other.CreatePerson(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	changed(f.s, true, "after the other store wrote")
	changed(f.s, false, "on the next call")

	q := model.Person{Name: "Bob", Role: model.RoleSales}
	if err := f.s.CreatePerson(f.ctx, &q); err != nil {
		t.Fatal(err)
	}
	changed(f.s, true, "after its own write")
	changed(f.s, false, "on the next call after its own write")
	changed(other, true, "in the other store after the first one wrote")

	// A refused write changes nothing.
	bad := model.Person{Role: model.RoleSales}
	if err := other.CreatePerson(f.ctx, &bad); err == nil {
		t.Fatal("a person with no name was saved")
	}
	stale := q
	stale.Name = "Robert"
	stale.Version = 0
	if err := other.UpdatePerson(f.ctx, &stale); err == nil {
		t.Fatal("a stale update was saved")
	}
	changed(f.s, false, "after refused writes")

	// The other store's events are its own actor's.
	evs, _ := f.s.Events(f.ctx, 0)
	if len(evs) != 2 || evs[1].Actor != "other" || evs[0].Actor != testActor {
		t.Errorf("events %+v, want Ada's by other, then Bob's by %s", evs, testActor)
	}

	closed, err := db.Open(f.ctx, f.path)
	if err != nil {
		t.Fatal(err)
	}
	w := closed.Watch()
	closed.Close()
	if _, err := w.Changed(f.ctx); err == nil {
		t.Error("Changed on a closed store succeeded")
	}
}

// Two viewers of one store each see one write by another process, and one
// viewer's look does not use up the other's.
func TestWatchersEachSeeAChange(t *testing.T) {
	f := newFixture(t)
	other, err := db.Open(f.ctx, f.path, db.WithActor("other"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	first, second := f.s.Watch(), f.s.Watch()
	look := func(w *db.Watcher, name string, want bool, when string) {
		t.Helper()
		got, err := w.Changed(f.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s watcher Changed %s = %v, want %v", name, when, got, want)
		}
	}
	look(first, "first", false, "before any write")
	look(second, "second", false, "before any write")

	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := other.CreatePerson(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	look(first, "first", true, "after the other store wrote")
	look(first, "first", false, "asked again")
	look(second, "second", true, "after the first had looked")
	look(second, "second", false, "asked again")

	// A watcher made after a look sees only what comes later.
	late := f.s.Watch()
	look(late, "late", false, "made after the write was seen")
	q := model.Person{Name: "Bob", Role: model.RoleSales}
	if err := other.CreatePerson(f.ctx, &q); err != nil {
		t.Fatal(err)
	}
	look(late, "late", true, "after the second write")
	look(second, "second", true, "after the second write")
	look(first, "first", true, "after the second write")
}

func TestDefaultActor(t *testing.T) {
	f := newFixture(t)
	s, err := db.Open(f.ctx, f.path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := model.Person{Name: "Ada", Role: model.RoleSales}
	if err := s.CreatePerson(f.ctx, &p); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(f.ctx, 1)
	if want := db.DefaultActor(); len(evs) != 1 || evs[0].Actor != want || want == "" {
		t.Errorf("events %+v, want one by %q", evs, want)
	}
	if d := time.Since(evs[0].At); d < 0 || d > time.Minute {
		t.Errorf("event at %v without a clock given, want about now", evs[0].At)
	}
}

func TestHistory(t *testing.T) {
	f := newFixture(t).withDeal()
	other := model.Deal{Name: "Other", Stage: model.StageLead}
	if err := f.s.CreateDeal(f.ctx, &other); err != nil {
		t.Fatal(err)
	}
	f.promise(f.deal, "Mine", f.people[model.RoleSales])
	f.promise(other.ID, "Theirs", f.people[model.RoleSales])
	c := model.Constraint{DealID: f.deal, Text: "No team before March"}
	if err := f.s.CreateConstraint(f.ctx, &c); err != nil {
		t.Fatal(err)
	}

	all, err := f.s.Events(f.ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	var mine []int64
	for i, e := range all {
		if i > 0 && e.ID >= all[i-1].ID {
			t.Fatalf("Events not newest first at %d", i)
		}
		if e.DealID == f.deal {
			mine = append(mine, e.ID)
		}
	}
	hist, err := f.s.History(f.ctx, f.deal, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, e := range hist {
		got = append(got, e.ID)
	}
	if fmt.Sprint(got) != fmt.Sprint(mine) || len(got) < 4 {
		t.Errorf("History ids %v, want the deal's events %v (deal, promise, its gap, constraint), newest first", got, mine)
	}
	if hist[0].Entity != "constraint" {
		t.Errorf("newest event %+v, want the constraint's", hist[0])
	}
	two, _ := f.s.History(f.ctx, f.deal, 2)
	if len(two) != 2 || two[0].ID != got[0] || two[1].ID != got[1] {
		t.Errorf("History limit 2: %+v", two)
	}
	three, _ := f.s.Events(f.ctx, 3)
	if len(three) != 3 || three[0].ID != all[0].ID || three[2].ID != all[2].ID {
		t.Errorf("Events limit 3: %+v", three)
	}
	if !strings.Contains(hist[0].After, `"No team before March"`) {
		t.Errorf("constraint event after = %s", hist[0].After)
	}
}
