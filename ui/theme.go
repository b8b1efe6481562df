package ui

import (
	"regexp"

	"charm.land/lipgloss/v2"
)

// ColorNames are the semantic colours the config file may set, each a
// "#rrggbb" colour: accent (titles, focus), ok (ready, saved), bad
// (errors, overdue), warning (not ready, high gaps), muted (labels, the
// status line) and border (panes).
var ColorNames = []string{"accent", "ok", "bad", "warning", "muted", "border"}

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// ValidColor reports whether s is a colour the config file may give.
func ValidColor(s string) bool { return hexColor.MatchString(s) }

// recolor puts the config file's colours into the styles that use each
// semantic colour; a name or value it does not know is left alone.
func (s *Styles) recolor(colors map[string]string) {
	for name, value := range colors {
		if !ValidColor(value) {
			continue
		}
		c := lipgloss.Color(value)
		switch name {
		case "accent":
			s.Title, s.Accent, s.InputFocus = s.Title.Foreground(c), s.Accent.Foreground(c), s.InputFocus.Foreground(c)
			s.PaneFocus, s.Modal = s.PaneFocus.BorderForeground(c), s.Modal.BorderForeground(c)
		case "ok":
			s.StatusOK, s.Ready, s.Preview = s.StatusOK.Foreground(c), s.Ready.Foreground(c), s.Preview.Foreground(c)
		case "bad":
			s.StatusErr, s.FieldErr, s.Overdue = s.StatusErr.Foreground(c), s.FieldErr.Foreground(c), s.Overdue.Foreground(c)
		case "warning":
			s.NotReady, s.severity[1] = s.NotReady.Foreground(c), s.severity[1].Foreground(c)
		case "muted":
			s.Muted, s.Label, s.Tab, s.Status = s.Muted.Foreground(c), s.Label.Foreground(c), s.Tab.Foreground(c), s.Status.Foreground(c)
		case "border":
			s.Pane = s.Pane.BorderForeground(c)
		}
	}
}
