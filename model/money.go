package model

import (
	"strconv"
	"strings"

	"golang.org/x/text/currency"

	"handoff/internal/i18n"
)

// Money is an amount in the currency's minor units (cents, grosze, öre) and
// an ISO 4217 code. Integers, so sums never drift.
type Money struct {
	Minor    int64  `json:"minor"`
	Currency string `json:"currency"`
}

// isoMinorUnits are the currencies whose ISO 4217 minor unit differs from
// the digits CLDR (and so x/text) rounds them to. CLDR says how many
// decimals people show; ISO says what an amount is made of, and amounts
// are stored in minor units, so ISO wins: reading these with CLDR's 0
// would make a stored 1.00 IDR read as 100 IDR.
var isoMinorUnits = map[string]int{
	"AFN": 2, "ALL": 2, "AMD": 2, "COP": 2, "GYD": 2, "IDR": 2, "IQD": 3, "IRR": 2,
	"KPW": 2, "LAK": 2, "LBP": 2, "MGA": 2, "MMK": 2, "MNT": 2, "MRO": 2, "MUR": 2,
	"PKR": 2, "RSD": 2, "SLL": 2, "SOS": 2, "SYP": 2, "TZS": 2, "UZS": 2, "YER": 2,
}

// newerCurrencies are ISO 4217 codes introduced after the CLDR release
// x/text carries, with their minor units.
var newerCurrencies = map[string]int{
	"MRU": 2, "SLE": 2, "UYW": 4, "VED": 2, "VES": 2, "XCG": 2, "ZWG": 2,
}

// notMoney are ISO 4217 codes that are not money one can price a deal in:
// precious metals, settlement units, the testing code and "no currency".
var notMoney = map[string]bool{
	"XAG": true, "XAU": true, "XPD": true, "XPT": true, "XBA": true, "XBB": true, "XBC": true,
	"XBD": true, "XDR": true, "XSU": true, "XUA": true, "XTS": true, "XXX": true,
}

// Digits is how many minor-unit digits the currency has (2 for a code it
// does not know).
func Digits(code string) int {
	if d, ok := isoMinorUnits[code]; ok {
		return d
	}
	if d, ok := newerCurrencies[code]; ok {
		return d
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return 2
	}
	scale, _ := currency.Standard.Rounding(u)
	return scale
}

// ValidCurrency reports whether code is an ISO 4217 currency code, written
// in capitals as it is stored.
func ValidCurrency(code string) bool {
	_, err := ParseCurrency(code)
	return err == nil && code == strings.TrimSpace(strings.ToUpper(code))
}

// ParseCurrency reads a currency code as a person types it ("eur", " PLN")
// and returns it in capitals, or a sentence saying why it is not one.
func ParseCurrency(code string) (string, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	if c == "" {
		return "", i18n.Msg("a currency is required: an ISO 4217 code such as EUR, PLN or USD")
	}
	if _, ok := newerCurrencies[c]; ok {
		return c, nil
	}
	if len(c) != 3 || notMoney[c] {
		return "", i18n.Msg("%s is not a currency code: write an ISO 4217 code such as EUR, PLN or USD", strconv.Quote(code))
	}
	if _, err := currency.ParseISO(c); err != nil {
		return "", i18n.Msg("%s is not a currency code: ISO 4217 has no %s (write a code such as EUR, PLN or USD)", strconv.Quote(code), c)
	}
	return c, nil
}

// Number separators. A comma or a dot may be a decimal mark or a thousands
// separator; the others only ever separate thousands.
const (
	nbsp       = '\u00a0'
	narrowNbsp = '\u202f'
	thinSpace  = '\u2009'
)

func isGroupOnly(r rune) bool {
	switch r {
	case ' ', '\'', '’', nbsp, narrowNbsp, thinSpace:
		return true
	}
	return false
}

// ParseMoney reads an amount the way people write it in either convention:
// "486 000,00", "1.250.000,50", "120,000.50", "1'250.50", "12,50". It never
// guesses: a comma or a dot followed by one or two final digits is the
// decimal mark; groups of exactly three digits after the first are
// thousands, separated all alike by spaces (also no-break and narrow
// no-break), apostrophes, dots or commas, or by nothing. A lone comma or
// dot followed by exactly three digits ("1,250") could be either, and is
// refused with both readings — except in a currency without decimals
// (JPY "50,000"), where only the thousands reading is an amount. Extra
// decimals beyond the currency's are accepted only when they are zeros.
// An empty amount is no amount (zero, with the currency).
func ParseMoney(amount, code string) (Money, error) { return ParseMoneyIn(amount, code, i18n.EN) }

