package model

import (
	"sync"

	bcurrency "github.com/bojanz/currency"
	"golang.org/x/text/message"
	xnumber "golang.org/x/text/number"

	"handoff/internal/i18n"
)

// Money, numbers and dates in the reader's language. The forms come from
// CLDR (money through github.com/bojanz/currency, numbers through x/text),
// so "486 000,00 zł", "1.240.000,00 €" and "¥50,000.00" are what a Pole, a
// German and a Chinese reader write. English keeps the forms handoff has
// always shown ("EUR 1,240,000.00", ISO dates): a currency's code is
// clearer than "$" to readers in many countries, and every English screen
// and file reads as before.

// formatters are the CLDR money formatters, one per language and kind
// (with the currency's symbol, or the number alone), made on first use.
var formatters sync.Map // formatterKey → *bcurrency.Formatter

type formatterKey struct {
	lang   i18n.Lang
	digits int
	symbol bool
}

func formatter(l i18n.Lang, digits int, symbol bool) *bcurrency.Formatter {
	k := formatterKey{l, digits, symbol}
	if f, ok := formatters.Load(k); ok {
		return f.(*bcurrency.Formatter)
	}
	f := bcurrency.NewFormatter(bcurrency.NewLocale(l.Tag().String()))
	// The digits an amount is stored with, whatever CLDR rounds to (see
	// isoMinorUnits): 1.00 IDR stays 1.00, never 1.
	f.MinDigits, f.MaxDigits = uint8(digits), uint8(digits)
	if !symbol {
		f.CurrencyDisplay = bcurrency.DisplayNone
	}
	formatters.Store(k, f)
	return f
}

// cldr is the amount in the language's CLDR form, with its currency's
// symbol or without; false for a currency CLDR does not know.
func (m Money) cldr(l i18n.Lang, symbol bool) (string, bool) {
	digits := Digits(m.Currency)
	a, err := bcurrency.NewAmount(m.decimal(digits), m.Currency)
	if err != nil {
		return "", false
	}
	return formatter(l, digits, symbol).Format(a), true
}

// decimal is the amount as a plain decimal number, "-1240000.00".
func (m Money) decimal(digits int) string {
	neg, whole, frac := m.parts(digits)
	s := whole
	if digits > 0 {
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}

// In is the amount with its currency as the reader writes it: "486 000,00
// zł" in Polish, "1.240.000,00 €" in German, "¥50,000.00" in Chinese, and
// String in English; "" when no currency is set.
func (m Money) In(l i18n.Lang) string {
	if m.Currency == "" {
		return ""
	}
	if l == i18n.EN {
		return m.String()
	}
	if s, ok := m.cldr(l, true); ok {
		return s
	}
	return m.Currency + " " + m.AmountIn(l)
}

// AmountIn is the number alone as the reader writes it: "486 000,00" in
// Polish, "1.240.000,00" in German; Amount in English and Chinese.
func (m Money) AmountIn(l i18n.Lang) string {
	if l == i18n.EN || l == i18n.ZH {
		return m.Amount()
	}
	if s, ok := m.cldr(l, false); ok {
		return s
	}
	return m.Amount()
}

// DisplayIn is how a deal's value is shown to the reader: In, or "not set"
// in their words when no amount is set.
func (m Money) DisplayIn(l i18n.Lang) string {
	if m.IsZero() || m.Currency == "" {
		return l.T("not set")
	}
	return m.In(l)
}

// EchoIn is the amount a form understood, as it echoes it beside the
// field: "486,000.00 PLN" in English, "486 000,00 zł" in Polish.
func (m Money) EchoIn(l i18n.Lang) string {
	if l == i18n.EN {
		return m.Amount() + " " + m.Currency
	}
	return m.In(l)
}

// EditTextIn is the amount as a form shows it for editing, which
// ParseMoneyIn in the same language reads back the same: "486 000,00" in
// Polish, "1.240.000,00" in German; EditText in English and Chinese.
func (m Money) EditTextIn(l i18n.Lang) string {
	if !commaDecimal(l) {
		return m.EditText()
	}
	return m.AmountIn(l)
}

// printers are the x/text number printers, one per language.
var printers sync.Map // i18n.Lang → *message.Printer

func printer(l i18n.Lang) *message.Printer {
	if p, ok := printers.Load(l); ok {
		return p.(*message.Printer)
	}
	p := message.NewPrinter(l.Tag())
	printers.Store(l, p)
	return p
}

// NumberIn is a count or a figure as the reader writes it: 1,250 and 12.5
// in English, 1250 and 12,5 in Polish (CLDR groups only from five digits
// there), 1.250 and 12,5 in German, "1 250" in Swedish.
func NumberIn(l i18n.Lang, v float64) string {
	return printer(l).Sprint(xnumber.Decimal(v, xnumber.MaxFractionDigits(6)))
}

// PercentIn is a whole percentage as the reader writes it: "72%" in
// English, Polish, Italian and Chinese, "72 %" in German and Swedish.
func PercentIn(l i18n.Lang, pct int) string {
	return printer(l).Sprint(xnumber.Percent(float64(pct) / 100))
}

// FormatDaysIn is FormatDays in the reader's number form: "12,5" in
// Polish; "" for none.
func FormatDaysIn(d float64, l i18n.Lang) string {
	if d == 0 {
		return ""
	}
	if l == i18n.EN {
		return FormatDays(d)
	}
	return NumberIn(l, d)
}
