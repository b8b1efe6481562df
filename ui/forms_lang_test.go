package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"handoff/internal/i18n"
	"handoff/model"
)

// TestFormsSpeakEveryLanguage draws every item form in each language at
// 80 columns: every line fits, every label shows whole, choices show
// stored values in words, and no message the forms ask for is missing
// from the language's catalogue.
func TestFormsSpeakEveryLanguage(t *testing.T) {
	for _, l := range i18n.All() {
		t.Run(l.Code(), func(t *testing.T) {
			h := newHarnessIn(t, l, 80, 24, true)
			h.openDeal("Suzhou")
			d := h.a.deal().d
			sh := h.a.sh
			p := d.Promises[0]
			forms := map[string]*form{
				"deal":       dealForm(sh, d.Deal),
				"new deal":   dealForm(sh, model.Deal{Stage: model.StageLead}),
				"stage":      stageForm(sh, d.Deal),
				"owners":     ownersForm(sh, d.Deal),
				"promise":    promiseForm(sh, p),
				"answer":     assessForm(sh, p, model.Assessment{PromiseID: p.ID, Fit: model.FitPartial}),
				"gap":        gapForm(sh, d.Gaps[0]),
				"new gap":    gapForm(sh, model.Gap{DealID: d.Deal.ID, Severity: model.SeverityMedium, Status: model.GapOpen}),
				"term":       termForm(sh, model.Term{DealID: d.Deal.ID, Status: model.TermDraft}),
				"constraint": constraintForm(sh, model.Constraint{DealID: d.Deal.ID}),
				"decision":   decisionForm(sh, model.Decision{DealID: d.Deal.ID}, "about a gap"),
				"sign-off":   signOffForm(sh, d),
				"person":     personForm(sh, model.Person{Role: model.RoleCustomer}),
				"confirm":    confirmForm(sh, d.Deal.ID, p),
			}
			for name, f := range forms {
				for i := range f.fields {
					f.moveFocus(1) // every field focused once, its hint drawn
					view := f.View(80, 40)
					plain := ansi.Strip(view)
					for _, line := range strings.Split(plain, "\n") {
						if w := ansi.StringWidth(line); w > 80 {
							t.Errorf("%s form: a line is %d cells wide: %q", name, w, line)
						}
					}
					if i > 0 {
						continue
					}
					flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "▸", " ").Replace(plain)), " ")
					for _, fl := range f.fields {
						if !strings.Contains(flat, strings.Join(strings.Fields(fl.label), " ")) {
							t.Errorf("%s form: label %q is not shown whole:\n%s", name, fl.label, plain)
						}
						if fl.kind == fieldChoice && l != i18n.EN && fl.words[fl.choice] == fl.options[fl.choice] &&
							strings.Contains(fl.options[fl.choice], "_") {
							t.Errorf("%s form: %s shows the stored value %q", name, fl.label, fl.options[fl.choice])
						}
					}
				}
			}
			for _, m := range i18n.Missing() {
				if strings.HasPrefix(m, l.Code()+": ") {
					t.Errorf("missing in the catalogue: %s", m)
				}
			}
		})
	}
}

// TestChoiceShowsWordsAndStoresTheValue: a Polish stage field shows the
// stage in Polish, and the deal saved from it keeps the stored value.
func TestChoiceShowsWordsAndStoresTheValue(t *testing.T) {
	h := newHarnessIn(t, i18n.PL, 80, 24, false)
	f := dealForm(h.a.sh, model.Deal{Stage: model.StageQualified})
	fl := f.field("stage")
	if got, want := fl.words[fl.choice], model.StageQualified.In(i18n.PL); got != want || got == string(model.StageQualified) {
		t.Fatalf("the stage shows %q, want %q", got, want)
	}
	if !strings.Contains(ansi.Strip(f.View(80, 40)), model.StageQualified.In(i18n.PL)) {
		t.Errorf("the form does not show %q", model.StageQualified.In(i18n.PL))
	}
	if got := enumOf[model.Stage](f, "stage"); got != model.StageQualified {
		t.Errorf("the form reads the stage as %q", got)
	}
}
