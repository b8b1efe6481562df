package db

import (
	"context"

	"handoff/internal/i18n"
	"handoff/model"
)

var promises = &table[model.Promise]{
	name:   "promises",
	entity: "promise",
	columns: []string{"deal_id", "title", "detail", "category", "priority", "promised_by", "source",
		"source_ref", "made_on", "due", "problem", "budget_days", "verification", "revision"},
	values: func(p *model.Promise) []any {
		return []any{p.DealID, p.Title, p.Detail, p.Category, p.Priority, nullID(p.PromisedBy), p.Source,
			p.SourceRef, p.MadeOn.String(), p.Due.String(), p.Problem, p.BudgetDays, p.Verification, p.Revision}
	},
	dests: func(p *model.Promise) []any {
		return []any{&p.DealID, &p.Title, &p.Detail, enumDest[model.Category]{&p.Category, model.Categories},
			enumDest[model.Priority]{&p.Priority, model.Priorities}, idDest{&p.PromisedBy}, enumDest[model.Source]{&p.Source, model.Sources},
			&p.SourceRef, dateDest{&p.MadeOn}, dateDest{&p.Due}, &p.Problem, &p.BudgetDays,
			enumDest[model.Verification]{&p.Verification, model.Verifications}, &p.Revision}
	},
	ids:  func(p *model.Promise) (*int64, *int64) { return &p.ID, &p.Version },
	deal: func(_ *txn, p *model.Promise) (int64, error) { return p.DealID, nil },
}

// checkLiveDeal refuses a child row for a deal that does not exist.
func (t *txn) checkLiveDeal(id int64) error {
	var n int
	if err := t.queryRow("SELECT count(*) FROM deals WHERE id = ? AND deleted = 0", id).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return model.Invalid("deal", i18n.M("that deal does not exist"))
	}
	return nil
}

// CreatePromise adds a promise to its deal and sets its ID, Version and
// Revision.
func (s *Store) CreatePromise(ctx context.Context, p *model.Promise) error {
	if err := p.Validate(); err != nil {
		return err
	}
	p.ID, p.Version, p.Revision = 0, 0, 1
	return s.write(ctx, func(t *txn) error {
		if err := t.checkLiveDeal(p.DealID); err != nil {
			return err
		}
		if err := t.checkPeople("promised by", nil, p.PromisedBy); err != nil {
			return err
		}
		if err := promises.insert(t, p); err != nil {
			return err
		}
		return t.openChangeRequest(p)
	})
}

// Promise reads one promise.
func (s *Store) Promise(ctx context.Context, id int64) (model.Promise, error) {
	return promises.get(ctx, s.db, id)
}

// Promises lists a deal's promises in the order they were added.
func (s *Store) Promises(ctx context.Context, dealID int64) ([]model.Promise, error) {
	return promises.list(ctx, s.db, "deal_id = ?", "id", dealID)
}

// UpdatePromise saves p if nobody changed it since it was read. A change to
// what was promised raises its Revision, which makes an earlier answer from
// delivery suspect.
func (s *Store) UpdatePromise(ctx context.Context, p *model.Promise) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error { return t.updatePromise(p) })
}

// updatePromise is UpdatePromise inside a transaction.
func (t *txn) updatePromise(p *model.Promise) error {
	return promises.update(t, p, func(old model.Promise, p *model.Promise) error {
		if err := t.checkPeople("promised by", []int64{old.PromisedBy}, p.PromisedBy); err != nil {
			return err
		}
		if p.DealID != old.DealID {
			return model.Invalid("deal", i18n.M("a promise cannot move to another deal"))
		}
		p.Revision = old.Revision
		if !old.SameContent(*p) {
			p.Revision++
		}
		return nil
	})
}

// DeletePromise removes a promise; its derived gaps close themselves, and
// the change request it is goes with it.
func (s *Store) DeletePromise(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error {
		if err := promises.remove(t, id, version); err != nil {
			return err
		}
		return t.removeChangeRequest(id)
	})
}

// RestorePromise undoes DeletePromise, with its change request.
func (s *Store) RestorePromise(ctx context.Context, id int64) (model.Promise, error) {
	var p model.Promise
	err := s.write(ctx, func(t *txn) (err error) {
		if p, err = promises.restore(t, id); err != nil {
			return err
		}
		return t.restoreChangeRequest(id)
	})
	return p, err
}
