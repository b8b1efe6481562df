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
}

// Watch makes a watcher for one viewer. It starts from the newest version
// any watcher of this store has read (or the one read at open), so a
// commit made before it that no watcher has looked at yet shows once: a
// spare reload at worst, never a missed change.
func (s *Store) Watch() *Watcher {
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	return &Watcher{s: s, seen: s.latest}
}

// startWatch takes the connection that watches for other writers.
func (s *Store) startWatch(ctx context.Context) error {
	c, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	s.watch = c
	_, err = s.dataVersion(ctx)
	return err
}

// dataVersion reads the watch connection's data_version, which moves on
// whenever another connection — another process, or this store's own pool
// — commits to the file. The caller holds watchMu.
func (s *Store) dataVersion(ctx context.Context) (int64, error) {
	if s.watch == nil {
		return 0, errors.New("store is closed")
	}
	if err := s.checkFile(); err != nil {
		return 0, err
	}
	var v int64
	if err := s.watch.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		return 0, mapErr(err)
	}
	s.latest = v
	return v, nil
}

// Changed reports whether anything — another process, or this store's own
// writes — committed to the file since this watcher's last call (or since
// it was made). It costs one PRAGMA on a connection kept for watching, so
// it can be polled every second. A file deleted, moved or replaced is
// ErrFileGone.
func (w *Watcher) Changed(ctx context.Context) (bool, error) {
	w.s.watchMu.Lock()
	defer w.s.watchMu.Unlock()
	v, err := w.s.dataVersion(ctx)
	if err != nil {
		return false, err
	}
	changed := w.seen != 0 && v != w.seen
	w.seen = v
	return changed, nil
}
