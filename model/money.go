package model

import (
	"fmt"
	"strconv"
	"strings"
)

// Money is an amount in the currency's minor units (cents, grosze, öre) and
// an ISO 4217 code. Integers, so sums never drift.
type Money struct {
	Minor    int64  `json:"minor"`
	Currency string `json:"currency"`
}

// minorDigits is the number of digits after the decimal point for the
// currencies that do not use two. Everything else uses two.
var minorDigits = map[string]int{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0,
	"KRW": 0, "PYG": 0, "RWF": 0, "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0,
	"XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}

// Digits is how many minor-unit digits the currency has.
func Digits(currency string) int {
	if d, ok := minorDigits[currency]; ok {
		return d
	}
	return 2
}

// ValidCurrency reports whether code looks like an ISO 4217 code: three
// upper-case ASCII letters.
func ValidCurrency(code string) bool {
	if len(code) != 3 {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// ParseMoney reads an amount such as "120000", "120 000.50" or "120,000.50"
// in the given currency. Spaces, apostrophes and commas are taken as
// thousands separators; the point is the decimal separator.
func ParseMoney(amount, currency string) (Money, error) {
	currency = strings.ToUpper(strings.TrimSpace(currency))
	if !ValidCurrency(currency) {
		return Money{}, fmt.Errorf("%q is not a currency code (three letters, like EUR)", currency)
	}
	s := strings.TrimSpace(amount)
	if s == "" {
		return Money{Currency: currency}, nil
	}
	clean := strings.NewReplacer(" ", "", "\u00a0", "", "'", "", ",", "", "_", "").Replace(s)
	if strings.HasPrefix(clean, "-") {
		return Money{}, fmt.Errorf("%s is negative", s)
	}
	whole, frac, _ := strings.Cut(clean, ".")
	digits := Digits(currency)
	if len(frac) > digits {
		return Money{}, fmt.Errorf("%s has more than %d decimals for %s", s, digits, currency)
	}
	frac += strings.Repeat("0", digits-len(frac))
	if whole == "" {
		whole = "0"
	}
	n, err := strconv.ParseUint(whole+frac, 10, 63)
	if err != nil {
		return Money{}, fmt.Errorf("%s is not an amount", s)
	}
	return Money{Minor: int64(n), Currency: currency}, nil
}

// Amount is the number alone, with thousands separated by commas:
// "120,000.50".
func (m Money) Amount() string {
	digits := Digits(m.Currency)
	neg := m.Minor < 0
	n := m.Minor
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	if len(s) <= digits {
		s = strings.Repeat("0", digits-len(s)+1) + s
	}
	whole, frac := s[:len(s)-digits], s[len(s)-digits:]
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if digits > 0 {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// String is the amount with its currency: "EUR 120,000.00"; "" when no
// currency is set.
func (m Money) String() string {
	if m.Currency == "" {
		return ""
	}
	return m.Currency + " " + m.Amount()
}
