package db

import (
	"context"
	"database/sql"

	"handoff/model"
)

// DossierPart says what a dossier read by DossierStart holds of its deal's
// promises and gaps, and how many there are in all.
type DossierPart struct {
	Promises, Gaps, OpenGaps int
	// LatePromise and LateGap say whether a promise, or an open gap, is
	// overdue on the day given: the panes' due columns widen for it.
	LatePromise, LateGap bool
	// Refs is every promise's id in the order of their numbers in the
	// reports (P1 first).
	Refs []int64
}

// gapScreenOrder is the order the deal screen shows gaps in at first
// (ui.sortedGaps): open before closed, the worst first, dated before
// undated and the soonest first, then by id.
const gapScreenOrder = "CASE WHEN status IN ('" + string(model.GapResolved) + "', '" + string(model.GapAccepted) + "') THEN 1 ELSE 0 END," +
	" CASE severity WHEN '" + string(model.SeverityCritical) + "' THEN 0 WHEN '" + string(model.SeverityHigh) + "' THEN 1" +
	" WHEN '" + string(model.SeverityMedium) + "' THEN 2 WHEN '" + string(model.SeverityLow) + "' THEN 3 ELSE -1 END," +
	" due = '', due, id"

// DossierStart reads what the deal screen's first frame shows of a deal,
// in one read transaction. A deal of no more than n promises and n gaps is
// read whole, as Dossier reads it, and the part is nil. Of a bigger deal it
// reads the first n promises (as added) with their answers and the first n
// gaps in the screen's first order, the rest of the deal whole, and the
// readiness kept beside it; the part says how many there are in all. A deal
// whose readiness, sign-offs or scope need every row to show (no readiness
// kept as data, a sign-off, a change request) is read whole too, and seen
// is then the newest history event it reflects (as DossierSeen gives).
func (s *Store) DossierStart(ctx context.Context, dealID int64, n int, today model.Date) (d *model.Dossier, part *DossierPart, seen int64, err error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, 0, mapErr(err)
	}
	defer tx.Rollback()
	d, part, err = dossierStart(ctx, tx, dealID, n, today, &s.hub.blockers)
	if err != nil || part != nil {
		return d, part, 0, err
	}
	seen, err = newestEvent(ctx, tx)
	return d, nil, seen, err
}

// dossierStart is DossierStart in the read transaction tx.
func dossierStart(ctx context.Context, tx *sql.Tx, dealID int64, n int, today model.Date, memo *blockerMemo) (*model.Dossier, *DossierPart, error) {
	part, err := dossierPart(ctx, tx, dealID, today)
	if err != nil {
		return nil, nil, err
	}
	r, err := storedReadiness(ctx, tx, dealID, memo)
	if err != nil {
		return nil, nil, err
	}
	var whole bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM signoffs WHERE deal_id = ? AND deleted = 0)"+
		" OR EXISTS (SELECT 1 FROM change_requests WHERE deal_id = ? AND deleted = 0)", dealID, dealID).Scan(&whole); err != nil {
		return nil, nil, mapErr(err)
	}
	if whole || r == nil || (part.Promises <= n && part.Gaps <= n) {
		d, err := fullDossier(ctx, tx, dealID, memo)
		return d, nil, err
	}
	deal, err := deals.get(ctx, tx, dealID)
	if err != nil {
		return nil, nil, err
	}
	d := &model.Dossier{Deal: deal}
	if d.Promises, err = promises.list(ctx, tx, "deal_id = ?", "id LIMIT ?", dealID, n); err != nil {
		return nil, nil, err
	}
	if d.Assessments, err = assessments.list(ctx, tx,
		"promise_id IN (SELECT id FROM promises WHERE deal_id = ? AND deleted = 0 ORDER BY id LIMIT ?)", "promise_id", dealID, n); err != nil {
		return nil, nil, err
	}
	if d.Gaps, err = gaps.list(ctx, tx, "deal_id = ?", gapScreenOrder+" LIMIT ?", dealID, n); err != nil {
		return nil, nil, err
	}
	if d.Terms, err = terms.list(ctx, tx, "deal_id = ?", "term COLLATE NOCASE, id", dealID); err != nil {
		return nil, nil, err
	}
	if d.Dismissed, err = dismissedWords.list(ctx, tx, "deal_id = ?", "id", dealID); err != nil {
		return nil, nil, err
	}
	if err := completeDossier(ctx, tx, d, r); err != nil {
		return nil, nil, err
	}
	return d, part, nil
}

// dossierPart counts a deal's promises and gaps, lists its promises' ids
// and finds whether any is late today: one pass over each.
func dossierPart(ctx context.Context, q querier, dealID int64, today model.Date) (*DossierPart, error) {
	part := &DossierPart{}
	day := today.String()
	rows, err := q.QueryContext(ctx, "SELECT id, due != '' AND due < ? FROM promises WHERE deal_id = ? AND deleted = 0 ORDER BY id", day, dealID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var late bool
		if err := rows.Scan(&id, &late); err != nil {
			return nil, mapErr(err)
		}
		part.Refs = append(part.Refs, id)
		part.LatePromise = part.LatePromise || late
	}
	if err := rows.Err(); err != nil {
		return nil, mapErr(err)
	}
	part.Promises = len(part.Refs)
	if err := q.QueryRowContext(ctx, "SELECT count(*), count(*) FILTER (WHERE status NOT IN (?, ?)),"+
		" count(*) FILTER (WHERE status NOT IN (?, ?) AND due != '' AND due < ?) > 0 FROM gaps WHERE deal_id = ? AND deleted = 0",
		model.GapResolved, model.GapAccepted, model.GapResolved, model.GapAccepted, day, dealID).
		Scan(&part.Gaps, &part.OpenGaps, &part.LateGap); err != nil {
		return nil, mapErr(err)
	}
	return part, nil
}
