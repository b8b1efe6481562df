package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"handoff/internal/i18n"
)

// TestReportInTheDealsLanguage: x previews and writes a deal's report in
// its report language whatever the app speaks, and in the app's language
// when the deal names none.
func TestReportInTheDealsLanguage(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	h := newHarness(t, 120, 40, true)
	deals, err := h.s.Deals(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deals {
		if strings.Contains(d.Name, "SAP") {
			d.ReportLang = "de"
			if err := h.s.UpdateDeal(h.ctx, &d); err != nil {
				t.Fatal(err)
			}
		}
	}
	h.openDeal("SAP")
	h.press("x")
	h.sees("Report preview", "Übergabe: SAP S/4HANA")
	h.press("enter")
	h.sees("Wrote the report to")
	body, err := os.ReadFile(filepath.Join(dir, "sap-s-4hana-mes-integration-handoff-2026-11-22.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(body), "# Übergabe: SAP S/4HANA") || !strings.Contains(string(body), "## Freigabe") {
		t.Fatalf("written report starts %q", string(body[:40]))
	}

	p := newHarnessIn(t, i18n.PL, 120, 40, true)
	p.openDeal("SAP")
	p.press("x")
	p.sees("Przekazanie: SAP S/4HANA")
	if md := p.a.top().(*reportScreen).markdown.text(); !strings.Contains(md, "## Obietnice") || strings.Contains(md, "## Promises") {
		t.Errorf("the Polish session's report is not in Polish:\n%s", md[:300])
	}
}
