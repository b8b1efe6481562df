package db

import (
	"context"

	"handoff/model"
)

// Reads of single rows by id, beside the lists in each type's file.

// AssessmentByID reads one answer by its own id.
func (s *Store) AssessmentByID(ctx context.Context, id int64) (model.Assessment, error) {
	return assessments.get(ctx, s.db, id)
}

// Constraint reads one constraint.
func (s *Store) Constraint(ctx context.Context, id int64) (model.Constraint, error) {
	return constraints.get(ctx, s.db, id)
}

// Term reads one glossary entry.
func (s *Store) Term(ctx context.Context, id int64) (model.Term, error) {
	return terms.get(ctx, s.db, id)
}

// Decision reads one decision.
func (s *Store) Decision(ctx context.Context, id int64) (model.Decision, error) {
	return decisions.get(ctx, s.db, id)
}

// SignOffByID reads one sign-off.
func (s *Store) SignOffByID(ctx context.Context, id int64) (model.SignOff, error) {
	return signOffs.get(ctx, s.db, id)
}
