package db

import (
	"cmp"
	"context"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"

	"handoff/model"
)

// A write costs what it touches. The gap rules look at one promise at a
// time (its deal's stage, its answer and the deal's glossary beside it), so
// when a transaction changed only some promises, answers and gaps of a deal
// whose rows this process already holds, only those promises are derived
// and reconciled again, and the rows held are brought up to date by reading
// those rows alone; the readiness, the deal list's figures, the stored
// blockers (Dossier.Reassess) and the sign-off drift (model.Drift) follow
// by difference. Anything else — the deal itself, a term, a dismissed
// word, the watch list, a row of a kind the rules read as a whole — and any
// write this process did not make (a newer history event than it saw) sends
// the deal down the full path, which reads it all again. Both paths end in
// the same rows; TestIncrementalEqualsFull holds them to it.

// dealChange is what one transaction changed in one deal.
type dealChange struct {
	all      bool           // something the rules read for every promise
	promises map[int64]bool // promises whose row, answer or gaps changed
	gaps     map[int64]bool // gaps a person changed
	// read are the gaps a refresh in part read again: those a person
	// changed and the derived gaps of the promises changed.
	read map[int64]bool
	// own are the lists of the deal's rows held that a refresh in part may
	// change in place (nil: none).
	own *ownLists
}

// change is the record of what changed in a deal, made on first use.
func (t *txn) change(dealID int64) *dealChange {
	c := t.dirty[dealID]
	if c == nil {
		c = &dealChange{promises: map[int64]bool{}, gaps: map[int64]bool{}}
		t.dirty[dealID] = c
	}
	return c
}

// touchRow marks what a row written in a deal changes: a promise, an
// answer or a gap its promise; any other row the whole deal.
func (t *txn) touchRow(dealID int64, row any) {
	if dealID <= 0 {
		t.undealt = true
		return
	}
	switch v := row.(type) {
	case *model.Promise:
		t.change(dealID).promises[v.ID] = true
	case *model.Assessment:
		t.change(dealID).promises[v.PromiseID] = true
	case *model.Gap:
		c := t.change(dealID)
		c.gaps[v.ID] = true
		if v.PromiseID != 0 {
			c.promises[v.PromiseID] = true
		}
	default:
		t.touch(dealID)
	}
}

// keptDeal is a deal's rows as loadDossier reads them (without the full
// parts), as they stood after this process's last write to the deal.
type keptDeal struct {
	id int64
	d  *model.Dossier
	// taken tells whether a viewer took the deal's lists (see lentAt),
	// whereupon the next write makes new lists, or the next write claimed
	// them to change in place, whereupon no viewer may take them.
	taken *atomic.Int32
}

// What became of a kept deal's lists (keptDeal.taken).
const (
	listsFree    = iota // neither lent nor claimed yet
	listsLent           // a viewer holds them
	listsClaimed        // a write changes them in place
)

// ownLists say which of a deal's lists of promises, answers and gaps a
// write may change in place: those no viewer holds. nil: none.
type ownLists struct{ promises, assessments, gaps bool }

// flag is the flag f picks of o, nil when o is.
func (o *ownLists) flag(f func(*ownLists) *bool) *bool {
	if o == nil {
		return nil
	}
	return f(o)
}

// Which deals are kept: those big enough for a full refresh to cost more
// than a few milliseconds, and only the latest few, for memory.
var (
	keepFrom = 200 // promises; a variable so the tests can keep small deals
	keepMost = 1   // a 10,000-promise deal held is about 20 MB of memory, 35 MB signed off (its Drift)
)

// partMost is the most promises and gaps a transaction may change for the
// deal to be refreshed in part: more (an import of many rows) is read
// whole, which costs no more and keeps the lists of ids within SQLite's
// limit on a statement's variables.
const partMost = 500

// newestEvent is the id of the newest history event.
func (t *txn) newestEvent() (int64, error) { return newestEvent(t.ctx, t.tx) }

// checkKept forgets the kept deals when anyone else wrote to the file since
// this process last did: every change to what the rules read leaves an event.
func (t *txn) checkKept() error {
	h := t.s.hub
	if len(h.kept) == 0 {
		return nil
	}
	id, err := t.newestEvent()
	if err != nil {
		return err
	}
	if id != h.seen {
		h.forgetKept()
	}
	return nil
}

