package model

import (
	"encoding/json"
	"testing"
	"time"
)

func TestMeetingChanges(t *testing.T) {
	start := time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)
	js := func(v any) string { b, _ := json.Marshal(v); return string(b) }
	g := Gap{ID: 7, Title: "late", Status: GapOpen, Severity: SeverityHigh}
	owned := g
	owned.Owner = 3
	due := owned
	due.Due = MustDate("2027-03-01")
	other := Gap{ID: 8, Title: "other", Status: GapOpen}
	otherBack := other
	otherBack.Severity = SeverityLow
	dec := Decision{ID: 1, GapID: 7, Text: "ship later"}
	gone := Decision{ID: 2, Text: "withdrawn"}
	ev := func(id int64, at time.Time, entity string, eid int64, action, before, after string) Event {
		return Event{ID: id, At: at, Entity: entity, EntityID: eid, Action: action, Before: before, After: after}
	}
	events := []Event{ // newest first, as the history lists them
		ev(8, start.Add(6*time.Minute), "decision", 2, "delete", js(gone), ""),
		ev(7, start.Add(5*time.Minute), "decision", 2, "create", "", js(gone)),
		ev(6, start.Add(4*time.Minute), "gap", 8, "update", js(otherBack), js(other)),
		ev(5, start.Add(3*time.Minute), "gap", 8, "update", js(other), js(otherBack)),
		ev(4, start.Add(2*time.Minute), "decision", 1, "create", "", js(dec)),
		ev(3, start.Add(time.Minute), "gap", 7, "update", js(owned), js(due)),
		ev(2, start, "gap", 7, "update", js(g), js(owned)),
		ev(1, start.Add(-time.Minute), "gap", 7, "update", js(g), js(g)), // before the meeting
	}
	o := MeetingChanges(events, start)
	if len(o.Gaps) != 1 || o.Gaps[0].After.Owner != 3 || o.Gaps[0].After.Due != due.Due || o.Gaps[0].Before.Owner != 0 {
		t.Fatalf("gaps = %+v, want gap 7 once, from no owner to owner 3 and due 2027-03-01", o.Gaps)
	}
	if !o.Gaps[0].OwnerSet() || !o.Gaps[0].DueSet() || o.Gaps[0].SeveritySet() || o.Gaps[0].StatusSet() {
		t.Fatalf("wrong fields marked set: %+v", o.Gaps[0])
	}
	if len(o.Decisions) != 1 || o.Decisions[0].Text != "ship later" {
		t.Fatalf("decisions = %+v, want only the one not deleted", o.Decisions)
	}
}
