// Command handoff keeps, per deal, what sales promised, what delivery can
// do, and the gaps between them, in one SQLite file; it runs the terminal
// UI and a few commands for scripts.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"handoff/db"
	"handoff/internal/fileout"
	"handoff/internal/prose"
	"handoff/internal/safe"
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
  sample     add the sample deals to the database (refused when they are there
             already; flags: --allow-duplicates adds them again)
  check      print readiness and blockers; exit 0 ready, 1 not ready, 2 error
             flags: --deal ID|NAME
  export     write the handoff report of a deal (markdown), or the data as JSON
             flags: --deal ID|NAME  the deal; without it, markdown is every open
                                    deal's report one after another, JSON is every deal
                    --format markdown|json  (default markdown)
                    -o FILE         write FILE (whole or not at all) instead of stdout
  import     import FILE: a JSON export, all or nothing (into an empty database it
             keeps ids, so export → import → export gives the same file); or the
             promises of a CSV file, with a header row naming any of the columns
             title,detail,category,priority,promised_by,source,source_ref,made_on,
             due,verification,problem,budget_days (only title is required; a bad
             row refuses the whole file; an unknown promised_by is added as sales)
             flags: --deal ID|NAME  the deal the CSV promises belong to
                    --create        make the deal (stage lead) if none has that name
                    --allow-duplicates  add deals (same name and customer) or
                                    promises (same title and source_ref in the
                                    deal) the database already holds
  words      list the team's own watch words (besides the built-in ones);
             words add WORD…, words remove WORD… change them ("wdroż*": any ending)
  version    print the app version and the schema version (the database's
             is read from its file, which is never created or changed)

Global flags:
  --db PATH      the database file (default: $HANDOFF_DB, else %s)
  --actor NAME   who the changes are recorded as (default: $HANDOFF_ACTOR, else the OS user)
  --version      print the app version
  -h, --help     show this help

check, export and listing words only read: without a database they exit 2.
The others create one when there is none: on the default path with its
folders; on a path you name only in a folder that exists (and the terminal
UI asks first).

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

// run is the whole command line, returning the exit code. Everything it
// prints as text goes through the same cleaning as the screen, so a deal
// name cannot retitle or clear the terminal; exports, which are data, are
// written by data.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	stdout, stderr = cleanWriter{stdout}, cleanWriter{stderr}
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

// cleanWriter passes text on cleaned of escape sequences, controls and
// invisible format characters (safe.Terminal). Every Write is whole lines
// or a whole value, so no sequence is split between two writes.
type cleanWriter struct{ w io.Writer }

