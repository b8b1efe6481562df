package db

import (
	"context"
	"database/sql"
	"errors"

	"handoff/internal/i18n"
	"handoff/model"
)

// After the handoff: baselines, change requests and outcomes.

var baselines = &table[model.Baseline]{
	name:    "baselines",
	entity:  "baseline",
	columns: []string{"deal_id", "taken_at", "snapshot"},
	values: func(b *model.Baseline) []any {
		return []any{b.DealID, formatTime(b.TakenAt), jsonValue(b.Snapshot)}
	},
	dests: func(b *model.Baseline) []any {
		return []any{&b.DealID, timeDest{&b.TakenAt}, jsonDest{&b.Snapshot}}
	},
	ids:  func(b *model.Baseline) (*int64, *int64) { return &b.ID, &b.Version },
	deal: func(_ *txn, b *model.Baseline) (int64, error) { return b.DealID, nil },
}

var changeRequests = &table[model.ChangeRequest]{
	name:    "change_requests",
	entity:  "change_request",
	columns: []string{"deal_id", "promise_id", "relayed_by", "asked_by", "status", "reason", "decision_id", "present", "decided_at"},
	values: func(c *model.ChangeRequest) []any {
		present := c.Present
		if present == nil {
			present = []int64{}
		}
		return []any{c.DealID, c.PromiseID, nullID(c.RelayedBy), c.AskedBy, c.Status, c.Reason, nullID(c.DecisionID),
			jsonValue(present), formatTime(c.DecidedAt)}
	},
	dests: func(c *model.ChangeRequest) []any {
		return []any{&c.DealID, &c.PromiseID, idDest{&c.RelayedBy}, &c.AskedBy, &c.Status, &c.Reason, idDest{&c.DecisionID},
			jsonDest{&c.Present}, timeDest{&c.DecidedAt}}
	},
	ids:  func(c *model.ChangeRequest) (*int64, *int64) { return &c.ID, &c.Version },
	deal: func(_ *txn, c *model.ChangeRequest) (int64, error) { return c.DealID, nil },
}

var outcomes = &table[model.Outcome]{
	name:   "outcomes",
	entity: "outcome",
	columns: []string{"deal_id", "promise_id", "outcome", "on_date", "days_late", "note", "change_request_id", "decision_id",
		"recorded_by", "recorded_at"},
	values: func(o *model.Outcome) []any {
		return []any{o.DealID, o.PromiseID, o.Kind, o.On.String(), o.DaysLate, o.Note, nullID(o.ChangeRequestID),
			nullID(o.DecisionID), o.RecordedBy, formatTime(o.RecordedAt)}
	},
	dests: func(o *model.Outcome) []any {
		return []any{&o.DealID, &o.PromiseID, &o.Kind, dateDest{&o.On}, &o.DaysLate, &o.Note, idDest{&o.ChangeRequestID},
			idDest{&o.DecisionID}, &o.RecordedBy, timeDest{&o.RecordedAt}}
	},
	ids:  func(o *model.Outcome) (*int64, *int64) { return &o.ID, &o.Version },
	deal: func(_ *txn, o *model.Outcome) (int64, error) { return o.DealID, nil },
}

// loadKept reads a deal's outcomes into d, and its latest baseline when
// baseline is set.
func loadKept(ctx context.Context, q querier, d *model.Dossier, baseline bool) error {
	if baseline {
		bs, err := baselines.list(ctx, q, "deal_id = ?", "taken_at DESC, id DESC LIMIT 1", d.Deal.ID)
		if err != nil {
			return err
		}
		d.Baseline = nil
		if len(bs) > 0 {
			d.Baseline = &bs[0]
		}
	}
	var err error
	d.Outcomes, err = outcomes.list(ctx, q, "deal_id = ?", "id", d.Deal.ID)
	return err
}

// takeBaseline records the deal as it stands as its baseline when every
// role has signed it so and it differs from the baseline it has.
func (t *txn) takeBaseline(dealID int64) error {
	d, err := fullDossier(t.ctx, t.tx, dealID, &t.s.hub.blockers)
	if err != nil {
		return err
	}
	if len(model.RolesToSign(d)) > 0 {
		return nil
	}
	b := model.TakeBaseline(d, t.now)
	if d.Baseline != nil && d.Baseline.Snapshot.Same(b.Snapshot) {
		return nil
	}
	return baselines.insert(t, &b)
}

