package ui

// The terminal's own cursor stands where text is typed, so that an input
// method (Chinese pinyin, Japanese kana) opens its window there and a
// screen reader follows. Text inputs draw no cursor of their own; a
// dialog says where its insertion point is, and the app places the
// terminal's cursor there on the screen.

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// caretModal is a dialog with a text input: caret is the insertion point
// in cells from the top left of what its last View drew; ok is false when
// no input has the focus.
type caretModal interface {
	caret() (x, y int, ok bool)
}

// caret is an insertion point inside a drawn block of text.
type caret struct {
	x, y int
	ok   bool
}

func (c caret) caret() (x, y int, ok bool) { return c.x, c.y, c.ok }

// at is the caret moved by dx, dy.
func (c caret) at(dx, dy int) caret { return caret{c.x + dx, c.y + dy, c.ok} }

// modalBox is where a dialog's content starts inside its box: the border,
// and the padding on the left.
func modalBox(sty Styles) (dx, dy int) {
	m := sty.Modal
	return m.GetBorderLeftSize() + m.GetPaddingLeft() + m.GetMarginLeft(),
		m.GetBorderTopSize() + m.GetPaddingTop() + m.GetMarginTop()
}

// realCursor makes a text input leave the cursor to the terminal.
func realCursor(in *textinput.Model) { in.SetVirtualCursor(false) }

// inputCaret is the cell of a one-line input's insertion point in what
// its View draws, prompt included. The input scrolls sideways when its
// text is wider than it, and counts its position in letters, not cells:
// the cells are counted here from the text it shows.
func inputCaret(in textinput.Model) int {
	prompt := ansi.StringWidth(in.Prompt)
	runes := []rune(in.Value())
	pos := min(in.Position(), len(runes))
	if pos == 0 {
		return prompt
	}
	shown := ansi.Cut(ansi.Strip(in.View()), prompt, prompt+in.Width()+1)
	for start := 0; start < pos; start++ {
		if before := string(runes[start:pos]); strings.HasPrefix(shown, before) {
			return prompt + ansi.StringWidth(before)
		}
	}
	return prompt + ansi.StringWidth(string(runes[:pos]))
}

// modalCursor is the terminal's cursor for the dialog on top, placed on
// the screen as render places the dialog; nil when it has no input with
// the focus.
func (a *App) modalCursor() *tea.Cursor {
	if len(a.modals) == 0 || a.width < minWidth || a.height < minHeight {
		return nil
	}
	m, ok := a.modals[len(a.modals)-1].(caretModal)
	if !ok {
		return nil
	}
	bodyH := a.height - 3
	dialog := a.modals[len(a.modals)-1].View(a.width, bodyH)
	cx, cy, ok := m.caret()
	if !ok {
		return nil
	}
	dw, dh := lipgloss.Size(dialog)
	x, y := overlayAt(dw, dh, a.width, bodyH)
	x, y = x+cx, 1+y+cy // the title line is above the body
	if x >= a.width || y > bodyH {
		return nil
	}
	c := tea.NewCursor(x, y)
	c.Blink = false
	return c
}
