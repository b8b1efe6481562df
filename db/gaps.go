package db

import (
	"context"
	"errors"
	"strings"

	"handoff/internal/i18n"
	"handoff/model"
)

var gaps = &table[model.Gap]{
	name:   "gaps",
	entity: "gap",
	columns: append([]string{"deal_id", "promise_id", "kind", "title", "severity", "severity_set", "owner",
		"due", "status", "resolution", "origin", "auto_resolved", "shared"}, diffColumns...),
	values: func(g *model.Gap) []any {
		return append([]any{g.DealID, nullID(g.PromiseID), g.Kind, g.Title, g.Severity, g.SeveritySet, nullID(g.Owner),
			g.Due.String(), g.Status, g.Resolution, g.Origin, g.AutoResolved, g.Shared}, diffValues(g.Diff)...)
	},
	dests: func(g *model.Gap) []any {
		return append([]any{&g.DealID, idDest{&g.PromiseID}, enumDest[model.GapKind]{&g.Kind, model.GapKinds}, &g.Title,
			enumDest[model.Severity]{&g.Severity, model.Severities}, &g.SeveritySet, idDest{&g.Owner}, dateDest{&g.Due},
			enumDest[model.GapStatus]{&g.Status, model.GapStatuses}, &g.Resolution, enumDest[model.Origin]{&g.Origin, model.Origins},
			&g.AutoResolved, &g.Shared}, diffDests(&g.Diff)...)
	},
	ids:  func(g *model.Gap) (*int64, *int64) { return &g.ID, &g.Version },
	deal: func(_ *txn, g *model.Gap) (int64, error) { return g.DealID, nil },
}

// diffColumns hold a derived gap's difference (model.Difference), one
// column a field, so reading a big deal's gaps decodes no JSON.
var diffColumns = []string{"diff_promise", "diff_fit", "diff_can_do", "diff_due", "diff_earliest", "diff_days_late",
	"diff_effort_days", "diff_budget_days", "diff_verification", "diff_stage", "diff_terms"}

// diffValues are the values of diffColumns for d.
func diffValues(d model.Difference) []any {
	terms := ""
	if len(d.Terms) > 0 {
		terms = jsonValue(d.Terms)
	}
	return []any{d.Promise, d.Fit, d.CanDo, d.Due.String(), d.Earliest.String(), d.DaysLate,
		d.EffortDays, d.BudgetDays, d.Verification, d.Stage, terms}
}

// diffDests scan diffColumns into d.
func diffDests(d *model.Difference) []any {
	return []any{&d.Promise, enumDest[model.Fit]{&d.Fit, model.Fits}, &d.CanDo, dateDest{&d.Due}, dateDest{&d.Earliest}, &d.DaysLate,
		&d.EffortDays, &d.BudgetDays, enumDest[model.Verification]{&d.Verification, model.Verifications},
		enumDest[model.Stage]{&d.Stage, model.Stages}, termsDest{&d.Terms}}
}

// termsDest scans the JSON list of a difference's terms; ” is none.
type termsDest struct{ p *[]string }

func (d termsDest) Scan(src any) error {
	if s, ok := src.(string); ok && s == "" {
		*d.p = nil
		return nil
	}
	return jsonDest{d.p}.Scan(src)
}

// diffSets is the SET list that writes diffColumns.
var diffSets = strings.Join(diffColumns, " = ?, ") + " = ?"

// ErrDerivedGap: a derived gap cannot be deleted; it closes when its cause goes.
var ErrDerivedGap = errors.New("a gap found by the rules cannot be deleted: it closes itself when its cause goes, or set it to accepted")

// CreateGap records a gap a person found. Gaps found by the rules are made
// by the store itself.
func (s *Store) CreateGap(ctx context.Context, g *model.Gap) error {
	g.ID, g.Version = 0, 0
	g.Origin = model.OriginManual
	g.AutoResolved = false
	g.Diff = model.Difference{}
	if g.Kind == "" {
		g.Kind = model.KindOther
	}
	if g.Status == "" {
		g.Status = model.GapOpen
	}
	if err := g.ValidateChange(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error {
		if err := t.checkLiveDeal(g.DealID); err != nil {
			return err
		}
		if err := t.checkPeople("owner", nil, g.Owner); err != nil {
			return err
		}
		return gaps.insert(t, g)
	})
}

// Gap reads one gap.
func (s *Store) Gap(ctx context.Context, id int64) (model.Gap, error) {
	return gaps.get(ctx, s.db, id)
}

// Gaps lists a deal's gaps in the order they were raised.
func (s *Store) Gaps(ctx context.Context, dealID int64) ([]model.Gap, error) {
	return gaps.list(ctx, s.db, "deal_id = ?", "id", dealID)
}

// UpdateGap saves what a person decided about a gap: owner, due date,
// status, severity and resolution. For a derived gap the rules own its kind,
// promise and title; changes to those are ignored. A severity different from
// the stored one is remembered as the person's choice.
func (s *Store) UpdateGap(ctx context.Context, g *model.Gap) error {
	if err := g.ValidateChange(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error { return t.updateGap(g) })
}

// updateGap is UpdateGap inside a transaction.
func (t *txn) updateGap(g *model.Gap) error {
	if err := gaps.update(t, g, func(old model.Gap, g *model.Gap) error {
		if err := t.checkPeople("owner", []int64{old.Owner}, g.Owner); err != nil {
			return err
		}
		if g.DealID != old.DealID || g.Origin != old.Origin {
			return model.Invalid("gap", i18n.M("cannot change its deal or origin"))
		}
		if old.Origin == model.OriginDerived {
			g.Kind, g.PromiseID, g.Title, g.Diff = old.Kind, old.PromiseID, old.Title, old.Diff
		}
		if g.Severity != old.Severity {
			g.SeveritySet = true
		}
		if g.Status != old.Status || g.Resolution != old.Resolution {
			g.AutoResolved = false
		}
		return nil
	}); err != nil {
		return err
	}
	if g.Origin != model.OriginDerived || !g.Open() {
		return nil
	}
	// Reopening a derived gap whose cause is gone would be closed again
	// by the rules at once: refuse it, and say why.
	if err := t.refreshDirty(); err != nil {
		return err
	}
	clear(t.dirty)
	now, err := gaps.get(t.ctx, t.tx, g.ID)
	if err != nil {
		return err
	}
	if now.AutoResolved && !now.Open() {
		return model.InvalidMsg("status", i18n.Msg("its cause is gone (%s), so it stays resolved; record a gap by hand if something is still wrong",
			i18n.Msg(strings.TrimSuffix(strings.TrimPrefix(now.Resolution, "Closed automatically: "), "."))))
	}
	*g = now
	return nil
}

// DeleteGap removes a gap a person recorded. Derived gaps cannot be deleted.
func (s *Store) DeleteGap(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error {
		g, err := gaps.get(t.ctx, t.tx, id)
		if err != nil {
			return err
		}
		if g.Origin == model.OriginDerived {
			return ErrDerivedGap
		}
		return gaps.remove(t, id, version)
	})
}

// RestoreGap undoes DeleteGap.
func (s *Store) RestoreGap(ctx context.Context, id int64) (model.Gap, error) {
	var g model.Gap
	err := s.write(ctx, func(t *txn) (err error) { g, err = gaps.restore(t, id); return err })
	return g, err
}
