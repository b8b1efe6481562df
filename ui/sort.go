package ui

import (
	"cmp"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"handoff/internal/i18n"
	"handoff/model"
)

// How the promises and gaps panes are ordered. The choice is the app's,
// not the deal's: it holds for every deal opened until the app ends.

// sortField is what a list is ordered by.
type sortField int

const (
	sortAdded    sortField = iota // as recorded: the promises' own order
	sortSeverity                  // the gaps' own order: worst first
	sortPriority
	sortDue
	sortOwner
	sortStatus
)

// word is the field in words, for the pane title and the chooser: the
// name the field has in forms and messages. On the promises pane the owner
// is who promised it, and the status its verification.
func (f sortField) word(l i18n.Lang, pane paneID) string {
	name := ""
	switch f {
	case sortSeverity:
		name = "severity"
	case sortPriority:
		name = "priority"
	case sortDue:
		name = "due"
	case sortOwner:
		name = "owner"
		if pane == panePromises {
			name = "promised_by"
		}
	case sortStatus:
		name = "status"
		if pane == panePromises {
			name = "verification"
		}
	default:
		return l.T("as added")
	}
	return l.Word("field", name)
}

// listSort is a list's order: a field, up (↑: earliest date, A to Z, the
// lowest rank first) or down (↓).
type listSort struct {
	by   sortField
	down bool
}

// label is the order as a pane title shows it: "due ↑".
func (s listSort) label(l i18n.Lang, pane paneID) string {
	switch {
	case s.by == sortAdded:
		return s.by.word(l, pane)
	case s.down:
		return s.by.word(l, pane) + " ↓"
	}
	return s.by.word(l, pane) + " ↑"
}

// The orders each pane offers, its own first.
var (
	promiseSorts = []listSort{{sortAdded, false}, {sortPriority, true}, {sortPriority, false}, {sortDue, false}, {sortDue, true},
		{sortOwner, false}, {sortOwner, true}, {sortStatus, false}, {sortStatus, true}}
	gapSorts = []listSort{{sortSeverity, true}, {sortSeverity, false}, {sortDue, false}, {sortDue, true},
		{sortOwner, false}, {sortOwner, true}, {sortStatus, false}, {sortStatus, true}}
)

// sortChosenMsg carries the order chosen for a pane.
type sortChosenMsg struct {
	pane paneID
	sort listSort
}

// chooseSort opens the chooser of a pane's orders, the current one first.
func chooseSort(sh *shared, pane paneID, offered []listSort, current listSort) tea.Cmd {
	l := sh.lang
	items := make([]string, len(offered))
	order := make([]listSort, 0, len(offered))
	order = append(order, current)
	for _, s := range offered {
		if s != current {
			order = append(order, s)
		}
	}
	for i, s := range order {
		items[i] = s.label(l, pane)
		if i == 0 {
			items[i] += "  " + l.T("(now)")
		}
	}
	return openChooser(sh, l.T("Sort %s by", pane.title(l)), l.T("↑ is the earliest date, A to Z, the lowest first; ↓ the other way. Ties keep the pane's own order."),
		items, func(i int) tea.Cmd {
			s := order[i]
			return func() tea.Msg { return sortChosenMsg{pane: pane, sort: s} }
		})
}

// byDue orders dates, up or down; a missing date comes last either way.
func byDue(a, b model.Date, down bool) int {
	switch {
	case a == b:
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.Before(b) != down:
		return -1
	}
	return 1
}

// byName orders people by name, up or down; nobody comes last either way.
func byName(a, b string, down bool) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return 1
	case b == "":
		return -1
	}
	c := strings.Compare(a, b)
	if down {
		return -c
	}
	return c
}

// byRank orders by a rank, up or down.
func byRank(a, b int, down bool) int {
	if down {
		return cmp.Compare(b, a)
	}
	return cmp.Compare(a, b)
}

// sortPromises orders idx (indexes into ps) by s; ties keep the order
// they were added in.
func sortPromises(sh *shared, ps []model.Promise, idx []int, s listSort) {
	if s.by == sortAdded {
		return
	}
	names := peopleNames(sh.people)
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := ps[i], ps[j]
		switch s.by {
		case sortPriority:
			// Must is the highest: ↓ shows it first.
			return byRank(slices.Index(model.Priorities, b.Priority), slices.Index(model.Priorities, a.Priority), s.down)
		case sortDue:
			return byDue(a.Due, b.Due, s.down)
		case sortOwner:
			return byName(names[a.PromisedBy], names[b.PromisedBy], s.down)
		case sortStatus:
			return byRank(slices.Index(model.Verifications, a.Verification), slices.Index(model.Verifications, b.Verification), s.down)
		}
		return 0
	})
}

// sortGaps orders idx (indexes into gs, in the pane's own order already) by
// s. Open gaps stay before closed ones, except by status.
func sortGaps(sh *shared, gs []model.Gap, idx []int, s listSort) {
	if s == gapSorts[0] {
		return
	}
	names := peopleNames(sh.people)
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := gs[i], gs[j]
		if s.by != sortStatus && a.Open() != b.Open() {
			if a.Open() {
				return -1
			}
			return 1
		}
		switch s.by {
		case sortSeverity:
			// Critical is the highest: ↓ shows it first.
			return byRank(b.Severity.Rank(), a.Severity.Rank(), s.down)
		case sortDue:
			return byDue(a.Due, b.Due, s.down)
		case sortOwner:
			return byName(names[a.Owner], names[b.Owner], s.down)
		case sortStatus:
			return byRank(slices.Index(model.GapStatuses, a.Status), slices.Index(model.GapStatuses, b.Status), s.down)
		}
		return 0
	})
}

// peopleNames is each person's name by id, looked up once per sort rather
// than once per comparison.
func peopleNames(people []model.Person) map[int64]string {
	names := make(map[int64]string, len(people))
	for _, p := range people {
		names[p.ID] = fold(p.DisplayName())
	}
	return names
}
