package ui

import (
	"context"
	"strings"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// After every role signed: what the customer asks for since is a change
// request (N on the promises pane), answered by delivery like any promise
// and then accepted, rejected or deferred with a reason (R, on the
// promises pane or in meeting mode).

// changeRequestForm records a promise the customer asked for after the
// sign-off, with who relayed it (sales, usually) and who at the customer
// asked. It starts as only heard; the store refuses a deal that has no
// baseline.
func changeRequestForm(sh *shared, d *model.Dossier) *form {
	l := sh.lang
	p := model.NewPromise(d.Deal.ID)
	f := newForm(sh, l.T("New change request"))
	f.note = l.T("Asked for after the sign-off. It starts as only heard; delivery answers it like any promise, then R accepts, rejects or defers it.")
	f.text("title", l.T("Promise"), "", l.T("what the customer asks for, in their words"))
	f.area("detail", l.T("Detail"), "")
	choiceField(f, "priority", l.T("Priority"), model.Priorities, p.Priority)
	choiceField(f, "category", l.T("Category"), model.Categories, p.Category)
	f.person("relayed by", l.T("Relayed by"), d.Deal.Owners.Sales, model.RoleSales)
	f.text("asked by", l.T("Asked by at the customer"), "", l.T("who asked for it, e.g. their project lead"))
	choiceField(f, "source", l.T("Source"), model.Sources, p.Source)
	f.text("source reference", l.T("Source reference"), "", l.T("e.g. Proposal v3 §4.2"))
	f.dateText("due date", l.T("Customer due date"), model.Date{})
	f.area("problem", l.T("The customer's problem behind it"), "")
	ctx, st := sh.ctx, sh.store
	f.submit = func(f *form) (tea.Cmd, error) {
		fields := model.PromiseFields{
			Title: f.value("title"), Detail: f.value("detail"), Category: f.value("category"),
			Priority: f.value("priority"), Source: f.value("source"), SourceRef: f.value("source reference"),
			Due: f.value("due date"), Verification: string(model.VerificationHeard), Problem: f.value("problem"),
			Today: sh.today(), Lang: l,
		}
		next, err := fields.Parse(p)
		if err != nil {
			return nil, err
		}
		relayed := f.personID("relayed by")
		if relayed == 0 {
			return nil, model.Invalid("relayed by", l.T("is required"))
		}
		// The person who carried the request is the one who promised
		// it, as for a promise added after the sign-off with n.
		next.PromisedBy = relayed
		c := model.ChangeRequest{DealID: p.DealID, RelayedBy: relayed, AskedBy: strings.TrimSpace(f.value("asked by")),
			Status: model.ChangeOpen}
		return func() tea.Msg {
			if err := st.CreateChangeRequest(ctx, &next, &c); err != nil {
				return savedMsg{err: err}
			}
			ch := promiseEntity.createdChange(l, next)
			return savedMsg{status: l.T("Change request “%s” recorded, relayed by %s.", model.Shorten(line(next.Title), 40), sh.name(relayed)),
				change: &ch, selectID: next.ID, selectNoun: promiseEntity.noun}
		}, nil
	}
	return f
}

// decisions a change request can get, in the order the form offers them.
var changeDecisions = []model.ChangeStatus{model.ChangeAccepted, model.ChangeRejected, model.ChangeDeferred}

// decideForm accepts, rejects or defers a change request, with the reason
// and the people present. Accepting needs at least one person from sales
// or presales and one from delivery present; the store refuses otherwise
// and the form says so.
func decideForm(sh *shared, d *model.Dossier, c model.ChangeRequest) *form {
	l := sh.lang
	p, _ := d.PromiseByID(c.PromiseID)
	f := newForm(sh, l.T("Decide the change request “%s”", model.Shorten(line(p.Title), 40)))
	f.note = l.T("Accepting needs someone from sales or presales and someone from delivery present; the roles whose sections change then sign again.")
	status := c.Status
	if status == model.ChangeOpen {
		status = model.ChangeAccepted
	}
	choiceWords(f, "status", l.T("Decision"), changeDecisions, status, func(s model.ChangeStatus) string {
		return l.Word("change status", string(s))
	})
	f.area("reason", l.T("Reason"), c.Reason)
	present := c.Present
	if len(present) == 0 {
		present = presentByDefault(d)
	}
	f.peopleField("present", l.T("People present"), present, agreeRole(sh))
	ctx, st := sh.ctx, sh.store
	f.submit = func(f *form) (tea.Cmd, error) {
		next := c
		next.Status = enumOf[model.ChangeStatus](f, "status")
		next.Reason = strings.TrimSpace(f.value("reason"))
		next.Present = f.peopleIDs("present")
		if err := next.CheckDecision(sh.people); err != nil {
			return nil, err
		}
		title := model.Shorten(line(p.Title), 40)
		// decided is the request as the store left it; undo puts it back
		// as it was and redo decides it again, from the version undo left.
		decided := next
		decide := func(ctx context.Context, s *db.Store) error {
			v := next
			v.Version = decided.Version
			if err := s.DecideChangeRequest(ctx, &v); err != nil {
				return err
			}
			decided = v
			return nil
		}
		ch := &change{label: l.T("the decision on “%s”", title),
			undo: func(ctx context.Context, s *db.Store) error {
				v := decided
				if err := s.UndecideChangeRequest(ctx, &v, c); err != nil {
					return err
				}
				decided.Version = v.Version
				return nil
			},
			redo: decide}
		return func() tea.Msg {
			if err := decide(ctx, st); err != nil {
				return savedMsg{err: err}
			}
			text := l.T("Change request “%s”: %s.", title, l.Word("change status", string(decided.Status)))
			if decided.Status == model.ChangeAccepted {
				text += " " + l.T("It joins the scope: B shows who must sign again.")
			}
			return savedMsg{status: text, change: ch, selectID: p.ID, selectNoun: promiseEntity.noun}
		}, nil
	}
	return f
}

// presentByDefault are the deal's sales and delivery owners, the two a
// decision on a change request needs at the least.
func presentByDefault(d *model.Dossier) []int64 {
	var out []int64
	for _, id := range []int64{d.Deal.Owners.Sales, d.Deal.Owners.Delivery} {
		if id != 0 {
			out = append(out, id)
		}
	}
	return out
}

// decideChangeRequest opens the decision on the change request behind a
// promise, or says the promise is none.
func decideChangeRequest(sh *shared, d *model.Dossier, p model.Promise) tea.Cmd {
	c, ok := d.ChangeRequestFor(p.ID)
	if !ok {
		return status(sh.lang.T("“%s” is no change request: N records one after the sign-off.", model.Shorten(line(p.Title), 40)))
	}
	return sh.open(decideForm(sh, d, c))
}

// newChangeRequest opens the change-request form, or says why not: a
// deal every role has not signed yet has no change requests, only
// promises.
func newChangeRequest(sh *shared, d *model.Dossier) tea.Cmd {
	if d.Baseline == nil {
		return status(sh.lang.T("Change requests come after every role has signed off; until then n adds a promise."))
	}
	return sh.open(changeRequestForm(sh, d))
}

// changeSigns mark a change request's status in the promises table.
var changeSigns = map[model.ChangeStatus]string{
	model.ChangeOpen: "?", model.ChangeAccepted: "✓", model.ChangeRejected: "✗", model.ChangeDeferred: "⏸",
}

// changeMark is the short mark of a change request in the promises table,
// "CR✓" for one accepted; "" for a promise that is none. The detail under
// the table says it in words (changeWords).
func changeMark(l i18n.Lang, d *model.Dossier, promiseID int64) string {
	c, ok := d.ChangeRequestFor(promiseID)
	if !ok {
		return ""
	}
	return l.T("CR") + changeSigns[c.Status]
}

// changeWords is a change request's status in words: "Change request:
// accepted".
func changeWords(l i18n.Lang, c model.ChangeRequest) string {
	return l.T("Change request: %s", l.Word("change status", string(c.Status)))
}

// reasonText is the reason a change request was decided as this screen
// may show it: presenting hides it, as it hides an internal decision,
// unless the decision that accepted it is shared.
func (s *shared) reasonText(d *model.Dossier, c model.ChangeRequest) string {
	if !s.presenting || c.Reason == "" {
		return c.Reason
	}
	for _, dec := range d.Decisions {
		if dec.ID == c.DecisionID && dec.Shared {
			return c.Reason
		}
	}
	return s.lang.T(hiddenInternal)
}
