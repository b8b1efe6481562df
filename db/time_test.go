package db

import (
	"testing"
	"time"
)

// The quick reader and time.Parse agree on what formatTime writes, and the
// quick reader declines what is not in that shape.
func TestQuickTimeAgrees(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(2026, 11, 22, 18, 12, 42, 123456789, time.UTC),
		time.Date(2027, 2, 28, 23, 59, 59, 999999999, time.UTC),
		time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 14, 9, 26, 53, 0, time.FixedZone("CET", 3600)),
	} {
		s := formatTime(at)
		got, ok := quickTime(s)
		want, err := time.Parse(timeLayout, s)
		if !ok || err != nil || !got.Equal(want) || got.Location() != time.UTC {
			t.Errorf("%q: quick %v %v, parse %v %v", s, got, ok, want, err)
		}
	}
	for _, s := range []string{"2026-13-01T00:00:00.000000000Z", "2026-02-30T00:00:00.000000000Z",
		"2026-01-01 00:00:00.000000000Z", "2026-01-01T24:00:00.000000000Z", "2026-01-01T00:00:00Z"} {
		if _, ok := quickTime(s); ok {
			t.Errorf("quickTime(%q) accepted it", s)
		}
	}
}
