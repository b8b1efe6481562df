package ui

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// paneID names the four panes of the deal screen, in their number order.
type paneID int

const (
	paneDeal paneID = iota
	panePromises
	paneReality
	paneGaps
	paneCount
)

func (p paneID) title(l i18n.Lang) string {
	return [...]string{l.T("1 Deal"), l.T("2 Promises"), l.T("3 Delivery reality"), l.T("4 Gaps")}[p]
}

// Layout thresholds: all four panes at once from 100×30; one pane at a
// time with tabs from 80×24; below that, a "too small" message.
const (
	gridWidth, gridHeight = 100, 30
	minWidth, minHeight   = 80, 24
)

// dealScreen shows one deal in four panes and runs the workflows on it.
type dealScreen struct {
	screenBase
	id       int64
	d        *model.Dossier
	ready    model.Readiness
	changed  []string // what changed since the last sign-off, if any
	terms    []glossaryRow
	focus    paneID
	deal     dealPane
	promises promisesPane
	reality  realityPane
	gaps     gapsPane
	width    int
	height   int
	// rects is where the panes are drawn (layout), set with the size.
	rects [paneCount]rect
	// part is set while d holds the first screen of a big deal only: the
	// panes move, the rest of the keys wait for the whole deal.
	part *db.DossierPart
	// seen is the history event the whole dossier shown was read at.
	seen     int64
	err      error
	pending  int64 // select this row of the focused list when data arrives
	openGaps int   // counted once per load, not per frame
	// onPick is what a person picker opened from this screen does with
	// the person chosen.
	onPick func(id int64) tea.Cmd
	// The views last opened over this deal: opened again, they keep their
	// cursor and filter.
	glossary  *glossaryScreen
	history   *historyScreen
	decisions *decisionsScreen
}

// newDealScreen shows deal id; its data arrives later.
func newDealScreen(sh *shared, id int64) *dealScreen {
	s := &dealScreen{screenBase: newScreenBase(sh), id: id, deal: newDealPane(sh), promises: newPromisesPane(sh),
		reality: newRealityPane(sh), gaps: newGapsPane(sh), focus: panePromises}
	s.SetSize(sh.bodyW, sh.bodyH)
	return s
}

// loaded takes a freshly read dossier of this deal, keeping selections. A
// deal deleted meanwhile sends the user back to the deal list.
func (s *dealScreen) loaded(msg dossierLoadedMsg) tea.Cmd {
	if msg.dealID != s.id {
		return nil
	}
	if msg.err != nil {
		if errors.Is(msg.err, model.ErrNotFound) {
			s.sh.popToRoot()
			return func() tea.Msg { return statusMsg{text: s.sh.lang.T("That deal was deleted."), err: true} }
		}
		s.err = msg.err
		return nil
	}
	if msg.part != nil && s.d != nil && s.part == nil {
		return nil // the whole deal is here already
	}
	if msg.part == nil && msg.seen != 0 && msg.seen < s.seen {
		return nil // read before the deal shown: a slower read of an older moment
	}
	d := msg.d
	s.d, s.err, s.terms, s.part, s.seen = d, nil, msg.terms, msg.part, msg.seen
	s.ready = d.Readiness()
	s.openGaps = 0
	for _, g := range d.Gaps {
		if g.Open() {
			s.openGaps++
		}
	}
	if s.part != nil {
		s.openGaps = s.part.OpenGaps
	}
	s.changed = nil
	if latest, ok := model.LatestSignOff(d); ok {
		s.changed = msg.signed[latest.ID]
	}
	s.deal.setData(d, s.ready, msg.signed, msg.since)
	s.promises.setData(d, d.Glossary())
	s.reality.setData(d)
	s.gaps.setData(d)
	if s.part != nil {
		// Of every row, not of those read so far: the columns stay put
		// when the rest arrives.
		today := s.sh.today()
		s.gaps.refs = refsOf(s.part.Refs)
		s.gaps.late = &lateMemo{day: today, any: s.part.LateGap, known: true}
		s.promises.late = &lateMemo{day: today, any: s.part.LatePromise, known: true}
	}
	if s.pending != 0 {
		switch s.focus {
		case panePromises:
			s.promises.selectID(s.pending)
		case paneGaps:
			s.gaps.refilter(s.pending)
		}
		s.pending = 0
	}
	s.syncReality()
	if s.part != nil {
		return loadDossierCmd(s.sh, s.id)
	}
	return nil
}

