package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// samplesLoadedMsg reports the sample deals added.
type samplesLoadedMsg struct {
	text string
	err  error
}

// loadSamplesCmd adds the sample deals to the database.
func loadSamplesCmd(app *shared) tea.Cmd {
	ctx, s := app.ctx, app.store
	return func() tea.Msg {
		res, err := s.Import(ctx, model.SampleArchive())
		if err != nil {
			return samplesLoadedMsg{err: err}
		}
		return samplesLoadedMsg{text: fmt.Sprintf("Added %d sample deals. Open one with enter.", len(res.Deals))}
	}
}