// ParseMoneyIn is ParseMoney for a reader of the language, who settles what
// ParseMoney refuses as ambiguous the way their country writes numbers: in
// Polish, German, Swedish and Italian a lone comma is the decimal mark
// ("1,250" is 1.25), and in Polish, German and Italian a lone dot before
// three digits separates thousands ("1.250" is 1250). English and Chinese
// keep ParseMoney's rules. Its errors are messages in the reader's
// language (their figures already are).
func ParseMoneyIn(amount, code string, l i18n.Lang) (Money, error) {
	cur, err := ParseCurrency(code)
	if err != nil {
		return Money{}, err
	}
	s := strings.TrimSpace(amount)
	if s == "" {
		return Money{Currency: cur}, nil
	}
	digits := Digits(cur)
	whole, frac, err := splitAmount(s, digits, cur, l)
	if err != nil {
		return Money{}, err
	}
	if len(frac) > digits {
		extra := frac[digits:]
		if strings.Trim(extra, "0") != "" {
			return Money{}, i18n.Msg("%s has %s; %s has %s", s, l.N("%d decimals", len(frac)), cur, decimalsOf(digits, l))
		}
		frac = frac[:digits]
	}
	frac += strings.Repeat("0", digits-len(frac))
	all := strings.TrimLeft(whole+frac, "0")
	if all == "" {
		return Money{Currency: cur}, nil
	}
	n, err := strconv.ParseInt(all, 10, 64)
	if err != nil {
		return Money{}, i18n.Msg("%s is too large", s)
	}
	return Money{Minor: n, Currency: cur}, nil
}

func decimalsOf(digits int, l i18n.Lang) string {
	if digits == 0 {
		return l.T("no decimals")
	}
	return l.N("%d decimals", digits)
}

// commaDecimal reports whether the language writes a lone comma as the
// decimal mark; dotThousands, whether it writes a lone dot between
// thousands (Swedish groups with spaces, and a dot is no certain reading).
func commaDecimal(l i18n.Lang) bool {
	return l == i18n.PL || l == i18n.DE || l == i18n.SV || l == i18n.IT
}

func dotThousands(l i18n.Lang) bool { return l == i18n.PL || l == i18n.DE || l == i18n.IT }

// splitAmount reads s into its whole digits and its decimal digits.
func splitAmount(s string, digits int, cur string, l i18n.Lang) (whole, frac string, err error) {
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") {
		return "", "", i18n.Msg("%s is negative", s)
	}
	notAmount := i18n.Msg("%s is not an amount: write digits, like 120000 or 120 000,50", s)
	// groups[i] are digits; seps[i] is the separator before groups[i+1].
	var groups []string
	var seps []rune
	start := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			continue
		case r == '.' || r == ',' || isGroupOnly(r):
			groups = append(groups, s[start:i])
			seps = append(seps, r)
			start = i + len(string(r))
		default:
			return "", "", notAmount
		}
	}
	groups = append(groups, s[start:])
	for i, g := range groups {
		if g == "" && !(i == 0 && len(groups) == 2 && !isGroupOnly(seps[0])) {
			return "", "", notAmount
		}
	}
	if len(seps) == 0 {
		return s, "", nil
	}
	last := seps[len(seps)-1]
	tail := groups[len(groups)-1]
	decimal := false
	switch {
	case isGroupOnly(last):
	case len(tail) != 3:
		decimal = true
	case len(seps) > 1 && seps[0] != last:
		// "1 250,500", "1,250.500": the thousands are already marked by
		// another separator, so this one is the decimal mark.
		decimal = true
	case len(seps) == 1 && strings.TrimLeft(groups[0], "0") == "":
		decimal = true // "0,250": no thousands start with zero
	case len(seps) == 1 && last == ',' && commaDecimal(l):
		decimal = true // "1,250" is 1.25 to a Pole or a German
	case len(seps) == 1 && last == '.' && dotThousands(l):
		// "1.250" is 1250 to a Pole or a German
	case len(seps) == 1 && digits > 0:
		return "", "", ambiguous(s, groups[0], tail, digits, cur, l)
	}
	intGroups, intSeps := groups, seps
	if decimal {
		intGroups, intSeps = groups[:len(groups)-1], seps[:len(seps)-1]
		frac = tail
	}
	for _, r := range intSeps {
		if r != intSeps[0] {
			return "", "", i18n.Msg("%s mixes separators: group thousands all the same way, like 1 250 000,50 or 1,250,000.50", s)
		}
	}
	for _, r := range intSeps {
		if decimal && r == last {
			return "", "", i18n.Msg("%s uses %q both between thousands and before the decimals: like 1.250.000,50 or 1,250,000.50", s, last)
		}
	}
	for i, g := range intGroups {
		if i == 0 && len(intGroups) > 1 && (len(g) > 3 || strings.TrimLeft(g, "0") == "") ||
			i > 0 && len(g) != 3 {
			return "", "", i18n.Msg("%s is not grouped in thousands: between separators come three digits, like 1 250 000,50 or 1,250,000.50", s)
		}
	}
	return strings.Join(intGroups, ""), frac, nil
}

