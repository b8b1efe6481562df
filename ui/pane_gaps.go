package ui

import (
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// gapsPane is pane 4: open gaps first, worst first, then the closed ones.
type gapsPane struct {
	sh     *shared
	d      *model.Dossier
	order  []int            // indexes into d.Gaps, in display order, filtered
	refs   map[int64]string // the promises' numbers, "P3", by id
	late   *lateMemo
	marked marks
	cur    cursor
	filter filterBox
	width  int
	height int
}

func newGapsPane(sh *shared) gapsPane { return gapsPane{sh: sh, filter: newFilterBox(sh.lang)} }

func (g *gapsPane) setData(d *model.Dossier) {
	keep := g.selectedID()
	g.d = d
	g.refs = promiseRefs(d)
	g.late = &lateMemo{}
	present := make(map[int64]bool, len(d.Gaps))
	for _, x := range d.Gaps {
		present[x.ID] = true
	}
	g.marked.keepOnly(present)
	g.refilter(keep)
}

// promiseRefs are a deal's promises' numbers in its reports, "P3", by id.
func promiseRefs(d *model.Dossier) map[int64]string {
	ps := d.PromiseRefs()
	ids := make([]int64, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	return refsOf(ids)
}

// refsOf numbers promises given by id in the order of their numbers.
func refsOf(ids []int64) map[int64]string {
	refs := make(map[int64]string, len(ids))
	for i, id := range ids {
		refs[id] = "P" + strconv.Itoa(i+1)
	}
	return refs
}

// gapLabel names a gap in a row: its promise's number and its kind before
// what it is about ("P3 · unassessed · no answer from delivery yet"), so
// that gaps of one kind on different promises read differently.
func gapLabel(l i18n.Lang, g model.Gap, refs map[int64]string) string {
	var parts []string
	if ref := refs[g.PromiseID]; g.PromiseID != 0 && ref != "" {
		parts = append(parts, ref)
	}
	if g.Kind != model.KindOther {
		parts = append(parts, g.Kind.In(l))
	}
	return strings.Join(append(parts, line(g.DifferenceIn(l))), " · ")
}

// sort is the pane's order, as chosen for the app (O).
func (g *gapsPane) sort() listSort {
	if g.sh.gapSort.by == sortAdded {
		return gapSorts[0]
	}
	return g.sh.gapSort
}

// sortedGaps is the display order: open before closed, then by severity,
// then by due date (dated first), then by id.
func sortedGaps(gaps []model.Gap) []int {
	idx := make([]int, len(gaps))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool {
		a, b := gaps[idx[i]], gaps[idx[j]]
		if a.Open() != b.Open() {
			return a.Open()
		}
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() < b.Severity.Rank()
		}
		if a.Due != b.Due {
			if a.Due.IsZero() || b.Due.IsZero() {
				return !a.Due.IsZero()
			}
			return a.Due.Before(b.Due)
		}
		return a.ID < b.ID
	})
	return idx
}

func (g *gapsPane) refilter(keep int64) {
	pat := g.filter.pattern()
	g.order = g.order[:0]
	all := sortedGaps(g.d.Gaps)
	sortGaps(g.sh, g.d.Gaps, all, g.sort())
	for _, i := range all {
		x := g.d.Gaps[i]
		if pat == "" || fuzzy(pat, x.Title+" "+string(x.Kind)+" "+string(x.Status)+" "+string(x.Severity)+" "+g.sh.name(x.Owner)) {
			g.order = append(g.order, i)
		}
	}
	g.cur.setLen(len(g.order))
	for i, o := range g.order {
		if g.d.Gaps[o].ID == keep {
			g.cur.to(i)
		}
	}
}

func (g *gapsPane) selectedID() int64 {
	if x, ok := g.selected(); ok {
		return x.ID
	}
	return 0
}

// selected is the gap under the cursor.
func (g gapsPane) selected() (model.Gap, bool) {
	if g.d == nil || len(g.order) == 0 || g.cur.pos >= len(g.order) {
		return model.Gap{}, false
	}
	return g.d.Gaps[g.order[g.cur.pos]], true
}

// detailLines is how many lines under the table show the selected gap.
func (g *gapsPane) detailLines() int {
	if g.height >= 10 {
		return 3
	}
	return 0
}

func (g *gapsPane) SetSize(w, h int) {
	g.width, g.height = w, h
	rows := h - 1 - g.detailLines()
	if g.filter.active || g.filter.pattern() != "" {
		rows--
	}
	g.cur.setHeight(rows)
}

func (g gapsPane) Update(msg tea.Msg) (gapsPane, tea.Cmd) {
	cmd, changed := updateFilter(&g.filter, msg, &g.cur, g.sh.keys)
	if changed {
		g.refilter(g.selectedID())
	}
	g.SetSize(g.width, g.height)
	return g, cmd
}

