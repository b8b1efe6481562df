package ui

import (
	"handoff/internal/i18n"
	"handoff/model"
)

// Decisions and gaps are internal unless marked shared (I on a gap or a
// decision). A shared screen — presenting mode — shows the customer only
// what they may read: an internal decision's text and an internal gap's
// resolution give way to hiddenInternal.

// hiddenInternal stands in for an internal text while presenting.
var hiddenInternal = i18n.M("(internal: hidden while presenting)")

// resolution is the gap's resolution as this screen may show it.
func (s *shared) resolution(g model.Gap) string {
	if s.presenting && !g.Shared && g.Resolution != "" {
		return s.lang.T(hiddenInternal)
	}
	return g.ResolutionIn(s.lang)
}

// decisionText is the decision as this screen may show it.
func (s *shared) decisionText(d model.Decision) string {
	if s.presenting && !d.Shared {
		return s.lang.T(hiddenInternal)
	}
	return d.Text
}

// sharing says whether a decision or gap is shared with the customer:
// "shared" or "internal".
func (s *shared) sharing(shared bool) string {
	if shared {
		return s.lang.T("shared")
	}
	return s.lang.T("internal")
}

// shareNote says what shared or internal means for the customer.
func (s *shared) shareNote(shared bool) string {
	if shared {
		return s.lang.T("the customer copy and presenting show it.")
	}
	return s.lang.T("left out of the customer copy and hidden while presenting.")
}
