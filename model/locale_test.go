package model

import (
	"strings"
	"testing"

	"pgregory.net/rapid"

	"handoff/internal/i18n"
)

// nb reads "486 000,00 zł" with its no-break spaces written as spaces.
func nb(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

func TestMoneyIn(t *testing.T) {
	pln := Money{Minor: 48_600_000, Currency: "PLN"}
	eur := Money{Minor: 124_000_000, Currency: "EUR"}
	cny := Money{Minor: 5_000_000, Currency: "CNY"}
	jpy := Money{Minor: 50_000, Currency: "JPY"}
	idr := Money{Minor: 100, Currency: "IDR"} // CLDR shows IDR without decimals; it is stored with two
	for _, c := range []struct {
		l    i18n.Lang
		m    Money
		want string
	}{
		{i18n.EN, pln, "PLN 486,000.00"},
		{i18n.EN, eur, "EUR 1,240,000.00"},
		{i18n.PL, pln, "486 000,00 zł"},
		{i18n.PL, eur, "1 240 000,00 €"},
		{i18n.DE, eur, "1.240.000,00 €"},
		{i18n.DE, pln, "486.000,00 PLN"},
		{i18n.DE, jpy, "50.000 ¥"},
		{i18n.SV, Money{Minor: 124_000_000, Currency: "SEK"}, "1 240 000,00 kr"},
		{i18n.SV, eur, "1 240 000,00 €"},
		{i18n.IT, eur, "1.240.000,00 €"},
		{i18n.ZH, cny, "¥50,000.00"},
		{i18n.ZH, eur, "€1,240,000.00"},
		{i18n.PL, idr, "1,00 IDR"},
	} {
		if got := nb(c.m.In(c.l)); got != c.want {
			t.Errorf("%s: %s.In = %q, want %q", c.l, c.m, got, c.want)
		}
	}
	for l, want := range map[i18n.Lang]string{i18n.EN: "not set", i18n.PL: "nie podano", i18n.DE: "nicht angegeben",
		i18n.ZH: "未填写"} {
		if got := (Money{Currency: "EUR"}).DisplayIn(l); got != want {
			t.Errorf("%s: no value displays %q, want %q", l, got, want)
		}
	}
	if got := pln.EchoIn(i18n.EN); got != "486,000.00 PLN" {
		t.Errorf("English echo %q", got)
	}
	if got := nb(pln.EchoIn(i18n.PL)); got != "486 000,00 zł" {
		t.Errorf("Polish echo %q", got)
	}
}

func TestParseMoneyIn(t *testing.T) {
	ok := []struct {
		l       i18n.Lang
		in, cur string
		minor   int64
	}{
		{i18n.PL, "12,50", "PLN", 1250},
		{i18n.PL, "1,250", "PLN", 125},
		{i18n.PL, "1.250", "PLN", 125_000},
		{i18n.PL, "486 000,00", "PLN", 48_600_000},
		{i18n.PL, "486\u00a0000,00", "PLN", 48_600_000},
		{i18n.PL, "1.250.000,50", "PLN", 125_000_050},
		{i18n.PL, "1,250,000.50", "PLN", 125_000_050}, // an English amount is still certain
		{i18n.DE, "12,50", "EUR", 1250},
		{i18n.DE, "1,250", "EUR", 125},
		{i18n.DE, "1.250", "EUR", 125_000},
		{i18n.DE, "1.240.000,00", "EUR", 124_000_000},
		{i18n.DE, "250,500", "BHD", 250_500},
		{i18n.DE, "50,000", "JPY", 50}, // a German comma is a decimal mark, and the decimals are zeros
		{i18n.IT, "1.250", "EUR", 125_000},
		{i18n.IT, "1,250", "EUR", 125},
		{i18n.SV, "1,250", "SEK", 125},
		{i18n.SV, "1 240 000,00", "SEK", 124_000_000},
		{i18n.EN, "12,50", "EUR", 1250},
	}
	for _, c := range ok {
		got, err := ParseMoneyIn(c.in, c.cur, c.l)
		if want := (Money{Minor: c.minor, Currency: c.cur}); err != nil || got != want {
			t.Errorf("%s: ParseMoneyIn(%q, %s) = %+v, %v; want %+v", c.l, c.in, c.cur, got, err, want)
		}
	}
	bad := []struct {
		l            i18n.Lang
		in, cur, say string
	}{
		{i18n.EN, "1,250", "EUR", "1,250 could mean 1250 (thousands) or 1.25 (decimals)"},
		{i18n.ZH, "1,250", "CNY", "1,250 可能是 1250（千位分隔）或 1.25（小数）"},
		{i18n.ZH, "50,000", "CNY", "可能是"},
		{i18n.SV, "1.250", "SEK", "1.250 kan betyda 1250 (tusental) eller 1,25 (decimaler): skriv 1250 eller 1250,00 för det första, 1,25 för det andra"},
		{i18n.PL, "1,255", "PLN", "1,255 ma 3 miejsca po przecinku; PLN: 2 miejsca po przecinku"},
		{i18n.PL, "12,5", "JPY", "12,5 ma 1 miejsce po przecinku; JPY: bez miejsc po przecinku"},
		{i18n.DE, "1,2345", "EUR", "1,2345 hat 4 Nachkommastellen; EUR: 2 Nachkommastellen"},
		{i18n.DE, "12a", "EUR", "12a ist kein Betrag"},
		{i18n.IT, "5", "XYZ", `"XYZ" non è un codice valuta: ISO 4217 non prevede XYZ`},
	}
	for _, c := range bad {
		_, err := ParseMoneyIn(c.in, c.cur, c.l)
		if err == nil || !strings.Contains(c.l.Error(err), c.say) {
			t.Errorf("%s: ParseMoneyIn(%q, %s) = %v; want an error saying %q", c.l, c.in, c.cur, err, c.say)
		}
	}
}

// In every language, an amount as it is shown (without its currency) and
// as a form shows it for editing reads back as itself.
func TestParseMoneyInRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		l := rapid.SampledFrom(i18n.All()).Draw(t, "lang")
		cur := rapid.SampledFrom([]string{"EUR", "PLN", "SEK", "CNY", "USD", "JPY", "KRW", "BHD", "KWD", "CLF", "IDR"}).Draw(t, "currency")
		m := Money{Minor: rapid.Int64Range(0, 1<<62).Draw(t, "minor"), Currency: cur}
		if rapid.Bool().Draw(t, "small") {
			m.Minor %= 10_000_000
		}
		forms := []string{m.EditTextIn(l)}
		if commaDecimal(l) || Digits(cur) != 3 {
			forms = append(forms, m.AmountIn(l))
		}
		for _, s := range forms {
			got, err := ParseMoneyIn(s, cur, l)
			if err != nil || got != m {
				t.Fatalf("%s: ParseMoneyIn(%q, %s) = %+v, %v; want %+v", l, s, cur, got, err, m)
			}
		}
	})
}

