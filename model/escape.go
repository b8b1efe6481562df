package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escaping user text for the markdown report (DESIGN §7).
//
// Every value a person typed reaches the report through EscapeCell,
// EscapeText or escapeHeading, so that no value can break a table, start a
// block of its own, or turn into HTML, a link or an image — on GitHub
// (cmark-gfm with the table, autolink, strikethrough, tagfilter, footnote
// and task-list extensions) and through pandoc. The rules, and why each is
// enough:
//
//   - Terminal escape sequences are removed whole; other C0 controls, DEL,
//     C1 controls and Unicode format characters (bidi overrides and
//     isolates, zero-width spaces, the BOM, soft hyphens) are dropped, but
//     the zero-width joiner emoji are built with is kept. Invalid UTF-8
//     becomes U+FFFD. Tabs become spaces.
//   - Line breaks (CR, LF, CRLF, VT, FF, NEL, U+2028, U+2029) end a table
//     row, so in a cell they become " ⏎ "; in text they become hard line
//     breaks (a backslash at the end of the line). Blank lines are dropped
//     and each line is trimmed, so no line can be indented into a code
//     block and no user text adds a paragraph break.
//   - Backslash, backtick, "*", "~", "[", "]", "|" and "$" are always
//     backslash-escaped: no code span, emphasis, strikethrough, link,
//     image, footnote, task box, table cell boundary or (GitHub) math can
//     start. "_" is escaped unless it sits between two letters or digits,
//     where CommonMark never reads it as emphasis (snake_case stays
//     readable). "!" needs nothing once "[" is escaped.
//   - "<" becomes "&lt;", so no raw HTML and no <…> autolink can open;
//     ">" alone does nothing then, and is escaped only at a line start
//     (block quote). "&" is escaped when it would start an entity
//     reference ("&amp;" stays as typed), not in "R&D".
//   - The GFM autolink extension looks at the raw text for "www." and
//     "://": the dot after "www" and the colon before "//" are escaped.
//     Its e-mail rule works on the text after escapes are undone, so no
//     escape helps there: a word joiner (U+2060, invisible) goes before
//     every "@", which ends the address's local part and so the link. The
//     "@" is backslash-escaped as well, for pandoc's own markdown, where
//     "@word" is a citation.
//   - At a line start in text: "#", ">", "-", "+", "=", ":" and the "." or
//     ")" after a number are escaped, so no heading, quote, list item,
//     thematic break, setext underline or table delimiter row can start.
//     (A table cell is inline content: nothing there starts a block.)
//
// Letters, digits, spaces and the rest of punctuation pass through, so the
// raw markdown stays readable.

// EscapeCell makes s safe as the content of one GFM table cell: it stays
// one cell of one row, and renders as its own text, never as markup.
func EscapeCell(s string) string {
	if isInertLine(s, false, false) {
		return s
	}
	lines := cleanLines(s)
	if len(lines) == 1 && isInert(lines[0], false, false) {
		return lines[0]
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString(" ⏎ ")
		}
		escapeLine(&b, l, false, false)
	}
	return b.String()
}

// EscapeText makes s safe as paragraph or list-item text: each of its lines
// renders as written, the line breaks as hard breaks, and nothing in it
// becomes markup or a block of its own. The result has no trailing spaces;
// a caller placing it in a list item indents its continuation lines.
func EscapeText(s string) string {
	if isInertLine(s, true, false) {
		return s
	}
	lines := cleanLines(s)
	if len(lines) == 1 && isInert(lines[0], true, false) {
		return lines[0]
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\\\n")
		}
		escapeLine(&b, l, true, false)
	}
	return b.String()
}

// escapeHeading makes s safe as the text of an ATX heading: one line, and
// no "#" that could read as the heading's closing sequence.
func escapeHeading(s string) string {
	lines := cleanLines(s)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte(' ')
		}
		escapeLine(&b, l, i == 0, true)
	}
	return b.String()
}

// PlainCell is the text a cell made by EscapeCell shows once rendered: s
// cleaned of controls, its lines trimmed and joined with " ⏎ ", and a word
// joiner before each "@". Tests compare rendered cells with it.
func PlainCell(s string) string {
	lines := cleanLines(s)
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, "@", wordJoiner+"@")
	}
	return strings.Join(lines, " ⏎ ")
}

// wordJoiner is U+2060: zero width, no break; it keeps "@" out of e-mail
// autolinks.
const wordJoiner = "\u2060"

