package model

import (
	"strings"
	"testing"

	"golang.org/x/text/currency"
	"pgregory.net/rapid"
)

func TestParseMoney(t *testing.T) {
	ok := []struct {
		in, cur string
		minor   int64
	}{
		{"120000", "EUR", 12_000_000},
		{"12,50", "EUR", 1250},
		{"12.50", "EUR", 1250},
		{"1,25", "EUR", 125},
		{"1,5", "EUR", 150},
		{",5", "EUR", 50},
		{"0,250", "EUR", 25},
		{"486 000,00", "PLN", 48_600_000},
		{"486\u00a0000,00", "PLN", 48_600_000},
		{"486\u202f000,00", "PLN", 48_600_000},
		{"486 000", "PLN", 48_600_000},
		{"1.250.000,50", "EUR", 125_000_050},
		{"1,250,000.50", "EUR", 125_000_050},
		{"1,250,000", "EUR", 125_000_000},
		{"1.250.000", "EUR", 125_000_000},
		{"1'250'000.50", "CHF", 125_000_050},
		{"1’250.5", "CHF", 125_050},
		{"1 250", "EUR", 125_000},
		{"1 250,500", "EUR", 125_050},
		{"120,000.50", "usd", 12_000_050},
		{"  7  ", "EUR", 700},
		{"0", "EUR", 0},
		{"", "EUR", 0},
		{"12.500", "JPY", 12_500},
		{"50,000", "JPY", 50_000},
		{"1,250", "JPY", 1_250},
		{"1.250.000", "JPY", 1_250_000},
		{"50000", "JPY", 50_000},
		{"1,250.500", "BHD", 1_250_500},
		{"1.250,505", "KWD", 1_250_505},
		{"1.25", "BHD", 1_250},
		{"250.5050", "BHD", 250_505},
		{"1,2500", "EUR", 125},
		{"12,34", "IQD", 12_340},
		{"92233720368547758.07", "EUR", 9_223_372_036_854_775_807},
	}
	for _, c := range ok {
		got, err := ParseMoney(c.in, c.cur)
		want := Money{Minor: c.minor, Currency: strings.ToUpper(c.cur)}
		if err != nil || got != want {
			t.Errorf("ParseMoney(%q, %s) = %+v, %v; want %+v", c.in, c.cur, got, err, want)
		}
	}
	bad := []struct{ in, cur, says string }{
		{"1,250", "EUR", "1,250 could mean 1250 (thousands) or 1.25 (decimals): write 1250 or 1250.00 for the first, 1.25 for the second"},
		{"1.250", "EUR", "1.250 could mean 1250 (thousands) or 1.25 (decimals)"},
		{"1,255", "EUR", "1,255 could mean 1255 (thousands) or 1.255 (decimals, but EUR has 2 decimals): write 1255 or 1255.00 for the first"},
		{"1.250", "BHD", "1.250 could mean 1250 (thousands) or 1.25 (decimals): write 1250 or 1250.000 for the first, 1.25 for the second"},
		{"1.255", "BHD", "write 1255 or 1255.000 for the first, 1.2550 for the second"},
		{"1,2.3", "EUR", "not grouped in thousands"},
		{"1.250,000.5", "EUR", "mixes separators"},
		{"1 250.000,50", "EUR", "mixes separators"},
		{"1.250.5", "EUR", `uses '.' both between thousands and before the decimals`},
		{"12,34,567", "INR", "not grouped in thousands"},
		{"1,2534", "EUR", "1,2534 has 4 decimals; EUR has 2"},
		{"1 250,505", "EUR", "has 3 decimals; EUR has 2"},
		{"1 2", "EUR", "not grouped in thousands"},
		{"1234 567", "EUR", "not grouped in thousands"},
		{"0 250", "EUR", "not grouped in thousands"},
		{"12,5", "JPY", "12,5 has 1 decimal; JPY has no decimals"},
		{"1,2345", "BHD", "has 4 decimals; BHD has 3"},
		{"99999999999999999999", "EUR", "99999999999999999999 is too large"},
		{"92233720368547758.08", "EUR", "too large"},
		{"-5", "EUR", "-5 is negative"},
		{"12a", "EUR", "12a is not an amount"},
		{"1,,000", "EUR", "is not an amount"},
		{"12.", "EUR", "is not an amount"},
		{"1e5", "EUR", "is not an amount"},
		{"5", "XYZ", `"XYZ" is not a currency code: ISO 4217 has no XYZ`},
		{"5", "EURO", "is not a currency code"},
		{"5", "XXX", "is not a currency code"},
		{"5", "", "is required"},
	}
	for _, c := range bad {
		got, err := ParseMoney(c.in, c.cur)
		if err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("ParseMoney(%q, %s) = %+v, %v; want an error saying %q", c.in, c.cur, got, err, c.says)
		}
	}
}

