package model

import "handoff/internal/i18n"

// SinceSignOff is how a deal stands against its baseline, in two short
// phrases: what differs ("Since sign-off: 2 changed, 1 change request
// open", counting the promises, terms and lines of "not sold" added,
// removed or changed) and who must
// sign again ("sign again: sales, delivery", "" when nobody must), a
// count of nought left out; false
// before there is a baseline.
func SinceSignOff(d *Dossier, l i18n.Lang) (changes, sign string, ok bool) {
	x, ok := DiffBaseline(d)
	if !ok {
		return "", "", false
	}
	open := 0
	for _, c := range x.Requests {
		if c.Status == ChangeOpen {
			open++
		}
	}
	if len(x.SignAgain) > 0 {
		sign = l.T("sign again: %s", RolesIn(x.SignAgain, l))
	}
	changed := len(x.Promises) + len(x.Terms) + len(x.NotSoldAdded) + len(x.NotSoldRemoved)
	if changed == 0 && open == 0 && sign == "" {
		return l.T("Since sign-off: nothing has changed"), "", true
	}
	switch {
	case open == 0:
		changes = l.T("Since sign-off: %s", l.N("%d changed", changed))
	case changed == 0:
		changes = l.T("Since sign-off: %s", l.N("%d change requests open", open))
	default:
		changes = l.T("Since sign-off: %s, %s", l.N("%d changed", changed), l.N("%d change requests open", open))
	}
	return changes, sign, true
}
