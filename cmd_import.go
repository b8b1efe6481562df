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
	"handoff/internal/prose"
	"handoff/model"
)

// cmdImport imports a JSON export, or the promises of a CSV file into a
// deal. Either all of the file goes in or, on any problem, nothing.
func cmdImport(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("import", g)
	ref := fs.String("deal", "", "deal id or name")
	create := fs.Bool("create", false, "make the deal when none has that name")
	allow := fs.Bool("allow-duplicates", false, "add what the database already holds")
	files, ok, err := parseFlags(fs, args, argsAnywhere, stdout)
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
