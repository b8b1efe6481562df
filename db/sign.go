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
		d, err := fullDossier(t.ctx, t.tx, dealID)
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
		return signOffs.insert(t, &so)
	})
	return so, err
}
