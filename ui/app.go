// Package ui is handoff's terminal interface: the deal list, the deal
// screen with its four panes, the glossary, the history, meeting mode and
// the report preview, over a db.Store that it calls only inside commands.
package ui

import (
	"context"
	"errors"
	"os"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/model"
)

// screenID names the screens; one shows at a time.
type screenID int

const (
	screenDeals screenID = iota
	screenDeal
	screenGlossary
	screenHistory
	screenMeeting
	screenReport
	screenPeople
	screenDecisions
)

// Options tune the app.
type Options struct {
	// NoColor turns colours off (NO_COLOR does too).
	NoColor bool
	// Now tells the time (tests fix it).
	Now func() time.Time
	// Banner is shown in the status line at start, e.g. about a demo file.
	Banner string
	// Location is the time zone for times on screen (default: local).
	Location *time.Location
	// NoTicks stops the timers (the file watch, the meeting clock), for
	// tests that drive the app message by message.
	NoTicks bool
}

// App is the root model: it owns the screens, the dialogs on top of them,
// the status line and the undo stack, and routes messages — dialogs get
// keys first, then the current screen; loaded data goes to its owner
// whatever has focus; the window size goes to all.
type App struct {
	sh       *shared
	screen   screenID
	deals    dealsScreen
	deal     dealScreen
	glossary glossaryScreen
	history  historyScreen
	meeting  meetingScreen
	report   reportScreen
	people   peopleScreen
	// decisions is the deal's minutes.
	decisions decisionsScreen
	// reportFrom and peopleFrom are the screens those views return to.
	reportFrom, peopleFrom screenID
	modals                 []modal
	status                 statusMsg
	undo                   []change
	redo                   []change
	width                  int
	height                 int
	isDark                 bool
	noColor                bool
	help                   help.Model
	// fileTrouble, once set, says why nothing more can be saved: the file
	// was moved or replaced, or found damaged. It stays on the status line.
	fileTrouble string
	// checkStarted is set once the integrity check is under way.
	checkStarted bool
}

// New makes the app over a store.
func New(ctx context.Context, store *db.Store, opts Options) *App {
	noColor := opts.NoColor || os.Getenv("NO_COLOR") != ""
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	loc := opts.Location
	if loc == nil {
		loc = time.Local
	}
	tick := tea.Tick
	if opts.NoTicks {
		tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	}
	sh := &shared{ctx: ctx, store: store, keys: DefaultKeyMap(), styles: NewStyles(true, noColor), now: now,
		loc: loc, tick: tick, paused: map[int64]meetingScreen{}, blockers: map[int64]int{}}
	a := &App{sh: sh, isDark: true, noColor: noColor, help: help.New()}
	a.deals = newDealsScreen(sh)
	a.deal = newDealScreen(sh)
	a.glossary = newGlossaryScreen(sh)
	a.history = newHistoryScreen(sh)
	a.meeting = newMeetingScreen(sh)
	a.report = newReportScreen(sh)
	a.people = newPeopleScreen(sh)
	a.decisions = newDecisionsScreen(sh)
	if opts.Banner != "" {
		a.status = statusMsg{text: opts.Banner}
	}
	a.restyle()
	return a
}

// Init loads the people and the deals, asks the terminal's background
// colour, and starts watching the file.
func (a *App) Init() tea.Cmd {
	return tea.Batch(loadPeopleCmd(a.sh), loadDealsCmd(a.sh), tea.RequestBackgroundColor, pollCmd(a.sh))
}

func (a *App) restyle() {
	a.sh.styles = NewStyles(a.isDark, a.noColor)
	sty := a.sh.styles
	a.help.Styles.ShortKey = sty.Accent
	a.help.Styles.ShortDesc = sty.Muted
	a.help.Styles.ShortSeparator = sty.Muted
	a.help.Styles.Ellipsis = sty.Muted
}

// Update routes one message, then puts any dialog opened meanwhile on top.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := a.route(msg)
	a.modals = append(a.modals, a.sh.opened...)
	a.sh.opened = a.sh.opened[:0]
	return a, cmd
}

