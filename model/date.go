package model

import (
	"strings"
	"time"

	"handoff/internal/i18n"
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

// ParseDate reads "YYYY-MM-DD", also with a one-digit month or day
// ("2026-12-9"); an empty string is the unset Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, ok := quickDate(s); ok {
		return inRange(d)
	}
	y, m, d, ok := dateParts(s)
	if !ok {
		return Date{}, i18n.Msg("%s is not a date (use YYYY-MM-DD)", s)
	}
	return inRange(NewDate(y, time.Month(m), d))
}

// quickDate reads a well-formed "YYYY-MM-DD" without splitting it (the
// store reads thousands of dates to open a big deal); anything else is
// left to dateParts.
func quickDate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, ok1 := number(s[0:4])
	m, ok2 := number(s[5:7])
	d, ok3 := number(s[8:10])
	if !ok1 || !ok2 || !ok3 || !validDay(y, m, d) {
		return Date{}, false
	}
	return NewDate(y, time.Month(m), d), true
}

// dateParts reads "YYYY-M-D" with a four-digit year and a month and day of
// one or two digits, and checks the day exists.
func dateParts(s string) (y, m, d int, ok bool) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 || len(parts[1]) < 1 || len(parts[1]) > 2 ||
		len(parts[2]) < 1 || len(parts[2]) > 2 {
		return 0, 0, 0, false
	}
	y, ok1 := number(parts[0])
	m, ok2 := number(parts[1])
	d, ok3 := number(parts[2])
	if !ok1 || !ok2 || !ok3 || !validDay(y, m, d) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func number(b string) (int, bool) {
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

// validDay reports whether the day exists: 2027-02-30 would roll over.
func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && NewDate(y, time.Month(m), d).t.Day() == d
}

// weekdays are the names ParseFormDate takes for the next such day.
var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday, "sun": time.Sunday,
}

// ParseFormDate is ParseDate for a person typing into a form: it also reads
// "today", "tomorrow", "+3d" (days from today), "+2w" (weeks) and an
// English weekday name or its first three letters (the next such day,
// never today itself), all relative to today; and a date followed by an
// offset ("2026-12-11+2w"), relative to that date.
func ParseFormDate(s string, today Date) (Date, error) {
	w := strings.ToLower(strings.TrimSpace(s))
	switch w {
	case "today":
		return today, nil
	case "tomorrow":
		return today.AddDays(1), nil
	}
	if wd, ok := weekdays[w]; ok {
		ahead := (int(wd)-int(today.Weekday())+6)%7 + 1
		return today.AddDays(ahead), nil
	}
	if d, ok := localDayWord(w, today); ok {
		return d, nil
	}
	if n, ok := offsetDays(w); ok {
		return today.AddDays(n), nil
	}
	// A form field opens holding the date it has, so "+2w" typed after it
	// reads as two weeks after that date.
	if i := strings.LastIndexByte(w, '+'); i > 0 {
		if n, ok := offsetDays(w[i:]); ok {
			if base, err := ParseFormDate(w[:i], today); err == nil && !base.IsZero() {
				return base.AddDays(n), nil
			}
		}
	}
	d, err := ParseDate(s)
	if err != nil {
		return Date{}, i18n.Msg("%s is not a date: write YYYY-MM-DD, today, tomorrow, +3d, +2w or a weekday", strings.TrimSpace(s))
	}
	return d, nil
}

// offsetDays reads "+3d" or "+2w" as a number of days.
func offsetDays(w string) (int, bool) {
	rest, ok := strings.CutPrefix(w, "+")
	if !ok || len(rest) < 2 {
		return 0, false
	}
	unit := rest[len(rest)-1]
	n, isNum := number(strings.TrimSpace(rest[:len(rest)-1]))
	if !isNum || n > 100_000 || (unit != 'd' && unit != 'w') {
		return 0, false
	}
	if unit == 'w' {
		n *= 7
	}
	return n, true
}

// Overdue reports whether something due on due is late on today, and by
// how many days. An unset due date is never overdue.
func Overdue(due, today Date) (days int, ok bool) {
	if due.IsZero() || today.IsZero() || !due.Before(today) {
		return 0, false
	}
	return today.DaysAfter(due), true
}

// OverdueText is how a list says that something is late: "3 days
// overdue"; "" when it is not.
func OverdueText(due, today Date) string { return OverdueTextIn(due, today, i18n.EN) }

// OverdueTextIn is OverdueText in the reader's language: "3 dni po
// terminie".
func OverdueTextIn(due, today Date, l i18n.Lang) string {
	days, ok := Overdue(due, today)
	if !ok {
		return ""
	}
	return l.N("%d days overdue", days)
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

// Weekday is the day of the week d falls on.
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// Long is "Wed 2026-12-09": the date with its weekday, for telling a person
// which day a form understood.
func (d Date) Long() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format("Mon ") + d.String()
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
