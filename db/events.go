package db

import (
	"context"

	"handoff/model"
)

// History lists the events of one deal, newest first, at most limit of them
// (all when limit <= 0).
func (s *Store) History(ctx context.Context, dealID int64, limit int) ([]model.Event, error) {
	return s.events(ctx, "WHERE deal_id = ?", limit, dealID)
}

// Events lists every event, newest first, at most limit (all when <= 0).
func (s *Store) Events(ctx context.Context, limit int) ([]model.Event, error) {
	return s.events(ctx, "", limit)
}

func (s *Store) events(ctx context.Context, where string, limit int, args ...any) ([]model.Event, error) {
	query := "SELECT id, deal_id, actor, at, entity, entity_id, action, before, after FROM events " + where + " ORDER BY id DESC"
	if limit > 0 {
		query += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []model.Event
	for rows.Next() {
		var e model.Event
		if err := rows.Scan(&e.ID, idDest{&e.DealID}, &e.Actor, timeDest{&e.At}, &e.Entity, &e.EntityID,
			&e.Action, &e.Before, &e.After); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, e)
	}
	return out, mapErr(rows.Err())
}
