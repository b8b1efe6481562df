package db

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"handoff/internal/fileout"
	"handoff/internal/i18n"
	"handoff/model"

	"modernc.org/sqlite" // also registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

// ApplicationID marks a SQLite file as a handoff database ("HDOF").
const ApplicationID = 0x48444F46

//go:embed migrations/*.sql
var embeddedMigrations embed.FS

// migration is one numbered schema step.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads NNNN_name.sql files in order; their numbers must
// rise, from 1. A number may be left out (a schema step numbered for work
// that has not landed yet): the schema version is the number of the latest
// step, and a file is brought up to date by the steps numbered above its
// version.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []migration
	last := 0
	for _, name := range names {
		base := filepath.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= last || (last == 0 && v != 1) {
			return nil, fmt.Errorf("migration %s is out of sequence", base)
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: base, sql: string(body)})
		last = v
	}
	return out, nil
}

// latestVersion is the schema version the migrations bring a file to.
func latestVersion(migs []migration) int {
	if len(migs) == 0 {
		return 0
	}
	return migs[len(migs)-1].version
}

// dsn is the connection string every pooled connection opens with, so each
// gets the same pragmas: WAL, foreign keys, a busy timeout, and BEGIN
// IMMEDIATE for transactions that write.
func dsn(path string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	q := []string{
		"_pragma=busy_timeout(10000)",
		"_pragma=foreign_keys(1)",
		"_pragma=journal_mode(WAL)",
		"_pragma=synchronous(FULL)",
		"_txlock=immediate",
	}
	return "file:" + esc + "?" + strings.Join(q, "&")
}

// header is what the first 100 bytes of a SQLite file say about it.
type header struct {
	sqlite        bool
	userVersion   uint32
	applicationID uint32
}

var sqliteMagic = []byte("SQLite format 3\x00")

// readHeader reads a file's header without opening it as a database, so a
// file that is not ours is never written to.
func readHeader(path string) (header, error) {
	f, err := os.Open(path)
	if err != nil {
		return header{}, err
	}
	defer f.Close()
	buf := make([]byte, 100)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return header{}, err
	}
	if n < 100 || !bytes.Equal(buf[:16], sqliteMagic) {
		return header{}, nil
	}
	return header{
		sqlite:        true,
		userVersion:   binary.BigEndian.Uint32(buf[60:64]),
		applicationID: binary.BigEndian.Uint32(buf[68:72]),
	}, nil
}

// Open opens the handoff database at path, creating it (and its folder) when
// it does not exist, and migrating it when it was made by an older version.
// A file that is not a handoff database, or that a newer version made, is
// refused untouched.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	o := options{migrations: embeddedMigrations}
	for _, opt := range opts {
		opt(&o)
	}
	migs, err := loadMigrations(o.migrations)
	if err != nil {
		return nil, err
	}
	latest := latestVersion(migs)

	path, err = filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	created := false
	if err := refuseDanglingLink(path); err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if o.existing {
			return nil, refuse(ErrNoDatabase, i18n.Msg("no database at %s", path))
		}
		if o.inFolder {
			if _, err := os.Stat(filepath.Dir(path)); errors.Is(err, fs.ErrNotExist) {
				return nil, refuse(ErrNoDatabase, i18n.Msg("no database at %s, and its folder %s does not exist", path, filepath.Dir(path)))
			}
		}
		if err := create(ctx, path, migs); err != nil {
			return nil, err
		}
		created = true
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", path, fileout.Cause(err))
	case st.IsDir():
		return nil, refuse(model.ErrNotHandoffDB, i18n.Msg("%s is a folder, not a handoff database", path))
	case st.Size() == 0:
		if o.existing {
			return nil, refuse(model.ErrNotHandoffDB, i18n.Msg("%s is an empty file (0 bytes), not a handoff database yet", path))
		}
		// An empty file is an empty database to SQLite; make it ours.
		if err := checkWritable(path); err != nil {
			return nil, err
		}
		if err := initialise(ctx, path, migs); err != nil {
			return nil, err
		}
		created = true
	default:
		h, err := readHeader(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", path, fileout.Cause(err))
		}
		if err := h.check(path, latest); err != nil {
			return nil, err
		}
		if o.readOnly && int(h.userVersion) < latest {
			return openUpgradedCopy(ctx, path, o)
		}
		if err := checkWritable(path); err != nil {
			return nil, err
		}
	}

	pool, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, err
	}
	s := newStore(pool, path, o)
	s.created = created
	if err := s.upgrade(ctx, migs); err != nil {
		pool.Close()
		return nil, err
	}
	if err := s.startWatch(ctx); err != nil {
		pool.Close()
		return nil, s.unreadable(err)
	}
	if err := s.checkTables(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	if s.file, err = os.Stat(path); err != nil {
		pool.Close()
		return nil, fmt.Errorf("cannot read %s: %w", path, fileout.Cause(err))
	}
	return s, nil
}

