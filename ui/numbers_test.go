package ui

import (
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// An amount typed the Polish way is read as the proposal means it, shown
// before saving, and an ambiguous one is refused with both readings.
func TestDealValueTypedThePolishWay(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	h.press("n")
	h.typeText("Wdrożenie MES")
	h.press("tab", "tab", "tab") // customer, stage, value
	h.typeText("486 000,00")
	h.sees("→ 486,000.00 EUR")
	h.press("tab", "backspace", "backspace", "backspace")
	h.typeText("XYZ")
	h.sees("ISO 4217 has no XYZ")
	h.press("backspace", "backspace", "backspace")
	h.typeText("pln")
	h.press("shift+tab")
	h.sees("→ 486,000.00 PLN")
	h.press("ctrl+s")
	h.seesNot("New deal")
	deals, err := h.s.Deals(h.ctx)
	if err != nil || len(deals) != 1 || deals[0].Value != (model.Money{Minor: 48_600_000, Currency: "PLN"}) {
		t.Fatalf("stored deals = %+v, %v", deals, err)
	}
	h.sees("PLN 486,000.00")

	// Editing shows the amount so that saving it again keeps it.
	h.press("e")
	h.sees("Edit deal")
	if v := h.a.topForm().value("value"); v != "486,000.00" {
		t.Fatalf("the form offers %q", v)
	}
	h.press("tab", "tab", "tab")
	for range 10 {
		h.press("backspace")
	}
	h.typeText("1,250")
	h.sees("could mean 1250 (thousands) or 1.25 (decimals)", "1.25 for the second")
	h.press("ctrl+s")
	h.sees("Edit deal", "nothing was saved")
	if d, _ := h.s.Deal(h.ctx, deals[0].ID); d.Value.Minor != 48_600_000 {
		t.Fatalf("an ambiguous amount was stored: %+v", d.Value)
	}
	h.press("backspace", "backspace", "backspace", "backspace", "backspace")
	h.typeText("12,50")
	h.sees("→ 12.50 PLN")
	h.press("ctrl+s")
	if d, _ := h.s.Deal(h.ctx, deals[0].ID); d.Value.Minor != 1250 {
		t.Fatalf("12,50 was stored as %+v", d.Value)
	}
}

// A deal nobody has priced says so, rather than "EUR 0.00".
func TestDealWithoutValueSaysNotSet(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	h.press("n")
	h.typeText("Nordwind CRM rollout")
	h.press("ctrl+s")
	h.seesNot("New deal", "EUR 0.00")
	if !strings.Contains(h.row("Nordwind CRM rollout"), "not set") {
		t.Fatalf("the deal list row reads %q", h.row("Nordwind CRM rollout"))
	}
	h.openDeal("Nordwind")
	if !strings.Contains(h.row("Value"), "not set") {
		t.Fatalf("the deal pane reads %q", h.row("Value"))
	}
	h.seesNot("EUR 0.00")
}

// A date field reads today, tomorrow, +3d, +2w and weekdays against the
// app's clock, and says which day it understood before saving.
func TestRelativeDueDate(t *testing.T) {
	h := newHarness(t, 120, 40, true) // the clock says Sunday 2026-11-22
	h.openDeal("SAP")
	h.press("4")
	g, _ := h.a.deal().gaps.selected()
	h.press("e")
	for h.a.topForm().fields[h.a.topForm().focus].name != "due" {
		h.press("tab")
	}
	for range 12 {
		h.press("backspace")
	}
	for typed, want := range map[string]string{"tomorrow": "→ Mon 2026-11-23", "fri": "→ Fri 2026-11-27",
		"sunday": "→ Sun 2026-11-29", "+2w": "→ Sun 2026-12-06", "2026-12-9": "→ Wed 2026-12-09"} {
		h.typeText(typed)
		h.sees(want)
		for range len(typed) {
			h.press("backspace")
		}
	}
	h.typeText("someday")
	h.sees("✗ Someday is not a date: write YYYY-MM-DD, today, tomorrow")
	for range 7 {
		h.press("backspace")
	}
	h.typeText("+3d")
	h.press("ctrl+s")
	if now, _ := h.s.Gap(h.ctx, g.ID); now.Due.String() != "2026-11-25" {
		t.Fatalf("+3d was stored as %q", now.Due)
	}
}

// The relative forms are the form's, and the promise form has them too.
func TestPromiseDueNextFriday(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("n")
	h.typeText("Nightly stock export")
	for h.a.topForm().fields[h.a.topForm().focus].name != "due date" {
		h.press("tab")
	}
	h.typeText("friday")
	h.sees("→ Fri 2026-11-27")
	h.press("ctrl+s")
	d := h.dossier(h.a.deal().id)
	if last := d.Promises[len(d.Promises)-1]; last.Due.String() != "2026-11-27" {
		t.Fatalf("saved %+v", last)
	}
}

// A due date that has passed on an open gap says "overdue" in every list.
func TestOverdueInEveryList(t *testing.T) {
	h := newHarness(t, 160, 45, true)
	h.seesNot("overdue")
	h.later(13 * 24 * time.Hour) // 2026-12-05
	h.send(tea_WindowSize(160, 45))
	if row := h.row("SAP"); !strings.Contains(row, "overdue") {
		t.Errorf("the deal list's next due does not say overdue: %q", row)
	}
	h.openDeal("SAP")
	h.press("4")
	if row := h.row("2026-11-30"); !strings.Contains(row, "2026-11-30 overdue") {
		t.Errorf("the gaps pane reads %q", row)
	}
	if row := h.row("2026-12-11"); strings.Contains(row, "overdue") {
		t.Errorf("a gap due later is overdue: %q", row)
	}
	h.press("m")
	h.sees("AGENDA", "overdue · ")
	for i := 0; i < len(h.a.meeting().agenda); i++ {
		if g, _ := h.a.meeting().gap(); g.Due.String() == "2026-11-30" {
			h.sees("2026-11-30 · 5 days overdue")
			break
		}
		h.press("l")
	}
	h.press("g")
	h.sees("Agenda", "overdue · ")
}

// A promise past the customer's date is overdue in the promises pane.
func TestOverduePromise(t *testing.T) {
	h := newHarness(t, 160, 45, true)
	h.openDeal("SAP")
	p := h.a.deal().d.Promises[0]
	h.later(time.Duration(p.Due.DaysAfter(model.DateOf(testNow))+2) * 24 * time.Hour)
	h.send(tea_WindowSize(160, 45))
	if row := h.row(p.Due.String()); !strings.Contains(row, p.Due.String()+" overdue") {
		t.Errorf("the promises pane reads %q", row)
	}
}

// A column too narrow for the date and the word keeps the word.
func TestDueCellNarrow(t *testing.T) {
	st := NewStyles(true, true)
	due := model.MustDate("2026-11-30")
	if got := dueCell(st, due, true, dueWidth(true), false); got != "2026-11-30 overdue" {
		t.Errorf("wide: %q", got)
	}
	if got := dueCell(st, due, true, dueWidth(false), false); got != "overdue   " {
		t.Errorf("narrow: %q", got)
	}
	if got := dueCell(st, due, false, dueWidth(true), true); got != "2026-11-30        " {
		t.Errorf("not late: %q", got)
	}
}

// The deal list and the gaps pane on 2026-12-05, when three of the SAP
// deal's gaps are past their dates.
func TestOverdueGolden(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.later(13 * 24 * time.Hour)
	h.send(tea_WindowSize(120, 40))
	h.golden("deals-overdue-120x40")
	h.openDeal("SAP")
	h.press("4")
	h.golden("gaps-overdue-120x40")
	// Not the word alone: the Overdue style too (bold, even without colour).
	if styled := h.a.sh.styles.Overdue.Render("2026-11-30 overdue"); styled == "2026-11-30 overdue" || !strings.Contains(h.raw(), styled) {
		t.Errorf("the overdue date is not styled as overdue: %q", styled)
	}
}
