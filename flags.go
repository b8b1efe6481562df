package main

import (
	"errors"
	"flag"
	"io"

	"handoff/db"
	"handoff/internal/i18n"
)

// globals are the flags every command takes, and where the command runs.
type globals struct {
	db    string
	actor string
	// created is the database this run made, if it made one.
	created string
	// stderr receives warnings about the database's location.
	stderr io.Writer
	// getenv reads the environment of whoever runs the command: the
	// process's, or an SSH session's.
	getenv func(string) string
	// lang is the language of whoever runs the command.
	lang i18n.Lang
	// remote is the store of the server a command runs in, over SSH with
	// no terminal, as the session's person: --db and --actor are refused.
	remote *db.Store
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

// parseFlags parses a command's flags and returns its arguments. ok is
// false when the command is to stop: -h has printed the usage (err is
// nil), or err says what was wrong, after the command's name.
func parseFlags(fs *flag.FlagSet, args []string, rule argRule, stdout io.Writer) (rest []string, ok bool, err error) {
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				printUsage(stdout, fs.Name())
				return nil, false, nil
			}
			err = flagError(fs, err)
			if fs.Name() == "" {
				return nil, false, fail(2, "%v", err)
			}
			return nil, false, fail(2, "%s: %v", fs.Name(), err)
		}
		switch {
		case rule == flagsFirst:
			return fs.Args(), true, nil
		case fs.NArg() == 0:
			return rest, true, nil
		case rule == noArgs:
			return nil, false, fail(2, "%s: unexpected argument %q", fs.Name(), fs.Arg(0))
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
