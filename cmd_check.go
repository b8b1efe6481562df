package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdCheck prints readiness and blockers, of one deal or of every open
// one, for scripts: its exit code says ready (0) or not (1). As JSON it is
// the readiness feed (README "Readiness feed").
func cmdCheck(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("check", g)
	deal := fs.String("deal", "", "deal id or name")
	format := fs.String("format", "text", "text or json")
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	if *format != "text" && *format != "json" {
		return fail(2, i18n.Msg("check: --format is text or json, not %q", *format))
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	today := model.DateOf(time.Now())
	var ready bool
	switch {
	case *format == "json":
		ready, err = checkJSON(ctx, g, s, *deal, today, stdout)
	case *deal != "":
		ready, err = checkDeal(ctx, g, s, *deal, today, stdout)
	default:
		ready, err = checkAll(ctx, g, s, today, stdout)
	}
	if err != nil {
		return err
	}
	if !ready {
		return &exitError{1, errors.New("")}
	}
	return nil
}

// checkDeal prints one deal's readiness, its blockers and overdue gaps.
func checkDeal(ctx context.Context, g *globals, s *db.Store, ref string, today model.Date, stdout io.Writer) (bool, error) {
	d, err := findDeal(ctx, g.lang, s, ref)
	if err != nil {
		return false, err
	}
	dos, err := s.Dossier(ctx, d.ID)
	if err != nil {
		return false, err
	}
	r := dos.Readiness()
	fmt.Fprintf(stdout, "%s: %s\n", d.Name, r.StringIn(g.lang))
	for _, b := range r.BlockersIn(g.lang) {
		fmt.Fprintf(stdout, "  - %s\n", b)
	}
	for _, gap := range dos.OverdueGaps(today) {
		fmt.Fprintln(stdout, "  "+g.lang.T("overdue: %s (due %s, %s)", gap.HeadingIn(g.lang), gap.Due.StringIn(g.lang), model.OverdueTextIn(gap.Due, today, g.lang)))
	}
	printBaselineDiff(g.lang, dos, stdout)
	return r.Ready(), nil
}

// printBaselineDiff prints, once every role has signed, how many things
// differ from that state and how many change requests are open, then each
// difference and change request, and who must sign again.
func printBaselineDiff(l i18n.Lang, dos *model.Dossier, stdout io.Writer) {
	x, ok := model.DiffBaseline(dos)
	if !ok {
		return
	}
	changes, _, _ := model.SinceSignOff(dos, l)
	fmt.Fprintln(stdout, "  "+changes)
	if x.Empty() && len(x.Requests) == 0 && len(x.SignAgain) == 0 {
		return
	}
	refs := map[int64]string{}
	for i, p := range dos.PromiseRefs() {
		refs[p.ID] = fmt.Sprintf("P%d", i+1)
	}
	fmt.Fprintln(stdout, "  "+l.T("Changes since sign-off (%s):", model.DateOf(x.Baseline.TakenAt).StringIn(l)))
	for _, c := range x.Promises {
		ref := refs[c.PromiseID]
		if ref == "" {
			ref = "—"
		}
		fmt.Fprintf(stdout, "    %s %s: %s\n", ref, model.PlainCell(c.Title), c.KindIn(l))
		for _, f := range c.Fields {
			fmt.Fprintln(stdout, "      "+model.PlainCell(f.In(l)))
		}
	}
	for _, t := range x.Terms {
		fmt.Fprintln(stdout, "    "+l.T("term %s: %s", model.PlainCell(t.Term), model.PromiseChange{Kind: t.Kind}.KindIn(l)))
	}
	for _, s := range x.NotSoldAdded {
		fmt.Fprintln(stdout, "    "+l.T("not sold, added: %s", model.PlainCell(s)))
	}
	for _, s := range x.NotSoldRemoved {
		fmt.Fprintln(stdout, "    "+l.T("not sold, removed: %s", model.PlainCell(s)))
	}
	printChangeRequests(l, dos, x.Requests, stdout)
	if len(x.SignAgain) > 0 {
		fmt.Fprintln(stdout, "  "+l.T("must sign again: %s", model.RolesIn(x.SignAgain, l)))
	}
}

// printChangeRequests prints each change request, C1 …, with its status,
// who relayed it, who asked and the reason given.
func printChangeRequests(l i18n.Lang, dos *model.Dossier, requests []model.ChangeRequest, stdout io.Writer) {
	if len(requests) == 0 {
		return
	}
	fmt.Fprintln(stdout, "  "+l.T("Change requests:"))
	for i, c := range requests {
		p, _ := dos.PromiseByID(c.PromiseID)
		fmt.Fprintf(stdout, "    C%d %s: %s\n", i+1, model.PlainCell(p.Title), l.Word("change status", string(c.Status)))
		var who []string
		if c.RelayedBy != 0 {
			who = append(who, l.T("relayed by %s", model.PlainCell(dos.PersonName(c.RelayedBy))))
		}
		if c.AskedBy != "" {
			who = append(who, l.T("asked by %s", model.PlainCell(c.AskedBy)))
		}
		if len(who) > 0 {
			fmt.Fprintln(stdout, "      "+strings.Join(who, ", "))
		}
		if c.Reason != "" {
			fmt.Fprintln(stdout, "      "+model.PlainCell(c.Reason))
		}
	}
}

// checkAll prints a line per open deal; ready only when every one is.
func checkAll(ctx context.Context, g *globals, s *db.Store, today model.Date, stdout io.Writer) (bool, error) {
	list, err := s.DealSummaries(ctx)
	if err != nil {
		return false, err
	}
	notReady := 0
	for _, sm := range list {
		if sm.Deal.Archived {
			continue
		}
		state := g.lang.T("ready")
		if !sm.Ready() {
			notReady++
			state = g.lang.T("%d%% — %s", sm.Readiness, g.lang.N("%d blockers", sm.Blockers))
		}
		if late := model.OverdueTextIn(sm.NextDue, today, g.lang); late != "" {
			state += g.lang.T("; due %s, %s", sm.NextDue.StringIn(g.lang), late)
		}
		fmt.Fprintf(stdout, "%d\t%s\t%s\n", sm.Deal.ID, sm.Deal.Name, state)
	}
	if len(list) == 0 {
		fmt.Fprintln(stdout, g.lang.T("no deals"))
		return false, nil
	}
	return notReady == 0, nil
}

// The readiness feed, documented in README "Readiness feed": field names
// and meanings only ever grow.
type (
	checkFeedJSON struct {
		Today model.Date      `json:"today"`
		Ready bool            `json:"ready"`
		Deals []dealCheckJSON `json:"deals"`
	}
	dealCheckJSON struct {
		ID        int64         `json:"id"`
		Name      string        `json:"name"`
		Customer  string        `json:"customer"`
		Stage     model.Stage   `json:"stage"`
		Ready     bool          `json:"ready"`
		Readiness int           `json:"readiness"`
		Blockers  []blockerJSON `json:"blockers"`
		Overdue   []overdueJSON `json:"overdue"`
		// SignAgain are the roles that must sign again since every role
		// signed (left out before that).
		SignAgain []model.Role `json:"sign_again,omitempty"`
		// Changes are the promises that differ from what was signed.
		Changes []changeJSON `json:"changes_since_signoff,omitempty"`
		// ChangeRequestsOpen counts the change requests not decided yet
		// (left out when there are none).
		ChangeRequestsOpen int `json:"change_requests_open,omitempty"`
	}
	changeJSON struct {
		Ref    string      `json:"ref"`
		Title  string      `json:"title"`
		Kind   string      `json:"kind"`
		Fields []fieldJSON `json:"fields,omitempty"`
	}
	fieldJSON struct {
		Field  string  `json:"field"`
		Before any     `json:"before"`
		After  any     `json:"after"`
		Delta  float64 `json:"delta,omitempty"`
	}
	blockerJSON struct {
		Kind model.BlockerKind `json:"kind"`
		Refs []string          `json:"refs"`
		// Term and Role are set for the kinds they belong to.
		Term string     `json:"term,omitempty"`
		Role model.Role `json:"role,omitempty"`
		Text string     `json:"text"`
	}
	overdueJSON struct {
		Ref         string     `json:"ref"`
		Title       string     `json:"title"`
		Due         model.Date `json:"due"`
		DaysOverdue int        `json:"days_overdue"`
	}
)

// checkJSON writes the readiness feed of one deal or of every open one.
func checkJSON(ctx context.Context, g *globals, s *db.Store, ref string, today model.Date, stdout io.Writer) (bool, error) {
	var ids []int64
	if ref != "" {
		d, err := findDeal(ctx, g.lang, s, ref)
		if err != nil {
			return false, err
		}
		ids = append(ids, d.ID)
	} else {
		list, err := s.Deals(ctx)
		if err != nil {
			return false, err
		}
		for _, d := range list {
			if !d.Archived {
				ids = append(ids, d.ID)
			}
		}
	}
	feed := checkFeedJSON{Today: today, Ready: len(ids) > 0, Deals: []dealCheckJSON{}}
	for _, id := range ids {
		dos, err := s.Dossier(ctx, id)
		if err != nil {
			return false, err
		}
		dc := dealCheck(dos, today)
		feed.Ready = feed.Ready && dc.Ready
		feed.Deals = append(feed.Deals, dc)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return feed.Ready, enc.Encode(feed)
}

// dealCheck is one deal's entry of the feed, its blockers worked out
// afresh so that each has its kind and ids.
func dealCheck(dos *model.Dossier, today model.Date) dealCheckJSON {
	r, typed := model.TypedBlockers(dos.Facts(), dos.Gaps)
	dc := dealCheckJSON{ID: dos.Deal.ID, Name: dos.Deal.Name, Customer: dos.Deal.Customer, Stage: dos.Deal.Stage,
		Ready: r.Ready(), Readiness: r.Percent, Blockers: []blockerJSON{}, Overdue: []overdueJSON{}}
	for i, b := range typed {
		dc.Blockers = append(dc.Blockers, blockerJSON{Kind: b.Kind, Refs: orEmpty(dos.Refs(b)), Term: b.Term, Role: b.Role,
			Text: r.Blockers[i]})
	}
	for _, gap := range dos.OverdueGaps(today) {
		days, _ := gap.Overdue(today)
		dc.Overdue = append(dc.Overdue, overdueJSON{Ref: orEmptyRef(dos.Refs(model.Blocker{GapID: gap.ID})),
			Title: gap.Title, Due: gap.Due, DaysOverdue: days})
	}
	if x, ok := model.DiffBaseline(dos); ok {
		dc.SignAgain = x.SignAgain
		refs := map[int64]string{}
		for i, p := range dos.PromiseRefs() {
			refs[p.ID] = fmt.Sprintf("P%d", i+1)
		}
		for _, c := range x.Promises {
			cj := changeJSON{Ref: refs[c.PromiseID], Title: c.Title, Kind: c.Kind}
			for _, f := range c.Fields {
				cj.Fields = append(cj.Fields, fieldJSON{Field: f.Field, Before: f.Before, After: f.After, Delta: f.Delta})
			}
			dc.Changes = append(dc.Changes, cj)
		}
		for _, c := range x.Requests {
			if c.Status == model.ChangeOpen {
				dc.ChangeRequestsOpen++
			}
		}
	}
	return dc
}

func orEmpty(refs []string) []string {
	if refs == nil {
		return []string{}
	}
	return refs
}

func orEmptyRef(refs []string) string {
	if len(refs) == 0 {
		return ""
	}
	return refs[0]
}
