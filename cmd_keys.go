package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdKeys lists, adds or removes the SSH keys people sign in to handoff
// serve with.
func cmdKeys(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("keys", g)
	rest, ok, err := g.parseFlags(fs, args, flagsFirst, stdout)
	if !ok {
		return err
	}
	verb := "list"
	if len(rest) > 0 {
		verb, rest = rest[0], rest[1:]
	}
	switch {
	case verb == "list" && len(rest) == 0:
		return keysList(ctx, g, stdout)
	case verb == "add" && len(rest) == 2:
		return keysAdd(ctx, g, rest[0], rest[1], stdout)
	case verb == "remove" && len(rest) == 1:
		return keysRemove(ctx, g, rest[0], stdout)
	}
	return &exitError{2, i18n.Msg("keys: use keys, keys add PERSON KEY|FILE, or keys remove FINGERPRINT")}
}

func keysList(ctx context.Context, g *globals, stdout io.Writer) error {
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	keys, err := s.Keys(ctx)
	if err != nil {
		return err
	}
	if len(keys) == 0 {
		fmt.Fprintln(stdout, g.lang.T("no keys; add one with: handoff keys add PERSON KEY|FILE"))
		return &exitError{1, errors.New("")}
	}
	for _, k := range keys {
		fmt.Fprintf(stdout, "%s\t%s\t%s\n", k.Person, k.Fingerprint, k.Comment)
	}
	return nil
}

// keysAdd gives PERSON the key written out, or every key in the file
// (one a line, as .pub and authorized_keys files hold them).
func keysAdd(ctx context.Context, g *globals, name, keyOrFile string, stdout io.Writer) error {
	lines := []string{keyOrFile}
	if _, _, err := db.ParseKey(keyOrFile); err != nil {
		body, ferr := os.ReadFile(keyOrFile)
		if ferr != nil {
			return &exitError{2, i18n.Msg("keys: %s is neither a public key nor a file one is in", keyOrFile)}
		}
		lines = nil
		for _, l := range strings.Split(string(body), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				lines = append(lines, l)
			}
		}
	}
	s, err := g.open(ctx, writesNow)
	if err != nil {
		return err
	}
	defer s.Close()
	people, err := s.People(ctx)
	if err != nil {
		return err
	}
	p, ok := model.PersonNamed(people, name)
	if !ok {
		return &exitError{2, i18n.Msg("keys: %q is nobody in the directory", name)}
	}
	for _, l := range lines {
		k, err := s.AddKey(ctx, p.ID, l)
		if err != nil {
			return &exitError{2, i18n.Msg("keys: %s", g.lang.Error(err))}
		}
		fmt.Fprintln(stdout, g.lang.T("%s signs in with %s", p.Name, k.Fingerprint))
	}
	return nil
}

func keysRemove(ctx context.Context, g *globals, fingerprint string, stdout io.Writer) error {
	s, err := g.open(ctx, mustExist)
	if err != nil {
		return err
	}
	defer s.Close()
	k, err := s.RemoveKey(ctx, fingerprint)
	if err != nil {
		return &exitError{2, i18n.Msg("keys: %s", g.lang.Error(err))}
	}
	fmt.Fprintln(stdout, g.lang.T("%s no longer signs in with %s", k.Person, k.Fingerprint))
	return nil
}
