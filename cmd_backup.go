package main

import (
	"context"
	"fmt"
	"io"

	"handoff/internal/i18n"
)

// cmdBackup writes a consistent copy of the database, 0600, even while
// the app or a server has it open and writes to it.
func cmdBackup(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("backup", g)
	rest, ok, err := g.parseFlags(fs, args, argsAnywhere, stdout)
	if !ok {
		return err
	}
	if len(rest) != 1 {
		return &exitError{2, i18n.Msg("backup: name the file to write: handoff backup PATH")}
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.BackupTo(ctx, rest[0]); err != nil {
		return &exitError{2, i18n.Msg("backup: %s", g.lang.Error(err))}
	}
	fmt.Fprintln(stderr, g.lang.T("wrote %s, a copy of %s", rest[0], s.Path()))
	return nil
}
