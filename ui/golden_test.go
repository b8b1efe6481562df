package ui

import (
	"fmt"
	"testing"
	"time"
)

// The golden screens are the spec of what users see: every screen at the
// smallest supported size (80×24) and at a roomy one (120×40), plus meeting
// mode on a projector-sized 200×50.

type screenCase struct {
	name    string
	samples bool
	// reach drives the app from the deal list to the screen.
	reach func(h *harness)
}

var goldenScreens = []screenCase{
	{"welcome", false, func(h *harness) {}},
	{"deals", true, func(h *harness) {}},
	{"deal", true, func(h *harness) { h.openDeal("SAP") }},
	{"deal-gaps", true, func(h *harness) { h.openDeal("SAP"); h.press("4") }},
	{"deal-reality", true, func(h *harness) { h.openDeal("SAP"); h.press("3") }},
	{"deal-pane", true, func(h *harness) { h.openDeal("SAP"); h.press("1") }},
	{"glossary", true, func(h *harness) { h.openDeal("SAP"); h.press("T") }},
	{"history", true, func(h *harness) {
		h.openDeal("SAP")
		h.press("e", "end")
		h.typeText(" (v2)")
		h.press("ctrl+s", "H")
	}},
	{"meeting", true, func(h *harness) { h.openDeal("SAP"); h.later(time.Hour); h.press("m") }},
	{"meeting-agenda", true, func(h *harness) { h.openDeal("SAP"); h.later(time.Hour); h.press("m", "g") }},
	{"meeting-summary", true, func(h *harness) {
		h.openDeal("SAP")
		h.later(time.Hour)
		h.press("m")
		h.later(17 * time.Minute)
		h.press("G")
	}},
	{"report", true, func(h *harness) { h.openDeal("SAP"); h.press("x") }},
	{"help-deals", true, func(h *harness) { h.press("?") }},
	{"help-deal", true, func(h *harness) { h.openDeal("SAP"); h.press("?") }},
	{"form-promise", true, func(h *harness) { h.openDeal("SAP"); h.press("e") }},
	{"form-answer", true, func(h *harness) { h.openDeal("SAP"); h.press("a") }},
	{"form-error", true, func(h *harness) {
		h.openDeal("SAP")
		h.press("n")
		h.typeText("Nightly stock export")
		h.press("tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab", "tab")
		h.typeText("2027-13-45")
		h.press("ctrl+s")
	}},
	{"picker", true, func(h *harness) { h.openDeal("SAP"); h.press("4", "o"); h.typeText("an") }},
	{"confirm-delete", true, func(h *harness) { h.openDeal("SAP"); h.press("d") }},
	{"presenting", true, func(h *harness) { h.openDeal("SAP"); h.press("p", "1") }},
	{"people", true, func(h *harness) { h.press("P") }},
	{"decisions", true, func(h *harness) { h.openDeal("SAP"); h.press("D") }},
	// The gaps by due date, earliest first (the third order offered); the
	// promises by priority, must first, with two marked; three gaps marked.
	{"gaps-sorted", true, func(h *harness) { h.openDeal("SAP"); h.press("4", "O", "down", "down", "enter") }},
	{"promises-sorted-marked", true, func(h *harness) { h.openDeal("SAP"); h.press("O", "down", "enter", "space", "down", "space") }},
	{"gaps-marked", true, func(h *harness) { h.openDeal("SAP"); h.press("4", "space", "down", "space", "space") }},
	{"form-bulk-gaps", true, func(h *harness) { h.openDeal("SAP"); h.press("4", "space", "space", "space", "s") }},
	{"agenda", true, func(h *harness) { h.openAgenda("Anna") }},
	{"help-agenda", true, func(h *harness) { h.openAgenda("Anna"); h.press("?") }},
	{"history-work", true, func(h *harness) { h.historyWork(); h.openDeal("SAP"); h.press("H") }},
	{"history-expanded", true, func(h *harness) {
		h.historyWork()
		h.openDeal("SAP")
		h.press("H", "down", "down", "down", "enter", "down")
	}},
}

func TestGoldenScreens(t *testing.T) {
	for _, sc := range goldenScreens {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				h := newHarness(t, size[0], size[1], sc.samples)
				sc.reach(h)
				h.golden(name)
			})
		}
	}
}

func TestGoldenMeetingOnAProjector(t *testing.T) {
	for _, sc := range []screenCase{goldenScreens[8], goldenScreens[10]} {
		t.Run(sc.name, func(t *testing.T) {
			h := newHarness(t, 200, 50, true)
			sc.reach(h)
			h.golden(sc.name + "-200x50")
		})
	}
}

func TestGoldenTooSmall(t *testing.T) {
	h := newHarness(t, 70, 20, true)
	h.golden("too-small-70x20")
	h.send(tea_WindowSize(80, 24))
	h.sees("Deals")
}
