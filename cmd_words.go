package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"handoff/internal/i18n"
	"handoff/model"
)

// cmdWords lists, adds or removes the team's own watch words: words that
// start arguments, which every deal's promises are checked for.
func cmdWords(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("words", g)
	format := fs.String("format", "text", "text or json")
	rest, ok, err := g.parseFlags(fs, args, flagsFirst, stdout)
	if !ok {
		return err
	}
	if *format != "text" && *format != "json" {
		return fail(2, i18n.Msg("words: --format is text or json, not %q", *format))
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
		if *format == "json" {
			return writeWordsJSON(stdout, current)
		}
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

// wordsJSON is the team's watch words as JSON, documented in README
// "Readiness feed": field names and meanings only ever grow.
type wordsJSON struct {
	Words []wordJSON `json:"words"`
}

type wordJSON struct {
	ID   int64  `json:"id"`
	Word string `json:"word"`
	// Lang is the language the word is watched in, "" for any.
	Lang string `json:"lang"`
}

func writeWordsJSON(w io.Writer, words []model.WatchWord) error {
	doc := wordsJSON{Words: make([]wordJSON, len(words))}
	for i, ww := range words {
		doc.Words[i] = wordJSON{ID: ww.ID, Word: ww.Word, Lang: ww.Lang}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
