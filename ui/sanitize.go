package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"handoff/internal/safe"
)

// clean makes text from the database or from input safe to print (see
// safe.Text: the command line uses the same rule).
func clean(s string) string { return safe.Text(s) }

// line is clean for a single line: line breaks become " ⏎ " so a
// multi-line value stays on one row of a table.
func line(s string) string {
	s = clean(s)
	if !strings.Contains(s, "\n") {
		return s
	}
	parts := strings.Fields(strings.ReplaceAll(s, "\n", " \n "))
	return strings.ReplaceAll(strings.Join(parts, " "), "\n", "⏎")
}

// fit cuts a cleaned single line to width cells (wide characters counted
// right), adding "…" when cut, and pads it with spaces to exactly width.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := textWidth(s)
	if w > width {
		s = ansi.Truncate(s, width, "…")
		w = ansi.StringWidth(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// textWidth is the cells s takes; plain ASCII, the common case, is
// counted without the grapheme machinery.
func textWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// cut is fit without the padding.
func cut(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if textWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// wrap breaks cleaned text into lines of at most width cells, on spaces
// where it can, keeping the text's own line breaks.
func wrap(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	var out []string
	s = keepMoneyWhole(s)
	for _, para := range strings.Split(s, "\n") {
		if para == "" {
			out = append(out, "")
			continue
		}
		w := ansi.Wrap(para, width, " -")
		out = append(out, strings.Split(w, "\n")...)
	}
	return out
}
