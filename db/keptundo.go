package db

import (
	"context"
	"database/sql"
	"errors"

	"handoff/model"
)

// Taking back what the app records after the handoff: a decision on a
// change request, and an outcome. Each refuses when the row changed since
// (someone else, another window), as the other undos do. A change request
// goes and comes back with its promise.

// UndecideChangeRequest puts a change request decided as decided back as
// it was before (open, or an earlier decision), deletes the decision an
// acceptance recorded and brings back the one an earlier acceptance had.
// decided gets the stored result.
func (s *Store) UndecideChangeRequest(ctx context.Context, decided *model.ChangeRequest, before model.ChangeRequest) error {
	return s.write(ctx, func(t *txn) error {
		cur, err := changeRequests.get(t.ctx, t.tx, decided.ID)
		if err != nil {
			return err
		}
		if cur.Version != decided.Version {
			return model.ErrConflict
		}
		if cur.DecisionID != before.DecisionID {
			if err := t.removeDecision(cur.DecisionID); err != nil {
				return err
			}
			// An acceptance decided again took its decision away: it
			// comes back with it.
			if before.DecisionID != 0 {
				if _, err := decisions.restore(t, before.DecisionID); err != nil && !errors.Is(err, model.ErrNotFound) {
					return err
				}
			}
		}
		next := cur
		next.Status, next.Reason, next.Present = before.Status, before.Reason, before.Present
		next.DecisionID, next.DecidedAt = before.DecisionID, before.DecidedAt
		if err := changeRequests.update(t, &next, nil); err != nil {
			return err
		}
		*decided = next
		return nil
	})
}

// UndoOutcome takes back the outcome recorded: the promise has the
// outcome it had before again, or none when before is nil.
func (s *Store) UndoOutcome(ctx context.Context, recorded model.Outcome, before *model.Outcome) error {
	return s.write(ctx, func(t *txn) error {
		cur, err := outcomes.get(t.ctx, t.tx, recorded.ID)
		if err != nil {
			return err
		}
		if cur.Version != recorded.Version {
			return model.ErrConflict
		}
		if before == nil {
			return outcomes.remove(t, cur.ID, cur.Version)
		}
		v := *before
		v.ID, v.Version = cur.ID, cur.Version
		return outcomes.update(t, &v, nil)
	})
}

// removeChangeRequest deletes the change request a promise is, as the
// promise is deleted: a request without its promise would still be
// listed, and offered for a decision.
func (t *txn) removeChangeRequest(promiseID int64) error {
	cs, err := changeRequests.list(t.ctx, t.tx, "promise_id = ?", "id", promiseID)
	if err != nil {
		return err
	}
	for _, c := range cs {
		if err := changeRequests.remove(t, c.ID, c.Version); err != nil {
			return err
		}
	}
	return nil
}

// restoreChangeRequest brings back the change request deleted with a
// promise, when the promise comes back.
func (t *txn) restoreChangeRequest(promiseID int64) error {
	var id sql.NullInt64
	err := t.queryRow("SELECT id FROM change_requests WHERE promise_id = ? AND deleted = 1 ORDER BY id DESC LIMIT 1", promiseID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !id.Valid) {
		return nil
	}
	if err != nil {
		return err
	}
	_, err = changeRequests.restore(t, id.Int64)
	return err
}
