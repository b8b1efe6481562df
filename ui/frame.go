package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"handoff/model"
)

// box draws content in a frame of exactly w×h cells with a title in the top
// border, and a column of space inside each side: content lines are at most
// w-4 cells. The focused pane gets the heavier border, so focus shows without
// colour too.
func box(sty Styles, title string, content []string, w, h int, focused bool) string {
	if w < 4 || h < 2 {
		return ""
	}
	b := lipgloss.RoundedBorder()
	style := sty.Pane
	if focused {
		b = lipgloss.ThickBorder()
		style = sty.PaneFocus
	}
	color := lipgloss.NewStyle().Foreground(style.GetBorderTopForeground())
	inner := w - 2
	t := " " + cut(title, inner-4) + " "
	tw := textWidth(t)
	if focused {
		t = sty.PaneTitle.Render(t)
	}
	// The border pieces are styled once; the lines between reuse them.
	left, right := color.Render(b.Left), color.Render(b.Right)
	top := color.Render(b.TopLeft+b.Top) + t + color.Render(strings.Repeat(b.Top, max(inner-1-tw, 0))+b.TopRight)
	bottom := color.Render(b.BottomLeft + strings.Repeat(b.Bottom, inner) + b.BottomRight)
	// The lines are fitted first so the box is written into one buffer of
	// its size: grown as it goes, a pane drawn on every key press left
	// several times its size behind for the collector.
	lines := make([]string, h-2)
	n := len(top) + len(bottom) + 1
	for i := range lines {
		if i < len(content) {
			lines[i] = fit(content[i], inner-2)
		} else {
			lines[i] = fit("", inner-2)
		}
		n += len(left) + len(lines[i]) + len(right) + 3
	}
	var out strings.Builder
	out.Grow(n)
	out.WriteString(top)
	out.WriteByte('\n')
	for _, l := range lines {
		out.WriteString(left)
		out.WriteByte(' ')
		out.WriteString(l)
		out.WriteByte(' ')
		out.WriteString(right)
		out.WriteByte('\n')
	}
	out.WriteString(bottom)
	return out.String()
}

// besides puts two blocks of lines side by side. Both are boxes of known
// width, so no measuring is needed.
func besides(left, right string) string {
	var out strings.Builder
	out.Grow(len(left) + len(right) + 1) // no more than both, with fewer line breaks
	sideBySide(&out, []string{left}, []string{right})
	return out.String()
}

// columns is head above two columns of boxes side by side, each column its
// boxes one under the other, written into one buffer of its size rather
// than joined a piece at a time.
func columns(head string, left, right []string) string {
	n := len(head) + 1
	for _, b := range left {
		n += len(b) + 1
	}
	for _, b := range right {
		n += len(b) + 1
	}
	var out strings.Builder
	out.Grow(n)
	out.WriteString(head)
	out.WriteByte('\n')
	sideBySide(&out, left, right)
	return out.String()
}

// sideBySide writes the lines of two columns of blocks side by side.
func sideBySide(out *strings.Builder, left, right []string) {
	l, r := stacked(left), stacked(right)
	for i := range max(len(l), len(r)) {
		if i > 0 {
			out.WriteByte('\n')
		}
		if i < len(l) {
			out.WriteString(l[i])
		}
		if i < len(r) {
			out.WriteString(r[i])
		}
	}
}

// stacked is the lines of blocks one under the other.
func stacked(blocks []string) []string {
	var lines []string
	for _, b := range blocks {
		lines = append(lines, strings.Split(b, "\n")...)
	}
	return lines
}

// highlight renders text with its watched words marked: undefined terms in
// the term style, agreed ones underlined. Offsets are into the raw text;
// each piece is cleaned on its own so they stay right.
func highlight(sty Styles, text string, spans []model.TermSpan) string {
	var b strings.Builder
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End > len(text) {
			continue
		}
		b.WriteString(clean(text[prev:s.Start]))
		style := sty.Term
		if s.Agreed {
			style = sty.TermAgreed
		}
		b.WriteString(style.Render(clean(text[s.Start:s.End])))
		prev = s.End
	}
	b.WriteString(clean(text[prev:]))
	return b.String()
}

// labelled is "Label  value" with the label muted and padded to lw.
func labelled(sty Styles, label string, lw int, value string) string {
	return sty.Label.Render(fit(label, lw)) + " " + value
}

// widest is the width in cells of the widest label: label columns are
// as wide as their longest label in the app's language.
func widest(labels ...string) int {
	w := 0
	for _, l := range labels {
		w = max(w, textWidth(l))
	}
	return w
}

// pad returns lines padded or cut to exactly n lines.
func pad(lines []string, n int) []string {
	if len(lines) > n {
		return lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return lines
}

// indent puts prefix before every line.
func indent(lines []string, prefix string) []string {
	for i := range lines {
		lines[i] = prefix + lines[i]
	}
	return lines
}
