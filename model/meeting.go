package model

import (
	"encoding/json"
	"sort"
	"time"
)

// GapOutcome is what a meeting changed about one gap: the gap as it was
// before the meeting's first change to it and as it stood after the last.
type GapOutcome struct {
	Before, After Gap
}

// OwnerSet reports whether the meeting left the gap with another owner.
func (o GapOutcome) OwnerSet() bool { return o.Before.Owner != o.After.Owner }

// DueSet reports whether the meeting left the gap with another due date.
func (o GapOutcome) DueSet() bool { return o.Before.Due != o.After.Due }

// SeveritySet reports whether the meeting left the gap with another severity.
func (o GapOutcome) SeveritySet() bool { return o.Before.Severity != o.After.Severity }

// StatusSet reports whether the meeting left the gap with another status or
// resolution.
func (o GapOutcome) StatusSet() bool {
	return o.Before.Status != o.After.Status || o.Before.Resolution != o.After.Resolution
}

// MeetingOutcome is what the history says a meeting changed: each gap once
// with its final value, and the decisions recorded (and not deleted) since
// it began, in the order they happened.
type MeetingOutcome struct {
	Gaps      []GapOutcome
	Decisions []Decision
}

// MeetingStats are a meeting's figures, for its summary.
type MeetingStats struct {
	// Decisions is how many decisions were recorded; DecidedGaps on how
	// many gaps.
	Decisions, DecidedGaps int
	// OwnersAssigned is how many gaps were left with a new owner.
	OwnersAssigned int
	// Statuses counts the gaps left in each new status, by status name.
	Statuses []StatusCount
}

// StatusCount is how many gaps a meeting left in one status.
type StatusCount struct {
	Status GapStatus
	Gaps   int
}

// Stats counts what the meeting changed.
func (o MeetingOutcome) Stats() MeetingStats {
	s := MeetingStats{Decisions: len(o.Decisions)}
	decided := map[int64]bool{}
	for _, d := range o.Decisions {
		if d.GapID != 0 {
			decided[d.GapID] = true
		}
	}
	s.DecidedGaps = len(decided)
	counts := map[GapStatus]int{}
	for _, g := range o.Gaps {
		if g.OwnerSet() && g.After.Owner != 0 {
			s.OwnersAssigned++
		}
		if g.Before.Status != g.After.Status {
			counts[g.After.Status]++
		}
	}
	for st, n := range counts {
		s.Statuses = append(s.Statuses, StatusCount{st, n})
	}
	sort.Slice(s.Statuses, func(i, j int) bool { return s.Statuses[i].Status < s.Statuses[j].Status })
	return s
}

// MeetingChanges reads a deal's history (in any order) for what changed
// from since on. A gap changed twice is one outcome; a gap changed and
// changed back is none.
func MeetingChanges(events []Event, since time.Time) MeetingOutcome {
	evs := make([]Event, 0, len(events))
	for _, e := range events {
		if !e.At.Before(since) {
			evs = append(evs, e)
		}
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].ID < evs[j].ID })

	var out MeetingOutcome
	gapAt := map[int64]int{}
	var gaps []GapOutcome
	decAt := map[int64]int{}
	var decs []*Decision
	for _, e := range evs {
		switch {
		case e.Entity == "gap" && e.Action == "update":
			var before, after Gap
			if json.Unmarshal([]byte(e.Before), &before) != nil || json.Unmarshal([]byte(e.After), &after) != nil {
				continue
			}
			if i, ok := gapAt[e.EntityID]; ok {
				gaps[i].After = after
				continue
			}
			gapAt[e.EntityID] = len(gaps)
			gaps = append(gaps, GapOutcome{Before: before, After: after})
		case e.Entity == "decision":
			var d Decision
			text := e.After
			if text == "" {
				text = e.Before
			}
			if json.Unmarshal([]byte(text), &d) != nil {
				continue
			}
			i, seen := decAt[e.EntityID]
			switch {
			case e.Action == "delete" && seen:
				decs[i] = nil
			case e.Action == "create" || e.Action == "restore":
				decAt[e.EntityID] = len(decs)
				decs = append(decs, &d)
			case e.Action == "update" && seen && decs[i] != nil:
				decs[i] = &d
			}
		}
	}
	for _, g := range gaps {
		if g.OwnerSet() || g.DueSet() || g.SeveritySet() || g.StatusSet() {
			out.Gaps = append(out.Gaps, g)
		}
	}
	for _, d := range decs {
		if d != nil {
			out.Decisions = append(out.Decisions, *d)
		}
	}
	return out
}
