package model

import (
	"strings"
	"time"

	"handoff/internal/i18n"
)

// Dates as the reader writes them. English, Swedish and Chinese readers
// write ISO 8601 (it is the national standard in Sweden and China); German
// and Polish readers write 09.12.2026, Italian readers 09/12/2026. ISO dates
// are read in every language.

// dayFirst is the separator of the language's day-first form, or 0 when
// the language writes ISO dates.
func dayFirst(l i18n.Lang) byte {
	switch l {
	case i18n.DE, i18n.PL:
		return '.'
	case i18n.IT:
		return '/'
	}
	return 0
}

// StringIn is the date as the reader writes it: "2026-12-09" in English,
// Swedish and Chinese, "09.12.2026" in German and Polish, "09/12/2026" in
// Italian; "" when unset. It is as wide as String.
func (d Date) StringIn(l i18n.Lang) string {
	sep := dayFirst(l)
	if d.IsZero() || sep == 0 {
		return d.String()
	}
	y, m, day := d.t.Date()
	if y < 0 || y > 9999 {
		return d.String()
	}
	b := [10]byte{byte('0' + day/10), byte('0' + day%10), sep, byte('0' + int(m)/10), byte('0' + int(m)%10), sep,
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10)}
	return string(b[:])
}

// weekdayKeys are the weekdays' values in the "weekday" and "typed day"
// word kinds.
var weekdayKeys = [7]string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}

// WeekdayIn is the weekday's short name in the reader's language: "Wed",
// "śr.", "Mi.", "ons", "mer", "周三".
func WeekdayIn(wd time.Weekday, l i18n.Lang) string { return l.Word("weekday", weekdayKeys[wd]) }

// LongIn is the date with its weekday in the reader's language, for telling
// a person which day a form understood: "Wed 2026-12-09", "śr. 09.12.2026",
// "Mi. 09.12.2026", "ons 2026-12-09", "mer 09/12/2026", "2026-12-09 周三".
func (d Date) LongIn(l i18n.Lang) string {
	if d.IsZero() {
		return ""
	}
	if l == i18n.EN {
		return d.Long()
	}
	wd := WeekdayIn(d.Weekday(), l)
	if l == i18n.ZH {
		return d.StringIn(l) + " " + wd
	}
	return wd + " " + d.StringIn(l)
}

// ParseDateIn is ParseDate for a reader of the language, who may also
// write the date their own way: "9.12.2026" or "09.12.2026" in German and
// Polish, "9/12/2026" (or with dots) in Italian, "2026/12/9" and
// "2026年12月9日" in Chinese.
func ParseDateIn(s string, l i18n.Lang) (Date, error) {
	d, err := ParseDate(s)
	if err == nil || l == i18n.EN {
		return d, err
	}
	t := strings.TrimSpace(s)
	var y, m, day int
	ok := false
	switch {
	case l == i18n.ZH:
		t = strings.NewReplacer("年", "-", "月", "-", "日", "", "/", "-").Replace(t)
		y, m, day, ok = dateParts(t)
	case dayFirst(l) != 0:
		seps := string(dayFirst(l))
		if l == i18n.IT {
			seps += ".-"
		}
		if i := strings.IndexAny(t, seps); i > 0 {
			parts := strings.Split(t, t[i:i+1])
			if len(parts) == 3 {
				y, m, day, ok = dateParts(parts[2] + "-" + parts[1] + "-" + parts[0])
			}
		}
	}
	if !ok {
		return Date{}, i18n.Msg("%s is not a date (use %s)", t, dateHint(l))
	}
	return inRange(NewDate(y, time.Month(m), day))
}

// dateHint is how the reader is told to write a date: "YYYY-MM-DD" or
// "DD.MM.YYYY or YYYY-MM-DD".
func dateHint(l i18n.Lang) string {
	switch dayFirst(l) {
	case '.':
		return l.T("DD.MM.YYYY or YYYY-MM-DD")
	case '/':
		return l.T("DD/MM/YYYY or YYYY-MM-DD")
	}
	return l.T("YYYY-MM-DD")
}

// ParseFormDateIn is ParseFormDate for a reader of the language: besides
// the English words it reads the language's own ("jutro", "morgen",
// "imorgon", "domani", "明天", weekday names and their short forms) and
// the date as ParseDateIn reads it.
func ParseFormDateIn(s string, today Date, l i18n.Lang) (Date, error) {
	if d, err := ParseFormDate(s, today); err == nil || l == i18n.EN {
		return d, err
	}
	w := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
	if typedAs(w, l, "today") {
		return today, nil
	}
	if typedAs(w, l, "tomorrow") {
		return today.AddDays(1), nil
	}
	for wd, key := range weekdayKeys {
		if typedAs(w, l, key) {
			ahead := (wd-int(today.Weekday())+6)%7 + 1
			return today.AddDays(ahead), nil
		}
	}
	if i := strings.LastIndexByte(w, '+'); i > 0 {
		if n, ok := offsetDays(w[i:]); ok {
			if base, err := ParseFormDateIn(w[:i], today, l); err == nil && !base.IsZero() {
				return base.AddDays(n), nil
			}
		}
	}
	d, err := ParseDateIn(s, l)
	if err != nil {
		return Date{}, i18n.Msg("%s is not a date: write %s, today, tomorrow, +3d, +2w or a weekday", strings.TrimSpace(s), dateHint(l))
	}
	return d, nil
}

// typedAs reports whether w is one of the ways the language types the day
// word (its "typed day" words, comma-separated, in lower case).
func typedAs(w string, l i18n.Lang, key string) bool {
	for _, form := range strings.Split(l.Word("typed day", key), ",") {
		if f := strings.TrimSuffix(strings.TrimSpace(form), "."); f != "" && f == w {
			return true
		}
	}
	return false
}
