package ui

import (
	"fmt"
	"strings"
	"testing"

	"handoff/model"
)

// person finds someone in the store's directory by name.
func (h *harness) person(name string) model.Person {
	h.t.Helper()
	all, err := h.s.People(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range all {
		if p.Name == name {
			return p
		}
	}
	h.t.Fatalf("%q is not in the directory", name)
	return model.Person{}
}

// ownersOf opens the owners form of the SAP sample deal with the sales
// owner field focused and emptied.
func ownersOf(t *testing.T) *harness {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("1", "o")
	h.sees("Owners of")
	return h
}

func TestEnterInAnOwnerFieldAddsTheTypedName(t *testing.T) {
	h := ownersOf(t)
	h.press("tab", "backspace") // presales owner, emptied
	h.typeText("Marta Zielińska")
	h.press("enter") // the add row, highlighted: nobody is called that
	h.press("enter") // the role question, starting at the field's role
	h.press("ctrl+s")
	h.seesNot("Owners of")
	marta := h.person("Marta Zielińska")
	if marta.Role != model.RolePresales {
		t.Errorf("added as %s, want presales", marta.Role)
	}
	if got := h.dossier(h.a.deal().id).Deal.Owners.Presales; got != marta.ID {
		t.Errorf("presales owner is %d, want %d", got, marta.ID)
	}
	// What the field shows on the way.
	h.press("o", "tab", "tab", "backspace")
	h.typeText("Olga Nowak")
	h.sees("▸ ＋ add “Olga Nowak” as a new person (delivery)")
	h.press("enter")
	h.sees("Add “Olga Nowak” as a new person.", "◂ delivery ▸")
}

func TestTabAfterATypedNameGoesOnWithNothingLost(t *testing.T) {
	h := ownersOf(t)
	h.press("backspace")
	h.typeText("Jonas")
	h.press("tab", "backspace")
	h.typeText("Anna")
	h.press("tab", "backspace")
	h.typeText("Piotr Nowy")
	h.press("tab") // adds Piotr as delivery, and goes round to sales
	h.press("ctrl+s")
	h.seesNot("Owners of")
	owners := h.dossier(h.a.deal().id).Deal.Owners
	piotr := h.person("Piotr Nowy")
	if owners.Sales != h.person("Jonas Becker").ID || owners.Presales != h.person("Anna Kowalska").ID || owners.Delivery != piotr.ID {
		t.Errorf("owners %+v", owners)
	}
	if piotr.Role != model.RoleDelivery {
		t.Errorf("Piotr added as %s, want delivery", piotr.Role)
	}
}

func TestSaveTakesATypedNameStillOpen(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("2", "j", "j", "a") // an unanswered promise
	f := h.a.topForm()
	for f.fields[f.focus].name != "assessed by" {
		h.press("tab")
	}
	h.press("backspace")
	h.typeText("Ewa Nowa")
	h.press("ctrl+s")
	h.seesNot("Delivery's answer")
	ewa := h.person("Ewa Nowa")
	if ewa.Role != model.RoleDelivery {
		t.Errorf("added as %s, want delivery", ewa.Role)
	}
}

func TestRoleLetterPicksTheNewPersonsRole(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	target := h.firstUnownedGap()
	h.press("o")
	h.typeText("Greta Lind")
	h.press("enter", "c", "d", "enter") // add; customer, no: delivery; confirm
	greta := h.person("Greta Lind")
	if greta.Role != model.RoleDelivery {
		t.Errorf("added as %s, want delivery", greta.Role)
	}
	if g, _ := h.s.Gap(h.ctx, target.ID); g.Owner != greta.ID {
		t.Errorf("gap owner %d, want %d", g.Owner, greta.ID)
	}
	// What the picker shows on the way.
	h.press("j", "o")
	h.typeText("Hanna Berg")
	h.sees("▸ ＋ add “Hanna Berg” as a new person (other)")
	h.press("enter")
	h.sees("Add “Hanna Berg” as a new person.", "◂ other ▸")
	h.press("p")
	h.sees("◂ presales ▸")
}

func TestPromisedByAddsSalesAndAgreedByTheMissingSide(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("2", "n")
	h.typeText("Training in Polish")
	f := h.a.topForm()
	for f.fields[f.focus].name != "promised by" {
		h.press("tab")
	}
	h.press("backspace")
	h.typeText("Kasia Nowak")
	h.sees("add “Kasia Nowak” as a new person (sales)")
	h.press("tab")
	h.press("ctrl+s")
	h.seesNot("New promise")
	if p := h.person("Kasia Nowak"); p.Role != model.RoleSales {
		t.Errorf("promised by added as %s, want sales", p.Role)
	}
	role := agreeRole(h.a.sh)
	if r := role(nil); r != model.RoleSales {
		t.Errorf("first to agree: %s", r)
	}
	if r := role([]int64{h.person("Jonas Becker").ID}); r != model.RoleDelivery {
		t.Errorf("after sales agreed: %s", r)
	}
}

// removePerson takes someone out of the directory behind the app's back
// and lets the app reload.
func (h *harness) removePerson(name string) model.Person {
	h.t.Helper()
	p := h.person(name)
	if err := h.s.DeletePerson(h.ctx, p.ID, p.Version); err != nil {
		h.t.Fatal(err)
	}
	h.run(h.a.reload())
	return p
}

func TestRemovedPersonKeepsTheirName(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	// Priya Nair is the delivery owner and owns gaps; give a gap to Lukas
	// first so the history has a change naming her.
	priya := h.person("Priya Nair")
	var owned model.Gap
	for _, g := range h.dossier(h.a.deal().id).Gaps {
		if g.Owner == priya.ID {
			owned = g
		}
	}
	next := owned
	next.Owner = h.person("Lukas Hoffmann").ID
	if err := h.s.UpdateGap(h.ctx, &next); err != nil {
		t.Fatal(err)
	}
	h.removePerson("Priya Nair")
	if row := h.row("Delivery   Priya"); !strings.Contains(row, "Priya Nair (removed)") {
		t.Errorf("deal pane: %q", row)
	}
	h.press("H")
	h.sees("Changed the owner of gap G3 from Priya Nair (removed) to Lukas Hoffmann")
	h.press("esc", "m")
	h.sees("Priya Nair (removed)")
	h.press("esc")
	// Nobody can newly pick her.
	h.press("4", "o")
	h.typeText("Priya")
	h.seesNot("Priya Nair  delivery") // the picker's row for her
	h.sees("▸ ＋ add “Priya” as a new person")
}

func TestSignOffWhileNotReadyAsksAndSaysSo(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	blockers := len(h.dossier(h.a.deal().id).Readiness().Blockers)
	if blockers == 0 {
		t.Fatal("the sample deal is ready; the test needs blockers")
	}
	h.press("S")
	h.press("ctrl+s")
	h.sees(fmt.Sprintf("Not ready: %d blockers — sign anyway?", blockers))
	h.press("n")
	h.sees("Sign off the handoff")
	if n := len(h.dossier(h.a.deal().id).SignOffs); n != 0 {
		t.Fatalf("%d sign-offs after saying no", n)
	}
	h.press("ctrl+s", "y")
	h.sees("Signed off by Priya Nair for delivery.")
	d := h.dossier(h.a.deal().id)
	so := d.SignOffs[0]
	if so.Blockers != blockers || so.RecordedBy != "tester" {
		t.Errorf("stored sign-off %+v", so)
	}
	note := fmt.Sprintf("signed while not ready (%d blockers)", blockers)
	h.press("1", "G")
	h.sees(fmt.Sprintf("⚠ signed while not ready (%d", blockers), "recorded by tester") // wrapped in the narrow pane
	if md := model.Report(d, testNow); !strings.Contains(md, note) {
		t.Errorf("the report's sign-off does not say %q", note)
	}
}

func TestWhoSignsIsTheOwnerOfTheRole(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	owners := h.dossier(h.a.deal().id).Deal.Owners
	h.press("S")
	f := h.a.topForm()
	if f.personID("person") != owners.Delivery {
		t.Fatalf("who signs for delivery starts as %d", f.personID("person"))
	}
	h.press("right") // sales
	if f.value("role") != "sales" || f.personID("person") != owners.Sales {
		t.Fatalf("signing for %s: who signs is %d, want the sales owner %d", f.value("role"), f.personID("person"), owners.Sales)
	}
	h.press("tab", "backspace")
	h.typeText("Anna Kow")
	h.press("enter")
	h.press("ctrl+s")
	h.sees("Anna Kowalska is presales, not sales: sign for sales anyway?",
		"The deal is also not ready")
	h.press("n")
	h.seesNot("Signed off")
	h.press("ctrl+s", "y")
	h.sees("Signed off by Anna Kowalska for sales.")
}

// On a fresh install the directory is empty: the first owner typed in is
// added, not replaced by "(nobody)".
func TestFirstOwnerOnAnEmptyDirectory(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	d := model.Deal{Name: "Bałtyk Cargo WMS", Stage: model.StageLead}
	if err := h.s.CreateDeal(h.ctx, &d); err != nil {
		t.Fatal(err)
	}
	h.run(h.a.reload())
	h.openDeal("Bałtyk")
	h.press("1", "o", "tab")
	h.typeText("Anna Nowak")
	h.press("enter", "enter", "ctrl+s")
	h.seesNot("Owners of")
	anna := h.person("Anna Nowak")
	if anna.Role != model.RolePresales {
		t.Errorf("added as %s, want presales", anna.Role)
	}
	if got := h.dossier(d.ID).Deal.Owners.Presales; got != anna.ID {
		t.Errorf("presales owner %d, want %d", got, anna.ID)
	}
}