func (c cleanWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, safe.Terminal(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// data is the writer under w's cleaning, for output that is data and must
// stay exact: a markdown report (its escaping removes controls already)
// or a JSON export (which writes them as \u escapes).
func data(w io.Writer) io.Writer {
	if c, ok := w.(cleanWriter); ok {
		return c.w
	}
	return w
}

// globals are the flags every command takes.
type globals struct {
	db    string
	actor string
	// created is the database this run made, if it made one.
	created string
	// stderr receives warnings about the database's location.
	stderr io.Writer
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
	g := globals{db: os.Getenv("HANDOFF_DB"), actor: os.Getenv("HANDOFF_ACTOR"), stderr: stderr}
	fs := newFlags("handoff", &g, stderr)
	showVersion := fs.Bool("version", false, "print the version")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, usage, defaultDBPath())
			return nil
		}
		fmt.Fprintf(stderr, usage, defaultDBPath())
		return fail(2, "%v", err)
	}
	if *showVersion {
		fmt.Fprintf(stdout, "handoff %s (schema %d)\n", version, db.SchemaVersion())
		return nil
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return cmdTUI(ctx, &g, stderr)
	}
	cmd, rest := rest[0], rest[1:]
	switch cmd {
	case "demo":
		return cmdDemo(ctx, &g, rest, stdout, stderr)
	case "sample":
		return g.undoCreate(cmdSample(ctx, &g, rest, stdout, stderr))
	case "help":
		fmt.Fprintf(stdout, usage, defaultDBPath())
		return nil
	case "version":
		return cmdVersion(&g, rest, stdout, stderr)
	case "check":
		return cmdCheck(ctx, &g, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, &g, rest, stdout, stderr)
	case "import":
		return g.undoCreate(cmdImport(ctx, &g, rest, stdout, stderr))
	case "words":
		return g.undoCreate(cmdWords(ctx, &g, rest, stdout, stderr))
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

// access says whether a command may create the database.
type access int

const (
	// readOnly commands need the file: none is "no database at PATH".
	readOnly access = iota
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
	var opts []db.Option
	if g.actor != "" {
		opts = append(opts, db.WithActor(g.actor))
	}
	switch {
	case acc == readOnly:
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
	if acc == writesNow && !s.Created() {
		if err := s.QuickCheck(ctx); err != nil {
			s.Close()
			return nil, &exitError{2, err}
		}
	}
	if w := db.LocationWarning(s.Path()); w != "" && g.stderr != nil {
		fmt.Fprintln(g.stderr, "handoff: warning: "+w+".")
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

// cmdVersion prints the app's version and, read from the file's header
// without opening it, the database's schema.
func cmdVersion(g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", g, stderr)
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	path, err := filepath.Abs(g.path())
	if err != nil {
		return err
	}
	v, exists, err := db.Peek(path)
	if err != nil {
		return &exitError{2, err}
	}
	fmt.Fprintf(stdout, "handoff %s (schema %d)\n", version, db.SchemaVersion())
	if exists {
		fmt.Fprintf(stdout, "database %s (schema %d)\n", path, v)
	} else {
		fmt.Fprintf(stdout, "database %s (none yet)\n", path)
	}
	return nil
}

func cmdCheck(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", g, stderr)
	deal := fs.String("deal", "", "deal id or name")
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	today := model.DateOf(time.Now())
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
		for _, gap := range dos.OverdueGaps(today) {
			fmt.Fprintf(stdout, "  overdue: %s (due %s, %s)\n", gap.Title, gap.Due, model.OverdueText(gap.Due, today))
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
		if late := model.OverdueText(sm.NextDue, today); late != "" {
			state += fmt.Sprintf("; due %s, %s", sm.NextDue, late)
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
	removeDeadDemos(os.TempDir())
	// The folder's name carries this process's id, so a later demo can
	// tell a folder left by a demo that was killed from one in use.
	dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-*", demoPrefix, os.Getpid()))
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	// Closing the terminal (SIGHUP) or being told to stop (SIGTERM) ends
	// the UI like quitting, so the folder still goes.
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGHUP, syscall.SIGTERM)
	defer stop()
	demo := globals{db: filepath.Join(dir, "demo.db"), actor: g.actor}
	s, err := demo.open(ctx, mayCreate)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
		return err
	}
	err = runTUI(ctx, s, "Demo: a throwaway database with sample deals, deleted when you quit. ? lists every key.")
	if ctx.Err() != nil {
		return &exitError{2, errors.New("")} // stopped by a signal: nobody is there to read why
	}
	return err
}

// cmdSample adds the sample deals to the database.
func cmdSample(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sample", g, stderr)
	allow := fs.Bool("allow-duplicates", false, "add the sample deals even when they are there already")
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	s, err := g.open(ctx, writesNow)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Import(ctx, model.SampleArchive(), db.ImportOptions{AllowDuplicates: *allow})
	if err != nil {
		return duplicateHint(err, "the sample deals were not added: ")
	}
	fmt.Fprintf(stdout, "added %d sample deals to %s\n", len(res.Deals), s.Path())
	return nil
}

// cmdExport writes the handoff report of a deal, or of every open deal, as
// markdown, or the data as a JSON export, to stdout or atomically to a file.
func cmdExport(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", g, stderr)
	ref := fs.String("deal", "", "deal id or name")
	format := fs.String("format", "markdown", "markdown or json")
	out := fs.String("o", "", "file to write")
	if ok, err := parseCommand(fs, args, stdout); !ok {
		return err
	}
	if *format != "markdown" && *format != "md" && *format != "json" {
		return fail(2, "export: --format is markdown or json, not %q", *format)
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	var body []byte
	// lost names the deals a damaged file would not give up.
	var lost error
	perm := os.FileMode(0o644) // less what the umask takes away
	if *format == "json" {
		perm = 0o600 // the export holds internal notes and money
		var ids []int64
		if *ref != "" {
			d, err := findDeal(ctx, s, *ref)
			if err != nil {
				return err
			}
			ids = append(ids, d.ID)
		}
		a, err := s.Export(ctx, ids...)
		if errors.As(err, new(*db.PartialExport)) {
			lost = &exitError{2, err} // what can be read is still written
		} else if err != nil {
			return err
		}
		if body, err = db.MarshalArchive(a); err != nil {
			return err
		}
	} else if body, err = reports(ctx, s, *ref, time.Now()); err != nil {
		return err
	}
	if *out == "" {
		if _, err := data(stdout).Write(body); err != nil {
			return err
		}
		return lost
	}
	if err := writeOutput(*out, body, perm); err != nil {
		return &exitError{2, err}
	}
	fmt.Fprintf(stderr, "wrote %s\n", *out)
	return lost
}

// reports is the markdown report of the deal ref names, or, when ref is
// "", of every deal that is not archived, by name, separated by rules.
func reports(ctx context.Context, s *db.Store, ref string, now time.Time) ([]byte, error) {
	var ids []int64
	if ref != "" {
		d, err := findDeal(ctx, s, ref)
		if err != nil {
			return nil, err
		}
		ids = append(ids, d.ID)
	} else {
		list, err := s.Deals(ctx)
		if err != nil {
			return nil, err
		}
		for _, d := range list {
			if !d.Archived {
				ids = append(ids, d.ID)
			}
		}
		if len(ids) == 0 {
			return nil, fail(1, "there are no open deals to export")
		}
	}
	var b bytes.Buffer
	for i, id := range ids {
		d, err := s.Dossier(ctx, id)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteString("\n---\n\n")
		}
		b.WriteString(model.Report(d, now))
	}
	return b.Bytes(), nil
}

// writeOutput writes data to the file -o names. A regular file (or a new
// one) is replaced whole, never left half-written; a pipe, a terminal or
// /dev/stdout is written into, as a shell redirection would; a folder is
// refused.
func writeOutput(path string, data []byte, perm os.FileMode) error {
	st, err := os.Stat(path)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fileout.Error(path, err)
	case err == nil && st.IsDir():
		return fmt.Errorf("could not write %s: it is a folder; name a file in it", path)
	case err == nil && (!st.Mode().IsRegular() || isSpecialPath(path)):
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return fileout.Error(path, err)
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fileout.Error(path, err)
		}
		return nil
	}
	target := path
	if resolved, err := filepath.EvalSymlinks(path); err == nil {
		target = resolved // replace the file a link points at, not the link
	}
	return fileout.Write(target, data, perm, true)
}

// isSpecialPath reports whether path is in /dev or /proc, or a link that
// leads there, where a name stands for an open file (/dev/stdout,
// /dev/fd/3) that replacing would not reach.
func isSpecialPath(path string) bool {
	p, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for range 40 { // as many links as the kernel follows
		if strings.HasPrefix(p, "/dev/") || strings.HasPrefix(p, "/proc/") {
			return true
		}
		target, err := os.Readlink(p)
		if err != nil {
			return false // not a link: the end of the chain
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(p), target)
		}
		p = target
	}
	return false
}

// cmdImport imports a JSON export, or the promises of a CSV file into a
// deal. Either all of the file goes in or, on any problem, nothing.
func cmdImport(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", g, stderr)
	ref := fs.String("deal", "", "deal id or name")
	create := fs.Bool("create", false, "make the deal when none has that name")
	allow := fs.Bool("allow-duplicates", false, "add what the database already holds")
	files, ok, err := parseArgs(fs, args, stdout)
	if !ok {
		return err
	}
	if len(files) != 1 {
		return fail(2, "import: name one file to import")
	}
	file := files[0]
	data, err := os.ReadFile(file)
	if err != nil {
		return fail(2, "could not read %s: %v", file, fileout.Cause(err))
	}
	if isJSON(file, data) {
		if *ref != "" || *create {
			return fail(2, "import: --deal and --create are for CSV files of promises; %s is a JSON export", file)
		}
		a, err := db.UnmarshalArchive(data)
		if err != nil {
			return fail(2, "nothing was imported from %s: %v", file, err)
		}
		s, err := g.open(ctx, writesNow)
		if err != nil {
			return err
		}
		defer s.Close()
		res, err := s.Import(ctx, a, db.ImportOptions{AllowDuplicates: *allow})
		if err != nil {
			return duplicateHint(err, "nothing was imported from "+file+": ")
		}
		kept := ""
		if res.KeptIDs {
			kept = " (ids kept)"
		}
		fmt.Fprintf(stdout, "imported %s and %s from %s%s\n",
			prose.Count(len(res.Deals), "deal", "deals"), prose.Count(res.People, "new person", "new people"), file, kept)
		return nil
	}

	if *ref == "" {
		return fail(2, "import: %s holds promises; name their deal with --deal (and --create to make it)", file)
	}
	rows, err := model.ParsePromiseCSV(bytes.NewReader(data))
	if err != nil {
		msg := err.Error()
		if strings.Contains(msg, "\n") {
			msg = "\n  " + strings.ReplaceAll(msg, "\n", "\n  ")
		} else {
			msg = " " + msg
		}
		return fail(2, "nothing was imported from %s:%s", file, msg)
	}
	if len(rows) == 0 {
		return fail(1, "%s has no promises, only a header: nothing to import", file)
	}
	s, err := g.open(ctx, writesNow)
	if err != nil {
		return err
	}
	defer s.Close()
	var deal model.Deal
	if *create {
		deal, err = dealNamed(ctx, s, *ref)
	} else {
		deal, err = findDeal(ctx, s, *ref)
	}
	if err != nil {
		return err
	}
	var res db.PromiseImport
	into := "into"
	if deal.ID == 0 {
		deal = model.Deal{Name: strings.TrimSpace(*ref), Stage: model.StageLead}
		res, err = s.CreateDealWithPromises(ctx, &deal, rows...)
		into = "into the new deal"
	} else {
		res, err = s.ImportPromisesWith(ctx, deal.ID, db.ImportOptions{AllowDuplicates: *allow}, rows...)
	}
	if err != nil {
		return duplicateHint(err, "nothing was imported from "+file+": ")
	}
	fmt.Fprintf(stdout, "imported %s %s %q (id %d)\n", prose.Count(len(res.Promises), "promise", "promises"), into, deal.Name, deal.ID)
	if len(res.People) > 0 {
		names := make([]string, len(res.People))
		for i, p := range res.People {
			names[i] = p.Name
		}
		fmt.Fprintf(stdout, "added to the people as sales: %s\n", strings.Join(names, ", "))
	}
	return nil
}

// duplicateHint turns a refused import into its exit error; one refused
// as a duplicate says how to add it anyway.
func duplicateHint(err error, prefix string) error {
	var dup *db.DuplicateError
	if errors.As(err, &dup) {
		return fail(1, "%s — run again with --allow-duplicates to add them anyway", dup)
	}
	return fail(2, "%s%v", prefix, err)
}

// dealNamed finds the deal --create means: the one with that id or exactly
// that name (in any case). None is no error: the zero Deal says "make it".
// A name shared by several deals lists them, as findDeal does.
func dealNamed(ctx context.Context, s *db.Store, ref string) (model.Deal, error) {
	list, err := s.Deals(ctx)
	if err != nil {
		return model.Deal{}, err
	}
	ref = strings.TrimSpace(ref)
	var exact []model.Deal
	for _, d := range list {
		if strconv.FormatInt(d.ID, 10) == ref {
			return d, nil
		}
		if strings.EqualFold(d.Name, ref) {
			exact = append(exact, d)
		}
	}
	switch len(exact) {
	case 0:
		return model.Deal{}, nil
	case 1:
		return exact[0], nil
	}
	return findDeal(ctx, s, ref)
}

// parseArgs parses a command's flags, which may come before, between or
// after its arguments, and returns the arguments.
func parseArgs(fs *flag.FlagSet, args []string, stdout io.Writer) ([]string, bool, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(stdout, usage, defaultDBPath())
				return nil, false, nil
			}
			return nil, false, fail(2, "%s: %v", fs.Name(), err)
		}
		if fs.NArg() == 0 {
			return rest, true, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// isJSON tells a JSON export from a CSV file: by the name's extension, or
// else by whether the content starts with "{".
func isJSON(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return true
	case ".csv", ".tsv", ".txt":
		return false
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("{"))
}

