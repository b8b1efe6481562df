package db

import (
	"context"
	"database/sql"
	"strings"

	"handoff/model"
)

// The deal list's first screen is read ahead of the rest of the list. A
// deal's summary figures (open gaps, next due) sit after the blockers
// stored beside it, so reading them walks every deal's overflow pages; its
// id, name and archived flag come before them and cost little, and so does
// whether it changed since its sign-off (a 0 or 1 is kept in the row's
// header, not in its body).

// DealName is what the deal list's order, counts and footer need of a deal.
type DealName struct {
	ID             int64
	Name           string
	Archived       bool
	SignOffChanged bool
}

// DealsStart is the deal list's first screen: every deal's name and the
// summaries of the few deals shown first.
type DealsStart struct {
	// Names is every deal not deleted, in the order of DealSummaries.
	Names []DealName
	// Deals is the summaries of the deals chosen, in the same order.
	Deals []model.DealSummary
}

// DealsStart reads the deal list's first screen in one read transaction:
// pick chooses, from every deal's name, the deals whose summaries it needs.
func (s *Store) DealsStart(ctx context.Context, pick func([]DealName) []int64) (DealsStart, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return DealsStart{}, mapErr(err)
	}
	defer tx.Rollback()
	var out DealsStart
	if out.Names, err = dealNames(ctx, tx); err != nil {
		return DealsStart{}, err
	}
	if ids := pick(out.Names); len(ids) > 0 {
		marks := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
		args := make([]any, len(ids))
		for i, id := range ids {
			args[i] = id
		}
		if out.Deals, err = dealSummaries(ctx, tx, "AND id IN ("+marks+")", args...); err != nil {
			return DealsStart{}, err
		}
	}
	return out, nil
}

// dealNames reads every deal's id, name, archived flag and sign-off flag.
func dealNames(ctx context.Context, q querier) ([]DealName, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, name, archived, signoff_changed FROM deals WHERE deleted = 0"+summaryOrder)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []DealName
	for rows.Next() {
		var n DealName
		if err := rows.Scan(&n.ID, &n.Name, &n.Archived, &n.SignOffChanged); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, n)
	}
	return out, mapErr(rows.Err())
}

// DealSummariesSeen is DealSummaries with the newest history event it
// reflects, in one read transaction: DealChanges takes the list on from
// there.
func (s *Store) DealSummariesSeen(ctx context.Context) ([]model.DealSummary, int64, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, 0, mapErr(err)
	}
	defer tx.Rollback()
	seen, err := latestEvent(ctx, tx)
	if err != nil {
		return nil, 0, err
	}
	list, err := dealSummaries(ctx, tx, "")
	return list, seen, err
}

// maxChangedDeals is how many changed deals DealChanges reads by id; more
// than that, and the whole list is read again.
const maxChangedDeals = 200

// DealChanges reads the summaries of the deals the history shows changed
// after the event since, and the ids of those deleted meanwhile, with the
// newest event they reflect. whole says the changes cannot be told deal by
// deal — a change to no deal in particular (the directory, the watch list),
// too many deals, or a history that went back (the file was replaced) — and
// the whole list must be read again.
func (s *Store) DealChanges(ctx context.Context, since int64) (changed []model.DealSummary, gone []int64, seen int64, whole bool, err error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, 0, false, mapErr(err)
	}
	defer tx.Rollback()
	if seen, err = latestEvent(ctx, tx); err != nil || seen < since || since == 0 {
		return nil, nil, seen, true, err
	}
	// By the events' ids: the index on the deal would walk every event.
	rows, err := tx.QueryContext(ctx, "SELECT DISTINCT deal_id FROM events NOT INDEXED WHERE id > ? LIMIT ?", since, maxChangedDeals+1)
	if err != nil {
		return nil, nil, 0, false, mapErr(err)
	}
	defer rows.Close()
	var ids []any
	for rows.Next() {
		var id sql.NullInt64
		if err := rows.Scan(&id); err != nil {
			return nil, nil, 0, false, mapErr(err)
		}
		if !id.Valid {
			return nil, nil, seen, true, nil
		}
		ids = append(ids, id.Int64)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, 0, false, mapErr(err)
	}
	if len(ids) > maxChangedDeals {
		return nil, nil, seen, true, nil
	}
	if len(ids) == 0 {
		return nil, nil, seen, false, nil
	}
	marks := strings.TrimSuffix(strings.Repeat("?,", len(ids)), ",")
	if changed, err = dealSummaries(ctx, tx, "AND id IN ("+marks+")", ids...); err != nil {
		return nil, nil, 0, false, err
	}
	found := make(map[int64]bool, len(changed))
	for _, d := range changed {
		found[d.Deal.ID] = true
	}
	for _, id := range ids {
		if !found[id.(int64)] {
			gone = append(gone, id.(int64))
		}
	}
	return changed, gone, seen, false, nil
}

// latestEvent is the id of the newest history event, 0 when there is none.
func latestEvent(ctx context.Context, q querier) (int64, error) {
	var id sql.NullInt64
	if err := q.QueryRowContext(ctx, "SELECT max(id) FROM events").Scan(&id); err != nil {
		return 0, mapErr(err)
	}
	return id.Int64, nil
}
