package ui

import (
	"strings"
	"testing"
	"time"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// colleague is a second store on the harness's file: another window or
// another person writing at the same time.
func (h *harness) colleague() *db.Store {
	h.t.Helper()
	other, err := db.Open(h.ctx, h.path, db.WithActor("colleague"))
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { other.Close() })
	return other
}

// personNamed is the id of the directory's person whose name starts so.
func (h *harness) personNamed(prefix string) int64 {
	h.t.Helper()
	people, err := h.s.People(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range people {
		if len(p.Name) >= len(prefix) && p.Name[:len(prefix)] == prefix {
			return p.ID
		}
	}
	h.t.Fatalf("nobody called %q", prefix)
	return 0
}

func TestOverwriteAfterRenameKeepsTheirName(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	other := h.colleague()
	sel, _ := h.a.deals().selected()
	h.press("s") // B opens the one-field stage form
	// A renames the deal meanwhile.
	theirs, err := other.Deal(h.ctx, sel.Deal.ID)
	if err != nil {
		t.Fatal(err)
	}
	theirs.Name = "Renamed by A"
	if err := other.UpdateDeal(h.ctx, &theirs); err != nil {
		t.Fatal(err)
	}
	h.press("right")
	want := model.Stage(h.a.topForm().value("stage"))
	h.press("ctrl+s", "y") // yes, move it on though it is not ready
	h.sees("Changed underneath you", "They changed: name", "You changed: stage")
	h.press("o")
	got, _ := h.s.Deal(h.ctx, sel.Deal.ID)
	if got.Name != "Renamed by A" || got.Stage != want {
		t.Fatalf("after overwrite: name %q stage %s, want %q and %s", got.Name, got.Stage, "Renamed by A", want)
	}
}

func TestMeetingDueOverwriteKeepsTheirOwner(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	other := h.colleague()
	h.openDeal("SAP")
	h.press("m")
	g, _ := h.a.meeting().gap()
	h.press("D")
	h.sees("Gap: due")
	// A gives the gap a new owner meanwhile.
	owner := h.personNamed("Wei")
	theirs, _ := other.Gap(h.ctx, g.ID)
	theirs.Owner = owner
	if err := other.UpdateGap(h.ctx, &theirs); err != nil {
		t.Fatal(err)
	}
	for range 12 {
		h.press("backspace")
	}
	h.typeText("2027-03-15")
	h.press("ctrl+s")
	h.sees("Changed underneath you", "They changed: owner", "You changed: due")
	h.press("o")
	got, _ := h.s.Gap(h.ctx, g.ID)
	if got.Owner != owner || got.Due.String() != "2027-03-15" {
		t.Fatalf("after overwrite: owner %d due %s, want %d and 2027-03-15", got.Owner, got.Due, owner)
	}
}

// A pick (o: assign owner) that meets a newer version offers the same
// choice as a form, and overwrite keeps their other changes.
func TestStalePickOffersReloadOrOverwrite(t *testing.T) {
	for _, choice := range []string{"o", "r"} {
		t.Run(choice, func(t *testing.T) {
			h := newHarness(t, 120, 40, true)
			other := h.colleague()
			h.openDeal("SAP")
			h.press("4")
			g, _ := h.a.deal().gaps.selected()
			theirs, _ := other.Gap(h.ctx, g.ID)
			theirs.Resolution = "Their resolution"
			if err := other.UpdateGap(h.ctx, &theirs); err != nil {
				t.Fatal(err)
			}
			owner := h.personNamed("Wei")
			h.press("o")
			h.typeText("Wei")
			h.press("enter")
			h.sees("Changed underneath you", "They changed: resolution", "You changed: owner", "esc save nothing")
			h.press(choice)
			got, _ := h.s.Gap(h.ctx, g.ID)
			if got.Resolution != "Their resolution" {
				t.Fatalf("their resolution was reverted: %q", got.Resolution)
			}
			switch {
			case choice == "o" && got.Owner != owner:
				t.Fatalf("overwrite stored owner %d, want %d", got.Owner, owner)
			case choice == "r" && got.Owner != g.Owner:
				t.Fatalf("reload stored owner %d, want %d", got.Owner, g.Owner)
			}
		})
	}
}

func TestMergeMine(t *testing.T) {
	base := model.Deal{ID: 1, Name: "Old", Stage: model.StageLead, Owners: model.Owners{Sales: 1, Delivery: 2},
		NotSold: []string{}, Version: 3}
	theirs := base
	theirs.Name, theirs.Owners.Sales, theirs.Version = "Theirs", 5, 4
	mine := base
	mine.Stage, mine.Owners.Delivery, mine.NotSold = model.StageWon, 7, nil
	got := mergeMine(base, mine, theirs)
	want := model.Deal{ID: 1, Name: "Theirs", Stage: model.StageWon, Owners: model.Owners{Sales: 5, Delivery: 7},
		NotSold: []string{}, Version: 4}
	if !sameJSON(got, want) || got.Version != 4 {
		t.Fatalf("merged %+v, want %+v", got, want)
	}
	// Lists merge as sets: one exclusion added here, one added and one
	// removed there, all three changes kept.
	base.NotSold = []string{"migration", "training"}
	theirs.NotSold = []string{"migration", "hosting"}
	mine.NotSold = []string{"migration", "training", "archive"}
	if got := mergeMine(base, mine, theirs).NotSold; strings.Join(got, ",") != "migration,hosting,archive" {
		t.Fatalf("merged not-sold list %q", got)
	}
}

func TestEscOnAnUntouchedFormClosesAtOnce(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("e")
	h.sees("Edit promise")
	h.press("tab", "tab") // moving around changes nothing
	h.press("esc")
	h.seesNot("Edit promise", "Discard your changes?")
	h.sees("Cancelled; nothing was saved.")
	// A change undone by hand is no change either.
	h.press("e", "end")
	h.typeText("x")
	h.press("backspace", "esc")
	h.seesNot("Edit promise", "Discard your changes?")
}

func TestMeetingContinuesAfterSteppingOut(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.later(time.Hour)
	h.press("m")
	started := h.a.meeting().started
	g, _ := h.a.meeting().gap()
	h.press("o")
	h.typeText("Wei")
	h.press("enter")
	h.press("l") // on to gap 2
	h.later(5 * time.Minute)
	h.press("esc")
	h.sees("1 Deal", "meeting paused")
	// The PM looks at the deal, then comes back.
	h.press("4")
	h.later(3 * time.Minute)
	h.press("m")
	h.sees("MEETING", "gap 2 of", "⏱ 8:00")
	if !h.a.meeting().started.Equal(started) {
		t.Fatalf("the meeting restarted at %v", h.a.meeting().started)
	}
	// The same gap changed twice is listed once, with its final value.
	h.press("h", "D")
	h.press("ctrl+u")
	h.typeText("2027-04-01")
	h.press("ctrl+s")
	h.press("D")
	h.press("ctrl+u")
	h.typeText("2027-05-02")
	h.press("ctrl+s")
	h.press("G")
	h.sees("Meeting summary", "Owners assigned: 1.", "Changed in this meeting:", "owner Wei Zhang, due 2027-05-02")
	h.seesNot("2027-04-01")
	if n := strings.Count(h.screen(), line(g.Difference())); n != 1 {
		t.Fatalf("the gap is listed %d times in the summary:\n%s", n, h.screen())
	}
	h.press("E")
	h.sees("Meeting ended after 8:00.")
	h.seesNot("MEETING", "meeting paused")
	// A new meeting starts afresh.
	h.later(time.Minute)
	h.press("m")
	h.sees("⏱ 0:00")
	h.press("G")
	h.sees("Owners assigned: 0.")
	h.seesNot("Changed in this meeting:")
}

func TestEndMeetingFromAGapShowsTheSummaryFirst(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("m", "E")
	h.sees("Meeting summary", "E again ends the meeting")
	h.press("E")
	h.sees("Meeting ended")
	h.seesNot("MEETING")
}

func TestLoadingTheSamplesAgainAsksFirst(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.press("L")
	h.sees("Add the three sample deals")
	h.press("y")
	h.sees("Add the sample deals again?", "3 of 3 deals already exist in this database")
	h.press("n")
	if ds, _ := h.s.Deals(h.ctx); len(ds) != 3 {
		t.Fatalf("%d deals after saying no, want 3", len(ds))
	}
	h.press("L", "y", "y")
	h.sees("Added 3 sample deals")
	if ds, _ := h.s.Deals(h.ctx); len(ds) != 6 {
		t.Fatalf("%d deals after saying yes, want 6", len(ds))
	}
}

func TestResumedMeetingAddsGapsOpenedMeanwhile(t *testing.T) {
	h := newHarness(t, 120, 40, true)
	h.openDeal("SAP")
	h.press("m")
	n := len(h.a.meeting().agenda)
	h.press("esc")
	g := model.Gap{DealID: h.a.deal().id, Kind: model.KindOther, Origin: model.OriginManual, Title: "Opened while out",
		Severity: model.SeverityLow, Status: model.GapOpen}
	if err := h.s.CreateGap(h.ctx, &g); err != nil {
		t.Fatal(err)
	}
	h.send(pollMsg{})
	h.press("m")
	if len(h.a.meeting().agenda) != n+1 || h.a.meeting().agenda[n] != g.ID {
		t.Fatalf("agenda %v, want the %d gaps before and then gap %d", h.a.meeting().agenda, n, g.ID)
	}
	h.sees("gap 1 of " + itoa(n+1))
}

// The stale-record dialog names the fields in the reader's language.
func TestStaleRecordDialogSpeaksTheLanguage(t *testing.T) {
	for _, l := range []i18n.Lang{i18n.DE, i18n.ZH} {
		t.Run(l.Code(), func(t *testing.T) {
			h := newHarnessIn(t, l, 120, 40, true)
			other := h.colleague()
			sel, _ := h.a.deals().selected()
			h.press("s")
			theirs, err := other.Deal(h.ctx, sel.Deal.ID)
			if err != nil {
				t.Fatal(err)
			}
			theirs.Name = "Renamed by A"
			if err := other.UpdateDeal(h.ctx, &theirs); err != nil {
				t.Fatal(err)
			}
			h.press("right", "ctrl+s", "y")
			h.sees(l.T("They changed: %s", l.Word("field", "name")), l.T("You changed: %s", l.Word("field", "stage")))
			if l.Word("field", "stage") == "stage" {
				t.Errorf("%s has no word for the stage field", l.Code())
			}
		})
	}
}
