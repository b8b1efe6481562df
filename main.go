// Command handoff keeps, per deal, what sales promised, what delivery can
// do, and the gaps between them, in one SQLite file; it runs the terminal
// UI and a few commands for scripts.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/internal/safe"
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
                    --audience internal|customer  markdown for the team (the
                                    default) or the customer's copy: no amounts,
                                    sold effort, internal notes, decisions or gaps
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
  confirm    record the customer's written answer to the customer copy: the
             promises (P1 …) and definitions (T1 …) named, or --all; a confirmed
             promise moves to confirmed, a definition counts the customer as agreed
             flags: --deal ID|NAME  the deal
                    --by NAME       who at the customer answered (a new name is
                                    added to the directory as a customer)
                    --ref REF       where the answer is ("email 2026-12-10")
                    --on DATE       the day they answered (default today)
                    --all           every promise and every definition
                    --not-as-written TEXT  what they wrote instead: the promise
                                    keeps its level and a gap is raised; a
                                    definition becomes disputed
  words      list the team's own watch words (besides the built-in ones);
             words add WORD…, words remove WORD… change them ("odbiór*": any ending)
  agenda     one person's open items across every deal, overdue first: the gaps
             they own, answers awaited (delivery owner), terms to agree (sales and
             presales owner), sign-offs waiting (deals at handoff)
             flags: --owner NAME    whose agenda (default: the actor, by name)
                    --overdue       only items past their due date
                    --within 7d     only items due within 7 days (2w: 14), overdue too
                    --format text|json|ics  (ics: an iCalendar file to import)
  keys       list the SSH keys people sign in to serve with; keys add PERSON
             KEY|FILE gives a person in the directory a public key (a .pub
             file, or the key itself), keys remove FINGERPRINT takes one away
  serve      serve the terminal UI and the commands over SSH to the people
             whose keys the directory holds, on this one database file
             flags: --listen ADDR   where to listen (default 127.0.0.1:23234;
                                    any other address only when given)
                    --host-key PATH the server's key, made on first start,
                                    0600 (default: handoff_host_ed25519_key
                                    beside the database)
                    --idle-timeout 30m  close a connection idle that long
                    --max-session 12h   close a connection open that long
                    --max-sessions 32   sessions at once; more are refused
  backup     backup PATH writes a consistent copy of the database (0600), also
             while the app or serve has it open and writes to it
  version    print the app version and the schema version (the database's
             is read from its file, which is never created or changed)

Global flags:
  --db PATH      the database file (default: $HANDOFF_DB, else %s)
  --actor NAME   who the changes are recorded as (default: $HANDOFF_ACTOR, else the OS user)
  --version      print the app version
  -h, --help     show this help

check, export, agenda, backup and listing words or keys only read: without a
database they exit 2.
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
	return runAs(ctx, args, stdout, stderr, globals{getenv: os.Getenv})
}

// runAs is the command line run by whoever g says: the process, or an SSH
// session on a server (g.remote), with its own output, environment and
// actor, and nothing read from the process's.
func runAs(ctx context.Context, args []string, stdout, stderr io.Writer, g globals) int {
	stdout, stderr = cleanWriter{stdout}, cleanWriter{stderr}
	err := dispatch(ctx, &g, args, stdout, stderr)
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

// remoteCommands are the commands a session without a terminal may run on
// a server: none that reads or writes the server's files by name, none
// that administers it.
var remoteCommands = []string{"check", "export", "agenda", "confirm", "words", "version", "help"}

func dispatch(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	if g.remote == nil {
		g.db, g.actor = g.getenv("HANDOFF_DB"), g.getenv("HANDOFF_ACTOR")
	}
	g.stderr = stderr
	fs := newFlags("", g)
	showVersion := fs.Bool("version", false, "print the version")
	rest, ok, err := parseFlags(fs, args, flagsFirst, stdout)
	if !ok {
		if err != nil && g.remote == nil {
			fmt.Fprintf(stderr, usage, defaultDBPath())
		}
		return err
	}
	if *showVersion {
		fmt.Fprintf(stdout, "handoff %s (schema %d)\n", version, db.SchemaVersion())
		return nil
	}
	if g.remote != nil && (len(rest) == 0 || !slices.Contains(remoteCommands, rest[0])) {
		return remoteRefusal(g, rest)
	}
	if len(rest) == 0 {
		return cmdTUI(ctx, g, stderr)
	}
	cmd, rest := rest[0], rest[1:]
	switch cmd {
	case "demo":
		return cmdDemo(ctx, g, rest, stdout, stderr)
	case "sample":
		return g.undoCreate(cmdSample(ctx, g, rest, stdout, stderr))
	case "help":
		if len(rest) == 1 && slices.Contains(commandNames(), rest[0]) {
			printUsage(stdout, rest[0]) // handoff help export
			return nil
		}
		fmt.Fprintf(stdout, usage, defaultDBPath())
		return nil
	case "version":
		return cmdVersion(g, rest, stdout, stderr)
	case "check":
		return cmdCheck(ctx, g, rest, stdout, stderr)
	case "export":
		return cmdExport(ctx, g, rest, stdout, stderr)
	case "confirm":
		return cmdConfirm(ctx, g, rest, stdout, stderr)
	case "import":
		return g.undoCreate(cmdImport(ctx, g, rest, stdout, stderr))
	case "words":
		return g.undoCreate(cmdWords(ctx, g, rest, stdout, stderr))
	case "agenda":
		return cmdAgenda(ctx, g, rest, stdout, stderr)
	case "keys":
		return g.undoCreate(cmdKeys(ctx, g, rest, stdout, stderr))
	case "backup":
		return cmdBackup(ctx, g, rest, stdout, stderr)
	case "serve":
		return cmdServe(ctx, g, rest, stdout, stderr)
	}
	return unknownCommand(cmd)
}

// remoteRefusal is the answer to a session without a terminal that asked
// for no command, or for one a server does not run.
func remoteRefusal(g *globals, rest []string) error {
	if len(rest) == 0 {
		return &exitError{2, i18n.Msg("no terminal: ask for one (ssh -t) or give a command: %s", strings.Join(remoteCommands, ", "))}
	}
	return &exitError{2, i18n.Msg("%s does not run over SSH; these do: %s", rest[0], strings.Join(remoteCommands, ", "))}
}
