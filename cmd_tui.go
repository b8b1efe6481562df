package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"handoff/db"
	"handoff/ui"
)

// cmdTUI opens the terminal UI on the database. A path the user named
// where there is no database is created only when they say so at the
// terminal, so a typo in --db leaves nothing behind.
func cmdTUI(ctx context.Context, g *globals, stderr io.Writer) error {
	if g.db != "" {
		path, err := filepath.Abs(g.db)
		if err != nil {
			return err
		}
		// A file that is there (even an empty one) is Open's to judge.
		if _, exists, err := db.Peek(path); !exists {
			if err != nil {
				return &exitError{2, err}
			}
			if !confirm(stderr, "no database at "+path+"; create a new one there? [y/N] ") {
				return fail(2, "no database at %s; nothing was created", path)
			}
		}
	}
	s, err := g.open(ctx, mayCreate)
	if err != nil {
		return err
	}
	defer s.Close()
	banner := ""
	if s.Created() {
		banner = "Created a new database at " + s.Path() + "."
	}
	if b := s.Backup(); b != "" {
		banner = "Upgraded the database; the old version is kept in " + b + "."
	}
	if w := db.LocationWarning(s.Path()); w != "" {
		banner = "Warning: " + w + "."
	}
	return runTUI(ctx, s, banner)
}

// confirm asks a yes/no question on the terminal; without a terminal to
// ask on, the answer is no.
func confirm(stderr io.Writer, question string) bool {
	if !term.IsTerminal(os.Stdin.Fd()) {
		return false
	}
	fmt.Fprint(stderr, "handoff: "+question)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes":
		return true
	}
	return false
}

// appMemory is the memory the app's own data aims to stay under (SQLite's
// is beside it): past it the collector runs sooner and gives freed memory
// back at once, so a deal of 10,000 promises, once left, does not keep its
// memory. It is a soft limit: a deal that needs more still gets it.
const appMemory = 40 << 20

// limitMemory sets the soft memory limit of a command that may hold a big
// deal, unless GOMEMLIMIT sets one.
func limitMemory(n int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(n)
	}
}

func runTUI(ctx context.Context, s *db.Store, banner string) error {
	limitMemory(appMemory)
	app := ui.New(ctx, s, ui.Options{Banner: banner})
	if _, err := tea.NewProgram(app, tea.WithContext(ctx)).Run(); err != nil {
		return fmt.Errorf("the terminal UI stopped: %w", err)
	}
	return nil
}
