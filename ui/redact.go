package ui

import (
	"regexp"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"handoff/model"
)

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
func redactMoney(text string) string {
	return maskDigits(text, []span{{0, len(text)}}, secretDigits(text))
}

// span is a run of bytes of a frame.
type span struct{ at, n int }

// secretDigits are the offsets in text of the digits that presenting hides:
// those of amounts of money and of figures of effort sold, in order.
func secretDigits(text string) []int {
	if !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	spans := append(model.SoldFigures(text), model.MoneyFigures(text)...)
	var out []int
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			if c := text[i]; c >= '0' && c <= '9' {
				out = append(out, i)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// maskDigits writes frame with "•" for each secret digit, where secret
// counts offsets in the text that runs make when put end to end; the bytes
// outside the runs are copied as they are.
func maskDigits(frame string, runs []span, secret []int) string {
	if len(secret) == 0 {
		return frame
	}
	var b strings.Builder
	b.Grow(len(frame) + 2*len(secret))
	copied, pos := 0, 0 // bytes of frame written; offset in the text
	for _, r := range runs {
		b.WriteString(frame[copied:r.at])
		for i := r.at; i < r.at+r.n; i++ {
			if len(secret) > 0 && secret[0] == pos {
				b.WriteString("•")
				secret = secret[1:]
			} else {
				b.WriteByte(frame[i])
			}
			pos++
		}
		copied = r.at + r.n
	}
	b.WriteString(frame[copied:])
	return b.String()
}

// redactFrame is redactMoney over a styled frame. Amounts are found in the
// text the frame shows, the runs between escape sequences put end to end,
// so a style that starts or ends inside an amount (a filter's highlight,
// a label in bold) hides nothing of it; the sequences themselves — styles,
// links and any other control string, whose bytes are no text on screen —
// are left whole, as x/ansi's parser reads them.
func redactFrame(frame string) string {
	var runs []span
	var text strings.Builder
	for i := 0; i < len(frame); {
		esc := strings.IndexByte(frame[i:], ansi.ESC)
		if esc < 0 {
			esc = len(frame) - i
		}
		if esc > 0 {
			runs = append(runs, span{i, esc})
			text.WriteString(frame[i : i+esc])
		}
		i += esc
		if i < len(frame) {
			_, _, n, _ := ansi.DecodeSequence(frame[i:], ansi.NormalState, nil)
			i += max(n, 1)
		}
	}
	return maskDigits(frame, runs, secretDigits(text.String()))
}
