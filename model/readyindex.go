package model

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"
)

// readinessIndex is what Assess works out, kept per promise and per gap
// with each blocker's JSON, so that after a write that changed
// some promises, answers and gaps the readiness is worked out again by
// difference: the blockers of those alone are made again, and the list is
// put together from the kept ones in the order Assess gives. It reads the
// promises and the gaps in id order, as the store keeps them.
type readinessIndex struct {
	promises   map[int64]promiseFacts
	unanswered []int64               // promises without an answer, by id
	terms      map[string]*termUsers // by TermKey
	termOrder  []string              // keys, as first written (see orderTerms)
	termAt     []int                 // where each one's first promise writes it
	suspect    []int64               // open suspect gaps, by id
	byRank     [3][]int64            // open gaps without an owner or a due date, by severity rank + 1, by id
	gaps       map[int64]gapFacts    // the gaps that count
	unverified map[int64]int         // a promise's open unverified gaps
	unsettled  int                   // promises with an open unverified gap
	// The deal list's figures: open gaps by severity rank, each promise's
	// open gaps, and the due dates of the open gaps and of the promises with
	// one, counted by day.
	open   [4]int
	openOf map[int64]int
	dues   map[int64]*dueCount
	fixed  map[BlockerPos]*entry // the blockers of no promises and of owners
	// entries are the blockers as last listed, and at their places (in
	// order), to tell what the next list changed; percent the readiness's.
	entries []*entry
	at      []BlockerPos
	percent int
}

// BlockerPos places a blocker in its deal's list, as Assess orders it: by
// part (no promises, unanswered, terms, suspect gaps, gaps by severity rank,
// owners), then by the promise or gap it is about, or the owner's role (a
// term: its first promise, then where that promise writes it).
type BlockerPos struct{ Part, Ref, Sub int64 }

// Compare orders places as the list does.
func (p BlockerPos) Compare(q BlockerPos) int {
	if c := cmp.Compare(p.Part, q.Part); c != 0 {
		return c
	}
	if c := cmp.Compare(p.Ref, q.Ref); c != 0 {
		return c
	}
	return cmp.Compare(p.Sub, q.Sub)
}

// The parts of a deal's list of blockers.
const (
	partNoPromises = iota
	partUnanswered
	partTerms
	partSuspect
	partGaps   // + severity rank + 1
	partOwners = partGaps + 3
)

// BlockerRow is a blocker's place in its deal's list and its JSON.
type BlockerRow struct {
	Pos  BlockerPos
	JSON []byte
}

// dueCount is a due date and how many open gaps and promises with one it is due.
type dueCount struct {
	day Date
	n   int
}

// promiseFacts is what the readiness reads of a promise, and its blocker
// when it has no answer.
type promiseFacts struct {
	title      string
	due        Date
	terms      []string // the words it uses that no agreed term defines
	unanswered *entry
}

// termUsers are the promises using a term not agreed (once per use, by
// id) and its blocker.
type termUsers struct {
	ids   []int64
	block *entry
}

// gapFacts is how an open gap counts: an unverified gap settles its
// promise; a suspect gap, or a critical or high gap without an owner or a
// due date, blocks; each counts in the deal list's figures.
type gapFacts struct {
	promise    int64
	unverified bool
	rank       int // into byRank, or -1
	block      *entry
	severity   int // Severity.Rank
	due        Date
}

// entry is a blocker with its JSON, which tells what a list changed. Its
// English sentence is made only when the readiness is asked for, which the
// store's writes seldom do: kept for every blocker of a big deal, the
// sentences were most of a megabyte.
type entry struct {
	b    Blocker
	json []byte
}

func newEntry(b Blocker) *entry {
	j, err := json.Marshal(b)
	if err != nil { // a blocker is plain values
		panic(err)
	}
	return &entry{b, j}
}

