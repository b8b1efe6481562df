package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
)

// cursor is a position in a list of n rows of which height are visible. It
// never looks at the rows themselves, so moving costs nothing however long
// the list is, and only the visible rows are ever rendered.
type cursor struct {
	n, pos, offset, height int
}

// setLen changes the number of rows, keeping the position in range.
func (c *cursor) setLen(n int) {
	c.n = n
	c.clamp()
}

// setHeight changes how many rows are visible.
func (c *cursor) setHeight(h int) {
	if h < 1 {
		h = 1
	}
	c.height = h
	c.clamp()
}

// move moves by delta rows, stopping at the ends.
func (c *cursor) move(delta int) {
	c.pos += delta
	c.clamp()
}

// to moves to row i.
func (c *cursor) to(i int) {
	c.pos = i
	c.clamp()
}

func (c *cursor) clamp() {
	if c.pos >= c.n {
		c.pos = c.n - 1
	}
	if c.pos < 0 {
		c.pos = 0
	}
	if c.height < 1 {
		c.height = 1
	}
	if c.pos < c.offset {
		c.offset = c.pos
	}
	if c.pos >= c.offset+c.height {
		c.offset = c.pos - c.height + 1
	}
	if max := c.n - c.height; c.offset > max {
		c.offset = max
	}
	if c.offset < 0 {
		c.offset = 0
	}
}

// visible is the range of rows to draw.
func (c cursor) visible() (start, end int) {
	end = c.offset + c.height
	if end > c.n {
		end = c.n
	}
	return c.offset, end
}

// navigate moves the cursor for a navigation key and reports whether the
// key was one.
func (c *cursor) navigate(press tea.KeyPressMsg, k KeyMap) bool {
	switch {
	case key.Matches(press, k.List.Up):
		c.move(-1)
	case key.Matches(press, k.List.Down):
		c.move(1)
	case key.Matches(press, k.List.Top):
		c.to(0)
	case key.Matches(press, k.List.Bottom):
		c.to(c.n - 1)
	case key.Matches(press, k.List.PageUp):
		c.move(-c.height)
	case key.Matches(press, k.List.PageDown):
		c.move(c.height)
	default:
		return false
	}
	return true
}

// fuzzy reports whether every rune of pattern appears in text in order,
// ignoring case and accents (see fold): "rtsap" finds "Real-time sync
// with SAP", "baltyk" finds "Bałtyk". Words of the pattern separated by
// spaces must each match.
func fuzzy(pattern, text string) bool { return fuzzyScore(pattern, text) > 0 }

// fuzzyScore rates how well pattern matches text: 0 is no match; a word of
// the pattern found at the start of a word of the text scores most, found
// inside a word less, found only as scattered letters least. An empty
// pattern matches everything equally.
func fuzzyScore(pattern, text string) int {
	words := strings.Fields(fold(pattern))
	if len(words) == 0 {
		return 1
	}
	lower := fold(text)
	score := 0
	for _, w := range words {
		switch i := strings.Index(lower, w); {
		case i == 0 || (i > 0 && !unicode.IsLetter(lastRune(lower[:i]))):
			score += 3
		case i > 0:
			score += 2
		case subsequence(w, lower):
			score++
		default:
			return 0
		}
	}
	return score
}

// subsequence reports whether the runes of pattern appear in text in
// order; both are folded already.
func subsequence(pattern, text string) bool {
	p := []rune(pattern)
	i := 0
	for _, r := range text {
		if i == len(p) {
			return true
		}
		if r == p[i] {
			i++
		}
	}
	return i == len(p)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// filterBox is the "/" filter of a list: an input line and the pattern it
// holds.
type filterBox struct {
	input  textinput.Model
	active bool // typing into it
}

func newFilterBox(l i18n.Lang) filterBox {
	in := textinput.New()
	st := textinput.DefaultStyles(true)
	st.Cursor.Blink = false // a steady cursor: no timer per key press
	in.SetStyles(st)
	in.Prompt = "/"
	in.Placeholder = l.T("type to filter, enter to keep, esc to clear")
	return filterBox{input: in}
}

// pattern is the current filter text.
func (f filterBox) pattern() string { return strings.TrimSpace(f.input.Value()) }

// gutter is the room before every row of a list for the selection mark.
const gutter = 2

// listRow puts the gutter before one row of a list: "▸ " and the selected
// style on the selected row, so the selection shows even where reverse
// video does not (NO_COLOR, a washed-out projector, a golden file); two
// spaces before the other rows and the header. w is the row's width with
// the gutter.
func listRow(sty Styles, row string, w int, selected bool) string {
	if selected {
		return sty.Selected.Render(fit("▸ "+row, w))
	}
	return "  " + row
}