// route gives a message to whoever owns it.
func (a *App) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
		return nil
	case tea.BackgroundColorMsg:
		a.isDark = msg.IsDark()
		a.restyle()
		return nil
	case statusMsg:
		a.status = msg
		return nil
	case replaceFormMsg:
		a.popForm()
		a.modals = append(a.modals, msg.build())
		return nil
	case conflictMsg:
		a.modals = append(a.modals, msg.dialog)
		return nil
	case discardFormMsg:
		a.closeForm(msg.form)
		a.status = statusMsg{text: "Discarded; nothing was saved."}
		return nil
	case savedMsg:
		return a.saved(msg)
	case personAddedMsg:
		if msg.err != nil {
			a.status = statusMsg{text: sentence(msg.err), err: true}
			if msg.field == pickAction {
				return nil // the action waits for a person it did not get
			}
			// The form that waits for the new person hears it failed.
			return a.route(pickedMsg{field: msg.field, failed: true})
		}
		a.pushChange(msg.change)
		a.sh.people = append(a.sh.people, msg.person)
		a.status = statusMsg{text: "Added " + line(msg.person.Name) + " (" + string(msg.person.Role) + ")."}
		return a.route(pickedMsg{field: msg.field, id: msg.person.ID})
	case undoneMsg:
		return a.undone(msg)
	case pollMsg:
		return tea.Batch(checkChangedCmd(a.sh), pollCmd(a.sh))
	case changedMsg:
		if errors.Is(msg.err, db.ErrFileGone) && a.fileTrouble == "" {
			a.fileTrouble = sentence(msg.err)
		}
		if msg.changed {
			return a.reload()
		}
		return nil
	case quickCheckedMsg:
		if msg.err != nil && a.fileTrouble == "" {
			a.fileTrouble = sentence(msg.err)
		}
		return nil
	case samplesLoadedMsg:
		if msg.dup != nil {
			return askConfirm(a.sh, "Add the sample deals again?",
				capitalFirst(msg.dup.Error())+". Adding them again makes a second copy of each.", loadSamplesCmd(a.sh, true))
		}
		if msg.err != nil {
			a.status = statusMsg{text: sentence(msg.err), err: true}
			return nil
		}
		a.status = statusMsg{text: msg.text}
		return a.reload()
	case dealsLoadedMsg:
		if msg.err != nil {
			a.deals.err = msg.err
		} else {
			a.deals.setData(msg.list)
			for _, d := range msg.list {
				a.sh.blockers[d.Deal.ID] = d.Blockers
			}
		}
		if !a.checkStarted {
			// The check reads the whole file: it runs once the first list
			// is on screen, not before.
			a.checkStarted = true
			return quickCheckCmd(a.sh)
		}
		return nil
	case peopleLoadedMsg:
		if msg.err == nil {
			a.sh.people = msg.people
			a.people.setData(livePeople(msg.people))
		}
		return nil
	case dossierLoadedMsg:
		a.dossierLoaded(msg)
		return nil
	case historyLoadedMsg:
		if msg.dealID == a.history.dealID {
			a.history.setData(msg.events, msg.err)
		}
		if a.screen == screenMeeting && msg.err == nil {
			a.meeting.events = msg.events
		}
		return nil
	case meetingEndedMsg:
		delete(a.sh.paused, msg.dealID)
		if a.screen == screenMeeting {
			a.screen = screenDeal
			a.status = statusMsg{text: "Meeting ended after " + msg.took + "."}
			return loadDossierCmd(a.sh, a.deal.id)
		}
		return nil
	case meetingTickMsg:
		if a.screen == screenMeeting {
			return meetingTick(a.sh)
		}
		return nil
	case teamWordsLoadedMsg:
		if a.screen == screenGlossary {
			return chooseTeamWord(a.sh, msg)
		}
		return nil
	case libraryLoadedMsg:
		if a.screen == screenGlossary && a.glossary.d != nil && a.glossary.d.Deal.ID == msg.dealID {
			return a.glossary.chooseFromLibrary(msg)
		}
		return nil
	case reportRenderedMsg:
		a.report.setRendered(msg)
		return nil
	case reportWrittenMsg:
		return a.reportWritten(msg)
	case reportExistsMsg:
		return a.reportExists(msg)
	}

	if len(a.modals) > 0 {
		return a.updateModal(msg)
	}
	if press, ok := msg.(tea.KeyPressMsg); ok {
		if cmd, handled := a.globalKey(press); handled {
			return cmd
		}
	}
	return a.updateScreen(msg)
}

