package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"handoff/internal/i18n"
	"handoff/model"
)

// find is the cell where text first shows on the screen: the window's
// column and line, as the terminal reports a click there.
func (h *harness) find(text string) (x, y int) {
	h.t.Helper()
	for i, ln := range strings.Split(h.screen(), "\n") {
		if j := strings.Index(ln, text); j >= 0 {
			return ansi.StringWidth(ln[:j]), i
		}
	}
	h.t.Fatalf("the screen does not show %q:\n%s", text, h.screen())
	return 0, 0
}

// clickOn clicks the first cell of text on the screen and returns the
// line it is on.
func (h *harness) clickOn(text string) int {
	h.t.Helper()
	x, y := h.find(text)
	h.send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	return y
}

// wheelAt turns the wheel n notches down (up when n < 0) over a cell.
func (h *harness) wheelAt(x, y, n int) {
	h.t.Helper()
	b := tea.MouseWheelDown
	if n < 0 {
		b, n = tea.MouseWheelUp, -n
	}
	for range n {
		h.send(tea.MouseWheelMsg{X: x, Y: y, Button: b})
	}
}

// once is a part of text that shows exactly once on the screen.
func (h *harness) once(text string) (string, bool) {
	for n := 8; n <= len([]rune(text)); n += 4 {
		part := string([]rune(text)[:n])
		if strings.Count(h.screen(), part) == 1 {
			return part, true
		}
	}
	return "", false
}

// selectedOn reports whether screen line y shows the selection mark.
func (h *harness) selectedOn(y int) bool {
	return strings.Contains(strings.Split(h.screen(), "\n")[y], "▸")
}

var mouseSizes = []struct{ w, h int }{{80, 24}, {120, 40}}

func TestMouseIsOnUnlessTurnedOff(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	if m := h.a.View().MouseMode; m != tea.MouseModeCellMotion {
		t.Errorf("mouse mode %v, want cell motion", m)
	}
	off := New(context.Background(), h.s, Options{NoColor: true, NoTicks: true, Now: h.now, NoMouse: true})
	off.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if m := off.View().MouseMode; m != tea.MouseModeNone {
		t.Errorf("with NoMouse the mouse mode is %v, want none", m)
	}
	// Nothing reaches the screens either.
	h.a.sh.mouse = false
	h.wheelAt(10, 5, 2)
	if pos := h.a.deals().cur.pos; pos != 0 {
		t.Errorf("with the mouse off the wheel moved the list to row %d", pos)
	}
}

func TestWheelAndClickOnTheDealList(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, sz := range mouseSizes {
			t.Run(fmt.Sprintf("%s/%dx%d", l.Code(), sz.w, sz.h), func(t *testing.T) {
				h := newHarnessIn(t, l, sz.w, sz.h, true)
				s := h.a.deals()
				h.wheelAt(10, 5, 2)
				if s.cur.pos != 2 {
					t.Errorf("two notches down: row %d, want 2", s.cur.pos)
				}
				h.wheelAt(10, 5, -1)
				if s.cur.pos != 1 {
					t.Errorf("one notch up: row %d, want 1", s.cur.pos)
				}
				last := len(s.rows) - 1
				name := s.all[s.rows[last]].Deal.Name
				part, ok := h.once(name)
				if !ok {
					t.Fatalf("%q does not show once:\n%s", name, h.screen())
				}
				y := h.clickOn(part)
				if s.cur.pos != last || !h.selectedOn(y) {
					t.Errorf("a click on %q selected row %d, want %d:\n%s", part, s.cur.pos, last, h.screen())
				}
				// A click under the rows selects nothing.
				h.send(tea.MouseClickMsg{X: 10, Y: sz.h - 5, Button: tea.MouseLeft})
				if s.cur.pos != last {
					t.Errorf("a click below the list moved the selection to %d", s.cur.pos)
				}
			})
		}
	}
}