func TestDigits(t *testing.T) {
	for code, want := range map[string]int{"EUR": 2, "PLN": 2, "JPY": 0, "KRW": 0, "ISK": 0, "BHD": 3,
		"KWD": 3, "TND": 3, "IQD": 3, "IDR": 2, "COP": 2, "CLF": 4, "VES": 2, "HUF": 2} {
		if got := Digits(code); got != want {
			t.Errorf("Digits(%s) = %d, want %d", code, got, want)
		}
	}
	// Each ISO override must really differ from what x/text says, or it
	// is not needed.
	for code, d := range isoMinorUnits {
		u, err := currency.ParseISO(code)
		if err != nil {
			t.Errorf("%s: %v", code, err)
			continue
		}
		if scale, _ := currency.Standard.Rounding(u); scale == d {
			t.Errorf("%s: x/text already gives %d; drop the override", code, d)
		}
	}
	for code := range newerCurrencies {
		if _, err := currency.ParseISO(code); err == nil {
			t.Errorf("%s: x/text knows it now; drop it from newerCurrencies", code)
		}
	}
}

func TestValidCurrency(t *testing.T) {
	for code, want := range map[string]bool{"EUR": true, "PLN": true, "VES": true, "XAF": true,
		"eur": false, "XYZ": false, "ABC": false, "XXX": false, "XAU": false, "EU": false, "": false} {
		if got := ValidCurrency(code); got != want {
			t.Errorf("ValidCurrency(%q) = %v, want %v", code, got, want)
		}
	}
}

// Every amount, written the way Amount writes it and the European way
// (dots between thousands, a decimal comma, or spaces), reads back as itself.
func TestParseMoneyRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cur := rapid.SampledFrom([]string{"EUR", "PLN", "USD", "JPY", "KRW", "BHD", "KWD", "CLF"}).Draw(t, "currency")
		m := Money{Minor: rapid.Int64Range(0, 1<<62).Draw(t, "minor"), Currency: cur}
		if m.Minor > 1<<40 && rapid.Bool().Draw(t, "small") {
			m.Minor %= 1_000_000
		}
		forms := []string{m.EditText(), european(m, '.'), european(m, ' ')}
		if Digits(cur) != 3 {
			forms = append(forms, m.Amount())
		}
		for _, s := range forms {
			got, err := ParseMoney(s, cur)
			if err != nil || got != m {
				t.Fatalf("ParseMoney(%q, %s) = %+v, %v; want %+v", s, cur, got, err, m)
			}
		}
	})
}

func european(m Money, group byte) string {
	s := m.format(group, ',')
	if Digits(m.Currency) == 3 && !strings.ContainsRune(s, rune(group)) {
		return m.EditText() // below a thousand: "250,500" is as ambiguous as "250.500"
	}
	return s
}

func TestMoneyDisplay(t *testing.T) {
	if got := (Money{Currency: "EUR"}).Display(); got != "not set" {
		t.Errorf("no value displays %q", got)
	}
	if got := (Money{Minor: 48_600_000, Currency: "PLN"}).Display(); got != "PLN 486,000.00" {
		t.Errorf("PLN 486,000 displays %q", got)
	}
}

// A deal read from a file (JSON import) is checked against ISO 4217 too.
func TestDealCurrencyMustExist(t *testing.T) {
	d := Deal{Name: "X", Stage: StageLead, Value: Money{Minor: 500, Currency: "XYZ"}}
	if err := d.Validate(); err == nil || !strings.Contains(err.Error(), `"XYZ" is not a currency code`) {
		t.Errorf("XYZ: %v", err)
	}
	d.Value.Currency = "PLN"
	if err := d.Validate(); err != nil {
		t.Errorf("PLN: %v", err)
	}
}
