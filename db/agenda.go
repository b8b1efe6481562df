package db

import (
	"context"
	"database/sql"

	"handoff/model"
)

// agendaGaps is the condition on gaps that puts one on person ?1's agenda:
// open, on a live deal not archived, and owned by them — or, by their role
// on the deal, a promise without delivery's answer (delivery owner) or
// with terms not agreed (sales or presales owner).
const agendaGaps = `status IN ('open', 'in_progress')
	AND deal_id IN (SELECT id FROM deals WHERE deleted = 0 AND archived = 0)
	AND (owner = ?1
		OR (kind = 'unassessed' AND deal_id IN (SELECT id FROM deals WHERE delivery_owner = ?1))
		OR (kind = 'undefined_term' AND deal_id IN (SELECT id FROM deals WHERE sales_owner = ?1 OR presales_owner = ?1)))`

// AgendaSource reads, in one read transaction, what a person's agenda is
// worked out from (model.Agenda): their open gaps and those theirs by role
// across every deal not archived, the titles of those gaps' promises, the
// deals, and the sign-offs of the deals at handoff they own a role on.
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
	if src.Deals, err = deals.list(ctx, tx, `archived = 0 AND (sales_owner = ?1 OR presales_owner = ?1 OR delivery_owner = ?1
		OR id IN (SELECT deal_id FROM gaps WHERE deleted = 0 AND `+agendaGaps+`))`, "id", personID); err != nil {
		return src, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, title FROM promises WHERE deleted = 0
		AND id IN (SELECT promise_id FROM gaps WHERE deleted = 0 AND `+agendaGaps+`)`, personID)
	if err != nil {
		return src, mapErr(err)
	}
	defer rows.Close()
	src.Promises = map[int64]string{}
	for rows.Next() {
		var id int64
		var title string
		if err := rows.Scan(&id, &title); err != nil {
			return src, mapErr(err)
		}
		src.Promises[id] = title
	}
	if err := rows.Err(); err != nil {
		return src, mapErr(err)
	}
	src.SignOffs, err = signOffs.list(ctx, tx, `person_id = ?1 AND deal_id IN (SELECT id FROM deals
		WHERE deleted = 0 AND stage = 'handoff' AND (sales_owner = ?1 OR presales_owner = ?1 OR delivery_owner = ?1))`,
		"id", personID)
	return src, err
}