func TestClickOnTheDealScreenFocusesAndSelects(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.EN, i18n.ZH} {
		for _, sz := range mouseSizes {
			t.Run(fmt.Sprintf("%s/%dx%d", l.Code(), sz.w, sz.h), func(t *testing.T) {
				h := newHarnessIn(t, l, sz.w, sz.h, true)
				h.openDeal("SAP")
				s := h.a.deal()
				if !s.grid() {
					// In tabs, a click on a tab shows its pane.
					h.clickOn(paneGaps.title(l))
					if s.focus != paneGaps {
						t.Fatalf("a click on the gaps tab: focus %d:\n%s", s.focus, h.screen())
					}
				}
				// The third gap of the list, clicked.
				var part string
				for i := 2; i < min(len(s.gaps.order), s.gaps.cur.height) && part == ""; i++ {
					g := s.d.Gaps[s.gaps.order[i]]
					title := line(g.DifferenceIn(l))
					if g.Kind != model.KindOther {
						title = "[" + g.Kind.In(l) + "] " + title
					}
					if p, ok := h.once(title); ok {
						part = p
						y := h.clickOn(part)
						if s.focus != paneGaps || s.gaps.cur.pos != i || !h.selectedOn(y) {
							t.Errorf("a click on gap row %d (%q): focus %d, row %d:\n%s", i, part, s.focus, s.gaps.cur.pos, h.screen())
						}
					}
				}
				if part == "" {
					t.Fatalf("no gap row shows once:\n%s", h.screen())
				}
				if !s.grid() {
					h.clickOn(panePromises.title(l))
				}
				// The wheel over the promises moves their selection, and the
				// answer shown follows it.
				x, y := h.find(panePromises.title(l))
				before := s.promises.cur.pos
				h.wheelAt(x, y+3, 1)
				if s.promises.cur.pos != before+1 {
					t.Errorf("the wheel over the promises: row %d, want %d", s.promises.cur.pos, before+1)
				}
				if p, _ := s.promises.selected(); s.reality.promise.ID != p.ID {
					t.Errorf("delivery's answer shown is of promise %d, the selected one is %d", s.reality.promise.ID, p.ID)
				}
				pr := s.d.Promises[s.promises.rows[0]]
				if part, ok := h.once(line(pr.Title)); ok {
					y := h.clickOn(part)
					if s.focus != panePromises || s.promises.cur.pos != 0 || !h.selectedOn(y) {
						t.Errorf("a click on the first promise: focus %d, row %d", s.focus, s.promises.cur.pos)
					}
				}
				if s.grid() {
					// A click anywhere in a pane focuses it.
					x, y := h.find(paneReality.title(l))
					h.send(tea.MouseClickMsg{X: x + 2, Y: y + 4, Button: tea.MouseLeft})
					if s.focus != paneReality {
						t.Errorf("a click in the reality pane: focus %d", s.focus)
					}
					x, y = h.find(paneDeal.title(l))
					h.send(tea.MouseClickMsg{X: x, Y: y + 2, Button: tea.MouseLeft})
					if s.focus != paneDeal {
						t.Errorf("a click in the deal pane: focus %d", s.focus)
					}
				}
			})
		}
	}
}

func TestDealPaneScrollsWithTheWheel(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	h.openDeal("SAP")
	h.press("1")
	s := h.a.deal()
	if s.deal.text.length() <= s.deal.height {
		t.Fatalf("the deal pane fits (%d lines in %d): nothing to scroll", s.deal.text.length(), s.deal.height)
	}
	h.wheelAt(10, 10, 1)
	if s.deal.offset != min(wheelStep, s.deal.text.length()-s.deal.height) {
		t.Errorf("one notch: offset %d, want %d", s.deal.offset, wheelStep)
	}
	h.wheelAt(10, 10, -5)
	if s.deal.offset != 0 {
		t.Errorf("back up: offset %d", s.deal.offset)
	}
}

