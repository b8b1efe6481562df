// Package ui is handoff's terminal interface: the deal list, the deal
// screen with its four panes, the glossary, the history, meeting mode and
// the report preview, over a db.Store that it calls only inside commands.
package ui

import (
	"context"
	"errors"
	"handoff/internal/i18n"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/prose"
)

// Options tune the app.
type Options struct {
	// NoColor turns colours off: the command that starts the app sets it
	// from NO_COLOR in its reader's environment (a server, from the
	// session's).
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
	// Lang is the language the app speaks (English when zero).
	Lang i18n.Lang
	// Keys rebinds bindings of the key map by name (KeyMap.Rebind), as
	// the config file says; the help shows the keys given.
	Keys map[string][]string
	// Theme is "dark" or "light" to choose the colours for that
	// background; "" or "auto" asks the terminal. Colors replace the
	// semantic colours by name (theme.go).
	Theme  string
	Colors map[string]string
	// NoFiles keeps the app from writing files where it runs: a server's
	// sessions get the report through the command line instead.
	NoFiles bool
	// NoMouse leaves the mouse to the terminal (the config's "mouse:
	// false", --no-mouse): its own selection and scrolling then work as
	// everywhere else, and the app sees no wheel or click.
	NoMouse bool
}

// App is the root model: it owns the stack of screens, the dialogs on top
// of them, the status line and the undo stack, and routes messages —
// dialogs get keys first, then the screen on top; loaded data goes to
// every screen on the stack, results to whoever asked for them; the window
// size goes to all.
type App struct {
	sh *shared
	// stack is the screens, the deal list at the bottom and the one shown
	// on top.
	stack   []screen
	modals  []modal
	status  statusMsg
	undo    []change
	redo    []change
	width   int
	height  int
	isDark  bool
	noColor bool
	// theme and colors are the config file's (Options.Theme, Colors).
	theme  string
	colors map[string]string
	help   help.Model
	// fileTrouble, once set, says why nothing more can be saved: the file
	// was moved or replaced, or found damaged. It stays on the status line.
	fileTrouble string
	// checkStarted is set once the integrity check is under way.
	checkStarted bool
}

// New makes the app over a store.
func New(ctx context.Context, store *db.Store, opts Options) *App {
	noColor := opts.NoColor
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
	sh := &shared{ctx: ctx, store: store, keys: DefaultKeyMap(opts.Lang), styles: NewStyles(true, noColor), now: now,
		loc: loc, lang: opts.Lang, tick: tick, paused: map[int64]*meetingScreen{}, blockers: map[int64]int{},
		notices: !opts.NoTicks, noFiles: opts.NoFiles, mouse: !opts.NoMouse}
	sh.keys.Rebind(opts.Keys) // checked by the caller; a bad map changes nothing
	a := &App{sh: sh, isDark: opts.Theme != "light", noColor: noColor, help: help.New(), theme: opts.Theme, colors: opts.Colors}
	a.stack = []screen{newDealsScreen(sh)}
	if opts.Banner != "" {
		a.status = statusMsg{text: opts.Banner}
	}
	a.restyle()
	return a
}

// Init loads the people and the deal list's first screen (the rest of
// the list follows it), asks the terminal's background colour, and starts
// watching the file.
func (a *App) Init() tea.Cmd {
	return tea.Batch(loadPeopleCmd(a.sh), loadFirstDealsCmd(a.sh), tea.RequestBackgroundColor, pollCmd(a.sh), noticeCmd(a.sh))
}

func (a *App) restyle() {
	a.sh.styles = NewStyles(a.isDark, a.noColor)
	if !a.noColor {
		a.sh.styles.recolor(a.colors)
	}
	sty := a.sh.styles
	a.help.Styles.ShortKey = sty.Accent
	a.help.Styles.ShortDesc = sty.Muted
	a.help.Styles.ShortSeparator = sty.Muted
	a.help.Styles.Ellipsis = sty.Muted
}

