package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"handoff/model"
)

// inAmount reports whether the space at s[i] is inside an amount of money —
// after a currency code or symbol and before a digit, between a digit and a
// group of exactly three, or between a digit and a currency — where wrapping
// would cut the amount in two. It looks at the neighbours alone: the deal
// pane wraps thousands of sentences, too many for a regular expression each.
func inAmount(s string, i int) bool {
	before, after := s[:i], s[i+1:]
	if before == "" || after == "" {
		return false
	}
	digitBefore := isDigit(before[len(before)-1])
	if isDigit(after[0]) {
		if digitBefore && len(after) >= 3 && isDigit(after[1]) && isDigit(after[2]) &&
			(len(after) == 3 || !isWordByte(after[3])) {
			return true
		}
		for _, sym := range []string{"$", "€", "£", "¥", "₹"} {
			if strings.HasSuffix(before, sym) {
				return true
			}
		}
		return len(before) >= 3 && model.IsTextCurrency(before[len(before)-3:]) && (len(before) == 3 || !isWordByte(before[len(before)-4]))
	}
	if !digitBefore {
		return false
	}
	if strings.HasPrefix(after, "zł") || strings.HasPrefix(after, "€") {
		return true
	}
	return len(after) >= 3 && model.IsTextCurrency(after[:3]) && (len(after) == 3 || !isWordByte(after[3]))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte is a byte of a word as a word boundary sees it: ASCII letters,
// digits and the underscore.
func isWordByte(c byte) bool {
	return isDigit(c) || c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// keepMoneyWhole joins the parts of each amount with no-break spaces, so a
// wrapped line never splits one (and presenting can always hide it).
func keepMoneyWhole(s string) string {
	if !strings.ContainsAny(s, "0123456789") {
		return s
	}
	if strings.Contains(s, " ") {
		var b strings.Builder
		joined := false
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' && inAmount(s, i) {
				if !joined {
					b.Grow(len(s) + 8)
					b.WriteString(s[:i])
					joined = true
				}
				b.WriteString("\u00a0")
				continue
			}
			if joined {
				b.WriteByte(s[i])
			}
		}
		if joined {
			s = b.String()
		}
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
