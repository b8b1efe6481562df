package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"handoff/db"
	"handoff/internal/fileout"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdImport imports a JSON export, or the promises of a CSV file into a
// deal. Either all of the file goes in or, on any problem, nothing.
func cmdImport(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", g)
	ref := fs.String("deal", "", "deal id or name")
	create := fs.Bool("create", false, "make the deal when none has that name")
	allow := fs.Bool("allow-duplicates", false, "add what the database already holds")
	files, ok, err := g.parseFlags(fs, args, argsAnywhere, stdout)
	if !ok {
		return err
	}
	if len(files) != 1 {
		return fail(2, i18n.Msg("import: name one file to import"))
	}
	file := files[0]
	data, err := os.ReadFile(file)
	if err != nil {
		return fail(2, i18n.Msg("could not read %s: %v", file, fileout.Cause(err)))
	}
	if isJSON(file, data) {
		if *ref != "" || *create {
			return fail(2, i18n.Msg("import: --deal and --create are for CSV files of promises; %s is a JSON export", file))
		}
		a, err := db.UnmarshalArchive(data)
		if err != nil {
			return fail(2, i18n.Msg("nothing was imported from %s: %v", file, err))
		}
		s, err := g.open(ctx, writesNow)
		if err != nil {
			return err
		}
		defer s.Close()
		res, err := s.Import(ctx, a, db.ImportOptions{AllowDuplicates: *allow, File: file})
		if err != nil {
			return duplicateHint(err, i18n.M("nothing was imported from %s: %v"), file)
		}
		msg := g.lang.T("imported %s and %s from %s", g.lang.N("%d deals", len(res.Deals)), g.lang.N("%d new people", res.People), file)
		if res.KeptIDs {
			msg += g.lang.T(" (ids kept)")
		}
		fmt.Fprintln(stdout, msg)
		return nil
	}

	if *ref == "" {
		return fail(2, i18n.Msg("import: %s holds promises; name their deal with --deal (and --create to make it)", file))
	}
	rows, err := model.ParsePromiseCSV(bytes.NewReader(data))
	if err != nil {
		msg := err.Error()
		if strings.Contains(msg, "\n") {
			msg = "\n  " + strings.ReplaceAll(msg, "\n", "\n  ")
		} else {
			msg = " " + msg
		}
		return fail(2, i18n.Msg("nothing was imported from %s:%s", file, msg))
	}
	if len(rows) == 0 {
		return fail(1, i18n.Msg("%s has no promises, only a header: nothing to import", file))
	}
	s, err := g.open(ctx, writesNow)
	if err != nil {
		return err
	}
	defer s.Close()
	var deal model.Deal
	if *create {
		deal, err = dealNamed(ctx, g.lang, s, *ref)
	} else {
		deal, err = findDeal(ctx, g.lang, s, *ref)
	}
	if err != nil {
		return err
	}
	var res db.PromiseImport
	into := i18n.M("imported %s into %q (id %d)")
	if deal.ID == 0 {
		deal = model.Deal{Name: strings.TrimSpace(*ref), Stage: model.StageLead}
		res, err = s.CreateDealWithPromisesWith(ctx, &deal, db.ImportOptions{File: file}, rows...)
		into = i18n.M("imported %s into the new deal %q (id %d)")
	} else {
		res, err = s.ImportPromisesWith(ctx, deal.ID, db.ImportOptions{AllowDuplicates: *allow, File: file}, rows...)
	}
	if err != nil {
		return duplicateHint(err, i18n.M("nothing was imported from %s: %v"), file)
	}
	fmt.Fprintln(stdout, g.lang.T(into, g.lang.N("%d promises", len(res.Promises)), deal.Name, deal.ID))
	if len(res.People) > 0 {
		names := make([]string, len(res.People))
		for i, p := range res.People {
			names[i] = p.Name
		}
		fmt.Fprintln(stdout, g.lang.T("added to the people as sales: %s", strings.Join(names, ", ")))
	}
	return nil
}

// duplicateHint turns a refused import into its exit error; one refused
// as a duplicate says how to add it anyway.
// format is the sentence for any other refusal, its last %v the error.
func duplicateHint(err error, format string, args ...any) error {
	var dup *db.DuplicateError
	if errors.As(err, &dup) {
		return fail(1, i18n.Msg("%s — run again with --allow-duplicates to add them anyway", dup))
	}
	return fail(2, i18n.Msg(format, append(args, err)...))
}

// dealNamed finds the deal --create means: the one with that id or exactly
// that name (in any case). None is no error: the zero Deal says "make it".
// A name shared by several deals lists them, as findDeal does.
func dealNamed(ctx context.Context, lang i18n.Lang, s *db.Store, ref string) (model.Deal, error) {
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
	return findDeal(ctx, lang, s, ref)
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
