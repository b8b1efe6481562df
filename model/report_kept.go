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
	l := r.l
	var b strings.Builder
	b.WriteString("## " + l.T("Changes since sign-off") + "\n\n")
	b.WriteString(l.T("Every role signed the deal on %s.", r.when(x.Baseline.TakenAt)) + "\n\n")
	if x.Empty() {
		b.WriteString(l.T("Nothing in scope has changed since.") + "\n")
	} else {
		b.WriteString("### " + l.T("Differences") + "\n\n")
		t := newTable(&b, "#", l.T("Promise"), l.T("Change"), l.T("At sign-off"), l.T("Now"), l.T("Difference"))
		for _, c := range x.Promises {
			ref := "—"
			if _, ok := r.number[c.PromiseID]; ok {
				ref = r.ref(c.PromiseID)
			}
			title := prose.OrDash(EscapeCell(c.Title))
			if c.Kind != "changed" {
				t.row(ref, title, r.changeKind(c.Kind), "", "", "")
				continue
			}
			for _, f := range c.Fields {
				t.row(ref, title, r.fieldLabel(f), r.diffValue(f.Before), r.diffValue(f.After), r.delta(f))
			}
		}
		for _, c := range x.Terms {
			t.row("—", l.T("term %s", EscapeCell(c.Term)), r.changeKind(c.Kind), prose.OrDash(EscapeCell(c.Before)),
				prose.OrDash(EscapeCell(c.After)), "")
		}
		for _, s := range x.NotSoldAdded {
			t.row("—", l.T("not sold"), r.changeKind("added"), "", EscapeCell(s), "")
		}
		for _, s := range x.NotSoldRemoved {
			t.row("—", l.T("not sold"), r.changeKind("removed"), EscapeCell(s), "", "")
		}
	}
	r.changeRequests(&b, x.Requests)
	b.WriteString("\n### " + l.T("Must sign again") + "\n\n")
	if len(x.SignAgain) == 0 {
		b.WriteString(l.T("Nobody: every role has signed the deal as it stands.") + "\n")
	} else {
		roles := make([]string, len(x.SignAgain))
		for i, role := range x.SignAgain {
			roles[i] = r.word("role", string(role))
		}
		b.WriteString(l.T("%s.", prose.Capitalise(strings.Join(roles, l.T(", ")))) + "\n")
	}
	return b.String()
}

// changeRequests is "### Change requests", C1 …: who relayed each and who
// at the customer asked, its source, status and reason; nothing for none.
func (r *report) changeRequests(b *strings.Builder, requests []ChangeRequest) {
	if len(requests) == 0 {
		return
	}
	l := r.l
	b.WriteString("\n### " + l.T("Change requests") + "\n\n")
	t := newTable(b, "#", l.T("Promise"), l.T("Relayed by"), l.T("Asked by"), l.T("Source"), l.T("Status"), l.T("Reason"))
	for i, c := range requests {
		p, _ := r.d.PromiseByID(c.PromiseID)
		relayed := l.T("nobody")
		if c.RelayedBy != 0 {
			relayed = r.name(c.RelayedBy)
		}
		status := r.word("change status", string(c.Status))
		if c.Status != ChangeOpen && !c.DecidedAt.IsZero() {
			status = l.T("%s on %s", status, r.day(c.DecidedAt))
		}
		if len(c.Present) > 0 {
			names := make([]string, len(c.Present))
			for j, id := range c.Present {
				names[j] = r.name(id)
			}
			status = l.T("%s (present: %s)", status, strings.Join(names, l.T(", ")))
		}
		t.row("C"+strconv.Itoa(i+1), prose.OrDash(EscapeCell(p.Title)), relayed, prose.OrDash(EscapeCell(c.AskedBy)),
			EscapeCell(r.word("source", string(p.Source))), status, prose.OrDash(EscapeCell(c.Reason)))
	}
}

// changeKind is "added", "removed" or "changed" as the Change column
// writes it.
func (r *report) changeKind(kind string) string {
	if r.en() {
		return kind
	}
	return PromiseChange{Kind: kind}.KindIn(r.l)
}

// fieldLabel is the name of a changed field: "due", "effort".
func (r *report) fieldLabel(f FieldChange) string {
	if r.en() {
		return f.Field
	}
	return EscapeCell(f.FieldLabelIn(r.l))
}

// diffValue is one side of a change in a cell; "—" for none.
func (r *report) diffValue(v any) string {
	if r.en() {
		return prose.OrDash(EscapeCell(reportValue(v)))
	}
	return EscapeCell(DiffValueIn(v, r.l))
}

// delta is "+14 days", "−3 person-days"; "" for no number.
func (r *report) delta(f FieldChange) string {
	if r.en() {
		return reportDelta(f)
	}
	return f.DeltaIn(r.l)
}

// outcomes is "## Outcomes": what became of each promise in scope; "" for
// a deal not in delivery with no outcome recorded.
func (r *report) outcomes() string {
	if r.d.Deal.Stage != StageDelivery && len(r.d.Outcomes) == 0 {
		return ""
	}
	l := r.l
	var b strings.Builder
	b.WriteString("## " + l.T("Outcomes") + "\n\n")
	if len(r.promises) == 0 {
		b.WriteString(l.T("No promises are recorded.") + "\n")
		return b.String()
	}
	t := newTable(&b, "#", l.T("Promise"), l.T("Outcome"), l.T("On"), l.T("Recorded by"), l.T("Note"))
	for _, p := range r.promises {
		o, ok := r.d.OutcomeFor(p.ID)
		if !ok {
			t.row(r.ref(p.ID), prose.OrDash(EscapeCell(p.Title)), l.T("not recorded"), "", "", "")
			continue
		}
		t.row(r.ref(p.ID), prose.OrDash(EscapeCell(p.Title)), r.outcomeText(o), r.date(o.On),
			prose.OrDash(EscapeCell(o.RecordedBy)), prose.OrDash(EscapeCell(o.Note)))
	}
	return b.String()
}

// outcomeText is "kept late (12 days)", "changed by agreement (decision of
// 2026-12-01)" and the like.
func (r *report) outcomeText(o Outcome) string {
	l := r.l
	switch o.Kind {
	case OutcomeKept, OutcomeBroken:
		return r.word("outcome", string(o.Kind))
	case OutcomeLate:
		if r.en() {
			return "kept late (" + prose.Plural(o.DaysLate, "day") + ")"
		}
		return l.N("kept late (%d days)", o.DaysLate)
	}
	s := l.T("changed by agreement")
	if o.Kind == OutcomeDropped {
		s = l.T("dropped by agreement")
	}
	for i, c := range r.d.ChangeRequests {
		if c.ID == o.ChangeRequestID {
			return l.T("%s (change request C%d)", s, i+1)
		}
	}
	for _, d := range r.d.Decisions {
		if d.ID == o.DecisionID {
			return l.T("%s (decision of %s)", s, r.day(d.DecidedAt))
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
