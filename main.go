// Command handoff keeps, per deal, what sales promised, what delivery can
// do, and the gaps between them, in one SQLite file; it runs the terminal
// UI and a few commands for scripts.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"log/slog"
	"os"
	"slices"
	"strings"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/internal/safe"
)

// version is the app's version; release builds set it with -ldflags.
var version = "0.1.0"

// exitError carries an exit code with the one sentence printed for it.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

// fail is an exit error with its sentence, put in the reader's language
// when it is printed. An argument that is an error carrying a message
// (from the model or the store) is put in that language too.
func fail(code int, m i18n.Message) error {
	for i, a := range m.Args {
		var inner i18n.Message
		if err, ok := a.(error); ok && errors.As(err, &inner) && err.Error() == inner.Error() {
			m.Args[i] = inner
		}
	}
	return &exitError{code, m}
}

func main() {
	// Nothing logs to the terminal: the log package's and slog's defaults
	// are silenced; --debug writes to a file of its own (debuglog.go).
	log.SetOutput(io.Discard)
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
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
	g.stderr = stderr
	if g.remote == nil {
		// The process's own run: its environment, then the config file.
		g.db, g.actor = g.getenv("HANDOFF_DB"), g.getenv("HANDOFF_ACTOR")
		g.readConfig()
	}
	g.chooseLang("")
	err := dispatch(ctx, &g, args, stdout, stderr)
	code := exitCode(&g, err, stderr)
	g.endLog(code, err)
	return code
}

// exitCode prints err's sentence, if any, and returns its exit code.
func exitCode(g *globals, err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err.Error() != "" {
			fmt.Fprintln(stderr, "handoff: "+g.lang.Error(ee.err))
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "handoff: "+g.lang.Error(err))
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
	fs := newFlags("", g)
	showVersion := fs.Bool("version", false, "print the version")
	rest, ok, err := g.parseFlags(fs, args, flagsFirst, stdout)
	if !ok {
		if err != nil && g.remote == nil {
			io.WriteString(stderr, usage(g.lang))
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
	g.logger().Info("command", "name", cmd)
	if w := g.configWarning(); w != "" && cmd != "demo" {
		fmt.Fprintln(stderr, "handoff: "+g.lang.T("warning: %s.", w))
	}
	switch cmd {
	case "demo":
		return cmdDemo(ctx, g, rest, stdout, stderr)
	case "sample":
		return g.undoCreate(cmdSample(ctx, g, rest, stdout, stderr))
	case "help":
		if len(rest) == 1 && slices.Contains(commandNames(), rest[0]) {
			printUsage(stdout, g.lang, rest[0]) // handoff help export
			return nil
		}
		io.WriteString(stdout, usage(g.lang))
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
	case "outcome":
		return cmdOutcome(ctx, g, rest, stdout, stderr)
	case "kept":
		return cmdKept(ctx, g, rest, stdout, stderr)
	case "config":
		return cmdConfig(g, rest, stdout)
	case "completion":
		return cmdCompletion(g, rest, stdout)
	case "__complete": // asked by the completion scripts; not in the usage
		return cmdComplete(ctx, g, rest, stdout)
	case "man":
		return cmdMan(g, rest, stdout)
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