// newReadinessIndex indexes the readiness of the facts and gaps (promises
// and gaps in id order).
func newReadinessIndex(f Facts, gaps []Gap) *readinessIndex {
	x := &readinessIndex{promises: make(map[int64]promiseFacts, len(f.Promises)), terms: map[string]*termUsers{},
		gaps: map[int64]gapFacts{}, unverified: map[int64]int{}, fixed: map[BlockerPos]*entry{},
		openOf: map[int64]int{}, dues: map[int64]*dueCount{}}
	answered := make(map[int64]bool, len(f.Assessments))
	for _, a := range f.Assessments {
		answered[a.PromiseID] = true
	}
	gl := f.glossary()
	for _, p := range f.Promises {
		x.addPromise(gl, p, answered[p.ID])
	}
	titles := x.titles()
	for _, g := range gaps {
		x.addGap(g, titles)
	}
	x.orderTerms()
	return x
}

// titles gives a promise's title (or "" for none held).
func (x *readinessIndex) titles() func(int64) string {
	return func(id int64) string { return x.promises[id].title }
}

func (x *readinessIndex) addPromise(gl *Glossary, p Promise, answered bool) {
	pf := promiseFacts{title: p.Title, due: p.Due, terms: gl.InPromise(p)}
	if !answered {
		pf.unanswered = newEntry(Blocker{Kind: BlockUnanswered, Promise: p.Title, PromiseID: p.ID})
		x.unanswered = insertID(x.unanswered, p.ID)
	}
	for _, t := range pf.terms {
		k := TermKey(t)
		u := x.terms[k]
		if u == nil {
			u = &termUsers{}
			x.terms[k] = u
		}
		u.ids = insertID(u.ids, p.ID)
		u.block = nil
	}
	x.promises[p.ID] = pf
	if x.unverified[p.ID] > 0 {
		x.unsettled++
	}
	if x.openOf[p.ID] > 0 {
		x.countDue(p.Due, 1)
	}
}

func (x *readinessIndex) removePromise(id int64) {
	pf, ok := x.promises[id]
	if !ok {
		return
	}
	if pf.unanswered != nil {
		x.unanswered = removeID(x.unanswered, id)
	}
	for _, t := range pf.terms {
		k := TermKey(t)
		u := x.terms[k]
		u.ids = removeID(u.ids, id)
		u.block = nil
		if len(u.ids) == 0 {
			delete(x.terms, k)
		}
	}
	delete(x.promises, id)
	if x.unverified[id] > 0 {
		x.unsettled--
	}
	if x.openOf[id] > 0 {
		x.countDue(pf.due, -1)
	}
}

// countDue counts a due date n more times (unset dates are not counted).
func (x *readinessIndex) countDue(day Date, n int) {
	if day.IsZero() {
		return
	}
	k := day.t.Unix()
	c := x.dues[k]
	if c == nil {
		c = &dueCount{day: day}
		x.dues[k] = c
	}
	if c.n += n; c.n == 0 {
		delete(x.dues, k)
	}
}

// figures are the open gaps by severity rank and the next due date among
// the open gaps and the promises with one.
func (x *readinessIndex) figures() (open [4]int, next Date) {
	for _, c := range x.dues {
		if next.IsZero() || c.day.Before(next) {
			next = c.day
		}
	}
	return x.open, next
}

func (x *readinessIndex) addGap(g Gap, title func(int64) string) {
	if !g.Open() {
		return
	}
	gf := gapFacts{promise: g.PromiseID, unverified: g.Kind == KindUnverified, rank: -1, severity: g.Severity.Rank(), due: g.Due}
	if gf.severity >= 0 {
		x.open[gf.severity]++
	}
	x.countDue(g.Due, 1)
	if x.openOf[g.PromiseID]++; x.openOf[g.PromiseID] == 1 {
		if pf, ok := x.promises[g.PromiseID]; ok {
			x.countDue(pf.due, 1)
		}
	}
	if gf.unverified {
		if x.unverified[g.PromiseID]++; x.unverified[g.PromiseID] == 1 {
			if _, ok := x.promises[g.PromiseID]; ok {
				x.unsettled++
			}
		}
	}
	switch rank := g.Severity.Rank(); {
	case g.Kind == KindSuspect:
		gf.block = newEntry(Blocker{Kind: BlockSuspect, Promise: title(g.PromiseID), PromiseID: g.PromiseID, GapID: g.ID})
		x.suspect = insertID(x.suspect, g.ID)
	case rank <= SeverityHigh.Rank() && (g.Owner == 0 || g.Due.IsZero()):
		b := Blocker{Kind: BlockGap, Severity: g.Severity, GapKind: g.Kind, NoOwner: g.Owner == 0,
			NoDue: g.Due.IsZero(), Title: g.Title, PromiseID: g.PromiseID, GapID: g.ID}
		if g.Origin == OriginDerived {
			b.Diff = g.Diff
		}
		gf.block, gf.rank = newEntry(b), rank+1
		x.byRank[gf.rank] = insertID(x.byRank[gf.rank], g.ID)
	}
	x.gaps[g.ID] = gf
}