// openUpgradedCopy serves a command that only reads (ReadOnly) from a file
// an older version made. Upgrading the file would change it, and leave a
// backup beside it, for a command that promised to read; so a private copy
// in the temporary folder is upgraded and read instead, and removed when
// the store closes. The file itself is left as it is, for the app or a
// command that writes to upgrade.
func openUpgradedCopy(ctx context.Context, path string, o options) (*Store, error) {
	dir, err := os.MkdirTemp("", "handoff-read-")
	if err != nil {
		return nil, fmt.Errorf("cannot read %s, an older version's file, through a copy: %w", path, fileout.Cause(err))
	}
	copyPath := filepath.Join(dir, filepath.Base(path))
	fail := func(err error) (*Store, error) {
		os.RemoveAll(dir)
		return nil, err
	}
	// An ordinary connection, not mode=ro: a read-only one leaves the WAL's
	// -wal and -shm files behind, as it may not remove them when it closes.
	// VACUUM INTO only reads the file.
	src, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return fail(err)
	}
	_, err = src.ExecContext(ctx, "VACUUM INTO ?", copyPath)
	src.Close()
	if err != nil {
		return fail(refuse(ErrUpgradeFailed, i18n.Msg("%s is from an older version of handoff and could not be read (%v)", path, mapErr(err))))
	}
	copyOpts := o
	copyOpts.existing, copyOpts.readOnly = false, false
	s, err := Open(ctx, copyPath, func(dst *options) { *dst = copyOpts })
	if err != nil {
		return fail(err)
	}
	s.readCopy = dir
	s.backup = ""
	return s, nil
}

// refuseDanglingLink refuses a symbolic link to nothing: opening it would
// make a stray empty file wherever it points.
func refuseDanglingLink(path string) error {
	lst, err := os.Lstat(path)
	if err != nil || lst.Mode()&fs.ModeSymlink == 0 {
		return nil
	}
	if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	target, _ := os.Readlink(path)
	return refuse(ErrNoDatabase, i18n.Msg("%s is a link to %s, which does not exist; handoff does not create a database through a link", path, target))
}

// checkTables refuses a file marked as handoff's that holds none of its
// tables, instead of failing later on a query with SQLite's words.
func (s *Store) checkTables(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'deals'").Scan(&n); err != nil {
		return s.unreadable(err)
	}
	if n == 0 {
		return refuse(model.ErrNotHandoffDB, i18n.Msg("%s is marked as a handoff database but holds none of its tables (was it emptied by another program?)", s.path))
	}
	return nil
}

// unreadable is the sentence for a file SQLite could not read while
// opening it: damaged, or some other failure, never in SQLite's words
// alone.
func (s *Store) unreadable(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_CORRUPT || se.Code()&0xff == sqlite3.SQLITE_NOTADB) {
		return refuse(ErrDamaged, i18n.Msg("%s is damaged so badly that handoff cannot open it; restore it from a backup", s.path))
	}
	return fmt.Errorf("cannot read %s: %w", s.path, mapErr(err))
}

// Peek reports the schema version of the handoff database at path without
// opening it (so nothing is created or changed), and whether a file is
// there at all. A file that is not a handoff database is refused as Open
// refuses it.
func Peek(path string) (schema int, exists bool, err error) {
	path, err = filepath.Abs(path)
	if err != nil {
		return 0, false, err
	}
	if err := refuseDanglingLink(path); err != nil {
		return 0, false, err
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0, false, nil
	case err != nil:
		return 0, false, fmt.Errorf("cannot read %s: %w", path, fileout.Cause(err))
	case st.IsDir():
		return 0, false, refuse(model.ErrNotHandoffDB, i18n.Msg("%s is a folder, not a handoff database", path))
	case st.Size() == 0:
		return 0, true, refuse(model.ErrNotHandoffDB, i18n.Msg("%s is an empty file (0 bytes), not a handoff database yet", path))
	}
	h, err := readHeader(path)
	if err != nil {
		return 0, true, fmt.Errorf("cannot read %s: %w", path, fileout.Cause(err))
	}
	if err := h.check(path, SchemaVersion()); err != nil {
		return 0, true, err
	}
	return int(h.userVersion), true, nil
}

