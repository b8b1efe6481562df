package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"handoff/internal/i18n"
	"handoff/internal/prose"
	"handoff/model"
)

// cmdCheck prints readiness and blockers, of one deal or of every open
// one, for scripts: its exit code says ready (0) or not (1).
func cmdCheck(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", g)
	deal := fs.String("deal", "", "deal id or name")
	if _, ok, err := parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	today := model.DateOf(time.Now())
	if *deal != "" {
		d, err := findDeal(ctx, s, *deal)
		if err != nil {
			return err
		}
		dos, err := s.Dossier(ctx, d.ID)
		if err != nil {
			return err
		}
		r := dos.Readiness()
		fmt.Fprintf(stdout, "%s: %s\n", d.Name, r.StringIn(i18n.EN))
		for _, b := range r.BlockersIn(i18n.EN) {
			fmt.Fprintf(stdout, "  - %s\n", b)
		}
		for _, gap := range dos.OverdueGaps(today) {
			fmt.Fprintf(stdout, "  overdue: %s (due %s, %s)\n", gap.HeadingIn(i18n.EN), gap.Due.StringIn(i18n.EN), model.OverdueTextIn(gap.Due, today, i18n.EN))
		}
		if !r.Ready() {
			return &exitError{1, errors.New("")}
		}
		return nil
	}
	list, err := s.DealSummaries(ctx)
	if err != nil {
		return err
	}
	notReady := 0
	for _, sm := range list {
		if sm.Deal.Archived {
			continue
		}
		state := "ready"
		if !sm.Ready() {
			notReady++
			state = fmt.Sprintf("%d%% — %s", sm.Readiness, prose.Plural(sm.Blockers, "blocker"))
		}
		if late := model.OverdueTextIn(sm.NextDue, today, i18n.EN); late != "" {
			state += fmt.Sprintf("; due %s, %s", sm.NextDue, late)
		}
		fmt.Fprintf(stdout, "%d\t%s\t%s\n", sm.Deal.ID, sm.Deal.Name, state)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, "no deals")
		return &exitError{1, errors.New("")}
	}
	if notReady > 0 {
		return &exitError{1, errors.New("")}
	}
	return nil
}
