package ui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
)

// overlay draws a dialog centred over a body of w×h cells.
func overlay(body, dialog string, w, h int) string {
	dw, dh := lipgloss.Size(dialog)
	x, y := overlayAt(dw, dh, w, h)
	c := lipgloss.NewCompositor(
		lipgloss.NewLayer(body),
		lipgloss.NewLayer(dialog).X(x).Y(y).Z(1),
	)
	return c.Render()
}

// overlayAt is where a dialog of dw×dh cells goes over a body of w×h:
// centred across, a third of the way down.
func overlayAt(dw, dh, w, h int) (x, y int) {
	return max((w-dw)/2, 0), max((h-dh)/3, 0)
}

func itoa(n int) string { return strconv.Itoa(n) }

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}