// Baseline is the deal's latest baseline; false before every role signed.
func (s *Store) Baseline(ctx context.Context, dealID int64) (model.Baseline, bool, error) {
	bs, err := baselines.list(ctx, s.db, "deal_id = ?", "taken_at DESC, id DESC LIMIT 1", dealID)
	if err != nil || len(bs) == 0 {
		return model.Baseline{}, false, err
	}
	return bs[0], true, nil
}

// hasBaseline reports whether every role has signed the deal once.
func (t *txn) hasBaseline(dealID int64) (bool, error) {
	var n int
	err := t.queryRow("SELECT count(*) FROM baselines WHERE deal_id = ? AND deleted = 0", dealID).Scan(&n)
	return n > 0, err
}

// CreateChangeRequest records a promise the customer asked for after the
// baseline, with who relayed it and who asked: the promise starts as only
// heard, and the request open. The deal must have a baseline.
func (s *Store) CreateChangeRequest(ctx context.Context, p *model.Promise, c *model.ChangeRequest) error {
	p.Verification = model.VerificationHeard
	if err := p.Validate(); err != nil {
		return err
	}
	p.ID, p.Version, p.Revision = 0, 0, 1
	c.ID, c.Version, c.DealID, c.Status = 0, 0, p.DealID, model.ChangeOpen
	return s.write(ctx, func(t *txn) error {
		if err := t.checkLiveDeal(p.DealID); err != nil {
			return err
		}
		ok, err := t.hasBaseline(p.DealID)
		if err != nil {
			return err
		}
		if !ok {
			return model.Invalid("deal", i18n.M("has no baseline yet: every role must sign off first"))
		}
		if err := t.checkPeople("promised by", nil, p.PromisedBy); err != nil {
			return err
		}
		if err := t.checkPeople("relayed by", nil, c.RelayedBy); err != nil {
			return err
		}
		if err := promises.insert(t, p); err != nil {
			return err
		}
		c.PromiseID = p.ID
		if err := c.Validate(); err != nil {
			return err
		}
		return changeRequests.insert(t, c)
	})
}

// openChangeRequest makes a promise added to a deal with a baseline a
// change request, relayed by whoever made the promise.
func (t *txn) openChangeRequest(p *model.Promise) error {
	ok, err := t.hasBaseline(p.DealID)
	if err != nil || !ok {
		return err
	}
	c := model.ChangeRequest{DealID: p.DealID, PromiseID: p.ID, RelayedBy: p.PromisedBy, Status: model.ChangeOpen}
	return changeRequests.insert(t, &c)
}

// ChangeRequests lists a deal's change requests, oldest first.
func (s *Store) ChangeRequests(ctx context.Context, dealID int64) ([]model.ChangeRequest, error) {
	return changeRequests.list(ctx, s.db, "deal_id = ?", "id", dealID)
}

// DecideChangeRequest accepts, rejects or defers a change request with a
// reason. An acceptance needs someone from the selling side and someone
// from delivery present, and is recorded as a decision of the deal too
// (decided by the first person present); the baseline is not moved: the
// roles the change concerns sign again.
func (s *Store) DecideChangeRequest(ctx context.Context, c *model.ChangeRequest) error {
	return s.write(ctx, func(t *txn) error {
		old, err := changeRequests.get(t.ctx, t.tx, c.ID)
		if err != nil {
			return err
		}
		if old.Version != c.Version {
			return model.ErrConflict
		}
		if err := t.checkPeople("present", nil, c.Present...); err != nil {
			return err
		}
		people, err := directory(t.ctx, t.tx)
		if err != nil {
			return err
		}
		if err := c.CheckDecision(people); err != nil {
			return err
		}
		next := old
		next.Status, next.Reason, next.Present, next.DecidedAt = c.Status, c.Reason, c.Present, t.now
		// Decided again: the decision an earlier acceptance recorded no
		// longer stands (an acceptance again records its own).
		if err := t.removeDecision(old.DecisionID); err != nil {
			return err
		}
		next.DecisionID = 0
		if c.Status == model.ChangeAccepted {
			p, err := promises.get(t.ctx, t.tx, old.PromiseID)
			if err != nil {
				return err
			}
			dec := model.Decision{DealID: old.DealID, Text: "Change request accepted: " + p.Title + " — " + c.Reason,
				DecidedAt: t.now}
			if len(c.Present) > 0 {
				dec.DecidedBy = c.Present[0]
			}
			if err := dec.Validate(); err != nil {
				return err
			}
			if err := decisions.insert(t, &dec); err != nil {
				return err
			}
			next.DecisionID = dec.ID
		}
		if err := changeRequests.update(t, &next, nil); err != nil {
			return err
		}
		*c = next
		return nil
	})
}