func (x *readinessIndex) removeGap(id int64) {
	gf, ok := x.gaps[id]
	if !ok {
		return
	}
	if gf.unverified {
		if x.unverified[gf.promise]--; x.unverified[gf.promise] == 0 {
			delete(x.unverified, gf.promise)
			if _, ok := x.promises[gf.promise]; ok {
				x.unsettled--
			}
		}
	}
	switch {
	case gf.rank >= 0:
		x.byRank[gf.rank] = removeID(x.byRank[gf.rank], id)
	case gf.block != nil:
		x.suspect = removeID(x.suspect, id)
	}
	if gf.severity >= 0 {
		x.open[gf.severity]--
	}
	x.countDue(gf.due, -1)
	if x.openOf[gf.promise]--; x.openOf[gf.promise] == 0 {
		delete(x.openOf, gf.promise)
		if pf, ok := x.promises[gf.promise]; ok {
			x.countDue(pf.due, -1)
		}
	}
	delete(x.gaps, id)
}

// update works the index out again for the promises (with their answers)
// and the gaps a write changed, with the derived gaps of those promises (a
// suspect gap's blocker names its promise) among the gaps; f and gaps are
// all the deal's, as after the write. The blockers of the terms those
// promises use are made again.
func (x *readinessIndex) update(f Facts, gaps []Gap, promises, changedGaps map[int64]bool) {
	gl := f.glossary()
	for id := range promises {
		x.removePromise(id)
		i, found := slices.BinarySearchFunc(f.Promises, id, func(p Promise, id int64) int { return cmp.Compare(p.ID, id) })
		if !found {
			continue
		}
		answered := slices.ContainsFunc(f.Assessments, func(a Assessment) bool { return a.PromiseID == id })
		x.addPromise(gl, f.Promises[i], answered)
	}
	title := x.titles()
	for id := range changedGaps {
		x.removeGap(id)
		if i, found := slices.BinarySearchFunc(gaps, id, func(g Gap, id int64) int { return cmp.Compare(g.ID, id) }); found {
			x.addGap(gaps[i], title)
		}
	}
	x.orderTerms()
}

// orderTerms makes the blockers of the terms whose users changed (those
// without one), and puts the terms in the order Assess finds them: by the
// first promise using each, then as that promise writes them.
func (x *readinessIndex) orderTerms() {
	type first struct {
		key string
		id  int64
		at  int
	}
	order := make([]first, 0, len(x.terms))
	for k, u := range x.terms {
		pf := x.promises[u.ids[0]]
		at := slices.IndexFunc(pf.terms, func(t string) bool { return TermKey(t) == k })
		order = append(order, first{k, u.ids[0], at})
		if u.block == nil {
			u.block = newEntry(Blocker{Kind: BlockTerm, Term: pf.terms[at], Promise: pf.title, Uses: len(u.ids),
				PromiseIDs: slices.Clone(u.ids)})
		}
	}
	slices.SortFunc(order, func(a, b first) int {
		if c := cmp.Compare(a.id, b.id); c != 0 {
			return c
		}
		return a.at - b.at
	})
	x.termOrder, x.termAt = x.termOrder[:0], x.termAt[:0]
	for _, o := range order {
		x.termOrder, x.termAt = append(x.termOrder, o.key), append(x.termAt, o.at)
	}
}