// cleanLines removes escape sequences and invisible controls from s and
// returns its non-blank lines, trimmed.
func cleanLines(s string) []string {
	if isCleanLine(s) {
		if t := strings.TrimSpace(s); t != "" {
			return []string{t}
		}
		return nil
	}
	var out []string
	for _, l := range strings.Split(cleanText(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// isCleanLine reports whether s is one line of valid UTF-8 with nothing
// cleanText would change: the common case, which needs no copy.
func isCleanLine(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r < 0xa0 || r == '\u2028' || r == '\u2029' ||
			(r != '\u200d' && unicode.Is(unicode.Cf, r)) {
			return false
		}
		i += size
	}
	return true
}

// cleanText removes terminal escape sequences, control and format
// characters, turns every kind of line break into "\n" and tabs into
// spaces, and replaces invalid UTF-8 with U+FFFD.
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f:
			i = skipEscape(s, i, r, size)
			continue
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case r == '\n' || r == '\v' || r == '\f' || r == 0x85 || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// C0, DEL and C1 controls: dropped.
		case r == '\u200d':
			b.WriteRune(r) // zero-width joiner: keeps emoji sequences whole
		case unicode.Is(unicode.Cf, r):
			// Format characters: bidi overrides and isolates, marks,
			// zero-width spaces, word joiners, BOM, soft hyphen: dropped.
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// skipEscape returns the index just past the escape sequence that starts
// at i with the introducer r (ESC or an 8-bit C1 introducer) of size bytes:
// CSI parameters and final byte, an OSC or other control string up to its
// terminator (BEL or ST) or the end of the line, or ESC and one character.
// Only the introducer is certain to go; the rest goes when it is well
// formed, so no stray "[2J" is left in the text.
func skipEscape(s string, i int, r rune, size int) int {
	j := i + size
	kind := r
	if r == 0x1b {
		if j >= len(s) {
			return j
		}
		switch s[j] {
		case '[':
			kind, j = 0x9b, j+1
		case ']':
			kind, j = 0x9d, j+1
		case 'P', 'X', '^', '_':
			kind, j = 0x90, j+1
		default:
			// ESC, intermediates, one final character.
			for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
				j++
			}
			if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
				j++
			}
			return j
		}
	}
	if kind == 0x9b { // CSI: parameters, intermediates, final byte
		k := j
		for k < len(s) && s[k] >= 0x30 && s[k] <= 0x3f {
			k++
		}
		for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2f {
			k++
		}
		if k < len(s) && s[k] >= 0x40 && s[k] <= 0x7e {
			return k + 1
		}
		return j
	}
	// A control string (OSC, DCS, SOS, PM, APC): up to BEL or ST, or the
	// end of the line when it is never terminated.
	for k := j; k < len(s); k++ {
		switch c := s[k]; {
		case c == 0x07:
			return k + 1
		case c == 0x1b && k+1 < len(s) && s[k+1] == '\\':
			return k + 2
		case c == 0xc2 && k+1 < len(s) && s[k+1] == 0x9c: // U+009C, ST
			return k + 2
		case c == '\n' || c == '\r':
			return k
		}
	}
	return len(s)
}

// escapeLine writes one cleaned, trimmed, non-empty line escaped. lineStart
// applies the rules for the start of a line of text; heading escapes every
// "#".
func escapeLine(b *strings.Builder, l string, lineStart, heading bool) {
	if isInert(l, lineStart, heading) {
		b.WriteString(l)
		return
	}
	if lineStart {
		l = escapeLineStart(b, l)
	}
	prev := rune(-1) // -1: nothing before (start of the line)
	for i, r := range l {
		next, _ := utf8.DecodeRuneInString(l[i+utf8.RuneLen(r):])
		if i+utf8.RuneLen(r) >= len(l) {
			next = -1
		}
		switch r {
		case '\\', '`', '*', '~', '[', ']', '|', '$':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '_':
			if !wordRune(prev) || !wordRune(next) {
				b.WriteByte('\\')
			}
			b.WriteByte('_')
		case '<':
			b.WriteString("&lt;")
		case '&':
			if entityAhead(l[i+1:]) {
				b.WriteByte('\\')
			}
			b.WriteByte('&')
		case '@':
			b.WriteString(wordJoiner + "\\@")
		case ':':
			if strings.HasPrefix(l[i+1:], "//") {
				b.WriteByte('\\')
			}
			b.WriteByte(':')
		case '.':
			if i >= 3 && strings.EqualFold(l[i-3:i], "www") {
				b.WriteByte('\\')
			}
			b.WriteByte('.')
		case '#':
			if heading {
				b.WriteByte('\\')
			}
			b.WriteByte('#')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
}

// isInertLine reports whether s is already what EscapeCell or EscapeText
// would make of it — one trimmed line with nothing to clean or escape —
// without copying it. Most values are.
func isInertLine(s string, lineStart, heading bool) bool {
	return s != "" && strings.TrimSpace(s) == s && isCleanLine(s) && isInert(s, lineStart, heading)
}

// isInert reports whether escapeLine would write l unchanged: no character
// it escapes, no "://" or "www.", and nothing at the start of the line that
// would start a block.
func isInert(l string, lineStart, heading bool) bool {
	if lineStart {
		switch c := l[0]; {
		case c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == ':' || (c >= '0' && c <= '9'):
			return false
		}
	}
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\', '`', '*', '~', '[', ']', '|', '$', '_', '<', '&', '@':
			return false
		case '#':
			if heading {
				return false
			}
		case ':':
			if strings.HasPrefix(l[i+1:], "//") {
				return false
			}
		case '.':
			if i >= 3 && strings.EqualFold(l[i-3:i], "www") {
				return false
			}
		}
	}
	return true
}

// escapeLineStart escapes what would start a block at the beginning of a
// line of text, writes it, and returns the rest of the line.
func escapeLineStart(b *strings.Builder, l string) string {
	switch l[0] {
	case '#', '>', '-', '+', '=', ':':
		b.WriteByte('\\')
		b.WriteByte(l[0])
		return l[1:]
	}
	n := 0
	for n < len(l) && l[n] >= '0' && l[n] <= '9' {
		n++
	}
	if n > 0 && n < len(l) && (l[n] == '.' || l[n] == ')') {
		b.WriteString(l[:n])
		b.WriteByte('\\')
		b.WriteByte(l[n])
		return l[n+1:]
	}
	return l
}

// wordRune reports whether r is a letter or a digit (-1, nothing, is not).
func wordRune(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// entityAhead reports whether s (the text after an "&") would make an
// entity reference: letters, digits or "#", then ";".
func entityAhead(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z'):
		default:
			return false
		}
	}
	return false
}
