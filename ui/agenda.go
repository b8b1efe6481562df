package ui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// agendaWindow is which due dates the agenda shows.
type agendaWindow int

const (
	windowAll agendaWindow = iota
	windowOverdue
	window7
	window14
	windowCount
)

// In is the window in words.
func (w agendaWindow) In(l i18n.Lang) string {
	switch w {
	case windowOverdue:
		return l.T("overdue only")
	case window7:
		return l.T("due within 7 days")
	case window14:
		return l.T("due within 14 days")
	}
	return l.T("every due date")
}

// filter is the window as a model filter.
func (w agendaWindow) filter() model.AgendaFilter {
	switch w {
	case windowOverdue:
		return model.AgendaFilter{Overdue: true}
	case window7:
		return model.AgendaFilter{Within: 7}
	case window14:
		return model.AgendaFilter{Within: 14}
	}
	return model.AgendaFilter{}
}

// agendaScreen is one person's open items across every deal: the gaps
// they own, and by role the answers, terms and sign-offs waiting for them;
// overdue first, grouped by deal. enter opens the deal at the item.
type agendaScreen struct {
	screenBase
	// person is whose agenda it is (0 until chosen).
	person int64
	all    []model.AgendaItem
	items  []model.AgendaItem // shown: through the window and the deal
	late   int                // how many of items are overdue
	lines  []agendaLine
	at     []int  // the line of each shown item
	cur    cursor // over items
	offset int    // first line shown
	window agendaWindow
	deal   int64
	loaded bool
	err    error
	width  int
	height int
}

// agendaLine is one line of the list: a group's heading, a deal's, or an
// item (index into items).
type agendaLine struct {
	heading string
	band    int // of a heading: 0 overdue, 1 coming up, 2 no due date
	deal    bool
	item    int
}

// agendaLoadedMsg carries a person's agenda as worked out in the command
// that read it.
type agendaLoadedMsg struct {
	owner int64
	items []model.AgendaItem
	err   error
}

// agendaDealMsg is the deal chosen to show alone (0: every deal).
type agendaDealMsg struct{ deal int64 }

// ownerField names the picker's answer for the agenda's owner.
const ownerField = "agenda owner"

// newAgendaScreen shows the agenda of the person the app runs as, when the
// directory has someone of that name; otherwise it asks whose to show.
func newAgendaScreen(sh *shared) (*agendaScreen, tea.Cmd) {
	s := &agendaScreen{screenBase: newScreenBase(sh)}
	s.SetSize(sh.bodyW, sh.bodyH)
	if p, ok := model.PersonNamed(sh.people, sh.store.ActorPerson()); ok {
		s.person = p.ID
		return s, s.Reload()
	}
	return s, openPicker(sh, sh.lang.T("whose agenda"), s.oid, ownerField, model.RoleOther, false, "")
}

// Crumb is "Agenda of" the person, beside the deal list.
func (s *agendaScreen) Crumb(below string) string {
	if s.person == 0 {
		return below + " › " + s.sh.lang.T("Agenda")
	}
	return below + " › " + s.sh.lang.T("Agenda of %s", s.sh.name(s.person))
}

// Name is "agenda".
func (s *agendaScreen) Name() string { return "agenda" }

// Reload reads the agenda again.
func (s *agendaScreen) Reload() tea.Cmd {
	if s.person == 0 {
		return nil
	}
	return ownedCmd(s.oid, loadAgendaCmd(s.sh, s.person))
}

func loadAgendaCmd(sh *shared, owner int64) tea.Cmd {
	ctx, st, today := sh.ctx, sh.store, sh.today()
	return func() tea.Msg {
		src, err := st.AgendaSource(ctx, owner)
		if err != nil {
			return agendaLoadedMsg{owner: owner, err: err}
		}
		return agendaLoadedMsg{owner: owner, items: model.Agenda(src, today)}
	}
}

func (s *agendaScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.cur.setHeight(s.listHeight())
	s.scroll()
}

// listHeight is the lines the list has: the body less the title, the
// column header and the detail under the list.
func (s *agendaScreen) listHeight() int { return max(s.height-2-s.detailLines(), 1) }

func (s *agendaScreen) detailLines() int {
	if s.height >= 14 {
		return 4
	}
	return 3
}

// setData takes a fresh agenda, keeping the cursor on the same item.
func (s *agendaScreen) setData(msg agendaLoadedMsg) {
	if msg.owner != s.person {
		return
	}
	s.loaded, s.err = true, msg.err
	if msg.err != nil {
		return
	}
	keep := s.selectedKey()
	s.all = msg.items
	s.refilter(keep)
}

