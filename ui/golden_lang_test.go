package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"handoff/internal/i18n"
)

// The golden screens in every language the app speaks: the deal list, the
// deal screen, the glossary, the history, meeting mode and the help, at the smallest supported size
// and a roomy one. English's are the goldens of TestGoldenScreens.
var languageScreens = []screenCase{
	{"deals", true, func(h *harness) {}},
	{"deal", true, func(h *harness) { h.openDeal("SAP") }},
	{"deal-gaps", true, func(h *harness) { h.openDeal("SAP"); h.press("4") }},
	{"deal-reality", true, func(h *harness) { h.openDeal("SAP"); h.press("3") }},
	{"deal-pane", true, func(h *harness) { h.openDeal("SAP"); h.press("1") }},
	{"glossary", true, func(h *harness) { h.openDeal("SAP"); h.press("T") }},
	{"history", true, func(h *harness) { h.historyWork(); h.openDeal("SAP"); h.press("H") }},
	{"history-expanded", true, func(h *harness) {
		h.historyWork()
		h.openDeal("SAP")
		h.press("H", "down", "down", "down", "enter", "down")
	}},
	{"meeting-summary", true, func(h *harness) {
		h.openDeal("SAP")
		h.later(time.Hour)
		h.press("m")
		h.later(17 * time.Minute)
		h.press("G")
	}},
	{"meeting", true, func(h *harness) { h.openDeal("SAP"); h.later(time.Hour); h.press("m") }},
	{"meeting-agenda", true, func(h *harness) { h.openDeal("SAP"); h.later(time.Hour); h.press("m", "g") }},
	{"help-deals", true, func(h *harness) { h.press("?") }},
	{"help-deal", true, func(h *harness) { h.openDeal("SAP"); h.press("?") }},
	{"help-meeting", true, func(h *harness) { h.openDeal("SAP"); h.later(time.Hour); h.press("m", "?") }},
	{"gaps-sorted", true, func(h *harness) { h.openDeal("SAP"); h.press("4", "O", "down", "down", "enter") }},
	{"promises-sorted-marked", true, func(h *harness) { h.openDeal("SAP"); h.press("O", "down", "enter", "space", "down", "space") }},
	{"gaps-marked", true, func(h *harness) { h.openDeal("SAP"); h.press("4", "space", "down", "space", "space") }},
}

func TestGoldenScreensInEveryLanguage(t *testing.T) {
	for _, l := range i18n.All() {
		if l == i18n.EN {
			continue
		}
		for _, sc := range languageScreens {
			for _, size := range [][2]int{{80, 24}, {120, 40}} {
				name := fmt.Sprintf("%s/%s-%dx%d", l.Code(), sc.name, size[0], size[1])
				t.Run(name, func(t *testing.T) {
					h := newHarnessIn(t, l, size[0], size[1], sc.samples)
					sc.reach(h)
					h.golden(name)
				})
			}
		}
	}
	// Every text those screens asked for is in every catalogue: none fell
	// back to English.
	for _, m := range i18n.Missing() {
		if !strings.HasPrefix(m, "en: ") {
			t.Errorf("no translation for %s", m)
		}
	}
}
