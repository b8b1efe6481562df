package ui

import (
	"fmt"
	"strings"

	"handoff/internal/prose"
	"handoff/model"
)

// summaryView closes the meeting: what was settled and what is left.
func (m meetingScreen) summaryView() []string {
	sty, l := m.sh.styles, m.sh.lang
	o := model.MeetingChanges(m.events, m.started)
	stats := o.Stats()
	out := []string{sty.Big.Render(l.T("Meeting summary")), ""}
	out = append(out, wrap(l.N("%d gaps on the agenda; the meeting took %s.", len(m.agenda), m.elapsed()), m.width)...)
	out = append(out, wrap(l.N("Decisions recorded: %[2]s, on %[1]d gaps.", stats.DecidedGaps, sty.Bold.Render(itoa(stats.Decisions))), m.width)...)
	out = append(out, l.T("Owners assigned: %s.", sty.Bold.Render(itoa(stats.OwnersAssigned))))
	if len(stats.Statuses) > 0 {
		var parts []string
		for _, c := range stats.Statuses {
			parts = append(parts, fmt.Sprintf("%d %s", c.Gaps, c.Status.In(l)))
		}
		out = append(out, wrap(l.T("Status changes: %s.", strings.Join(parts, ", ")), m.width)...)
	}
	out = append(out, m.changesView(o)...)
	var unowned []model.Gap
	for _, g := range m.d.Gaps {
		if g.Open() && g.Owner == 0 {
			unowned = append(unowned, g)
		}
	}
	out = append(out, "")
	if len(unowned) == 0 {
		out = append(out, sty.Ready.Render("✓ "+l.T("Every open gap has an owner.")))
	} else {
		out = append(out, sty.NotReady.Render(l.T("Still open without an owner (%d):", len(unowned))))
		for i, g := range unowned {
			if i == 8 {
				out = append(out, sty.Muted.Render("  "+l.T("… and %d more", len(unowned)-8)))
				break
			}
			out = append(out, "  "+cut(sevMarkIn(l, g.Severity)+"  "+line(g.DifferenceIn(l)), m.width-2))
		}
	}
	r := m.d.Readiness()
	out = append(out, "")
	if r.Ready() {
		out = append(out, sty.Ready.Render("✓ "+l.T("Ready for handoff.")))
	} else {
		out = append(out, sty.NotReady.Render(l.T("Not ready yet: %d%%, %s.", r.Percent, l.N("%d blockers", len(r.Blockers)))))
	}
	out = append(out, "")
	out = append(out, wrap(l.T("E ends the meeting · esc steps out (the meeting goes on) · x exports the report · S signs off · ← back to the gaps"), m.width)...)
	return out
}

// changesView lists what the meeting changed, each gap once with its final
// owner, due date, severity and status, then the decisions recorded.
func (m meetingScreen) changesView(o model.MeetingOutcome) []string {
	sty, l := m.sh.styles, m.sh.lang
	const most = 8 // the summary must leave room for what is still open
	var out []string
	if len(o.Gaps) > 0 {
		out = append(out, "", sty.Bold.Render(l.T("Changed in this meeting:")))
	}
	for i, g := range o.Gaps {
		if i == most {
			out = append(out, sty.Muted.Render("  "+l.T("… and %d more", len(o.Gaps)-most)))
			break
		}
		var what []string
		if g.OwnerSet() {
			what = append(what, l.T("owner %s", m.sh.nameOr(g.After.Owner, l.T("nobody"))))
		}
		if g.DueSet() {
			what = append(what, l.T("due %s", prose.OrDash(g.After.Due.StringIn(l))))
		}
		if g.SeveritySet() {
			what = append(what, l.T("severity %s", g.After.Severity.In(l)))
		}
		if g.StatusSet() {
			what = append(what, g.After.Status.In(l))
		}
		out = append(out, "  "+cut(line(g.After.DifferenceIn(m.sh.lang))+sty.Muted.Render(" → ")+strings.Join(what, ", "), m.width-2))
	}
	if len(o.Decisions) > 0 {
		out = append(out, "", sty.Bold.Render(l.T("Decided:")))
	}
	for i, d := range o.Decisions {
		if i == most {
			out = append(out, sty.Muted.Render("  "+l.T("… and %d more", len(o.Decisions)-most)))
			break
		}
		out = append(out, "  "+cut(line(m.sh.decisionText(d))+sty.Muted.Render(" — "+m.sh.nameOr(d.DecidedBy, "?")), m.width-2))
	}
	return out
}
