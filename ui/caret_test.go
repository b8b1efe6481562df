package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"handoff/model"
)

// caretCell is the cell just after the first occurrence of text on the
// screen: where the insertion point of an input holding it stands.
func caretCell(t *testing.T, h *harness, text string) (x, y int) {
	t.Helper()
	for i, l := range strings.Split(h.screen(), "\n") {
		if j := strings.Index(l, text); j >= 0 {
			return ansi.StringWidth(l[:j+len(text)]), i
		}
	}
	t.Fatalf("%q is not on the screen:\n%s", text, h.screen())
	return 0, 0
}

// TestFormPutsTheTerminalCursorAtTheInsertionPoint: in a form over a
// screen, the terminal's own cursor stands right after what was typed,
// wide characters counted in cells, so an input method opens there.
func TestFormPutsTheTerminalCursorAtTheInsertionPoint(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := newHarness(t, size[0], size[1], true)
		h.press("n")
		if h.a.topForm() == nil {
			t.Fatal("n opened no form")
		}
		h.typeText("Chen 陈静 deal")
		c := h.a.View().Cursor
		if c == nil {
			t.Fatal("the form's view has no cursor")
		}
		x, y := caretCell(t, h, "Chen 陈静 deal")
		if c.X != x || c.Y != y {
			t.Errorf("%dx%d: cursor at %d,%d; the typed text ends at %d,%d:\n%s", size[0], size[1], c.X, c.Y, x, y, h.screen())
		}
		// Moving back over "deal", the space and the two wide characters
		// moves the cursor nine cells.
		h.press("left", "left", "left", "left", "left", "left", "left")
		if c2 := h.a.View().Cursor; c2 == nil || c2.X != x-9 || c2.Y != y {
			t.Errorf("after seven ← the cursor is at %v, want %d,%d", c2, x-9, y)
		}
		// The next field, a line further down, takes the cursor along.
		h.press("tab")
		h.typeText("Qxv 北京")
		x, y = caretCell(t, h, "Qxv 北京")
		if c := h.a.View().Cursor; c == nil || c.X != x || c.Y != y {
			t.Errorf("in the second field the cursor is at %v, want %d,%d", c, x, y)
		}
		// Over the form, a question with no input leaves no cursor; with
		// no dialog there is none either.
		h.press("esc")
		if h.a.topForm() != nil && h.a.View().Cursor != nil {
			t.Error("the discard question shows a cursor")
		}
	}
}

// TestChooserPutsTheTerminalCursorAtTheInsertionPoint: the same in the
// person picker.
func TestChooserPutsTheTerminalCursorAtTheInsertionPoint(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	h.openDeal("Suzhou")
	if h.a.View().Cursor != nil {
		t.Fatal("a screen with no dialog shows a cursor")
	}
	h.press("o")
	h.typeText("陈静")
	c := h.a.View().Cursor
	x, y := caretCell(t, h, "› 陈静")
	if c == nil || c.X != x || c.Y != y {
		t.Errorf("cursor at %v, want %d,%d:\n%s", c, x, y, h.screen())
	}
}

// TestFormCursorInAreasAndPersonFields: the cursor follows the insertion
// point into a multi-line field (on its second line) and into the name
// typed in a person field.
func TestFormCursorInAreasAndPersonFields(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	h.openDeal("Suzhou")
	h.a.modals = append(h.a.modals, decisionForm(h.a.sh, model.Decision{DealID: h.a.deal().d.Deal.ID}, ""))
	h.typeText("Wei 同意")
	h.send(tea.KeyPressMsg{Code: tea.KeyEnter})
	h.typeText("Zqx 二")
	x, y := caretCell(t, h, "Zqx 二")
	if c := h.a.View().Cursor; c == nil || c.X != x || c.Y != y {
		t.Errorf("in the decision's second line the cursor is at %v, want %d,%d:\n%s", c, x, y, h.screen())
	}
	h.press("tab") // the area's next-field key
	h.typeText("陈")
	x, y = caretCell(t, h, "› 陈")
	if c := h.a.View().Cursor; c == nil || c.X != x || c.Y != y {
		t.Errorf("in the person field the cursor is at %v, want %d,%d:\n%s", c, x, y, h.screen())
	}
}
