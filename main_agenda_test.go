package main

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"handoff/db"
	"handoff/model"
)

// agendaDB is the sample deals with Lukas Hoffmann's gaps dated around
// today, whatever day the test runs: his unanswered promise long overdue,
// his suspect answer due yesterday, the rest far ahead.
func agendaDB(t *testing.T) string {
	t.Helper()
	isolate(t)
	today := model.DateOf(time.Now())
	return newDB(t, func(s *db.Store) {
		ctx := t.Context()
		if _, err := s.Import(ctx, model.SampleArchive()); err != nil {
			t.Fatal(err)
		}
		for _, g := range lukasGaps(t, s) {
			switch g.Kind {
			case model.KindUnassessed:
				g.Due = today.AddDays(-30)
			case model.KindSuspect:
				g.Due = today.AddDays(-1)
			default:
				g.Due = today.AddDays(40)
			}
			if err := s.UpdateGap(ctx, &g); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// lukasGaps are the gaps Lukas Hoffmann owns, read from every deal.
func lukasGaps(t *testing.T, s *db.Store) []model.Gap {
	t.Helper()
	ctx := t.Context()
	people, err := s.Directory(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lukas, _ := model.FindPerson(people, "Lukas Hoffmann")
	deals, err := s.Deals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []model.Gap
	for _, d := range deals {
		dos, err := s.Dossier(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range dos.Gaps {
			if g.Owner == lukas.ID {
				out = append(out, g)
			}
		}
	}
	return out
}

// agendaItems runs agenda with JSON out and reads it.
func agendaItems(t *testing.T, args ...string) agendaJSON {
	t.Helper()
	out := ok(t, append([]string{"agenda", "--format", "json"}, args...)...)
	var doc agendaJSON
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v in\n%s", err, out)
	}
	return doc
}

func TestAgendaJSON(t *testing.T) {
	path := agendaDB(t)
	// What he owns, read the long way: the export of every deal.
	var archive model.Archive
	if err := json.Unmarshal([]byte(ok(t, "--db", path, "export", "--format", "json")), &archive); err != nil {
		t.Fatal(err)
	}
	lukas, _ := model.FindPerson(archive.People, "Lukas Hoffmann")
	today := model.DateOf(time.Now())
	var open, late []int64
	for _, d := range archive.Deals {
		for _, g := range d.Gaps {
			if g.Owner == lukas.ID && g.Open() {
				open = append(open, g.ID)
				if _, ok := g.Overdue(today); ok {
					late = append(late, g.ID)
				}
			}
		}
	}
	if len(open) < 3 || len(late) != 2 {
		t.Fatalf("the sample changed: Lukas owns %d open gaps, %d late", len(open), len(late))
	}
	gapIDs := func(doc agendaJSON) []int64 {
		var ids []int64
		for _, it := range doc.Items {
			if it.Kind != model.AgendaGap {
				t.Errorf("%s is a %s, not a gap he owns", it.Key, it.Kind)
			}
			ids = append(ids, it.GapID)
		}
		slices.Sort(ids)
		return ids
	}

	t.Run("Owner", func(t *testing.T) {
		doc := agendaItems(t, "--db", path, "--owner", "Lukas Hoffmann")
		if doc.Owner.Name != "Lukas Hoffmann" || doc.Owner.ID != lukas.ID || doc.Today != today {
			t.Errorf("owner %+v on %s", doc.Owner, doc.Today)
		}
		if got := gapIDs(doc); !slices.Equal(got, open) {
			t.Errorf("gaps %v, want the open gaps he owns %v", got, open)
		}
		// Overdue first, the latest-due of them last among them.
		if !doc.Items[0].Overdue || !doc.Items[1].Overdue || doc.Items[2].Overdue || doc.Items[0].DaysOverdue != 30 {
			t.Errorf("not overdue first: %+v", doc.Items[:3])
		}
		for _, it := range doc.Items {
			if it.Deal == "" || it.DealID == 0 || it.Key != "gap-"+strconv.FormatInt(it.GapID, 10) || it.Due.IsZero() {
				t.Errorf("item without its deal, key or due date: %+v", it)
			}
		}
	})
	t.Run("Overdue", func(t *testing.T) {
		doc := agendaItems(t, "--db", path, "--owner", "lukas", "--overdue")
		if got := gapIDs(doc); !slices.Equal(got, late) {
			t.Errorf("gaps %v, want the overdue ones %v", got, late)
		}
	})
	t.Run("Within", func(t *testing.T) {
		// Nothing of his falls due in the next week: only the late.
		doc := agendaItems(t, "--db", path, "--owner", "Lukas Hoffmann", "--within", "7d")
		if got := gapIDs(doc); !slices.Equal(got, late) {
			t.Errorf("gaps %v, want the overdue ones %v", got, late)
		}
		if doc := agendaItems(t, "--db", path, "--owner", "Lukas Hoffmann", "--within", "6w"); len(doc.Items) != len(open) {
			t.Errorf("within 6 weeks: %d items, want %d", len(doc.Items), len(open))
		}
	})
	t.Run("Actor", func(t *testing.T) {
		doc := agendaItems(t, "--db", path, "--actor", "lukas hoffmann")
		if doc.Owner.ID != lukas.ID {
			t.Errorf("the actor's agenda is %+v's", doc.Owner)
		}
	})
}

func TestAgendaText(t *testing.T) {
	path := agendaDB(t)
	out := ok(t, "--db", path, "agenda", "--owner", "Lukas Hoffmann")
	for _, want := range []string{"Agenda of Lukas Hoffmann (delivery)", "2 overdue", "\nOverdue\n", "\nComing up\n",
		"  SAP S/4HANA ↔ MES integration\n", "(30 days overdue)", "(1 day overdue)"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	// Each item about a promise names it by its report number, so that
	// rows about one promise read alike and rows about two differ.
	for _, it := range agendaItems(t, "--db", path, "--owner", "Lukas Hoffmann").Items {
		if it.PromiseID == 0 {
			continue
		}
		if !strings.HasPrefix(it.PromiseRef, "P") || !strings.Contains(out, it.PromiseRef+" “"+it.Promise+"”") {
			t.Errorf("item %s about %q (%q) is not named by its number in\n%s", it.Key, it.Promise, it.PromiseRef, out)
		}
	}
	if strings.Index(out, "30 days overdue") > strings.Index(out, "\nComing up\n") {
		t.Errorf("the overdue are not first:\n%s", out)
	}
}

func TestAgendaErrors(t *testing.T) {
	path := agendaDB(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--owner", "Nobody Here"}, `agenda: nobody in the directory is called "Nobody Here"`},
		{[]string{"--owner", "an"}, `agenda: "an" matches`},
		{[]string{"--actor", "tester"}, `agenda: the actor "tester" is nobody in the directory; name a person with --owner`},
		{[]string{"--owner", "Lukas", "--within", "soon"}, `agenda: --within: "soon" is not a number of days`},
		{[]string{"--owner", "Lukas", "--format", "csv"}, `agenda: --format is text, json or ics, not "csv"`},
	} {
		code, out, errOut := handoff(t, append([]string{"--db", path, "agenda"}, tc.args...)...)
		if code != 2 || out != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and %q", tc.args, code, out, errOut, tc.want)
		}
	}
}

// A deal's name reaches the terminal cleaned, in text and in JSON.
func TestAgendaCleansText(t *testing.T) {
	path := agendaDB(t)
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	deals, _ := s.Deals(t.Context())
	sap, _ := model.FindDeal(deals, "SAP")
	sap.Name = "SAP \x1b]0;pwned\x07\u202eevil"
	if err := s.UpdateDeal(t.Context(), &sap); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, format := range []string{"text", "json", "ics"} {
		out := ok(t, "--db", path, "agenda", "--owner", "Lukas Hoffmann", "--format", format)
		if strings.ContainsAny(out, "\x1b\x07\u202e") || !strings.Contains(out, "evil") {
			t.Errorf("%s: not cleaned:\n%q", format, out)
		}
	}
}

func TestAgendaICS(t *testing.T) {
	path := agendaDB(t)
	first := ok(t, "--db", path, "agenda", "--owner", "Priya Nair", "--format", "ics")
	cal, err := ics.ParseCalendar(strings.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	doc := agendaItems(t, "--db", path, "--owner", "Priya Nair")
	var dated []agendaItemJSON
	for _, it := range doc.Items {
		if !it.Due.IsZero() {
			dated = append(dated, it)
		}
	}
	events := cal.Events()
	if len(events) != len(dated) || len(dated) < 2 {
		t.Fatalf("%d events for %d dated items", len(events), len(dated))
	}
	for i, ev := range events {
		it := dated[i]
		if ev.Id() != it.Key+"@"+agendaDomain {
			t.Errorf("UID %q for %s", ev.Id(), it.Key)
		}
		start, err := ev.GetAllDayStartAt()
		if err != nil || model.DateOf(start) != it.Due {
			t.Errorf("%s starts %v (%v), due %s", it.Key, start, err, it.Due)
		}
		summary := ics.FromText(ev.GetProperty(ics.ComponentPropertySummary).Value)
		if !strings.Contains(summary, it.Deal) || (it.Promise != "" && !strings.Contains(summary, it.Promise)) {
			t.Errorf("summary %q does not name deal %q and promise %q", summary, it.Deal, it.Promise)
		}
		if it.Overdue != strings.HasPrefix(summary, "Overdue: ") {
			t.Errorf("summary %q, overdue %v", summary, it.Overdue)
		}
	}
	for _, money := range []string{"1,240,000", "1240000", "EUR", "person-days"} {
		if strings.Contains(first, money) {
			t.Errorf("the calendar holds %q", money)
		}
	}

	// Imported twice, once after a due date moved: the same events,
	// updated, none twice.
	s, err := db.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.Gap(t.Context(), dated[0].GapID)
	if err != nil {
		t.Fatal(err)
	}
	g.Due = g.Due.AddDays(60)
	if err := s.UpdateGap(t.Context(), &g); err != nil {
		t.Fatal(err)
	}
	s.Close()
	second := ok(t, "--db", path, "agenda", "--owner", "Priya Nair", "--format", "ics")
	if !strings.Contains(second, "SEQUENCE:"+strconv.FormatInt(g.Version, 10)+"\r\n") {
		t.Errorf("the moved item's SEQUENCE is not its new version %d", g.Version)
	}
	calendar := map[string]*ics.VEvent{}
	for _, file := range []string{first, second} {
		c, err := ics.ParseCalendar(strings.NewReader(file))
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range c.Events() {
			if old, ok := calendar[ev.Id()]; ok && sequence(ev) < sequence(old) {
				continue
			}
			calendar[ev.Id()] = ev
		}
	}
	if len(calendar) != len(events) {
		t.Errorf("%d events after two imports, want %d", len(calendar), len(events))
	}
	moved := calendar[dated[0].Key+"@"+agendaDomain]
	if start, _ := moved.GetAllDayStartAt(); model.DateOf(start) != g.Due {
		t.Errorf("the moved item starts %v, want %s", start, g.Due)
	}
}

// sequence is an event's SEQUENCE, the revision a calendar keeps the
// latest of.
func sequence(ev *ics.VEvent) int {
	p := ev.GetProperty(ics.ComponentPropertySequence)
	if p == nil {
		return 0
	}
	n := 0
	for _, c := range p.Value {
		n = n*10 + int(c-'0')
	}
	return n
}
