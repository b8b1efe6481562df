package model

import (
	"maps"
	"testing"
)

// TestCanonicalHashStreamed checks that hashing the canonical sections as
// they are written gives the hashes of the sections made whole, for every
// sample deal, signed or not.
func TestCanonicalHashStreamed(t *testing.T) {
	a := SampleArchive()
	for i := range a.Deals {
		d := &a.Deals[i]
		d.People = a.People
		r := newReport(d)
		want, wantPer := hashSectionsWith(r.canonicalSections(), CanonicalPrefix, func(s string) []byte { return []byte(s) })
		got, per := r.records().hashes()
		if got != want || !maps.Equal(per, wantPer) {
			t.Errorf("%s: %s %v, want %s %v", d.Deal.Name, got, per, want, wantPer)
		}
	}
}
