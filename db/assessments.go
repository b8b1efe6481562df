package db

import (
	"context"

	"handoff/internal/i18n"
	"handoff/model"
)

var assessments = &table[model.Assessment]{
	name:   "assessments",
	entity: "assessment",
	columns: []string{"promise_id", "fit", "can_do", "effort_days", "earliest", "confidence",
		"assessed_by", "assessed_at", "promise_revision"},
	values: func(a *model.Assessment) []any {
		return []any{a.PromiseID, a.Fit, a.CanDo, a.EffortDays, a.Earliest.String(), a.Confidence,
			nullID(a.AssessedBy), formatTime(a.AssessedAt), a.PromiseRevision}
	},
	dests: func(a *model.Assessment) []any {
		return []any{&a.PromiseID, enumDest[model.Fit]{&a.Fit, model.Fits}, &a.CanDo, &a.EffortDays, dateDest{&a.Earliest},
			enumDest[model.Confidence]{&a.Confidence, model.Confidences},
			idDest{&a.AssessedBy}, timeDest{&a.AssessedAt}, &a.PromiseRevision}
	},
	ids:  func(a *model.Assessment) (*int64, *int64) { return &a.ID, &a.Version },
	deal: func(t *txn, a *model.Assessment) (int64, error) { return t.promiseDeal(a.PromiseID) },
}

// promiseDeal is the deal a promise belongs to.
func (t *txn) promiseDeal(promiseID int64) (int64, error) {
	var deal int64
	err := t.queryRow("SELECT deal_id FROM promises WHERE id = ?", promiseID).Scan(&deal)
	return deal, err
}

// answering stamps an assessment as delivery's answer to the promise as it
// stands now.
func (t *txn) answering(a *model.Assessment, kept ...int64) error {
	var rev int
	err := t.queryRow("SELECT revision FROM promises WHERE id = ? AND deleted = 0", a.PromiseID).Scan(&rev)
	if err != nil {
		return mapErr(err)
	}
	a.PromiseRevision = rev
	a.AssessedAt = t.now
	return t.checkPeople("assessed by", kept, a.AssessedBy)
}

// CreateAssessment records delivery's answer to a promise that has none.
// It answers the promise's current revision, now.
func (s *Store) CreateAssessment(ctx context.Context, a *model.Assessment) error {
	if err := a.Validate(); err != nil {
		return err
	}
	a.ID, a.Version = 0, 0
	return s.write(ctx, func(t *txn) error {
		if err := t.answering(a); err != nil {
			return err
		}
		return assessments.insert(t, a)
	})
}

// Assessment reads delivery's answer to a promise (ErrNotFound when none).
func (s *Store) Assessment(ctx context.Context, promiseID int64) (model.Assessment, error) {
	rows, err := assessments.list(ctx, s.db, "promise_id = ?", "", promiseID)
	if err != nil {
		return model.Assessment{}, err
	}
	if len(rows) == 0 {
		return model.Assessment{}, model.ErrNotFound
	}
	return rows[0], nil
}

// Assessments lists the answers to a deal's promises.
func (s *Store) Assessments(ctx context.Context, dealID int64) ([]model.Assessment, error) {
	return assessments.list(ctx, s.db,
		"promise_id IN (SELECT id FROM promises WHERE deal_id = ? AND deleted = 0)", "promise_id", dealID)
}

// UpdateAssessment saves a changed answer; like a new one, it answers the
// promise as it stands now, which clears a suspect gap.
func (s *Store) UpdateAssessment(ctx context.Context, a *model.Assessment) error {
	if err := a.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error {
		return assessments.update(t, a, func(old model.Assessment, a *model.Assessment) error {
			if a.PromiseID != old.PromiseID {
				return model.Invalid("promise", i18n.M("an answer cannot move to another promise"))
			}
			return t.answering(a, old.AssessedBy)
		})
	})
}

// DeleteAssessment removes delivery's answer.
func (s *Store) DeleteAssessment(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return assessments.remove(t, id, version) })
}

// RestoreAssessment undoes DeleteAssessment.
func (s *Store) RestoreAssessment(ctx context.Context, id int64) (model.Assessment, error) {
	var a model.Assessment
	err := s.write(ctx, func(t *txn) (err error) { a, err = assessments.restore(t, id); return err })
	return a, err
}