// check refuses a file that is not a handoff database or is too new.
func (h header) check(path string, latest int) error {
	switch {
	case !h.sqlite:
		return refuse(model.ErrNotHandoffDB, i18n.Msg("%s is not a handoff database (it is not a SQLite file)", path))
	case h.applicationID != ApplicationID:
		return refuse(model.ErrNotHandoffDB, i18n.Msg("%s is not a handoff database (it is a SQLite file made by another program)", path))
	case int(h.userVersion) > latest:
		return tooNew(path, int(h.userVersion), latest)
	}
	return nil
}

// checkWritable refuses a file this user cannot write, before SQLite opens it.
func checkWritable(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return refuse(ErrReadOnly, i18n.Msg("%s is read-only for you, and handoff needs to write to it", path))
		}
		return fmt.Errorf("cannot open %s: %w", path, fileout.Cause(err))
	}
	return f.Close()
}

// refusal is an error whose message is one whole sentence for the user and
// which still matches its sentinel with errors.Is.
// Its sentence waits for the reader's language (i18n.Message): the app and
// the command line put it in theirs.
type refusal struct {
	msg      i18n.Message
	sentinel error
}

func (r *refusal) Error() string   { return r.msg.Error() }
func (r *refusal) Unwrap() []error { return []error{r.sentinel, r.msg} }

func refuse(sentinel error, msg i18n.Message) error {
	return &refusal{msg, sentinel}
}

func tooNew(path string, version, latest int) error {
	return refuse(model.ErrTooNew, i18n.Msg("%s was created by a newer version of handoff (schema %d; this version knows schema %d); update handoff to open it", path, version, latest))
}

// ErrNoDatabase: there is no database file where one was asked for.
var ErrNoDatabase = errors.New("no database")

// ErrUpgradeFailed: the file's schema could not be brought up to date; it
// is left as it was.
var ErrUpgradeFailed = errors.New("upgrade failed")

// ErrReadOnly: the database file cannot be written.
var ErrReadOnly = errors.New("read-only")

// create makes a new database at path: its folder 0700, the file 0600. The
// schema is built in a temporary file that is linked into place only when
// complete, so a crash never leaves a half-made database, and two processes
// creating the same file at once both end up on one complete file.
func create(ctx context.Context, path string, migs []migration) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the folder for %s: %w", path, fileout.Cause(err))
	}
	removeStaleTemps(dir, filepath.Base(path))
	tmpPath, err := newTempBeside(path)
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", path, fileout.Cause(err))
	}
	defer os.Remove(tmpPath)
	if err := initialise(ctx, tmpPath, migs); err != nil {
		return err
	}
	if err := os.Link(tmpPath, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return nil // someone else made it first; theirs is as good
		}
		if err := os.Rename(tmpPath, path); err != nil {
			return fmt.Errorf("cannot create %s: %w", path, fileout.Cause(err))
		}
	}
	return nil
}

// newTempBeside makes an empty file, 0600, beside path, named as
// removeStaleTemps knows a temporary file of path; the caller removes it.
func newTempBeside(path string) (string, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-*")
	if err != nil {
		return "", err
	}
	err = tmp.Chmod(0o600)
	tmp.Close()
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// staleAfter is how old a creation's temporary file must be to count as
// left by a crash: creating takes milliseconds, so a minute is generous
// for a creation that is still running.
const staleAfter = time.Minute

// removeStaleTemps deletes the temporary files (and their journals) that
// a creation of base killed halfway left in dir.
func removeStaleTemps(dir, base string) {
	names, _ := filepath.Glob(filepath.Join(dir, "."+globEscape(base)+".new-*"))
	for _, name := range names {
		if st, err := os.Lstat(name); err == nil && st.Mode().IsRegular() && time.Since(st.ModTime()) > staleAfter {
			os.Remove(name)
		}
	}
}

// globEscape quotes the characters filepath.Match treats specially.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}

// initialise writes the whole schema into an empty file in rollback-journal
// mode (so no WAL file is left beside it), stamps it as ours, and closes it.
func initialise(ctx context.Context, path string, migs []migration) error {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	pool, err := sql.Open("sqlite", "file:"+esc+"?_pragma=foreign_keys(1)&_pragma=journal_mode(DELETE)&_txlock=immediate")
	if err != nil {
		return err
	}
	defer pool.Close()
	tx, err := pool.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", path, err)
	}
	defer tx.Rollback()
	for _, m := range migs {
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", ApplicationID, latestVersion(migs))); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("cannot create %s: %w", path, err)
	}
	return pool.Close()
}

