package ui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/model"
)

// Messages that carry loaded data to their owner, whatever has focus, and
// the commands that load it. Commands capture values, never the model.

type dealsLoadedMsg struct {
	list []model.DealSummary
	err  error
}

type dossierLoadedMsg struct {
	dealID int64
	d      *model.Dossier
	err    error
}

type historyLoadedMsg struct {
	dealID int64
	events []model.Event
	err    error
}

type peopleLoadedMsg struct {
	people []model.Person
	err    error
}

// pollMsg is the once-a-second look for changes by other processes.
type pollMsg struct{}

// changedMsg says whether the file changed since the last look.
type changedMsg struct {
	changed bool
	err     error
}

func loadDealsCmd(app *shared) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		list, err := s.DealSummaries(ctx)
		return dealsLoadedMsg{list, err}
	}
}

func loadDossierCmd(app *shared, dealID int64) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		d, err := s.Dossier(ctx, dealID)
		return dossierLoadedMsg{dealID, d, err}
	}
}

// historyLimit is how many events the history view reads.
const historyLimit = 2000

func loadHistoryCmd(app *shared, dealID int64) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		ev, err := s.History(ctx, dealID, historyLimit)
		return historyLoadedMsg{dealID, ev, err}
	}
}

func loadPeopleCmd(app *shared) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		p, err := s.Directory(ctx)
		return peopleLoadedMsg{p, err}
	}
}

// pollEvery is how often the file is checked for other writers.
const pollEvery = time.Second

func pollCmd(app *shared) tea.Cmd {
	return app.tick(pollEvery, func(time.Time) tea.Msg { return pollMsg{} })
}

func checkChangedCmd(app *shared) tea.Cmd {
	if app.watch == nil {
		app.watch = app.store.Watch()
	}
	ctx, w := app.ctx, app.watch
	return func() tea.Msg {
		changed, err := w.Changed(ctx)
		return changedMsg{changed, err}
	}
}

// quickCheckedMsg carries the result of the file's integrity check.
type quickCheckedMsg struct{ err error }

// quickCheckCmd runs SQLite's quick check over the file; a damaged file is
// then refused every write by the store.
func quickCheckCmd(app *shared) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		err := s.QuickCheck(ctx)
		if err != nil && !errors.Is(err, db.ErrDamaged) {
			err = nil // a busy file is checked next time; only damage stops writes
		}
		return quickCheckedMsg{err}
	}
}