func TestNumbersIn(t *testing.T) {
	for _, c := range []struct {
		l                   i18n.Lang
		half, big, pct, pc0 string
	}{
		{i18n.EN, "12.5", "1,250,000", "72%", "0%"},
		{i18n.PL, "12,5", "1 250 000", "72%", "0%"},
		{i18n.DE, "12,5", "1.250.000", "72 %", "0 %"},
		{i18n.SV, "12,5", "1 250 000", "72 %", "0 %"},
		{i18n.IT, "12,5", "1.250.000", "72%", "0%"},
		{i18n.ZH, "12.5", "1,250,000", "72%", "0%"},
	} {
		if got := NumberIn(c.l, 12.5); got != c.half {
			t.Errorf("%s: 12.5 is %q, want %q", c.l, got, c.half)
		}
		if got := nb(NumberIn(c.l, 1_250_000)); got != c.big {
			t.Errorf("%s: 1250000 is %q, want %q", c.l, got, c.big)
		}
		if got := nb(PercentIn(c.l, 72)); got != c.pct {
			t.Errorf("%s: 72%% is %q, want %q", c.l, got, c.pct)
		}
		if got := nb(PercentIn(c.l, 0)); got != c.pc0 {
			t.Errorf("%s: 0%% is %q, want %q", c.l, got, c.pc0)
		}
	}
}

// Plurals by each language's rules, in the sentences the model writes.
func TestPluralsIn(t *testing.T) {
	for _, c := range []struct {
		l    i18n.Lang
		n    []int
		want []string
	}{
		{i18n.EN, []int{1, 2, 5, 22}, []string{"1 blocker", "2 blockers", "5 blockers", "22 blockers"}},
		{i18n.PL, []int{1, 2, 5, 22, 12, 0}, []string{"1 przeszkoda", "2 przeszkody", "5 przeszkód", "22 przeszkody", "12 przeszkód", "0 przeszkód"}},
		{i18n.DE, []int{1, 2}, []string{"1 Hindernis", "2 Hindernisse"}},
		{i18n.SV, []int{1, 2}, []string{"1 hinder", "2 hinder"}},
		{i18n.IT, []int{1, 2}, []string{"1 ostacolo", "2 ostacoli"}},
		{i18n.ZH, []int{1, 2}, []string{"1 个阻碍项", "2 个阻碍项"}},
	} {
		for i, n := range c.n {
			if got := c.l.N("%d blockers", n); got != c.want[i] {
				t.Errorf("%s: %d blockers is %q, want %q", c.l, n, got, c.want[i])
			}
		}
	}
	for n, want := range map[int]string{1: "1 dzień po terminie", 2: "2 dni po terminie", 5: "5 dni po terminie", 22: "22 dni po terminie"} {
		if got := OverdueTextIn(MustDate("2026-12-01"), MustDate("2026-12-01").AddDays(n), i18n.PL); got != want {
			t.Errorf("pl: %d days overdue is %q, want %q", n, got, want)
		}
	}
	r := Readiness{Percent: 72, Blockers: make([]string, 22)}
	if got := nb(r.StringIn(i18n.PL)); got != "72% — 22 przeszkody" {
		t.Errorf("pl readiness %q", got)
	}
	if got := nb(r.StringIn(i18n.DE)); got != "72 % — 22 Hindernisse" {
		t.Errorf("de readiness %q", got)
	}
	if got := r.String(); got != "72% — 22 blockers" {
		t.Errorf("en readiness %q", got)
	}
}
