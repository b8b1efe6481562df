package ui

// The mouse: the wheel scrolls what is under the pointer, a click focuses
// the pane under it and selects the row it is on. Where things are comes
// from the layout the screens draw with (dealScreen.layout, each list's
// first row line), never from looking at the drawn frame.

import tea "charm.land/bubbletea/v2"

// rect is a region of the body in cells: its top left corner and size.
type rect struct{ x, y, w, h int }

// has reports whether the cell x, y is inside.
func (r rect) has(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// wheelStep is how many lines a notch of the wheel scrolls text; in a list
// it moves the selection one row, as the arrow keys do.
const wheelStep = 3

// pointer is where a mouse event happened, in the cells of the body a
// screen draws (the title line above it is not counted).
type pointer struct{ x, y int }

// wheeler is a screen that scrolls with the wheel: delta is 1 for a notch
// down, -1 up.
type wheeler interface {
	wheel(at pointer, delta int) tea.Cmd
}

// clicker is a screen that answers a click of the left button.
type clicker interface {
	click(at pointer) tea.Cmd
}

// modalWheeler is a dialog that scrolls with the wheel wherever the
// pointer is.
type modalWheeler interface {
	wheel(delta int)
}

// mouse gives a wheel notch or a left click to the dialog on top or else
// to the screen, in the screen's cells. Other buttons, releases and drags
// do nothing.
func (a *App) mouse(msg tea.MouseMsg) tea.Cmd {
	if !a.sh.mouse || a.width < minWidth || a.height < minHeight {
		return nil
	}
	m := msg.Mouse()
	delta := 0
	switch msg.(type) {
	case tea.MouseWheelMsg:
		switch m.Button {
		case tea.MouseWheelDown:
			delta = 1
		case tea.MouseWheelUp:
			delta = -1
		default:
			return nil
		}
	case tea.MouseClickMsg:
		if m.Button != tea.MouseLeft {
			return nil
		}
	default:
		return nil
	}
	if len(a.modals) > 0 {
		if w, ok := a.modals[len(a.modals)-1].(modalWheeler); ok && delta != 0 {
			w.wheel(delta)
		}
		return nil
	}
	at := pointer{m.X, m.Y - 1} // the title line
	if at.y < 0 || at.y >= a.height-3 {
		return nil
	}
	if delta != 0 {
		if w, ok := a.top().(wheeler); ok {
			return w.wheel(at, delta)
		}
		return nil
	}
	if c, ok := a.top().(clicker); ok {
		return c.click(at)
	}
	return nil
}

// rowAt is the row of the list drawn on line y, when its first visible
// row is drawn on line top.
func (c cursor) rowAt(y, top int) (int, bool) {
	i := y - top
	if i < 0 || i >= c.height {
		return 0, false
	}
	i += c.offset
	return i, i < c.n
}

// clickRow puts the cursor on the row drawn on line y, if one is.
func (c *cursor) clickRow(y, top int) {
	if i, ok := c.rowAt(y, top); ok {
		c.to(i)
	}
}

// The deal list: the column header, then the rows.
const dealsTop = 1

func (s *dealsScreen) wheel(_ pointer, delta int) tea.Cmd {
	s.cur.move(delta)
	return nil
}

func (s *dealsScreen) click(at pointer) tea.Cmd {
	if s.loaded && len(s.all) > 0 {
		s.cur.clickRow(at.y, dealsTop)
	}
	return nil
}

// paneAt is the pane drawn at a cell: in the grid any of the four, in
// tabs the one shown (the tabs themselves are found with tabs).
func (s *dealScreen) paneAt(at pointer) (paneID, bool) {
	if !s.grid() {
		return s.focus, s.rects[s.focus].has(at.x, at.y)
	}
	for p := paneDeal; p < paneCount; p++ {
		if s.rects[p].has(at.x, at.y) {
			return p, true
		}
	}
	return 0, false
}

// inPane is the line of a pane's content a cell is on: the frame's top
// border comes first.
func (s *dealScreen) inPane(p paneID, at pointer) int { return at.y - s.rects[p].y - 1 }

// wheel scrolls the pane under the pointer, focused or not.
func (s *dealScreen) wheel(at pointer, delta int) tea.Cmd {
	p, ok := s.paneAt(at)
	if !ok || s.d == nil {
		return nil
	}
	switch p {
	case paneDeal:
		s.deal.scroll(delta * wheelStep)
	case panePromises:
		s.promises.cur.move(delta)
		s.syncReality()
	case paneReality:
		s.reality.cur.move(delta)
		s.reality.follow()
	case paneGaps:
		s.gaps.cur.move(delta)
	}
	return nil
}

// click focuses the pane under the pointer and selects the promise or
// gap clicked; in tabs, a click on a tab shows that pane.
func (s *dealScreen) click(at pointer) tea.Cmd {
	if s.d == nil {
		return nil
	}
	if !s.grid() {
		_, tabs := s.tabs()
		for p, r := range tabs {
			if r.has(at.x, at.y) {
				s.focus = paneID(p)
				return nil
			}
		}
	}
	p, ok := s.paneAt(at)
	if !ok {
		return nil
	}
	s.focus = p
	y := s.inPane(p, at)
	switch p {
	case panePromises:
		if len(s.d.Promises) > 0 {
			s.promises.cur.clickRow(y, 1) // under the column header
			s.syncReality()
		}
	case paneReality:
		if row, ok := s.reality.rowAt(y); ok {
			s.reality.cur.to(row)
			s.reality.follow()
		}
	case paneGaps:
		if len(s.d.Gaps) > 0 {
			s.gaps.cur.clickRow(y, 1)
		}
	}
	return nil
}

// The glossary, the history, the people and the decisions: a title line
// and the column header, then the rows.
const tableTop = 2

func (g *glossaryScreen) wheel(_ pointer, delta int) tea.Cmd {
	g.cur.move(delta)
	return nil
}

func (g *glossaryScreen) click(at pointer) tea.Cmd {
	if g.d != nil && len(g.rows) > 0 {
		g.cur.clickRow(at.y, tableTop)
	}
	return nil
}

func (h *historyScreen) wheel(_ pointer, delta int) tea.Cmd {
	h.cur.move(delta)
	return nil
}

func (h *historyScreen) click(at pointer) tea.Cmd {
	if h.loaded {
		h.cur.clickRow(at.y, tableTop)
	}
	return nil
}

func (s *peopleScreen) wheel(_ pointer, delta int) tea.Cmd {
	s.list.cur.move(delta)
	return nil
}

func (s *peopleScreen) click(at pointer) tea.Cmd {
	s.list.cur.clickRow(at.y, tableTop)
	return nil
}

func (s *decisionsScreen) wheel(_ pointer, delta int) tea.Cmd {
	s.list.cur.move(delta)
	return nil
}

func (s *decisionsScreen) click(at pointer) tea.Cmd {
	s.list.cur.clickRow(at.y, tableTop)
	return nil
}

// The agenda's lines (headings and items) start under its title and
// column header.
func (s *agendaScreen) wheel(_ pointer, delta int) tea.Cmd {
	s.cur.move(delta)
	s.scroll()
	return nil
}

// click selects the item clicked; a heading selects nothing.
func (s *agendaScreen) click(at pointer) tea.Cmd {
	i := s.offset + at.y - tableTop
	if at.y < tableTop || at.y-tableTop >= s.listHeight() || i >= len(s.lines) {
		return nil
	}
	if it := s.lines[i].item; it >= 0 {
		s.cur.to(it)
		s.scroll()
	}
	return nil
}

// Meeting mode draws its head line, the progress bar and a blank line
// above the page; the agenda page has its title line, the sidebar its
// heading and a blank line.
const (
	meetingTop        = 3
	meetingAgendaTop  = meetingTop + 1
	meetingSidebarTop = meetingTop + 2
)

// wheel moves in the agenda list when it shows.
func (m *meetingScreen) wheel(_ pointer, delta int) tea.Cmd {
	if m.showAgenda {
		m.agendaCur.move(delta)
	}
	return nil
}

// click opens the gap clicked in the agenda list, or in the agenda beside
// the gap on a wide screen.
func (m *meetingScreen) click(at pointer) tea.Cmd {
	if m.d == nil {
		return nil
	}
	if m.showAgenda {
		if i, ok := m.agendaCur.rowAt(at.y, meetingAgendaTop); ok {
			m.pos, m.showAgenda = i, false
		}
		return nil
	}
	if m.inSummary() || m.width < sidebarFrom {
		return nil
	}
	sideX := m.width - m.width/4 // the gap, the rule and a space come first
	i := at.y - meetingSidebarTop
	if at.x >= sideX && i >= 0 && i < len(m.agenda) && at.y < m.height {
		m.pos = i
	}
	return nil
}

func (r *reportScreen) wheel(_ pointer, delta int) tea.Cmd {
	r.keepRoom()
	if delta > 0 {
		r.view.ScrollDown(delta * wheelStep)
	} else {
		r.view.ScrollUp(-delta * wheelStep)
	}
	return nil
}

// wheel scrolls the help when it is taller than the screen (View keeps
// the offset in range).
func (h *helpView) wheel(delta int) {
	h.offset = max(h.offset+delta*wheelStep, 0)
}

// wheel moves the highlight in a chooser's list, as ↑/↓ do.
func (p *chooser) wheel(delta int) {
	if p.c.add == nil || !p.c.add.adding {
		p.c.cur.move(delta)
	}
}
