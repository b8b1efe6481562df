// Package prose holds the small rules of English that the report, the
// screens and the command line all write sentences with, so that "1 gap"
// and "3 gaps" and "—" for an empty field read the same everywhere.
package prose

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Count is n with the word for one or for many: "1 person", "3 people".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Plural is Count for a word whose plural takes an s: "1 day", "0 days".
func Plural(n int, word string) string { return Count(n, word, word+"s") }

// Capitalise starts s with a capital letter, so a message or a value
// ("critical") can open a sentence.
func Capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// Or is s, or alt when s is empty.
func Or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// Dash stands for a value that is not set.
const Dash = "—"

// OrDash is s, or Dash when s is empty, so an empty cell still shows.
func OrDash(s string) string { return Or(s, Dash) }
