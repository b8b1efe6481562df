package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"handoff/internal/i18n"
	"handoff/model"
)

// confirm asks a yes/no question; yes runs the command.
type confirm struct {
	sh       *shared
	question string
	detail   string
	yes      tea.Cmd
}

func askConfirm(sh *shared, question, detail string, yes tea.Cmd) tea.Cmd {
	return sh.open(&confirm{sh: sh, question: question, detail: detail, yes: yes})
}

func (c *confirm) Update(msg tea.Msg) (modal, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return c, nil
	}
	switch {
	case key.Matches(press, c.sh.keys.Dialog.Yes):
		return nil, c.yes
	case key.Matches(press, c.sh.keys.Dialog.No):
		return nil, status(c.sh.lang.T("Nothing was changed."))
	case key.Matches(press, c.sh.keys.Dialog.Help):
		return c, dialogHelp(c.sh, c.sh.lang.T("question"), c.sh.keys.Dialog.Yes, c.sh.keys.Dialog.No)
	}
	return c, nil
}

func (c *confirm) View(width, height int) string {
	sty := c.sh.styles
	w := min(64, width-4)
	var b strings.Builder
	for _, l := range wrap(c.question, w-4) {
		b.WriteString(sty.Title.Render(l) + "\n")
	}
	for _, l := range wrap(clean(c.detail), w-4) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + sty.Muted.Render(keyLine(c.sh.keys.Dialog.Yes, c.sh.keys.Dialog.No)))
	return sty.Modal.Width(w).Render(b.String())
}

// conflictDialog offers the choice when a save met a newer version: take
// theirs (reload the form with what is stored now) or keep mine (save over
// it). It never decides on its own.
type conflictDialog struct {
	sh        *shared
	what      string
	changed   []string // fields the other side changed
	mine      []string // fields this side changed: what overwrite saves
	noForm    bool     // the change came from a key or a pick, not a form
	reload    tea.Cmd
	overwrite tea.Cmd
}

func (c *conflictDialog) Update(msg tea.Msg) (modal, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return c, nil
	}
	k := c.sh.keys.Dialog
	switch {
	case key.Matches(press, k.Reload):
		return nil, c.reload
	case key.Matches(press, k.Overwrite):
		return nil, c.overwrite
	case c.noForm && key.Matches(press, k.SaveNothing):
		return nil, status(c.sh.lang.T("Nothing was saved."))
	case !c.noForm && key.Matches(press, k.BackToForm):
		return nil, status(c.sh.lang.T("Your edits are still in the form; nothing was saved."))
	case key.Matches(press, k.Help):
		return c, dialogHelp(c.sh, c.sh.lang.T("changed underneath you"), c.keys()...)
	}
	return c, nil
}

func (c *conflictDialog) View(width, height int) string {
	sty := c.sh.styles
	w := min(66, width-4)
	var b strings.Builder
	l := c.sh.lang
	b.WriteString(sty.StatusErr.Render(l.T("Changed underneath you")) + "\n")
	for _, s := range wrap(l.T("%s was changed by someone else while you were editing it.", line(c.what)), w-4) {
		b.WriteString(s + "\n")
	}
	if len(c.changed) > 0 {
		b.WriteString("\n" + l.T("They changed: %s", sty.Bold.Render(strings.Join(c.changed, ", "))) + "\n")
	} else {
		for _, s := range wrap("\n"+l.T("It was deleted or its content is the same; saving makes yours the current version."), w-4) {
			b.WriteString(s + "\n")
		}
	}
	if len(c.mine) > 0 {
		b.WriteString(l.T("You changed: %s", sty.Bold.Render(strings.Join(c.mine, ", "))) + "\n")
	}
	b.WriteString("\n")
	for _, kb := range c.keys() {
		// The key column is three cells wide, "esc" the widest.
		b.WriteString(sty.Accent.Render(kb.Help().Key) + strings.Repeat(" ", max(3-ansi.StringWidth(kb.Help().Key), 1)) + kb.Help().Desc + "\n")
	}
	return sty.Modal.Width(w).Render(b.String())
}