// refilter shows the items through the window and the deal, and lays out
// the lines: a heading for each group, one for each deal in it.
func (s *agendaScreen) refilter(keep string) {
	f := s.window.filter()
	f.Deal = s.deal
	today := s.sh.today()
	s.items = f.Apply(s.all, today)
	s.lines, s.at = s.lines[:0], s.at[:0]
	band, deal := -1, int64(-1)
	pos := 0
	for i, it := range s.items {
		if b := agendaBand(it, today); b != band {
			band, deal = b, -1
			s.lines = append(s.lines, agendaLine{heading: bandHeading(s.sh.lang, b, s.items, today), band: b, item: -1})
		}
		if it.DealID != deal {
			deal = it.DealID
			s.lines = append(s.lines, agendaLine{heading: it.Deal, deal: true, item: -1})
		}
		s.at = append(s.at, len(s.lines))
		s.lines = append(s.lines, agendaLine{item: i})
		if it.Key == keep {
			pos = i
		}
	}
	s.late = 0
	for _, it := range s.items {
		if _, ok := it.Overdue(today); ok {
			s.late++
		}
	}
	s.cur.setLen(len(s.items))
	s.cur.to(pos)
	s.scroll()
}

// agendaBand is the group an item falls in: 0 overdue, 1 coming up with a
// date, 2 with no due date.
func agendaBand(it model.AgendaItem, today model.Date) int {
	switch _, late := it.Overdue(today); {
	case late:
		return 0
	case !it.Due.IsZero():
		return 1
	}
	return 2
}

// bandHeading names a group with its count: "Overdue (2)".
func bandHeading(l i18n.Lang, band int, items []model.AgendaItem, today model.Date) string {
	n := 0
	for _, it := range items {
		if agendaBand(it, today) == band {
			n++
		}
	}
	switch band {
	case 0:
		return l.T("Overdue (%d)", n)
	case 1:
		return l.T("Coming up (%d)", n)
	}
	return l.T("No due date (%d)", n)
}

// selected is the item under the cursor.
func (s *agendaScreen) selected() (model.AgendaItem, bool) {
	if s.cur.pos < 0 || s.cur.pos >= len(s.items) {
		return model.AgendaItem{}, false
	}
	return s.items[s.cur.pos], true
}

// scroll keeps the selected item's line in view, with its headings above
// it when the list starts there.
func (s *agendaScreen) scroll() {
	h := s.listHeight()
	at := 0
	if s.cur.pos < len(s.at) {
		at = s.at[s.cur.pos]
	}
	if s.cur.pos == 0 {
		s.offset = 0
	}
	if at < s.offset {
		s.offset = at
		// The headings right above the item come into view with it.
		for s.offset > 0 && s.lines[s.offset-1].item < 0 && at-s.offset+1 < h {
			s.offset--
		}
	}
	if at >= s.offset+h {
		s.offset = at - h + 1
	}
	s.offset = max(min(s.offset, len(s.lines)-h), 0)
}

func (s *agendaScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case agendaLoadedMsg:
		s.setData(msg)
		return s, nil
	case pickedMsg:
		if msg.field != ownerField || msg.failed || msg.id == 0 {
			return s, nil
		}
		if msg.id != s.person {
			s.person, s.loaded, s.all, s.items, s.lines, s.at, s.deal = msg.id, false, nil, nil, nil, nil, 0
			s.cur.setLen(0)
		}
		return s, s.Reload()
	case agendaDealMsg:
		s.deal = msg.deal
		s.refilter(s.selectedKey())
		return s, nil
	case tea.KeyPressMsg:
		return s, s.key(msg)
	}
	return s, nil
}

func (s *agendaScreen) selectedKey() string {
	if it, ok := s.selected(); ok {
		return it.Key
	}
	return ""
}

// key handles a key on the agenda.
func (s *agendaScreen) key(press tea.KeyPressMsg) tea.Cmd {
	sh := s.sh
	k := sh.keys
	if s.cur.navigate(press, k) {
		s.scroll()
		return nil
	}
	switch {
	case key.Matches(press, k.Global.Back):
		sh.pop()
		return nil
	case key.Matches(press, k.Agenda.Owner):
		return openPicker(sh, sh.lang.T("whose agenda"), s.oid, ownerField, model.RoleOther, false, "")
	case key.Matches(press, k.Agenda.Window):
		s.window = (s.window + 1) % windowCount
		s.refilter(s.selectedKey())
		return status(s.sh.lang.T("Showing %s.", s.window.In(s.sh.lang)))
	case key.Matches(press, k.Agenda.Deal):
		return s.chooseDeal()
	case key.Matches(press, k.List.Open):
		if it, ok := s.selected(); ok {
			return s.open(it)
		}
	}
	return nil
}