func (g gapsPane) filtering() bool { return g.filter.active }

// View draws the gap table.
func (g gapsPane) View() []string {
	sty := g.sh.styles
	if g.d == nil {
		return nil
	}
	l := g.sh.lang
	if len(g.d.Gaps) == 0 {
		var out []string
		for _, ln := range wrap(l.T("No gaps. Gaps appear as promises are recorded and answered; n records one by hand."), max(g.width, 20)) {
			out = append(out, sty.Muted.Render(ln))
		}
		return out
	}
	w := g.width
	today := g.sh.today()
	anyLate := g.late.on(today, func() bool {
		for _, x := range g.d.Gaps {
			if _, late := x.Overdue(today); late {
				return true
			}
		}
		return false
	})
	rw := w - markGutter // the table's rows, after the selection and bulk marks
	// The severity and status columns are as wide as their longest word
	// in the app's language (within reason: the title needs the room).
	stW := textWidth(l.T("Status"))
	for _, st := range model.GapStatuses {
		stW = max(stW, textWidth(st.In(l)))
	}
	sevW, ownW, dueW, stW := max(11, sevMarkWidth(l), textWidth(l.T("Severity"))), min(max(13, textWidth(l.T("Owner"))), 16), max(dueWidthIn(l, anyLate), textWidth(l.T("Due"))), min(max(stW, 11), 16)
	if rw < 70 {
		sevW, ownW, stW = max(4, textWidth(l.T("Sev"))), 10, 8
	}
	titleW := rw - sevW - ownW - dueW - stW - 4
	if titleW < 16 && anyLate { // no room for the date and the word: the word alone
		dueW = max(dueWidthIn(l, false), textWidth(l.T("Due")))
		titleW = rw - sevW - ownW - dueW - stW - 4
	}
	sevHeader := l.T("Severity")
	if sevW < 8 {
		sevHeader = l.T("Sev")
	}
	out := []string{markedRow(sty, sty.Header.Render(fit(fit(sevHeader, sevW)+" "+fit(l.T("Gap"), titleW)+" "+fit(l.T("Owner"), ownW)+" "+
		fit(l.T("Due"), dueW)+" "+fit(l.T("Status"), stW), rw)), w, false, false)}
	start, end := g.cur.visible()
	for i := start; i < end; i++ {
		x := g.d.Gaps[g.order[i]]
		sev := sevMarkIn(l, x.Severity)
		if sevW < 8 {
			sev = sevShortIn(l, x.Severity)
		}
		owner := g.sh.nameOr(x.Owner, "—")
		status := x.Status.In(l)
		title := gapLabel(l, x, g.refs)
		selected := i == g.cur.pos
		sevCell := fit(sev, sevW)
		if !selected && x.Open() {
			sevCell = sty.Severity(x.Severity).Render(sevCell)
		}
		_, late := x.Overdue(today)
		row := sevCell + " " + fit(title, titleW) + " " + fit(owner, ownW) + " " + dueCellIn(l, sty, x.Due, late, dueW, !selected) + " " + fit(status, stW)
		if !selected && !x.Open() {
			row = sty.Muted.Render(row)
		}
		out = append(out, markedRow(sty, row, w, selected, g.marked[x.ID]))
	}
	if g.filter.active || g.filter.pattern() != "" {
		out = pad(out, g.cur.height+1)
		g.filter.input.SetWidth(w - 4)
		out = append(out, g.filter.input.View())
	}
	if n := g.detailLines(); n > 0 {
		if x, ok := g.selected(); ok {
			out = pad(out, g.height-n)
			out = append(out, sty.Muted.Render(strings.Repeat("─", w)))
			// Whether the customer may read it comes first: the detail
			// may be cut at the pane's foot.
			text := g.sh.sharing(x.Shared) + " · " + line(x.HeadingIn(l))
			if res := g.sh.resolution(x); res != "" {
				text += " · " + line(res)
			}
			out = append(out, wrap(text, w)...)
		}
	}
	return out
}

func (g gapsPane) ShortHelp() []key.Binding {
	k := g.sh.keys
	return []key.Binding{k.Gaps.Edit, k.Gaps.Owner, k.Gaps.Status, k.Gaps.New, k.Gaps.Decision, k.List.Filter}
}

func (g gapsPane) FullHelp() [][]key.Binding {
	k, l := g.sh.keys, g.sh.lang
	return [][]key.Binding{{withHelp(k.Gaps.Edit, l.T("edit gap")), k.Gaps.Owner, withHelp(k.Gaps.Status, l.T("status, severity, due")),
		withHelp(k.Gaps.New, l.T("new gap")), withHelp(k.Gaps.Delete, l.T("delete (manual gaps)")), k.Gaps.Severity, k.Gaps.Decision, k.Gaps.Share, k.List.Filter}}
}

