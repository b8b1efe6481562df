package db

import (
	"context"
	"database/sql"

	"handoff/model"
)

// agendaGaps picks the gaps on a person's agenda (?1). Each branch of the OR
// is found through an index (the owner's, the deal's), so SQLite reads only
// the gaps that can be on it.
const agendaGaps = `status IN ('open', 'in_progress') AND (owner = ?1
	OR (kind = 'unassessed' AND deal_id IN (SELECT id FROM deals WHERE delivery_owner = ?1))
	OR (kind = 'undefined_term' AND deal_id IN (SELECT id FROM deals WHERE sales_owner = ?1 OR presales_owner = ?1)))`

// AgendaSource reads, in one read transaction, what a person's agenda is
// worked out from (model.Agenda): the open gaps they own, and on the deals
// they own a role on those waiting for an answer or an agreed term; the
// deals of those gaps and the person's other deals; the titles of the
// gaps' promises; and the person's sign-offs. The gaps are found through
// their owner and their deal, never by reading every gap; which deals
// count (not archived) is for model.Agenda to say.
func (s *Store) AgendaSource(ctx context.Context, personID int64) (model.AgendaSource, error) {
	var src model.AgendaSource
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return src, mapErr(err)
	}
	defer tx.Rollback()
	if src.Person, err = people.get(ctx, tx, personID); err != nil {
		return src, err
	}
	if src.Gaps, err = gaps.list(ctx, tx, agendaGaps, "id", personID); err != nil {
		return src, err
	}
	var dealIDs, promiseIDs []int64
	for _, g := range src.Gaps {
		dealIDs = append(dealIDs, g.DealID)
		if g.PromiseID != 0 {
			promiseIDs = append(promiseIDs, g.PromiseID)
		}
	}
	if src.Deals, err = deals.list(ctx, tx, `archived = 0 AND (sales_owner = ?1 OR presales_owner = ?1
		OR delivery_owner = ?1 OR id IN (SELECT value FROM json_each(?2)))`, "id", personID, jsonValue(dealIDs)); err != nil {
		return src, err
	}
	// A promise's number is its place among its deal's live promises in
	// the order they were added, as the reports number them (P1 first).
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.title, (SELECT COUNT(*) FROM promises q
		WHERE q.deal_id = p.deal_id AND q.deleted = 0 AND q.id <= p.id)
		FROM promises p WHERE p.deleted = 0 AND p.id IN (SELECT value FROM json_each(?))`,
		jsonValue(promiseIDs))
	if err != nil {
		return src, mapErr(err)
	}
	defer rows.Close()
	src.Promises = make(map[int64]string, len(promiseIDs))
	src.PromiseNumbers = make(map[int64]int, len(promiseIDs))
	for rows.Next() {
		var id int64
		var title string
		var n int
		if err := rows.Scan(&id, &title, &n); err != nil {
			return src, mapErr(err)
		}
		src.Promises[id], src.PromiseNumbers[id] = title, n
	}
	if err := rows.Err(); err != nil {
		return src, mapErr(err)
	}
	src.SignOffs, err = signOffs.list(ctx, tx, "person_id = ?", "id", personID)
	return src, err
}
