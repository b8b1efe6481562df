package ui

import (
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"handoff/model"
)

// moneyPattern finds amounts of money in free text: a currency code or
// symbol next to a number, either side, with an optional "k", "million" and
// the like. Dates, counts and person-days have no currency, so they stay.
var moneyPattern = regexp.MustCompile(`(?i)` +
	`(?:\b(?:USD|EUR|PLN|GBP|CHF|SEK|NOK|DKK|CZK|HUF|JPY|CNY|RMB|INR|AUD|CAD)|[$€£¥₹])[\s\x{a0}]?\d(?:[\d.,'\x{a0} ]*\d)?` +
	`|\b\d[\d.,'\x{a0} ]*\d?[\s\x{a0}]?(?:k|m|mn|bn|million|thousand|tys\.?|mln|Mio\.?|Tsd\.?)?[\s\x{a0}]?` +
	`(?:\b(?:USD|EUR|PLN|GBP|CHF|SEK|NOK|DKK|CZK|HUF|JPY|CNY|RMB|INR|AUD|CAD)\b|zł|€|元)`)

// moneySpace finds the spaces inside an amount of money — after a currency
// code, between digit groups, before a currency — where wrapping would cut
// the amount in two.
var moneySpace = regexp.MustCompile(`(?i)(\b(?:USD|EUR|PLN|GBP|CHF|SEK|NOK|DKK|CZK|HUF|JPY|CNY|RMB|INR|AUD|CAD)|[$€£¥₹]) (\d)` +
	`|(\d) (\d{3}\b)|(\d) ((?:USD|EUR|PLN|GBP|CHF|SEK|NOK|DKK|CZK|HUF|JPY|CNY|RMB|INR|AUD|CAD)\b|zł|€)`)

// keepMoneyWhole joins the parts of each amount with no-break spaces, so a
// wrapped line never splits one (and presenting can always hide it).
func keepMoneyWhole(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	for i := 0; i < 2; i++ { // twice: "1 240 000" has overlapping groups
		s = moneySpace.ReplaceAllString(s, "$1$3$5\u00a0$2$4$6")
	}
	// A sold figure stays beside the words that say it was sold.
	spans := model.SoldFigures(s)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(s[last:sp[0]])
		b.WriteString(strings.ReplaceAll(s[sp[0]:sp[1]], " ", "\u00a0"))
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// redactMoney hides the digits of every amount of money in a frame — typed
// into a promise, a decision or a note — and of every figure of effort
// sold, behind "•", one for one, so the layout does not move. Presenting
// mode shows frames through it.
func redactMoney(frame string) string {
	frame = model.HideSold(frame)
	return moneyPattern.ReplaceAllStringFunc(frame, func(m string) string {
		var b strings.Builder
		for _, r := range m {
			if r >= '0' && r <= '9' {
				b.WriteRune('•')
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	})
}

// redactFrame is redactMoney over a styled frame: each run of text between
// escape sequences is redacted, and the sequences — styles, links, and any
// other control string, whose bytes are no text on screen — are left whole,
// as x/ansi's parser reads them.
func redactFrame(frame string) string {
	var b strings.Builder
	b.Grow(len(frame))
	text := 0 // start of the current run of plain text
	for i := 0; i < len(frame); {
		esc := strings.IndexByte(frame[i:], ansi.ESC)
		if esc < 0 {
			break
		}
		i += esc
		b.WriteString(redactMoney(frame[text:i]))
		_, _, n, _ := ansi.DecodeSequence(frame[i:], ansi.NormalState, nil)
		n = max(n, 1)
		b.WriteString(frame[i : i+n])
		i += n
		text = i
	}
	b.WriteString(redactMoney(frame[text:]))
	return b.String()
}
