package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"handoff/internal/i18n"
	"handoff/model"
)

// TestReportInGolden is the SAP/MES sample deal's report and customer copy
// in each language other than English, as its readers would receive them.
// Refresh with: go test ./model/ -run ReportInGolden -update — and read
// every file.
func TestReportInGolden(t *testing.T) {
	for _, l := range i18n.All() {
		if l == i18n.EN {
			continue
		}
		for _, a := range model.Audiences {
			t.Run(l.Code()+"/"+string(a), func(t *testing.T) {
				name := "report_sap"
				if a == model.AudienceCustomer {
					name = "customer_sap"
				}
				golden := filepath.Join("testdata", name+"."+l.Code()+".golden.md")
				got := model.RenderReportIn(l, a, sampleDossier(t, "SAP"), reportTime)
				if *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run with -update to write it)", err)
				}
				if got != string(want) {
					t.Errorf("the %s %s report differs from %s (run with -update and review the diff):\n%s", l, a, golden, firstDiff(string(want), got))
				}
				// No English heading or label is left.
				for _, en := range []string{"## Summary", "## Promises", "## Gaps", "## Sign-off", "## Definitions",
					"**Customer:**", "**Generated:**", "## What we will deliver", "## Open questions",
					"**Our answer:**", "Please check each point"} {
					if strings.Contains(got, en) {
						t.Errorf("%s %s report still says %q", l, a, en)
					}
				}
			})
		}
	}
}

// TestReportInEnglishIsReport: the English functions are ReportIn and
// RenderReportIn in English, byte for byte.
func TestReportInEnglishIsReport(t *testing.T) {
	d := sampleDossier(t, "SAP")
	if model.ReportIn(i18n.EN, d, reportTime) != model.Report(d, reportTime) {
		t.Error("ReportIn(EN) differs from Report")
	}
	if model.RenderReportIn(i18n.EN, model.AudienceCustomer, d, reportTime) != model.CustomerCopy(d, reportTime) {
		t.Error("RenderReportIn(EN, customer) differs from CustomerCopy")
	}
}

// TestReportInSignOffSurvivesTheLanguage: a sign-off made on the deal
// reads as unchanged in every language, and names the changed section in
// the reader's words once the deal changes.
func TestReportInSignOffSurvivesTheLanguage(t *testing.T) {
	d := sampleDossier(t, "SAP")
	hash, sections := model.ReportHash(d)
	d.SignOffs = append(d.SignOffs, model.SignOff{ID: 1, PersonID: d.People[0].ID, Role: d.People[0].Role,
		SignedAt: reportTime, ReportHash: hash, Sections: sections})
	for _, l := range i18n.All() {
		got := model.ReportIn(l, d, reportTime)
		if want := l.T("unchanged"); !strings.Contains(got, "| "+want+" |") {
			t.Errorf("%s: the sign-off does not read %q:\n%s", l, want, got[strings.LastIndex(got, "\n## "):])
		}
	}
	d.Promises[0].Title += " (changed)"
	for _, l := range i18n.All() {
		got := model.ReportIn(l, d, reportTime)
		if want := l.T("changed since sign-off: %s", l.T("promises")); !strings.Contains(got, want) {
			t.Errorf("%s: the sign-off does not read %q", l, want)
		}
	}
}
