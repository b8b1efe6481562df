package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// chooser picks one of a list of lines by typing part of it: the term
// library, for one. Enter runs choose with the index picked.
type chooser struct {
	sh      *shared
	title   string
	note    string
	items   []string
	matches []int
	input   textinput.Model
	cur     cursor
	choose  func(i int) tea.Cmd
}

func openChooser(sh *shared, title, note string, items []string, choose func(int) tea.Cmd) tea.Cmd {
	in := textinput.New()
	in.Prompt = "› "
	in.Placeholder = "type to filter"
	in.SetStyles(sh.inputStyles())
	in.Focus()
	c := &chooser{sh: sh, title: title, note: note, items: items, input: in, choose: choose}
	c.cur.setHeight(10)
	c.refilter()
	return sh.open(c)
}

func (c *chooser) refilter() {
	c.matches = c.matches[:0]
	for i, it := range c.items {
		if fuzzy(c.input.Value(), it) {
			c.matches = append(c.matches, i)
		}
	}
	c.cur.setLen(len(c.matches))
}

func (c *chooser) Update(msg tea.Msg) (modal, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return c, nil
	}
	switch {
	case key.Matches(press, c.sh.keys.Cancel):
		return nil, nil
	case press.String() == "up":
		c.cur.move(-1)
		return c, nil
	case press.String() == "down":
		c.cur.move(1)
		return c, nil
	case press.String() == "enter":
		if len(c.matches) == 0 {
			return c, nil
		}
		return nil, c.choose(c.matches[c.cur.pos])
	}
	var cmd tea.Cmd
	c.input, cmd = c.input.Update(press)
	c.refilter()
	return c, cmd
}

func (c *chooser) View(width, height int) string {
	sty := c.sh.styles
	w := min(76, width-4)
	inner := w - 4
	out := []string{sty.Title.Render(c.title)}
	for _, l := range wrap(c.note, inner) {
		out = append(out, sty.Muted.Render(l))
	}
	c.input.SetWidth(inner - 3)
	out = append(out, "", c.input.View(), "")
	start, end := c.cur.visible()
	for i := start; i < end; i++ {
		text := fit(line(c.items[c.matches[i]]), inner-2)
		if i == c.cur.pos {
			out = append(out, sty.Selected.Render("▸ "+text))
		} else {
			out = append(out, "  "+text)
		}
	}
	if len(c.matches) == 0 {
		out = append(out, sty.Muted.Render("  nothing matches"))
	}
	out = append(out, "", sty.Muted.Render("type to filter · ↑/↓ · enter: choose · esc: cancel"))
	return sty.Modal.Width(w).Render(strings.Join(out, "\n"))
}
