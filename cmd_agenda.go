package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// cmdAgenda lists one person's open items across every deal: the gaps
// they own, and by their role the answers, terms and sign-offs waiting
// for them; overdue first. As text, JSON or an iCalendar file.
func cmdAgenda(ctx context.Context, g *globals, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("agenda", g)
	owner := fs.String("owner", "", "the person whose agenda it is (default: --actor)")
	overdue := fs.Bool("overdue", false, "only items past their due date")
	within := fs.String("within", "", "only items due within this many days (7d, 2w), the overdue included")
	format := fs.String("format", "text", "text, json or ics")
	if _, ok, err := g.parseFlags(fs, args, noArgs, stdout); !ok {
		return err
	}
	if *format != "text" && *format != "json" && *format != "ics" {
		return fail(2, i18n.Msg("agenda: --format is text, json or ics, not %q", *format))
	}
	var filter model.AgendaFilter
	filter.Overdue = *overdue
	if *within != "" {
		n, err := model.ParseWithin(*within)
		if err != nil {
			return fail(2, i18n.Msg("agenda: --within: %v", err))
		}
		filter.Within = n
	}
	s, err := g.open(ctx, readOnly)
	if err != nil {
		return err
	}
	defer s.Close()
	person, err := agendaOwner(ctx, g.lang, s, *owner)
	if err != nil {
		return err
	}
	src, err := s.AgendaSource(ctx, person.ID)
	if err != nil {
		return err
	}
	now := time.Now()
	today := model.DateOf(now)
	items := filter.Apply(model.Agenda(src, today), today)
	switch *format {
	case "json":
		// Through the cleaning: JSON escapes controls already, and the
		// invisible characters that could turn a terminal's text around
		// are dropped on the way.
		return writeAgendaJSON(stdout, person, items, today)
	case "ics":
		// Exact bytes (CRLF line ends); every text in it is cleaned as it
		// is escaped.
		_, err := io.WriteString(data(stdout), model.AgendaICS(person, items, today, now, agendaDomain))
		return err
	}
	writeAgendaText(stdout, g.lang, person, items, today)
	return nil
}

// agendaDomain is the right-hand side of every calendar UID: the
// database's application id, the same in every handoff file.
var agendaDomain = fmt.Sprintf("%08x.handoff", db.ApplicationID)

// agendaOwner is the person named by --owner, or else the person the app
// runs as (--actor, $HANDOFF_ACTOR, the OS user), found in the directory.
func agendaOwner(ctx context.Context, lang i18n.Lang, s *db.Store, name string) (model.Person, error) {
	people, err := s.Directory(ctx)
	if err != nil {
		return model.Person{}, err
	}
	if name == "" {
		if p, ok := model.PersonNamed(people, s.ActorPerson()); ok {
			return p, nil
		}
		return model.Person{}, fail(2, i18n.Msg("agenda: the actor %q is nobody in the directory; name a person with --owner", s.Actor))
	}
	p, candidates := model.FindPerson(people, name)
	switch {
	case len(candidates) == 1:
		return p, nil
	case len(candidates) == 0:
		return p, fail(2, i18n.Msg("agenda: nobody in the directory is called %q", name))
	}
	var names strings.Builder
	for _, c := range candidates {
		names.WriteString("\n  " + c.Name)
	}
	return p, &exitError{2, errors.New(lang.N("agenda: %[2]q matches %[1]d people; give the full name:%[3]s", len(candidates), name, names.String()))}
}

