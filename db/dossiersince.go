package db

import (
	"context"
	"database/sql"

	"handoff/model"
)

// A viewer reads again what changed, not the whole deal. Every write that
// changes a promise, an answer or a gap leaves a line of history naming
// it (the one exception, a derived gap's difference filled in where nothing
// shown of the gap changes, rides on a change to its promise), so a screen
// that holds a deal as read at one history event can be brought up to the
// file as it is now by reading the rows the newer events name: for the
// 10,000-promise deal a few rows instead of 40,000. What the rules read
// for every promise — the deal, its terms, its dismissed words, the watch
// list — and anything the history does not name row by row (an import, a
// line of a kind this file does not know) reads the deal whole, as does
// a change too big to be worth it. The small parts (decisions, sign-offs,
// constraints, confirmations, change requests, outcomes, the directory) are
// read again whole every time: a few rows each. TestIncrementalEqualsFull
// holds the result to a fresh read after every random change.

// DossierSeen reads a deal whole as Dossier does, with the id of the
// newest history event it reflects, for DossierSince.
func (s *Store) DossierSeen(ctx context.Context, dealID int64) (*model.Dossier, int64, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, mapErr(err)
	}
	defer tx.Rollback()
	return s.wholeDossier(ctx, tx, dealID)
}

// wholeDossier reads a deal whole in the read transaction tx, as
// fullDossier does, with the newest history event it reflects; with the
// rows the store lends of the deal as of that event, when it lends them.
func (s *Store) wholeDossier(ctx context.Context, tx querier, dealID int64) (*model.Dossier, int64, error) {
	seen, err := newestEvent(ctx, tx)
	if err != nil {
		return nil, 0, err
	}
	var d *model.Dossier
	if lent := s.hub.lentAt(dealID, seen); lent != nil {
		s.hub.viewLent.Add(1)
		d, err = lentDossier(ctx, tx, lent, &s.hub.blockers)
	} else {
		d, err = fullDossier(ctx, tx, dealID, &s.hub.blockers)
	}
	return d, seen, err
}

// lentDossier is the deal whole as fullDossier reads it, its promises,
// answers and gaps those lent rather than read again.
func lentDossier(ctx context.Context, q querier, lent *lentRows, memo *blockerMemo) (*model.Dossier, error) {
	d := &model.Dossier{Promises: orNil(lent.promises), Assessments: orNil(lent.assessments), Gaps: orNil(lent.gaps)}
	var err error
	if d.Deal, err = deals.get(ctx, q, lent.deal); err != nil {
		return nil, err
	}
	if err := readTerms(ctx, q, d); err != nil {
		return nil, err
	}
	if d.ChangeRequests, err = changeRequests.list(ctx, q, "deal_id = ?", "id", lent.deal); err != nil {
		return nil, err
	}
	r, err := storedReadiness(ctx, q, lent.deal, memo)
	if err != nil {
		return nil, err
	}
	return d, completeDossier(ctx, q, d, r)
}

// DossierSince brings held, a deal as DossierSeen or DossierSince read it
// at history event since, up to the file as it is now, and gives the id of
// the newest event it reflects. held is not changed: the dossier returned
// is a new one, or held itself when nothing was written since that it
// shows.
func (s *Store) DossierSince(ctx context.Context, held *model.Dossier, since int64) (*model.Dossier, int64, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, mapErr(err)
	}
	defer tx.Rollback()
	seen, err := newestEvent(ctx, tx)
	if err != nil || seen == since {
		return held, seen, err
	}
	dealID := held.Deal.ID
	c, err := changedSince(ctx, tx, dealID, since)
	if err != nil {
		return nil, 0, err
	}
	switch {
	case c.lines == 0:
		return held, seen, nil // written elsewhere: nothing of this deal changed
	case c.whole:
		return s.wholeDossier(ctx, tx, dealID)
	}
	s.hub.viewParts.Add(1)
	d := held.Copy()
	if d.Deal, err = deals.get(ctx, tx, dealID); err != nil {
		return nil, 0, err
	}
	switch lent := s.hub.lentAt(dealID, seen); {
	case lent != nil:
		// This process's write left these rows, and nothing was written
		// since: the viewer shares them with the store rather than holding
		// a copy of its own.
		s.hub.viewLent.Add(1)
		d.Promises, d.Assessments, d.Gaps = lent.promises, lent.assessments, lent.gaps
	case len(c.promises) > 0 || len(c.gaps) > 0:
		if _, _, _, err := readChanged(ctx, tx, d, &c.dealChange); err != nil {
			return nil, 0, err
		}
	}
	// as a read gives them: no list where there are no rows
	d.Promises, d.Assessments, d.Gaps = orNil(d.Promises), orNil(d.Assessments), orNil(d.Gaps)
	if d.ChangeRequests, err = changeRequests.list(ctx, tx, "deal_id = ?", "id", dealID); err != nil {
		return nil, 0, err
	}
	if err := loadSides(ctx, tx, d, c.baseline); err != nil {
		return nil, 0, err
	}
	r, err := storedReadiness(ctx, tx, dealID, &s.hub.blockers)
	if err != nil {
		return nil, 0, err
	}
	if r != nil {
		setReadiness(d, *r)
	}
	if d.People, err = directory(ctx, tx); err != nil {
		return nil, 0, err
	}
	return d, seen, nil
}