// keys are the dialog's keys: esc goes back to the form, or saves nothing
// when no form asked.
func (c *conflictDialog) keys() []key.Binding {
	k := c.sh.keys.Dialog
	if c.noForm {
		return []key.Binding{k.Reload, k.Overwrite, k.SaveNothing}
	}
	return []key.Binding{k.Reload, k.Overwrite, k.BackToForm}
}

// changedFields names the fields that differ between two values,
// ignoring the version, in words of the language l ("due", "budget
// days"; "termin", "budżet (osobodni)"). A gap's difference goes with its
// title, which is named instead.
func changedFields(l i18n.Lang, a, b any) []string {
	out := model.DifferentFields(a, b, "version", "revision", "difference")
	for i, f := range out {
		out[i] = model.FieldLabel(l, f)
	}
	return out
}

// helpSection is a titled group of keys in the full help.
type helpSection struct {
	title string
	keys  []key.Binding
}

// helpView is the full list of keys, from the same bindings that act.
type helpView struct {
	sh       *shared
	title    string
	sections []helpSection
	offset   int // first line shown, when the help is taller than the screen
}

func (h *helpView) Update(msg tea.Msg) (modal, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return h, nil
	}
	k := h.sh.keys
	switch {
	case key.Matches(press, h.sh.keys.Typing.ForceQuit):
		return nil, tea.Quit
	case key.Matches(press, k.List.Down):
		h.offset++
	case key.Matches(press, k.List.Up):
		h.offset = max(h.offset-1, 0)
	case key.Matches(press, k.List.PageDown):
		h.offset += 10
	case key.Matches(press, k.List.PageUp):
		h.offset = max(h.offset-10, 0)
	default:
		return nil, nil // any other key closes help
	}
	return h, nil
}

// View lays the sections out in columns, as many across as fit.
func (h *helpView) View(width, height int) string {
	sty := h.sh.styles
	var blocks []string
	for _, s := range h.sections {
		kw := 0
		for _, b := range s.keys {
			kw = max(kw, ansi.StringWidth(b.Help().Key))
		}
		lines := []string{sty.Header.Render(s.title)}
		for _, b := range s.keys {
			if !b.Enabled() {
				continue
			}
			lines = append(lines, sty.Accent.Render(fit(b.Help().Key, kw))+" "+b.Help().Desc)
		}
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	avail := width - 8
	var rows []string
	var row []string
	rowW := 0
	for _, b := range blocks {
		w := lipgloss.Width(b) + 3
		if rowW+w > avail && len(row) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		row = append(row, lipgloss.NewStyle().PaddingRight(3).Render(b))
		rowW += w
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	lines := strings.Split(strings.Join(rows, "\n\n"), "\n")
	if h.sh.mouse {
		// The app has the mouse: the terminal's own selection needs shift.
		lines = append(lines, "")
		for _, ln := range wrap(h.sh.lang.T("Mouse: the wheel scrolls, a click selects. To select text and copy it, hold shift while dragging (in most terminals; option in iTerm2)."), max(avail, 20)) {
			lines = append(lines, sty.Muted.Render(ln))
		}
	}
	foot := h.sh.lang.T("any key closes this help")
	if room := height - 6; len(lines) > room {
		h.offset = min(h.offset, len(lines)-room)
		lines = lines[h.offset : h.offset+room]
		foot = h.sh.lang.T("↑/↓ scroll · any other key closes this help")
	}
	return sty.Modal.Render(sty.Title.Render(h.sh.lang.T("Keys — %s", h.title)) + "\n\n" + strings.Join(lines, "\n") + "\n" + sty.Muted.Render(foot))
}

// sectionsOf turns help sections into the groups help.KeyMap wants.
func sectionsOf(sections []helpSection) [][]key.Binding {
	out := make([][]key.Binding, len(sections))
	for i, s := range sections {
		out[i] = s.keys
	}
	return out
}
