package ui

import (
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// agendaNow is a day on which some of the sample deals' gaps are late:
// Lukas Hoffmann's answer was due 30 November, his suspect gap 2 December.
var agendaNow = time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)

// openAgenda opens the agenda from the deal list on agendaNow and picks
// whose it is by typing part of their name.
func (h *harness) openAgenda(name string) {
	h.t.Helper()
	h.clock = agendaNow
	h.press("a")
	h.typeText(name)
	h.press("enter")
	if !h.a.agenda().loaded {
		h.t.Fatalf("the agenda of %q did not load:\n%s", name, h.screen())
	}
}

func (a *App) agenda() *agendaScreen {
	return topmost(a, func() *agendaScreen { return &agendaScreen{screenBase: newScreenBase(a.sh)} })
}

// selectItem moves the cursor to the first item whose text has part.
func (h *harness) selectItem(part string) model.AgendaItem {
	h.t.Helper()
	ag := h.a.agenda()
	for i, it := range ag.items {
		if strings.Contains(it.Promise+" "+it.Title, part) {
			for ag.cur.pos < i {
				h.press("j")
			}
			for ag.cur.pos > i {
				h.press("k")
			}
			return it
		}
	}
	h.t.Fatalf("no item %q on the agenda", part)
	return model.AgendaItem{}
}

func TestAgendaScreen(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	// The app runs as "tester", nobody in the directory: it asks whose.
	h.clock = agendaNow
	h.press("a")
	h.sees("Choose: whose agenda")
	h.typeText("Lukas")
	h.press("enter")
	h.sees("Agenda of Lukas Hoffmann (delivery) — 4 items, 2 overdue", "Overdue (2)", "Coming up (2)",
		"2026-11-30 overdue", "5 days overdue")
	scr := h.screen()
	if a, b, c := strings.Index(scr, "Overdue (2)"), strings.Index(scr, "2026-11-30 overdue"), strings.Index(scr, "Coming up (2)"); a > b || b > c {
		t.Errorf("the overdue are not first:\n%s", scr)
	}

	// Window
	{
		h.press("w")
		h.sees("overdue only", "2 of 4 items")
		h.seesNot("Coming up")
		h.press("w", "w") // within 7, within 14 days
		h.sees("due within 14 days", "4 items")
		h.press("w") // every due date
	}
	// Owner
	{
		h.press("o")
		h.typeText("Anna")
		h.press("enter")
		h.sees("Agenda of Anna Kowalska (presales) — 8 items, 1 overdue", "term to agree", "sign-off",
			"sign off the handoff report as presales", "No due date (6)")
	}
	// Deal
	{
		h.press("f")
		h.sees("Show one deal", "Every deal")
		h.typeText("Process")
		h.press("enter")
		h.sees("3 of 8 items", "one deal")
		h.seesNot("SAP S/4HANA")
		h.press("f")
		h.typeText("Every")
		h.press("enter")
		h.sees("8 items, 1 overdue · every due date")
	}
}

