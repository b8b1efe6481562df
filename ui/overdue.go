package ui

import (
	"handoff/internal/i18n"
	"handoff/internal/prose"
	"handoff/model"
)

// Overdue, the way every list shows it: the word after the date, in the
// Overdue style, so it reads without colour too.

// today is the app's calendar day: the injected clock, in the app's zone.
func (s *shared) today() model.Date { return model.DateOf(s.now().In(s.loc)) }

// dueWidth is a due-date column's width: room for " overdue" when any row
// in it is late.
func dueWidth(anyLate bool) int { return dueWidthIn(i18n.EN, anyLate) }

// dueWidthIn is dueWidth with the word in the language l, measured in
// cells.
func dueWidthIn(l i18n.Lang, anyLate bool) int {
	if anyLate {
		return len("2006-01-02") + 1 + textWidth(l.T("overdue"))
	}
	return len("2006-01-02")
}

// dueCell is a due date in a list column of width w, followed by "overdue"
// when late — or, in a column too narrow for both, the word alone (the
// detail under the list has the date). styled is false on a selected row,
// whose reverse video a style inside would end.
func dueCell(sty Styles, due model.Date, late bool, w int, styled bool) string {
	return dueCellIn(i18n.EN, sty, due, late, w, styled)
}

// dueCellIn is dueCell with the date and the word in the language l (a
// date is ten cells in every language).
func dueCellIn(l i18n.Lang, sty Styles, due model.Date, late bool, w int, styled bool) string {
	if !late {
		return fit(due.StringIn(l), w)
	}
	word := l.T("overdue")
	text := due.StringIn(l) + " " + word
	if w < textWidth(text) {
		text = word
	}
	cell := fit(text, w)
	if styled {
		cell = sty.Overdue.Render(cell)
	}
	return cell
}

// dueDetail is a due date with how late it is: "2026-11-30 · 3 days
// overdue"; "—" when unset.
func dueDetail(l i18n.Lang, sty Styles, due model.Date, late bool, today model.Date) string {
	if !late {
		return prose.OrDash(due.StringIn(l))
	}
	return due.StringIn(l) + " · " + sty.Overdue.Render(model.OverdueTextIn(due, today, l))
}

// lateMemo remembers whether any row of a list is late, for the day it was
// worked out on: a frame asks it, and a list of thousands of rows is walked
// once a load and a day, not on every key. A list makes a new one with
// each load of its rows.
type lateMemo struct {
	day   model.Date
	any   bool
	known bool
}

// on is whether any row is late today; late walks the rows.
func (m *lateMemo) on(today model.Date, late func() bool) bool {
	if m == nil {
		return late()
	}
	if !m.known || m.day.Before(today) || m.day.After(today) {
		m.day, m.any, m.known = today, late(), true
	}
	return m.any
}
