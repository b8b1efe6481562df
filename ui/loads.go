package ui

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"handoff/db"
	"handoff/internal/i18n"
	"handoff/model"
)

// Messages that carry loaded data to their owner, whatever has focus, and
// the commands that load it. Commands capture values, never the model.

type dealsLoadedMsg struct {
	list []model.DealSummary
	// start, when set, says list is the first screen only: the rest of
	// the deals follow the first frame.
	start *dealsStart
	// seen is the newest history event the whole list reflects.
	seen int64
	err  error
}

// dealsStart is what the deal list knows of every deal before all of
// them are read: how many there are and how many archived, and whether
// any not archived changed since its sign-off (the footer says so).
type dealsStart struct {
	total, archived int
	signOffChanged  bool
}

// dossierLoadedMsg carries a deal as read, with what the screens show of
// it worked out in the command that read it: its readiness and glossary
// (kept on the dossier), what changed since each sign-off, and the
// glossary screen's rows.
type dossierLoadedMsg struct {
	dealID int64
	d      *model.Dossier
	// part, when set, says d holds the first screen of a big deal's
	// promises and gaps only: the rest follows the first frame.
	part *db.DossierPart
	// seen is the newest history event a whole dossier reflects (0 for a
	// part): the next reload reads what the history names after it.
	seen   int64
	signed map[int64][]string
	since  signOffLine
	terms  []glossaryRow
	err    error
}

type historyLoadedMsg struct {
	dealID int64
	events []model.Event
	err    error
}

type peopleLoadedMsg struct {
	people []model.Person
	// keys is the fingerprints of each person's SSH keys (nil when the
	// people came without them, with a deal).
	keys map[int64][]string
	err  error
}

// pollMsg is the once-a-second look for changes by other processes.
type pollMsg struct{}

// changedMsg says whether the file changed since the last look.
type changedMsg struct {
	changed bool
	err     error
}

// refreshDealMsg asks the root to bring the deal shown up to date: what
// changed since its screen read it, or the whole deal when the screen holds
// only a part of it (or nothing).
type refreshDealMsg struct{ dealID int64 }

func refreshDealCmd(dealID int64) tea.Cmd {
	return func() tea.Msg { return refreshDealMsg{dealID} }
}

// reloadMsg asks the root to read again everything the screens show.
type reloadMsg struct{}

func reloadCmd() tea.Msg { return reloadMsg{} }

// ownWriteCmd takes note of this app's own write in the file watch, then
// has everything read again: the watch would otherwise see the write at
// its next look as another's and read it all a second time. A write by
// someone else in between is read by the same reload.
func ownWriteCmd(sh *shared) tea.Cmd {
	look := checkChangedCmd(sh)
	return func() tea.Msg {
		msg := look().(changedMsg)
		msg.changed = true
		return msg
	}
}

func loadDealsCmd(sh *shared) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		list, seen, err := s.DealSummariesSeen(ctx)
		return dealsLoadedMsg{list: list, seen: seen, err: err}
	}
}

// reloadDealsCmd reads the deal list again: the deals the history shows
// changed since the list was read, put into it, or the whole list when
// the changes cannot be told deal by deal.
func reloadDealsCmd(sh *shared) tea.Cmd {
	if sh.deals == nil || sh.dealsSeen == 0 {
		return loadDealsCmd(sh)
	}
	ctx, s, base, since := sh.ctx, sh.store, sh.deals, sh.dealsSeen
	whole := loadDealsCmd(sh)
	return func() tea.Msg {
		changed, gone, seen, all, err := s.DealChanges(ctx, since)
		switch {
		case err != nil:
			return dealsLoadedMsg{err: err}
		case all:
			return whole()
		}
		return dealsLoadedMsg{list: mergeDeals(base, changed, gone), seen: seen}
	}
}