// forgetKept forgets the kept deals, and the rows lent of them.
func (h *hub) forgetKept() {
	h.kept = nil
	h.lent.Store(nil)
}

// kept takes a deal's kept rows out of the hub: they are changed in place,
// and come back only when the transaction commits.
func (h *hub) take(dealID int64) (*model.Dossier, *ownLists) {
	for i, k := range h.kept {
		if k.id == dealID {
			h.kept = slices.Delete(h.kept, i, i+1)
			free := k.taken.CompareAndSwap(listsFree, listsClaimed)
			return k.d, &ownLists{free, free, free}
		}
	}
	return nil, nil
}

// keepDeals keeps the deals a committed transaction refreshed, newest first,
// with the newest event it saw. own says which of their lists the
// transaction made or changed in place: a deal whose lists are not all its
// own may share one with a viewer still, so the next write may change none
// in place.
func (h *hub) keepDeals(keep map[int64]*model.Dossier, own map[int64]*ownLists, seen int64) {
	h.seen = seen
	for id, d := range keep {
		h.take(id)
		if d != nil && len(d.Promises) >= keepFrom {
			taken := new(atomic.Int32)
			if o := own[id]; o == nil || !o.promises || !o.assessments || !o.gaps {
				taken.Store(listsLent)
			}
			h.kept = append([]keptDeal{{id, d, taken}}, h.kept...)
		}
	}
	if len(h.kept) > keepMost {
		h.kept = h.kept[:keepMost]
	}
	h.lend()
}

// lentRows are a kept deal's promises, answers and gaps as they stood at
// history event seen, for a viewer of the deal to share rather than read
// again (see DossierSince). The lists are never changed (replaceRows makes
// new ones), so they may be read while a later write is under way.
type lentRows struct {
	deal, seen  int64
	promises    []model.Promise
	assessments []model.Assessment
	gaps        []model.Gap
	taken       *atomic.Int32
}

// lend offers the kept deals' rows to viewers, as they stand at the newest
// event seen. Their lists are clipped, so that whatever is appended to them
// goes to a list of its own.
func (h *hub) lend() {
	rows := make([]lentRows, 0, len(h.kept))
	for _, k := range h.kept {
		rows = append(rows, lentRows{deal: k.id, seen: h.seen, promises: slices.Clip(k.d.Promises),
			assessments: slices.Clip(k.d.Assessments), gaps: slices.Clip(k.d.Gaps), taken: k.taken})
	}
	h.lent.Store(&rows)
}

// lentAt is what the hub lends of a deal as it stands at history event
// seen, or nil; the deal's next write will leave these lists as they are.
func (h *hub) lentAt(dealID, seen int64) *lentRows {
	rows := h.lent.Load()
	if rows == nil {
		return nil
	}
	for i := range *rows {
		if r := &(*rows)[i]; r.deal == dealID && r.seen == seen {
			if r.taken.CompareAndSwap(listsFree, listsLent) || r.taken.Load() == listsLent {
				return r
			}
			return nil // a write under way changes them
		}
	}
	return nil
}

// keeps reports whether the hub keeps the deal's rows.
func (h *hub) keeps(dealID int64) bool {
	return slices.ContainsFunc(h.kept, func(k keptDeal) bool { return k.id == dealID })
}

// keepDrifts keeps the sign-off drifts a committed transaction worked out,
// of the deals kept. A change to a row of no deal (the directory, whose
// names the report shows) forgets the drifts it did not work out.
func (h *hub) keepDrifts(drift map[int64]*model.Drift, undealt bool) {
	if undealt || h.drift == nil {
		h.drift = map[int64]*model.Drift{}
	}
	for id, x := range drift {
		h.drift[id] = x
	}
	for id, x := range h.drift {
		if x == nil || !h.keeps(id) {
			delete(h.drift, id)
		}
	}
}

// inIDs is a SQL list of ids, "(?, ?, ?)", and its arguments.
func inIDs(ids map[int64]bool) (string, []any) {
	args := make([]any, 0, len(ids))
	for _, id := range sortedIDs(ids) {
		args = append(args, id)
	}
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", len(args)), ", ") + ")", args
}