// updateModal gives a message to the dialog on top.
func (a *App) updateModal(msg tea.Msg) tea.Cmd {
	top := len(a.modals) - 1
	next, cmd := a.modals[top].Update(msg)
	if next == nil {
		a.modals = a.modals[:top]
	} else {
		a.modals[top] = next
	}
	return cmd
}

// globalKey handles the keys that mean the same on every screen.
func (a *App) globalKey(press tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.sh.keys
	if a.typing() {
		if press.String() == "ctrl+c" {
			return tea.Quit, true
		}
		return nil, false
	}
	switch {
	case key.Matches(press, k.Quit):
		return tea.Quit, true
	case key.Matches(press, k.Help):
		title, sc := a.current()
		a.modals = append(a.modals, &helpView{sh: a.sh, title: title, sections: sc.HelpSections()})
		return nil, true
	case key.Matches(press, k.Presenting):
		a.sh.presenting = !a.sh.presenting
		a.deal.deal.refresh()
		if a.sh.presenting {
			if a.deals.presentingOn() {
				return status("Presenting: money, effort sold and internal notes are hidden, and the deals are sorted by name. p turns it off."), true
			}
			return status("Presenting: money, effort sold and internal notes are hidden. p turns it off."), true
		}
		return status("Presenting is off: money, effort sold and internal notes show again."), true
	case key.Matches(press, k.Undo):
		return a.runUndo(), true
	case key.Matches(press, k.Redo):
		return a.runRedo(), true
	case key.Matches(press, k.Back) && a.screen != screenDeals && !(a.screen == screenMeeting && a.meeting.showAgenda):
		return a.back(), true
	}
	if (a.screen == screenDeals || a.screen == screenDeal) && key.Matches(press, k.People) {
		a.peopleFrom, a.screen = a.screen, screenPeople
		return nil, true
	}
	if a.screen == screenDeals && key.Matches(press, k.Open) {
		if sel, ok := a.deals.selected(); ok {
			return a.openDeal(sel.Deal.ID), true
		}
	}
	if (a.screen == screenDeal || a.screen == screenMeeting) && a.deal.d != nil && key.Matches(press, k.Export) {
		a.reportFrom = a.screen
		a.screen = screenReport
		a.report.SetSize(a.width, a.height-3)
		a.report.sameName = sameSlug(a.deals.all, a.deal.d.Deal)
		return a.report.open(a.deal.d, a.sh.now().In(a.sh.loc)), true
	}
	if a.screen == screenDeal && a.deal.d != nil {
		switch {
		case key.Matches(press, k.Meeting):
			if m, ok := a.sh.paused[a.deal.id]; ok {
				delete(a.sh.paused, a.deal.id)
				a.meeting = m
				a.meeting.SetSize(a.width, a.height-3)
				a.meeting.resume(a.deal.d)
				a.screen = screenMeeting
				a.status = statusMsg{text: "The meeting continues."}
				return tea.Batch(meetingTick(a.sh), a.reload()), true
			}
			a.meeting.start(a.deal.d, a.sh.now())
			a.screen = screenMeeting
			if len(a.meeting.agenda) == 0 {
				a.status = statusMsg{text: "No open gaps: there is nothing to walk through. Here is the summary."}
				return loadHistoryCmd(a.sh, a.deal.id), true
			}
			return meetingTick(a.sh), true
		case key.Matches(press, k.Decisions):
			a.decisions.open(a.deal.d)
			a.screen = screenDecisions
			return nil, true
		case key.Matches(press, k.SignOff):
			return a.sh.open(signOffForm(a.sh, a.deal.d)), true
		case key.Matches(press, k.Glossary):
			a.glossary.open(a.deal.d)
			a.screen = screenGlossary
			return nil, true
		case key.Matches(press, k.History):
			a.history.open(a.deal.d.Deal)
			a.screen = screenHistory
			return loadHistoryCmd(a.sh, a.deal.id), true
		}
	}
	return nil, false
}

// openDeal shows a deal's screen at once; its data follows.
func (a *App) openDeal(id int64) tea.Cmd {
	a.deal.open(id)
	a.screen = screenDeal
	return loadDossierCmd(a.sh, id)
}

// typing reports whether a filter line has the keyboard, so letters are
// text, not commands.
func (a *App) typing() bool {
	switch a.screen {
	case screenDeals:
		return a.deals.filter.active
	case screenDeal:
		return a.deal.filtering()
	case screenHistory:
		return a.history.filter.active
	}
	return false
}

