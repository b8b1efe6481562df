package ui

import (
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// historyWork makes the changes a week of work on the SAP deal makes,
// each its own write by Priya Nair: a promise retitled (the rules refresh
// its gaps), a gap given an owner and a due date, the deal's value and
// delivery owner changed, a term agreed by one more person.
func (h *harness) historyWork() {
	h.t.Helper()
	priya, err := db.Open(h.ctx, h.path, db.WithActor("Priya Nair"), db.WithNow(h.now))
	if err != nil {
		h.t.Fatal(err)
	}
	defer priya.Close()
	var deal model.Deal
	deals, err := priya.Deals(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, d := range deals {
		if strings.Contains(d.Name, "SAP") {
			deal = d
		}
	}
	d, err := priya.Dossier(h.ctx, deal.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	must := func(err error) {
		h.t.Helper()
		if err != nil {
			h.t.Fatal(err)
		}
	}
	h.later(time.Hour)
	p := d.PromiseRefs()[0]
	p.Title += " (phase 1)"
	must(priya.UpdatePromise(h.ctx, &p))
	h.later(5 * time.Minute)
	if d, err = priya.Dossier(h.ctx, deal.ID); err != nil {
		h.t.Fatal(err)
	}
	g := d.GapRefs()[1]
	g.Owner, g.Due = h.personNamed("Lukas"), model.MustDate("2027-03-01")
	must(priya.UpdateGap(h.ctx, &g))
	h.later(5 * time.Minute)
	deal = d.Deal
	deal.Value.Minor += 10000000
	deal.Owners.Delivery = h.personNamed("Lukas")
	must(priya.UpdateDeal(h.ctx, &deal))
	h.later(5 * time.Minute)
	for _, term := range d.Terms {
		if term.Term == "real-time" {
			term.AgreedBy = append(term.AgreedBy, h.personNamed("Katrin"))
			must(priya.UpdateTerm(h.ctx, &term))
		}
	}
}

func TestHistoryTellsSentencesWithNames(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.historyWork()
	h.openDeal("SAP")
	h.press("H")
	h.sees("Priya Nair · Recorded that Katrin Vogel agreed to the definition of term “real-time”")
	h.press("down")
	h.sees("Priya Nair · Changed the delivery owner of the deal from Priya Nair to Lukas Hoffmann",
		"Priya Nair · Changed the value of the deal from EUR 1,240,000.00 to EUR 1,340,000.00")
	h.press("down")
	h.sees("Priya Nair · Changed the due date of gap G2 from 2026-12-04 to 2027-03-01",
		"Priya Nair · Changed the owner of gap G2 from Priya Nair to Lukas Hoffmann")
	h.press("down")
	h.sees("(+5 gap changes)")
	h.seesNot("map[", "update gap", "owner:")
}

func TestHistoryFoldsWhatAWriteCaused(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.historyWork()
	h.openDeal("SAP")
	h.press("H")
	retitled := "Changed the title of promise P1"
	caused := "└ Gap G1 now reads"
	h.seesNot(caused)
	for !strings.Contains(h.row("▸"), retitled) {
		h.press("down")
	}
	h.sees("Enter shows what the change caused.")
	h.press("enter")
	h.sees(caused)
	if !strings.Contains(h.row("▸"), retitled) {
		t.Errorf("the cursor left the entry it expanded: %q", h.row("▸"))
	}
	h.press("down")
	if !strings.Contains(h.row("▸"), "└") {
		t.Errorf("the row below an expanded entry is not what it caused: %q", h.row("▸"))
	}
	h.press("up", "enter")
	h.seesNot(caused)
	// The filter finds an entry by what it caused.
	h.press("/")
	h.typeText("fresh answer")
	h.press("enter")
	h.sees(retitled)
	h.seesNot("Added term “Schulung”")
}

func TestHistoryInTheReadersLanguage(t *testing.T) {
	h := newHarnessIn(t, i18n.DE, 120, 40, true)
	h.historyWork()
	h.openDeal("SAP")
	h.press("H")
	h.sees("22.11.2026 11:15 Priya Nair", "Zustimmung von Katrin Vogel zur Definition des Begriffs „real-time“ erfasst")
	h.press("down")
	h.sees("Wert des Deals von 1.240.000,00", "auf 1.340.000,00", "geändert")
	h.press("down")
	h.sees("Verantwortliche(r) der Lücke G2 von Priya Nair auf Lukas Hoffmann geändert",
		"Fälligkeit der Lücke G2 von 04.12.2026 auf 01.03.2027 geändert")
}