// list lists the blockers and works out the percent Assess gives, and
// returns the blockers that changed since the list before (all of them the
// first time) and the places of those no longer blockers.
func (x *readinessIndex) list(deal Deal) (set []BlockerRow, gone []BlockerPos) {
	list := make([]*entry, 0, len(x.entries))
	at := make([]BlockerPos, 0, len(x.at))
	j := 0 // into the list before, walked beside: both are in order
	add := func(pos BlockerPos, e *entry) {
		for j < len(x.at) && x.at[j].Compare(pos) < 0 {
			gone = append(gone, x.at[j])
			j++
		}
		if j < len(x.at) && x.at[j] == pos {
			if x.entries[j] != e {
				set = append(set, BlockerRow{pos, e.json})
			}
			j++
		} else {
			set = append(set, BlockerRow{pos, e.json})
		}
		list, at = append(list, e), append(at, pos)
	}
	fixed := func(pos BlockerPos, b Blocker) *entry {
		e := x.fixed[pos]
		if e == nil {
			e = newEntry(b)
			x.fixed[pos] = e
		}
		return e
	}
	if len(x.promises) == 0 {
		pos := BlockerPos{partNoPromises, 0, 0}
		add(pos, fixed(pos, Blocker{Kind: BlockNoPromises}))
	}
	for _, id := range x.unanswered {
		add(BlockerPos{partUnanswered, id, 0}, x.promises[id].unanswered)
	}
	for i, k := range x.termOrder {
		u := x.terms[k]
		add(BlockerPos{partTerms, u.ids[0], int64(x.termAt[i])}, u.block)
	}
	for _, id := range x.suspect {
		add(BlockerPos{partSuspect, id, 0}, x.gaps[id].block)
	}
	gapBlocks := len(x.suspect)
	for rank, ids := range x.byRank {
		gapBlocks += len(ids)
		for _, id := range ids {
			add(BlockerPos{partGaps + int64(rank), id, 0}, x.gaps[id].block)
		}
	}
	for i, role := range []Role{RoleSales, RolePresales, RoleDelivery} {
		if deal.Owner(role) == 0 {
			pos := BlockerPos{partOwners, int64(i), 0}
			add(pos, fixed(pos, Blocker{Kind: BlockOwner, Role: role}))
		}
	}
	gone = append(gone, x.at[j:]...)
	x.entries, x.at = list, at
	checks := 1 + 2*len(x.promises) + len(x.termOrder) + gapBlocks + 3
	pct := 100 * (checks - len(list) - x.unsettled) / checks
	if len(list) > 0 && pct > 99 {
		pct = 99
	}
	x.percent = max(pct, 0)
	return set, gone
}

// readiness is the readiness as last listed: what Assess gives.
func (x *readinessIndex) readiness() Readiness {
	r := Readiness{Percent: x.percent}
	if len(x.entries) > 0 {
		r.Reasons, r.Blockers = make([]Blocker, len(x.entries)), make([]string, len(x.entries))
		for i, e := range x.entries {
			r.Reasons[i], r.Blockers[i] = e.b, e.b.String()
		}
	}
	return r
}

// json is the JSON of the blockers as last listed.
func (x *readinessIndex) json() string {
	n := 2
	for _, e := range x.entries {
		n += len(e.json) + 1
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte('[')
	for i, e := range x.entries {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(e.json)
	}
	b.WriteByte(']')
	return b.String()
}

func insertID(ids []int64, id int64) []int64 {
	i, _ := slices.BinarySearch(ids, id)
	for i < len(ids) && ids[i] == id { // a term used twice by a promise is used twice
		i++
	}
	return slices.Insert(ids, i, id)
}

func removeID(ids []int64, id int64) []int64 {
	i, ok := slices.BinarySearch(ids, id)
	if !ok {
		return ids
	}
	j := i
	for j < len(ids) && ids[j] == id {
		j++
	}
	return slices.Delete(ids, i, j)
}