// Update routes one message, then puts any dialog opened meanwhile on top
// and moves the screen stack as the screens asked.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := a.route(msg)
	a.modals = append(a.modals, a.sh.opened...)
	a.sh.opened = truncate(a.sh.opened, 0)
	a.navigate()
	return a, cmd
}

// top is the screen on show.
func (a *App) top() screen { return a.stack[len(a.stack)-1] }

// route gives a message to whoever owns it.
func (a *App) route(msg tea.Msg) tea.Cmd {
	if cmd, handled := a.routeRoot(msg); handled {
		return cmd
	}
	if cmd, handled := a.routeData(msg); handled {
		return cmd
	}
	if m, ok := msg.(tea.MouseMsg); ok {
		return a.mouse(m)
	}
	if len(a.modals) > 0 {
		return a.updateModal(msg)
	}
	if press, ok := msg.(tea.KeyPressMsg); ok {
		if cmd, handled := a.globalKey(press); handled {
			return cmd
		}
	}
	var cmd tea.Cmd
	a.stack[len(a.stack)-1], cmd = a.top().Update(msg)
	return cmd
}

// routeRoot takes the messages that are the root's own: the window, the
// status line, the dialogs, writes, undo and the file watch.
func (a *App) routeRoot(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if a.theme == "" || a.theme == "auto" {
			a.isDark = msg.IsDark()
			a.restyle()
		}
	case statusMsg:
		a.status = msg
	case ownedMsg:
		return a.deliver(msg), true
	case replaceFormMsg:
		a.popForm()
		a.modals = append(a.modals, msg.build())
	case conflictMsg:
		a.modals = append(a.modals, msg.dialog)
	case discardFormMsg:
		a.closeForm(msg.form)
		a.status = statusMsg{text: a.sh.lang.T("Discarded; nothing was saved.")}
	case savedMsg:
		return a.saved(msg, nil), true
	case personAddedMsg:
		return a.personAdded(msg), true
	case undoneMsg:
		return a.undone(msg), true
	case reloadMsg:
		return a.reload(), true
	case refreshDealMsg:
		return a.refreshDeal(msg.dealID), true
	case pollMsg:
		return tea.Batch(checkChangedCmd(a.sh), pollCmd(a.sh)), true
	case noticeMsg:
		return tea.Batch(checkChangedCmd(a.sh), noticeCmd(a.sh)), true
	case changedMsg:
		if errors.Is(msg.err, db.ErrFileGone) && a.fileTrouble == "" {
			a.fileTrouble = a.sh.sentence(msg.err)
		}
		if msg.changed {
			return a.reload(), true
		}
	case quickCheckedMsg:
		if msg.err != nil && a.fileTrouble == "" {
			a.fileTrouble = a.sh.sentence(msg.err)
		}
	case samplesLoadedMsg:
		return a.samplesLoaded(msg), true
	case reportWrittenMsg:
		return a.reportWritten(msg, nil), true
	case reportExistsMsg:
		return a.reportExists(msg, nil), true
	default:
		return nil, false
	}
	return nil, true
}

// routeData gives loaded data to every screen on the stack: each takes
// what it shows.
func (a *App) routeData(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case dealsLoadedMsg:
		for _, d := range msg.list {
			a.sh.blockers[d.Deal.ID] = d.Blockers
		}
		cmd := a.broadcast(msg)
		if msg.start != nil {
			// The first screen is drawn from this; the rest of the deals
			// are read after it.
			return tea.Batch(cmd, loadDealsCmd(a.sh)), true
		}
		if msg.err == nil {
			a.sh.deals, a.sh.dealsSeen = msg.list, msg.seen
		}
		if !a.checkStarted {
			// The check reads the whole file: it runs once the first list
			// is on screen, not before.
			a.checkStarted = true
			return tea.Batch(cmd, quickCheckCmd(a.sh)), true
		}
		return cmd, true
	case peopleLoadedMsg:
		if msg.err == nil {
			a.sh.people = msg.people
			if msg.keys != nil {
				a.sh.personKeys = msg.keys
			}
		}
		return a.broadcast(msg), true
	case dossierLoadedMsg:
		if msg.err == nil {
			a.sh.blockers[msg.dealID] = len(msg.d.Readiness().Blockers)
			// The dossier brings the directory with it: the people are
			// not read a second time.
			a.sh.people = msg.d.People
			a.broadcast(peopleLoadedMsg{people: msg.d.People})
		}
		return a.broadcast(msg), true
	case dossierSeenMsg:
		return a.broadcast(msg), true
	}
	return nil, false
}

