package main

import (
	"strings"
	"testing"

	"handoff/model"
)

// check says, once every role signed, how many things differ and how many
// change requests are open, lists them, and names only the roles whose
// sections changed.
func TestCheckSinceSignOff(t *testing.T) {
	path := sampleDB(t)
	deal := "SAP S/4HANA"
	if _, out, _ := handoff(t, "--db", path, "check", "--deal", deal); strings.Contains(out, "Since sign-off") {
		t.Errorf("check before every role signed:\n%s", out)
	}
	s, d := signSAP(t, path)
	if _, out, _ := handoff(t, "--db", path, "check", "--deal", deal); !strings.Contains(out, "  Since sign-off: nothing has changed\n") ||
		strings.Contains(out, "must sign again") {
		t.Errorf("check right after every role signed:\n%s", out)
	}

	// Something not sold added asks only sales and presales to sign again.
	fresh, _ := s.Deal(t.Context(), d.Deal.ID)
	fresh.NotSold = append(fresh.NotSold, "Archive migration")
	if err := s.UpdateDeal(t.Context(), &fresh); err != nil {
		t.Fatal(err)
	}
	// A change request relayed by sales, open.
	np := model.NewPromise(d.Deal.ID)
	np.Title, np.Source = "Credit notes in the export", model.SourceEmail
	cr := model.ChangeRequest{RelayedBy: d.Deal.Owners.Sales, AskedBy: "Katrin Vogel"}
	if err := s.CreateChangeRequest(t.Context(), &np, &cr); err != nil {
		t.Fatal(err)
	}
	if _, feed, _ := handoff(t, "--db", path, "check", "--deal", deal, "--format", "json"); !strings.Contains(feed, `"change_requests_open": 1`) {
		t.Errorf("the feed lacks the open change request:\n%s", feed)
	}
	_, out, _ := handoff(t, "--db", path, "check", "--deal", deal)
	sales := d.PersonName(d.Deal.Owners.Sales)
	for _, want := range []string{"  Since sign-off: 1 changed, 1 change request open\n", "    not sold, added: Archive migration\n",
		"  Change requests:\n    C1 Credit notes in the export: open\n      relayed by " + sales + ", asked by Katrin Vogel\n",
		"  must sign again: sales, presales\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s", want, out)
		}
	}

	// Accepted with both sides present, it joins the scope: delivery's
	// sections change too.
	cr.Status, cr.Reason, cr.Present = model.ChangeAccepted, "Small and asked in writing",
		[]int64{d.Deal.Owners.Sales, d.Deal.Owners.Delivery}
	if err := s.DecideChangeRequest(t.Context(), &cr); err != nil {
		t.Fatal(err)
	}
	_, out, _ = handoff(t, "--db", path, "check", "--deal", deal)
	for _, want := range []string{"  Since sign-off: 2 changed\n", ": added since sign-off\n",
		"C1 Credit notes in the export: accepted\n", "      Small and asked in writing\n", "  must sign again: sales, presales, delivery\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("check lacks %q:\n%s", want, out)
		}
	}
	_, out, _ = handoff(t, "--db", path, "--lang", "pl", "check", "--deal", deal)
	for _, want := range []string{"  Od akceptacji: 2 zmiany\n", "  Wnioski o zmianę:\n", ": przyjęty\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("check --lang pl lacks %q:\n%s", want, out)
		}
	}
}
