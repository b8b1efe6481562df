package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// Styles is every look the UI uses, built once from a small palette for a
// light or dark background, or without colour at all (NO_COLOR). Nothing
// depends on colour alone: severity also shows as a word and a symbol,
// focus as a heavier border, selection as reverse video.
type Styles struct {
	App      lipgloss.Style
	Title    lipgloss.Style
	Crumb    lipgloss.Style
	Muted    lipgloss.Style
	Accent   lipgloss.Style
	Bold     lipgloss.Style
	Selected lipgloss.Style
	// Marked is the mark of a row marked for a bulk change.
	Marked     lipgloss.Style
	Header     lipgloss.Style
	Label      lipgloss.Style
	Pane       lipgloss.Style
	PaneFocus  lipgloss.Style
	PaneTitle  lipgloss.Style
	Tab        lipgloss.Style
	TabActive  lipgloss.Style
	Status     lipgloss.Style
	StatusErr  lipgloss.Style
	StatusOK   lipgloss.Style
	Ready      lipgloss.Style
	NotReady   lipgloss.Style
	Term       lipgloss.Style // an undefined term in promise text
	TermAgreed lipgloss.Style
	Presenting lipgloss.Style
	Modal      lipgloss.Style
	Input      lipgloss.Style
	InputFocus lipgloss.Style
	FieldErr   lipgloss.Style
	// Overdue marks a due date that has passed on something still open;
	// the word "overdue" always goes with it.
	Overdue lipgloss.Style
	// Preview is what a form understood from a field as it is typed.
	Preview  lipgloss.Style
	Big      lipgloss.Style
	severity [4]lipgloss.Style
	// plain: no colour, and perhaps no styling at all (TERM=dumb), so
	// what reverse video shows elsewhere is also said with characters.
	plain bool
}

// Severity styles a severity's mark.
func (s Styles) Severity(sev model.Severity) lipgloss.Style {
	if r := sev.Rank(); r >= 0 {
		return s.severity[r]
	}
	return s.Muted
}

// NewStyles builds the styles for a dark or light background; with noColor
// they use only bold, faint, underline and reverse.
func NewStyles(isDark, noColor bool) Styles {
	ld := lipgloss.LightDark(isDark)
	pick := func(light, dark string) color.Color {
		if noColor {
			return lipgloss.NoColor{}
		}
		return ld(lipgloss.Color(light), lipgloss.Color(dark))
	}
	var (
		accent   = pick("#5A3FC0", "#B4A2FF")
		muted    = pick("#6B6B6B", "#8C8C8C")
		border   = pick("#B8B8B8", "#4E4E4E")
		focus    = pick("#5A3FC0", "#B4A2FF")
		ok       = pick("#1B7F3B", "#5FD38A")
		bad      = pick("#B3261E", "#FF7A70")
		critical = pick("#B3261E", "#FF5F56")
		high     = pick("#B55400", "#FFA24C")
		medium   = pick("#8A6D00", "#E8C547")
		low      = pick("#3D6FB6", "#7FB2F0")
		termBg   = pick("#FFF1B8", "#5A4A00")
	)
	base := lipgloss.NewStyle()
	s := Styles{
		App:        base,
		Title:      base.Bold(true).Foreground(accent),
		Crumb:      base.Bold(true),
		Muted:      base.Foreground(muted),
		Accent:     base.Foreground(accent),
		Bold:       base.Bold(true),
		Selected:   base.Reverse(true),
		Marked:     base.Bold(true).Foreground(accent),
		Header:     base.Bold(true).Underline(true),
		Label:      base.Foreground(muted),
		Pane:       base.Border(lipgloss.RoundedBorder()).BorderForeground(border),
		PaneFocus:  base.Border(lipgloss.ThickBorder()).BorderForeground(focus),
		PaneTitle:  base.Bold(true),
		Tab:        base.Padding(0, 1).Foreground(muted),
		TabActive:  base.Padding(0, 1).Bold(true).Reverse(true),
		Status:     base.Foreground(muted),
		StatusErr:  base.Bold(true).Foreground(bad),
		StatusOK:   base.Foreground(ok),
		Ready:      base.Bold(true).Foreground(ok),
		NotReady:   base.Bold(true).Foreground(high),
		Term:       base.Underline(true).Background(termBg),
		TermAgreed: base.Underline(true),
		Presenting: base.Bold(true).Reverse(true),
		Modal:      base.Border(lipgloss.RoundedBorder()).BorderForeground(focus).Padding(0, 1),
		Input:      base,
		InputFocus: base.Foreground(accent),
		FieldErr:   base.Foreground(bad),
		Overdue:    base.Bold(true).Foreground(bad),
		Preview:    base.Foreground(ok),
		Big:        base.Bold(true),
	}
	s.severity = [4]lipgloss.Style{
		base.Bold(true).Foreground(critical),
		base.Bold(true).Foreground(high),
		base.Foreground(medium),
		base.Foreground(low),
	}
	if noColor {
		s.plain = true
		s.Term = base.Underline(true)
		s.TermAgreed = base.Italic(true)
		s.severity[0] = base.Bold(true).Reverse(true)
	}
	return s
}

// sevMarkIn is the symbol and word for a severity in the language l,
// readable without colour.
func sevMarkIn(l i18n.Lang, sev model.Severity) string {
	switch sev {
	case model.SeverityCritical:
		return "▲▲ " + sev.In(l)
	case model.SeverityHigh:
		return "▲ " + sev.In(l)
	case model.SeverityMedium:
		return "■ " + sev.In(l)
	case model.SeverityLow:
		return "· " + sev.In(l)
	}
	return sev.In(l)
}

// sevMarkWidth is the widest severity mark in the language l, in cells.
func sevMarkWidth(l i18n.Lang) int {
	w := 0
	for _, sev := range model.Severities {
		w = max(w, textWidth(sevMarkIn(l, sev)))
	}
	return w
}

// sevShortIn is the one-letter form of a severity used in tight columns,
// the first letter of its word in the language l: C, H, M, L in English,
// K, W, Ś, N in Polish.
func sevShortIn(l i18n.Lang, sev model.Severity) string {
	switch sev {
	case model.SeverityCritical:
		return l.T("C")
	case model.SeverityHigh:
		return l.T("H")
	case model.SeverityMedium:
		return l.T("M")
	case model.SeverityLow:
		return l.T("L")
	}
	return "?"
}

// fitMark is a promise's fit marker: the word with a symbol.
func fitMark(l i18n.Lang, f model.Fit, answered bool) string {
	if !answered {
		return "? " + l.T("none yet")
	}
	switch f {
	case model.FitFull:
		return "✓ " + f.In(l)
	case model.FitPartial:
		return "◐ " + f.In(l)
	case model.FitWorkaround:
		return "↻ " + f.In(l)
	case model.FitNone:
		return "✗ " + f.In(l)
	}
	return "? " + model.FitUnknown.In(l)
}

// tab draws a tab of the deal screen; the active one is in brackets
// without colour, as reverse video may not show.
func (s Styles) tab(title string, active bool) string {
	switch {
	case active && s.plain:
		return s.TabActive.Padding(0).Render("[" + title + "]")
	case active:
		return s.TabActive.Render(title)
	}
	return s.Tab.Render(title)
}