// readTerms reads d's deal's terms and dismissed words, as loadDossier
// does.
func readTerms(ctx context.Context, q querier, d *model.Dossier) error {
	var err error
	if d.Terms, err = terms.list(ctx, q, "deal_id = ?", "term COLLATE NOCASE, id", d.Deal.ID); err != nil {
		return err
	}
	d.Dismissed, err = dismissedWords.list(ctx, q, "deal_id = ?", "id", d.Deal.ID)
	return err
}

// newestEvent is the id of the newest line of history.
func newestEvent(ctx context.Context, q querier) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM events").Scan(&id)
	return id, mapErr(err)
}

// sinceChange is what the history since an event says changed in a deal,
// for a viewer.
type sinceChange struct {
	dealChange
	lines    int  // lines of history that concern the deal
	whole    bool // read the deal whole
	baseline bool // its baseline was taken again
}

// changedSince reads the history after event since that concerns the
// deal: the deal's own lines and those of no deal (the directory, the
// watch list, keys).
func changedSince(ctx context.Context, q querier, dealID, since int64) (sinceChange, error) {
	c := sinceChange{dealChange: dealChange{promises: map[int64]bool{}, gaps: map[int64]bool{}}}
	rows, err := q.QueryContext(ctx, "SELECT deal_id IS NULL, entity, entity_id FROM events"+
		" WHERE (deal_id = ? OR deal_id IS NULL) AND id > ? ORDER BY id LIMIT ?", dealID, since, partMost+1)
	if err != nil {
		return c, mapErr(err)
	}
	defer rows.Close()
	answers := map[int64]bool{}
	for rows.Next() {
		var undealt bool
		var entity string
		var id int64
		if err := rows.Scan(&undealt, &entity, &id); err != nil {
			return c, mapErr(err)
		}
		if c.lines++; c.lines > partMost {
			c.whole = true
			return c, nil
		}
		switch {
		case undealt && (entity == people.entity || entity == "key"):
			// the directory is read again; keys show nowhere in a deal
		case undealt:
			c.whole = true // the watch list, or a line of a kind not known here
		case entity == promises.entity:
			c.promises[id] = true
		case entity == assessments.entity:
			answers[id] = true
		case entity == gaps.entity:
			c.gaps[id] = true
		case entity == baselines.entity:
			c.baseline = true
		case entity == decisions.entity || entity == signOffs.entity || entity == constraints.entity ||
			entity == confirmations.entity || entity == changeRequests.entity || entity == outcomes.entity:
			// read again whole: a few rows
		default:
			c.whole = true // the deal itself, its terms or dismissed words: what every promise's rules read
		}
	}
	if err := rows.Err(); err != nil {
		return c, mapErr(err)
	}
	if c.whole || len(answers) == 0 {
		return c, nil
	}
	// An answer's line names the answer; the rows are kept by promise.
	list, args := inIDs(answers)
	prows, err := q.QueryContext(ctx, "SELECT DISTINCT promise_id FROM assessments WHERE id IN "+list, args...)
	if err != nil {
		return c, mapErr(err)
	}
	defer prows.Close()
	for prows.Next() {
		var id int64
		if err := prows.Scan(&id); err != nil {
			return c, mapErr(err)
		}
		c.promises[id] = true
	}
	return c, mapErr(prows.Err())
}

// orNil is rows, or nil when there are none.
func orNil[T any](rows []T) []T {
	if len(rows) == 0 {
		return nil
	}
	return rows
}