// ambiguous explains a lone separator before three digits: both readings,
// and how to write each so it is certain.
func ambiguous(s, head, tail string, digits int, cur string, l i18n.Lang) error {
	thousands := strings.TrimLeft(head+tail, "0")
	dec := strings.TrimRight(tail, "0")
	mark := "."
	if commaDecimal(l) {
		mark = ","
	}
	decimal := head
	if dec != "" {
		decimal += mark + dec
	}
	write := decimal
	switch {
	case len(dec) > digits:
		return i18n.Msg("%s could mean %s (thousands) or %s (decimals, but %s has %s): write %s or %s.%s for the first",
			s, thousands, decimal, cur, decimalsOf(digits, l), thousands, thousands, strings.Repeat("0", digits))
	case len(dec) == 3:
		write += "0" // three decimals after a lone separator would be ambiguous again
	}
	return i18n.Msg("%s could mean %s (thousands) or %s (decimals): write %s or %s.%s for the first, %s for the second",
		s, thousands, decimal, thousands, thousands, strings.Repeat("0", digits), write)
}

// Amount is the number alone, with thousands separated by commas:
// "120,000.50".
func (m Money) Amount() string {
	return m.format(',', '.')
}

// EditText is the amount as a form shows it for editing, which ParseMoney
// reads back the same: Amount, except below a thousand in a currency with
// three decimals, where "250.500" would be ambiguous and is written
// "250.5" (and "250.505" as "250.5050").
func (m Money) EditText() string {
	s := m.Amount()
	if Digits(m.Currency) != 3 || strings.Contains(s, ",") {
		return s
	}
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if whole, frac, ok := strings.Cut(s, "."); ok && len(frac) == 3 {
		s = whole + "." + frac + "0"
	}
	return s
}

func (m Money) format(group, point byte) string {
	digits := Digits(m.Currency)
	neg, whole, frac := m.parts(digits)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(group)
		}
		b.WriteRune(r)
	}
	if digits > 0 {
		b.WriteByte(point)
		b.WriteString(frac)
	}
	return b.String()
}

// parts is the amount's sign and its digits before and after the point,
// for a currency with the given number of decimals: -1240000.5 in EUR is
// true, "1240000", "50".
func (m Money) parts(digits int) (neg bool, whole, frac string) {
	neg = m.Minor < 0
	n := uint64(m.Minor)
	if neg {
		n = -n
	}
	s := strconv.FormatUint(n, 10)
	if len(s) <= digits {
		s = strings.Repeat("0", digits-len(s)+1) + s
	}
	return neg, s[:len(s)-digits], s[len(s)-digits:]
}

// String is the amount with its currency: "EUR 120,000.00"; "" when no
// currency is set.
func (m Money) String() string {
	if m.Currency == "" {
		return ""
	}
	return m.Currency + " " + m.Amount()
}

// IsZero reports whether no amount is set (a deal whose value nobody has
// entered yet).
func (m Money) IsZero() bool { return m.Minor == 0 }

// Display is how a deal's value is shown: String, or "not set" when no
// amount is set — never "EUR 0.00", which reads as a deal worth nothing.
func (m Money) Display() string {
	return m.DisplayIn(i18n.EN)
}
