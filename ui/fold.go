package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fold is text as filters compare it: lower case, accents taken off, and
// the letters that carry no separable accent written as people type them
// on an English keyboard — "Bałtyk" is "baltyk", "Wiśniewski" is
// "wisniewski", "Straße" is "strasse". Typing either form finds both.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	var b strings.Builder
	b.Grow(len(out))
	for _, r := range out {
		r = unicode.ToLower(r)
		if w, ok := unaccented[r]; ok {
			b.WriteString(w)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unaccented is the letters canonical decomposition leaves whole, as
// they are written without their stroke or ligature.
var unaccented = map[rune]string{
	'ł': "l", 'ß': "ss", 'ẞ': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe",
	'đ': "d", 'ð': "d", 'þ': "th", 'ı': "i", 'ħ': "h", 'ŧ': "t",
	'ŀ': "l", 'ƒ': "f",
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