// promiseCount and gapCount are how many promises and gaps the deal has.
func (s dealScreen) promiseCount() int {
	if s.part != nil {
		return s.part.Promises
	}
	return len(s.d.Promises)
}

func (s dealScreen) gapCount() int {
	if s.part != nil {
		return s.part.Gaps
	}
	return len(s.d.Gaps)
}

// Crumb is the deal's name after the deal list's.
func (s *dealScreen) Crumb(below string) string { return below + " › " + s.crumb() }

// Name is "deal", in the app's language.
func (s *dealScreen) Name() string { return s.sh.lang.T("deal") }

// Typing reports whether the focused pane's filter line takes the keys.
func (s *dealScreen) Typing() bool { return s.filtering() }

// SelectAfterReload selects a promise or gap saved in the focused pane.
func (s *dealScreen) SelectAfterReload(noun string, id int64) {
	if (noun == promiseEntity.noun && s.focus == panePromises) || (noun == gapEntity.noun && s.focus == paneGaps) {
		s.pending = id
	}
}

// shownDeal is the deal this screen shows: the root reads it again on
// every reload.
func (s *dealScreen) shownDeal() int64 { return s.id }

func (s *dealScreen) heldDeal() (*model.Dossier, int64) {
	if s.d == nil || s.part != nil || s.seen == 0 {
		return nil, 0
	}
	return s.d, s.seen
}

// crumb is the deal's name for the title line.
func (s dealScreen) crumb() string {
	if s.d == nil {
		return "…"
	}
	return model.Shorten(line(s.d.Deal.Name), 40)
}

// syncReality shows the selected promise's answer in pane 3.
func (s *dealScreen) syncReality() {
	p, ok := s.promises.selected()
	a, answered := s.promises.answer(p.ID)
	s.reality.show(p, ok, a, answered)
}

// grid reports whether all four panes fit at once: on a terminal of at
// least gridWidth×gridHeight (the screen's body is 3 lines shorter).
func (s *dealScreen) grid() bool { return s.width >= gridWidth && s.height+3 >= gridHeight }

// SetSize lays the panes out for the body size w×h.
func (s *dealScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.rects = s.layout()
	// In tabs every pane takes the one place shown.
	shown := s.rects[paneDeal]
	for p := paneDeal; p < paneCount; p++ {
		r := s.rects[p]
		if !s.grid() {
			r = shown
		}
		inner, innerH := r.w-4, r.h-2 // border and margin
		switch p {
		case paneDeal:
			s.deal.SetSize(inner, innerH)
		case panePromises:
			s.promises.SetSize(inner, innerH)
		case paneReality:
			s.reality.SetSize(inner, innerH)
		case paneGaps:
			s.gaps.SetSize(inner, innerH)
		}
	}
}

// layout is where each pane's frame is in the body, under the header
// line: the four panes of the grid, or in tabs the place of the one shown
// (the same for each) under the tab line. View draws there and a click
// is found there.
func (s dealScreen) layout() [paneCount]rect {
	w, h := s.width, s.height
	var out [paneCount]rect
	if s.grid() {
		lw := w / 3
		rw := w - lw
		bodyH := h - 1 // header line
		top := bodyH * 11 / 20
		bottom := bodyH - top
		out[paneDeal] = rect{0, 1, lw, top}
		out[paneReality] = rect{0, 1 + top, lw, bottom}
		out[panePromises] = rect{lw, 1, rw, top}
		out[paneGaps] = rect{lw, 1 + top, rw, bottom}
		return out
	}
	for p := range out {
		out[p] = rect{0, 2, w, h - 2} // header and tab lines
	}
	return out
}

// filtering reports whether the focused pane's filter line takes the keys.
func (s dealScreen) filtering() bool {
	switch s.focus {
	case panePromises:
		return s.promises.filtering()
	case paneGaps:
		return s.gaps.filtering()
	}
	return false
}

