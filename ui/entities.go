package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// entity is how the UI saves, deletes and restores one model type, and how
// it undoes and redoes those changes. One value per type, in entityOf….
type entity[T any] struct {
	noun    string // the kind, as lists name it to select a row: "promise"
	what    string // the kind in words, a message key: i18n.M("promise")
	get     func(*db.Store, context.Context, int64) (T, error)
	create  func(*db.Store, context.Context, *T) error
	update  func(*db.Store, context.Context, *T) error
	remove  func(*db.Store, context.Context, int64, int64) error
	restore func(*db.Store, context.Context, int64) (T, error)
	// updateAll saves several rows in one transaction (bulk work); nil
	// for the kinds that take no bulk changes.
	updateAll func(*db.Store, context.Context, []T) error
	ids       func(*T) (id, version *int64)
	name      func(T) string
	// same reports whether two values hold the same content, ignoring
	// version; nil means "the same JSON but for the version".
	same func(a, b T) bool
}

// label names v in the language: promise “Real-time sync with SAP”.
func (e entity[T]) label(l i18n.Lang, v T) string { return e.labelMsg(v).In(l) }

// labelMsg is label for whoever reads it later: an error.
func (e entity[T]) labelMsg(v T) i18n.Message {
	n := e.name(v)
	if n == "" {
		return i18n.Msg(e.what)
	}
	return i18n.Msg("%s “%s”", i18n.Msg(e.what), model.Shorten(line(n), 40))
}

func (e entity[T]) equal(a, b T) bool {
	if e.same != nil {
		return e.same(a, b)
	}
	return sameJSON(a, b)
}

// sameJSON compares two values field by field as JSON, ignoring their
// version.
func sameJSON(a, b any) bool { return len(model.DifferentFields(a, b, "version")) == 0 }

// change is one undoable change: what to run to take it back, and to make
// it again.
type change struct {
	label      string
	undo, redo func(context.Context, *db.Store) error
}

// savedMsg reports the end of a write: what to say, the change for the undo
// stack (nil for undo and redo themselves), and any error.
type savedMsg struct {
	status string
	change *change
	err    error
	// selectID asks the list of this kind of row (selectNoun: "promise",
	// "gap", "deal", "term") to select it after reloading.
	selectID   int64
	selectNoun string
	// bulk says the change was made to the marked rows, whose marks
	// clear now.
	bulk bool
}

// saveCmd creates v (when its id is 0) or updates it from before.
func saveCmd[T any](sh *shared, e entity[T], v, before T) tea.Cmd {
	ctx, s, l := sh.ctx, sh.store, sh.lang
	return func() tea.Msg {
		id, _ := e.ids(&v)
		if *id == 0 {
			if err := e.create(s, ctx, &v); err != nil {
				return savedMsg{err: err}
			}
			ch := e.createdChange(l, v)
			return savedMsg{status: l.T("Added %s.", e.label(l, v)), change: &ch, selectID: *id, selectNoun: e.noun}
		}
		if err := e.update(s, ctx, &v); err != nil {
			return savedMsg{err: err}
		}
		ch := e.updatedChange(l, before, v)
		return savedMsg{status: l.T("Saved %s.", e.label(l, v)), change: &ch, selectID: *id, selectNoun: e.noun}
	}
}

// deleteCmd deletes v.
func deleteCmd[T any](sh *shared, e entity[T], v T) tea.Cmd {
	ctx, s, l := sh.ctx, sh.store, sh.lang
	return func() tea.Msg {
		id, version := e.ids(&v)
		if err := e.remove(s, ctx, *id, *version); err != nil {
			return savedMsg{err: err}
		}
		ch := e.deletedChange(l, v)
		return savedMsg{status: l.T("Deleted %s. Press u to undo.", e.label(l, v)), change: &ch}
	}
}