// mergeDeals is the list base, in the store's order, with the deals
// changed put in (or added) and those gone taken out, in the same order.
func mergeDeals(base, changed []model.DealSummary, gone []int64) []model.DealSummary {
	drop := make(map[int64]bool, len(changed)+len(gone))
	for _, id := range gone {
		drop[id] = true
	}
	for _, d := range changed {
		drop[d.Deal.ID] = true
	}
	changed = slices.Clone(changed)
	slices.SortFunc(changed, storeOrder)
	out := make([]model.DealSummary, 0, len(base)+len(changed))
	for _, d := range base {
		if drop[d.Deal.ID] {
			continue
		}
		for len(changed) > 0 && storeOrder(changed[0], d) < 0 {
			out, changed = append(out, changed[0]), changed[1:]
		}
		out = append(out, d)
	}
	return append(out, changed...)
}

// storeOrder is the order the store lists deals in: by name with the
// letters A to Z in either case alike (SQLite's NOCASE), then by id.
func storeOrder(a, b model.DealSummary) int {
	x, y := a.Deal.Name, b.Deal.Name
	for i := 0; i < len(x) && i < len(y); i++ {
		if c := cmp.Compare(asciiLower(x[i]), asciiLower(y[i])); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(len(x), len(y)); c != 0 {
		return c
	}
	return cmp.Compare(a.Deal.ID, b.Deal.ID)
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// firstScreenDeals is how many deals the first read of the deal list
// brings: the rows of a tall screen and a margin.
const firstScreenDeals = 100

// loadFirstDealsCmd reads the deal list's first screen, or every deal
// when there are no more than fit on it: the deals not archived, by name,
// as the list starts. The rest is read after the first frame.
func loadFirstDealsCmd(sh *shared) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		start, err := s.DealsStart(ctx, firstByName)
		if err != nil {
			return dealsLoadedMsg{err: err}
		}
		if len(start.Names) <= firstScreenDeals {
			list, seen, err := s.DealSummariesSeen(ctx)
			return dealsLoadedMsg{list: list, seen: seen, err: err}
		}
		info := &dealsStart{total: len(start.Names)}
		for _, n := range start.Names {
			if n.Archived {
				info.archived++
			}
			info.signOffChanged = info.signOffChanged || (n.SignOffChanged && !n.Archived)
		}
		return dealsLoadedMsg{list: start.Deals, start: info}
	}
}

// firstByName is the first screen of the deal list as it starts: the
// deals not archived in the list's order by name (dealsScreen.less),
// the store's order keeping ties as the full list does.
func firstByName(names []db.DealName) []int64 {
	type named struct {
		id    int64
		lower string
	}
	var shown []named
	for _, n := range names {
		if !n.Archived {
			shown = append(shown, named{n.ID, strings.ToLower(n.Name)})
		}
	}
	sort.SliceStable(shown, func(i, j int) bool { return shown[i].lower < shown[j].lower })
	ids := make([]int64, 0, firstScreenDeals)
	for _, n := range shown[:min(len(shown), firstScreenDeals)] {
		ids = append(ids, n.id)
	}
	return ids
}

func loadDossierCmd(sh *shared, dealID int64) tea.Cmd {
	ctx, s, l := sh.ctx, sh.store, sh.lang
	return func() tea.Msg {
		d, seen, err := s.DossierSeen(ctx, dealID)
		if err != nil {
			return dossierLoadedMsg{dealID: dealID, err: err}
		}
		return wholeDossier(d, seen, l)
	}
}

// dossierSeenMsg says nothing changed in the deal of held between the
// history event it was read at and seen.
type dossierSeenMsg struct {
	held *model.Dossier
	seen int64
}

// reloadDossierCmd brings held, a whole dossier as read at history event
// seen, up to date after a change: the rows the history names since, or
// the whole deal when it cannot be told row by row; when nothing changed,
// only the newest event seen.
func reloadDossierCmd(sh *shared, held *model.Dossier, seen int64) tea.Cmd {
	ctx, s, l := sh.ctx, sh.store, sh.lang
	return func() tea.Msg {
		d, now, err := s.DossierSince(ctx, held, seen)
		switch {
		case err != nil:
			return dossierLoadedMsg{dealID: held.Deal.ID, err: err}
		case d == held:
			return dossierSeenMsg{held: held, seen: now}
		}
		return wholeDossier(d, now, l)
	}
}

// wholeDossier is a whole dossier read at history event seen, with what
// the screens show of it worked out.
func wholeDossier(d *model.Dossier, seen int64, l i18n.Lang) dossierLoadedMsg {
	d.Readiness()
	d.Glossary()
	return dossierLoadedMsg{dealID: d.Deal.ID, d: d, seen: seen, signed: model.SignOffChanges(d), since: newSignOffLine(d, l),
		terms: glossaryRows(d)}
}

