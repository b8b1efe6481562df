package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// TestMeetingAgendaAlignsWideNames: a name in Chinese characters takes two
// cells a character, and the columns after it stay where every other
// row has them, at 80 columns.
func TestMeetingAgendaAlignsWideNames(t *testing.T) {
	h := newHarness(t, 80, 24, true)
	h.openDeal("Suzhou")
	var chen int64
	for _, p := range h.a.sh.people {
		if p.Name == "Chen Jing 陈静" {
			chen = p.ID
		}
	}
	d := h.dossier(h.a.deal().d.Deal.ID)
	owned := 0
	for _, g := range d.Gaps {
		if g.Open() && owned < 2 {
			g.Owner = chen
			if err := h.s.UpdateGap(h.ctx, &g); err != nil {
				t.Fatal(err)
			}
			owned++
		}
	}
	h.later(time.Hour)
	h.press("esc")
	h.openDeal("Suzhou")
	h.press("m", "g")
	var rows []string
	for _, l := range strings.Split(h.screen(), "\n") {
		if strings.Contains(l, "陈静") || strings.Contains(l, "nobody") || strings.Contains(l, "Wei Zhang") {
			rows = append(rows, l)
		}
	}
	if !strings.Contains(strings.Join(rows, "\n"), "陈静") || len(rows) < 3 {
		t.Fatalf("the agenda shows no row owned by Chen Jing and others:\n%s", h.screen())
	}
	// The owner column is cells 18 to 32 of every row, then a space: the
	// difference starts in the same cell whoever owns the gap.
	for _, r := range rows {
		if w := ansi.StringWidth(r); w > 80 {
			t.Errorf("row is %d cells wide: %q", w, r)
		}
		owner := strings.TrimSpace(ansi.Cut(r, 18, 32))
		if after, next := ansi.Cut(r, 32, 33), ansi.Cut(r, 33, 34); after != " " || next == " " || owner == "" {
			t.Errorf("owner column misaligned: cells 18–32 %q, then %q%q in\n%q", owner, after, next, r)
		}
		if strings.Contains(r, "陈静") && !strings.HasPrefix(owner, "Chen Jing") {
			t.Errorf("Chen Jing's row has %q in the owner column:\n%q", owner, r)
		}
	}
}
