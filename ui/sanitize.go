package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// clean makes text from the database or from input safe to print: escape
// sequences are removed whole; C0 controls (but newline), DEL, C1
// controls, bidi overrides and other invisible format characters are
// dropped; tabs become spaces and invalid UTF-8 becomes U+FFFD. What is
// left can only move the cursor by printing.
//
// The joiners and modifiers that fuse emoji into one glyph (zero-width
// joiner, variation selectors, skin tones) are dropped too: terminals and
// multiplexers disagree on how wide the fused glyph is, and one cell of
// disagreement breaks every border on the line. 👩‍💻 shows as 👩💻.
func clean(s string) string {
	if isPlain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteString("    ")
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// C0, DEL, C1: gone.
		case unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			// Format characters: bidi overrides and isolates, zero-width
			// spaces and joiners, soft hyphens, line/paragraph separators.
		case r == '\ufe0e' || r == '\ufe0f' || (r >= 0x1f3fb && r <= 0x1f3ff):
			// Variation selectors and skin tones: see above.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII (and newlines) already, the
// common case, so clean can return it as it is.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < 0x20 && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

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