// writeAgendaText prints the agenda grouped as the screen shows it: the
// overdue, the dated, the undated, each by deal.
func writeAgendaText(w io.Writer, l i18n.Lang, person model.Person, items []model.AgendaItem, today model.Date) {
	fmt.Fprintln(w, l.T("Agenda of %s (%s) on %s: %s", person.Name, person.Role.In(l), today, agendaCount(l, items, today)))
	kindW := 0
	for _, k := range []model.AgendaKind{model.AgendaGap, model.AgendaAnswer, model.AgendaTerm, model.AgendaSignOff} {
		kindW = max(kindW, ansi.StringWidth(k.In(l)))
	}
	dueW := len("2006-01-02")
	for _, it := range items {
		if late := model.OverdueTextIn(it.Due, today, l); late != "" {
			dueW = max(dueW, ansi.StringWidth(it.Due.StringIn(l)+" ("+late+")"))
		}
	}
	band, deal := "", int64(-1)
	for _, it := range items {
		if b := agendaBand(l, it, today); b != band {
			band, deal = b, -1
			fmt.Fprintf(w, "\n%s\n", b)
		}
		if it.DealID != deal {
			deal = it.DealID
			fmt.Fprintf(w, "  %s\n", it.Deal)
		}
		due := it.Due.StringIn(l)
		if late := model.OverdueTextIn(it.Due, today, l); late != "" {
			due += " (" + late + ")"
		}
		what := it.TitleIn(l)
		if it.Promise != "" {
			what = "“" + it.Promise + "”: " + what
		}
		if it.PromiseRef != "" {
			what = it.PromiseRef + " " + what
		}
		fmt.Fprintf(w, "    %s  %s  %s\n", padRight(orDash(due), dueW), padRight(it.Kind.In(l), kindW), oneLine(what))
	}
}

// agendaCount is "5 items, 2 overdue".
func agendaCount(l i18n.Lang, items []model.AgendaItem, today model.Date) string {
	late := 0
	for _, it := range items {
		if _, ok := it.Overdue(today); ok {
			late++
		}
	}
	if len(items) == 0 {
		return l.T("nothing to do")
	}
	return l.T("%s, %d overdue", l.N("%d items", len(items)), late)
}

// agendaBand is the heading of the group an item falls in.
func agendaBand(l i18n.Lang, it model.AgendaItem, today model.Date) string {
	switch _, late := it.Overdue(today); {
	case late:
		return l.T("Overdue")
	case !it.Due.IsZero():
		return l.T("Coming up")
	}
	return l.T("No due date")
}

// padRight pads s with spaces to n cells.
func padRight(s string, n int) string {
	return s + strings.Repeat(" ", max(n-ansi.StringWidth(s), 0))
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// oneLine keeps a text on its line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// agendaJSON is the agenda as JSON, documented in README "Agenda": field
// names and meanings only ever grow.
type agendaJSON struct {
	Owner agendaPersonJSON `json:"owner"`
	Today model.Date       `json:"today"`
	Items []agendaItemJSON `json:"items"`
}

type agendaPersonJSON struct {
	ID   int64      `json:"id"`
	Name string     `json:"name"`
	Role model.Role `json:"role"`
}

type agendaItemJSON struct {
	Key         string           `json:"key"`
	Kind        model.AgendaKind `json:"kind"`
	DealID      int64            `json:"deal_id"`
	Deal        string           `json:"deal"`
	Customer    string           `json:"customer"`
	PromiseID   int64            `json:"promise_id"`
	PromiseRef  string           `json:"promise_ref,omitempty"`
	Promise     string           `json:"promise"`
	GapID       int64            `json:"gap_id"`
	GapKind     model.GapKind    `json:"gap_kind"`
	Title       string           `json:"title"`
	Severity    model.Severity   `json:"severity"`
	Status      model.GapStatus  `json:"status"`
	Role        model.Role       `json:"role"`
	Due         model.Date       `json:"due"`
	Overdue     bool             `json:"overdue"`
	DaysOverdue int              `json:"days_overdue"`
}

func writeAgendaJSON(w io.Writer, person model.Person, items []model.AgendaItem, today model.Date) error {
	doc := agendaJSON{Owner: agendaPersonJSON{person.ID, person.Name, person.Role}, Today: today,
		Items: make([]agendaItemJSON, len(items))}
	for i, it := range items {
		days, late := it.Overdue(today)
		doc.Items[i] = agendaItemJSON{Key: it.Key, Kind: it.Kind, DealID: it.DealID, Deal: it.Deal, Customer: it.Customer,
			PromiseID: it.PromiseID, PromiseRef: it.PromiseRef, Promise: it.Promise, GapID: it.GapID, GapKind: it.GapKind, Title: it.Title,
			Severity: it.Severity, Status: it.Status, Role: it.Role, Due: it.Due, Overdue: late, DaysOverdue: days}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
