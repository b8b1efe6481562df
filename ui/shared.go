package ui

import (
	"context"
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/internal/prose"
	"handoff/model"
)

// shared is what every screen, pane and dialog reads: the store (used only
// inside commands), the keys, the styles, the people directory and the
// presenting switch. The root model owns it and changes it only in Update.
type shared struct {
	ctx        context.Context
	store      *db.Store
	keys       KeyMap
	styles     Styles
	people     []model.Person
	presenting bool
	now        func() time.Time
	// loc is the time zone times are shown in.
	loc *time.Location
	// lang is the language this app speaks: screens put every text in
	// it with sh.lang.T and sh.lang.N.
	lang i18n.Lang
	// tick schedules a message after a delay (tea.Tick; tests stop it).
	tick func(time.Duration, func(time.Time) tea.Msg) tea.Cmd
	// opened holds dialogs opened during this Update, for the root to
	// put on its stack.
	opened []modal
	// paused holds the meetings stepped out of, by deal: m on that deal
	// continues one with its start time and agenda until it is ended.
	paused map[int64]*meetingScreen
	// blockers is how many blockers each deal has, from the deal list and
	// the open deal: a form that moves a deal on asks first when it has any.
	blockers map[int64]int
	// deals is the deal list as last loaded (the report's file name
	// depends on the other deals' names).
	deals []model.DealSummary
	// dealsSeen is the newest history event deals reflects: a reload
	// reads the deals changed after it.
	dealsSeen int64
	// bodyW and bodyH are the size of a screen's body: the window less the
	// title, status and help lines.
	bodyW, bodyH int
	// nav is what the screens asked of the screen stack in this Update.
	nav navigation
	// lastOwner is the last owner id given out.
	lastOwner ownerID
	// watch is this app's own look at the file for changes, made at its
	// first look, a poll or its own write (other viewers of the store have
	// their own).
	watch *db.Watcher
	// personKeys is the fingerprints of each person's SSH keys, by person
	// id, as the directory was last read.
	personKeys map[int64][]string
	// promiseSort and gapSort are the orders chosen (O) for the promises
	// and gaps panes, kept for every deal until the app ends; the zero
	// value is each pane's own order.
	promiseSort, gapSort listSort
	// noFiles: the app writes no files (a server's session).
	noFiles bool
	// mouse: the app takes the wheel and clicks (mouse.go).
	mouse bool
	// notices: the app waits on its watcher's notices of writes made in
	// this process (by another session of a server), besides polling.
	notices bool
}

// blockersOf is how many blockers stand between a deal and handoff. A deal
// not saved yet is judged on its own fields (it has no promises yet).
func (s *shared) blockersOf(d model.Deal) int {
	if d.ID == 0 {
		return len((&model.Dossier{Deal: d}).Readiness().Blockers)
	}
	return s.blockers[d.ID]
}

// when formats a moment for the screen, in the local time zone.
func (s *shared) when(t time.Time) string { return t.In(s.loc).Format("2006-01-02 15:04") }

// name is a person's display name.
func (s *shared) name(id int64) string { return line(model.PersonName(s.people, id)) }

// nameOr is a person's name, or dflt when nobody is set.
func (s *shared) nameOr(id int64, dflt string) string {
	if id == 0 {
		return dflt
	}
	return s.name(id)
}

func (s *shared) inputStyles() textinput.Styles {
	st := textinput.DefaultStyles(true)
	st.Focused.Prompt = s.styles.InputFocus
	st.Blurred.Prompt = s.styles.Input
	st.Focused.Placeholder = s.styles.Muted
	st.Blurred.Placeholder = s.styles.Muted
	// A steady cursor: no timer per key press, and the same screen for the
	// same state.
	st.Cursor.Blink = false
	return st
}

func (s *shared) areaStyles() textarea.Styles {
	st := textarea.DefaultStyles(true)
	st.Cursor.Blink = false
	return st
}

// statusMsg puts a sentence in the status line.
type statusMsg struct {
	text string
	err  bool
}

// status returns a command that shows text in the status line.
func status(text string) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text} }
}

// open puts a dialog on top of the screen. It takes effect as soon as the
// Update that called it returns — not in a command — so the very next key
// goes to the dialog.
func (s *shared) open(m modal) tea.Cmd {
	s.opened = append(s.opened, m)
	return nil
}

// sentence turns an error into a sentence a user can read: first letter
// up, full stop at the end, no driver jargon.
func sentence(err error) string { return sentenceIn(i18n.EN, err) }

// sentence is the error as a sentence in the app's language.
func (s *shared) sentence(err error) string { return sentenceIn(s.lang, err) }

// sentenceIn is sentence in the language l: a message the model or the
// store made is put in l, context around it stays as written.
func sentenceIn(l i18n.Lang, err error) string {
	switch {
	case errors.Is(err, model.ErrConflict):
		return l.T("Someone else changed this since you opened it.")
	case errors.Is(err, model.ErrNotFound):
		return l.T("It is no longer there: someone deleted it.")
	}
	s := strings.TrimSpace(l.Error(err))
	if s == "" {
		return l.T("Something went wrong.")
	}
	s = prose.Capitalise(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return line(s)
}

// Notice is a message that shows text in an app's status line: what the
// program running the app has to tell its reader (a server stopping).
func Notice(text string) tea.Msg { return statusMsg{text: text} }
