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
			a.modals = truncate(a.modals, i)
			return
		}
	}
}

// closeForm closes f and anything opened above it.
func (a *App) closeForm(f *form) {
	for i, m := range a.modals {
		if m == modal(f) {
			a.modals = truncate(a.modals, i)
			return
		}
	}
}

// saved takes the result of a write; f is the open form that asked, if
// any.
func (a *App) saved(msg savedMsg, f *form) tea.Cmd {
	if msg.err != nil {
		if f != nil {
			if errors.Is(msg.err, model.ErrConflict) && f.onConflict != nil {
				f.saving = false
				return f.onConflict(f)
			}
			f.fail(msg.err)
			return nil
		}
		a.status = statusMsg{text: a.sh.sentence(msg.err), err: true}
		return a.reloadAfterWrite()
	}
	if f != nil {
		a.closeForm(f)
	}
	a.pushChange(msg.change)
	a.status = statusMsg{text: msg.status}
	if m, ok := a.top().(interface{ clearMarks() }); ok && msg.bulk {
		m.clearMarks()
	}
	if msg.selectID != 0 {
		// The list on show that holds this kind of row selects it once the
		// fresh data arrives (the row may be new); other saves leave the
		// cursors where they are.
		a.top().SelectAfterReload(msg.selectNoun, msg.selectID)
	}
	return a.reloadAfterWrite()
}

// reloadAfterWrite reads everything again after this app's own write. It
// first takes note of the write in the file watch, so the next look does
// not take it for another's and read everything a second time.
func (a *App) reloadAfterWrite() tea.Cmd { return ownWriteCmd(a.sh) }

// reportWritten takes the end of writing the report file; f is the open
// form that asked, if any.
func (a *App) reportWritten(msg reportWrittenMsg, f *form) tea.Cmd {
	if msg.err != nil {
		if f != nil {
			f.fail(msg.err)
			return nil
		}
		a.status = statusMsg{text: a.sh.sentence(msg.err), err: true}
		return nil
	}
	if f != nil {
		a.closeForm(f)
	}
	a.status = statusMsg{text: a.sh.lang.T("Wrote the report to %s.", line(msg.path))}
	return a.broadcast(msg)
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

func (a *App) runUndo() tea.Cmd { return a.replay(&a.undo, false) }

func (a *App) runRedo() tea.Cmd { return a.replay(&a.redo, true) }

// replay takes the newest change off the undo (or redo) stack and undoes
// (or redoes) it in a command.
func (a *App) replay(stack *[]change, redo bool) tea.Cmd {
	if len(*stack) == 0 {
		if redo {
			return status(a.sh.lang.T("Nothing to redo."))
		}
		return status(a.sh.lang.T("Nothing to undo."))
	}
	ch := (*stack)[len(*stack)-1]
	*stack = (*stack)[:len(*stack)-1]
	ctx, s := a.sh.ctx, a.sh.store
	return func() tea.Msg {
		do := ch.undo
		if redo {
			do = ch.redo
		}
		return undoneMsg{ch: ch, redo: redo, err: do(ctx, s)}
	}
}

func (a *App) undone(msg undoneMsg) tea.Cmd {
	if msg.err != nil {
		a.status = statusMsg{text: a.sh.sentence(msg.err), err: true}
		return a.reloadAfterWrite()
	}
	if msg.redo {
		a.undo = append(a.undo, msg.ch)
		a.status = statusMsg{text: a.sh.lang.T("Redone: %s.", msg.ch.label)}
	} else {
		a.redo = append(a.redo, msg.ch)
		a.status = statusMsg{text: a.sh.lang.T("Undone: %s. ctrl+r redoes it.", msg.ch.label)}
	}
	return a.reloadAfterWrite()
}
