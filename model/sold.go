package model

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"handoff/internal/i18n"
)

// englishSold finds the figures that tell how much effort was sold, as
// handoff writes them in English: "12 person-days sold", "12 d sold",
// "(sold 12)", "60 sold: 25 over", and in an effort gap's title
// "…person-days, 60 were sold (1.4×)". A line cut short ("person-days,
// 6…", "(1.…") is still caught: the figure comes right after words that
// say it is a sold one.
const englishSold = `\d[\d.,]*[ \x{a0}]+(?:person-days?[ \x{a0}]+|d[ \x{a0}]+)?(?:were[ \x{a0}]+)?sold(?::[ \x{a0}]+\d[\d.,]*[ \x{a0}]+over)?` +
	`|person-days,[ \x{a0}]+\d[\d.,]*(?:…|[ \x{a0}]+w|$)` +
	`|\(\d[\d.,]*(?:×|…)` +
	`|\bsold[ \x{a0}]+\d[\d.,]*` +
	`|·[ \x{a0}]+\d[\d.,]*[ \x{a0}]+d\b`

// soldMessages are the messages that state effort sold, with the arguments
// that give it away: the figure sold, and what follows from it (the excess,
// the ratio to delivery's effort).
var soldMessages = []struct {
	key    string
	secret []int
}{
	{"%s d sold", []int{0}},
	{"%s (sold %s)", []int{1}},
	{"%s sold", []int{0}},
	{"%s sold: %s over", []int{0, 1}},
	{"%s person-days sold", []int{0}},
	{"delivery needs %s person-days, %s were sold (%s×)", []int{1, 2}},
}

