package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"handoff/internal/i18n"
	"handoff/model"
)

// keptStory signs the sample SAP deal as its three owners, then delivery
// moves the earliest date of P1 and a change request relayed by sales is
// answered and accepted with both sides present; with delivered, the deal
// goes to delivery and three promises get outcomes.
func keptStory(h *harness, delivered bool) {
	h.t.Helper()
	ctx, s := h.ctx, h.s
	var d *model.Dossier
	ds, err := s.Deals(ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, deal := range ds {
		if strings.Contains(deal.Name, "SAP") {
			if d, err = s.Dossier(ctx, deal.ID); err != nil {
				h.t.Fatal(err)
			}
		}
	}
	for _, r := range model.SigningRoles {
		h.later(time.Minute)
		if _, err := s.Sign(ctx, d.Deal.ID, d.Deal.Owner(r), r); err != nil {
			h.t.Fatal(err)
		}
	}
	h.later(24 * time.Hour)
	p1 := d.PromiseRefs()[0]
	a, _ := d.Answer(p1.ID)
	a.Earliest, a.EffortDays = a.Earliest.AddDays(14), a.EffortDays+6
	if err := s.UpdateAssessment(ctx, &a); err != nil {
		h.t.Fatal(err)
	}
	np := model.NewPromise(d.Deal.ID)
	np.Title, np.Source, np.PromisedBy = "Credit notes in the SAP export", model.SourceEmail, d.Deal.Owner(model.RoleSales)
	cr := model.ChangeRequest{RelayedBy: d.Deal.Owner(model.RoleSales), AskedBy: "Katrin Vogel"}
	if err := s.CreateChangeRequest(ctx, &np, &cr); err != nil {
		h.t.Fatal(err)
	}
	ans := model.Assessment{PromiseID: np.ID, Fit: model.FitFull, EffortDays: 4, Confidence: model.ConfidenceHigh,
		AssessedBy: d.Deal.Owner(model.RoleDelivery), PromiseRevision: 1}
	if err := s.CreateAssessment(ctx, &ans); err != nil {
		h.t.Fatal(err)
	}
	cr.Status, cr.Reason = model.ChangeAccepted, "Small, asked in writing, charged as a change"
	cr.Present = []int64{d.Deal.Owner(model.RoleSales), d.Deal.Owner(model.RoleDelivery)}
	if err := s.DecideChangeRequest(ctx, &cr); err != nil {
		h.t.Fatal(err)
	}
	if !delivered {
		return
	}
	deal, _ := s.Deal(ctx, d.Deal.ID)
	deal.Stage = model.StageDelivery
	if err := s.UpdateDeal(ctx, &deal); err != nil {
		h.t.Fatal(err)
	}
	for i, k := range []model.OutcomeKind{model.OutcomeLate, model.OutcomeKept, model.OutcomeBroken} {
		p := d.PromiseRefs()[i]
		if _, err := s.RecordOutcome(ctx, p.ID, k, p.Due.AddDays(5), ""); err != nil {
			h.t.Fatal(err)
		}
	}
}

var keptScreens = []screenCase{
	{"baseline", true, func(h *harness) { keptStory(h, false); h.openDeal("SAP"); h.press("B") }},
	{"kept", true, func(h *harness) { keptStory(h, true); h.press("K") }},
}

func TestGoldenKeptScreens(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.EN, i18n.PL, i18n.ZH} {
		for _, sc := range keptScreens {
			for _, size := range [][2]int{{80, 24}, {120, 40}} {
				name := fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1])
				if l != i18n.EN {
					name = l.Code() + "/" + name
				}
				t.Run(name, func(t *testing.T) {
					h := newHarnessIn(t, l, size[0], size[1], sc.samples)
					sc.reach(h)
					h.golden(name)
				})
			}
		}
	}
}

// K on the promises pane records what became of the selected promise, once
// the deal is in delivery.
func TestOutcomeKeyOnPromises(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	keptStory(h, true)
	h.openDeal("SAP")
	h.press("2", "j", "j", "j", "K", "ctrl+s")
	d, err := h.s.Dossier(h.ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	p := d.PromiseRefs()[3]
	if o, ok := d.OutcomeFor(p.ID); !ok || o.Kind != model.OutcomeKept || o.RecordedBy != "tester" {
		t.Errorf("outcome of P4 after K, ctrl+s: %+v %v", o, ok)
	}
}

// A line of the baseline screen too long for it wraps under itself, so
// the word at its end stays in view.
func TestHangingWrap(t *testing.T) {
	long := "    earliest date: " + strings.Repeat("very long value ", 6) + "(+14 days)"
	got := hanging(long, 40)
	if len(got) < 2 || !strings.HasPrefix(got[0], "    earliest") || !strings.HasSuffix(got[len(got)-1], "(+14 days)") {
		t.Fatalf("hanging: %q", got)
	}
	for _, l := range got {
		if textWidth(l) > 40 {
			t.Errorf("%q is wider than 40", l)
		}
	}
	for _, l := range got[1:] {
		if !strings.HasPrefix(l, "       ") || strings.HasPrefix(l, "        ") {
			t.Errorf("continuation %q is not indented by seven", l)
		}
	}
	if got := hanging("short", 40); len(got) != 1 || got[0] != "short" {
		t.Errorf("a short line: %q", got)
	}
}
