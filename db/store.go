// Package db keeps handoff's data in one SQLite file: the schema and its
// migrations, a Store with a context-first method for every read and write,
// the history written beside every change, and the gap reconciliation that
// keeps derived gaps in step with promises and answers.
package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"handoff/internal/i18n"
	"handoff/model"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Store is the handoff database. It is safe for concurrent use.
type Store struct {
	db     *sql.DB
	path   string
	backup string

	// Now tells the time; tests replace it.
	Now func() time.Time
	// Actor names who makes the changes, for the history.
	Actor string

	// hub is what every view of one open file shares (see As).
	hub *hub
	// person is who the actor is in the directory, when As named them.
	person string
	// view is set on a store made by As: closing it leaves the file open.
	view bool

	created bool
	// file is the database file as it was when opened: a path that no
	// longer names it (deleted, moved, replaced) stops every write.
	file os.FileInfo
	// readCopy is the temporary folder of the upgraded copy that a
	// read-only open of an older file reads from; Close removes it.
	readCopy string
}

// Option changes how Open opens a store.
type Option func(*options)

type options struct {
	actor      string
	now        func() time.Time
	migrations fs.FS
	existing   bool
	readOnly   bool
	inFolder   bool
}

// Existing makes Open refuse, with ErrNoDatabase, a path where no file is,
// and an empty file: for commands that only read.
func Existing() Option { return func(o *options) { o.existing = true } }

// ReadOnly promises that the store will only be read: a file an older
// version made is then read through an upgraded copy in the temporary
// folder instead of being upgraded (and backed up) in place.
func ReadOnly() Option { return func(o *options) { o.readOnly = true } }

// InExistingFolder makes Open create a new database only in a folder that
// exists, so a mistyped folder is reported rather than made.
func InExistingFolder() Option { return func(o *options) { o.inFolder = true } }

// WithActor names who the changes are made by (default: the OS user).
func WithActor(name string) Option { return func(o *options) { o.actor = name } }

// WithNow sets the clock (for tests).
func WithNow(now func() time.Time) Option { return func(o *options) { o.now = now } }

// hub is the state every view of one open store shares: the watch
// connection, the watchers to tell of a write, and damage found.
type hub struct {
	watchMu sync.Mutex
	watch   *sql.Conn // a connection of its own, for PRAGMA data_version
	latest  int64     // the newest data_version any watcher has read
	// watchers are told at once of every write made through any view.
	watchers map[*Watcher]struct{}
	// damaged, once set, is why no write may go to the file.
	damaged atomic.Pointer[refusal]
	// writing is held shared by every write and taken whole by Close, so
	// closing waits for the writes under way to commit; closed refuses
	// writes after.
	writing sync.RWMutex
	closed  bool
	// writeMu makes this process's writers take turns before SQLite's
	// lock: a writer that finds the file locked by another of the same
	// pool would otherwise sleep in SQLite's busy wait (up to 100 ms a
	// try), where here it goes the moment the one before commits.
	writeMu sync.Mutex
	// kept are the big deals' rows as the last write of this process left
	// them, so the next write on one re-derives only what it changed
	// (see refreshDirty); seen is the newest history event when they were
	// kept. Both are guarded by writeMu.
	kept  []keptDeal
	seen  int64
	parts int // refreshes made in part, for the tests
	// lent are the kept deals' rows as of seen, for viewers to share; set
	// with kept, but read without writeMu, which a write holds throughout.
	lent atomic.Pointer[[]lentRows]
	// blockers are the blockers of the deal read last, decoded.
	blockers blockerMemo
	// viewParts counts the dossiers DossierSince brought up to date in
	// part, for the tests; viewLent those of them made of rows lent.
	viewParts atomic.Int64
	viewLent  atomic.Int64
	// drift tells of each kept deal that is signed whether it changed
	// since (see signOffChanged), under writeMu; drifts counts the writes
	// it told, for the tests.
	drift  map[int64]*model.Drift
	drifts int
}

func newStore(pool *sql.DB, path string, o options) *Store {
	s := &Store{db: pool, path: path, Now: o.now, Actor: o.actor, hub: &hub{watchers: map[*Watcher]struct{}{}}}
	if s.Now == nil {
		s.Now = time.Now
	}
	if s.Actor == "" {
		s.Actor = DefaultActor()
	}
	return s
}

// DefaultActor is the OS user's name, or "unknown".
func DefaultActor() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "USERNAME", "LOGNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "unknown"
}

func (s *Store) now() time.Time { return s.Now() }

