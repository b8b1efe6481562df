package ui

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// The customer's written answer to the customer copy, recorded from the
// app: on a promise (pane 2) or in a meeting, on the promise of the gap
// on screen. The store does the rest in one transaction (db.Store.Confirm).

// confirmForm records the customer's answer to one promise: confirmed as
// written, or not as written with what they wrote instead.
func confirmForm(sh *shared, dealID int64, p model.Promise) *form {
	l := sh.lang
	f := newForm(sh, l.T("The customer's answer to “%s”", model.Shorten(line(p.Title), 40)))
	f.note = l.T("Confirmed moves the promise to confirmed. Not as written keeps its level and raises a gap with what the customer wrote.")
	choiceWords(f, "answer", l.T("Answer"), model.Answers, model.AnswerConfirmed, func(a model.Answer) string { return answerIn(l, a) })
	f.person("by", l.T("Who at the customer"), 0, model.RoleCustomer)
	f.text("ref", l.T("Reference"), "", l.T("where the answer is: email 2026-12-10"))
	f.dateText("on", l.T("Answered on"), sh.today())
	f.area("wrote", l.T("What they wrote instead"), "")
	ctx, s := sh.ctx, sh.store
	f.submit = func(f *form) (tea.Cmd, error) {
		var errs fieldErrs
		c := model.Confirmation{DealID: dealID, PromiseID: p.ID, Answer: enumOf[model.Answer](f, "answer"),
			By: f.personID("by"), Reference: strings.TrimSpace(f.value("ref")), On: errs.date(f, "on"),
			Wrote: strings.TrimSpace(f.value("wrote"))}
		if c.Answer == model.AnswerConfirmed {
			c.Wrote = ""
		}
		if err := errs.err(); err != nil {
			return nil, err
		}
		if err := c.Validate(); err != nil {
			return nil, err
		}
		if who, ok := personByID(sh.people, c.By); ok && who.Role != model.RoleCustomer {
			return nil, model.Invalid("by", l.T("%s is %s: the answer comes from a person at the customer", who.Name, who.Role.In(l)))
		}
		name, title := sh.name(c.By), model.Shorten(line(p.Title), 40)
		// recorded is the answer as stored, with its id; redo stores it
		// anew, so undo after redo takes back the new one.
		recorded := []model.Confirmation{c}
		confirm := func(ctx context.Context, s *db.Store) error {
			recorded = []model.Confirmation{c}
			return s.Confirm(ctx, recorded)
		}
		ch := &change{label: l.T("the customer's answer to “%s”", title),
			undo: func(ctx context.Context, s *db.Store) error { return s.Unconfirm(ctx, recorded[0], p.Verification) },
			redo: confirm}
		return func() tea.Msg {
			if err := confirm(ctx, s); err != nil {
				return savedMsg{err: err}
			}
			return savedMsg{status: l.T("“%s”: %s by %s (%s).", title, answerIn(l, c.Answer), name, c.Reference),
				change: ch, selectID: p.ID, selectNoun: "promise"}
		}, nil
	}
	return f
}

// answerIn is the customer's answer in words.
func answerIn(l i18n.Lang, a model.Answer) string {
	switch a {
	case model.AnswerConfirmed:
		return l.T("confirmed")
	case model.AnswerNotAsWritten:
		return l.T("not as written")
	}
	return a.Label()
}
