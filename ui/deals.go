package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"handoff/internal/i18n"
	"handoff/model"
)

// dealSort is the order of the deal list.
type dealSort int

const (
	sortByName dealSort = iota
	sortByReadiness
	sortByNextDue
	sortByValue
	sortByStage
	sortCount
)

func (s dealSort) String() string {
	return [...]string{"name", "readiness", "next due", "value (by currency, then amount)", "stage"}[s]
}

// sortedBy is the footer's "sorted by …" in the language l.
func (s dealSort) sortedBy(l i18n.Lang) string {
	return [...]string{l.T("sorted by name"), l.T("sorted by readiness"), l.T("sorted by next due"),
		l.T("sorted by value (by currency, then amount)"), l.T("sorted by stage")}[s]
}

// sorted is the status line's "Sorted by …." in the language l.
func (s dealSort) sorted(l i18n.Lang) string {
	return [...]string{l.T("Sorted by name."), l.T("Sorted by readiness."), l.T("Sorted by next due."),
		l.T("Sorted by value (by currency, then amount)."), l.T("Sorted by stage.")}[s]
}

// dealsScreen is the home screen: one row a deal.
type dealsScreen struct {
	screenBase
	all          []model.DealSummary
	rows         []int // indexes into all: filtered, sorted
	cur          cursor
	filter       filterBox
	sortBy       dealSort
	showArchived bool
	loaded       bool
	// start is set while the list holds its first screen only: what it
	// knows of every deal until the rest arrives.
	start *dealsStart
	// What the columns and the footer take from every row shown, worked
	// out with the rows, not on every frame: the widest gap counts,
	// whether any row changed since its sign-off, whether any is late.
	widestGaps  int
	signOffRows bool
	late        *lateMemo
	err         error
	pending     int64 // select this deal when the next data arrives
	// lastDeal is the deal screen last opened from here: opening the same
	// deal again finds its panes as they were left.
	lastDeal *dealScreen
	width    int
	height   int
}

func newDealsScreen(sh *shared) *dealsScreen {
	return &dealsScreen{screenBase: newScreenBase(sh), filter: newFilterBox(sh.lang)}
}

// Crumb is "Deals", the bottom of every crumb.
func (s *dealsScreen) Crumb(string) string { return s.sh.lang.T("Deals") }

// Name is "deals", in the app's language.
func (s *dealsScreen) Name() string { return s.sh.lang.T("deals") }

// Typing reports whether the filter line takes the keys.
func (s *dealsScreen) Typing() bool { return s.filter.active }

// SelectAfterReload selects a deal saved, or the deal left.
func (s *dealsScreen) SelectAfterReload(noun string, id int64) {
	if noun == dealEntity.noun {
		s.pending = id
	}
}

func (s *dealsScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.cur.setHeight(h - 2) // header and filter lines
}

// selected is the deal under the cursor.
func (s *dealsScreen) selected() (model.DealSummary, bool) {
	if s.cur.pos < 0 || s.cur.pos >= len(s.rows) {
		return model.DealSummary{}, false
	}
	return s.all[s.rows[s.cur.pos]], true
}

// setData takes a fresh list, keeping the cursor on the same deal; start
// is set when the list is the first screen only. A first screen that comes
// after a whole list is old news, and dropped.
func (s *dealsScreen) setData(list []model.DealSummary, start *dealsStart) {
	if start != nil && s.loaded && s.start == nil {
		return
	}
	s.start = start
	keep := int64(0)
	if sel, ok := s.selected(); ok {
		keep = sel.Deal.ID
	}
	if s.pending != 0 {
		keep, s.pending = s.pending, 0
	}
	s.all = list
	s.loaded = true
	s.refilter(keep)
}

// presentingOn leaves a sort by value: on a shared screen the order alone
// would rank the deals by what they are worth.
func (s *dealsScreen) presentingOn() bool {
	if s.sortBy != sortByValue {
		return false
	}
	s.sortBy = sortByName
	keep := int64(0)
	if sel, ok := s.selected(); ok {
		keep = sel.Deal.ID
	}
	s.refilter(keep)
	return true
}

