package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Escaping user text for the markdown report (README "The report").
//
// Every value a person typed reaches the report through EscapeCell,
// EscapeText or escapeHeading, so that no value can break a table, start a
// block of its own, or turn into HTML, an attribute, a link or any other
// markup, and so that it shows the very characters typed, in every common
// reader: cmark-gfm with GitHub's extensions (tables, autolinks,
// strikethrough, tag filter, footnotes, task lists), pandoc's own markdown
// (raw HTML and TeX, spans and attributes, super- and subscript, math,
// footnotes, citations, fancy and example lists, line blocks, definition
// lists, smart quotes and dashes), pandoc's commonmark_x (attributes,
// emoji) and gfm. Every reader accepts a backslash before any ASCII
// punctuation character as that character, so backslash escapes are the one
// tool. The rules, and why each is enough:
//
//   - Terminal escape sequences are removed whole; other C0 controls, DEL,
//     C1 controls and Unicode format characters (bidi overrides and
//     isolates, zero-width spaces, the BOM, soft hyphens) are dropped, but
//     the zero-width joiner emoji are built with is kept. Invalid UTF-8
//     becomes U+FFFD. Tabs become spaces. The text is composed (NFC), as
//     pandoc's CommonMark readers compose it.
//   - Line breaks (CR, LF, CRLF, VT, FF, NEL, U+2028, U+2029) end a table
//     row, so in a cell they become " ⏎ "; in text they become hard line
//     breaks (a backslash at the end of the line, which every reader
//     reads so). Blank lines are dropped and each line is trimmed, so no
//     line can be indented into a code block and no user text adds a
//     paragraph break.
//   - Always escaped, wherever they are: backslash, backtick, "*", "~",
//     "[", "]", "|", "$", "^", "{", "}", "<", both quote marks and "@".
//     That rules out code spans, emphasis, strikethrough and subscript,
//     superscript, links, images, spans, footnotes, citations, task boxes,
//     table cell boundaries, math, attribute lists, raw HTML and <…>
//     autolinks, and pandoc's curly quotes. "_" is escaped unless it sits between two
//     letters or digits, where no reader takes it for emphasis (snake_case
//     stays readable). "!" needs nothing once "[" is escaped, ">" nothing
//     once "<" is, but at a line start.
//   - "&" is escaped when it would start an entity reference, so "&lt;"
//     typed shows as "&lt;" ("R&D" stays as typed).
//   - A "-" before another "-" and a "." before "." or " ." are escaped, so
//     pandoc makes no dash or ellipsis of them, and so is the dot of an
//     abbreviation pandoc would tie to the next word ("p. 3", "Inc. and").
//     A ":" with anything but a space after it is escaped: no ":emoji:" and
//     no "scheme:" of a bare link. The dot in "www." is escaped: GitHub's
//     autolinks look at the raw text for "www." and "://".
//   - GitHub's e-mail autolinks work on the text after escapes are undone,
//     so no escape helps there: a word joiner (U+2060, invisible) goes
//     before every "@", which ends the address's local part and so the
//     link.
//   - At a line start in text: "#", ">", "-", "+", "=", ":" and "(" are
//     escaped, and so is the "." or ")" after a run of letters or digits,
//     so no heading, quote, list item (1. a) iv. (a) (@) #.), thematic
//     break, setext underline, definition, fenced div or table delimiter
//     row can start. (A table cell is inline content: nothing there
//     starts a block.) In a heading every "#" is escaped, so none can read
//     as its closing sequence.
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
	ascii := true
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
		ascii = false
		i += size
	}
	return ascii || norm.NFC.IsNormalString(s)
}

// cleanText removes terminal escape sequences, control and format
// characters, turns every kind of line break into "\n" and tabs into
// spaces, replaces invalid UTF-8 with U+FFFD, and composes the text (NFC):
// pandoc's CommonMark readers compose it themselves, and what is escaped
// must be what they read (">" and a combining stroke compose to "≯").
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
	return norm.NFC.String(b.String())
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
	start := -1
	if lineStart {
		start = lineStartIndex(l)
	}
	from := 0 // l[from:i] is still to be written as it is
	for i := 0; i < len(l); i++ {
		if c := l[i]; c >= utf8.RuneSelf || plainByte(c) && i != start || i != start && !needsBackslash(l, i, heading) {
			continue
		}
		b.WriteString(l[from:i])
		if l[i] == '@' {
			b.WriteString(wordJoiner)
		}
		b.WriteByte('\\')
		from = i
	}
	b.WriteString(l[from:])
}

