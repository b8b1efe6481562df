package model

import (
	"slices"
	"testing"
)

// Each report section names the roles that answer for it; a change asks
// only those to sign again.
func TestRolesForEachSection(t *testing.T) {
	all := []Role{RoleSales, RolePresales, RoleDelivery}
	cases := map[string][]Role{
		"summary":     {RoleSales},
		"definitions": {RolePresales, RoleDelivery},
		"promises":    {RoleSales, RolePresales},
		"reality":     {RoleDelivery},
		"gaps":        {RoleDelivery},
		"decisions":   {RoleSales, RoleDelivery},
		"not sold":    {RoleSales, RolePresales},
		"readiness":   nil,
		"report":      all,
	}
	for _, name := range append(ReportSectionNames(), "report") {
		want, ok := cases[name]
		if !ok {
			t.Errorf("section %q has no case", name)
		}
		if got := RolesFor([]string{name}); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	if got := RolesFor([]string{"reality", "not sold"}); !slices.Equal(got, all) {
		t.Errorf("reality and not sold: %v", got)
	}
}

func TestOutcomeDaysLate(t *testing.T) {
	p := Promise{ID: 1, DealID: 1, Due: NewDate(2027, 1, 15)}
	if o := NewOutcome(p, OutcomeLate, NewDate(2027, 2, 1)); o.DaysLate != 17 {
		t.Errorf("days late %d, want 17", o.DaysLate)
	}
	if o := NewOutcome(p, OutcomeKept, NewDate(2027, 2, 1)); o.DaysLate != 0 {
		t.Errorf("kept has %d days late", o.DaysLate)
	}
	if err := NewOutcome(p, OutcomeChanged, NewDate(2027, 2, 1)).Validate(); err == nil {
		t.Error("changed by agreement without an agreement passed")
	}
	if err := NewOutcome(p, "forgotten", NewDate(2027, 2, 1)).Validate(); err == nil {
		t.Error("an unknown outcome passed")
	}
}

func TestChangeRequestDecision(t *testing.T) {
	people := []Person{{ID: 1, Role: RoleSales}, {ID: 2, Role: RolePresales}, {ID: 3, Role: RoleDelivery}}
	cases := []struct {
		name string
		c    ChangeRequest
		ok   bool
	}{
		{"accepted with both sides", ChangeRequest{Status: ChangeAccepted, Reason: "r", Present: []int64{2, 3}}, true},
		{"accepted by the selling side alone", ChangeRequest{Status: ChangeAccepted, Reason: "r", Present: []int64{1, 2}}, false},
		{"accepted without a reason", ChangeRequest{Status: ChangeAccepted, Present: []int64{1, 3}}, false},
		{"rejected with a reason", ChangeRequest{Status: ChangeRejected, Reason: "r"}, true},
		{"deferred without a reason", ChangeRequest{Status: ChangeDeferred}, false},
		{"left open", ChangeRequest{Status: ChangeOpen, Reason: "r"}, false},
	}
	for _, c := range cases {
		if err := c.c.CheckDecision(people); (err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestCountKept(t *testing.T) {
	ps := []KeptPromise{
		{Deal: "A", Category: CategoryScope, Verification: VerificationConfirmed, Fit: FitFull, Outcome: OutcomeKept, On: NewDate(2027, 1, 1)},
		{Deal: "A", Category: CategoryScope, Verification: VerificationConfirmed, Fit: FitFull, Outcome: OutcomeLate, On: NewDate(2027, 3, 1)},
		{Deal: "B", Category: CategoryIntegration, Verification: VerificationHeard, Fit: FitPartial, Outcome: OutcomeBroken, On: NewDate(2027, 3, 2)},
		{Deal: "B", Category: CategoryIntegration, Verification: VerificationHeard},
	}
	m := CountKept(ps, Date{})
	if m.Total != (KeptCounts{Kept: 1, Late: 1, Broken: 1, Open: 1}) || m.Total.KeptPercent() != 67 {
		t.Errorf("total %+v (%d%%)", m.Total, m.Total.KeptPercent())
	}
	if len(m.ByVerification) != 2 || m.ByVerification[0].Key != "heard" || m.ByVerification[1].Counts.Kept != 1 {
		t.Errorf("by verification %+v", m.ByVerification)
	}
	if len(m.ByFit) != 3 || m.ByFit[0].Key != "full" || m.ByFit[2].Key != "" {
		t.Errorf("by fit %+v", m.ByFit)
	}
	since := CountKept(ps, NewDate(2027, 2, 1))
	if since.Total != (KeptCounts{Late: 1, Broken: 1}) {
		t.Errorf("since February %+v", since.Total)
	}
}
