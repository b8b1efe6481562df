package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// access says whether a command may create the database.
type access int

const (
	// readOnly commands need the file and only read it: none is "no
	// database at PATH", and an older version's file is read, not upgraded.
	readOnly access = iota
	// mustExist commands need the file, and may write to it.
	mustExist
	// mayCreate commands make a new database when there is none: on the
	// default path with its folders, on a path the user names only in a
	// folder that exists (a mistyped folder is reported, not made).
	mayCreate
	// writesNow commands are mayCreate, and write at once: an existing
	// file is checked for damage first (the UI checks after its first
	// frame instead).
	writesNow
)

// path is the database file the flags name.
func (g *globals) path() string {
	if g.db == "" {
		return defaultDBPath()
	}
	return g.db
}

// open opens the database the flags name, turning every refusal into exit 2.
func (g *globals) open(ctx context.Context, acc access) (*db.Store, error) {
	if g.remote != nil {
		return g.remote, nil // a view: closing it leaves the server's file open
	}
	var opts []db.Option
	if g.actor != "" {
		opts = append(opts, db.WithActor(g.actor))
	}
	switch {
	case acc == readOnly:
		opts = append(opts, db.Existing(), db.ReadOnly())
	case acc == mustExist:
		opts = append(opts, db.Existing())
	case g.db != "":
		opts = append(opts, db.InExistingFolder())
	}
	s, err := db.Open(ctx, g.path(), opts...)
	if err != nil {
		return nil, &exitError{2, err}
	}
	if s.Created() {
		g.created = s.Path()
	}
	if (acc == writesNow || acc == mustExist) && !s.Created() {
		if err := s.QuickCheck(ctx); err != nil {
			s.Close()
			return nil, &exitError{2, err}
		}
	}
	if w := db.LocationWarning(s.Path()); w != "" && g.stderr != nil {
		fmt.Fprintln(g.stderr, "handoff: "+g.lang.T("warning: %s.", w))
	}
	return s, nil
}

// undoCreate deletes the database this run made when the command then
// failed (no deal matched, a word was refused): a mistyped --db must not
// leave a new, empty file behind. The command has closed it by now.
func (g *globals) undoCreate(err error) error {
	if err != nil && g.created != "" {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(g.created + suffix)
		}
	}
	return err
}

// defaultDBPath is handoff.db in the platform's user data folder.
func defaultDBPath() string {
	return filepath.Join(dataDir(), "handoff", "handoff.db")
}

func dataDir() string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("LOCALAPPDATA"); d != "" {
			return d
		}
		return filepath.Join(home, "AppData", "Local")
	case "darwin":
		return filepath.Join(home, "Library", "Application Support")
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return d
	}
	return filepath.Join(home, ".local", "share")
}

// findDeal finds a deal by id or by a name that is unique (exactly, or
// case-insensitively, or as the only deal whose name contains the words).
// An id is looked up by itself; a name is matched against the deals' names
// alone, and only the deal found is read whole.
func findDeal(ctx context.Context, lang i18n.Lang, s *db.Store, ref string) (model.Deal, error) {
	if id, err := strconv.ParseInt(strings.TrimSpace(ref), 10, 64); err == nil {
		d, err := s.Deal(ctx, id)
		if err == nil || !errors.Is(err, model.ErrNotFound) {
			return d, err
		}
	}
	list, err := s.DealNames(ctx)
	if err != nil {
		return model.Deal{}, err
	}
	d, candidates := model.FindDeal(list, ref)
	switch {
	case len(candidates) == 1:
		return s.Deal(ctx, d.ID)
	case len(candidates) == 0:
		return d, fail(2, i18n.Msg("no deal matches %q", ref))
	}
	var names strings.Builder
	for _, c := range candidates {
		fmt.Fprintf(&names, "\n  %d\t%s", c.ID, c.Name)
	}
	return d, &exitError{2, errors.New(lang.N("%[2]q matches %[1]d deals; name one by id:%[3]s", len(candidates), ref, names.String()))}
}
