package db

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"strings"

	"handoff/model"
)

// refreshDirty brings the derived gaps and the summary of every deal this
// transaction touched up to date, inside the same transaction: in part
// when this process holds the deal's rows and only some promises, answers
// and gaps changed (refreshPart), in full otherwise.
func (t *txn) refreshDirty() error {
	if len(t.dirty) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(t.dirty))
	for id := range t.dirty {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	var watch []string
	for _, id := range ids {
		c := t.dirty[id]
		if !c.all && len(c.promises)+len(c.gaps) <= partMost {
			if d := t.held(id); d != nil {
				if err := t.refreshPart(d, c); err != nil {
					return err
				}
				continue
			}
		}
		if watch == nil {
			user, err := watchWords.list(t.ctx, t.tx, "", "id")
			if err != nil {
				return err
			}
			watch = model.WatchWords(user)
		}
		if err := t.refresh(id, watch); err != nil {
			return err
		}
	}
	return nil
}

// held is a deal's rows as this transaction or the hub holds them, nil when
// neither does.
func (t *txn) held(dealID int64) *model.Dossier {
	if d, ok := t.keep[dealID]; ok {
		return d
	}
	d, own := t.s.hub.take(dealID)
	t.ownLists(dealID, own)
	return d
}

// ownLists records which of a deal's lists held this transaction may
// change in place.
func (t *txn) ownLists(dealID int64, own *ownLists) {
	if t.own == nil {
		t.own = map[int64]*ownLists{}
	}
	t.own[dealID] = own
}

// reconcilePlan is what the gap rules would change in the stored gaps of
// the deal in d, watching for the team's words as well as the built-in ones.
func reconcilePlan(d *model.Dossier, watch []string) model.Plan {
	d.Watch = watch
	live := make(map[int64]bool, len(d.Promises))
	for _, p := range d.Promises {
		live[p.ID] = true
	}
	return model.Reconcile(d.Deal.ID, d.Gaps, model.Derive(d.Facts()), live)
}

// refresh reconciles one deal's derived gaps with its facts and stores the
// deal's summary figures.
func (t *txn) refresh(dealID int64, watch []string) error {
	var d *model.Dossier
	var plan model.Plan
	a, ok := t.planned(dealID, watch)
	if ok && a.assessed {
		t.keep[dealID] = a.d
		t.ownLists(dealID, &ownLists{true, true, true}) // read by this transaction
		return t.storeSummary(a.d, nil)
	}
	if ok {
		d, plan = a.d, a.plan
	} else {
		var err error
		d, err = loadHolding(t.ctx, t.tx, dealID, false, t.made[dealID], t.madeGaps[dealID])
		if err == model.ErrNotFound {
			t.keep[dealID] = nil
			return nil // the deal itself was deleted: leave its gaps as they were
		}
		if err != nil {
			return err
		}
		plan = reconcilePlan(d, watch)
	}
	var err error
	if len(plan.Change) == 0 && len(plan.Fill) == 0 && len(plan.Create) >= overlapFrom {
		if err := t.writeWhileReassessing(d, plan); err != nil {
			return err
		}
	} else {
		if err := t.applyPlan(plan); err != nil {
			return err
		}
		switch {
		case len(plan.Change) == 0 && len(plan.Fill) == 0:
			// new gaps alone, as stored: their ids come after every id held
			d.Gaps = append(d.Gaps, plan.Create...)
		case !plan.Empty():
			if d.Gaps, err = gaps.list(t.ctx, t.tx, "deal_id = ?", "id", dealID); err != nil {
				return err
			}
		}
		d.Reassess(nil, nil)
	}
	t.keep[dealID] = d
	t.ownLists(dealID, &ownLists{true, true, true}) // read by this transaction
	return t.storeSummary(d, nil)
}

// ahead is a deal's refresh worked out on another core before its time
// (see planAhead).
type ahead struct {
	d     *model.Dossier
	watch []string
	plan  model.Plan
	// assessed is set when the plan changed nothing and d's readiness was
	// worked out too.
	assessed bool
	done     chan struct{}
}

// planAhead starts working out, on another core while SQLite stores the
// rows, what the rules make of a deal this transaction made, from the
// promises and gaps it holds (see hold, holdGaps) and the rows stored: the
// deal's refresh takes it (see planned). The caller makes sure every row
// the refresh reads of the deal is stored or held by now and that none
// changes before the refresh; the held rows have their ids. assess works
// the readiness out too when the plan changes nothing.
func (t *txn) planAhead(dealID int64, assess bool) error {
	d, err := loadHolding(t.ctx, t.tx, dealID, false, t.made[dealID], t.madeGaps[dealID])
	if err != nil {
		return err
	}
	user, err := watchWords.list(t.ctx, t.tx, "", "id")
	if err != nil {
		return err
	}
	a := &ahead{d: d, watch: model.WatchWords(user), done: make(chan struct{})}
	go func() {
		defer close(a.done)
		a.plan = reconcilePlan(a.d, a.watch)
		if assess && a.plan.Empty() {
			a.d.Reassess(nil, nil)
			a.assessed = true
		}
	}()
	if t.ahead == nil {
		t.ahead = map[int64]*ahead{}
	}
	t.ahead[dealID] = a
	return nil
}

