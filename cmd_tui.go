package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"handoff/db"
	"handoff/internal/i18n"
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
			if !confirm(stderr, g.lang, g.lang.T("no database at %s; create a new one there? [y/N] ", path)) {
				return fail(2, i18n.Msg("no database at %s; nothing was created", path))
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
		banner = g.lang.T("Created a new database at %s.", s.Path())
	}
	if b := s.Backup(); b != "" {
		banner = g.lang.T("Upgraded the database; the old version is kept in %s.", b)
	}
	if w := db.LocationWarning(s.Path()); w != "" {
		banner = g.lang.T("Warning: %s.", w)
	}
	return runTUI(ctx, g, s, banner)
}

// confirm asks a yes/no question on the terminal; without a terminal to
// ask on, the answer is no.
func confirm(stderr io.Writer, l i18n.Lang, question string) bool {
	if !term.IsTerminal(os.Stdin.Fd()) {
		return false
	}
	fmt.Fprint(stderr, "handoff: "+question)
	answer, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	switch a := strings.ToLower(strings.TrimSpace(answer)); a {
	case "y", "yes":
		return true
	default:
		// The language's own yes ("t", "tak"; "j", "ja"; "s", "sì"; "是")
		// counts too.
		return slices.Contains(strings.Fields(l.T("y yes")), a)
	}
}

// appMemory is the memory the app's own data aims to stay under (SQLite's
// is beside it): past it the collector runs sooner and gives freed memory
// back at once, so a deal of 10,000 promises, once left, does not keep its
// memory. It is a soft limit: a deal that needs more still gets it.
const appMemory = 40 << 20

// The app never writes a heap profile, so it samples no allocations: the
// runtime would otherwise keep the stack of every allocation it sampled
// for as long as the app runs, a megabyte or more that the soft limit
// counts as the app's.
func init() { runtime.MemProfileRate = 0 }

// limitMemory sets the soft memory limit of a command that may hold a big
// deal, unless GOMEMLIMIT sets one.
func limitMemory(n int64) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(n)
	}
}

// appOptions are the app's options as the flags, the environment and the
// config file give them.
func (g *globals) appOptions(banner string) ui.Options {
	c := g.config
	return ui.Options{Banner: banner, Lang: g.lang, NoColor: plainTerminal(g.getenv), Keys: c.rebound(), Theme: c.Theme,
		Colors: c.Colors, NoMouse: !g.mouse()}
}

func runTUI(ctx context.Context, g *globals, s *db.Store, banner string) error {
	limitMemory(appMemory)
	if w := g.configWarning(); w != "" {
		banner = strings.TrimSpace(banner + " " + g.lang.T("Warning: %s.", w))
	}
	g.logger().Info("app", "db", s.Path(), "theme", g.config.Theme, "rebound", len(g.config.Keys), "mouse", g.mouse())
	app := ui.New(ctx, s, g.appOptions(banner))
	if _, err := tea.NewProgram(app, tea.WithContext(ctx)).Run(); err != nil {
		return fail(2, i18n.Msg("the terminal UI stopped: %v", err))
	}
	return nil
}

// plainTerminal reports whether the app draws without colour: NO_COLOR is
// set, or the terminal is a dumb one, which shows no styling at all — the
// app then marks the selected tab and rows with characters alone.
func plainTerminal(getenv func(string) string) bool {
	return getenv("NO_COLOR") != "" || getenv("TERM") == "dumb"
}
