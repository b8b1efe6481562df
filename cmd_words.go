package main

import (
	"context"
	"fmt"
	"handoff/internal/i18n"
	"io"
	"slices"
	"strings"

	"handoff/model"
)

// cmdWords lists, adds or removes the team's own watch words: words that
// start arguments, which every deal's promises are checked for.
func cmdWords(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("words", g)
	rest, ok, err := g.parseFlags(fs, args, flagsFirst, stdout)
	if !ok {
		return err
	}
	verb := "list"
	if len(rest) > 0 {
		verb, rest = rest[0], rest[1:]
	}
	if (verb == "list") != (len(rest) == 0) {
		return fail(2, i18n.Msg("words: use words, words add WORD…, or words remove WORD…"))
	}
	acc := readOnly // listing and removing need words to be there already
	switch verb {
	case "add":
		acc = writesNow
	case "remove":
		acc = mustExist
	}
	s, err := g.open(ctx, acc)
	if err != nil {
		return err
	}
	defer s.Close()
	current, err := s.WatchWords(ctx)
	if err != nil {
		return err
	}
	switch verb {
	case "list":
		if len(current) == 0 {
			fmt.Fprintln(stdout, g.lang.T("no words of the team's own; the built-in watch lists are in use"))
			return nil
		}
		for _, w := range current {
			fmt.Fprintln(stdout, w.Word)
		}
	case "add":
		for _, word := range rest {
			w := model.WatchWord{Word: strings.TrimSpace(word)}
			if err := s.AddWatchWord(ctx, &w); err != nil {
				return fail(2, i18n.Msg("words: %q: %v", word, err))
			}
			fmt.Fprintln(stdout, g.lang.T("watching %q in every deal", w.Word))
		}
	case "remove":
		if err := s.QuickCheck(ctx); err != nil {
			return &exitError{2, err}
		}
		for _, word := range rest {
			i := slices.IndexFunc(current, func(w model.WatchWord) bool { return strings.EqualFold(w.Word, strings.TrimSpace(word)) })
			if i < 0 {
				return fail(2, i18n.Msg("words: %q is not one of the team's words", word))
			}
			if err := s.RemoveWatchWord(ctx, current[i].ID, current[i].Version); err != nil {
				return err
			}
			fmt.Fprintln(stdout, g.lang.T("no longer watching %q", current[i].Word))
		}
	default:
		return fail(2, i18n.Msg("words: unknown %q; use add or remove", verb))
	}
	return nil
}