// refilter rebuilds the visible rows and puts the cursor on keep if shown.
func (s *dealsScreen) refilter(keep int64) {
	pat := s.filter.pattern()
	s.rows = s.rows[:0]
	score := map[int]int{}
	for i, d := range s.all {
		if d.Deal.Archived && !s.showArchived {
			continue
		}
		if pat != "" {
			if score[i] = fuzzyScore(pat, d.Deal.Name+" "+d.Deal.Customer+" "+string(d.Deal.Stage)); score[i] == 0 {
				continue
			}
		}
		s.rows = append(s.rows, i)
	}
	// While filtering, the best matches come first ("SAP" finds the SAP
	// deal before deals whose letters merely spell it), then the sort.
	sort.SliceStable(s.rows, func(i, j int) bool {
		if a, b := score[s.rows[i]], score[s.rows[j]]; a != b {
			return a > b
		}
		return s.less(s.all[s.rows[i]], s.all[s.rows[j]])
	})
	s.cur.setLen(len(s.rows))
	for i, r := range s.rows {
		if s.all[r].Deal.ID == keep {
			s.cur.to(i)
		}
	}
	s.widestGaps, s.signOffRows, s.late = 0, false, &lateMemo{}
	width := gapCountsWidth(s.sh.lang)
	for _, r := range s.rows {
		s.widestGaps = max(s.widestGaps, width(s.all[r].Open))
		s.signOffRows = s.signOffRows || s.all[r].SignOffChanged
	}
}

// gapCountsWidth measures gapCounts in the language l without making the
// text: a list of thousands of deals is measured on every change.
func gapCountsWidth(l i18n.Lang) func(open [4]int) int {
	var letters [4]int
	for i, sev := range model.Severities {
		letters[i] = textWidth(sevShortIn(l, sev))
	}
	none := textWidth(l.T("none"))
	return func(open [4]int) int {
		w, parts := 0, 0
		for i, n := range open {
			if n > 0 {
				parts++
				w += letters[i] + 1
				for ; n >= 10; n /= 10 {
					w++
				}
			}
		}
		if parts == 0 {
			return none
		}
		return w + parts - 1
	}
}

func (s *dealsScreen) less(a, b model.DealSummary) bool {
	switch s.sortBy {
	case sortByReadiness:
		if a.Readiness != b.Readiness {
			return a.Readiness < b.Readiness
		}
	case sortByNextDue:
		if a.NextDue != b.NextDue {
			if a.NextDue.IsZero() || b.NextDue.IsZero() {
				return !a.NextDue.IsZero()
			}
			return a.NextDue.Before(b.NextDue)
		}
	case sortByValue:
		// Amounts in different currencies are not comparable: each currency
		// is a group of its own, the largest first within it, and deals
		// without a value come last.
		av, bv := a.Deal.Value, b.Deal.Value
		if (av.Minor == 0) != (bv.Minor == 0) {
			return bv.Minor == 0
		}
		if av.Currency != bv.Currency {
			return av.Currency < bv.Currency
		}
		if av.Minor != bv.Minor {
			return av.Minor > bv.Minor
		}
	case sortByStage:
		ai, bi := stageIndex(a.Deal.Stage), stageIndex(b.Deal.Stage)
		if ai != bi {
			return ai < bi
		}
	}
	return strings.ToLower(a.Deal.Name) < strings.ToLower(b.Deal.Name)
}

func stageIndex(stage model.Stage) int {
	for i, s := range model.Stages {
		if s == stage {
			return i
		}
	}
	return len(model.Stages)
}