func TestAgendaActorIsTheDefault(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	p := model.Person{Name: "Tester", Role: model.RoleDelivery}
	if err := h.s.CreatePerson(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	g, _ := h.dossier(1).GapByID(1)
	g.Owner = p.ID
	if err := h.s.UpdateGap(h.ctx, &g); err != nil {
		t.Fatal(err)
	}
	h.run(reloadCmd)
	h.press("a")
	h.seesNot("Choose:")
	h.sees("Agenda of Tester (delivery) — 1 item,")
}

func TestAgendaOpensTheDealAtTheItem(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openAgenda("Priya")
	// Gap
	{
		it := h.selectItem("45 days late")
		h.press("enter")
		ds := h.a.deal()
		g, _ := ds.gaps.selected()
		if ds.focus != paneGaps || g.ID != it.GapID {
			t.Errorf("pane %d, gap %d; want the gaps pane on gap %d", ds.focus, g.ID, it.GapID)
		}
		h.press("esc")
		h.sees("Agenda of Priya Nair")
	}
	// Answer
	{
		it := h.selectItem("no answer from delivery")
		if it.Kind != model.AgendaAnswer {
			t.Fatalf("%+v is not an answer awaited", it)
		}
		h.press("enter")
		ds := h.a.deal()
		p, _ := ds.promises.selected()
		if ds.focus != panePromises || p.ID != it.PromiseID {
			t.Errorf("pane %d, promise %d; want the promises pane on promise %d", ds.focus, p.ID, it.PromiseID)
		}
		h.press("esc")
	}
	// SignOff
	{
		h.selectItem("sign off")
		h.press("enter")
		if ds := h.a.deal(); ds.focus != paneDeal || ds.d == nil {
			t.Errorf("pane %d; want the deal pane", ds.focus)
		}
		h.press("esc")
	}
}

// A new due date on an overdue gap, set on the deal it opens, takes it out
// of the overdue group when the agenda is back on top.
func TestAgendaNewDueDateLeavesOverdue(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openAgenda("Lukas")
	it := h.selectItem("no answer from delivery")
	h.press("enter")
	h.press("e")
	for h.a.topForm().fields[h.a.topForm().focus].name != "due" {
		h.press("tab")
	}
	for range 12 {
		h.press("backspace")
	}
	h.typeText("2026-12-20")
	h.press("ctrl+s", "esc")
	h.sees("Agenda of Lukas Hoffmann", "Overdue (1)", "Coming up (3)")
	ag := h.a.agenda()
	for _, x := range ag.items {
		if x.Key == it.Key {
			if x.Due != model.MustDate("2026-12-20") {
				t.Errorf("due %s after the change", x.Due)
			}
			if _, late := x.Overdue(h.a.sh.today()); late {
				t.Error("still overdue")
			}
		}
	}
	if sel, _ := ag.selected(); sel.Key != it.Key {
		t.Errorf("the cursor moved off the item changed, to %s", sel.Key)
	}
}

func TestAgendaCleansText(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	d, err := h.s.Deal(h.ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	d.Name = "SAP \x1b]0;pwned\x07\u202eevil\x1b[2J"
	if err := h.s.UpdateDeal(h.ctx, &d); err != nil {
		t.Fatal(err)
	}
	h.run(reloadCmd)
	h.openAgenda("Lukas")
	raw := h.raw()
	if strings.Contains(raw, "pwned\x07") || strings.Contains(raw, "\u202e") || strings.Contains(raw, "\x1b[2J") {
		t.Errorf("the deal's name reached the screen uncleaned:\n%q", raw)
	}
	h.sees("evil")
}

// While presenting, an effort gap's text (the effort sold) is not shown.
func TestAgendaPresentingHidesEffort(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	g, _ := h.dossier(2).GapByID(19)
	if g.Kind != model.KindEffort {
		t.Fatalf("gap 19 is %s; the sample changed", g.Kind)
	}
	g.Status = model.GapOpen
	g.Resolution = ""
	if err := h.s.UpdateGap(h.ctx, &g); err != nil {
		t.Fatal(err)
	}
	h.run(reloadCmd)
	h.openAgenda("Priya")
	h.sees("were sold")
	h.press("p")
	h.seesNot("were sold", "person-days")
	h.sees("effort over what was sold")
}

// A long agenda scrolls with the cursor, the selected item always on
// screen, and the list's headings back in view at the top.
func TestAgendaScrolls(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	lukas, _ := model.FindPerson(h.a.sh.people, "Lukas Hoffmann")
	for id := int64(1); id <= 3; id++ {
		for _, g := range h.dossier(id).Gaps {
			if g.Open() {
				g.Owner = lukas.ID
				if err := h.s.UpdateGap(h.ctx, &g); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	h.run(reloadCmd)
	h.openAgenda("Lukas")
	ag := h.a.agenda()
	if len(ag.lines) <= ag.listHeight() {
		t.Fatalf("%d lines fit in %d: nothing to scroll", len(ag.lines), ag.listHeight())
	}
	// onScreen checks the selected item's line is among those drawn, and
	// its text on the screen.
	onScreen := func() {
		t.Helper()
		it, _ := ag.selected()
		if at := ag.at[ag.cur.pos]; at < ag.offset || at >= ag.offset+ag.listHeight() {
			t.Fatalf("item %s on line %d, the screen shows lines %d to %d", it.Key, at, ag.offset, ag.offset+ag.listHeight()-1)
		}
		if h.row(string([]rune(ag.what(it))[:12])) == "" {
			t.Fatalf("item %s is selected but not on screen:\n%s", it.Key, h.screen())
		}
	}
	h.press("G")
	onScreen()
	h.seesNot("Overdue (")
	for range len(ag.items) - 1 {
		h.press("k")
		onScreen()
	}
	h.sees("Overdue (5)")
}