// broadcast gives a message to every screen on the stack, bottom first.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for i := range a.stack {
		var cmd tea.Cmd
		a.stack[i], cmd = a.stack[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// deliver hands a result to the form or screen that asked for it. A
// form's saves and writes are answered by the root on the form's behalf,
// a person picked goes to the form, anything else a form's command says
// is routed as usual; a result whose owner has gone is taken as nobody's.
func (a *App) deliver(msg ownedMsg) tea.Cmd {
	f := a.formOwning(msg.to)
	switch inner := msg.msg.(type) {
	case savedMsg:
		return a.saved(inner, f)
	case reportWrittenMsg:
		return a.reportWritten(inner, f)
	case reportExistsMsg:
		return a.reportExists(inner, f)
	case pickedMsg:
		if f != nil {
			return f.picked(inner)
		}
	}
	for i, s := range a.stack {
		if s.owner() == msg.to {
			var cmd tea.Cmd
			a.stack[i], cmd = s.Update(msg.msg)
			return cmd
		}
	}
	switch msg.msg.(type) {
	case pickedMsg, meetingTickMsg:
		return nil // whoever asked has gone
	}
	return a.route(msg.msg)
}

// formOwning is the open form with that owner id, or nil.
func (a *App) formOwning(id ownerID) *form {
	for _, m := range a.modals {
		if f, ok := m.(*form); ok && f.id == id {
			return f
		}
	}
	return nil
}

// updateModal gives a message to the dialog on top.
func (a *App) updateModal(msg tea.Msg) tea.Cmd {
	top := len(a.modals) - 1
	next, cmd := a.modals[top].Update(msg)
	if next == nil {
		a.modals = truncate(a.modals, top)
	} else {
		a.modals[top] = next
	}
	return cmd
}

// globalKey handles the keys that mean the same on every screen.
func (a *App) globalKey(press tea.KeyPressMsg) (tea.Cmd, bool) {
	k := a.sh.keys
	if a.top().Typing() {
		if key.Matches(press, k.Typing.ForceQuit) {
			return tea.Quit, true
		}
		return nil, false
	}
	switch {
	case key.Matches(press, k.Global.Quit):
		return tea.Quit, true
	case key.Matches(press, k.Global.Help):
		sc := a.top()
		a.modals = append(a.modals, &helpView{sh: a.sh, title: sc.Name(), sections: sc.HelpSections()})
		return nil, true
	case key.Matches(press, k.Global.Presenting):
		a.sh.presenting = !a.sh.presenting
		if cmd := a.broadcast(presentingMsg{on: a.sh.presenting}); cmd != nil {
			return cmd, true // a screen said it in its own words
		}
		if a.sh.presenting {
			return status(a.sh.lang.T("Presenting: money, effort sold and internal notes are hidden. p turns it off.")), true
		}
		return status(a.sh.lang.T("Presenting is off: money, effort sold and internal notes show again.")), true
	case key.Matches(press, k.Global.Undo):
		return a.runUndo(), true
	case key.Matches(press, k.Global.Redo):
		return a.runRedo(), true
	}
	return nil, false
}

// navigate moves the stack as the screens asked during this Update: the
// deal list always stays at the bottom.
func (a *App) navigate() {
	nav := a.sh.nav
	a.sh.nav = navigation{}
	if nav.toRoot {
		a.stack = truncate(a.stack, 1)
	}
	for ; nav.pops > 0 && len(a.stack) > 1; nav.pops-- {
		a.stack = truncate(a.stack, len(a.stack)-1)
	}
	if nav.selectID != 0 {
		a.top().SelectAfterReload(nav.selectNoun, nav.selectID)
	}
	for _, s := range nav.pushes {
		s.SetSize(a.width, a.height-3)
		a.stack = append(a.stack, s)
	}
}

// truncate shortens s to its first n elements and forgets the others: a
// screen or dialog left stays in the slice's array past its length
// otherwise, and with it everything it shows (the report preview of a big
// deal holds megabytes) until another takes its place.
func truncate[T any](s []T, n int) []T {
	clear(s[n:])
	return s[:n]
}

// reload reads again everything the stack shows, keeping cursors and open
// forms as they are: the deal list, the open deal (which brings the people
// with it) or else the people, and what each screen reads of its own.
func (a *App) reload() tea.Cmd {
	cmds := []tea.Cmd{reloadDealsCmd(a.sh)}
	var shown showsDeal
	for _, s := range a.stack {
		if d, ok := s.(showsDeal); ok && d.shownDeal() != 0 {
			shown = d
		}
		cmds = append(cmds, s.Reload())
	}
	if shown != nil {
		cmds = append(cmds, a.refreshDeal(shown.shownDeal()))
	} else {
		cmds = append(cmds, loadPeopleCmd(a.sh))
	}
	return tea.Batch(cmds...)
}

// refreshDeal reads again what changed in the deal shown since its screen
// read it, or the whole deal when the screen holds only a part of it.
func (a *App) refreshDeal(dealID int64) tea.Cmd {
	for i := len(a.stack) - 1; i >= 0; i-- {
		if d, ok := a.stack[i].(showsDeal); ok && d.shownDeal() == dealID {
			if held, seen := d.heldDeal(); held != nil {
				return reloadDossierCmd(a.sh, held, seen)
			}
			break
		}
	}
	return loadDossierCmd(a.sh, dealID)
}

// resize lays everything out for a new window size.
func (a *App) resize(w, h int) {
	a.width, a.height = w, h
	a.sh.bodyW, a.sh.bodyH = w, h-3
	for _, s := range a.stack {
		s.SetSize(w, h-3) // title, status, help lines
	}
	a.help.SetWidth(w)
}

// samplesLoaded takes the end of adding the sample deals.
func (a *App) samplesLoaded(msg samplesLoadedMsg) tea.Cmd {
	if msg.dup != nil {
		return askConfirm(a.sh, a.sh.lang.T("Add the sample deals again?"),
			prose.Capitalise(a.sh.lang.Error(msg.dup))+". "+a.sh.lang.T("Adding them again makes a second copy of each."), loadSamplesCmd(a.sh, true))
	}
	if msg.err != nil {
		a.status = statusMsg{text: a.sh.sentence(msg.err), err: true}
		return nil
	}
	a.status = statusMsg{text: msg.text}
	return a.reloadAfterWrite()
}

// personAdded takes a person added from a picker or a person field, and
// tells whoever waits for them.
func (a *App) personAdded(msg personAddedMsg) tea.Cmd {
	if msg.err != nil {
		a.status = statusMsg{text: a.sh.sentence(msg.err), err: true}
		// The one that waits for the new person hears it failed.
		return a.route(ownedMsg{to: msg.owner, msg: pickedMsg{field: msg.field, failed: true}})
	}
	a.pushChange(msg.change)
	a.sh.people = append(a.sh.people, msg.person)
	a.status = statusMsg{text: a.sh.lang.T("Added %s (%s).", line(msg.person.Name), msg.person.Role.In(a.sh.lang))}
	return a.route(ownedMsg{to: msg.owner, msg: pickedMsg{field: msg.field, id: msg.person.ID}})
}
