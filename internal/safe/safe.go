// Package safe makes text from the database or from input harmless to print
// on a terminal. The screen and the command line both use it, so there is one
// rule for what may reach a terminal.
package safe

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Text makes s safe to print: escape sequences are removed whole; C0
// controls (but newline), DEL, C1 controls, bidi overrides and other
// invisible format characters are dropped; tabs become four spaces and
// invalid UTF-8 becomes U+FFFD. What is left can only move the cursor by
// printing.
//
// The joiners and modifiers that fuse emoji into one glyph (zero-width
// joiner, variation selectors, skin tones) are dropped too: terminals and
// multiplexers disagree on how wide the fused glyph is, and one cell of
// disagreement breaks every border on the line. 👩‍💻 shows as 👩💻.
func Text(s string) string { return clean(s, false) }

// Terminal is Text for the command line's output, which scripts read: tabs
// stay tabs, since they separate its columns.
func Terminal(s string) string { return clean(s, true) }

func clean(s string, keepTabs bool) string {
	if isPlain(s, keepTabs) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = ansi.Strip(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n', r == '\t' && keepTabs:
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

// isPlain reports whether s is printable ASCII (and newlines, and tabs
// when they are kept) already, the common case, so clean can return it as
// it is.
func isPlain(s string, keepTabs bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < 0x20 && c != '\n' && !(c == '\t' && keepTabs)) || c == 0x7f {
			return false
		}
	}
	return true
}

// JSON rewrites the characters of encoded JSON that a terminal would act
// on or hide — DEL, C1 controls, bidi overrides and other format
// characters — as \u escapes, so that printing the file is as safe as
// printing the screen. Outside strings JSON holds only ASCII, so every such
// rune is inside a string, and a decoder reads the escape back as the very
// same rune: the data is unchanged. encoding/json escapes C0 controls and
// U+2028/U+2029 already.
func JSON(data []byte) []byte {
	i := 0
	for i < len(data) {
		if c := data[i]; c < utf8.RuneSelf && c != 0x7f {
			i++ // ASCII other than DEL: the encoder escaped the controls
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if needsEscape(r) {
			break
		}
		i += size
	}
	if i == len(data) {
		return data
	}
	out := make([]byte, 0, len(data)+32)
	out = append(out, data[:i]...)
	for i < len(data) {
		if c := data[i]; c < utf8.RuneSelf && c != 0x7f {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		i += size
		if !needsEscape(r) {
			out = utf8.AppendRune(out, r)
			continue
		}
		if r > 0xffff {
			hi, lo := utf16.EncodeRune(r)
			out = fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
			continue
		}
		out = fmt.Appendf(out, `\u%04x`, r)
	}
	return out
}

func needsEscape(r rune) bool {
	return r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Cf, r)
}

// JSONEscapes reports whether JSON writes r, a rune other than ASCII, as a
// \u escape: for an encoder that escapes as it writes instead of passing
// its output through JSON.
func JSONEscapes(r rune) bool { return needsEscape(r) }