// isInertLine reports whether s is already what EscapeCell or EscapeText
// would make of it — one trimmed line with nothing to clean or escape —
// without copying it. Most values are.
func isInertLine(s string, lineStart, heading bool) bool {
	return s != "" && strings.TrimSpace(s) == s && isCleanLine(s) && isInert(s, lineStart, heading)
}

// isInert reports whether escapeLine would write l unchanged.
func isInert(l string, lineStart, heading bool) bool {
	if lineStart && lineStartIndex(l) >= 0 {
		return false
	}
	for i := 0; i < len(l); i++ {
		if c := l[i]; c < utf8.RuneSelf && !plainByte(c) && needsBackslash(l, i, heading) {
			return false
		}
	}
	return true
}

// plainByte reports whether c is a letter, a digit or a space, which need
// no escape anywhere but at a line start: most of any text, so checked
// before the rules.
func plainByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c == ' '
}

// needsBackslash reports whether the ASCII character l[i] needs a
// backslash wherever it is in a line (the rules above).
func needsBackslash(l string, i int, heading bool) bool {
	rest := l[i+1:]
	switch l[i] {
	case '\\', '`', '*', '~', '[', ']', '|', '$', '^', '{', '}', '<', '"', '\'', '@':
		return true
	case '_':
		prev, _ := utf8.DecodeLastRuneInString(l[:i])
		next, _ := utf8.DecodeRuneInString(rest)
		return i == 0 || rest == "" || !wordRune(prev) || !wordRune(next)
	case '&':
		return entityAhead(rest)
	case '-':
		return strings.HasPrefix(rest, "-")
	case '.':
		return strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, " .") ||
			(i >= 3 && strings.EqualFold(l[i-3:i], "www")) || pandocAbbreviation(wordBefore(l[:i])+".")
	case ':':
		return rest != "" && rest[0] != ' '
	case '#':
		return heading
	}
	return false
}

// wordBefore is the run of letters, digits and dots that ends s: what
// pandoc reads as one word before a dot.
func wordBefore(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if r != '.' && !wordRune(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// pandocAbbreviation reports whether w is one of the abbreviations pandoc's
// smart punctuation joins to the next word with a no-break space (its
// default list), which would change the text typed.
func pandocAbbreviation(w string) bool {
	switch w {
	case "aet.", "aetat.", "al.", "Apr.", "Aug.", "bk.", "Bros.", "c.", "Capt.", "cf.", "ch.",
		"chap.", "chs.", "Co.", "col.", "Corp.", "cp.", "d.", "Dec.", "Dr.", "e.g.", "ed.", "eds.",
		"esp.", "f.", "fasc.", "Feb.", "ff.", "fig.", "fl.", "fol.", "fols.", "Fr.", "Gen.", "Gov.",
		"Hon.", "i.e.", "ill.", "Inc.", "incl.", "Jan.", "Jr.", "Jul.", "Jun.", "Ltd.", "M.A.",
		"M.D.", "Mar.", "Mr.", "Mrs.", "Ms.", "n.", "n.b.", "nn.", "No.", "Nov.", "Oct.", "p.",
		"Ph.D.", "pp.", "Pres.", "Prof.", "pt.", "q.v.", "Rep.", "Rev.", "s.v.", "s.vv.", "saec.",
		"sec.", "Sen.", "Sep.", "Sept.", "Sgt.", "Sr.", "St.", "univ.", "viz.", "vol.", "vs.":
		return true
	}
	return false
}

// lineStartIndex is the index of the character that would start a block at
// the beginning of a line of text, or -1: a block marker, or the "." or
// ")" after a list number, letter or roman numeral.
func lineStartIndex(l string) int {
	switch l[0] {
	case '#', '>', '-', '+', '=', ':', '(':
		return 0
	}
	// Any letter: pandoc reads "ø." as a list item numbered from "a".
	n := 0
	for n < len(l) {
		r, size := utf8.DecodeRuneInString(l[n:])
		if !wordRune(r) {
			break
		}
		n += size
	}
	if n > 0 && n < len(l) && (l[n] == '.' || l[n] == ')') {
		return n
	}
	return -1
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
