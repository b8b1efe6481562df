package model

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar day with no time of day and no zone: a due date means the
// same day wherever the reader sits. The zero Date means "not set".
type Date struct {
	t time.Time // midnight UTC; zero when unset
}

// dateLayout is the only way dates are written and read: ISO 8601.
const dateLayout = "2006-01-02"

// NewDate makes a Date from its parts.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar day of t in t's own zone.
func DateOf(t time.Time) Date {
	return NewDate(t.Year(), t.Month(), t.Day())
}

// ParseDate reads "YYYY-MM-DD"; an empty string is the unset Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, ok := quickDate(s); ok {
		return inRange(d)
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return Date{}, fmt.Errorf("%s is not a date (use YYYY-MM-DD)", s)
	}
	return inRange(Date{t})
}

// quickDate reads a well-formed "YYYY-MM-DD" without time.Parse (the store
// reads thousands of dates to open a big deal); anything else is left to
// time.Parse and its errors.
func quickDate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	num := func(b string) (int, bool) {
		n := 0
		for i := 0; i < len(b); i++ {
			c := b[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	y, ok1 := num(s[0:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 {
		return Date{}, false
	}
	date := NewDate(y, time.Month(m), d)
	if date.t.Day() != d { // 2027-02-30 rolls over: not a date
		return Date{}, false
	}
	return date, true
}

// MustDate is ParseDate for literals in tests and sample data.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String is "YYYY-MM-DD", or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, day := d.t.Date()
	if y < 0 || y > 9999 {
		return d.t.Format(dateLayout)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + day/10), byte('0' + day%10)}
	return string(b[:])
}

// Before reports whether d is a day before o.
func (d Date) Before(o Date) bool { return d.t.Before(o.t) }

// After reports whether d is a day after o.
func (d Date) After(o Date) bool { return d.t.After(o.t) }

// DaysAfter is how many days d falls after o (negative when before).
func (d Date) DaysAfter(o Date) int {
	return int(d.t.Sub(o.t).Hours() / 24)
}

// AddDays returns the day n days after d.
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// MarshalText writes the date as "YYYY-MM-DD" (empty when unset).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what MarshalText wrote.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
