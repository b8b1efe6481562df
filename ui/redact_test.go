package ui

import (
	"strings"
	"testing"
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

// Escape sequences are left whole; the text between them is redacted, even
// where a style ends right before a currency.
func TestRedactFrameKeepsEscapes(t *testing.T) {
	in := "\x1b[1mEUR\x1b[0m 12 and \x1b[38;2;180;162;255mUSD 40,000\x1b[m\x1b]8;;x\x1b\\ 5 EUR"
	want := "\x1b[1mEUR\x1b[0m 12 and \x1b[38;2;180;162;255mUSD ••,•••\x1b[m\x1b]8;;x\x1b\\ • EUR"
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
