package db

import (
	"context"

	"handoff/internal/i18n"
	"handoff/model"
)

var constraints = &table[model.Constraint]{
	name:    "constraints",
	entity:  "constraint",
	columns: []string{"deal_id", "text", "shared"},
	values:  func(c *model.Constraint) []any { return []any{c.DealID, c.Text, c.Shared} },
	dests:   func(c *model.Constraint) []any { return []any{&c.DealID, &c.Text, &c.Shared} },
	ids:     func(c *model.Constraint) (*int64, *int64) { return &c.ID, &c.Version },
	deal:    func(_ *txn, c *model.Constraint) (int64, error) { return c.DealID, nil },
}

// CreateConstraint records a delivery constraint on a deal.
func (s *Store) CreateConstraint(ctx context.Context, c *model.Constraint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	c.ID, c.Version = 0, 0
	return s.write(ctx, func(t *txn) error {
		if err := t.checkLiveDeal(c.DealID); err != nil {
			return err
		}
		return constraints.insert(t, c)
	})
}

// Constraints lists a deal's delivery constraints.
func (s *Store) Constraints(ctx context.Context, dealID int64) ([]model.Constraint, error) {
	return constraints.list(ctx, s.db, "deal_id = ?", "id", dealID)
}

// UpdateConstraint saves c if nobody changed it since it was read.
func (s *Store) UpdateConstraint(ctx context.Context, c *model.Constraint) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error {
		return constraints.update(t, c, sameDeal(func(c *model.Constraint) int64 { return c.DealID }))
	})
}

// DeleteConstraint removes a constraint.
func (s *Store) DeleteConstraint(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return constraints.remove(t, id, version) })
}

// RestoreConstraint undoes DeleteConstraint.
func (s *Store) RestoreConstraint(ctx context.Context, id int64) (model.Constraint, error) {
	var c model.Constraint
	err := s.write(ctx, func(t *txn) (err error) { c, err = constraints.restore(t, id); return err })
	return c, err
}

// sameDeal is an update check that refuses moving a row to another deal.
func sameDeal[T any](deal func(*T) int64) func(old T, v *T) error {
	return func(old T, v *T) error {
		if deal(&old) != deal(v) {
			return model.Invalid("deal", i18n.M("cannot move to another deal"))
		}
		return nil
	}
}
