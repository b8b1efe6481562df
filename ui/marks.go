package ui

// Bulk work: rows marked with space in the promises and gaps panes and in
// the glossary, and the changes made to all of them at once — one
// transaction, one entry on the undo stack.

import (
	"context"
	"errors"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// marks are the rows of a list marked for a bulk change, by id.
type marks map[int64]bool

// toggle marks id, or unmarks it.
func (m *marks) toggle(id int64) {
	if *m == nil {
		*m = marks{}
	}
	if (*m)[id] {
		delete(*m, id)
	} else {
		(*m)[id] = true
	}
}

// keepOnly drops the marks of rows no longer in the list (deleted, or
// gone in another window), so a bulk change never reaches a row that is gone.
func (m marks) keepOnly(present map[int64]bool) {
	for id := range m {
		if !present[id] {
			delete(m, id)
		}
	}
}

// markGutter is the room before a row of a list that takes marks: the
// selection mark, the mark for bulk work, a space.
const markGutter = 3

// markedRow puts the gutter before one row of a list that takes marks: "▸"
// on the selected row and "✓" on a marked one, both characters, so they
// show without colour and without reverse video (TERM=dumb, NO_COLOR).
func markedRow(sty Styles, row string, w int, selected, marked bool) string {
	sel, mark := " ", " "
	if selected {
		sel = "▸"
	}
	if marked {
		mark = "✓"
	}
	switch {
	case selected:
		return sty.Selected.Render(fit(sel+mark+" "+row, w))
	case marked:
		return sel + sty.Marked.Render(mark) + " " + row
	}
	return sel + mark + " " + row
}

// markedTitle adds "3 marked" to a pane's title while rows are marked.
func markedTitle(l i18n.Lang, title string, m marks) string {
	if len(m) == 0 {
		return title
	}
	return title + " · " + l.N("%d marked", len(m))
}

// markedStatus says how many rows are marked and which keys now act on
// all of them.
func markedStatus(sh *shared, n int, acting ...key.Binding) tea.Cmd {
	if n == 0 {
		return status(sh.lang.T("Nothing marked."))
	}
	keys := make([]string, len(acting))
	for i, b := range acting {
		keys[i] = b.Help().Key
	}
	return status(sh.lang.N("%d marked: %s act on all of them at once; esc unmarks.", n, strings.Join(keys, ", ")))
}

// bulkChange is the one undoable change of a bulk save: undo puts every
// row back as it was before, redo makes the change again, each in one
// transaction and only if nobody changed those rows since.
func (e entity[T]) bulkChange(label string, before, after []T) change {
	swap := func(from, to []T) func(context.Context, *db.Store) error {
		return func(ctx context.Context, s *db.Store) error {
			next := append([]T(nil), to...)
			for i := range from {
				cur, err := e.current(ctx, s, from[i])
				if err != nil {
					return err
				}
				_, version := e.ids(&next[i])
				_, curVersion := e.ids(&cur)
				*version = *curVersion
			}
			return e.updateAll(s, ctx, next)
		}
	}
	return change{label: label, undo: swap(after, before), redo: swap(before, after)}
}

// bulkSaveCmd saves after (each changed from the same row in before) in
// one transaction. label names the change for undo ("change 3 gaps"),
// done says it happened.
func bulkSaveCmd[T any](sh *shared, e entity[T], before, after []T, label, done string) tea.Cmd {
	ctx, s, l := sh.ctx, sh.store, sh.lang
	return func() tea.Msg {
		saved := append([]T(nil), after...)
		if err := e.updateAll(s, ctx, saved); err != nil {
			if errors.Is(err, model.ErrConflict) {
				err = i18n.Msg("someone changed one of these rows meanwhile (another window or person), so nothing was saved; look again and repeat the change")
			}
			return savedMsg{err: err}
		}
		ch := e.bulkChange(label, before, saved)
		return savedMsg{status: done + " " + l.T("u undoes all of it."), change: &ch, bulk: true}
	}
}

// bulkGapOwnerCmd gives every gap in gs the owner id.
func bulkGapOwnerCmd(sh *shared, gs []model.Gap, id int64) tea.Cmd {
	after := make([]model.Gap, len(gs))
	for i, g := range gs {
		g.Owner = id
		after[i] = g
	}
	l := sh.lang
	return bulkSaveCmd(sh, gapEntity, gs, after, l.N("change %d gaps", len(gs)),
		l.N("%d gaps now owned by %s.", len(gs), sh.nameOr(id, l.T("nobody"))))
}

// bulkPromiserCmd names id as who promised every promise in ps.
func bulkPromiserCmd(sh *shared, ps []model.Promise, id int64) tea.Cmd {
	after := make([]model.Promise, len(ps))
	for i, p := range ps {
		p.PromisedBy = id
		after[i] = p
	}
	l := sh.lang
	return bulkSaveCmd(sh, promiseEntity, ps, after, l.N("change %d promises", len(ps)),
		l.N("%d promises now promised by %s.", len(ps), sh.nameOr(id, l.T("nobody"))))
}

// unchangedWord is how a bulk form's choice says "leave each row's own".
func unchangedWord(l i18n.Lang) string { return "— " + l.T("as each is") + " —" }

// bulkGapForm sets the status, severity and due date of several gaps at
// once; what is left "as each is" (or a due date left blank) keeps each
// gap's own. focus names the field the cursor starts on.
func bulkGapForm(sh *shared, gs []model.Gap, focus string) *form {
	l := sh.lang
	f := newForm(sh, l.N("Change %d gaps", len(gs)))
	f.note = l.T("Only what you set here changes; the rest stays as each gap has it.")
	statuses := append([]model.GapStatus{""}, model.GapStatuses...)
	choiceWords(f, "status", l.T("Status"), statuses, "", func(s model.GapStatus) string {
		if s == "" {
			return unchangedWord(l)
		}
		return s.In(l)
	})
	sevs := append([]model.Severity{""}, model.Severities...)
	choiceWords(f, "severity", l.T("Severity"), sevs, "", func(s model.Severity) string {
		if s == "" {
			return unchangedWord(l)
		}
		return s.In(l)
	})
	f.dateText("due", l.T("Due date"), model.Date{})
	f.area("resolution", l.T("Resolution or decision"), "")
	startAt(f, focus)
	f.submit = func(f *form) (tea.Cmd, error) {
		var e fieldErrs
		var due model.Date
		if strings.TrimSpace(f.value("due")) != "" {
			due = e.date(f, "due")
		}
		if err := e.err(); err != nil {
			return nil, err
		}
		st, sev := enumOf[model.GapStatus](f, "status"), enumOf[model.Severity](f, "severity")
		res := strings.TrimSpace(f.value("resolution"))
		after := make([]model.Gap, len(gs))
		for i, g := range gs {
			if st != "" {
				g.Status = st
			}
			if sev != "" {
				g.Severity = sev
			}
			if !due.IsZero() {
				g.Due = due
			}
			if res != "" {
				g.Resolution = res
			}
			if err := g.ValidateChange(); err != nil {
				return nil, bulkRowErr(l, gapEntity.labelMsg(g), err)
			}
			after[i] = g
		}
		return bulkSaveCmd(sh, gapEntity, gs, after, l.N("change %d gaps", len(gs)), l.N("Changed %d gaps.", len(gs))), nil
	}
	return f
}

// bulkRowErr says which row of a bulk change is refused and why, beside
// the field at fault when there is one.
func bulkRowErr(l i18n.Lang, row i18n.Message, err error) error {
	var ve *model.ValidationError
	if errors.As(err, &ve) {
		out := &model.ValidationError{Fields: append([]model.FieldError(nil), ve.Fields...)}
		for i, fe := range out.Fields {
			m := i18n.Msg("%s: %s", row, fe.Message)
			if fe.Msg != nil {
				m = i18n.Msg("%s: %s", row, *fe.Msg)
			}
			out.Fields[i].Msg = &m
		}
		return out
	}
	return err
}

// bulkVerificationForm sets how firmly several promises are known.
func bulkVerificationForm(sh *shared, ps []model.Promise) *form {
	l := sh.lang
	f := newForm(sh, l.N("Verification of %d promises", len(ps)))
	f.note = l.T("heard → written → confirmed (by the customer) → contracted")
	choiceField(f, "verification", l.T("Verification"), model.Verifications, ps[0].Verification)
	f.submit = func(f *form) (tea.Cmd, error) {
		v := enumOf[model.Verification](f, "verification")
		after := make([]model.Promise, len(ps))
		for i, p := range ps {
			p.Verification = v
			if err := p.Validate(); err != nil {
				return nil, bulkRowErr(l, promiseEntity.labelMsg(p), err)
			}
			after[i] = p
		}
		return bulkSaveCmd(sh, promiseEntity, ps, after, l.N("change %d promises", len(ps)), l.N("Changed %d promises.", len(ps))), nil
	}
	return f
}

// agreeTermsForm records that the same people agreed several terms: each
// becomes agreed by them, with its own definition.
func agreeTermsForm(sh *shared, ts []model.Term) *form {
	l := sh.lang
	f := newForm(sh, l.N("Agree %d terms", len(ts)))
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = line(t.Term)
	}
	f.note = model.Shorten(strings.Join(names, ", "), 200) + "\n" + l.T("Agreed needs one person from sales or presales and one from delivery.")
	f.peopleField("agreed by", l.T("Agreed by"), ts[0].AgreedBy, agreeRole(sh))
	f.submit = func(f *form) (tea.Cmd, error) {
		who := f.peopleIDs("agreed by")
		after := make([]model.Term, len(ts))
		for i, t := range ts {
			t.Status, t.AgreedBy = model.TermAgreed, append([]int64(nil), who...)
			if err := t.Validate(); err != nil {
				return nil, bulkRowErr(l, termEntity.labelMsg(t), err)
			}
			after[i] = t
		}
		return bulkSaveCmd(sh, termEntity, ts, after, l.N("agree %d terms", len(ts)), l.N("Agreed %d terms.", len(ts))), nil
	}
	return f
}

// startAt puts the cursor of f on the field named name.
func startAt(f *form, name string) *form {
	for i, fl := range f.fields {
		if fl.name == name {
			blurField(&f.fields[f.focus])
			f.focus = i
			f.focusField(&f.fields[i])
		}
	}
	return f
}
