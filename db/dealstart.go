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
