package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	return runTUI(ctx, s, ui.Options{Banner: banner, NoColor: g.getenv("NO_COLOR") != ""})
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

func runTUI(ctx context.Context, s *db.Store, opts ui.Options) error {
	app := ui.New(ctx, s, opts)
	if _, err := tea.NewProgram(app, tea.WithContext(ctx)).Run(); err != nil {
		return fmt.Errorf("the terminal UI stopped: %w", err)
	}
	return nil
}
