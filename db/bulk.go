package db

import (
	"context"

	"handoff/model"
)

// Bulk changes: several rows of one kind saved in one transaction, each
// checked like a single edit (its version, its people, its rules). One
// refused row refuses them all, and nothing is written; on success every
// row in the slice holds its new version.

// UpdateGaps saves several gaps at once, as UpdateGap saves one.
func (s *Store) UpdateGaps(ctx context.Context, gs []model.Gap) error {
	return updateAll(ctx, s, gs, model.Gap.ValidateChange, (*txn).updateGap)
}

// UpdatePromises saves several promises at once, as UpdatePromise saves one.
func (s *Store) UpdatePromises(ctx context.Context, ps []model.Promise) error {
	return updateAll(ctx, s, ps, model.Promise.Validate, (*txn).updatePromise)
}

// UpdateTerms saves several terms at once, as UpdateTerm saves one: agreeing
// several drafted terms with the same two people, say.
func (s *Store) UpdateTerms(ctx context.Context, ts []model.Term) error {
	return updateAll(ctx, s, ts, model.Term.Validate, (*txn).updateTerm)
}

// updateAll validates every value, then updates copies of them in one
// transaction, and hands the saved copies back only once it committed: a
// rolled-back write leaves the caller's versions as they were.
func updateAll[T any](ctx context.Context, s *Store, vs []T, validate func(T) error, update func(*txn, *T) error) error {
	for _, v := range vs {
		if err := validate(v); err != nil {
			return err
		}
	}
	saved := append([]T(nil), vs...)
	if err := s.write(ctx, func(t *txn) error {
		for i := range saved {
			if err := update(t, &saved[i]); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	copy(vs, saved)
	return nil
}
