package ui

import (
	"fmt"
	"strings"

	"handoff/internal/prose"
	"handoff/model"
)

// summaryView closes the meeting: what was settled and what is left.
func (m meetingScreen) summaryView() []string {
	sty := m.sh.styles
	o := model.MeetingChanges(m.events, m.started)
	stats := o.Stats()
	out := []string{sty.Big.Render("Meeting summary"), ""}
	out = append(out, fmt.Sprintf("%s on the agenda; the meeting took %s.", prose.Capitalise(prose.Plural(len(m.agenda), "gap")), m.elapsed()))
	out = append(out, fmt.Sprintf("Decisions recorded: %s, on %s.", sty.Bold.Render(itoa(stats.Decisions)), prose.Plural(stats.DecidedGaps, "gap")))
	out = append(out, fmt.Sprintf("Owners assigned: %s.", sty.Bold.Render(itoa(stats.OwnersAssigned))))
	if len(stats.Statuses) > 0 {
		var parts []string
		for _, c := range stats.Statuses {
			parts = append(parts, fmt.Sprintf("%d %s", c.Gaps, strings.ReplaceAll(string(c.Status), "_", " ")))
		}
		out = append(out, "Status changes: "+strings.Join(parts, ", ")+".")
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
		out = append(out, sty.Ready.Render("✓ Every open gap has an owner."))
	} else {
		out = append(out, sty.NotReady.Render(fmt.Sprintf("Still open without an owner (%d):", len(unowned))))
		for i, g := range unowned {
			if i == 8 {
				out = append(out, sty.Muted.Render(fmt.Sprintf("  … and %d more", len(unowned)-8)))
				break
			}
			out = append(out, "  "+cut(sevMark(g.Severity)+"  "+line(g.DifferenceIn(m.sh.lang)), m.width-2))
		}
	}
	r := m.d.Readiness()
	out = append(out, "")
	if r.Ready() {
		out = append(out, sty.Ready.Render("✓ Ready for handoff."))
	} else {
		out = append(out, sty.NotReady.Render(fmt.Sprintf("Not ready yet: %d%%, %s.", r.Percent, prose.Plural(len(r.Blockers), "blocker"))))
	}
	out = append(out, "")
	out = append(out, wrap("E ends the meeting · esc steps out (the meeting goes on) · x exports the report · S signs off · ← back to the gaps", m.width)...)
	return out
}

// changesView lists what the meeting changed, each gap once with its final
// owner, due date, severity and status, then the decisions recorded.
func (m meetingScreen) changesView(o model.MeetingOutcome) []string {
	sty := m.sh.styles
	const most = 8 // the summary must leave room for what is still open
	var out []string
	if len(o.Gaps) > 0 {
		out = append(out, "", sty.Bold.Render("Changed in this meeting:"))
	}
	for i, g := range o.Gaps {
		if i == most {
			out = append(out, sty.Muted.Render(fmt.Sprintf("  … and %d more", len(o.Gaps)-most)))
			break
		}
		var what []string
		if g.OwnerSet() {
			what = append(what, "owner "+m.sh.nameOr(g.After.Owner, "nobody"))
		}
		if g.DueSet() {
			what = append(what, "due "+prose.OrDash(g.After.Due.String()))
		}
		if g.SeveritySet() {
			what = append(what, "severity "+string(g.After.Severity))
		}
		if g.StatusSet() {
			what = append(what, strings.ReplaceAll(string(g.After.Status), "_", " "))
		}
		out = append(out, "  "+cut(line(g.After.DifferenceIn(m.sh.lang))+sty.Muted.Render(" → ")+strings.Join(what, ", "), m.width-2))
	}
	if len(o.Decisions) > 0 {
		out = append(out, "", sty.Bold.Render("Decided:"))
	}
	for i, d := range o.Decisions {
		if i == most {
			out = append(out, sty.Muted.Render(fmt.Sprintf("  … and %d more", len(o.Decisions)-most)))
			break
		}
		out = append(out, "  "+cut(line(m.sh.decisionText(d))+sty.Muted.Render(" — "+m.sh.nameOr(d.DecidedBy, "?")), m.width-2))
	}
	return out
}