// Path is the database file's absolute path.
func (s *Store) Path() string { return s.path }

// Backup is the copy made before this open migrated the file, or "".
func (s *Store) Backup() string { return s.backup }

// Created reports whether this open made a new, empty database.
func (s *Store) Created() bool { return s.created }

// ErrFileGone: the database file was deleted, moved or replaced while
// open, so what is written would go where nobody reads it.
var ErrFileGone = errors.New("database file gone")

// ErrDamaged: the database file failed its integrity check, so nothing is
// written to it.
var ErrDamaged = errors.New("database damaged")

// checkFile refuses when the path no longer names the file that was opened.
func (s *Store) checkFile() error {
	if s.file == nil {
		return nil
	}
	if now, err := os.Stat(s.path); err == nil && os.SameFile(s.file, now) {
		return nil
	}
	return refuse(ErrFileGone, i18n.Msg("%s was deleted, moved or replaced while handoff had it open, so nothing more is saved; quit and start handoff again", s.path))
}

// QuickCheck runs SQLite's quick integrity check over the whole file. A
// file that fails it is marked damaged: every later write is refused, with
// a sentence that offers a JSON export of what can still be read. It reads
// the whole file (about a quarter of a second for 90 MB), so the app runs
// it after its first frame.
func (s *Store) QuickCheck(ctx context.Context) error {
	var first string
	rows, err := s.db.QueryContext(ctx, "PRAGMA quick_check")
	if err == nil {
		if rows.Next() {
			err = rows.Scan(&first)
		}
		if cerr := rows.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = rows.Err()
		}
	}
	var se *sqlite.Error
	if err != nil && !(errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_CORRUPT || se.Code()&0xff == sqlite3.SQLITE_NOTADB)) {
		return mapErr(err)
	}
	if err == nil && first == "ok" {
		return nil
	}
	r := &refusal{i18n.Msg("%s is damaged, so handoff will not write to it; save what can still be read with: handoff --db %s export --format json -o rescue.json", s.path, s.path), ErrDamaged}
	s.hub.damaged.Store(r)
	return r
}

// As is a view of the store whose changes are recorded as actor: one
// pool, one watch and one file for every view, each with its own name in
// the history (a server gives each session its own). person is who the
// actor is in the directory ("" when the actor names nobody). Closing a
// view does nothing; the store it came from closes the file.
func (s *Store) As(actor, person string) *Store {
	return &Store{db: s.db, path: s.path, backup: s.backup, Now: s.Now, Actor: actor, hub: s.hub,
		person: person, view: true, created: s.created, file: s.file}
}

// ActorPerson is the actor's name in the directory: the person a server
// session signed in as, else the actor itself.
func (s *Store) ActorPerson() string {
	if s.person != "" {
		return s.person
	}
	return s.Actor
}

// Close closes the database (a view made by As stays open), once the
// writes under way have committed; later writes are refused.
func (s *Store) Close() error {
	if s.view {
		return nil
	}
	h := s.hub
	h.writing.Lock()
	h.closed = true
	h.writing.Unlock()
	h.watchMu.Lock()
	if h.watch != nil {
		h.watch.Close()
		h.watch = nil
	}
	h.watchMu.Unlock()
	err := s.db.Close()
	if s.readCopy != "" {
		os.RemoveAll(s.readCopy)
	}
	return err
}

