package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"handoff/db"
	"handoff/internal/fileout"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdExport writes the handoff report of a deal, or of every open deal, as
// markdown, or the data as a JSON export, to stdout or atomically to a file.
func cmdExport(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("export", g)
	ref := fs.String("deal", "", "deal id or name")
	format := fs.String("format", "markdown", "markdown or json")
	out := fs.String("o", "", "file to write")
	audience := fs.String("audience", "internal", "internal or customer")
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	if g.remote != nil && *out != "" {
		return &exitError{2, i18n.Msg("export: -o writes on the server; over SSH the export comes to you: ssh … export > FILE")}
	}
	if *format != "markdown" && *format != "md" && *format != "json" {
		return fail(2, i18n.Msg("export: --format is markdown or json, not %q", *format))
	}
	// The report's language: g.langFlag is --lang as given ("" when it was
	// not), the one place to read whether the reader named a language;
	// g.lang is the run's language for messages either way.
	aud := model.Audience(*audience)
	if aud != model.AudienceInternal && aud != model.AudienceCustomer {
		return fail(2, i18n.Msg("export: --audience is internal or customer, not %q", *audience))
	}
	if aud == model.AudienceCustomer && *format == "json" {
		return fail(2, i18n.Msg("export: the customer copy is markdown; the JSON export is the team's data"))
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	// lost names the deals a damaged file would not give up.
	var lost error
	perm := os.FileMode(0o644) // less what the umask takes away
	var fill func(io.Writer) error
	if *format == "json" {
		perm = 0o600 // the export holds internal notes and money
		var ids []int64
		if *ref != "" {
			d, err := findDeal(ctx, g.lang, s, *ref)
			if err != nil {
				return err
			}
			ids = append(ids, d.ID)
		}
		// Written deal by deal as it is read, never held whole.
		limitMemory(appMemory)
		fill = func(w io.Writer) error {
			err := s.WriteExport(ctx, w, ids...)
			if errors.As(err, new(*db.PartialExport)) {
				lost = &exitError{2, err} // what can be read is still written
				return nil
			}
			return err
		}
	} else {
		body, err := reports(ctx, g.lang, g.langFlag, s, *ref, aud, time.Now())
		if err != nil {
			return err
		}
		fill = func(w io.Writer) error { _, err := w.Write(body); return err }
	}
	if *out == "" {
		if err := fill(data(stdout)); err != nil {
			return err
		}
		return lost
	}
	if err := writeOutput(*out, fill, perm); err != nil {
		return &exitError{2, err}
	}
	fmt.Fprintln(stderr, g.lang.T("wrote %s", *out))
	return lost
}

// reports is the markdown report for aud of the deal ref names, or, when ref is
// "", of every deal that is not archived, by name, separated by rules. Each
// is in reportLang's language for it.
func reports(ctx context.Context, lang i18n.Lang, given string, s *db.Store, ref string, aud model.Audience, now time.Time) ([]byte, error) {
	var ids []int64
	if ref != "" {
		d, err := findDeal(ctx, lang, s, ref)
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
			return nil, fail(1, i18n.Msg("there are no open deals to export"))
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
		b.WriteString(model.RenderReportIn(reportLang(given, d.Deal, lang), aud, d, now))

	}
	return b.Bytes(), nil
}

// writeOutput writes data to the file -o names. A regular file (or a new
// one) is replaced whole, never left half-written; a pipe, a terminal or
// /dev/stdout is written into, as a shell redirection would; a folder is
// refused.
func writeOutput(path string, fill func(io.Writer) error, perm os.FileMode) error {
	st, err := os.Stat(path)
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fileout.Error(path, err)
	case err == nil && st.IsDir():
		return i18n.Msg("could not write %s: it is a folder; name a file in it", path)
	case err == nil && (!st.Mode().IsRegular() || isSpecialPath(path)):
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
		if err != nil {
			return fileout.Error(path, err)
		}
		err = fill(f)
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
	return fileout.WriteFrom(target, fill, perm, true)
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

// reportLang is the language a deal's report is written in: --lang when
// it was given (given is its value as typed, "" when not), else the deal's
// report language, else the run's language.
func reportLang(given string, deal model.Deal, run i18n.Lang) i18n.Lang {
	if given != "" {
		return run // the run speaks --lang when it is given
	}
	if l, ok := i18n.Parse(deal.ReportLang); ok {
		return l
	}
	return run
}
