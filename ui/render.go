package ui

// Drawing the whole window: the title line, the screen, a dialog over it,
// the status line and the short help.

import (
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// View draws the title line, the screen, any dialog over it, the status
// line and the short help.
func (a *App) View() tea.View {
	frame := a.render()
	if a.sh.presenting {
		// Money fields are hidden where they are drawn; this catches the
		// amounts people typed into promises, answers and decisions.
		frame = redactFrame(frame)
	}
	v := tea.NewView(frame)
	v.AltScreen = true
	if a.sh.mouse {
		// Clicks and the wheel, and drags while a button is held: the
		// terminal's own selection is then shift+drag (the help says so).
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.Cursor = a.modalCursor()
	return v
}

func (a *App) render() string {
	sty := a.sh.styles
	if a.width == 0 {
		return ""
	}
	if a.width < minWidth || a.height < minHeight {
		l := a.sh.lang
		msg := sty.Bold.Render(l.T("The terminal is too small")) + "\n" +
			l.T("handoff needs at least 80×24; this one is %d×%d.", a.width, a.height) + "\n" +
			sty.Muted.Render(l.T("Make the window larger, or press q to quit."))
		return lipgloss.Place(a.width, a.height, lipgloss.Center, lipgloss.Center, msg)
	}
	sc := a.top()
	body := sc.View()
	bodyH := a.height - 3
	body = strings.Join(pad(strings.Split(body, "\n"), bodyH), "\n")
	if len(a.modals) > 0 {
		body = overlay(body, a.modals[len(a.modals)-1].View(a.width, bodyH), a.width, bodyH)
	}
	// The help line is cut here too: the help bubble lets the last item
	// run past its width when the ellipsis does not fit.
	return a.titleLine() + "\n" + body + "\n" + a.statusLine() + "\n" + cut(a.help.ShortHelpView(sc.ShortHelp()), a.width)
}

// titleLine is the app name, where you are, and the presenting banner.
func (a *App) titleLine() string {
	sty := a.sh.styles
	crumb := ""
	for _, sc := range a.stack {
		crumb = sc.Crumb(crumb)
	}
	left := sty.Title.Render("handoff") + "  " + sty.Crumb.Render(crumb)
	right := ""
	if a.sh.presenting {
		right = sty.Presenting.Render(" ● " + a.sh.lang.T("PRESENTING — money and notes hidden") + " ")
	}
	gap := a.width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return fit(left+" "+right, a.width)
	}
	return left + spaces(gap) + right
}

func (a *App) statusLine() string {
	sty := a.sh.styles
	path := line(a.sh.store.Path())
	if a.fileTrouble != "" && !a.status.err {
		// Why nothing can be saved stays in sight until an error says more.
		return sty.StatusErr.Render(fit(elidePath("✗ "+a.fileTrouble, path, a.width), a.width))
	}
	if a.status.text == "" {
		return ""
	}
	if a.status.err {
		return sty.StatusErr.Render(fit(elidePath("✗ "+a.status.text, path, a.width), a.width))
	}
	return sty.Status.Render(fit(elidePath(a.status.text, path, a.width), a.width))
}

// elidePath shortens the database's path in text, in its middle, as far
// as text needs to fit in width (down to "…/" and the file's name): the
// sentence around a path says what happened, and a long folder would
// push it off the line.
func elidePath(text, path string, width int) string {
	n := strings.Count(text, path)
	over := textWidth(text) - width
	if path == "" || n == 0 || over <= 0 {
		return text
	}
	dir, name := filepath.Split(path)
	keep := len([]rune(dir)) - (over+n-1)/n - 2 // the letters of the folder kept, beside "…/"
	short := "…" + string(filepath.Separator) + name
	if keep > 0 {
		short = string([]rune(dir)[:keep]) + short
	}
	if len(short) >= len(path) {
		return text
	}
	return strings.ReplaceAll(text, path, short)
}