// soldPattern finds sold figures in every language handoff speaks: the
// English one above, and for each language each of soldMessages as its
// catalogue words it, the figure anchored by the words beside it. A frame
// or a report may mix languages (the app's and the deal's report
// language), so one pattern looks for all of them. It is made on first
// use (0.4 ms): a command that never hides or leaves out effort sold
// does not pay for it.
var soldPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)` + englishSold + "|" + strings.Join(soldAlternatives(), "|"))
})

// soldAlternatives are the patterns of soldMessages in every language.
func soldAlternatives() []string {
	var alts []string
	for _, l := range i18n.All() {
		for _, m := range soldMessages {
			alts = append(alts, figurePatterns(l.T(m.key), m.secret)...)
		}
	}
	slices.Sort(alts)
	return slices.Compact(alts)
}

// figure is a number as handoff writes one: digits with the locale's
// separators.
const figure = `\d[\d.,\x{a0}]*\d|\d`

// figurePatterns are patterns for the arguments secret of a message
// template ("sprzedano %s: %s ponad"): each figure with the words next to
// it (up to three each side), on both sides where both have letters, so
// that it is not mistaken for another number ("%s Personentage verkauft"
// anchors on both words: "85 Personentage" alone is delivery's effort). A
// figure with no letters beside it ("(%s×)") is left to englishSold.
func figurePatterns(template string, secret []int) []string {
	literals := verbs.Split(template, -1) // literals[i] is before argument i
	var out []string
	for _, i := range secret {
		if i+1 >= len(literals) {
			continue
		}
		before, bn := anchorWords(literals[i], true)
		after, an := anchorWords(literals[i+1], false)
		switch {
		case bn > 0 && an > 0:
			out = append(out, spaced(before)+`[ \x{a0}]*(?:`+figure+`)[ \x{a0}]*`+spaced(after))
		case bn > 0:
			out = append(out, spaced(before)+`[ \x{a0}]*(?:`+figure+`)`)
		case an > 0:
			out = append(out, `(?:`+figure+`)[ \x{a0}]*`+spaced(after))
		}
	}
	return out
}

// verbs finds the formatting verbs of a message template.
var verbs = regexp.MustCompile(`%(?:\[\d+\])?[sdvq]`)

// anchorWords are the words of a literal next to an argument, up to three —
// the last of the text before it, or the first of the text after it — and
// how many letters they hold.
func anchorWords(literal string, last bool) (string, int) {
	words := strings.Fields(literal)
	if len(words) > 3 {
		if last {
			words = words[len(words)-3:]
		} else {
			words = words[:3]
		}
	}
	letters := 0
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return strings.Join(words, " "), letters
}

// spaced quotes words for a pattern, a space matching any run of spaces
// and no-break spaces.
func spaced(words string) string {
	parts := strings.Split(words, " ")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return strings.Join(parts, `[ \x{a0}]+`)
}

// SoldFigures returns the byte spans of s that state sold effort (see
// HideSold), for a screen that must keep each span on one line.
func SoldFigures(s string) [][]int { return soldPattern().FindAllStringIndex(s, -1) }

// HideSold puts "•" for every digit of a sold figure in s, one for one so
// a layout does not move: what was sold is as commercially sensitive as
// the price, and a shared screen shows neither.
func HideSold(s string) string {
	return soldPattern().ReplaceAllStringFunc(s, func(m string) string {
		b := []rune(m)
		for i, r := range b {
			if r >= '0' && r <= '9' {
				b[i] = '•'
			}
		}
		return string(b)
	})
}

// moneyPattern finds amounts of money in free text: a currency code or
// symbol next to a number, either side, with an optional "k", "million" and
// the like. Dates, counts and person-days have no currency, so they stay.
var moneyPattern = regexp.MustCompile(`(?i)` +
	`(?:\b(?:` + strings.Join(textCurrencies, "|") + `)|[$€£¥₹])[\s\x{a0}]?\d(?:[\d.,'\x{a0} ]*\d)?(?:[\s\x{a0}]?(?:k|m|mn|bn|million|thousand)\b)?` +
	`|\b\d[\d.,'\x{a0} ]*\d?[\s\x{a0}]?(?:k|m|mn|bn|million|thousand|tys\.?|mln|Mio\.?|Tsd\.?)?[\s\x{a0}]?` +
	`(?:\b(?:` + strings.Join(textCurrencies, "|") + `)\b|zł|€|元)`)

// textCurrencies are the currency codes an amount typed into free text is
// recognised by (beside the symbols $ € £ ¥ ₹ and zł).
var textCurrencies = []string{"USD", "EUR", "PLN", "GBP", "CHF", "SEK", "NOK", "DKK", "CZK", "HUF", "JPY", "CNY", "RMB", "INR", "AUD", "CAD"}

// IsTextCurrency reports whether w is one of the codes an amount typed into
// free text is recognised by, in any case.
func IsTextCurrency(w string) bool {
	for _, c := range textCurrencies {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// MoneyFigures returns the byte spans of s that are amounts of money typed
// into free text ("EUR 120,000", "$1.2m", "40 000 zł").
func MoneyFigures(s string) [][]int {
	if !mayHoldMoney(s) {
		return nil
	}
	return moneyPattern.FindAllStringIndex(s, -1)
}

// mayHoldMoney reports whether s has a digit and a currency — a symbol, or
// three letters that spell a code of textCurrencies in any case — as every
// amount moneyPattern finds has: most text has none, and is spared the
// regular expression.
func mayHoldMoney(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if strings.ContainsAny(s, "$€£¥₹元") || strings.Contains(s, "zł") {
		return true
	}
	for i := 0; i+3 <= len(s); i++ {
		if isLetter(s[i]) && isLetter(s[i+1]) && isLetter(s[i+2]) && IsTextCurrency(s[i:i+3]) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// WithoutAmounts is s with every amount of money and every figure of effort
// sold replaced by "(amount left out)": for a copy that leaves the house,
// where masked digits would read as a typo.
func WithoutAmounts(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	spans := append(SoldFigures(s), MoneyFigures(s)...)
	if len(spans) == 0 {
		return s
	}
	slices.SortFunc(spans, func(a, b []int) int { return a[0] - b[0] })
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if sp[0] < last { // overlapping spans: one mark covers both
			last = max(last, sp[1])
			continue
		}
		b.WriteString(s[last:sp[0]])
		b.WriteString("(amount left out)")
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}
