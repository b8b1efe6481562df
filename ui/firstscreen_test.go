package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/model"
)

// TestDealListFirstScreen: with more deals than the first screen holds, the
// list draws from its first screen, and the rest arriving moves neither the
// rows nor the selection; the filter then finds deals the first screen did
// not have.
func TestDealListFirstScreen(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	// "Ézra" comes before "épée" byte by byte, after it in lower case.
	names := []string{"alpha", "Beta", "gamma", "Delta", "épée", "Ézra"}
	n := firstScreenDeals + 30
	for i := 0; i < n; i++ {
		d := model.Deal{Name: fmt.Sprintf("%s %03d", names[i%len(names)], n-i), Stage: model.StageLead,
			Archived: i == 7}
		if err := h.s.CreateDeal(h.ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	a := New(h.ctx, h.s, Options{NoColor: true, NoTicks: true, Now: h.now, Location: time.UTC})
	h.a = a
	a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.run(loadPeopleCmd(a.sh))
	msg := loadFirstDealsCmd(a.sh)().(dealsLoadedMsg)
	if msg.err != nil || msg.start == nil || len(msg.list) != firstScreenDeals {
		t.Fatalf("first screen: %d deals, start %v, err %v", len(msg.list), msg.start, msg.err)
	}
	_, rest := a.Update(msg)
	if a.deals().start == nil {
		t.Fatal("the list does not know it holds its first screen only")
	}
	var firstIDs []int64
	for _, r := range a.deals().rows {
		firstIDs = append(firstIDs, a.deals().all[r].Deal.ID)
	}
	h.press("j", "j", "j")
	first := h.screen()
	if !strings.Contains(first, fmt.Sprintf("%d deals", n-1)) || !strings.Contains(first, "1 archived hidden") {
		t.Fatalf("the first screen does not count every deal:\n%s", first)
	}
	h.run(rest)
	if a.deals().start != nil || len(a.deals().all) != n {
		t.Fatalf("the rest did not arrive: %d deals", len(a.deals().all))
	}
	for i, id := range firstIDs {
		if got := a.deals().all[a.deals().rows[i]].Deal.ID; got != id {
			t.Fatalf("row %d: deal %d on the first screen, %d in the whole list", i, id, got)
		}
	}
	if after := h.screen(); after != first {
		t.Fatalf("the rest moved the list:\n%s\nthen:\n%s", first, after)
	}
	// The full list, read at once, looks the same.
	whole := wholeListOf(t, h)
	whole.press("j", "j", "j")
	if got := whole.screen(); got != first {
		t.Fatalf("the first screen is not the top of the whole list:\n%s\nwhole:\n%s", first, got)
	}
	h.press("/")
	h.typeText("ézra 005") // last by name: not on the first screen
	h.sees("Ézra 005", "1 of 130")
}

// wholeListOf is a second app over h's store, its deal list read whole.
func wholeListOf(t *testing.T, h *harness) *harness {
	w := &harness{t: t, ctx: h.ctx, s: h.s, path: h.path, clock: h.clock}
	w.a = New(h.ctx, h.s, Options{NoColor: true, NoTicks: true, Now: w.now, Location: time.UTC})
	w.a.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	w.run(tea.Batch(loadPeopleCmd(w.a.sh), loadDealsCmd(w.a.sh)))
	return w
}