// planned is what planAhead worked out for the deal, once done, if it was
// worked out with the same watch words.
func (t *txn) planned(dealID int64, watch []string) (*ahead, bool) {
	a := t.ahead[dealID]
	if a == nil {
		return nil, false
	}
	delete(t.ahead, dealID)
	<-a.done
	return a, slices.Equal(a.watch, watch)
}

// overlapFrom is how many new gaps make a refresh work out the deal's
// readiness on another core while SQLite writes them: an import's
// thousands, where each half takes a tenth of a second or more. A variable
// so the tests can overlap small imports.
var overlapFrom = 1000

// writeWhileReassessing stores a plan of new gaps alone while another
// goroutine works out the readiness of the deal with them: the gaps get
// their ids first, the ones insertAll would give them, so the deal holds
// them as stored. Nothing the one half touches the other reads.
func (t *txn) writeWhileReassessing(d *model.Dossier, plan model.Plan) error {
	if err := gaps.assignIDs(t, plan.Create); err != nil {
		return err
	}
	d.Gaps = append(d.Gaps, plan.Create...) // a copy: insertAll keeps to plan.Create
	done := make(chan struct{})
	go func() {
		defer close(done)
		d.Reassess(nil, nil)
	}()
	err := t.applyPlan(plan)
	<-done
	return err
}

// applyPlan writes what reconciliation decided.
func (t *txn) applyPlan(plan model.Plan) error {
	if err := gaps.insertAll(t, plan.Create); err != nil {
		return err
	}
	for _, c := range plan.Change {
		if err := t.applyGapChange(c); err != nil {
			return err
		}
	}
	for _, g := range plan.Fill {
		// No new version and no event: nothing shown of the gap changes.
		if _, err := t.exec(fillDiffSQL, append(diffValues(g.Diff), g.ID, g.Version)...); err != nil {
			return err
		}
	}
	return nil
}

// applyGapChange writes a change the rules made to a gap, with its event:
// "resolve" when the rules closed it, "reopen" when its cause came back,
// "refresh" for a new title or default severity.
func (t *txn) applyGapChange(c model.GapChange) error {
	a := c.After
	args := append([]any{a.Title, a.Severity, a.Status, a.Resolution, a.AutoResolved}, diffValues(a.Diff)...)
	_, err := t.exec(`UPDATE gaps SET title = ?, severity = ?, status = ?, resolution = ?, auto_resolved = ?, `+diffSets+`,
		version = version + 1 WHERE id = ? AND version = ?`, append(args, a.ID, a.Version)...)
	if err != nil {
		return err
	}
	a.Version++
	action := "refresh"
	switch {
	case a.AutoResolved && !c.Before.AutoResolved:
		action = "resolve"
	case c.Before.AutoResolved && !a.AutoResolved:
		action = "reopen"
	}
	return t.event(a.DealID, gaps.entity, a.ID, action, c.Before, a)
}

// storeSummary keeps the deal list's figures beside the deal. c is what
// the transaction changed when d was refreshed in part, nil when in full.
func (t *txn) storeSummary(d *model.Dossier, c *dealChange) error {
	percent, blockers := d.ReadinessFigures()
	open, next := d.OpenFigures()
	changed, err := t.signOffChanged(d, c)
	if err != nil {
		return err
	}
	if err := t.storeBlockers(d); err != nil {
		return err
	}
	_, err = t.exec(`UPDATE deals SET readiness = ?, blockers = ?, open_critical = ?, open_high = ?,
		open_medium = ?, open_low = ?, next_due = ?, signoff_changed = ? WHERE id = ?`,
		percent, blockers, open[0], open[1], open[2], open[3], next.String(), changed, d.Deal.ID)
	return err
}

