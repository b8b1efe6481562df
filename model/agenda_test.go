package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"handoff/internal/i18n"
	"handoff/model"
)

// agendaFixture is three deals and the gaps that reach person 1's agenda
// or not: owned, by role, closed, and on a deal not theirs.
func agendaFixture() model.AgendaSource {
	d := model.MustDate
	return model.AgendaSource{
		Person: model.Person{ID: 1, Name: "Dana", Role: model.RoleDelivery},
		Deals: []model.Deal{
			{ID: 10, Name: "Beta", Stage: model.StageHandoff, Owners: model.Owners{Sales: 2, Presales: 1, Delivery: 1}},
			{ID: 11, Name: "Alpha", Stage: model.StageProposal, Owners: model.Owners{Delivery: 3}},
			{ID: 12, Name: "Gamma", Stage: model.StageHandoff, Owners: model.Owners{Sales: 1}},
		},
		Gaps: []model.Gap{
			// Owned by Dana: one late, one later, one undated.
			{ID: 100, DealID: 10, PromiseID: 1000, Kind: model.KindScope, Title: "scope", Severity: model.SeverityHigh, Owner: 1, Due: d("2026-12-10"), Status: model.GapOpen},
			{ID: 101, DealID: 11, PromiseID: 1100, Kind: model.KindOther, Title: "manual late", Severity: model.SeverityLow, Owner: 1, Due: d("2026-11-20"), Status: model.GapInProgress},
			{ID: 102, DealID: 11, Kind: model.KindOther, Title: "undated", Severity: model.SeverityMedium, Owner: 1, Status: model.GapOpen},
			// Closed: never on an agenda.
			{ID: 103, DealID: 10, Kind: model.KindOther, Title: "done", Severity: model.SeverityHigh, Owner: 1, Due: d("2026-11-01"), Status: model.GapResolved},
			// By role on Beta (Dana delivers and presells it): an answer
			// and a term; owned by someone else.
			{ID: 104, DealID: 10, PromiseID: 1001, Kind: model.KindUnassessed, Severity: model.SeverityMedium, Owner: 3, Due: d("2026-11-25"), Status: model.GapOpen},
			{ID: 105, DealID: 10, PromiseID: 1002, Kind: model.KindUndefinedTerm, Severity: model.SeverityMedium, Status: model.GapOpen},
			// Unassessed on Alpha, which Dana does not deliver: not hers.
			{ID: 106, DealID: 11, PromiseID: 1101, Kind: model.KindUnassessed, Severity: model.SeverityHigh, Status: model.GapOpen},
			// Hers both ways: listed once, as hers.
			{ID: 107, DealID: 10, PromiseID: 1003, Kind: model.KindUnassessed, Severity: model.SeverityLow, Owner: 1, Due: d("2026-12-01"), Status: model.GapOpen},
		},
		Promises:       map[int64]string{1000: "Real-time sync", 1001: "Training", 1002: "24/7 support", 1003: "Reports", 1100: "Audit"},
		PromiseNumbers: map[int64]int{1000: 1, 1001: 2, 1002: 3, 1003: 4, 1100: 1},
		// Dana signed Gamma as sales; Beta waits for her as presales and
		// as delivery.
		SignOffs: []model.SignOff{{ID: 1, DealID: 12, PersonID: 1, Role: model.RoleSales}},
	}
}

