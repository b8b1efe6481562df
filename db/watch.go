package db

import (
	"context"
	"errors"
)

// Watcher tells one viewer of a store whether the file changed since that
// viewer last asked. Each viewer has its own: several viewers of one store
// each see every change, and one viewer's look does not use up another's.
type Watcher struct {
	s    *Store
	seen int64
	// notice gets a signal when a write through any view of this store
	// commits, so a viewer in the same process need not wait for its poll.
	notice chan struct{}
}

// Watch makes a watcher for one viewer. It starts from the newest version
// any watcher of this store has read (or the one read at open), so a
// commit made before it that no watcher has looked at yet shows once: a
// spare reload at worst, never a missed change. Stop it when the viewer
// goes, or its notices are kept for nobody.
func (s *Store) Watch() *Watcher {
	h := s.hub
	h.watchMu.Lock()
	defer h.watchMu.Unlock()
	w := &Watcher{s: s, seen: h.latest, notice: make(chan struct{}, 1)}
	h.watchers[w] = struct{}{}
	return w
}

// Notice signals, at most once per look, that a write in this process
// committed: look with Changed then. Writes by other processes come
// only through Changed, polled.
func (w *Watcher) Notice() <-chan struct{} { return w.notice }

// Stop ends the watcher's notices.
func (w *Watcher) Stop() {
	h := w.s.hub
	h.watchMu.Lock()
	defer h.watchMu.Unlock()
	delete(h.watchers, w)
}

// notify tells every watcher that a write committed; one that has a
// signal waiting already needs no second one.
func (h *hub) notify() {
	h.watchMu.Lock()
	defer h.watchMu.Unlock()
	for w := range h.watchers {
		select {
		case w.notice <- struct{}{}:
		default:
		}
	}
}

// startWatch takes the connection that watches for other writers.
func (s *Store) startWatch(ctx context.Context) error {
	c, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	s.hub.watchMu.Lock()
	defer s.hub.watchMu.Unlock()
	s.hub.watch = c
	_, err = s.dataVersion(ctx)
	return err
}

// dataVersion reads the watch connection's data_version, which moves on
// whenever another connection — another process, or this store's own pool
// — commits to the file. The caller holds watchMu.
func (s *Store) dataVersion(ctx context.Context) (int64, error) {
	h := s.hub
	if h.watch == nil {
		return 0, errors.New("store is closed")
	}
	if err := s.checkFile(); err != nil {
		return 0, err
	}
	var v int64
	if err := h.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return 0, mapErr(err)
	}
	h.latest = v
	return v, nil
}

// Changed reports whether anything — another process, or this store's own
// writes — committed to the file since this watcher's last call (or since
// it was made). It costs one PRAGMA on a connection kept for watching, so
// it can be polled every second. A file deleted, moved or replaced is
// ErrFileGone.
func (w *Watcher) Changed(ctx context.Context) (bool, error) {
	h := w.s.hub
	h.watchMu.Lock()
	defer h.watchMu.Unlock()
	v, err := w.s.dataVersion(ctx)
	if err != nil {
		return false, err
	}
	changed := w.seen != 0 && v != w.seen
	w.seen = v
	return changed, nil
}