// firstScreenRows is how many promises and how many gaps the first read
// of a big deal brings: more than a tall screen shows of either.
const firstScreenRows = 100

// openDossierCmd reads a deal being opened: the first screen of a big one
// (its panes in the order they start in), the rest after the first frame;
// a small one whole.
func openDossierCmd(sh *shared, dealID int64) tea.Cmd {
	if sh.promiseSort.by != sortAdded || (sh.gapSort.by != sortAdded && sh.gapSort != gapSorts[0]) {
		return loadDossierCmd(sh, dealID) // another order needs every row
	}
	ctx, s, l, today := sh.ctx, sh.store, sh.lang, sh.today()
	return func() tea.Msg {
		d, part, seen, err := s.DossierStart(ctx, dealID, firstScreenRows, today)
		switch {
		case err != nil:
			return dossierLoadedMsg{dealID: dealID, err: err}
		case part == nil:
			return wholeDossier(d, seen, l)
		}
		d.Readiness()
		d.Glossary()
		return dossierLoadedMsg{dealID: dealID, d: d, part: part}
	}
}

// historyLimit is how many events the history view reads.
const historyLimit = 2000

func loadHistoryCmd(sh *shared, dealID int64) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		ev, err := s.History(ctx, dealID, historyLimit)
		return historyLoadedMsg{dealID, ev, err}
	}
}

func loadPeopleCmd(sh *shared) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		p, err := s.Directory(ctx)
		if err != nil {
			return peopleLoadedMsg{err: err}
		}
		all, err := s.Keys(ctx)
		keys := map[int64][]string{}
		for _, k := range all {
			keys[k.PersonID] = append(keys[k.PersonID], k.Fingerprint)
		}
		return peopleLoadedMsg{people: p, keys: keys, err: err}
	}
}

// pollEvery is how often the file is checked for other writers.
const pollEvery = time.Second

func pollCmd(sh *shared) tea.Cmd {
	return sh.tick(pollEvery, func(time.Time) tea.Msg { return pollMsg{} })
}

// noticeMsg says a write in this process committed: look at once.
type noticeMsg struct{}

// noticeGather is how long the app lets notices gather before it looks:
// a burst of writes (ten people in one meeting) is read once, not once a
// write, and still well within the second.
const noticeGather = 150 * time.Millisecond

// noticeCmd waits for the watcher's next notice of a write in this
// process; the app waits on one at a time, and stops when its context ends.
func noticeCmd(sh *shared) tea.Cmd {
	if !sh.notices {
		return nil
	}
	ctx, w := sh.ctx, watcher(sh)
	return func() tea.Msg {
		select {
		case <-w.Notice():
		case <-ctx.Done():
			return nil
		}
		select {
		case <-time.After(noticeGather):
			return noticeMsg{}
		case <-ctx.Done():
			return nil
		}
	}
}

// watcher is the app's own watcher, made at its first use and stopped
// when the app's context ends.
func watcher(sh *shared) *db.Watcher {
	if sh.watch == nil {
		w := sh.store.Watch()
		context.AfterFunc(sh.ctx, w.Stop)
		sh.watch = w
	}
	return sh.watch
}

func checkChangedCmd(sh *shared) tea.Cmd {
	watcher(sh)
	ctx, w := sh.ctx, sh.watch
	return func() tea.Msg {
		changed, err := w.Changed(ctx)
		return changedMsg{changed, err}
	}
}

// quickCheckedMsg carries the result of the file's integrity check.
type quickCheckedMsg struct{ err error }

// quickCheckCmd runs SQLite's quick check over the file; a damaged file is
// then refused every write by the store.
func quickCheckCmd(sh *shared) tea.Cmd {
	ctx, s := sh.ctx, sh.store
	return func() tea.Msg {
		err := s.QuickCheck(ctx)
		if err != nil && !errors.Is(err, db.ErrDamaged) {
			err = nil // a busy file is checked next time; only damage stops writes
		}
		return quickCheckedMsg{err}
	}
}
