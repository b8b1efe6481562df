package main

import (
	"encoding/json"
	"strings"
	"testing"

	"handoff/db"
	"handoff/model"
)

// signSAP signs the sample SAP deal as its three owners, through the store
// (the command line has no sign-off: people sign in the app).
func signSAP(t *testing.T, path string) (*db.Store, model.Dossier) {
	t.Helper()
	s, err := db.Open(t.Context(), path, db.WithActor("lead"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	d, err := s.Dossier(t.Context(), 2)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range model.SigningRoles {
		if _, err := s.Sign(t.Context(), d.Deal.ID, d.Deal.Owner(r), r); err != nil {
			t.Fatal(err)
		}
	}
	return s, *d
}

func TestOutcomeAndKeptCommands(t *testing.T) {
	path := sampleDB(t)
	deal := "SAP S/4HANA"
	refused(t, 2, "is not in delivery yet (stage handoff)", "--db", path, "outcome", "--deal", deal, "P1", "kept")
	refused(t, 2, "is not kept, late, changed, dropped or broken", "--db", path, "outcome", "--deal", deal, "P1", "forgotten")
	s, d := signSAP(t, path)
	if _, out, _ := handoff(t, "--db", path, "check", "--deal", deal); strings.Contains(out, "must sign again") || strings.Contains(out, "Changes since") {
		t.Errorf("check right after every role signed:\n%s", out)
	}
	// Delivery moves its earliest date for P1 by a week.
	p := d.PromiseRefs()[0]
	a, _ := d.Answer(p.ID)
	a.Earliest = a.Earliest.AddDays(7)
	if err := s.UpdateAssessment(t.Context(), &a); err != nil {
		t.Fatal(err)
	}
	_, out, _ := handoff(t, "--db", path, "check", "--deal", deal)
	for _, want := range []string{"Changes since sign-off", "P1 " + p.Title + ": changed since sign-off", "(+7 days)", "must sign again: sales, presales, delivery"} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s", want, out)
		}
	}
	_, feed, _ := handoff(t, "--db", path, "check", "--deal", deal, "--format", "json")
	if !strings.Contains(feed, `"sign_again": [`) || !strings.Contains(feed, `"field": "earliest"`) {
		t.Errorf("the feed lacks the changes:\n%s", feed)
	}

	fresh, _ := s.Deal(t.Context(), d.Deal.ID)
	fresh.Stage = model.StageDelivery
	if err := s.UpdateDeal(t.Context(), &fresh); err != nil {
		t.Fatal(err)
	}
	due := p.Due
	out = ok(t, "--db", path, "--actor", "lead", "outcome", "--deal", deal, "P1", "late", "--on", due.AddDays(9).String(), "--note", "Waited for the SAP transport")
	if !strings.Contains(out, "kept late (9 days)") {
		t.Errorf("outcome printed %q", out)
	}
	ok(t, "--db", path, "outcome", "--deal", deal, "P2", "kept")
	ok(t, "--db", path, "outcome", "--deal", deal, "P3", "broken", "--note", "The MES vendor never opened the interface")
	report := ok(t, "--db", path, "export", "--deal", deal)
	if !strings.Contains(report, "## Outcomes") || !strings.Contains(report, "kept late (9 days) | "+due.AddDays(9).String()+" | lead | Waited for the SAP transport |") {
		t.Errorf("report outcomes:\n%s", report[strings.Index(report, "## Sign-off"):])
	}
	text := ok(t, "--db", path, "kept")
	if !strings.Contains(text, "Promises made vs kept") || !strings.Contains(text, "By verification at handoff") {
		t.Errorf("kept:\n%s", text)
	}
	var m struct {
		Total  model.KeptCounts `json:"total"`
		ByDeal []model.KeptRow  `json:"by_deal"`
	}
	if err := json.Unmarshal([]byte(ok(t, "--db", path, "kept", "--format", "json")), &m); err != nil {
		t.Fatal(err)
	}
	if m.Total.Kept != 1 || m.Total.Late != 1 || m.Total.Broken != 1 || len(m.ByDeal) != 1 {
		t.Errorf("kept json %+v", m)
	}
	if err := json.Unmarshal([]byte(ok(t, "--db", path, "kept", "--format", "json", "--since", "2099-01-01")), &m); err != nil || m.Total.Recorded() != 0 {
		t.Errorf("kept since 2099: %+v %v", m.Total, err)
	}
	if help := ok(t, "outcome", "--help"); !strings.Contains(help, "kept|late|changed|dropped|broken") {
		t.Errorf("outcome --help:\n%s", help)
	}
	if help := ok(t, "--lang", "pl", "kept", "--help"); !strings.Contains(help, "obietnice złożone wobec dotrzymanych") {
		t.Errorf("kept --help in Polish:\n%s", help)
	}
}
