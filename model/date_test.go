package model

import (
	"strings"
	"testing"
	"time"
)

// The quick path and time.Parse agree on every day of a few years, and on
// the strings that are not dates.
func TestParseDateQuickPathAgrees(t *testing.T) {
	for d := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() < 2029; d = d.AddDate(0, 0, 1) {
		s := d.Format(dateLayout)
		got, err := ParseDate(s)
		if err != nil || got.String() != s {
			t.Fatalf("ParseDate(%q) = %v, %v", s, got, err)
		}
	}
	for _, bad := range []string{"2027-02-30", "2027-13-01", "2027-00-10", "2027-01-00", "20x7-01-01", "2027/01/01", "2024-02-30"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted it", bad)
		}
	}
	if d, err := ParseDate("2024-02-29"); err != nil || d.String() != "2024-02-29" {
		t.Errorf("leap day: %v, %v", d, err)
	}
}

func TestParseDateShortForms(t *testing.T) {
	for in, want := range map[string]string{"2026-12-9": "2026-12-09", "2026-1-5": "2026-01-05",
		"2026-01-5": "2026-01-05", " 2026-3-31 ": "2026-03-31", "2024-2-29": "2024-02-29"} {
		if got, err := ParseDate(in); err != nil || got.String() != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"2026-2-30", "2026-13-1", "2026-0-1", "2026-1-0", "26-1-1", "2026-123-1", "2026-1", "today"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted it", bad)
		}
	}
}

func TestParseFormDate(t *testing.T) {
	today := MustDate("2026-12-02") // a Wednesday
	for in, want := range map[string]string{
		"today": "2026-12-02", "Today": "2026-12-02", "tomorrow": "2026-12-03",
		"+3d": "2026-12-05", "+2w": "2026-12-16", "+0d": "2026-12-02", "+30d": "2027-01-01",
		"thursday": "2026-12-03", "thu": "2026-12-03", "wednesday": "2026-12-09", "wed": "2026-12-09",
		"tuesday": "2026-12-08", "Sun": "2026-12-06", "monday": "2026-12-07",
		"2026-12-9": "2026-12-09", "2027-01-15": "2027-01-15", "": "",
		"2026-12-11+2w": "2026-12-25", "2026-12-11 +3d": "2026-12-14", "friday+1w": "2026-12-11", "+2w+2w": "2026-12-30",
	} {
		got, err := ParseFormDate(in, today)
		if err != nil || got.String() != want {
			t.Errorf("ParseFormDate(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, bad := range []string{"yesterday", "+3", "+d", "+3m", "3d", "+-3d", "someday", "2026-02-30",
		"2026-12-11+", "2026-12-11+2", "2026-13-11+2w"} {
		if _, err := ParseFormDate(bad, today); err == nil || !strings.Contains(err.Error(), "today, tomorrow, +3d, +2w or a weekday") {
			t.Errorf("ParseFormDate(%q): %v", bad, err)
		}
	}
	if got := MustDate("2026-12-09").Long(); got != "Wed 2026-12-09" {
		t.Errorf("Long = %q", got)
	}
}

func TestOverdue(t *testing.T) {
	today := MustDate("2026-12-02")
	cases := []struct {
		due  string
		days int
		ok   bool
	}{{"2026-12-01", 1, true}, {"2026-11-29", 3, true}, {"2026-12-02", 0, false}, {"2026-12-03", 0, false}, {"", 0, false}}
	for _, c := range cases {
		days, ok := Overdue(MustDate(c.due), today)
		if days != c.days || ok != c.ok {
			t.Errorf("Overdue(%q) = %d, %v; want %d, %v", c.due, days, ok, c.days, c.ok)
		}
	}
	if got := OverdueText(MustDate("2026-11-29"), today); got != "3 days overdue" {
		t.Errorf("OverdueText = %q", got)
	}
	g := Gap{Due: MustDate("2026-11-30"), Status: GapInProgress}
	if _, ok := g.Overdue(today); !ok {
		t.Error("an in-progress gap past its date is not overdue")
	}
	g.Status = GapResolved
	if _, ok := g.Overdue(today); ok {
		t.Error("a resolved gap is overdue")
	}
	if days, ok := (Promise{Due: MustDate("2026-11-30")}).Overdue(today); !ok || days != 2 {
		t.Errorf("promise overdue = %d, %v", days, ok)
	}
}

func TestPromiseFieldsRelativeDatesOnlyWithToday(t *testing.T) {
	f := PromiseFields{Title: "SSO", Due: "+2w", MadeOn: "2026-11-3"}
	if _, err := f.Parse(NewPromise(1)); err == nil {
		t.Error("a spreadsheet's +2w was read as a date")
	}
	f.Today = MustDate("2026-12-02")
	p, err := f.Parse(NewPromise(1))
	if err != nil || p.Due.String() != "2026-12-16" || p.MadeOn.String() != "2026-11-03" {
		t.Errorf("Parse = %v, %v, %v", p.Due, p.MadeOn, err)
	}
}

// A spreadsheet's dates are ISO, also with one-digit parts; the relative
// forms a person types into a form are not for files.
func TestCSVDates(t *testing.T) {
	rows, err := ParsePromiseCSV(strings.NewReader("title,due\nSSO,2026-12-9\n"))
	if err != nil || len(rows) != 1 || rows[0].Promise.Due.String() != "2026-12-09" {
		t.Fatalf("rows %+v, %v", rows, err)
	}
	if _, err := ParsePromiseCSV(strings.NewReader("title,due\nSSO,tomorrow\n")); err == nil {
		t.Error("a spreadsheet's tomorrow was read as a date")
	}
}