// Update handles keys on the deal list.
func (s *dealsScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case dealsLoadedMsg:
		if msg.err != nil {
			s.err = msg.err
		} else {
			s.setData(msg.list, msg.start)
		}
		return s, nil
	case presentingMsg:
		if msg.on && s.presentingOn() {
			return s, status(s.sh.lang.T("Presenting: money, effort sold and internal notes are hidden, and the deals are sorted by name. p turns it off."))
		}
		return s, nil
	}
	k := s.sh.keys
	press, isKey := msg.(tea.KeyPressMsg)
	if s.filter.active || !isKey || key.Matches(press, k.List.Filter) ||
		(key.Matches(press, k.Global.Back) && s.filter.pattern() != "") {
		keep := int64(0)
		if sel, ok := s.selected(); ok {
			keep = sel.Deal.ID
		}
		cmd, changed := updateFilter(&s.filter, msg, &s.cur, k)
		switch {
		case changed && s.filter.pattern() != "":
			// A new pattern puts the cursor on its best match.
			s.refilter(0)
			s.cur.to(0)
		case changed:
			s.refilter(keep)
		}
		return s, cmd
	}
	if s.cur.navigate(press, k) {
		return s, nil
	}
	sel, has := s.selected()
	switch {
	case key.Matches(press, k.Deals.People):
		s.sh.push(newPeopleScreen(s.sh))
		return s, nil
	case key.Matches(press, k.Deals.Agenda):
		ag, cmd := newAgendaScreen(s.sh)
		s.sh.push(ag)
		return s, cmd
	case key.Matches(press, k.Deals.Kept):
		ks, cmd := newKeptScreen(s.sh)
		s.sh.push(ks)
		return s, cmd
	case key.Matches(press, k.List.Open) && has:
		if s.lastDeal == nil || s.lastDeal.id != sel.Deal.ID {
			s.lastDeal = newDealScreen(s.sh, sel.Deal.ID)
		}
		s.sh.push(s.lastDeal)
		if s.lastDeal.d != nil {
			return s, refreshDealCmd(sel.Deal.ID) // on show as it was left: read what changed since
		}
		return s, openDossierCmd(s.sh, sel.Deal.ID)
	case key.Matches(press, k.Deals.Sort):
		s.sortBy = (s.sortBy + 1) % sortCount
		note := ""
		if s.sortBy == sortByValue && s.sh.presenting {
			s.sortBy++
			note = " " + s.sh.lang.T("Sorting by value is off while presenting: the order would show which deals are worth most.")
		}
		keep := sel.Deal.ID
		s.refilter(keep)
		return s, status(s.sortBy.sorted(s.sh.lang) + note)
	case key.Matches(press, k.Deals.ShowArchived):
		s.showArchived = !s.showArchived
		s.refilter(sel.Deal.ID)
		if s.showArchived {
			return s, status(s.sh.lang.T("Showing archived deals too."))
		}
		return s, status(s.sh.lang.T("Archived deals hidden."))
	case key.Matches(press, k.Deals.New):
		return s, s.sh.open(dealForm(s.sh, model.Deal{Stage: model.StageLead, Value: model.Money{Currency: "EUR"}}))
	case key.Matches(press, k.Deals.Samples) && len(s.all) == 0:
		return s, loadSamplesCmd(s.sh, false)
	case key.Matches(press, k.Deals.Samples):
		return s, askConfirm(s.sh, s.sh.lang.T("Add the three sample deals to this database?"),
			s.sh.lang.T("They go beside your own deals, to try things out; delete them when done."), loadSamplesCmd(s.sh, false))
	case !has:
		return s, nil
	case key.Matches(press, k.Deals.Edit):
		return s, s.sh.open(dealForm(s.sh, sel.Deal))
	case key.Matches(press, k.Deals.Status):
		return s, s.sh.open(stageForm(s.sh, sel.Deal))
	case key.Matches(press, k.Deals.Archive):
		d := sel.Deal
		before := d
		d.Archived = !d.Archived
		return s, quickSaveCmd(s.sh, dealEntity, d, before)
	case key.Matches(press, k.Deals.Delete):
		return s, askConfirm(s.sh, s.sh.lang.T("Delete deal “%s”?", line(sel.Deal.Name)),
			s.sh.lang.T("Its promises, answers, gaps and glossary go with it. You can undo this with u."),
			deleteCmd(s.sh, dealEntity, sel.Deal))
	}
	return s, nil
}

// dealColumns are the widths of the deal list's columns for a window
// width: the customer and the next due date give way first on narrow
// screens (0 hides a column).
type dealColumns struct{ name, customer, stage, value, ready, gaps, due int }

// columnsIn is the columns in the language l: the stage column is as wide
// as its longest stage word or its header there, the others as wide as
// their headers at least.
func columnsIn(l i18n.Lang, width int) dealColumns {
	stage := textWidth(l.T("Stage"))
	for _, st := range model.Stages {
		stage = max(stage, textWidth(st.In(l)))
	}
	c := dealColumns{stage: max(stage, 11), value: max(16, textWidth(l.T("Value"))), ready: max(12, textWidth(l.T("Readiness"))),
		gaps: max(11, textWidth(l.T("Open gaps"))), due: max(10, textWidth(l.T("Next due")))}
	switch {
	case width >= 110:
		// Room for the long form, "✗ 72% · 5 blockers", in the language.
		c.ready = max(19, textWidth("✗ 72% · "+l.N("%d blockers", 5)))
	case width >= 95:
		c.customer = -1 // hidden
	default:
		c.customer, c.due = -1, -1
	}
	fixed := 1 + c.stage + 1 + c.value + 1 + c.ready + 1 + c.gaps
	if c.due > 0 {
		fixed += 1 + c.due
	}
	flex := width - fixed - 1
	if c.customer == 0 {
		c.name = max(flex*3/5, 8)
		c.customer = max(flex-c.name-1, 6)
	} else {
		c.name = max(flex, 8)
		c.customer = 0
	}
	if c.due < 0 {
		c.due = 0
	}
	// Deal names stay readable: a long stage word gives way first.
	if short := 16 - c.name; short > 0 && c.customer == 0 {
		give := min(short, max(c.stage-14, 0))
		c.stage -= give
		c.name += give
	}
	return c
}

