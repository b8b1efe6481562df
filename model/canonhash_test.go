package model_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"handoff/model"
)

// The canonical hash is over the data, not the page: it is the same
// whatever the report shows around the data, and changes with the data by
// section. A sign-off still holding a legacy hash (over the English page)
// compares against the page.
func TestCanonicalHash(t *testing.T) {
	d := sampleDossier(t, "SAP")
	overall, per := model.ReportHash(d)
	legacy, legacyPer := model.LegacyReportHash(d)
	if !strings.HasPrefix(overall, model.CanonicalPrefix) || model.IsLegacyHash(overall) || !model.IsLegacyHash(legacy) {
		t.Fatalf("hashes %q, %q", overall, legacy)
	}
	for name, h := range per {
		if h == legacyPer[name] || !strings.HasPrefix(h, model.CanonicalPrefix) {
			t.Errorf("section %s: %q", name, h)
		}
	}
	at := time.Date(2026, 11, 30, 16, 5, 0, 0, time.UTC)
	signed := func(h string, s map[string]string) *model.Dossier {
		c := *d
		c.SignOffs = []model.SignOff{{ID: 1, DealID: d.Deal.ID, PersonID: 6, Role: model.RoleDelivery, SignedAt: at,
			ReportHash: h, Sections: s}}
		return &c
	}
	for _, c := range []struct {
		name string
		d    *model.Dossier
	}{{"canonical", signed(overall, per)}, {"legacy", signed(legacy, legacyPer)}} {
		if got := model.ChangesSinceSignOff(c.d); got != nil {
			t.Errorf("%s: changed %q right after signing", c.name, got)
		}
		edited := *c.d
		edited.Deal.NotSold = append(slices.Clone(d.Deal.NotSold), "Payroll")
		if got := model.ChangesSinceSignOff(&edited); !slices.Equal(got, []string{"not sold"}) {
			t.Errorf("%s: after adding to not sold, changed %q", c.name, got)
		}
		edited = *c.d
		edited.Deal.Notes = "internal notes are not in the report"
		if got := model.ChangesSinceSignOff(&edited); got != nil {
			t.Errorf("%s: notes changed the sign-off: %q", c.name, got)
		}
	}
	// The canonical hash names no heading or sentence of the page.
	if again, _ := model.ReportHash(signed(overall, per)); again != overall {
		t.Error("signing changed the canonical hash")
	}
}
