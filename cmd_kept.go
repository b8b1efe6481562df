package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"handoff/internal/i18n"
	"handoff/model"
)

// cmdOutcome records what became of a promise of a deal in delivery:
// handoff outcome --deal D P1 kept|late|changed|dropped|broken.
func cmdOutcome(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("outcome", g)
	ref := fs.String("deal", "", "deal id or name")
	note := fs.String("note", "", "a note beside the outcome")
	on := fs.String("on", "", "the day, YYYY-MM-DD (default today)")
	rest, ok, err := g.parseFlags(fs, args, argsAnywhere, stdout)
	if !ok {
		return err
	}
	if *ref == "" {
		return fail(2, i18n.Msg("outcome: --deal names the deal"))
	}
	if len(rest) != 2 {
		return fail(2, i18n.Msg("outcome: name the promise and what became of it: outcome --deal D P1 kept|late|changed|dropped|broken"))
	}
	kind, err := model.ParseOutcomeKind(rest[1])
	if err != nil {
		return fail(2, i18n.Msg("outcome: %q is not kept, late, changed, dropped or broken", rest[1]))
	}
	var day model.Date
	if *on != "" {
		if day, err = model.ParseDate(*on); err != nil {
			return fail(2, i18n.Msg("outcome: --on %q is not a date (YYYY-MM-DD)", *on))
		}
	}
	s, err := g.open(ctx, mustExist)
	if err != nil {
		return err
	}
	defer s.Close()
	deal, err := findDeal(ctx, g.lang, s, *ref)
	if err != nil {
		return err
	}
	if deal.Stage != model.StageDelivery {
		return fail(2, i18n.Msg("outcome: %s is not in delivery yet (stage %s)", deal.Name, i18n.WordOf("stage", string(deal.Stage))))
	}
	d, err := s.Dossier(ctx, deal.ID)
	if err != nil {
		return err
	}
	p, ok := d.PromiseRef(rest[0])
	if !ok {
		return fail(2, i18n.Msg("outcome: %q is no promise (P1 …) of %s", rest[0], deal.Name))
	}
	o, err := s.RecordOutcome(ctx, p.ID, kind, day, strings.TrimSpace(*note))
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, g.lang.T("%s %s: %s on %s", strings.ToUpper(rest[0]), model.PlainCell(p.Title),
		OutcomeText(g.lang, o), o.On.StringIn(g.lang)))
	return nil
}

// OutcomeText is an outcome in words: "kept late (12 days)".
func OutcomeText(l i18n.Lang, o model.Outcome) string {
	if o.Kind == model.OutcomeLate {
		return l.N("kept late (%d days)", o.DaysLate)
	}
	return l.Word("outcome", string(o.Kind))
}

// cmdKept prints promises made against promises kept across every deal.
func cmdKept(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("kept", g)
	since := fs.String("since", "", "only outcomes from that day, YYYY-MM-DD")
	format := fs.String("format", "text", "text or json")
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	if *format != "text" && *format != "json" {
		return fail(2, i18n.Msg("kept: --format is text or json, not %q", *format))
	}
	var day model.Date
	if *since != "" {
		var err error
		if day, err = model.ParseDate(*since); err != nil {
			return fail(2, i18n.Msg("kept: --since %q is not a date (YYYY-MM-DD)", *since))
		}
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	ps, err := s.KeptPromises(ctx)
	if err != nil {
		return err
	}
	m := model.CountKept(ps, day)
	if *format == "json" {
		enc := json.NewEncoder(data(stdout))
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Since model.Date `json:"since"`
			model.MadeVsKept
		}{day, m})
	}
	io.WriteString(stdout, KeptText(g.lang, m))
	return nil
}

// KeptText is the made-vs-kept count as a plain table per breakdown.
func KeptText(l i18n.Lang, m model.MadeVsKept) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	head := func(title string) {
		fmt.Fprintf(w, "\n%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", title, l.Word("outcome", "kept"), l.Word("outcome", "late"),
			l.Word("outcome", "changed"), l.Word("outcome", "dropped"), l.Word("outcome", "broken"), l.T("not recorded"), l.T("kept %"))
	}
	row := func(key string, c model.KeptCounts) {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", key, c.Kept, c.Late, c.Changed, c.Dropped, c.Broken, c.Open, c.KeptShareIn(l))
	}
	fmt.Fprintln(w, l.T("Promises made vs kept"))
	for _, sec := range m.Sections(l) {
		head(sec.Title)
		for _, r := range sec.Rows {
			name := r.Name
			if sec.Typed {
				name = model.PlainCell(name)
			}
			row(name, r.Counts)
		}
	}
	w.Flush()
	return b.String()
}