// row lays out one row's cells in the columns.
func (c dealColumns) row(name, customer, stage, value, ready, gaps, due string) string {
	out := " " + fit(name, c.name)
	if c.customer > 0 {
		out += " " + fit(customer, c.customer)
	}
	out += " " + fit(stage, c.stage) + " " + fitRight(value, c.value) + " " + fit(ready, c.ready) + " " + fit(gaps, c.gaps)
	if c.due > 0 {
		out += " " + fit(due, c.due)
	}
	return out
}

// View draws the deal list, or the welcome when there are no deals.
func (s dealsScreen) View() string {
	sty := s.sh.styles
	if !s.loaded {
		return sty.Muted.Render(s.sh.lang.T("Loading deals…"))
	}
	if s.err != nil {
		return sty.StatusErr.Render(s.sh.sentence(s.err))
	}
	if len(s.all) == 0 {
		return s.welcome()
	}
	l := s.sh.lang
	c := columnsIn(l, s.width)
	today := s.sh.today()
	if s.anyLate(today) && c.due > 0 {
		// Room for the word: the name and customer columns give it up.
		grow := dueWidthIn(l, true) - c.due
		c.due += grow
		if c.customer > 0 {
			c.customer = max(c.customer-grow/2, 6)
			grow -= grow / 2
		}
		c.name = max(c.name-grow, 8)
	}
	// The gap counts are as wide as the widest (letters of other
	// languages may be wide), within reason.
	if w := s.widestGaps; w > c.gaps && c.name > 16 {
		grow := min(w-c.gaps, c.name-16)
		c.gaps += grow
		c.name -= grow
	}
	long := c.ready >= 19
	var b strings.Builder
	b.WriteString(sty.Header.Render(fit(c.row(l.T("Deal"), l.T("Customer"), l.T("Stage"), l.T("Value"), l.T("Readiness"), l.T("Open gaps"), l.T("Next due")), s.width)) + "\n")
	start, end := s.cur.visible()
	for i := start; i < end; i++ {
		d := s.all[s.rows[i]]
		name := line(d.Deal.Name)
		if d.Deal.Archived {
			name = "⌂ " + name
		}
		value := d.Deal.Value.DisplayIn(s.sh.lang)
		if s.sh.presenting {
			value = l.T("hidden")
		}
		ready := readinessCell(l, d, long)
		_, late := model.Overdue(d.NextDue, today)
		if i == s.cur.pos {
			row := c.row(name, line(d.Deal.Customer), d.Deal.Stage.In(l), value, ready, gapCounts(l, d.Open), dueCellIn(l, sty, d.NextDue, late, c.due, false))
			// The row's first cell is its gutter: the mark goes there.
			b.WriteString(sty.Selected.Render(fit("▸"+strings.TrimPrefix(row, " "), s.width)) + "\n")
			continue
		}
		readyStyle := sty.Ready
		if !d.Ready() || d.SignOffChanged {
			readyStyle = sty.NotReady
		}
		b.WriteString(c.row(name, line(d.Deal.Customer), d.Deal.Stage.In(l), value, readyStyle.Render(ready),
			gapCounts(l, d.Open), dueCellIn(l, sty, d.NextDue, late, c.due, true)) + "\n")
	}
	for i := end - start; i < s.cur.height; i++ {
		b.WriteString("\n")
	}
	b.WriteString(s.footer())
	return b.String()
}

// footer is the filter line, or the count and sort.
func (s dealsScreen) footer() string {
	sty, l := s.sh.styles, s.sh.lang
	if s.filter.active || s.filter.pattern() != "" {
		s.filter.input.SetWidth(s.width - 20)
		return s.filter.input.View() + sty.Muted.Render("  "+l.T("%d of %d", len(s.rows), len(s.all)))
	}
	legend := ""
	if s.anySignOffChanged() {
		legend = " · ⚠ " + l.T("changed since sign-off")
	}
	count, hidden := len(s.rows), len(s.all)-len(s.rows)
	if st := s.start; st != nil {
		count, hidden = st.total-st.archived, st.archived
		if s.showArchived {
			count, hidden = st.total, 0
		}
	}
	shown := l.N("%d deals", count)
	if hidden > 0 {
		shown += " " + l.N("(%d archived hidden: v shows them)", hidden)
	}
	return sty.Muted.Render(shown + " · " + s.sortBy.sortedBy(l) + legend)
}

