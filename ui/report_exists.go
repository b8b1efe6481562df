package ui

import (
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// reportExistsMsg says the report's file is there already, so the app asks
// before it writes.
type reportExistsMsg struct {
	path, markdown string
}

// existsDialog asks what to do about a report file that exists: replace
// it, keep both (the new one numbered), or write nothing.
type existsDialog struct {
	sh             *shared
	path, markdown string
}

func (d *existsDialog) Update(msg tea.Msg) (modal, tea.Cmd) {
	press, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return d, nil
	}
	k := d.sh.keys.Dialog
	switch {
	case key.Matches(press, k.Replace):
		return nil, writeReportCmd(d.path, d.markdown, true)
	case key.Matches(press, k.KeepBoth):
		return nil, writeBesideCmd(d.path, d.markdown)
	case key.Matches(press, k.WriteNothing):
		return nil, status(d.sh.lang.T("Nothing was written; %s is as it was.", line(filepath.Base(d.path))))
	case key.Matches(press, k.Help):
		return d, dialogHelp(d.sh, d.sh.lang.T("the file exists"), k.Replace, k.KeepBoth, k.WriteNothing)
	}
	return d, nil
}

func (d *existsDialog) View(width, height int) string {
	sty := d.sh.styles
	w := min(64, width-4)
	k := d.sh.keys.Dialog
	ext := filepath.Ext(d.path)
	beside := strings.TrimSuffix(filepath.Base(d.path), ext) + "-2" + ext
	var b strings.Builder
	b.WriteString(sty.Title.Render(d.sh.lang.T("The file exists already")) + "\n")
	for _, l := range wrap(clean(d.path), w-4) {
		b.WriteString(l + "\n")
	}
	b.WriteString("\n" + sty.Accent.Render(k.Replace.Help().Key) + " " + k.Replace.Help().Desc + "\n")
	b.WriteString(sty.Accent.Render(k.KeepBoth.Help().Key) + " " + k.KeepBoth.Help().Desc + ": " + d.sh.lang.T("write %s (or the next free number)", line(beside)) + "\n")
	b.WriteString(sty.Accent.Render(k.WriteNothing.Help().Key) + " " + k.WriteNothing.Help().Desc)
	return sty.Modal.Width(w).Render(b.String())
}

// reportExists closes the path form that asked (f), if any, and asks.
func (a *App) reportExists(msg reportExistsMsg, f *form) tea.Cmd {
	if f != nil {
		a.closeForm(f)
	}
	a.modals = append(a.modals, &existsDialog{sh: a.sh, path: msg.path, markdown: msg.markdown})
	return nil
}
