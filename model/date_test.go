package model

import (
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
	for _, bad := range []string{"2027-02-30", "2027-13-01", "2027-00-10", "2027-01-00", "2027-1-01", "20x7-01-01", "2027/01/01", "2024-02-30"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) accepted it", bad)
		}
	}
	if d, err := ParseDate("2024-02-29"); err != nil || d.String() != "2024-02-29" {
		t.Errorf("leap day: %v, %v", d, err)
	}
}
