package model

import (
	"strconv"
	"strings"

	"handoff/internal/prose"
)

// The report's sections after the sign-off: what changed since every role
// signed, and what became of each promise. Neither is hashed by a sign-off:
// the changes they describe show in the sections they changed.

// changesSinceSignOff is "## Changes since sign-off"; "" before there is
// a baseline.
func (r *report) changesSinceSignOff() string {
	x, ok := DiffBaseline(r.d)
	if !ok {
		return ""
	}
	var b strings.Builder
	b.WriteString("## Changes since sign-off\n\n")
	b.WriteString("Every role signed the deal on " + formatReportTime(x.Baseline.TakenAt) + ".\n\n")
	if x.Empty() {
		b.WriteString("Nothing in scope has changed since.\n")
	} else {
		b.WriteString("### Differences\n\n")
		t := newTable(&b, "#", "Promise", "Change", "At sign-off", "Now", "Difference")
		for _, c := range x.Promises {
			ref := "—"
			if _, ok := r.number[c.PromiseID]; ok {
				ref = r.ref(c.PromiseID)
			}
			title := prose.OrDash(EscapeCell(c.Title))
			if c.Kind != "changed" {
				t.row(ref, title, c.Kind, "", "", "")
				continue
			}
			for _, f := range c.Fields {
				t.row(ref, title, f.Field, prose.OrDash(EscapeCell(reportValue(f.Before))),
					prose.OrDash(EscapeCell(reportValue(f.After))), reportDelta(f))
			}
		}
		for _, c := range x.Terms {
			t.row("—", "term "+EscapeCell(c.Term), c.Kind, prose.OrDash(EscapeCell(c.Before)), prose.OrDash(EscapeCell(c.After)), "")
		}
		for _, s := range x.NotSoldAdded {
			t.row("—", "not sold", "added", "", EscapeCell(s), "")
		}
		for _, s := range x.NotSoldRemoved {
			t.row("—", "not sold", "removed", EscapeCell(s), "", "")
		}
	}
	if len(x.Requests) > 0 {
		b.WriteString("\n### Change requests\n\n")
		t := newTable(&b, "#", "Promise", "Relayed by", "Asked by", "Source", "Status", "Reason")
		for i, c := range x.Requests {
			p, _ := r.d.PromiseByID(c.PromiseID)
			relayed := "nobody"
			if c.RelayedBy != 0 {
				relayed = r.name(c.RelayedBy)
			}
			status := string(c.Status)
			if c.Status != ChangeOpen && !c.DecidedAt.IsZero() {
				status += " on " + c.DecidedAt.UTC().Format(dateLayout)
			}
			if len(c.Present) > 0 {
				names := make([]string, len(c.Present))
				for j, id := range c.Present {
					names[j] = r.name(id)
				}
				status += " (present: " + strings.Join(names, ", ") + ")"
			}
			t.row("C"+strconv.Itoa(i+1), prose.OrDash(EscapeCell(p.Title)), relayed, prose.OrDash(EscapeCell(c.AskedBy)),
				EscapeCell(string(p.Source)), status, prose.OrDash(EscapeCell(c.Reason)))
		}
	}
	b.WriteString("\n### Must sign again\n\n")
	if len(x.SignAgain) == 0 {
		b.WriteString("Nobody: every role has signed the deal as it stands.\n")
	} else {
		roles := make([]string, len(x.SignAgain))
		for i, role := range x.SignAgain {
			roles[i] = string(role)
		}
		b.WriteString(prose.Capitalise(strings.Join(roles, ", ")) + ".\n")
	}
	return b.String()
}

// outcomes is "## Outcomes": what became of each promise in scope; "" for
// a deal not in delivery with no outcome recorded.
func (r *report) outcomes() string {
	if r.d.Deal.Stage != StageDelivery && len(r.d.Outcomes) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("## Outcomes\n\n")
	if len(r.promises) == 0 {
		b.WriteString("No promises are recorded.\n")
		return b.String()
	}
	t := newTable(&b, "#", "Promise", "Outcome", "On", "Recorded by", "Note")
	for _, p := range r.promises {
		o, ok := r.d.OutcomeFor(p.ID)
		if !ok {
			t.row(r.ref(p.ID), prose.OrDash(EscapeCell(p.Title)), "not recorded", "", "", "")
			continue
		}
		t.row(r.ref(p.ID), prose.OrDash(EscapeCell(p.Title)), r.outcomeText(o), o.On.String(),
			prose.OrDash(EscapeCell(o.RecordedBy)), prose.OrDash(EscapeCell(o.Note)))
	}
	return b.String()
}

// outcomeText is "kept late (12 days)", "changed by agreement (decision of
// 2026-12-01)" and the like.
func (r *report) outcomeText(o Outcome) string {
	switch o.Kind {
	case OutcomeKept:
		return "kept"
	case OutcomeLate:
		return "kept late (" + prose.Plural(o.DaysLate, "day") + ")"
	case OutcomeBroken:
		return "broken"
	}
	s := "changed by agreement"
	if o.Kind == OutcomeDropped {
		s = "dropped by agreement"
	}
	for i, c := range r.d.ChangeRequests {
		if c.ID == o.ChangeRequestID {
			return s + " (change request C" + strconv.Itoa(i+1) + ")"
		}
	}
	for _, d := range r.d.Decisions {
		if d.ID == o.DecisionID {
			return s + " (decision of " + d.DecidedAt.UTC().Format(dateLayout) + ")"
		}
	}
	return s
}

// reportValue writes a diff value the way the report writes its fields.
func reportValue(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case Date:
		return v.String()
	case Fit:
		return prose.Or(string(v), "not answered")
	case float64:
		if v == 0 {
			return ""
		}
		return FormatDays(v) + " person-days"
	}
	return ""
}

// reportDelta is "+14 days", "−3 person-days"; "" for no number.
func reportDelta(f FieldChange) string {
	if f.Delta == 0 {
		return ""
	}
	sign := "+"
	if f.Delta < 0 {
		sign = "−"
	}
	n := f.Delta
	if n < 0 {
		n = -n
	}
	if f.Field == "effort" {
		return sign + FormatDays(n) + " person-days"
	}
	return sign + prose.Plural(int(n), "day")
}
