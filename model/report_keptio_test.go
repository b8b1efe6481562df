package model_test

import (
	"strings"
	"testing"
	"time"

	"handoff/internal/i18n"
	"handoff/model"
)

// TestChangesSinceSignOffInOtherLanguages: the report's "Changes since
// sign-off" in the reader's language lists each changed field with its
// date and effort deltas, and each change request with its status and
// reason; through every markdown reader nothing typed becomes markup.
func TestChangesSinceSignOffInOtherLanguages(t *testing.T) {
	d := hostileDossier(t)
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	b := model.TakeBaseline(d, at)
	d.Baseline = &b
	d.Promises[0].Due = d.Promises[0].Due.AddDays(10)
	var effort *model.Assessment
	for i := range d.Assessments {
		if d.Assessments[i].PromiseID == d.Promises[0].ID {
			effort = &d.Assessments[i]
		}
	}
	if effort == nil {
		t.Fatal("the first promise has no answer")
	}
	effort.EffortDays += 3
	cr := d.Promises[0]
	cr.ID, cr.Title = 9001, "Credit notes <b>x</b> | *y*"
	d.Promises = append(d.Promises, cr)
	reason, asked, note := "Asked <b>x</b> | *y* in writing", "Eva | <i>the</i> CFO", "Late | *y* <b>x</b>"
	d.ChangeRequests = []model.ChangeRequest{{ID: 1, DealID: d.Deal.ID, PromiseID: cr.ID, RelayedBy: 1, AskedBy: asked,
		Status: model.ChangeAccepted, Reason: reason, Present: []int64{1, 3}, DecidedAt: at}}
	d.Deal.Stage = model.StageDelivery
	d.Outcomes = []model.Outcome{{ID: 1, DealID: d.Deal.ID, PromiseID: cr.ID, Kind: model.OutcomeChanged,
		ChangeRequestID: 1, On: model.NewDate(2027, 3, 1), Note: note, RecordedBy: "lead"}}
	// English is TestChangesSinceSignOffReaders; one language of each kind:
	// Slavic plurals, an apostrophe pandoc curls, CJK.
	for _, l := range []i18n.Lang{i18n.PL, i18n.IT, i18n.ZH} {
		t.Run(l.Code(), func(t *testing.T) {
			md := model.ReportIn(l, d, at)
			forEachReader(t, func(t *testing.T, r markdownReader) {
				root := r.render(t, md)
				for _, b := range checkMarkup(root) {
					t.Errorf("the rendered report has %s", b)
				}
				h := map[string]bool{}
				for _, name := range []string{"h2", "h3"} {
					for _, e := range elements(root, name) {
						// Pandoc's smart typography curls an apostrophe.
						h[strings.ReplaceAll(oneSpace(textOf(e)), "’", "'")] = true
					}
				}
				for _, want := range []string{l.T("Changes since sign-off"), l.T("Differences"), l.T("Change requests"),
					l.T("Must sign again"), l.T("Outcomes")} {
					if !h[want] {
						t.Errorf("no heading %q in %v", want, h)
					}
				}
				cells := map[string]bool{}
				for _, c := range elements(root, "td") {
					cells[oneSpace(textOf(c))] = true
				}
				changed := l.T("changed by agreement")
				for _, want := range []string{cr.Title, asked, reason, note, "+" + l.N("%d days", 10),
					"+" + l.T("%s person-days", model.FormatDaysIn(3, l)), l.T("%s (change request C%d)", changed, 1)} {
					if !cells[want] {
						t.Errorf("%q is not a cell of its own", want)
					}
				}
				decided := l.T("%s on %s", l.Word("change status", "accepted"), model.DateOf(at).StringIn(l))
				present := false
				for c := range cells {
					present = present || strings.HasPrefix(c, decided)
				}
				if !present {
					t.Errorf("no cell says %q", decided)
				}
			})
		})
	}
}