// upgrade checks the open database is ours and brings its schema up to date,
// copying it aside with VACUUM INTO first.
func (s *Store) upgrade(ctx context.Context, migs []migration) error {
	var appID, version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return s.unreadable(err)
	}
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return s.unreadable(err)
	}
	if uint32(appID) != ApplicationID {
		return refuse(model.ErrNotHandoffDB, i18n.Msg("%s is not a handoff database", s.path))
	}
	if version > latestVersion(migs) {
		return tooNew(s.path, version, latestVersion(migs))
	}
	if version == latestVersion(migs) {
		return nil
	}
	backup := fmt.Sprintf("%s.v%d-%s.bak", s.path, version, s.now().UTC().Format("20060102T150405"))
	// Make the copy's file 0600 before any data goes in (VACUUM INTO takes
	// an empty file), so the copy is never readable by others, not even for
	// a moment.
	bf, err := os.OpenFile(backup, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("cannot copy %s aside before upgrading it: %w", s.path, err)
	}
	bf.Close()
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", backup); err != nil {
		os.Remove(backup)
		return refuse(ErrUpgradeFailed, i18n.Msg("%s could not be copied aside before upgrading it (%v), so it was left as it was", s.path, mapErr(err)))
	}
	// A failed attempt leaves the file as it was, so its copy would only
	// pile up beside the others: it goes unless the upgrade commits.
	migrated, err := s.migrate(ctx, migs)
	if err != nil || !migrated {
		os.Remove(backup) // not needed: another process upgraded it first
		return err
	}
	s.backup = backup
	return nil
}

// migrate runs the migrations the file lacks in one transaction, and
// reports whether there were any left to run.
func (s *Store) migrate(ctx context.Context, migs []migration) (bool, error) {
	failed := func(what string) error {
		return refuse(ErrUpgradeFailed, i18n.Msg("%s could not be upgraded to schema %d (%s), so it was left as it was; this version of handoff cannot use it", s.path, latestVersion(migs), what))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, failed(mapErr(err).Error())
	}
	defer tx.Rollback()
	// Re-read under the write lock: another process may have migrated it.
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, failed(mapErr(err).Error())
	}
	if version >= latestVersion(migs) {
		return false, nil
	}
	fill, carry := "", ""
	for _, m := range migs {
		if m.version <= version {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return false, failed("migration " + m.name + " failed")
		}
		if strings.HasSuffix(m.name, diffMigration) {
			fill = m.name
		}
		if strings.HasSuffix(m.name, canonicalMigration) {
			carry = m.name
		}
	}
	// The differences are filled once every step has run: the gaps are read
	// with today's columns, which later steps may add to.
	if fill != "" {
		if err := fillDiffs(ctx, tx); err != nil {
			return false, failed("migration " + fill + " failed: " + mapErr(err).Error())
		}
	}
	if carry != "" {
		if err := carryOverSignOffs(ctx, tx); err != nil {
			return false, failed("migration " + carry + " failed: " + mapErr(err).Error())
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", latestVersion(migs))); err != nil {
		return false, failed(mapErr(err).Error())
	}
	if err := tx.Commit(); err != nil {
		return false, failed(mapErr(err).Error())
	}
	return true, nil
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int {
	migs, err := loadMigrations(embeddedMigrations)
	if err != nil {
		return 0
	}
	return latestVersion(migs)
}

// timeLayout is how times are stored: UTC, to the nanosecond, sortable.
const timeLayout = "2006-01-02T15:04:05.000000000Z"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}