// cmdWords lists, adds or removes the team's own watch words: words that
// start arguments, which every deal's promises are checked for.
func cmdWords(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("words", g, stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stdout, usage, defaultDBPath())
			return nil
		}
		return fail(2, "words: %v", err)
	}
	rest := fs.Args()
	verb := "list"
	if len(rest) > 0 {
		verb, rest = rest[0], rest[1:]
	}
	if (verb == "list") != (len(rest) == 0) {
		return fail(2, "words: use words, words add WORD…, or words remove WORD…")
	}
	acc := readOnly // listing and removing need words to be there already
	if verb == "add" {
		acc = writesNow
	}
	s, err := g.open(ctx, acc)
	if err != nil {
		return err
	}
	defer s.Close()
	current, err := s.WatchWords(ctx)
	if err != nil {
		return err
	}
	switch verb {
	case "list":
		if len(current) == 0 {
			fmt.Fprintln(stdout, "no words of the team's own; the built-in watch lists are in use")
			return nil
		}
		for _, w := range current {
			fmt.Fprintln(stdout, w.Word)
		}
	case "add":
		for _, word := range rest {
			w := model.WatchWord{Word: strings.TrimSpace(word)}
			if err := s.AddWatchWord(ctx, &w); err != nil {
				return fail(2, "words: %q: %v", word, err)
			}
			fmt.Fprintf(stdout, "watching %q in every deal\n", w.Word)
		}
	case "remove":
		if err := s.QuickCheck(ctx); err != nil {
			return &exitError{2, err}
		}
		for _, word := range rest {
			i := slices.IndexFunc(current, func(w model.WatchWord) bool { return strings.EqualFold(w.Word, strings.TrimSpace(word)) })
			if i < 0 {
				return fail(2, "words: %q is not one of the team's words", word)
			}
			if err := s.RemoveWatchWord(ctx, current[i].ID, current[i].Version); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "no longer watching %q\n", current[i].Word)
		}
	default:
		return fail(2, "words: unknown %q; use add or remove", verb)
	}
	return nil
}
