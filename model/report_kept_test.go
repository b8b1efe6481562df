package model_test

import (
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// TestChangesSinceSignOffReaders: the report's "Changes since sign-off"
// and "Outcomes" read the same in every markdown reader, hostile titles
// and notes each in a cell of its own.
func TestChangesSinceSignOffReaders(t *testing.T) {
	d := hostileDossier(t)
	at := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	b := model.TakeBaseline(d, at)
	d.Baseline = &b
	d.Promises[0].Due = d.Promises[0].Due.AddDays(10)
	if d.Promises[0].Due.IsZero() {
		d.Promises[0].Due = model.NewDate(2027, 2, 1)
	}
	cr := d.Promises[0]
	cr.ID, cr.Title = 9001, "Credit notes | *too* `please` <b>now</b>"
	d.Promises = append(d.Promises, cr)
	d.ChangeRequests = []model.ChangeRequest{{ID: 1, DealID: d.Deal.ID, PromiseID: cr.ID, AskedBy: "Eva | the CFO",
		Status: model.ChangeAccepted, Reason: "Asked *in writing*", DecidedAt: at}}
	d.Deal.Stage = model.StageDelivery
	note := "Late | because *the* bank <i>format</i>"
	d.Outcomes = []model.Outcome{{ID: 1, DealID: d.Deal.ID, PromiseID: d.Promises[0].ID, Kind: model.OutcomeBroken,
		On: model.NewDate(2027, 3, 1), Note: note, RecordedBy: "lead"}}
	md := model.Report(d, at)
	for _, want := range []string{"## Changes since sign-off", "### Change requests", "### Must sign again", "## Outcomes"} {
		if !strings.Contains(md, want) {
			t.Fatalf("the report lacks %q", want)
		}
	}
	forEachReader(t, func(t *testing.T, r markdownReader) {
		root := r.render(t, md)
		for _, b := range checkMarkup(root) {
			t.Errorf("the rendered report has %s", b)
		}
		h2 := map[string]bool{}
		for _, h := range elements(root, "h2") {
			h2[oneSpace(textOf(h))] = true
		}
		if !h2["Changes since sign-off"] || !h2["Outcomes"] {
			t.Errorf("headings %v", h2)
		}
		cells := map[string]bool{}
		for _, c := range elements(root, "td") {
			cells[oneSpace(textOf(c))] = true
		}
		for _, want := range []string{cr.Title, "Eva | the CFO", "Asked *in writing*", note, "added", "due"} {
			if !cells[want] {
				t.Errorf("%q is not a cell of its own", want)
			}
		}
	})
}