func TestHLMovesBetweenPanes(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	s := h.a.deal()
	h.press("l")
	if s.focus != paneReality {
		t.Errorf("l from the promises: focus %d, want reality", s.focus)
	}
	h.press("h", "h")
	if s.focus != paneDeal {
		t.Errorf("h twice: focus %d, want the deal pane", s.focus)
	}
	h.press("h")
	if s.focus != paneGaps {
		t.Errorf("h from the first pane: focus %d, want the last (gaps)", s.focus)
	}
	// In meeting mode h and l still walk the agenda.
	h.press("m")
	m := h.a.meeting()
	h.press("l", "l", "h")
	if m.pos != 1 {
		t.Errorf("meeting: l, l, h: gap %d, want 1 (the second)", m.pos)
	}
}

func TestClickInMeetingModeOpensAnAgendaItem(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}, {160, 45}} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := newHarness(t, sz.w, sz.h, true)
			h.openDeal("SAP")
			h.press("m")
			m := h.a.meeting()
			if len(m.agenda) < 3 {
				t.Fatalf("agenda of %d gaps", len(m.agenda))
			}
			if sz.w >= sidebarFrom {
				// The agenda beside the gap: a click on the third opens it.
				x, _ := h.find("AGENDA")
				_, y := h.find(" 3 ")
				h.send(tea.MouseClickMsg{X: x + 3, Y: y, Button: tea.MouseLeft})
				if m.pos != 2 {
					t.Errorf("a click on the third gap beside: gap %d:\n%s", m.pos, h.screen())
				}
				m.pos = 0
			}
			h.press("g")
			h.wheelAt(5, 8, 1)
			if m.agendaCur.pos != 1 {
				t.Errorf("the wheel in the agenda: row %d, want 1", m.agendaCur.pos)
			}
			_, y := h.find("  3  ")
			h.send(tea.MouseClickMsg{X: 4, Y: y, Button: tea.MouseLeft})
			if m.showAgenda || m.pos != 2 {
				t.Errorf("a click on the third item: agenda shown %v, gap %d, want 2:\n%s", m.showAgenda, m.pos, h.screen())
			}
			h.sees(h.a.sh.lang.T("gap %d of %d", 3, len(m.agenda)))
		})
	}
}