// Version reports the schema version of the open file.
func (s *Store) Version(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

// txn is one write transaction with what every write needs beside it.
type txn struct {
	ctx   context.Context
	tx    *sql.Tx
	s     *Store
	now   time.Time
	dirty map[int64]*dealChange // deals whose gaps and summary need refreshing
	// keep are the deals refreshed in full or in part, as they stand once
	// this transaction commits (see hub.kept).
	keep map[int64]*model.Dossier
	// own are the lists of each deal held that this transaction may change
	// in place: those taken from the hub that no viewer holds, and those it
	// made (see ownLists).
	own map[int64]*ownLists
	// drift are the sign-off drifts of the deals refreshed, as they
	// stand once this transaction commits (nil: the deal is not signed).
	drift map[int64]*model.Drift
	// made are the promises of the deals this transaction made, as
	// stored, so their refresh need not read them back.
	made map[int64][]model.Promise
	// madeGaps are the gaps an archive's deal brought, as stored, for the
	// same reason.
	madeGaps map[int64][]model.Gap
	// undealt is set when a row of no deal changed (a person).
	undealt bool
	// at is now as the history writes it, once it has been written.
	at string
	// events are the lines of history written but not yet stored, eight
	// values each (see flushEvents).
	events []any
	// stmts are the statements this transaction prepared, by their SQL, so
	// an import of many rows prepares each kind of statement once. They
	// close with the transaction.
	stmts map[string]*sql.Stmt
	// imports are the deals this transaction imports into, each told in
	// one line of history; newImport is the import of the deal it is
	// about to make (see importLine).
	imports   map[int64]*importLine
	newImport *importLine
	// ahead are the refreshes of deals worked out early (see planAhead).
	ahead map[int64]*ahead
	// dflts are the columns' defaults of the tables insertAll wrote to
	// (see txn.defaults).
	dflts map[string]map[string]string
	// cacheWas is the connection's page cache before an import made it
	// bigger (see roomyCache).
	cacheWas *int64
}

// write runs fn in a BEGIN IMMEDIATE transaction, refreshes the gaps and
// summary of every deal fn touched, and commits. Any error rolls it all back.
func (s *Store) write(ctx context.Context, fn func(t *txn) error) error {
	if r := s.hub.damaged.Load(); r != nil {
		return r
	}
	s.hub.writing.RLock()
	defer s.hub.writing.RUnlock()
	if s.hub.closed {
		return i18n.Msg("the database is closed; nothing was saved")
	}
	s.hub.writeMu.Lock()
	defer s.hub.writeMu.Unlock()
	if err := s.checkFile(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err)
	}
	defer tx.Rollback()
	t := &txn{ctx: ctx, tx: tx, s: s, now: s.now(), dirty: map[int64]*dealChange{}, keep: map[int64]*model.Dossier{},
		drift: map[int64]*model.Drift{}, own: map[int64]*ownLists{}}
	// before the rollback: a refused import leaves the connection's cache
	// as it found it
	defer t.restoreCache()
	if err := t.checkKept(); err != nil {
		return mapErr(err)
	}
	if err := fn(t); err != nil {
		return mapErr(err)
	}
	if err := t.refreshDirty(); err != nil {
		return mapErr(err)
	}
	if err := t.finishImports(); err != nil {
		return mapErr(err)
	}
	if err := t.flushEvents(); err != nil {
		return mapErr(err)
	}
	seen, err := t.newestEvent()
	if err != nil {
		return mapErr(err)
	}
	if err := t.restoreCache(); err != nil {
		return mapErr(err)
	}
	if err := tx.Commit(); err != nil {
		s.hub.forgetKept()
		return mapErr(err)
	}
	s.hub.keepDeals(t.keep, t.own, seen)
	s.hub.keepDrifts(t.drift, t.undealt)
	s.hub.notify()
	return nil
}

// touch marks a deal for refreshing in full before the transaction commits.
func (t *txn) touch(dealID int64) {
	if dealID > 0 {
		t.change(dealID).all = true
	}
}

func (t *txn) exec(query string, args ...any) (sql.Result, error) {
	st, ok := t.stmts[query]
	if !ok {
		var err error
		if st, err = t.tx.PrepareContext(t.ctx, query); err != nil {
			return nil, err
		}
		if t.stmts == nil {
			t.stmts = map[string]*sql.Stmt{}
		}
		t.stmts[query] = st
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *txn) queryRow(query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(t.ctx, query, args...)
}

// event writes one line of history. before and after are the row as it was
// and as it is (nil when it did not or no longer exists). A row an import
// adds has no line of its own: the import's line tells it (see importLine).
func (t *txn) event(dealID int64, entity string, id int64, action string, before, after any) error {
	if action == "create" && dealID != 0 && (t.imports != nil || t.newImport != nil) {
		if told, err := t.imported(dealID, entity, id, after); told || err != nil {
			return err
		}
	}
	b, err := eventJSON(before)
	if err != nil {
		return err
	}
	a, err := eventJSON(after)
	if err != nil {
		return err
	}
	if t.at == "" {
		t.at = formatTime(t.now)
	}
	t.events = append(t.events, nullID(dealID), t.s.Actor, t.at, entity, id, action, b, a)
	if len(t.events) >= 8*eventsAtOnce {
		return t.flushEvents()
	}
	return nil
}

// eventsAtOnce is how many lines of history one statement writes: an
// import writes thousands.
const eventsAtOnce = 100

// flushEvents writes the lines of history event gathered, in the order
// they came, so they get the ids they would one at a time.
func (t *txn) flushEvents() error {
	for len(t.events) > 0 {
		n := min(len(t.events)/8, eventsAtOnce)
		values := strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?), ", n), ", ")
		if _, err := t.exec("INSERT INTO events (deal_id, actor, at, entity, entity_id, action, before, after) VALUES "+values,
			t.events[:8*n]...); err != nil {
			return err
		}
		t.events = t.events[8*n:]
	}
	return nil
}

