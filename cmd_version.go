package main

import (
	"fmt"
	"io"
	"path/filepath"

	"handoff/db"
)

// cmdVersion prints the app's version and, read from the file's header
// without opening it, the database's schema.
func cmdVersion(g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("version", g)
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
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
		fmt.Fprintln(stdout, g.lang.T("database %s (schema %d)", path, v))
	} else {
		fmt.Fprintln(stdout, g.lang.T("database %s (none yet)", path))
	}
	return nil
}