// back leaves the current screen for the one under it.
func (a *App) back() tea.Cmd {
	switch a.screen {
	case screenReport:
		a.screen = a.reportFrom
		return nil
	case screenPeople:
		a.screen = a.peopleFrom
		return a.reload()
	case screenMeeting:
		// Stepping out pauses the meeting; only E ends it.
		a.sh.paused[a.meeting.d.Deal.ID] = a.meeting
		a.screen = screenDeal
		a.status = statusMsg{text: "Meeting paused: m continues it, E in the meeting ends it."}
		return loadDossierCmd(a.sh, a.deal.id)
	case screenGlossary, screenHistory, screenDecisions:
		a.screen = screenDeal
		return loadDossierCmd(a.sh, a.deal.id)
	case screenDeal:
		a.screen = screenDeals
		a.deals.selectDeal(a.deal.id)
		return loadDealsCmd(a.sh)
	}
	return nil
}

func (a *App) updateScreen(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch a.screen {
	case screenDeals:
		a.deals, cmd = a.deals.Update(msg)
	case screenDeal:
		a.deal, cmd = a.deal.Update(msg)
	case screenGlossary:
		a.glossary, cmd = a.glossary.Update(msg)
	case screenHistory:
		a.history, cmd = a.history.Update(msg)
	case screenMeeting:
		a.meeting, cmd = a.meeting.Update(msg)
	case screenReport:
		a.report, cmd = a.report.Update(msg)
	case screenPeople:
		a.people, cmd = a.people.Update(msg)
	case screenDecisions:
		a.decisions, cmd = a.decisions.Update(msg)
	}
	return cmd
}

func (a *App) dossierLoaded(msg dossierLoadedMsg) {
	if msg.dealID != a.deal.id {
		return
	}
	if msg.err != nil {
		if errors.Is(msg.err, model.ErrNotFound) && a.screen != screenDeals {
			a.screen = screenDeals
			a.status = statusMsg{text: "That deal was deleted.", err: true}
			return
		}
		a.deal.err = msg.err
		return
	}
	a.deal.setData(msg.d)
	a.sh.blockers[msg.d.Deal.ID] = len(a.deal.ready.Blockers)
	switch a.screen {
	case screenGlossary:
		a.glossary.open(msg.d)
	case screenMeeting:
		a.meeting.setData(msg.d)
	case screenDecisions:
		a.decisions.open(msg.d)
	}
}

// reload reads again everything the current screen shows, keeping
// cursors and open forms as they are.
func (a *App) reload() tea.Cmd {
	cmds := []tea.Cmd{loadPeopleCmd(a.sh), loadDealsCmd(a.sh)}
	if a.screen != screenDeals && a.deal.id != 0 {
		cmds = append(cmds, loadDossierCmd(a.sh, a.deal.id))
	}
	if a.screen == screenHistory || (a.screen == screenMeeting && a.meeting.inSummary()) {
		cmds = append(cmds, loadHistoryCmd(a.sh, a.deal.id))
	}
	return tea.Batch(cmds...)
}

// resize lays everything out for a new window size.
func (a *App) resize(w, h int) {
	a.width, a.height = w, h
	bodyH := h - 3 // title, status, help lines
	a.deals.SetSize(w, bodyH)
	a.deal.SetSize(w, bodyH)
	a.glossary.SetSize(w, bodyH)
	a.history.SetSize(w, bodyH)
	a.meeting.SetSize(w, bodyH)
	a.people.SetSize(w, bodyH)
	a.decisions.SetSize(w, bodyH)
	a.report.SetSize(w, bodyH)
	a.help.SetWidth(w)
}

// screenView is what the root needs of a screen to draw it and its help.
// (Updates go through the switch in updateScreen, so each screen's Update
// keeps returning its own type.)
type screenView interface {
	View() string
	ShortHelp() []key.Binding
	HelpSections() []helpSection
}

// current is the screen on show, and its name for the help's title.
func (a *App) current() (string, screenView) {
	switch a.screen {
	case screenDeal:
		return "deal", a.deal
	case screenGlossary:
		return "glossary", a.glossary
	case screenHistory:
		return "history", a.history
	case screenMeeting:
		return "meeting", a.meeting
	case screenReport:
		return "report", a.report
	case screenPeople:
		return "people", a.people
	case screenDecisions:
		return "decisions", a.decisions
	}
	return "deals", a.deals
}
