package db_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"handoff/db"
	"handoff/model"
)

// Two fixed keys, as ssh-keygen -t ed25519 writes them.
const (
	keyA = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILTjB4jNVIVSBoll/B/dSSpH2rx1ekc1V0qKhhvb0wb7 anna@laptop"
	keyB = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGHcvk0Nj4Uk7bGqkzPbt7bbS4mEXSnDpTQf1ZaPp2Kx"
)

func TestKeys(t *testing.T) {
	f := newFixture(t).withPeople()
	sales := f.people[model.RoleSales]
	k, err := f.s.AddKey(f.ctx, sales, keyA)
	if err != nil {
		t.Fatal(err)
	}
	if k.Comment != "anna@laptop" || len(k.Fingerprint) < 50 || k.Fingerprint[:7] != "SHA256:" {
		t.Errorf("added %+v", k)
	}
	owner, err := f.s.KeyOwner(f.ctx, k.Fingerprint)
	if err != nil || owner.ID != sales {
		t.Errorf("owner of %s: %+v %v, want person %d", k.Fingerprint, owner, err, sales)
	}
	if _, err := f.s.AddKey(f.ctx, f.people[model.RoleDelivery], keyA); err == nil {
		t.Error("one key given to a second person")
	}
	if _, err := f.s.AddKey(f.ctx, sales, "ssh-ed25519 AAAAnot-base64"); err == nil {
		t.Error("a broken key was taken")
	}
	if _, err := f.s.KeyOwner(f.ctx, "SHA256:nobody"); !errors.Is(err, db.ErrUnknownKey) {
		t.Errorf("an unknown fingerprint: %v, want ErrUnknownKey", err)
	}
	if _, err := f.s.AddKey(f.ctx, f.people[model.RoleDelivery], keyB); err != nil {
		t.Fatal(err)
	}
	all, err := f.s.Keys(f.ctx)
	if err != nil || len(all) != 2 {
		t.Fatalf("keys %v %v", all, err)
	}
	removed, err := f.s.RemoveKey(f.ctx, k.Fingerprint[len(k.Fingerprint)-10:])
	if err != nil || removed.ID != k.ID {
		t.Fatalf("removing by the fingerprint's end: %+v %v", removed, err)
	}
	if _, err := f.s.KeyOwner(f.ctx, k.Fingerprint); !errors.Is(err, db.ErrUnknownKey) {
		t.Errorf("a removed key still signs in: %v", err)
	}
	ev, err := f.s.Events(f.ctx, 3)
	if err != nil || len(ev) < 3 || ev[0].Entity != "key" || ev[0].Action != "delete" || ev[2].Action != "create" {
		t.Errorf("history of the keys: %+v %v", ev, err)
	}
}

// A view made by As records its own actor, and every watcher of the store
// hears of a write through any view at once, not at its next poll.
func TestViewsAndNotice(t *testing.T) {
	f := newFixture(t).withPeople()
	anna := f.s.As("Anna (SHA256:a)", "Anna")
	w := f.s.Watch()
	defer w.Stop()
	if _, err := w.Changed(f.ctx); err != nil {
		t.Fatal(err)
	}
	d := model.Deal{Name: "Viewed", Customer: "Acme", Stage: model.StageLead}
	if err := anna.CreateDeal(f.ctx, &d); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w.Notice():
	case <-time.After(time.Second):
		t.Fatal("no notice of the write")
	}
	if changed, err := w.Changed(f.ctx); err != nil || !changed {
		t.Errorf("changed %v %v after a write", changed, err)
	}
	ev, err := f.s.History(f.ctx, d.ID, 1)
	if err != nil || len(ev) != 1 || ev[0].Actor != "Anna (SHA256:a)" {
		t.Errorf("history %+v %v, want the view's actor", ev, err)
	}
	if anna.ActorPerson() != "Anna" || f.s.ActorPerson() != f.s.Actor {
		t.Errorf("persons %q %q", anna.ActorPerson(), f.s.ActorPerson())
	}
	anna.Close() // a view's close leaves the store open
	if _, err := f.s.Deals(f.ctx); err != nil {
		t.Errorf("after a view closed: %v", err)
	}
	w.Stop()
	if err := f.s.CreateDeal(f.ctx, &model.Deal{Name: "Unheard", Customer: "Acme", Stage: model.StageLead}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w.Notice():
		t.Error("a stopped watcher was told")
	default:
	}
}

func TestBackupTo(t *testing.T) {
	f := newFixture(t).withDeal()
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := f.s.BackupTo(f.ctx, out); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(out)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("copy %v %v, want mode 0600", st, err)
	}
	if err := f.s.BackupTo(f.ctx, f.path); err == nil {
		t.Error("a backup over the database itself")
	}
	c, err := db.Open(context.Background(), out, db.Existing())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	deals, err := c.Deals(f.ctx)
	if err != nil || len(deals) != 1 {
		t.Errorf("the copy holds %v %v", deals, err)
	}
}
