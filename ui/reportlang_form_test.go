package ui

import (
	"strings"
	"testing"

	"handoff/internal/i18n"
	"handoff/model"
)

// TestReportLanguageFromTheDealForm: a Polish presales engineer sets the
// deal's report language to German in the deal form; the deal keeps "de",
// the form shows the languages by their own names, and the report preview
// is German while the app speaks Polish.
func TestReportLanguageFromTheDealForm(t *testing.T) {
	h := newHarnessIn(t, i18n.PL, 120, 40, true)
	h.openDeal("SAP")
	h.press("1", "e") // the deal pane, edit
	h.sees("Język raportu", "nie ustawiono")
	f := h.a.topForm()
	for f.fields[f.focus].name != "report_lang" {
		h.press("tab")
	}
	h.press("right")
	h.sees("English")
	h.press("right", "right")
	h.sees("Deutsch")
	h.press("ctrl+s")
	h.seesNot("Język raportu")
	if got := h.dossier(h.a.deal().id).Deal.ReportLang; got != "de" {
		t.Fatalf("the deal's report language is %q, want de", got)
	}
	h.press("x")
	h.sees("Übergabe: SAP S/4HANA")
	h.seesNot("Przekazanie: SAP")
}

// TestTermEquivalentsFromTheForm: the SAP deal's disputed "real-time" gets
// its German and Polish forms in the term form; a line that names no
// language is refused on its field and nothing is saved; the glossary shows
// the forms beside the definition.
func TestTermEquivalentsFromTheForm(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("T")
	for !strings.Contains(h.row("real-time"), "▸") {
		h.press("j")
	}
	h.press("e")
	h.sees("Edit term", "In other languages, one a line")
	f := h.a.topForm()
	for f.fields[f.focus].name != "equivalents" {
		h.press("tab")
	}
	h.typeText("de: Echtzeit")
	h.press("enter")
	h.typeText("klingon: tlhIngan")
	h.press("ctrl+s")
	h.sees("line 2: klingon is", "not a language handoff speaks", "nothing was saved")
	if term := termNamed(h, "real-time"); len(term.Equivalents) != 0 {
		t.Fatalf("a refused form stored %+v", term.Equivalents)
	}
	for range len("klingon: tlhIngan") {
		h.press("backspace")
	}
	h.typeText("pl: w czasie rzeczywistym")
	h.press("ctrl+s")
	h.seesNot("Edit term")
	want := []model.Equivalent{{Lang: "de", Text: "Echtzeit"}, {Lang: "pl", Text: "w czasie rzeczywistym"}}
	if got := termNamed(h, "real-time").Equivalents; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Fatalf("stored equivalents %+v, want %+v", got, want)
	}
	h.sees("In other languages", "de: Echtzeit · pl: w czasie rzeczywistym")
}

// termNamed reads the open deal's term from the store.
func termNamed(h *harness, name string) model.Term {
	for _, x := range h.dossier(h.a.deal().id).Terms {
		if x.Term == name {
			return x
		}
	}
	h.t.Fatalf("no term %q", name)
	return model.Term{}
}

// TestPresentingHidesSoldEffortInEveryLanguage: on a shared screen the
// effort sold is hidden whatever language the app and the report speak —
// the panes, meeting mode and the report preview — while delivery's own
// effort stays.
func TestPresentingHidesSoldEffortInEveryLanguage(t *testing.T) {
	for _, l := range i18n.All() {
		t.Run(l.Code(), func(t *testing.T) {
			h := newHarnessIn(t, l, 120, 40, true)
			h.openDeal("SAP")
			h.press("p")
			hidden := 0
			for _, view := range []string{"1", "2", "3", "4", "m", "x"} {
				h.press(view)
				scr := h.screen()
				shown := model.SoldFigures(scr)
				for _, sp := range shown {
					t.Errorf("%s: a sold figure shows while presenting: %q", view, scr[sp[0]:sp[1]])
				}
				// Masked digits read as digits again: the figures hidden.
				hidden += len(model.SoldFigures(strings.ReplaceAll(scr, "•", "0"))) - len(shown)
				if view == "m" || view == "x" {
					h.press("esc")
				}
			}
			if hidden == 0 {
				t.Error("no sold figure was found hidden: the test looks at nothing")
			}
			h.press("3")
			h.sees(model.FormatDaysIn(85, l)) // P1's effort, delivery's figure
		})
	}
}