// removeDecision deletes the decision of that id (0: none) if it is
// still there.
func (t *txn) removeDecision(id int64) error {
	if id == 0 {
		return nil
	}
	dec, err := decisions.get(t.ctx, t.tx, id)
	switch {
	case errors.Is(err, model.ErrNotFound):
		return nil
	case err != nil:
		return err
	}
	return decisions.remove(t, dec.ID, dec.Version)
}

// RecordOutcome records what became of a promise, replacing an outcome
// recorded before. The deal must be in delivery. A promise kept late gets
// its days late from its due date; one changed or dropped by agreement is
// linked to its change request, or else to the deal's latest decision.
func (s *Store) RecordOutcome(ctx context.Context, promiseID int64, kind model.OutcomeKind, on model.Date, note string) (model.Outcome, error) {
	var o model.Outcome
	err := s.write(ctx, func(t *txn) error {
		p, err := promises.get(t.ctx, t.tx, promiseID)
		if err != nil {
			return err
		}
		deal, err := deals.get(t.ctx, t.tx, p.DealID)
		if err != nil {
			return err
		}
		if deal.Stage != model.StageDelivery {
			return model.InvalidMsg("deal", i18n.Msg("is not in delivery yet (stage %s)", i18n.WordOf("stage", string(deal.Stage))))
		}
		if on.IsZero() {
			on = model.DateOf(t.now)
		}
		if kind == model.OutcomeLate {
			if err := model.CheckLate(p, on); err != nil {
				return err
			}
		}
		o = model.NewOutcome(p, kind, on)
		o.Note, o.RecordedBy, o.RecordedAt = note, s.Actor, t.now
		if kind == model.OutcomeChanged || kind == model.OutcomeDropped {
			var cr, dec sql.NullInt64
			_ = t.queryRow("SELECT id FROM change_requests WHERE promise_id = ? AND deleted = 0", p.ID).Scan(&cr)
			o.ChangeRequestID = cr.Int64
			if cr.Int64 == 0 {
				_ = t.queryRow("SELECT id FROM decisions WHERE deal_id = ? AND deleted = 0 ORDER BY decided_at DESC, id DESC LIMIT 1",
					p.DealID).Scan(&dec)
				o.DecisionID = dec.Int64
			}
		}
		if err := o.Validate(); err != nil {
			return err
		}
		old, err := outcomes.list(t.ctx, t.tx, "promise_id = ?", "id", p.ID)
		if err != nil {
			return err
		}
		if len(old) > 0 {
			o.ID, o.Version = old[0].ID, old[0].Version
			return outcomes.update(t, &o, nil)
		}
		return outcomes.insert(t, &o)
	})
	return o, err
}

// KeptPromises lists every live deal's promises in scope with what became
// of them, for the count of promises made against promises kept.
func (s *Store) KeptPromises(ctx context.Context) ([]model.KeptPromise, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, mapErr(err)
	}
	defer tx.Rollback()
	ds, err := deals.list(ctx, tx, "archived = 0", "id")
	if err != nil {
		return nil, err
	}
	var out []model.KeptPromise
	for _, deal := range ds {
		if !deal.Stage.AtLeast(model.StageHandoff) || deal.Stage == model.StageLost {
			continue
		}
		d, err := loadDossier(ctx, tx, deal.ID, false)
		if err != nil {
			return nil, err
		}
		if err := loadKept(ctx, tx, d, true); err != nil {
			return nil, err
		}
		out = append(out, model.KeptPromises(d)...)
	}
	return out, nil
}