// action runs the workflows on gaps: a new one, and on the selected one
// edit, owner, a decision, delete, and its promise's term and answer.
func (p *gapsPane) action(s *dealScreen, press tea.KeyPressMsg) (tea.Cmd, bool) {
	k, sh, deal := p.sh.keys, p.sh, s.d.Deal
	if key.Matches(press, k.Gaps.New) {
		return sh.open(gapForm(sh, model.Gap{DealID: deal.ID, Kind: model.KindOther, Origin: model.OriginManual,
			Severity: model.SeverityMedium, Status: model.GapOpen})), true
	}
	if key.Matches(press, k.Gaps.Sort) {
		return chooseSort(sh, paneGaps, gapSorts, p.sort()), true
	}
	g, ok := p.selected()
	if !ok {
		return nil, false
	}
	if cmd, ok := p.bulk(s, press); ok {
		return cmd, true
	}
	switch {
	case key.Matches(press, k.Gaps.Mark):
		p.marked.toggle(g.ID)
		p.cur.move(1)
		return markedStatus(sh, len(p.marked), k.Gaps.Owner, k.Gaps.Status, k.Gaps.Severity), true
	case key.Matches(press, k.Gaps.Edit), key.Matches(press, k.List.Open), key.Matches(press, k.Gaps.Status):
		return sh.open(gapForm(sh, g)), true
	case key.Matches(press, k.Gaps.Severity):
		return sh.open(startAt(gapForm(sh, g), "severity")), true
	case key.Matches(press, k.Gaps.Owner):
		return s.pick(sh.lang.T("owner of this gap"), model.RoleOther, func(id int64) tea.Cmd {
			next := g
			next.Owner = id
			return quickSaveCmd(sh, gapEntity, next, g)
		}), true
	case key.Matches(press, k.Gaps.Decision):
		return sh.open(decisionForm(sh, model.Decision{DealID: deal.ID, GapID: g.ID, DecidedBy: deal.Owners.Delivery}, g.HeadingIn(sh.lang))), true
	case key.Matches(press, k.Gaps.Share):
		next := g
		next.Shared = !g.Shared
		return quickSaveCmd(sh, gapEntity, next, g), true
	case key.Matches(press, k.Gaps.Delete):
		if g.Origin == model.OriginDerived {
			return status(sh.lang.T("The rules found this gap; it closes itself when its cause goes. Set it to accepted (s) to live with it.")), true
		}
		return askConfirm(sh, sh.lang.T("Delete this gap?"), g.Title+"\n"+sh.lang.T("You can undo this with u."), deleteCmd(sh, gapEntity, g)), true
	case key.Matches(press, k.Gaps.Term) && g.PromiseID != 0:
		if pr, ok := s.d.PromiseByID(g.PromiseID); ok {
			return s.defineTerm(pr), true
		}
	case key.Matches(press, k.Gaps.Answer) && g.PromiseID != 0:
		if pr, ok := s.d.PromiseByID(g.PromiseID); ok {
			return s.answer(pr), true
		}
	}
	return nil, false
}

// markedGaps are the marked gaps in the pane's own order, those a filter
// hides as well: the count in the title is what a bulk change reaches.
func (p *gapsPane) markedGaps() []model.Gap {
	if len(p.marked) == 0 {
		return nil
	}
	var out []model.Gap
	for _, i := range sortedGaps(p.d.Gaps) {
		if x := p.d.Gaps[i]; p.marked[x.ID] {
			out = append(out, x)
		}
	}
	return out
}

// bulk runs the keys that act on every marked gap at once: owner, and
// status, severity and due date in one form.
func (p *gapsPane) bulk(s *dealScreen, press tea.KeyPressMsg) (tea.Cmd, bool) {
	k, sh := p.sh.keys, p.sh
	gs := p.markedGaps()
	if len(gs) == 0 {
		return nil, false
	}
	switch {
	case key.Matches(press, k.Gaps.Owner):
		return s.pick(sh.lang.N("owner of %d gaps", len(gs)), model.RoleOther, func(id int64) tea.Cmd {
			return bulkGapOwnerCmd(sh, gs, id)
		}), true
	case key.Matches(press, k.Gaps.Status):
		return sh.open(bulkGapForm(sh, gs, "status")), true
	case key.Matches(press, k.Gaps.Severity):
		return sh.open(bulkGapForm(sh, gs, "severity")), true
	}
	return nil, false
}
