package ui

import (
	"strings"
	"testing"

	"handoff/internal/i18n"
	"handoff/model"
)

// nbsp reads a screen's no-break spaces (CLDR puts them inside amounts) as
// spaces.
func nbsp(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

// In a Polish session an amount is typed and echoed the Polish way: a
// comma is the decimal mark, a lone dot separates thousands.
func TestDealValueInAPolishSession(t *testing.T) {
	h := newHarnessIn(t, i18n.PL, 120, 40, false)
	h.press("n")
	h.typeText("Wdrożenie MES")
	h.press("tab", "tab", "tab") // customer, stage, value
	h.typeText("486 000,00")
	h.press("tab", "backspace", "backspace", "backspace")
	h.typeText("pln")
	h.press("shift+tab")
	if scr := nbsp(h.screen()); !strings.Contains(scr, "→ 486 000,00 zł") {
		t.Fatalf("the echo is not Polish:\n%s", scr)
	}
	h.press("ctrl+s")
	deals, err := h.s.Deals(h.ctx)
	if err != nil || len(deals) != 1 || deals[0].Value != (model.Money{Minor: 48_600_000, Currency: "PLN"}) {
		t.Fatalf("stored deals = %+v, %v", deals, err)
	}
	if scr := nbsp(h.screen()); !strings.Contains(scr, "486 000,00 zł") {
		t.Fatalf("the deal list does not show the Polish amount:\n%s", scr)
	}

	h.press("e")
	if v := nbsp(h.a.topForm().value("value")); v != "486 000,00" {
		t.Fatalf("the form offers %q", v)
	}
	h.press("tab", "tab", "tab")
	for range 12 {
		h.press("backspace")
	}
	h.typeText("1,250")
	if scr := nbsp(h.screen()); !strings.Contains(scr, "→ 1,25 zł") {
		t.Fatalf("1,250 is not one and a quarter:\n%s", scr)
	}
	h.press("ctrl+s")
	if d, _ := h.s.Deal(h.ctx, deals[0].ID); d.Value.Minor != 125 {
		t.Fatalf("1,250 was stored as %+v", d.Value)
	}
}
