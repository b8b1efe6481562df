package main

import (
	"context"
	"fmt"
	"io"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdSample adds the sample deals to the database.
func cmdSample(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sample", g)
	allow := fs.Bool("allow-duplicates", false, "add the sample deals even when they are there already")
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	s, err := g.open(ctx, writesNow)
	if err != nil {
		return err
	}
	defer s.Close()
	res, err := s.Import(ctx, model.SampleArchive(), db.ImportOptions{AllowDuplicates: *allow})
	if err != nil {
		return duplicateHint(err, i18n.M("the sample deals were not added: %v"))
	}
	fmt.Fprintln(stdout, g.lang.N("added %d sample deals to %s", len(res.Deals), s.Path()))
	return nil
}
