package ui

import (
	"regexp"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"handoff/model"
)

func TestRedactMoney(t *testing.T) {
	for in, want := range map[string]string{
		"cost about USD 40,000 an hour":        "cost about USD ••,••• an hour",
		"a budget of EUR 1,240,000.00":         "a budget of EUR •,•••,•••.••",
		"€5k or $ 12.5 million, 30 000 zł":     "€•k or $ ••.• million, •• ••• zł",
		"PLN 486 000 and 300 EUR":              "PLN ••• ••• and ••• EUR",
		"due 2027-01-15, 85 person-days, 24/7": "due 2027-01-15, 85 person-days, 24/7",
		"99.9% SLA, 40 shift leaders":          "99.9% SLA, 40 shift leaders",
	} {
		if got := redactMoney(in); got != want {
			t.Errorf("redactMoney(%q) = %q, want %q", in, got, want)
		}
	}
}

// Escape sequences are left whole; the text they style is redacted as the
// screen shows it, so an amount whose currency is in bold, or whose digits
// a filter highlights, is hidden all the same.
func TestRedactFrameKeepsEscapes(t *testing.T) {
	in := "\x1b[1mEUR\x1b[0m 12 and \x1b[38;2;180;162;255mUSD 40,000\x1b[m\x1b]8;;x\x1b\\ 5 EUR, " +
		"USD 4\x1b[7m0,0\x1b[27m00 and 99.9\x1b[1m%\x1b[0m"
	want := "\x1b[1mEUR\x1b[0m •• and \x1b[38;2;180;162;255mUSD ••,•••\x1b[m\x1b]8;;x\x1b\\ • EUR, " +
		"USD •\x1b[7m•,•\x1b[27m•• and 99.9\x1b[1m%\x1b[0m"
	if got := redactFrame(in); got != want {
		t.Errorf("redactFrame:\n got %q\nwant %q", got, want)
	}
}

// A style that spans an amount leaves its digits masked and the style
// whole; a control string with an amount in its payload (a kitty graphics
// command, a status request) is no text on screen, and stays as sent.
func TestRedactFrameStyledAmount(t *testing.T) {
	in := "\x1b[1;38;5;202mTotal: PLN 486 000 a year\x1b[0m, " +
		"\x1b[4:3mUSD 40,000 per hour\x1b[24m, " +
		"\x1b_Ga=q,i=31;USD 100\x1b\\ and \x1bP1$r0 EUR 5\x1b\\ done, €5k\x1b(B"
	want := "\x1b[1;38;5;202mTotal: PLN ••• ••• a year\x1b[0m, " +
		"\x1b[4:3mUSD ••,••• per hour\x1b[24m, " +
		"\x1b_Ga=q,i=31;USD 100\x1b\\ and \x1bP1$r0 EUR 5\x1b\\ done, €•k\x1b(B"
	if got := redactFrame(in); got != want {
		t.Errorf("redactFrame:\n got %q\nwant %q", got, want)
	}
}

// Wrapping never cuts an amount of money in two.
func TestWrapKeepsMoneyWhole(t *testing.T) {
	text := "Two outages cost about USD 40,000 an hour and PLN 1 240 000 a year, say 300 000 zł."
	for w := 10; w < 60; w++ {
		for _, l := range wrap(text, w) {
			red := redactMoney(l)
			for _, bad := range []string{"40,000", "1 240 000", "240", "300"} {
				if strings.Contains(red, bad) {
					t.Fatalf("width %d: %q shows %q after redacting", w, l, bad)
				}
			}
		}
	}
}

// keepMoneyWhole's scanner joins exactly the spaces this expression finds
// (what the rule says, written the slow way), on text made of the pieces
// amounts and sentences are made of.
func TestKeepMoneyWholeFollowsTheRule(t *testing.T) {
	rule := regexp.MustCompile(`(?i)(\b(?:USD|EUR|PLN|GBP|CHF|SEK|NOK|DKK|CZK|HUF|JPY|CNY|RMB|INR|AUD|CAD)|[$€£¥₹]) (\d)` +
		`|(\d) (\d{3}\b)|(\d) ((?:USD|EUR|PLN|GBP|CHF|SEK|NOK|DKK|CZK|HUF|JPY|CNY|RMB|INR|AUD|CAD)\b|zł|€)`)
	slow := func(s string) string {
		for { // until nothing changes: "1 240 000" has overlapping groups
			next := rule.ReplaceAllString(s, "$1$3$5\u00a0$2$4$6")
			if next == s {
				return s
			}
			s = next
		}
	}
	pieces := []string{" ", "1", "24", "240", "000", "5", "EUR", "eur", "PLN", "zł", "€", "$", "£", "a", "x", "EURO", "sold",
		"days", "-", ".", ",", "_", "é", "(", "2027-01-15"}
	rapid.Check(t, func(t *rapid.T) {
		parts := rapid.SliceOfN(rapid.SampledFrom(pieces), 1, 12).Draw(t, "parts")
		s := strings.Join(parts, "")
		joined := keepMoneyWhole(s)
		// Sold figures are joined on top of amounts; leave them out here.
		if len(model.SoldFigures(joined)) == 0 && joined != slow(s) {
			t.Fatalf("keepMoneyWhole(%q) = %q, the rule gives %q", s, joined, slow(s))
		}
	})
}
