package db

import (
	"context"

	"handoff/internal/i18n"
	"handoff/model"
)

var decisions = &table[model.Decision]{
	name:    "decisions",
	entity:  "decision",
	columns: []string{"deal_id", "gap_id", "text", "decided_by", "decided_at", "shared"},
	values: func(d *model.Decision) []any {
		return []any{d.DealID, nullID(d.GapID), d.Text, nullID(d.DecidedBy), formatTime(d.DecidedAt), d.Shared}
	},
	dests: func(d *model.Decision) []any {
		return []any{&d.DealID, idDest{&d.GapID}, &d.Text, idDest{&d.DecidedBy}, timeDest{&d.DecidedAt}, &d.Shared}
	},
	ids:  func(d *model.Decision) (*int64, *int64) { return &d.ID, &d.Version },
	deal: func(_ *txn, d *model.Decision) (int64, error) { return d.DealID, nil },
}

func (t *txn) checkDecision(d *model.Decision, kept ...int64) error {
	if err := t.checkLiveDeal(d.DealID); err != nil {
		return err
	}
	if d.GapID != 0 {
		var deal int64
		err := t.queryRow("SELECT deal_id FROM gaps WHERE id = ? AND deleted = 0", d.GapID).Scan(&deal)
		if err != nil || deal != d.DealID {
			return model.Invalid("gap", i18n.M("that gap is not on this deal"))
		}
	}
	return t.checkPeople("decided by", kept, d.DecidedBy)
}

// CreateDecision records a decision; DecidedAt defaults to now.
func (s *Store) CreateDecision(ctx context.Context, d *model.Decision) error {
	if err := d.Validate(); err != nil {
		return err
	}
	d.ID, d.Version = 0, 0
	if d.DecidedAt.IsZero() {
		d.DecidedAt = s.now()
	}
	return s.write(ctx, func(t *txn) error {
		if err := t.checkDecision(d); err != nil {
			return err
		}
		return decisions.insert(t, d)
	})
}

// Decisions lists a deal's decisions in the order they were made.
func (s *Store) Decisions(ctx context.Context, dealID int64) ([]model.Decision, error) {
	return decisions.list(ctx, s.db, "deal_id = ?", "decided_at, id", dealID)
}

// UpdateDecision saves a changed decision if nobody changed it meanwhile.
func (s *Store) UpdateDecision(ctx context.Context, d *model.Decision) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error {
		return decisions.update(t, d, func(old model.Decision, d *model.Decision) error {
			if err := t.checkDecision(d, old.DecidedBy); err != nil {
				return err
			}
			return sameDeal(func(d *model.Decision) int64 { return d.DealID })(old, d)
		})
	})
}

// DeleteDecision removes a decision.
func (s *Store) DeleteDecision(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return decisions.remove(t, id, version) })
}

// RestoreDecision undoes DeleteDecision.
func (s *Store) RestoreDecision(ctx context.Context, id int64) (model.Decision, error) {
	var d model.Decision
	err := s.write(ctx, func(t *txn) (err error) { d, err = decisions.restore(t, id); return err })
	return d, err
}
