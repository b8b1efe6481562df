package ui

import (
	"fmt"
	"testing"

	"handoff/internal/i18n"
)

// The deal pane says, once every role signed, how the deal differs from
// that state and who must sign again, within the pane at 80 columns.
func TestDealPaneSinceSignOff(t *testing.T) {
	before := newHarness(t, 80, 24, true)
	before.openDeal("SAP")
	before.seesNot("Since sign-off")
	for _, l := range []i18n.Lang{i18n.EN, i18n.PL, i18n.ZH} {
		for _, size := range [][2]int{{80, 24}, {120, 40}} {
			name := fmt.Sprintf("deal-signed-%dx%d", size[0], size[1])
			if l != i18n.EN {
				name = l.Code() + "/" + name
			}
			t.Run(name, func(t *testing.T) {
				h := newHarnessIn(t, l, size[0], size[1], true)
				keptStory(h, false)
				h.openDeal("SAP")
				h.press("1")
				h.golden(name)
			})
		}
	}
}