func sortedIDs(ids map[int64]bool) []int64 {
	out := make([]int64, 0, len(ids))
	for id := range ids {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// replaceRows is held with the rows whose keys gone names dropped and
// fresh put in their place, in the order of key (one row a key; fresh comes
// in that order, its keys among gone). held is given back as it is when
// every fresh row is the row it would replace. A list a viewer may hold
// (see lentRows) is never changed: unless own says held is the caller's
// own, a change makes a new list, copied a run at a time between the rows
// that change, and own (when given) is set, the new list being the caller's.
func replaceRows[T any](held []T, key func(*T) int64, gone map[int64]bool, fresh []T, own *bool) []T {
	at := func(k int64) (int, bool) {
		return slices.BinarySearchFunc(held, k, func(v T, k int64) int { return cmp.Compare(key(&v), k) })
	}
	if unchanged(held, key, gone, fresh, at) {
		return held
	}
	if own != nil && *own {
		return replaceInPlace(held, key, gone, fresh)
	}
	if own != nil {
		*own = true
	}
	keys := make(map[int64]bool, len(gone)+len(fresh))
	maps.Copy(keys, gone)
	for i := range fresh {
		keys[key(&fresh[i])] = true
	}
	out := make([]T, 0, len(held)+len(fresh))
	from, next := 0, 0 // the first row of held not yet copied; the next fresh row
	for _, k := range sortedIDs(keys) {
		i, found := at(k)
		out = append(out, held[from:i]...)
		if from = i; found {
			from = i + 1
		}
		if next < len(fresh) && key(&fresh[next]) == k {
			out = append(out, fresh[next])
			next++
		}
	}
	return append(out, held[from:]...)
}

// replaceInPlace is replaceRows changing held itself: a fresh row takes
// the very place of the row it replaces, so rows are moved only when rows
// come or go, and nothing is copied for a change to a few rows.
func replaceInPlace[T any](held []T, key func(*T) int64, gone map[int64]bool, fresh []T) []T {
	at := func(rows []T, k int64) (int, bool) {
		return slices.BinarySearchFunc(rows, k, func(v T, k int64) int { return cmp.Compare(key(&v), k) })
	}
	left := map[int64]bool{} // dropped, not replaced
	for k := range gone {
		if _, ok := at(held, k); ok {
			left[k] = true
		}
	}
	var extra []T
	for _, v := range fresh {
		if i, ok := at(held, key(&v)); ok && left[key(&v)] {
			held[i] = v
			delete(left, key(&v))
			continue
		}
		extra = append(extra, v)
	}
	for k := range left {
		i, _ := at(held, k)
		held = slices.Delete(held, i, i+1)
	}
	for _, v := range extra {
		i, _ := at(held, key(&v))
		held = slices.Insert(held, i, v)
	}
	return held
}

// unchanged reports whether putting fresh in place of the rows gone names
// would leave held as it is: each fresh row equal to the row of its key,
// and no other row gone. Equal by reflect.DeepEqual, which tells a nil
// list from an empty one, so rows called equal read the same everywhere.
func unchanged[T any](held []T, key func(*T) int64, gone map[int64]bool, fresh []T, at func(int64) (int, bool)) bool {
	if len(fresh) != len(gone) {
		return false
	}
	for i := range fresh {
		j, found := at(key(&fresh[i]))
		if !found || !gone[key(&fresh[i])] || !reflect.DeepEqual(held[j], fresh[i]) {
			return false
		}
	}
	return true
}

// refreshPart brings d, the deal's rows as kept, up to date with what c
// says changed, re-derives and reconciles the changed promises alone, and
// stores the summary.
func (t *txn) refreshPart(d *model.Dossier, c *dealChange) error {
	dealID := d.Deal.ID
	c.own = t.own[dealID]
	ps, as, fresh, err := readChanged(t.ctx, t.tx, d, c)
	if err != nil {
		return err
	}
	if len(c.promises) > 0 {
		live := make(map[int64]bool, len(ps))
		for _, p := range ps {
			live[p.ID] = true
		}
		var held []model.Gap // the derived gaps of the changed promises, as read again
		for _, g := range fresh {
			if g.Origin == model.OriginDerived && c.promises[g.PromiseID] {
				held = append(held, g)
			}
		}
		f := d.Facts() // the deal's glossary, with what it remembers
		f.Promises, f.Assessments = ps, as
		plan := model.Reconcile(dealID, held, model.Derive(f), live)
		if err := t.applyPlan(plan); err != nil {
			return err
		}
		if !plan.Empty() {
			if _, err := reloadGaps(t.ctx, t.tx, d, &dealChange{promises: c.promises, read: c.read, own: c.own}); err != nil {
				return err
			}
		}
	}
	d.Reassess(c.promises, c.read)
	t.keep[dealID] = d
	t.s.hub.parts++
	return t.storeSummary(d, c)
}

// readChanged brings d's promises, answers and gaps up to date with what c
// says changed, reading those rows alone, and returns the changed promises
// and their answers as read and the gaps read again (reloadGaps).
func readChanged(ctx context.Context, q querier, d *model.Dossier, c *dealChange) ([]model.Promise, []model.Assessment, []model.Gap, error) {
	dealID := d.Deal.ID
	var ps []model.Promise
	var as []model.Assessment
	if len(c.promises) > 0 {
		list, args := inIDs(c.promises)
		var err error
		ps, err = promises.list(ctx, q, "+deal_id = ? AND id IN "+list, "id", append([]any{dealID}, args...)...)
		if err != nil {
			return nil, nil, nil, err
		}
		d.Promises = replaceRows(d.Promises, func(p *model.Promise) int64 { return p.ID }, c.promises, ps,
			c.own.flag(func(o *ownLists) *bool { return &o.promises }))
		as, err = assessments.list(ctx, q, "promise_id IN (SELECT id FROM promises WHERE +deal_id = ? AND deleted = 0 AND id IN "+list+")",
			"promise_id", append([]any{dealID}, args...)...)
		if err != nil {
			return nil, nil, nil, err
		}
		d.Assessments = replaceRows(d.Assessments, func(a *model.Assessment) int64 { return a.PromiseID }, c.promises, as,
			c.own.flag(func(o *ownLists) *bool { return &o.assessments }))
	}
	c.read = map[int64]bool{}
	var fresh []model.Gap
	if len(c.promises) > 0 || len(c.gaps) > 0 {
		var err error
		if fresh, err = reloadGaps(ctx, q, d, c); err != nil {
			return nil, nil, nil, err
		}
	}
	return ps, as, fresh, nil
}

// reloadGaps reads again the derived gaps of the changed promises and the
// gaps a person changed, in place of those d holds, and returns them; c.read
// gets their ids and those of the gaps a person changed. A gap a person
// recorded changes only when a person changes it, so it is read again only
// then.
func reloadGaps(ctx context.Context, q querier, d *model.Dossier, c *dealChange) ([]model.Gap, error) {
	var fresh []model.Gap
	if len(c.promises) > 0 {
		list, ids := inIDs(c.promises)
		// by the index of derived gaps, (promise_id, kind) WHERE origin = 'derived'
		gs, err := gaps.list(ctx, q, "origin = 'derived' AND promise_id IN "+list+" AND +deal_id = ?", "",
			append(ids, d.Deal.ID)...)
		if err != nil {
			return nil, err
		}
		fresh = append(fresh, gs...)
	}
	if len(c.gaps) > 0 {
		list, ids := inIDs(c.gaps)
		gs, err := gaps.list(ctx, q, "id IN "+list+" AND +deal_id = ?", "", append(ids, d.Deal.ID)...)
		if err != nil {
			return nil, err
		}
		fresh = append(fresh, gs...)
	}
	slices.SortFunc(fresh, func(a, b model.Gap) int { return cmp.Compare(a.ID, b.ID) })
	fresh = slices.CompactFunc(fresh, func(a, b model.Gap) bool { return a.ID == b.ID })
	// The gaps to replace: those a person changed, and the derived gaps of
	// the changed promises, which are all read again (the rules never
	// delete a gap; a person who does changes it).
	gone := maps.Clone(c.gaps)
	if gone == nil {
		gone = map[int64]bool{}
	}
	for _, g := range fresh {
		gone[g.ID] = true
	}
	maps.Copy(c.read, gone)
	d.Gaps = replaceRows(d.Gaps, func(g *model.Gap) int64 { return g.ID }, gone, fresh,
		c.own.flag(func(o *ownLists) *bool { return &o.gaps }))
	return fresh, nil
}