// Update takes the deal's data, then routes keys: the views over the
// deal, pane switching, the workflows on the focused pane's selection,
// then the focused pane's own movement.
func (s *dealScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case dossierSeenMsg:
		if msg.held == s.d && msg.seen > s.seen {
			s.seen = msg.seen
		}
		return s, nil
	case dossierLoadedMsg:
		return s, s.loaded(msg)
	case presentingMsg:
		s.deal.refresh()
		return s, nil
	case pickedMsg:
		if !msg.failed && s.onPick != nil {
			return s, s.onPick(msg.id)
		}
		return s, nil
	case sortChosenMsg:
		s.sorted(msg)
		return s, nil
	}
	press, isKey := msg.(tea.KeyPressMsg)
	if !isKey || s.filtering() {
		return s.updatePane(msg)
	}
	if key.Matches(press, s.sh.keys.Global.Back) && s.clearFocusedMarks() {
		return s, nil
	}
	if cmd, handled := s.viewKey(press); handled {
		return s, cmd
	}
	if s.d == nil {
		return s.updatePane(msg)
	}
	k := s.sh.keys
	switch {
	case key.Matches(press, k.Deal.NextPane):
		s.focus = (s.focus + 1) % paneCount
		return s, nil
	case key.Matches(press, k.Deal.PrevPane):
		s.focus = (s.focus + paneCount - 1) % paneCount
		return s, nil
	case key.Matches(press, k.Deal.Pane1):
		s.focus = paneDeal
		return s, nil
	case key.Matches(press, k.Deal.Pane2):
		s.focus = panePromises
		return s, nil
	case key.Matches(press, k.Deal.Pane3):
		s.focus = paneReality
		return s, nil
	case key.Matches(press, k.Deal.Pane4):
		s.focus = paneGaps
		return s, nil
	}
	if s.part != nil {
		return s.updatePane(msg)
	}
	if cmd, handled := s.action(press); handled {
		return s, cmd
	}
	return s.updatePane(msg)
}

// viewKey leaves the deal, or opens a view over it: the people, the
// report, meeting mode, the decisions, sign-off, the glossary, the
// history.
func (s *dealScreen) viewKey(press tea.KeyPressMsg) (tea.Cmd, bool) {
	k, sh := s.sh.keys, s.sh
	switch {
	case key.Matches(press, k.Global.Back):
		sh.popSelecting(dealEntity.noun, s.id)
		return reloadDealsCmd(sh), true
	case key.Matches(press, k.Deal.People):
		sh.push(newPeopleScreen(sh))
		return nil, true
	case s.d == nil || s.part != nil:
		return nil, false
	case key.Matches(press, k.Deal.Export):
		return openReport(sh, s.d), true
	case key.Matches(press, k.Deal.Meeting):
		return openMeeting(sh, s.d), true
	case key.Matches(press, k.Deal.Baseline):
		sh.push(newBaselineScreen(sh, s.d))
		return nil, true
	case key.Matches(press, k.Deal.Decisions):
		if s.decisions == nil {
			s.decisions = newDecisionsScreen(sh, s.d)
		} else {
			s.decisions.open(s.d)
		}
		sh.push(s.decisions)
		return nil, true
	case key.Matches(press, k.Deal.SignOff):
		return sh.open(signOffForm(sh, s.d)), true
	case key.Matches(press, k.Deal.Glossary):
		if s.glossary == nil {
			s.glossary = newGlossaryScreen(sh, s.d, s.terms)
		} else {
			s.glossary.open(s.d, s.terms)
		}
		sh.push(s.glossary)
		return nil, true
	case key.Matches(press, k.Deal.History):
		if s.history == nil {
			s.history = newHistoryScreen(sh, s.d.Deal)
		}
		sh.push(s.history)
		if s.part != nil {
			return s.history.show(nil), true // the history reads the deal whole
		}
		return s.history.show(s.d), true
	}
	return nil, false
}

func (s *dealScreen) updatePane(msg tea.Msg) (screen, tea.Cmd) {
	var cmd tea.Cmd
	switch s.focus {
	case paneDeal:
		s.deal, cmd = s.deal.Update(msg)
	case panePromises:
		s.promises, cmd = s.promises.Update(msg)
		s.syncReality()
	case paneReality:
		s.reality, cmd = s.reality.Update(msg)
	case paneGaps:
		s.gaps, cmd = s.gaps.Update(msg)
	}
	return s, cmd
}