// current reads the stored row and checks it still holds want, so undo and
// redo never overwrite someone else's later change.
func (e entity[T]) current(ctx context.Context, s *db.Store, want T) (T, error) {
	id, _ := e.ids(&want)
	cur, err := e.get(s, ctx, *id)
	if err != nil {
		return cur, err
	}
	if !e.equal(cur, want) {
		return cur, i18n.Msg("%s was changed since (by someone else or another window), so this cannot be undone", e.labelMsg(cur))
	}
	return cur, nil
}

func (e entity[T]) createdChange(l i18n.Lang, v T) change {
	return change{
		label: l.T("add %s", e.label(l, v)),
		undo: func(ctx context.Context, s *db.Store) error {
			cur, err := e.current(ctx, s, v)
			if err != nil {
				return err
			}
			id, version := e.ids(&cur)
			return e.remove(s, ctx, *id, *version)
		},
		redo: func(ctx context.Context, s *db.Store) error {
			id, _ := e.ids(&v)
			_, err := e.restore(s, ctx, *id)
			return err
		},
	}
}

func (e entity[T]) deletedChange(l i18n.Lang, v T) change {
	ch := e.createdChange(l, v)
	ch.label = l.T("delete %s", e.label(l, v))
	ch.undo, ch.redo = ch.redo, ch.undo
	return ch
}

func (e entity[T]) updatedChange(l i18n.Lang, before, after T) change {
	swap := func(from, to T) func(context.Context, *db.Store) error {
		return func(ctx context.Context, s *db.Store) error {
			cur, err := e.current(ctx, s, from)
			if err != nil {
				return err
			}
			v := to
			_, version := e.ids(&v)
			_, curVersion := e.ids(&cur)
			*version = *curVersion
			return e.update(s, ctx, &v)
		}
	}
	return change{label: l.T("edit %s", e.label(l, after)), undo: swap(after, before), redo: swap(before, after)}
}