func TestWheelAndClickInTheOtherLists(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	check := func(what string, pos func() int, rowText func(i int) string) {
		t.Helper()
		h.wheelAt(10, 10, 1)
		if pos() != 1 {
			t.Errorf("%s: one notch down: row %d, want 1", what, pos())
		}
		h.wheelAt(10, 10, -1)
		for i := 2; i < 6; i++ {
			part, ok := h.once(rowText(i))
			if !ok {
				continue
			}
			y := h.clickOn(part)
			if pos() != i || !h.selectedOn(y) {
				t.Errorf("%s: a click on row %d (%q) selected %d:\n%s", what, i, part, pos(), h.screen())
			}
			return
		}
		t.Errorf("%s: no row shows once:\n%s", what, h.screen())
	}
	h.press("T")
	g := h.a.glossary()
	check("glossary", func() int { return g.cur.pos }, func(i int) string { return line(g.rows[i].term.Term) + " " })
	h.press("esc", "P")
	p := h.a.people()
	check("people", func() int { return p.list.cur.pos }, func(i int) string { return line(p.list.rows[i].Name) })
	// The sample deal's history is the one line of its import: six edits
	// give the history a list to scroll and click.
	deals, err := h.s.Deals(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deals {
		if strings.HasPrefix(d.Name, "SAP") {
			for i := range 6 {
				h.later(time.Minute)
				d.Notes = fmt.Sprintf("Steering call %d.", i+1)
				if err := h.s.UpdateDeal(h.ctx, &d); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	h.press("esc", "H")
	hs := h.a.history()
	check("history", func() int { return hs.cur.pos }, func(i int) string {
		r := hs.rows[i]
		if e := hs.entries[r.entry]; r.caused < 0 {
			return e.line
		} else {
			return e.caused[r.caused]
		}
	})
	h.press("esc", "esc")
	h.openAgenda("Lukas")
	ag := h.a.agenda()
	h.wheelAt(10, 10, 2)
	if ag.cur.pos != 2 {
		t.Errorf("agenda: two notches: item %d, want 2", ag.cur.pos)
	}
	// A click on the line of the first item drawn selects it.
	for y, ln := range ag.lines[ag.offset:] {
		if ln.item >= 0 && ln.item != ag.cur.pos {
			screenY := 1 + tableTop + y
			h.send(tea.MouseClickMsg{X: 10, Y: screenY, Button: tea.MouseLeft})
			if ag.cur.pos != ln.item || !h.selectedOn(screenY) {
				t.Errorf("agenda: a click on line %d selected item %d, want %d:\n%s", screenY, ag.cur.pos, ln.item, h.screen())
			}
			break
		}
	}
}

func TestWheelScrollsTheHelpAndThePreview(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	h.openDeal("SAP")
	h.press("?")
	before := h.screen()
	h.wheelAt(40, 12, 1)
	hv := h.a.modals[len(h.a.modals)-1].(*helpView)
	if hv.offset != wheelStep || h.screen() == before {
		t.Errorf("the wheel over the help: offset %d, want %d", hv.offset, wheelStep)
	}
	h.press("esc", "x")
	r := h.a.report()
	h.wheelAt(40, 12, 2)
	if r.top() != 2*wheelStep {
		t.Errorf("the wheel over the preview: line %d, want %d", r.top(), 2*wheelStep)
	}
}

func TestHelpSaysHowToSelectTextOnlyWithTheMouseOn(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("?")
	h.sees("hold shift while dragging")
	h.press("esc")
	h.a.sh.mouse = false
	h.press("?")
	h.seesNot("hold shift while dragging")
}

func TestPreviewSearch(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("x")
	r := h.a.report()
	h.press("G")
	if r.top() != r.page.lines()-r.view.Height() || !r.view.AtBottom() {
		t.Errorf("G: not at the bottom")
	}
	h.press("g")
	if r.top() != 0 {
		t.Errorf("g: not at the top")
	}
	// The page is folded for the search once shown, before a key asks.
	if r.find.folded == nil || r.find.folded.of != r.page {
		t.Error("the page shown is not folded for the search")
	}
	// Accents folded: "prazision" finds "Präzision".
	h.press("/")
	if !r.Typing() {
		t.Fatal("/ does not open the search line")
	}
	h.typeText("prazision")
	if len(r.find.hits) == 0 {
		t.Fatalf("prazision: not found:\n%s", h.screen())
	}
	h.sees(fmt.Sprintf("1 of %d", len(r.find.hits)))
	hit := r.find.hit(r.page, 0)
	marked := r.shownLine(hit.line)
	if got := ansi.Strip(ansi.Cut(marked, hit.start, hit.end)); got != "Präzision" {
		t.Errorf("the hit covers %q, want Präzision", got)
	}
	if !strings.Contains(marked, "\x1b[7m") {
		t.Errorf("the hit is not marked: %q", marked)
	}
	// A new text, kept with enter; n and N go round.
	for range len("prazision") {
		h.press("backspace")
	}
	h.typeText("SAP")
	h.press("enter")
	n := len(r.find.hits)
	if n < 3 || r.Typing() {
		t.Fatalf("SAP: %d hits, typing %v", n, r.Typing())
	}
	h.press("n")
	h.sees(fmt.Sprintf("2 of %d", n))
	h.press("N", "N")
	h.sees(fmt.Sprintf("%d of %d", n, n))
	last := int(r.find.hits[n-1])
	if last < r.top() || last >= r.top()+r.view.Height() {
		t.Errorf("the last hit (line %d) is not in view (lines %d–%d)", last, r.top(), r.top()+r.view.Height())
	}
	// Nothing found says so; esc clears the search and the marks.
	h.press("/")
	h.typeText("zzqx")
	h.sees("not found")
	h.press("esc")
	if r.find.pattern() != "" || strings.Contains(r.view.GetContent(), "\x1b[7m") || r.Typing() {
		t.Errorf("esc left the search: %q", r.find.pattern())
	}
	h.seesNot("not found")
}

func TestPreviewSearchInChinese(t *testing.T) {
	h := newHarnessIn(t, i18n.ZH, 80, 24, true)
	h.openDeal("SAP")
	h.press("x")
	r := h.a.report()
	word := h.a.sh.lang.T("Summary")
	h.press("/")
	h.typeText(word)
	if len(r.find.hits) == 0 {
		t.Fatalf("%q not found:\n%s", word, h.screen())
	}
	hit := r.find.hit(r.page, 0)
	ln := r.shownLine(hit.line)
	if got := ansi.Strip(ansi.Cut(ln, hit.start, hit.end)); got != word {
		t.Errorf("the hit covers %q, want %q (cells %d–%d)", got, word, hit.start, hit.end)
	}
	h.checkFrame(h.screen())
}

func TestClickSelectsADeliveryConstraint(t *testing.T) {
	for _, sz := range mouseSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h := newHarness(t, sz.w, sz.h, true)
			h.openDeal("SAP")
			h.press("3")
			s := h.a.deal()
			if len(s.d.Constraints) < 2 {
				t.Fatalf("%d constraints", len(s.d.Constraints))
			}
			// The wheel brings the second constraint into sight.
			x, y := h.find(paneReality.title(h.a.sh.lang))
			h.wheelAt(x, y+3, 2)
			if s.reality.cur.pos != 2 {
				t.Fatalf("two notches: row %d, want the second constraint", s.reality.cur.pos)
			}
			second, ok := h.once("• " + clean(s.d.Constraints[1].Text))
			if !ok {
				t.Fatalf("the second constraint is not in sight:\n%s", h.screen())
			}
			// A click on the first selects it.
			first, ok := h.once("• " + clean(s.d.Constraints[0].Text))
			if !ok {
				t.Fatalf("the first constraint is not in sight:\n%s", h.screen())
			}
			y = h.clickOn(first)
			if s.focus != paneReality || s.reality.cur.pos != 1 || !h.selectedOn(y) {
				t.Errorf("a click on the first constraint: focus %d, row %d, want 1:\n%s", s.focus, s.reality.cur.pos, h.screen())
			}
			// A click on the heading between the answer and the
			// constraints selects nothing.
			h.clickOn(h.a.sh.lang.T("Delivery constraints (%d)", len(s.d.Constraints)))
			if s.reality.cur.pos != 1 {
				t.Errorf("a click on the heading moved the selection to %d", s.reality.cur.pos)
			}
			h.clickOn(second)
			if s.reality.cur.pos != 2 {
				t.Errorf("a click on the second constraint: row %d", s.reality.cur.pos)
			}
		})
	}
}

func TestWheelMovesInAPicker(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("4", "o") // the gap's owner
	p, ok := h.a.modals[len(h.a.modals)-1].(*chooser)
	if !ok {
		t.Fatalf("o on a gap opened %T", h.a.modals[len(h.a.modals)-1])
	}
	before := p.c.cur.pos
	h.wheelAt(60, 20, 2)
	if p.c.cur.pos != before+2 {
		t.Errorf("two notches in the picker: row %d, want %d", p.c.cur.pos, before+2)
	}
	h.wheelAt(60, 20, -1)
	if p.c.cur.pos != before+1 {
		t.Errorf("one notch up: row %d, want %d", p.c.cur.pos, before+1)
	}
}