// chooseDeal asks which deal to show alone, among those with items.
func (s *agendaScreen) chooseDeal() tea.Cmd {
	labels := []string{s.sh.lang.T("Every deal")}
	ids := []int64{0}
	for _, it := range s.all {
		if ids[len(ids)-1] != it.DealID && !slices.Contains(ids, it.DealID) {
			ids = append(ids, it.DealID)
			labels = append(labels, line(it.Deal))
		}
	}
	to := s.oid
	return openChooser(s.sh, s.sh.lang.T("Show one deal"), "", labels, func(i int) tea.Cmd {
		deal := ids[i]
		return func() tea.Msg { return ownedMsg{to: to, msg: agendaDealMsg{deal}} }
	})
}

// open shows the item's deal focused on it: a gap in the gaps pane, the
// promise awaiting an answer or using the terms in the promises pane, a
// sign-off on the deal pane.
func (s *agendaScreen) open(it model.AgendaItem) tea.Cmd {
	ds := newDealScreen(s.sh, it.DealID)
	switch {
	case it.Kind == model.AgendaSignOff:
		ds.focus = paneDeal
	case (it.Kind == model.AgendaAnswer || it.Kind == model.AgendaTerm) && it.PromiseID != 0:
		ds.focus, ds.pending = panePromises, it.PromiseID
	default:
		ds.focus, ds.pending = paneGaps, it.GapID
	}
	s.sh.push(ds)
	return loadDossierCmd(s.sh, it.DealID)
}

// kindWidth is the kind column's: its widest word, at least 14 cells;
// the item takes what the due, kind and severity columns leave.
func (s agendaScreen) kindWidth() int {
	w := max(14, textWidth(s.sh.lang.T("What")))
	for _, k := range []model.AgendaKind{model.AgendaGap, model.AgendaAnswer, model.AgendaTerm, model.AgendaSignOff} {
		w = max(w, textWidth(k.In(s.sh.lang)))
	}
	return w
}

// sevWidth is the severity column's: the word with its mark, or on a
// narrow screen the letter alone.
func (s agendaScreen) sevWidth() int {
	if s.width < 100 {
		return 3
	}
	w := textWidth(s.sh.lang.T("Severity"))
	for _, sev := range model.Severities {
		w = max(w, textWidth(sevMarkIn(s.sh.lang, sev)))
	}
	return w
}

func (s agendaScreen) View() string {
	sty := s.sh.styles
	w := s.width
	if s.person == 0 {
		return sty.Muted.Render(s.sh.lang.T("Whose agenda? %s chooses a person from the directory.", s.sh.keys.Agenda.Owner.Help().Key))
	}
	if !s.loaded {
		return sty.Muted.Render(s.sh.lang.T("Loading the agenda…"))
	}
	if s.err != nil {
		return sty.StatusErr.Render(sentence(s.err))
	}
	l := s.sh.lang
	today, late := s.sh.today(), s.late
	who := s.sh.name(s.person)
	for _, p := range s.sh.people {
		if p.ID == s.person {
			who += " (" + p.Role.In(l) + ")"
		}
	}
	scope := s.window.In(l)
	if s.deal != 0 {
		scope += " · " + l.T("one deal")
	}
	count := l.N("%d of %d items", len(s.items), len(s.all))
	if len(s.items) == len(s.all) {
		count = l.N("%d items", len(s.all))
	}
	title := sty.Bold.Render(l.T("Agenda of %s", who)) + sty.Muted.Render(" — "+count+", ") +
		sty.Overdue.Render(l.N("%d overdue", late)) + sty.Muted.Render(" · "+scope)
	out := []string{fit(title, w)}
	dueW := dueWidthIn(l, late > 0)
	sevW := s.sevWidth()
	kindW := s.kindWidth()
	itemW := max(w-3-dueW-kindW-sevW-3, 10)
	sevHeader := l.T("Severity")
	if sevW < textWidth(sevHeader) {
		sevHeader = l.T("Sev")
	}
	out = append(out, sty.Header.Render(fit("   "+fit(l.T("Due"), dueW)+" "+fit(l.T("What"), kindW)+" "+fit(sevHeader, sevW)+" "+l.T("Item and promise"), w)))
	if len(s.items) == 0 {
		empty := l.T("Nothing on this agenda: no open gap is theirs, and nothing waits for them.")
		if len(s.all) > 0 {
			empty = l.T("Nothing in this window: w shows another, f every deal.")
		}
		out = append(out, sty.Muted.Render(fit(empty, w)))
	}
	end := min(s.offset+s.listHeight(), len(s.lines))
	for _, ln := range s.lines[s.offset:end] {
		switch {
		case ln.item < 0 && !ln.deal:
			style := sty.Bold
			if ln.band == 0 {
				style = sty.Overdue
			}
			out = append(out, style.Render(fit(ln.heading, w)))
		case ln.deal:
			out = append(out, sty.Accent.Render(fit(" "+line(ln.heading), w)))
		default:
			out = append(out, s.itemRow(s.items[ln.item], ln.item == s.cur.pos, dueW, kindW, sevW, itemW, today))
		}
	}
	out = pad(out, 2+s.listHeight())
	if it, ok := s.selected(); ok {
		out = append(out, sty.Muted.Render(strings.Repeat("─", w)))
		out = append(out, s.detail(it, today)...)
	}
	return strings.Join(pad(out, s.height)[:s.height], "\n")
}

