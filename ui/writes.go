package ui

// What happens when a write ends: the answer reaches the form that asked,
// the change goes on the undo stack, and the screens reload; undo and redo.

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// popForm removes the topmost form and anything above it.
func (a *App) popForm() {
	for i := len(a.modals) - 1; i >= 0; i-- {
		if _, ok := a.modals[i].(*form); ok {
			a.modals = a.modals[:i]
			return
		}
	}
}

// openForm reports whether f is still open, under whatever is above it.
func (a *App) openForm(f *form) bool {
	for _, m := range a.modals {
		if m == modal(f) {
			return true
		}
	}
	return false
}

// closeForm closes f and anything opened above it.
func (a *App) closeForm(f *form) {
	for i, m := range a.modals {
		if m == modal(f) {
			a.modals = a.modals[:i]
			return
		}
	}
}

// saved takes the result of a write.
func (a *App) saved(msg savedMsg) tea.Cmd {
	f := msg.owner
	if f != nil && !a.openForm(f) {
		f = nil
	}
	if msg.err != nil {
		if f != nil {
			if errors.Is(msg.err, model.ErrConflict) && f.onConflict != nil {
				f.saving = false
				return f.onConflict(f)
			}
			f.fail(msg.err)
			return nil
		}
		a.status = statusMsg{text: sentence(msg.err), err: true}
		return a.reload()
	}
	if f != nil {
		a.closeForm(f)
	}
	a.pushChange(msg.change)
	a.status = statusMsg{text: msg.status}
	if msg.selectID != 0 {
		a.selectAfterReload(msg.selectNoun, msg.selectID)
	}
	return a.reload()
}

// selectAfterReload makes the list that shows this kind of row select it
// once the fresh data arrives (the row may be new). Other saves leave the
// cursors where they are.
func (a *App) selectAfterReload(noun string, id int64) {
	switch {
	case a.screen == screenDeals && noun == dealEntity.noun:
		a.deals.pending = id
	case a.screen == screenDeal && noun == promiseEntity.noun && a.deal.focus == panePromises,
		a.screen == screenDeal && noun == gapEntity.noun && a.deal.focus == paneGaps:
		a.deal.pending = id
	case a.screen == screenGlossary && noun == termEntity.noun:
		a.glossary.pending = id
	case a.screen == screenPeople && noun == personEntity.noun:
		a.people.pending = id
	case a.screen == screenDecisions && noun == decisionEntity.noun:
		a.decisions.pending = id
	}
}

// reportWritten takes the end of writing the report file.
func (a *App) reportWritten(msg reportWrittenMsg) tea.Cmd {
	f := msg.owner
	if f != nil && !a.openForm(f) {
		f = nil
	}
	if msg.err != nil {
		if f != nil {
			f.fail(msg.err)
			return nil
		}
		a.status = statusMsg{text: sentence(msg.err), err: true}
		return nil
	}
	if f != nil {
		a.closeForm(f)
	}
	a.report.written = msg.path
	a.status = statusMsg{text: "Wrote the report to " + line(msg.path) + "."}
	return nil
}

func (a *App) pushChange(ch *change) {
	if ch == nil {
		return
	}
	a.undo = append(a.undo, *ch)
	if len(a.undo) > 200 {
		a.undo = a.undo[1:]
	}
	a.redo = nil
}

// undoneMsg reports the end of an undo or redo.
type undoneMsg struct {
	ch   change
	redo bool // this was a redo
	err  error
}

func (a *App) runUndo() tea.Cmd {
	if len(a.undo) == 0 {
		return status("Nothing to undo.")
	}
	ch := a.undo[len(a.undo)-1]
	a.undo = a.undo[:len(a.undo)-1]
	ctx, s := a.sh.ctx, a.sh.store
	return func() tea.Msg { return undoneMsg{ch: ch, err: ch.undo(ctx, s)} }
}

func (a *App) runRedo() tea.Cmd {
	if len(a.redo) == 0 {
		return status("Nothing to redo.")
	}
	ch := a.redo[len(a.redo)-1]
	a.redo = a.redo[:len(a.redo)-1]
	ctx, s := a.sh.ctx, a.sh.store
	return func() tea.Msg { return undoneMsg{ch: ch, redo: true, err: ch.redo(ctx, s)} }
}

func (a *App) undone(msg undoneMsg) tea.Cmd {
	if msg.err != nil {
		a.status = statusMsg{text: sentence(msg.err), err: true}
		return a.reload()
	}
	if msg.redo {
		a.undo = append(a.undo, msg.ch)
		a.status = statusMsg{text: "Redone: " + msg.ch.label + "."}
	} else {
		a.redo = append(a.redo, msg.ch)
		a.status = statusMsg{text: "Undone: " + msg.ch.label + ". ctrl+r redoes it."}
	}
	return a.reload()
}
