package model

import (
	"testing"

	"handoff/internal/i18n"
)

func TestDatesIn(t *testing.T) {
	d := MustDate("2026-12-09") // a Wednesday
	for _, c := range []struct {
		l          i18n.Lang
		short, day string
	}{
		{i18n.EN, "2026-12-09", "Wed 2026-12-09"},
		{i18n.PL, "09.12.2026", "śr. 09.12.2026"},
		{i18n.DE, "09.12.2026", "Mi. 09.12.2026"},
		{i18n.SV, "2026-12-09", "ons 2026-12-09"},
		{i18n.IT, "09/12/2026", "mer 09/12/2026"},
		{i18n.ZH, "2026-12-09", "2026-12-09 周三"},
	} {
		if got := d.StringIn(c.l); got != c.short {
			t.Errorf("%s: StringIn = %q, want %q", c.l, got, c.short)
		}
		if got := d.LongIn(c.l); got != c.day {
			t.Errorf("%s: LongIn = %q, want %q", c.l, got, c.day)
		}
		// What is shown reads back, and ISO is read everywhere.
		for _, s := range []string{c.short, "2026-12-09", "2026-12-9"} {
			if got, err := ParseDateIn(s, c.l); err != nil || got != d {
				t.Errorf("%s: ParseDateIn(%q) = %v, %v", c.l, s, got, err)
			}
		}
		if got := (Date{}).StringIn(c.l); got != "" {
			t.Errorf("%s: unset date shows %q", c.l, got)
		}
	}
}

func TestParseDateInLocalForms(t *testing.T) {
	d := MustDate("2026-12-09")
	for _, c := range []struct {
		l  i18n.Lang
		in string
	}{
		{i18n.PL, "9.12.2026"}, {i18n.DE, "9.12.2026"}, {i18n.DE, " 09.12.2026 "},
		{i18n.IT, "9/12/2026"}, {i18n.IT, "09.12.2026"}, {i18n.IT, "09-12-2026"},
		{i18n.ZH, "2026/12/9"}, {i18n.ZH, "2026年12月9日"},
	} {
		if got, err := ParseDateIn(c.in, c.l); err != nil || got != d {
			t.Errorf("%s: ParseDateIn(%q) = %v, %v", c.l, c.in, got, err)
		}
	}
	for _, c := range []struct {
		l       i18n.Lang
		in, say string
	}{
		{i18n.EN, "09.12.2026", "09.12.2026 is not a date (use YYYY-MM-DD)"},
		{i18n.SV, "09.12.2026", "09.12.2026 är inget datum (använd ÅÅÅÅ-MM-DD)"},
		{i18n.DE, "31.02.2026", "31.02.2026 ist kein Datum (Format TT.MM.JJJJ oder JJJJ-MM-TT)"},
		{i18n.PL, "12/09/2026", "12/09/2026 nie jest datą (użyj formatu DD.MM.RRRR lub RRRR-MM-DD)"},
		{i18n.IT, "9/13/2026", "9/13/2026 non è una data (usa GG/MM/AAAA o AAAA-MM-GG)"},
	} {
		_, err := ParseDateIn(c.in, c.l)
		if err == nil || c.l.Error(err) != c.say {
			t.Errorf("%s: ParseDateIn(%q) = %v; want %q", c.l, c.in, err, c.say)
		}
	}
}

func TestParseFormDateIn(t *testing.T) {
	today := MustDate("2026-12-09") // a Wednesday
	for _, c := range []struct {
		l        i18n.Lang
		in, want string
	}{
		{i18n.PL, "jutro", "2026-12-10"},
		{i18n.PL, "dziś", "2026-12-09"},
		{i18n.PL, "pt.", "2026-12-11"},
		{i18n.PL, "Środa", "2026-12-16"},
		{i18n.PL, "10.12.2026+2w", "2026-12-24"},
		{i18n.DE, "morgen", "2026-12-10"},
		{i18n.DE, "Mo.", "2026-12-14"},
		{i18n.SV, "i morgon", "2026-12-10"},
		{i18n.SV, "fredag", "2026-12-11"},
		{i18n.IT, "domani", "2026-12-10"},
		{i18n.IT, "venerdì", "2026-12-11"},
		{i18n.ZH, "明天", "2026-12-10"},
		{i18n.ZH, "周五", "2026-12-11"},
		{i18n.ZH, "2026年12月24日", "2026-12-24"},
		// English words and offsets are read in every language.
		{i18n.DE, "tomorrow", "2026-12-10"},
		{i18n.ZH, "+3d", "2026-12-12"},
	} {
		got, err := ParseFormDateIn(c.in, today, c.l)
		if err != nil || got.String() != c.want {
			t.Errorf("%s: ParseFormDateIn(%q) = %v, %v; want %s", c.l, c.in, got, err, c.want)
		}
	}
	_, err := ParseFormDateIn("someday", today, i18n.DE)
	if want := "someday ist kein Datum: bitte TT.MM.JJJJ oder JJJJ-MM-TT, heute, morgen, +3d, +2w oder einen Wochentag angeben"; err == nil || i18n.DE.Error(err) != want {
		t.Errorf("de: someday: %v", i18n.DE.Error(err))
	}
}

// Every language has a short name and typed forms for every weekday.
func TestWeekdayWords(t *testing.T) {
	for _, l := range i18n.All() {
		for _, k := range weekdayKeys {
			if !l.HasWord("weekday", k) || !l.HasWord("typed day", k) {
				t.Errorf("%s lacks weekday %s", l, k)
			}
		}
		for _, k := range []string{"today", "tomorrow"} {
			if !l.HasWord("typed day", k) {
				t.Errorf("%s lacks %s", l, k)
			}
		}
	}
}

// TestPromiseFieldsInLanguage: a form in German shows a due date as
// 15.01.2027 and must take it back as that same day, as it takes ISO.
func TestPromiseFieldsInLanguage(t *testing.T) {
	today := MustDate("2026-12-02")
	for _, c := range []struct {
		l     i18n.Lang
		typed string
	}{{i18n.DE, "15.01.2027"}, {i18n.PL, "15.01.2027"}, {i18n.DE, "2027-01-15"}, {i18n.EN, "2027-01-15"}} {
		f := PromiseFields{Title: "Schulung", Due: c.typed, Today: today, Lang: c.l}
		p, err := f.Parse(NewPromise(1))
		if err != nil || p.Due != MustDate("2027-01-15") {
			t.Errorf("%s %q: due %v, %v", c.l.Code(), c.typed, p.Due, err)
		}
		if shown := p.Due.StringIn(c.l); c.l != i18n.EN {
			if back, err := (PromiseFields{Title: "x", Due: shown, Today: today, Lang: c.l}).Parse(NewPromise(1)); err != nil || back.Due != p.Due {
				t.Errorf("%s: the form's own %q does not read back: %v, %v", c.l.Code(), shown, back.Due, err)
			}
		}
	}
}
