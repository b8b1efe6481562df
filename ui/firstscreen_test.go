package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
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

// TestDealFirstScreen: a big deal opens on its first screen of promises and
// gaps, in the panes' order, with the counts of the whole deal; the rest
// arriving moves no row, column or selection; keys other than moving wait
// for the whole deal.
func TestDealFirstScreen(t *testing.T) {
	h := newHarness(t, 120, 40, false)
	if err := h.s.Generate(h.ctx, db.GenerateSpec{Deals: 2, Promises: 3, Big: firstScreenRows + 40, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	h.run(loadDealsCmd(h.a.sh))
	var id int64
	for _, d := range h.a.deals().all {
		if d.Deal.Name == "Deal 0001" {
			id = d.Deal.ID
		}
	}
	// Due dates on some gaps, one of them past, and on a promise far down:
	// the panes' order and their due columns depend on them.
	gs := h.dossier(id).Gaps
	for i := range gs {
		if i%7 == 0 {
			gs[i].Due = model.MustDate("2026-12-01").AddDays(-i % 30)
		}
	}
	if err := h.s.UpdateGaps(h.ctx, gs); err != nil {
		t.Fatal(err)
	}
	ps := h.dossier(id).Promises
	late := ps[len(ps)-1]
	late.Due = model.MustDate("2026-11-01")
	if err := h.s.UpdatePromise(h.ctx, &late); err != nil {
		t.Fatal(err)
	}
	h.run(loadDealsCmd(h.a.sh))
	whole := h.dossier(id)
	if len(whole.Gaps) <= firstScreenRows {
		t.Fatalf("only %d gaps: the gaps pane would be read whole", len(whole.Gaps))
	}
	h.a.deals().cur.to(slices.IndexFunc(h.a.deals().rows, func(r int) bool { return h.a.deals().all[r].Deal.ID == id }))
	_, open := h.a.Update(keyMsg("enter"))
	msg := open().(dossierLoadedMsg)
	if msg.part == nil {
		t.Fatal("the big deal was read whole at once")
	}
	for i, p := range msg.d.Promises {
		if p.ID != whole.Promises[i].ID {
			t.Fatalf("promise %d: %d, whole deal %d", i, p.ID, whole.Promises[i].ID)
		}
	}
	order := sortedGaps(whole.Gaps)
	for i, g := range msg.d.Gaps {
		if want := whole.Gaps[order[i]].ID; g.ID != want {
			t.Fatalf("gap %d: %d, in the pane's order %d", i, g.ID, want)
		}
	}
	if msg.part.Promises != len(whole.Promises) || msg.part.Gaps != len(whole.Gaps) {
		t.Fatalf("counts %+v, whole deal %d promises and %d gaps", msg.part, len(whole.Promises), len(whole.Gaps))
	}
	_, rest := h.a.Update(msg)
	h.press("j", "j", "4", "j", "j", "j")
	first := h.screen()
	h.press("x") // the report waits for the whole deal
	if _, ok := h.a.top().(*dealScreen); !ok {
		t.Fatalf("a key acted on the first screen of the deal: %T on top", h.a.top())
	}
	h.run(rest)
	if h.a.deal().part != nil || len(h.a.deal().d.Promises) != len(whole.Promises) {
		t.Fatal("the rest of the deal did not arrive")
	}
	if after := h.screen(); after != first {
		t.Fatalf("the rest moved the deal screen:\n%s\nthen:\n%s", first, after)
	}
	// Opened again, the deal shows as it was left, read whole again.
	h.press("esc")
	p := whole.Promises[0]
	p.Title = "Renamed meanwhile"
	if err := h.s.UpdatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	h.press("enter")
	if h.a.deal().part != nil || h.a.deal().d.Promises[0].Title != p.Title {
		t.Fatal("the deal opened again does not show it as it is now")
	}
}

// TestReloadReadsChangedDeals: a reload after changes reads the deals the
// history names and puts them into the list, which then equals the list
// read whole — deals added, renamed (the order's ties and letters beyond
// A to Z included), archived, given promises and deleted.
func TestReloadReadsChangedDeals(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	names := []string{"alpha", "Alpha", "ÄB", "äa", "b", "Émile"}
	var ids []int64
	for _, n := range names {
		d := model.Deal{Name: n, Stage: model.StageLead}
		if err := h.s.CreateDeal(h.ctx, &d); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.ID)
	}
	h.run(loadDealsCmd(h.a.sh))
	check := func(what string, merged bool) {
		t.Helper()
		since := h.a.sh.dealsSeen
		_, _, _, whole, err := h.s.DealChanges(h.ctx, since)
		if err != nil || whole == merged {
			t.Fatalf("%s: read whole %v, err %v", what, whole, err)
		}
		h.send(reloadMsg{})
		want, err := h.s.DealSummaries(h.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(h.a.sh.deals, want, func(a, b model.DealSummary) bool { return fmt.Sprint(a) == fmt.Sprint(b) }) {
			t.Fatalf("%s: the list reloaded is not the list read whole:\n%v\nwant\n%v", what, h.a.sh.deals, want)
		}
		if got, want := len(h.a.deals().all), len(want); got != want {
			t.Fatalf("%s: the deal list has %d deals, want %d", what, got, want)
		}
	}
	d := model.Deal{Name: "alpha", Stage: model.StageLead}
	if err := h.s.CreateDeal(h.ctx, &d); err != nil {
		t.Fatal(err)
	}
	check("added", true)
	for i, name := range []string{"äA", "Alpha", "a"} {
		dl, err := h.s.Dossier(h.ctx, ids[i+3])
		if err != nil {
			t.Fatal(err)
		}
		deal := dl.Deal
		deal.Name, deal.Archived = name, i == 1
		if err := h.s.UpdateDeal(h.ctx, &deal); err != nil {
			t.Fatal(err)
		}
	}
	check("renamed and archived", true)
	p := model.NewPromise(ids[0])
	p.Title = "Single sign-on"
	if err := h.s.CreatePromise(h.ctx, &p); err != nil {
		t.Fatal(err)
	}
	check("promised", true)
	dl, err := h.s.Dossier(h.ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if err := h.s.DeleteDeal(h.ctx, dl.Deal.ID, dl.Deal.Version); err != nil {
		t.Fatal(err)
	}
	check("deleted", true)
	check("unchanged", true)
	person := model.Person{Name: "Zoë", Role: model.RoleSales}
	if err := h.s.CreatePerson(h.ctx, &person); err != nil {
		t.Fatal(err)
	}
	check("a change to no deal", false)
}

// TestGapCountsWidth: the deal list measures the gap counts as wide as
// their text, in every language.
func TestGapCountsWidth(t *testing.T) {
	for _, l := range i18n.All() {
		width := gapCountsWidth(l)
		for _, open := range [][4]int{{}, {1}, {0, 0, 0, 9}, {10, 0, 3, 0}, {123, 4567, 89, 1}, {0, 100000, 0, 7}} {
			if got, want := width(open), textWidth(gapCounts(l, open)); got != want {
				t.Errorf("%s %v: %d cells, the text %q has %d", l, open, got, gapCounts(l, open), want)
			}
		}
	}
}
