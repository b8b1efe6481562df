package ui

import (
	"testing"
	"time"
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
}

func (a *App) agenda() *agendaScreen {
	return topmost(a, func() *agendaScreen { return &agendaScreen{screenBase: newScreenBase(a.sh)} })
}

func TestAgendaScreen(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openAgenda("Lukas")
	h.sees("Agenda of Lukas Hoffmann (delivery)", "Overdue (2)", "Coming up (2)")
	scr := h.screen()
	t.Log(scr)
}
