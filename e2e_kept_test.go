//go:build unix

package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Journey: after the handoff. The sample SAP deal is signed off by all
// three roles; sales relays a change request (N), delivery answers it in
// the reality pane, the meeting accepts it with sales and delivery present
// (R), and the deal screen says who must sign again. In delivery the
// promises get outcomes (K), and the made-vs-kept screen counts them.
func TestE2EKept(t *testing.T) {
	s := newServer(t)
	path := filepath.Join(t.TempDir(), "handoff.db")
	s.cli("--db", path, "sample")
	p := s.start("kept", 120, 40, "--db", path)
	p.waitFor("3 deals")
	p.openDeal("SAP S/4HANA", "SAP S/4HANA")

	// Before every role signed, N says why there is no change request yet.
	p.keys("2", "N")
	p.waitFor("Change requests come after every role has signed off")
	for _, signer := range []struct{ role, name string }{
		{"delivery", "Priya Nair"}, {"sales", "Jonas Becker"}, {"presales", "Anna Kowalska"}} {
		p.keys("S")
		p.waitFor("Sign off the handoff", "▸ Signing for")
		p.choose(signer.role)
		p.waitFor(signer.name)
		p.keys("C-s")
		p.waitFor("sign anyway?") // the sample deal is not ready
		p.keys("y")
		p.waitFor("Signed off by " + signer.name + " for " + signer.role + ".")
	}

	title := "Credit notes in the SAP export"
	p.keys("N")
	p.waitFor("New change request", "▸ Promise")
	p.enterText(title)
	p.nextField("Detail")
	p.nextField("Priority")
	p.nextField("Category")
	p.nextField("Relayed by")
	if v := underLabel(p.screen(), "▸ Relayed by"); !strings.Contains(v, "Jonas Becker") {
		t.Errorf("relayed by is not the sales owner by default: %q", v)
	}
	p.nextField("Asked by at the customer")
	p.enterText("Katrin Vogel")
	p.keys("C-s")
	p.waitFor("Change request “"+title+"” recorded, relayed by Jonas Becker.", "CR? Credit notes")
	p.waitFor("Change request: open · relayed by Jonas Becker, asked by Katrin Vogel")

	// Delivery answers it like any promise, in the reality pane.
	p.keys("3")
	p.waitFor("To: " + title)
	p.keys("a")
	p.waitFor("Delivery's answer", "▸ Fit")
	p.choose("full")
	p.nextField("What delivery can actually do")
	p.enterText("Credit notes as a second IDoc type")
	p.nextField("Effort (person-days)")
	p.typeText("4")
	p.keys("C-s")
	p.waitGone("Delivery's answer")
	p.waitFor("Added answer “full”.", "second IDoc type")

	// The meeting decides it, with sales and delivery present.
	p.keys("m")
	p.waitFor("MEETING")
	p.keys("R")
	p.waitFor("Decide the change request “"+title+"”", "▸ Decision", "◂ accepted ▸")
	p.nextField("Reason")
	p.enterText("Small, asked in writing")
	p.nextField("People present")
	if v := underLabel(p.screen(), "▸ People present"); !strings.Contains(v, "Jonas Becker") || !strings.Contains(v, "Priya Nair") {
		t.Errorf("the people present are not the sales and delivery owners by default: %q", v)
	}
	p.keys("C-s")
	p.waitFor("Change request “" + title + "”: accepted. It joins the scope: B shows who must sign again.")
	p.keys("Escape")
	p.waitGone("MEETING")
	again := p.waitMatch(regexp.MustCompile(`must sign again: ([a-z, ]+[a-z])`))[1]
	// The accepted request adds a promise (sales and presales answer for
	// those) with delivery's answer (delivery): all three sign again.
	if again != "sales, presales, delivery" {
		t.Errorf("must sign again: %q, want sales, presales, delivery", again)
	}
	p.waitFor("CR✓ Credit notes", "Change request: accepted")
	p.keys("B")
	p.waitFor("Changes since sign-off", "— added since sign-off", "C1 "+title+" — accepted",
		"relayed by Jonas Becker, asked by Katrin Vogel", "Small, asked in writing", "must sign again: "+again)
	p.keys("Escape")
	p.waitGone("Every role signed on")

	// Outcomes wait for delivery.
	p.keys("2", "g", "K")
	p.waitFor("Outcomes are recorded once the deal is in delivery (stage handoff now).")
	p.keys("1", "s")
	p.waitFor("Stage of", "▸ Stage")
	p.choose("delivery")
	p.keys("C-s")
	if strings.Contains(p.waitFor("anyway?"), "Move to delivery anyway?") {
		p.keys("y")
	}
	p.waitFor("Saved deal", "Stage      delivery")

	p.keys("2", "g", "K")
	p.waitFor("What became of", "▸ Outcome", "◂ kept ▸")
	p.keys("C-s")
	p.waitFor("Recorded: kept.", "Outcome: kept")
	p.keys("j", "K")
	p.waitFor("What became of", "▸ Outcome")
	p.choose("broken")
	p.nextField("On (the day")
	p.nextField("Note")
	p.enterText("The MES vendor never opened the interface")
	p.keys("C-s")
	p.waitFor("Recorded: broken.", "Outcome: broken")
	p.keys("j", "K")
	p.waitFor("What became of", "◂ kept ▸")
	p.keys("C-s")
	p.waitFor("Recorded: kept.")

	// The made-vs-kept screen counts them: of the SAP deal's six
	// promises two were kept, one broken, three have no outcome yet.
	p.keys("Escape")
	p.waitFor("1 of 3") // the deal list, still filtered to the SAP deal
	p.keys("K")
	p.waitFor("Deals › Promises made vs kept", "By deal", "By verification at handoff")
	row := p.waitMatch(regexp.MustCompile(`SAP S/4HANA ↔ MES integration\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)%`))
	if got := strings.Join(row[1:], " "); got != "2 0 0 0 1 3 67" {
		t.Errorf("the SAP deal's kept, late, changed, dropped, broken, not recorded, kept %%: %s, want 2 0 0 0 1 3 67\n%s",
			got, frame(p.screen()))
	}
	p.keys("Escape")
	p.waitFor("1 of 3")
	p.quit()

	if out := s.cli("--db", path, "kept"); !strings.Contains(out, "SAP S/4HANA") {
		t.Errorf("handoff kept does not list the SAP deal:\n%s", out)
	}
	checkIntegrity(t, path)
}

// underLabel is the screen row under the first row showing label: a
// form's field value.
func underLabel(scr, label string) string {
	rows := strings.Split(scr, "\n")
	for i, r := range rows {
		if strings.Contains(r, label) && i+1 < len(rows) {
			return rows[i+1]
		}
	}
	return ""
}