// anyLate is whether a deal shown is overdue today. While the list holds
// its first screen, that is of the deals on it: whether one further down
// is late is known when the rest arrives (the figures that say so cost a
// walk through every deal's stored blockers).
func (s dealsScreen) anyLate(today model.Date) bool {
	return s.late.on(today, func() bool {
		for _, r := range s.rows {
			if _, late := model.Overdue(s.all[r].NextDue, today); late {
				return true
			}
		}
		return false
	})
}

// anySignOffChanged is whether a deal shown changed since its sign-off;
// while the list holds its first screen, whether any deal not archived did.
func (s dealsScreen) anySignOffChanged() bool {
	if s.start != nil {
		return s.start.signOffChanged
	}
	return s.signOffRows
}

func (s dealsScreen) welcome() string {
	sty, l := s.sh.styles, s.sh.lang
	lines := []string{
		sty.Title.Render(l.T("Welcome to handoff.")),
		"",
	}
	lines = append(lines, wrap(l.T("It keeps, for each deal, what sales promised, what delivery can build, and the gaps between them — with owners, agreed terms and a report."), min(max(s.width-2, 20), 72))...)
	lines = append(lines,
		"",
		l.T("There are no deals in this database yet."),
		"",
		"  "+sty.Accent.Render("n")+"  "+l.T("create your first deal"),
		"  "+sty.Accent.Render("L")+"  "+l.T("load the sample deals to look around"),
		"  "+sty.Accent.Render("?")+"  "+l.T("every key"),
		"  "+sty.Accent.Render("q")+"  "+l.T("quit"),
	)
	return strings.Join(lines, "\n")
}

// readinessCell is "✓ ready" or "✗ 72% · 5" ("✗ 72% · 5 blockers" when
// long), with "⚠" in front when the deal changed since its sign-off.
func readinessCell(l i18n.Lang, d model.DealSummary, long bool) string {
	cell := "✓ " + l.T("ready")
	if !d.Ready() {
		cell = fmt.Sprintf("✗ %d%% · %d", d.Readiness, d.Blockers)
		if long {
			cell = fmt.Sprintf("✗ %d%% · %s", d.Readiness, l.N("%d blockers", d.Blockers))
		}
	}
	if d.SignOffChanged {
		cell = "⚠ " + cell
	}
	return cell
}

// gapCounts is open gaps by severity, e.g. "2C 1H 3M", or "none".
func gapCounts(l i18n.Lang, open [4]int) string {
	var parts []string
	for i, n := range open {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", n, sevShortIn(l, model.Severities[i])))
		}
	}
	if len(parts) == 0 {
		return l.T("none")
	}
	return strings.Join(parts, " ")
}

// fitRight is fit, aligned right.
func fitRight(s string, width int) string {
	s = cut(s, width)
	return strings.Repeat(" ", max(width-ansi.StringWidth(s), 0)) + s
}

func (s dealsScreen) ShortHelp() []key.Binding {
	k := s.sh.keys
	return []key.Binding{k.List.Open, k.Deals.New, withHelp(k.Deals.Agenda, s.sh.lang.T("agenda")), k.List.Filter, k.Deals.Sort, k.Deals.Samples, k.Global.Help, k.Global.Quit}
}

func (s dealsScreen) FullHelp() [][]key.Binding { return sectionsOf(s.HelpSections()) }

// HelpSections is the full help of the deal list.
func (s dealsScreen) HelpSections() []helpSection {
	k, l := s.sh.keys, s.sh.lang
	return []helpSection{
		{l.T("Move"), moveKeys(k)},
		{l.T("Deals"), []key.Binding{k.List.Open, k.Deals.New, k.Deals.Edit, k.Deals.Status, k.Deals.Delete, k.Deals.Archive}},
		{l.T("View"), []key.Binding{k.List.Filter, k.Deals.Sort, k.Deals.ShowArchived, k.Deals.Samples, k.Deals.People, k.Deals.Agenda, k.Deals.Kept}},
		{l.T("Everywhere"), globalKeys(k)},
	}
}

// globalKeys are the keys that work on every screen.
// moveKeys are the keys that move through a list, for the help.
func moveKeys(k KeyMap) []key.Binding {
	return []key.Binding{k.List.Up, k.List.Down, k.List.Top, k.List.Bottom, k.List.PageUp, k.List.PageDown}
}

func globalKeys(k KeyMap) []key.Binding {
	return []key.Binding{k.Global.Undo, k.Global.Redo, k.Global.Presenting, k.Global.Help, k.Global.Back, k.Global.Quit}
}
