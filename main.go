// Command handoff keeps, per deal, what sales promised, what delivery can
// do, and the gaps between them, in one SQLite file; it runs the terminal
// UI and a few commands for scripts.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/model"
	"handoff/ui"
)

// version is the app's version; release builds set it with -ldflags.
var version = "0.1.0"

const usage = `handoff — mind the gap between what sales promised and what delivery can build.

Usage:
  handoff [--db PATH] [command]

Commands:
  (none)     open the terminal UI on the database
  demo       open the terminal UI on a throwaway database with sample deals
  sample     add the sample deals to the database
  check      print readiness and blockers; exit 0 ready, 1 not ready, 2 error
             flags: --deal ID|NAME
  version    print the app version and the schema version

Global flags:
  --db PATH      the database file (default: $HANDOFF_DB, else %s)
  --actor NAME   who the changes are recorded as (default: $HANDOFF_ACTOR, else the OS user)
  -h, --help     show this help

Exit codes: 0 success, 1 not ready or nothing to do, 2 usage or data error.
`

// exitError carries an exit code with the one sentence printed for it.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

func fail(code int, format string, args ...any) error {
	return &exitError{code, fmt.Errorf(format, args...)}
}

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command line, returning the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	err := dispatch(ctx, args, stdout, stderr)
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err.Error() != "" {
			fmt.Fprintln(stderr, "handoff: "+ee.err.Error())
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "handoff: "+err.Error())
	return 2
}

// globals are the flags every command takes.
type globals struct {
	db    string
	actor string
}

func (g *globals) register(fs *flag.FlagSet) {
	fs.StringVar(&g.db, "db", g.db, "database file")
	fs.StringVar(&g.actor, "actor", g.actor, "who changes are recorded as")
}

// newFlags makes a flag set that reports errors instead of exiting.
func newFlags(name string, g *globals, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	g.register(fs)
	return fs
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	g := globals{db: os.Getenv("HANDOFF_DB"), actor: os.Getenv("HANDOFF_ACTOR")}
	fs := newFlags("handoff", &g, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, usage, defaultDBPath())
			return nil
		}
		fmt.Fprintf(stderr, usage, defaultDBPath())
		return fail(2, "%v", err)
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return cmdTUI(ctx, &g)
	}
	cmd, rest := rest[0], rest[1:]
	switch cmd {
	case "demo":
		return cmdDemo(ctx, &g, rest, stdout, stderr)
	case "sample":
		return cmdSample(ctx, &g, rest, stdout, stderr)
	case "help":
		fmt.Fprintf(stdout, usage, defaultDBPath())
		return nil
	case "version":
		return cmdVersion(ctx, &g, rest, stdout, stderr)
	case "check":
		return cmdCheck(ctx, &g, rest, stdout, stderr)
	}
	fmt.Fprintf(stderr, usage, defaultDBPath())
	return fail(2, "unknown command %q", cmd)
}

// parseCommand parses a command's flags (which include the global ones).
func parseCommand(fs *flag.FlagSet, args []string, stdout io.Writer) (bool, error) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, usage, defaultDBPath())
			return false, nil
		}
		return false, fail(2, "%s: %v", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return false, fail(2, "%s: unexpected argument %q", fs.Name(), fs.Arg(0))
	}
	return true, nil
}

// open opens the database the flags name, turning every refusal into exit 2.
func (g *globals) open(ctx context.Context) (*db.Store, error) {
	path := g.db
	if path == "" {
		path = defaultDBPath()
	}
	var opts []db.Option
	if g.actor != "" {
		opts = append(opts, db.WithActor(g.actor))
	}
	s, err := db.Open(ctx, path, opts...)
	if err != nil {
		return nil, &exitError{2, err}
	}
	return s, nil
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

func cmdVersion(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", g, stderr)
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	v, err := s.Version(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "handoff %s (schema %d)\ndatabase %s (schema %d)\n", version, db.SchemaVersion(), s.Path(), v)
	return nil
}

func cmdCheck(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", g, stderr)
	deal := fs.String("deal", "", "deal id or name")
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if *deal != "" {
		d, err := findDeal(ctx, s, *deal)
		if err != nil {
			return err
		}
		dos, err := s.Dossier(ctx, d.ID)
		if err != nil {
			return err
		}
		r := dos.Readiness()
		fmt.Fprintf(stdout, "%s: %s\n", d.Name, r)
		for _, b := range r.Blockers {
			fmt.Fprintf(stdout, "  - %s\n", b)
		}
		if !r.Ready() {
			return &exitError{1, errors.New("")}
		}
		return nil
	}
	list, err := s.DealSummaries(ctx)
	if err != nil {
		return err
	}
	notReady := 0
	for _, sm := range list {
		if sm.Deal.Archived {
			continue
		}
		state := "ready"
		if !sm.Ready() {
			notReady++
			state = fmt.Sprintf("%d%% — %d blockers", sm.Readiness, sm.Blockers)
		}
		fmt.Fprintf(stdout, "%d\t%s\t%s\n", sm.Deal.ID, sm.Deal.Name, state)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "no deals")
		return &exitError{1, errors.New("")}
	}
	if notReady > 0 {
		return &exitError{1, errors.New("")}
	}
	return nil
}

// findDeal finds a deal by id or by a name that is unique (exactly, or
// case-insensitively, or as the only deal whose name contains the words).
func findDeal(ctx context.Context, s *db.Store, ref string) (model.Deal, error) {
	list, err := s.Deals(ctx)
	if err != nil {
		return model.Deal{}, err
	}
	d, candidates := model.FindDeal(list, ref)
	switch {
	case len(candidates) == 1:
		return d, nil
	case len(candidates) == 0:
		return d, fail(2, "no deal matches %q", ref)
	}
	msg := fmt.Sprintf("%q matches %d deals; name one by id:", ref, len(candidates))
	for _, c := range candidates {
		msg += fmt.Sprintf("\n  %d\t%s", c.ID, c.Name)
	}
	return d, fail(2, "%s", msg)
}

// cmdTUI opens the terminal UI on the database.
func cmdTUI(ctx context.Context, g *globals) error {
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	banner := ""
	if b := s.Backup(); b != "" {
		banner = "Upgraded the database; the old version is kept in " + b + "."
	}
	return runTUI(ctx, s, banner)
}

func runTUI(ctx context.Context, s *db.Store, banner string) error {
	app := ui.New(ctx, s, ui.Options{Banner: banner})
	if _, err := tea.NewProgram(app, tea.WithContext(ctx)).Run(); err != nil {
		return fmt.Errorf("the terminal UI stopped: %w", err)
	}
	return nil
}

// cmdDemo opens the UI on a new throwaway database with the sample deals,
// deleted on quit.
func cmdDemo(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("demo", g, stderr)
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	dir, err := os.MkdirTemp("", "handoff-demo-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	demo := globals{db: filepath.Join(dir, "demo.db"), actor: g.actor}
	s, err := demo.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		return err
	}
	return runTUI(ctx, s, "Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.")
}

// cmdSample adds the sample deals to the database.
func cmdSample(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sample", g, stderr)
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	s, err := g.open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Import(ctx, model.SampleArchive())
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "added %d sample deals to %s\n", len(res.Deals), s.Path())
	return nil
}
