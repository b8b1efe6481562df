package db

import (
	"context"

	"handoff/model"
)

// Sign records a person's sign-off on a deal's handoff as it stands: the
// hash of the report and of each of its sections, read in the same
// transaction that writes the sign-off, so what was signed is exactly what
// was there. The sign-off keeps who recorded it (the store's actor) and how
// many blockers the deal had, read in that same transaction.
func (s *Store) Sign(ctx context.Context, dealID, personID int64, role model.Role) (model.SignOff, error) {
	var so model.SignOff
	err := s.write(ctx, func(t *txn) error {
		d, err := fullDossier(t.ctx, t.tx, dealID, &t.s.hub.blockers)
		if err != nil {
			return err
		}
		overall, sections := model.ReportHash(d)
		so = model.SignOff{DealID: dealID, PersonID: personID, Role: role, SignedAt: t.now,
			ReportHash: overall, Sections: sections, RecordedBy: s.Actor, Blockers: len(d.Readiness().Blockers)}
		if err := so.Validate(); err != nil {
			return err
		}
		if err := t.checkPeople("person", nil, personID); err != nil {
			return err
		}
		if err := signOffs.insert(t, &so); err != nil {
			return err
		}
		return t.takeBaseline(dealID)
	})
	return so, err
}

var signOffs = &table[model.SignOff]{
	name:    "signoffs",
	entity:  "signoff",
	columns: []string{"deal_id", "person_id", "role", "signed_at", "report_hash", "sections", "recorded_by", "blockers"},
	values: func(s *model.SignOff) []any {
		sections := s.Sections
		if sections == nil {
			sections = map[string]string{}
		}
		return []any{s.DealID, s.PersonID, s.Role, formatTime(s.SignedAt), s.ReportHash, jsonValue(sections),
			s.RecordedBy, s.Blockers}
	},
	dests: func(s *model.SignOff) []any {
		return []any{&s.DealID, &s.PersonID, &s.Role, timeDest{&s.SignedAt}, &s.ReportHash, jsonDest{&s.Sections},
			&s.RecordedBy, &s.Blockers}
	},
	ids: func(s *model.SignOff) (*int64, *int64) {
		return &s.ID, &s.Version
	},
	deal: func(_ *txn, s *model.SignOff) (int64, error) { return s.DealID, nil },
}

// SignOff records a person's signature on the deal's handoff; SignedAt
// defaults to now.
func (s *Store) SignOff(ctx context.Context, so *model.SignOff) error {
	if err := so.Validate(); err != nil {
		return err
	}
	so.ID, so.Version = 0, 0
	if so.Sections == nil {
		so.Sections = map[string]string{}
	}
	if so.SignedAt.IsZero() {
		so.SignedAt = s.now()
	}
	if so.RecordedBy == "" {
		so.RecordedBy = s.Actor
	}
	return s.write(ctx, func(t *txn) error {
		if err := t.checkLiveDeal(so.DealID); err != nil {
			return err
		}
		if err := t.checkPeople("person", nil, so.PersonID); err != nil {
			return err
		}
		if err := signOffs.insert(t, so); err != nil {
			return err
		}
		return t.takeBaseline(so.DealID)
	})
}

// SignOffs lists a deal's sign-offs, oldest first.
func (s *Store) SignOffs(ctx context.Context, dealID int64) ([]model.SignOff, error) {
	return signOffs.list(ctx, s.db, "deal_id = ?", "signed_at, id", dealID)
}

// WithdrawSignOff removes a sign-off.
func (s *Store) WithdrawSignOff(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return signOffs.remove(t, id, version) })
}

// RestoreSignOff undoes WithdrawSignOff.
func (s *Store) RestoreSignOff(ctx context.Context, id int64) (model.SignOff, error) {
	var so model.SignOff
	err := s.write(ctx, func(t *txn) (err error) { so, err = signOffs.restore(t, id); return err })
	return so, err
}