// storeBlockers keeps the deal's blockers beside it, one row each, writing
// the rows that changed alone: those the readiness worked out by difference
// says, or, when it was worked out whole, those unlike the rows stored.
func (t *txn) storeBlockers(d *model.Dossier) error {
	dealID := d.Deal.ID
	set, gone, whole := d.BlockerRows()
	if whole {
		stored, err := t.storedBlockers(dealID)
		if err != nil {
			return err
		}
		fresh := set[:0:0]
		for _, row := range set {
			if was, ok := stored[row.Pos]; !ok || was != string(row.JSON) {
				fresh = append(fresh, row)
			}
			delete(stored, row.Pos)
		}
		set = fresh
		for pos := range stored {
			gone = append(gone, pos)
		}
	}
	for _, pos := range gone {
		if _, err := t.exec("DELETE FROM blockers WHERE deal_id = ? AND part = ? AND ref = ? AND sub = ?",
			dealID, pos.Part, pos.Ref, pos.Sub); err != nil {
			return err
		}
	}
	// many rows a statement: a new deal's list is thousands long
	for len(set) > 0 {
		n := min(len(set), blockersAtOnce)
		args := make([]any, 0, 5*n)
		for _, row := range set[:n] {
			args = append(args, dealID, row.Pos.Part, row.Pos.Ref, row.Pos.Sub, string(row.JSON))
		}
		values := strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?), ", n), ", ")
		if _, err := t.exec("INSERT OR REPLACE INTO blockers (deal_id, part, ref, sub, blocker) VALUES "+values, args...); err != nil {
			return err
		}
		set = set[n:]
	}
	return nil
}

// blockersAtOnce is how many blockers one statement writes: as many as
// maxVariables allows, five values each.
const blockersAtOnce = maxVariables / 5

// storedBlockers are the rows of the deal's blockers, by place.
func (t *txn) storedBlockers(dealID int64) (map[model.BlockerPos]string, error) {
	rows, err := t.tx.QueryContext(t.ctx, "SELECT part, ref, sub, blocker FROM blockers WHERE deal_id = ?", dealID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[model.BlockerPos]string{}
	for rows.Next() {
		var pos model.BlockerPos
		var b string
		if err := rows.Scan(&pos.Part, &pos.Ref, &pos.Sub, &b); err != nil {
			return nil, err
		}
		out[pos] = b
	}
	return out, rows.Err()
}

// signOffChanged reports whether a signed deal's report changed since its
// latest sign-off. Only signed deals pay for it. After a refresh in part
// (c), the deal's Drift from the write before tells it from the rows that
// changed; otherwise, or when the
// change reaches further, the report is worked out whole from the rows d
// holds already (as loadDossier reads them) and the rest, and gives the
// Drift for the next write.
func (t *txn) signOffChanged(d *model.Dossier, c *dealChange) (bool, error) {
	dealID := d.Deal.ID
	t.drift[dealID] = nil
	var n int
	if err := t.queryRow("SELECT count(*) FROM signoffs WHERE deal_id = ? AND deleted = 0", dealID).Scan(&n); err != nil || n == 0 {
		return false, err
	}
	if x := t.s.hub.drift[dealID]; x != nil && c != nil {
		delete(t.s.hub.drift, dealID) // changed in place: back only once this commits
		if changed, ok := x.Update(d, c.promises, c.read); ok {
			t.drift[dealID] = x
			t.s.hub.drifts++
			return changed, nil
		}
	}
	full := *d
	// the readiness just worked out; the stored one is not written yet
	r := d.Readiness()
	if err := completeDossier(t.ctx, t.tx, &full, &r); err != nil {
		return false, err
	}
	x, changed := model.NewDrift(&full)
	t.drift[dealID] = x
	return len(changed) > 0, nil
}

// diffMigration ends the name of the migration that added the gaps'
// difference column.
const diffMigration = "_gap_difference.sql"

// fillDiffs gives the derived gaps of every deal their difference, inside the
// migration that added the column, so an upgraded file shows every gap as a
// new one would. Only the difference is written (plan.Fill): opening a file
// makes no event and no new version. A gap whose title the rules would
// change as well gets its difference with that change, at its deal's next write.
func fillDiffs(ctx context.Context, tx *sql.Tx) error {
	user, err := watchWords.list(ctx, tx, "", "id")
	if err != nil {
		return err
	}
	watch := model.WatchWords(user)
	all, err := deals.list(ctx, tx, "", "id")
	if err != nil {
		return err
	}
	for _, deal := range all {
		d, err := loadDossier(ctx, tx, deal.ID, false)
		if err != nil {
			return err
		}
		for _, g := range reconcilePlan(d, watch).Fill {
			if _, err := tx.ExecContext(ctx, fillDiffSQL, append(diffValues(g.Diff), g.ID, g.Version)...); err != nil {
				return err
			}
		}
	}
	return nil
}

// fillDiffSQL writes a derived gap's difference alone (plan.Fill).
var fillDiffSQL = `UPDATE gaps SET ` + diffSets + ` WHERE id = ? AND version = ?`
