//go:build unix

package main

import (
	"fmt"
	"strings"
	"testing"
)

// mouse sends an SGR mouse report at the cell x, y (zero-based, as the
// screen is read): the wheel (64 up, 65 down) or a press and release of
// the left button (0).
func (p *tui) mouse(button, x, y int) {
	p.t.Helper()
	seq := fmt.Sprintf("\x1b[<%d;%d;%dM", button, x+1, y+1)
	if button < 64 {
		seq += fmt.Sprintf("\x1b[<%d;%d;%dm", button, x+1, y+1)
	}
	p.s.mustTmux("send-keys", "-t", p.pane, "-l", "--", seq)
}

// cellOf is where text first shows on a screen: its column in cells and
// its row.
func (p *tui) cellOf(scr, text string) (x, y int) {
	p.t.Helper()
	for i, row := range strings.Split(scr, "\n") {
		if j := strings.Index(row, text); j >= 0 {
			return len([]rune(row[:j])), i
		}
	}
	p.t.Fatalf("the screen does not show %q:\n%s", text, frame(scr))
	return 0, 0
}

// markedRow is the row of a screen with the selection mark.
func markedRow(scr string) string {
	for _, row := range strings.Split(scr, "\n") {
		if strings.Contains(row, "▸") {
			return row
		}
	}
	return ""
}

// Journey: the mouse. The app asks the terminal for the mouse; the wheel
// moves the selection in the deal list, a click opens nothing but selects,
// and on the deal screen a click focuses the pane under it and selects the
// gap clicked. With --no-mouse the terminal keeps the mouse.
func TestE2EMouse(t *testing.T) {
	s := newServer(t)
	p := s.start("mouse", 120, 35, "demo")
	scr := p.waitFor("3 deals")
	if flags := p.format("#{mouse_any_flag}#{mouse_button_flag}"); !strings.Contains(flags, "1") {
		t.Errorf("the app did not ask for the mouse: any, button = %s", flags)
	}
	if row := markedRow(scr); !strings.Contains(row, "Managed IT services") {
		t.Fatalf("the first deal is not selected at start: %q", row)
	}
	p.mouse(65, 20, 3) // the wheel, a notch down
	scr = p.waitUntil("the wheel to move the selection", waitTimeout, func(scr string) bool {
		return strings.Contains(markedRow(scr), "Process & AI-readiness")
	})
	x, y := p.cellOf(scr, "SAP S/4HANA")
	p.mouse(0, x+2, y)
	p.waitUntil("a click to select the SAP deal", waitTimeout, func(scr string) bool {
		return strings.Contains(markedRow(scr), "SAP S/4HANA")
	})
	p.mouse(64, 20, 3) // a notch up
	p.waitUntil("the wheel up", waitTimeout, func(scr string) bool {
		return strings.Contains(markedRow(scr), "Process & AI-readiness")
	})

	p.keys("Enter")
	scr = p.waitFor(paneTitles...)
	if !strings.Contains(scr, "┏━ 2 Promises") {
		t.Fatalf("the promises pane is not focused on opening:\n%s", frame(scr))
	}
	// A click in the gaps pane, on its second row, focuses it and selects
	// that gap: the detail under the list follows.
	x, y = p.cellOf(scr, "4 Gaps (")
	p.mouse(0, x+4, y+3)
	scr = p.waitFor("┏━ 4 Gaps")
	if strings.Contains(scr, "┏━ 2 Promises") {
		t.Errorf("two panes focused:\n%s", frame(scr))
	}
	rows := strings.Split(scr, "\n")
	if !strings.Contains(rows[y+3], "▸") {
		t.Errorf("the gap clicked (row %d) is not the one selected:\n%s", y+3, frame(scr))
	}
	p.quit()

	off := s.start("nomouse", 120, 35, "--no-mouse", "demo")
	off.waitFor("3 deals")
	if flags := off.format("#{mouse_any_flag}#{mouse_button_flag}"); flags != "00" {
		t.Errorf("with --no-mouse the app asked for the mouse: any, button = %s", flags)
	}
	// A wheel report that reaches it anyway moves nothing: after it, j
	// moves to the second deal, not the third.
	off.mouse(65, 20, 3)
	off.keys("j")
	scr = off.waitUntil("j to move the selection", waitTimeout, func(scr string) bool {
		return !strings.Contains(markedRow(scr), "Managed IT services")
	})
	if row := markedRow(scr); !strings.Contains(row, "Process & AI-readiness") {
		t.Errorf("with --no-mouse the wheel moved the selection: %q", row)
	}
	off.quit()
}