// itemRow is one item: due (with "overdue"), kind, severity, promise and
// what is to be done.
func (s agendaScreen) itemRow(it model.AgendaItem, selected bool, dueW, kindW, sevW, itemW int, today model.Date) string {
	sty := s.sh.styles
	_, late := it.Overdue(today)
	l := s.sh.lang
	due := dueCellIn(l, sty, it.Due, late, dueW, !selected)
	if it.Due.IsZero() {
		due = fit("—", dueW)
	}
	mark := sevMarkIn(l, it.Severity)
	if sevW < 8 {
		mark = sevShortIn(l, it.Severity)
	}
	sev := fit(mark, sevW)
	if it.Severity == "" {
		sev = fit("", sevW)
	} else if !selected {
		sev = sty.Severity(it.Severity).Render(sev)
	}
	row := "   " + due + " " + fit(it.Kind.In(s.sh.lang), kindW) + " " + sev + " " + fit(s.what(it), itemW)
	if selected {
		// The indent holds the selection mark, as every list's gutter does.
		return sty.Selected.Render(fit(" ▸ "+row[3:], s.width))
	}
	return row
}

// what is the item on one line: its promise's number, what is to be done,
// then the promise ("P4 not agreed: Schulung · “Schulung für 40…”"), so
// that items on different promises, and different items on one promise,
// differ even where the line is cut. The detail under the list has both
// in full.
func (s agendaScreen) what(it model.AgendaItem) string {
	text := s.title(it)
	if it.Promise != "" {
		text = s.sh.lang.T("%s · “%s”", text, it.Promise)
	}
	if it.PromiseRef != "" {
		text = it.PromiseRef + " " + text
	}
	return line(text)
}

// title is what is to be done; while presenting, an effort gap is named
// by its kind alone, for its text says how much effort was sold.
func (s agendaScreen) title(it model.AgendaItem) string {
	if s.sh.presenting && it.GapKind == model.KindEffort {
		return s.sh.lang.T("effort over what was sold")
	}
	return it.TitleIn(s.sh.lang)
}

// detail is the selected item in full under the list: the deal, the
// promise, the item and its state.
func (s agendaScreen) detail(it model.AgendaItem, today model.Date) []string {
	sty := s.sh.styles
	w := s.width
	_, late := it.Overdue(today)
	head := line(it.Deal)
	if it.Customer != "" {
		head += " · " + line(it.Customer)
	}
	l := s.sh.lang
	state := it.Kind.In(l)
	if it.GapKind != "" {
		state += " · " + l.T("%s gap", it.GapKind.In(l)) + " · " + it.Severity.In(l) + " · " + it.Status.In(l)
	}
	if it.Role != "" {
		state += " · " + l.T("as %s owner", it.Role.In(l))
	}
	state += " · " + l.T("due %s", dueDetail(l, sty, it.Due, late, today))
	out := []string{fit(sty.Bold.Render(head), w), fit(state, w)}
	text := s.title(it)
	if it.Promise != "" {
		text = s.sh.lang.T("“%s”: %s", it.Promise, text)
	}
	out = append(out, fit(line(text), w))
	return out[:min(len(out), s.detailLines()-1)]
}

func (s agendaScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	l := s.sh.lang
	return []key.Binding{withHelp(k.List.Open, l.T("open at the item")), withHelp(k.Agenda.Owner, l.T("whose")),
		withHelp(k.Agenda.Window, l.T("due window")), withHelp(k.Agenda.Deal, l.T("one deal")), k.Global.Back, k.Global.Help}
}

// HelpSections is the full help of the agenda.
func (s agendaScreen) HelpSections() []helpSection {
	k := s.sh.keys
	return []helpSection{
		{s.sh.lang.T("Move"), moveKeys(k)},
		{s.sh.lang.T("Agenda"), []key.Binding{withHelp(k.List.Open, s.sh.lang.T("open the deal at the item")), k.Agenda.Owner, k.Agenda.Window, k.Agenda.Deal}},
		{s.sh.lang.T("Everywhere"), globalKeys(k)},
	}
}