// View draws the header and the panes (all four, or one with tabs).
func (s dealScreen) View() string {
	sty := s.sh.styles
	if s.err != nil {
		return sty.StatusErr.Render(s.sh.sentence(s.err)) + "\n" + sty.Muted.Render(s.sh.lang.T("esc goes back to the deal list."))
	}
	if s.d == nil {
		return sty.Muted.Render(s.sh.lang.T("Loading the deal…"))
	}
	header := s.header()
	if s.grid() {
		r := s.rects
		return columns(header, []string{s.pane(paneDeal, r[paneDeal]), s.pane(paneReality, r[paneReality])},
			[]string{s.pane(panePromises, r[panePromises]), s.pane(paneGaps, r[paneGaps])})
	}
	tabLine, _ := s.tabs()
	return header + "\n" + tabLine + "\n" + s.pane(s.focus, s.rects[s.focus])
}

// tabs is the tab line of the narrow layout, and where each pane's tab is
// on it (line 1 of the body), for a click to find.
func (s dealScreen) tabs() (string, [paneCount]rect) {
	sty := s.sh.styles
	var tabs []string
	var at [paneCount]rect
	x := 0
	for p := paneDeal; p < paneCount; p++ {
		t := sty.tab(p.title(s.sh.lang), p == s.focus)
		w := textWidth(t)
		at[p] = rect{x, 1, w, 1}
		x += w + 1
		tabs = append(tabs, t)
	}
	return fit(strings.Join(tabs, " ")+sty.Muted.Render("  tab/1-4"), s.width), at
}

// header is the deal's name, customer, stage and readiness on one line.
func (s dealScreen) header() string {
	sty, l := s.sh.styles, s.sh.lang
	d := s.d.Deal
	var ready string
	if s.ready.Ready() {
		ready = sty.Ready.Render("✓ " + l.T("ready for handoff"))
	} else {
		ready = sty.NotReady.Render(fmt.Sprintf("✗ %d%% · %s", s.ready.Percent, l.N("%d blockers", len(s.ready.Blockers))))
	}
	// Readiness comes right after the name, then what asks for action:
	// on a narrow screen the end of the line is what gets cut.
	again := model.MustSignAgain(s.d)
	warn := s.headerWarnings(again, false)
	rest := sty.Muted.Render(" · ") + ready + warn
	// The stage follows: where it is cut, its "…" takes the last cell.
	room := s.width - 1
	if len(again) > 0 && minHeaderName+textWidth(rest) > room {
		// too narrow for the roles: B lists them
		warn = s.headerWarnings(again, true)
		rest = sty.Muted.Render(" · ") + ready + warn
	}
	// The name gives way to the warning (down to a few letters): the
	// crumb and the deal pane show it whole.
	name := line(d.Name)
	if warn != "" {
		name = shortenName(name, room-textWidth(rest))
	}
	parts := sty.Bold.Render(name) + rest + sty.Muted.Render(" · "+d.Stage.In(l))
	if d.Customer != "" {
		parts += sty.Muted.Render(" · " + line(d.Customer))
	}
	return fit(parts, s.width)
}

// headerWarnings is what the header asks action for: who must sign again
// (short: only that some role must, B saying who) or else what changed
// since the sign-off, and a meeting paused.
func (s dealScreen) headerWarnings(again []model.Role, short bool) string {
	sty, l := s.sh.styles, s.sh.lang
	var warn string
	// After every role signed, who must sign again says more than what
	// changed (the deal pane lists that).
	switch {
	case len(again) > 0 && short:
		warn = " " + sty.StatusErr.Render("⚠ "+l.T("must sign again (B: who)"))
	case len(again) > 0:
		warn = " " + sty.StatusErr.Render("⚠ "+l.T("must sign again: %s", model.RolesIn(again, l)))
	case len(s.changed) > 0:
		warn = " " + sty.StatusErr.Render("⚠ "+l.T("changed since sign-off: %s", strings.Join(s.changed, l.T(", "))))
	}
	if _, ok := s.sh.paused[s.d.Deal.ID]; ok {
		warn += " " + sty.Accent.Render("⏸ "+l.T("meeting paused · m continues it"))
	}
	return warn
}

// minHeaderName is the fewest letters of the deal's name the header keeps
// when a warning needs the room.
const minHeaderName = 12

// shortenName cuts name with "…" to fit width cells, keeping at least
// minHeaderName letters.
func shortenName(name string, width int) string {
	over := textWidth(name) - width
	if over <= 0 {
		return name
	}
	name = model.Shorten(name, max(minHeaderName, utf8.RuneCountInString(name)-over))
	for textWidth(name) > width && utf8.RuneCountInString(name) > minHeaderName {
		name = model.Shorten(name, utf8.RuneCountInString(name)-1) // wide letters take two cells
	}
	return name
}