// The entities of the UI.
var (
	dealEntity = entity[model.Deal]{
		noun: "deal", what: i18n.M("deal"), get: (*db.Store).Deal, create: (*db.Store).CreateDeal, update: (*db.Store).UpdateDeal,
		remove: (*db.Store).DeleteDeal, restore: (*db.Store).RestoreDeal,
		ids:  func(d *model.Deal) (*int64, *int64) { return &d.ID, &d.Version },
		name: func(d model.Deal) string { return d.Name },
	}
	promiseEntity = entity[model.Promise]{
		noun: "promise", what: i18n.M("promise"), get: (*db.Store).Promise, create: (*db.Store).CreatePromise, update: (*db.Store).UpdatePromise,
		remove: (*db.Store).DeletePromise, restore: (*db.Store).RestorePromise, updateAll: (*db.Store).UpdatePromises,
		ids:  func(p *model.Promise) (*int64, *int64) { return &p.ID, &p.Version },
		name: func(p model.Promise) string { return p.Title },
		same: func(a, b model.Promise) bool { a.Version, a.Revision = b.Version, b.Revision; return sameJSON(a, b) },
	}
	assessmentEntity = entity[model.Assessment]{
		noun: "answer", what: i18n.M("answer"), get: (*db.Store).AssessmentByID, create: (*db.Store).CreateAssessment,
		update: (*db.Store).UpdateAssessment, remove: (*db.Store).DeleteAssessment, restore: (*db.Store).RestoreAssessment,
		ids:  func(a *model.Assessment) (*int64, *int64) { return &a.ID, &a.Version },
		name: func(a model.Assessment) string { return string(a.Fit) },
		same: func(a, b model.Assessment) bool {
			a.Version, a.AssessedAt, a.PromiseRevision = b.Version, b.AssessedAt, b.PromiseRevision
			return sameJSON(a, b)
		},
	}
	gapEntity = entity[model.Gap]{
		noun: "gap", what: i18n.M("gap"), get: (*db.Store).Gap, create: (*db.Store).CreateGap, update: (*db.Store).UpdateGap,
		remove: (*db.Store).DeleteGap, restore: (*db.Store).RestoreGap, updateAll: (*db.Store).UpdateGaps,
		ids:  func(g *model.Gap) (*int64, *int64) { return &g.ID, &g.Version },
		name: func(g model.Gap) string { return g.Difference() },
		// The rules may retitle a derived gap at any time; only what people
		// set counts for undo.
		same: func(a, b model.Gap) bool {
			return a.Owner == b.Owner && a.Due == b.Due && a.Status == b.Status &&
				a.Severity == b.Severity && a.Resolution == b.Resolution
		},
	}
	termEntity = entity[model.Term]{
		noun: "term", what: i18n.M("term"), get: (*db.Store).Term, create: (*db.Store).CreateTerm, update: (*db.Store).UpdateTerm,
		remove: (*db.Store).DeleteTerm, restore: (*db.Store).RestoreTerm, updateAll: (*db.Store).UpdateTerms,
		ids:  func(t *model.Term) (*int64, *int64) { return &t.ID, &t.Version },
		name: func(t model.Term) string { return t.Term },
	}
	constraintEntity = entity[model.Constraint]{
		noun: "constraint", what: i18n.M("delivery constraint"), get: (*db.Store).Constraint, create: (*db.Store).CreateConstraint,
		update: (*db.Store).UpdateConstraint, remove: (*db.Store).DeleteConstraint, restore: (*db.Store).RestoreConstraint,
		ids:  func(c *model.Constraint) (*int64, *int64) { return &c.ID, &c.Version },
		name: func(c model.Constraint) string { return c.Text },
	}
	decisionEntity = entity[model.Decision]{
		noun: "decision", what: i18n.M("decision"), get: (*db.Store).Decision, create: (*db.Store).CreateDecision,
		update: (*db.Store).UpdateDecision, remove: (*db.Store).DeleteDecision, restore: (*db.Store).RestoreDecision,
		ids:  func(d *model.Decision) (*int64, *int64) { return &d.ID, &d.Version },
		name: func(d model.Decision) string { return d.Text },
	}
	personEntity = entity[model.Person]{
		noun: "person", what: i18n.M("person"), get: (*db.Store).Person, create: (*db.Store).CreatePerson, update: (*db.Store).UpdatePerson,
		remove: (*db.Store).DeletePerson, restore: (*db.Store).RestorePerson,
		ids:  func(p *model.Person) (*int64, *int64) { return &p.ID, &p.Version },
		name: func(p model.Person) string { return p.Name },
	}
	watchWordEntity = entity[model.WatchWord]{
		noun: "watch word", what: i18n.M("watch word"), get: (*db.Store).WatchWord, create: (*db.Store).AddWatchWord,
		remove: (*db.Store).RemoveWatchWord, restore: (*db.Store).RestoreWatchWord,
		ids:  func(w *model.WatchWord) (*int64, *int64) { return &w.ID, &w.Version },
		name: func(w model.WatchWord) string { return w.Word },
	}
	dismissedWordEntity = entity[model.DismissedWord]{
		noun: "dismissed word", what: i18n.M("dismissed word"), get: (*db.Store).DismissedWord, create: (*db.Store).DismissWord,
		remove: (*db.Store).UndismissWord, restore: (*db.Store).RestoreDismissedWord,
		ids:  func(w *model.DismissedWord) (*int64, *int64) { return &w.ID, &w.Version },
		name: func(w model.DismissedWord) string { return w.Word },
	}
	signOffEntity = entity[model.SignOff]{
		noun: "sign-off", what: i18n.M("sign-off"), get: (*db.Store).SignOffByID, create: (*db.Store).SignOff,
		remove: (*db.Store).WithdrawSignOff, restore: (*db.Store).RestoreSignOff,
		ids:  func(s *model.SignOff) (*int64, *int64) { return &s.ID, &s.Version },
		name: func(s model.SignOff) string { return string(s.Role) },
	}
)