func eventJSON(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// mapErr turns driver errors into the model's words.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return model.ErrNotFound
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("the database is busy (another handoff is writing); try again: %w", err)
		case sqlite3.SQLITE_READONLY:
			return fmt.Errorf("the database is read-only: %w", ErrReadOnly)
		case sqlite3.SQLITE_FULL:
			return errors.New("the disk is full; nothing was saved")
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return &refusal{i18n.Msg("the database file is damaged where this is kept"), ErrDamaged}
		case sqlite3.SQLITE_CONSTRAINT:
			if strings.Contains(se.Error(), "FOREIGN KEY") {
				return model.Invalid("reference", i18n.M("points at something that does not exist"))
			}
			if strings.Contains(se.Error(), "UNIQUE") {
				// Only one row may hold the key (one live answer per promise,
				// one derived gap per promise and kind): someone else wrote it
				// since this was read.
				return fmt.Errorf("%w: %v", model.ErrConflict, err)
			}
		}
	}
	return err
}

// nullID stores 0 as NULL, for optional references.
func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// idDest scans a nullable reference into an int64 (NULL is 0).
type idDest struct{ p *int64 }

func (d idDest) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d.p = 0
	case int64:
		*d.p = v
	default:
		return fmt.Errorf("unexpected id %T", src)
	}
	return nil
}

// enumDest scans one of a closed set of words (a category, a status) into
// its field as the very string of the set, so that the rows of a big deal
// held in memory do not each keep their own copy of "open" or "derived" as
// read from the file; a word not in the set is kept as read. It converts
// what it is given as database/sql would into a string.
type enumDest[T ~string] struct {
	p      *T
	values []T
}

func (d enumDest[T]) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	case float64:
		s = strconv.FormatFloat(v, 'g', -1, 64)
	case nil:
		return fmt.Errorf("converting NULL to %T is unsupported", *d.p)
	default:
		s = fmt.Sprintf("%v", v)
	}
	for _, w := range d.values {
		if string(w) == s {
			*d.p = w
			return nil
		}
	}
	*d.p = T(s)
	return nil
}

// dateDest scans "YYYY-MM-DD" (or "") into a model.Date.
type dateDest struct{ p *model.Date }

func (d dateDest) Scan(src any) error {
	s, _ := src.(string)
	v, err := model.ParseDate(s)
	*d.p = v
	return err
}

// timeDest scans a stored time into a time.Time (UTC).
type timeDest struct{ p *time.Time }

func (d timeDest) Scan(src any) error {
	s, _ := src.(string)
	if s == "" {
		*d.p = time.Time{}
		return nil
	}
	if v, ok := quickTime(s); ok {
		*d.p = v
		return nil
	}
	v, err := time.Parse(timeLayout, s)
	*d.p = v
	return err
}

// quickTime reads a time exactly as formatTime writes it, without
// time.Parse; anything else is left to time.Parse.
func quickTime(s string) (time.Time, bool) {
	if len(s) != len(timeLayout) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
		s[16] != ':' || s[19] != '.' || s[29] != 'Z' {
		return time.Time{}, false
	}
	n := func(from, to int) (int, bool) {
		v := 0
		for i := from; i < to; i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	var parts [7]int
	for i, r := range [7][2]int{{0, 4}, {5, 7}, {8, 10}, {11, 13}, {14, 16}, {17, 19}, {20, 29}} {
		v, ok := n(r[0], r[1])
		if !ok {
			return time.Time{}, false
		}
		parts[i] = v
	}
	t := time.Date(parts[0], time.Month(parts[1]), parts[2], parts[3], parts[4], parts[5], parts[6], time.UTC)
	if t.Month() != time.Month(parts[1]) || t.Day() != parts[2] || t.Hour() != parts[3] || t.Minute() != parts[4] || t.Second() != parts[5] {
		return time.Time{}, false
	}
	return t, true
}

// jsonDest scans a JSON column into any value.
type jsonDest struct{ p any }

func (d jsonDest) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("unexpected JSON %T", src)
	}
	return json.Unmarshal(b, d.p)
}

// jsonValue stores v as JSON text.
func jsonValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only slices of strings, ints and blockers are stored this way
	}
	return string(b)
}
