package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/model"
)

// samplesLoadedMsg reports the sample deals added, or that they are there
// already (dup) and nothing was added.
type samplesLoadedMsg struct {
	text string
	err  error
	dup  *db.DuplicateError
}

// loadSamplesCmd adds the sample deals to the database; when they are
// there already it adds nothing and asks (allow adds them again).
func loadSamplesCmd(sh *shared, allow bool) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		res, err := s.Import(ctx, model.SampleArchive(), db.ImportOptions{AllowDuplicates: allow})
		var dup *db.DuplicateError
		if errors.As(err, &dup) {
			return samplesLoadedMsg{dup: dup}
		}
		if err != nil {
			return samplesLoadedMsg{err: err}
		}
		return samplesLoadedMsg{text: sh.lang.N("Added %d sample deals. Open one with enter.", len(res.Deals))}
	}
}