// pane draws one pane in its frame.
func (s dealScreen) pane(p paneID, r rect) string {
	l := s.sh.lang
	title := p.title(l)
	var content []string
	switch p {
	case paneDeal:
		title += " · " + line(s.d.Deal.Name)
		content = s.deal.View()
	case panePromises:
		title += fmt.Sprintf(" (%d)", s.promiseCount())
		if s.sh.promiseSort.by != sortAdded {
			title += " · " + s.sh.promiseSort.label(l, panePromises)
		}
		title = markedTitle(l, title, s.promises.marked)
		content = s.promises.View()
	case paneReality:
		content = s.reality.View()
	case paneGaps:
		title = l.T("%s (%d open of %d)", title, s.openGaps, s.gapCount())
		if srt := s.gaps.sort(); srt != gapSorts[0] {
			title += " · " + srt.label(l, paneGaps)
		}
		title = markedTitle(l, title, s.gaps.marked)
		content = s.gaps.View()
	}
	return box(s.sh.styles, title, content, r.w, r.h, p == s.focus)
}

func (s dealScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	var b []key.Binding
	switch s.focus {
	case paneDeal:
		b = s.deal.ShortHelp()
	case panePromises:
		b = s.promises.ShortHelp()
	case paneReality:
		b = s.reality.ShortHelp()
	case paneGaps:
		b = s.gaps.ShortHelp()
	}
	return append(b, k.Deal.NextPane, k.Deal.Meeting, k.Global.Help, k.Global.Back)
}

func (s dealScreen) FullHelp() [][]key.Binding { return sectionsOf(s.HelpSections()) }

// HelpSections lists every key of the deal screen: moving, each pane's
// workflows, the views, and the keys that work everywhere.
func (s dealScreen) HelpSections() []helpSection {
	k, l := s.sh.keys, s.sh.lang
	return []helpSection{
		{l.T("Panes"), []key.Binding{k.Deal.NextPane, k.Deal.PrevPane, k.Deal.Pane1, k.Deal.Pane2, k.Deal.Pane3, k.Deal.Pane4, k.List.Open}},
		// Marking acts on the list in the pane, as moving does, and the
		// order is a way of viewing it: one key each for the promises and
		// the gaps.
		{l.T("Move"), append(moveKeys(k), k.Gaps.Mark)},
		{paneDeal.title(l), s.deal.FullHelp()[0]},
		{panePromises.title(l), s.promises.FullHelp()[0]},
		{paneReality.title(l), s.reality.FullHelp()[0]},
		{paneGaps.title(l), s.gaps.FullHelp()[0]},
		{l.T("Views"), []key.Binding{k.Deal.Glossary, k.Deal.History, k.Deal.Decisions, k.Deal.People, k.Deal.Meeting, k.Gaps.Sort}},
		{l.T("%s, after the sign-off", panePromises.title(l)), s.promises.afterHandoffHelp()},
		{l.T("Report"), []key.Binding{k.Deal.Export, k.Deal.SignOff, k.Deal.Baseline}},
		{l.T("Everywhere"), globalKeys(k)},
	}
}

// sorted puts a pane in the order chosen for it, keeping the row under
// the cursor selected.
func (s *dealScreen) sorted(msg sortChosenMsg) {
	switch msg.pane {
	case panePromises:
		s.sh.promiseSort = msg.sort
		if s.d != nil {
			s.promises.refilter(s.promises.selectedID())
		}
	case paneGaps:
		s.sh.gapSort = msg.sort
		if s.d != nil {
			s.gaps.refilter(s.gaps.selectedID())
		}
	}
	s.syncReality()
}

// clearFocusedMarks unmarks every row of the focused pane, and reports
// whether there were any: esc clears marks before it leaves the deal.
func (s *dealScreen) clearFocusedMarks() bool {
	switch {
	case s.focus == panePromises && len(s.promises.marked) > 0:
		clear(s.promises.marked)
	case s.focus == paneGaps && len(s.gaps.marked) > 0:
		clear(s.gaps.marked)
	default:
		return false
	}
	return true
}

// clearMarks unmarks every row once a bulk change is saved.
func (s *dealScreen) clearMarks() {
	clear(s.promises.marked)
	clear(s.gaps.marked)
}
