package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"handoff/db"

	"handoff/internal/i18n"
)

// globals are the flags every command takes, and where the command runs.
type globals struct {
	db    string
	actor string
	// langFlag is --lang as given ("" when not): the one place a command
	// reads whether the language was named explicitly.
	langFlag string
	// lang is the language this run speaks: --lang, else the environment's
	// (i18n.FromEnv), else English.
	lang i18n.Lang
	// debug is --debug: a log of the run in the state folder.
	debug bool
	// noMouse is --no-mouse: the app leaves the mouse to the terminal,
	// whatever the config file says.
	noMouse bool
	// created is the database this run made, if it made one.
	created string
	// stderr receives warnings about the database's location.
	stderr io.Writer
	// getenv reads the environment (tests may replace it).
	getenv func(string) string
	// log is the --debug log (nil: none), written to logFile since started.
	log     *slog.Logger
	logFile *os.File
	started time.Time
	// configPath is the config file read, and config what it says.
	configPath string
	config     config
	// configErr says what is wrong with the config file, if anything:
	// then config is the defaults, and the run says so.
	configErr error
	// remote is the store of the server a command runs in, over SSH with
	// no terminal, as the session's person: --db and --actor are refused.
	remote *db.Store
}

// readConfig reads the config file and lets it fill in what the flags
// and the environment leave open: the actor, and the language in place of
// an unset $HANDOFF_LANG.
func (g *globals) readConfig() {
	g.configPath = configPath()
	g.config, g.configErr = loadConfig(g.configPath)
	if g.actor == "" {
		g.actor = g.config.Actor
	}
	getenv := g.getenv
	g.getenv = func(name string) string {
		if v := getenv(name); v != "" || name != "HANDOFF_LANG" {
			return v
		}
		return g.config.Lang
	}
}

// configWarning is the sentence saying the config file was not used, or "".
func (g *globals) configWarning() string {
	if g.configErr == nil {
		return ""
	}
	return g.lang.T("%s; the defaults apply", g.lang.Error(g.configErr))
}

// errRemoteFlag refuses --db and --actor in a command run over SSH: the
// server's file and the key's owner are what it runs on and as.
var errRemoteFlag = i18n.Msg("not over SSH: the server chooses the database, and your key says who you are")

func (g *globals) register(fs *flag.FlagSet) {
	if g.remote != nil {
		refuse := func(string) error { return errRemoteFlag }
		fs.Func("db", "database file", refuse)
		fs.Func("actor", "who changes are recorded as", refuse)
		return
	}
	fs.StringVar(&g.db, "db", g.db, "database file")
	fs.StringVar(&g.actor, "actor", g.actor, "who changes are recorded as")
	fs.StringVar(&g.langFlag, "lang", g.langFlag, "language")
	fs.BoolVar(&g.debug, "debug", g.debug, "write a log file")
	fs.BoolVar(&g.noMouse, "no-mouse", g.noMouse, "leave the mouse to the terminal")
}

// mouse is whether the app takes the mouse: on unless --no-mouse or the
// config file's "mouse: false" says otherwise.
func (g *globals) mouse() bool { return !g.noMouse && g.config.mouseOn() }

// chooseLang sets the run's language from --lang (the value given, or
// flag when the flags could not be read to the end) and the environment.
// An unknown --lang is a usage error; the message is then in the
// environment's language.
func (g *globals) chooseLang(flag string) error {
	getenv := g.getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	l, err := i18n.FromEnv(flag, getenv)
	if err != nil {
		g.lang, _ = i18n.FromEnv("", getenv)
		return &exitError{2, err}
	}
	g.lang = l
	return nil
}

// scanLang finds the value of --lang among arguments the flag package
// stopped reading at an error, so the error is told in that language.
func scanLang(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if hasValue {
			return value
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// newFlags makes a command's flag set, with the global flags in it, that
// reports errors instead of exiting. The top level's set has no name:
// every message already starts with "handoff:".
func newFlags(name string, g *globals) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	g.register(fs)
	return fs
}

// argRule says where a command's arguments may stand among its flags.
type argRule int

const (
	// noArgs: the command takes flags only.
	noArgs argRule = iota
	// argsAnywhere: flags may come before, between or after the arguments.
	argsAnywhere
	// flagsFirst: the first argument ends the flags, and all after it are
	// arguments: a command's name and its own, or words that may start
	// with "-".
	flagsFirst
)

// parseFlags parses a command's flags and returns its arguments; the
// run's language is chosen once they are read. ok is false when the
// command is to stop: -h has printed the usage (err is nil), or err says
// what was wrong, after the command's name.
func (g *globals) parseFlags(fs *flag.FlagSet, args []string, rule argRule, stdout io.Writer) (rest []string, ok bool, err error) {
	for {
		if err := fs.Parse(args); err != nil {
			given := scanLang(args)
			if given == "" {
				given = g.langFlag // given before the command
			}
			if lerr := g.chooseLang(given); lerr != nil {
				return nil, false, lerr
			}
			if errors.Is(err, flag.ErrHelp) {
				printUsage(stdout, g.lang, fs.Name())
				return nil, false, nil
			}
			return nil, false, commandError(fs.Name(), flagError(fs, err))
		}
		if err := g.chooseLang(g.langFlag); err != nil {
			return nil, false, err
		}
		g.startLog(fs.Name(), args)
		switch {
		case rule == flagsFirst:
			return fs.Args(), true, nil
		case fs.NArg() == 0:
			return rest, true, nil
		case rule == noArgs:
			return nil, false, commandError(fs.Name(), i18n.Msg("unexpected argument %q", fs.Arg(0)))
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// commandError is a usage error of a command, after its name.
func commandError(command string, m i18n.Message) error {
	if command == "" {
		return &exitError{2, m}
	}
	return fail(2, i18n.Msg("%s: %v", command, m))
}

// flagError words the flag package's errors as users type flags
// ("--deal", never "-deal"), and suggests the flag meant.
func flagError(fs *flag.FlagSet, err error) i18n.Message {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		name = strings.TrimPrefix(name, "-")
		var known []string
		fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
		if guess := closest(name, known); guess != "" {
			return i18n.Msg("unknown flag --%s; did you mean --%s?", name, guess)
		}
		return i18n.Msg("unknown flag --%s", name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return i18n.Msg("--%s needs a value", strings.TrimPrefix(name, "-"))
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		// invalid value "x" for flag -n: parse error
		if v, f, found := strings.Cut(rest, " for flag -"); found {
			name, why, _ := strings.Cut(f, ": ")
			return i18n.Msg("--%s: %s is not a valid value (%s)", name, v, why)
		}
	}
	return i18n.Msg("%s", fmt.Sprint(err))
}