func TestAgenda(t *testing.T) {
	today := model.MustDate("2026-12-05")
	items := model.Agenda(agendaFixture(), today)
	var got []string
	for _, it := range items {
		got = append(got, it.Key+" "+string(it.Kind))
	}
	want := []string{
		// Overdue: Alpha's manual gap (due 20 Nov) comes before Beta's
		// group (first due 25 Nov); within Beta by due date.
		"gap-101 gap",
		"gap-104 answer",
		"gap-107 gap",
		// Coming up.
		"gap-100 gap",
		// No due date: by deal name, and by severity and kind within one.
		"gap-102 gap",
		"gap-105 term",
		"signoff-10-presales signoff",
		"signoff-10-delivery signoff",
	}
	if !slices.Equal(got, want) {
		t.Errorf("agenda\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	first := items[0]
	if first.Deal != "Alpha" || first.Promise != "Audit" || first.Title != "manual late" || first.Status != model.GapInProgress {
		t.Errorf("first item %+v", first)
	}
	// Items name their promise by its number in the deal's reports; a
	// sign-off has none.
	if first.PromiseRef != "P1" || items[1].PromiseRef != "P2" || items[len(items)-1].PromiseRef != "" {
		t.Errorf("promise refs %q %q %q, want P1 P2 and none", first.PromiseRef, items[1].PromiseRef, items[len(items)-1].PromiseRef)
	}
	if days, late := first.Overdue(today); !late || days != 15 {
		t.Errorf("overdue %d %v, want 15 days", days, late)
	}
	if items[1].Role != model.RoleDelivery || items[5].Role != model.RolePresales {
		t.Errorf("roles %q %q", items[1].Role, items[5].Role)
	}
}

func TestAgendaFilter(t *testing.T) {
	today := model.MustDate("2026-12-05")
	items := model.Agenda(agendaFixture(), today)
	keys := func(f model.AgendaFilter) []string {
		var out []string
		for _, it := range f.Apply(items, today) {
			out = append(out, it.Key)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    model.AgendaFilter
		want []string
	}{
		{"Overdue", model.AgendaFilter{Overdue: true}, []string{"gap-101", "gap-104", "gap-107"}},
		{"Within4", model.AgendaFilter{Within: 4}, []string{"gap-101", "gap-104", "gap-107"}},
		{"Within5", model.AgendaFilter{Within: 5}, []string{"gap-101", "gap-104", "gap-107", "gap-100"}},
		{"Deal", model.AgendaFilter{Deal: 11}, []string{"gap-101", "gap-102"}},
		{"OverdueOfDeal", model.AgendaFilter{Overdue: true, Deal: 10}, []string{"gap-104", "gap-107"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := keys(tc.f); !slices.Equal(got, tc.want) {
				t.Errorf("%v, want %v", got, tc.want)
			}
		})
	}
}

func TestParseWithin(t *testing.T) {
	for in, want := range map[string]int{"7d": 7, "2w": 14, "10": 10, " 3d ": 3} {
		if got, err := model.ParseWithin(in); err != nil || got != want {
			t.Errorf("ParseWithin(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "0", "-3d", "week", "3x", "7dd"} {
		if _, err := model.ParseWithin(in); err == nil {
			t.Errorf("ParseWithin(%q) took it", in)
		}
	}
}

func TestFindPerson(t *testing.T) {
	people := []model.Person{{ID: 1, Name: "Jonas Becker"}, {ID: 2, Name: "Jo Smith"}, {ID: 3, Name: "Anna Nowak"},
		{ID: 4, Name: "Anna Kowalska"}, {ID: 5, Name: "Old Hand", Removed: true}}
	for _, tc := range []struct {
		name string
		id   int64
		n    int
	}{{"Jo Smith", 2, 1}, {"jonas becker", 1, 1}, {"becker", 1, 1}, {"anna", 0, 2}, {"Old Hand", 0, 0}, {"", 0, 0}} {
		p, found := model.FindPerson(people, tc.name)
		if p.ID != tc.id || len(found) != tc.n {
			t.Errorf("FindPerson(%q) = %d with %d candidates, want %d with %d", tc.name, p.ID, len(found), tc.id, tc.n)
		}
	}
	if _, ok := model.PersonNamed(people, "jo"); ok {
		t.Error("a part of a name named a person")
	}
	if p, ok := model.PersonNamed(people, "JO SMITH"); !ok || p.ID != 2 {
		t.Errorf("PersonNamed: %v %v", p, ok)
	}
}

func TestAgendaICS(t *testing.T) {
	today := model.MustDate("2026-12-05")
	items := []model.AgendaItem{{
		Key: "gap-7", Kind: model.AgendaGap, Deal: "Dział, sprzedaży; \\ \x1b[31mred\x1b[0m", Customer: "ACME",
		Promise: "Line one\nline two — " + strings.Repeat("długi tekst ", 8), GapKind: model.KindScope,
		Title: "fit none", Severity: model.SeverityHigh, Status: model.GapOpen, Due: model.MustDate("2026-12-01"), Version: 3,
	}, {
		Key: "gap-8", Kind: model.AgendaGap, Deal: "D", GapKind: model.KindEffort, Title: "delivery needs 90 person-days, 40 were sold",
		Severity: model.SeverityMedium, Status: model.GapOpen, Due: model.MustDate("2026-12-20"),
	}, {Key: "signoff-1-sales", Kind: model.AgendaSignOff, Deal: "D", Title: "sign off"}}
	out := model.AgendaICS(model.Person{Name: "Dana"}, items, today, time.Date(2026, 12, 5, 9, 30, 0, 0, time.UTC), "x.test")
	if !strings.HasSuffix(out, "END:VCALENDAR\r\n") || strings.Contains(strings.ReplaceAll(out, "\r\n", ""), "\n") {
		t.Fatal("not every line ends in CRLF")
	}
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if strings.ContainsRune(l, '\x1b') {
			t.Errorf("escape sequence in %q", l)
		}
	}
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	for _, want := range []string{
		"UID:gap-7@x.test\r\n", "DTSTART;VALUE=DATE:20261201\r\n", "DTEND;VALUE=DATE:20261202\r\n",
		"DTSTAMP:20261205T093000Z\r\n", "SEQUENCE:3\r\n",
		`SUMMARY:Overdue: Dział\, sprzedaży\; \\ red — Line one\nline two — długi`,
		"SUMMARY:D: effort over what was sold\r\n",
		`DESCRIPTION:gap · scope gap · high · open · customer: ACME\n4 days overdue on 2026-12-05` + "\r\n",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("no %q in\n%s", want, unfolded)
		}
	}
	if strings.Contains(unfolded, "person-days") || strings.Contains(unfolded, "signoff-1") {
		t.Errorf("effort sold or an undated item in\n%s", unfolded)
	}
}

// An agenda item reads in the reader's language: a derived gap's
// difference rendered in it, a sign-off's role named in it, a manual gap
// as its person wrote it.
func TestAgendaTitleIn(t *testing.T) {
	src := agendaFixture()
	src.Gaps[4].Origin = model.OriginDerived
	src.Gaps[4].Title = "no answer from delivery yet"
	src.Gaps[4].Diff = model.Difference{Promise: "Training"}
	items := model.Agenda(src, model.MustDate("2026-12-05"))
	byKey := map[string]model.AgendaItem{}
	for _, it := range items {
		byKey[it.Key] = it
	}
	derived, manual, signoff := byKey["gap-104"], byKey["gap-101"], byKey["signoff-10-presales"]
	want := src.Gaps[4].DifferenceIn(i18n.PL)
	if got := derived.TitleIn(i18n.PL); got != want || got == derived.Title {
		t.Errorf("derived gap in Polish: %q, want %q (not the stored %q)", got, want, derived.Title)
	}
	if got := derived.TitleIn(i18n.EN); got != src.Gaps[4].Difference() {
		t.Errorf("derived gap in English: %q", got)
	}
	if got := manual.TitleIn(i18n.DE); got != "manual late" {
		t.Errorf("manual gap in German: %q", got)
	}
	if got := signoff.TitleIn(i18n.DE); !strings.Contains(got, model.RolePresales.In(i18n.DE)) || strings.Contains(got, "sign off") {
		t.Errorf("sign-off in German: %q", got)
	}
}
