package db

import (
	"context"
	"slices"

	"handoff/internal/i18n"
	"handoff/model"
)

var confirmations = &table[model.Confirmation]{
	name:    "confirmations",
	entity:  "confirmation",
	columns: []string{"deal_id", "promise_id", "term_id", "answer", "person_id", "answered_on", "reference", "wrote", "gap_id"},
	values: func(c *model.Confirmation) []any {
		return []any{c.DealID, nullID(c.PromiseID), nullID(c.TermID), c.Answer, c.By, c.On.String(), c.Reference, c.Wrote, nullID(c.GapID)}
	},
	dests: func(c *model.Confirmation) []any {
		return []any{&c.DealID, idDest{&c.PromiseID}, idDest{&c.TermID}, &c.Answer, &c.By, dateDest{&c.On}, &c.Reference, &c.Wrote, idDest{&c.GapID}}
	},
	ids:  func(c *model.Confirmation) (*int64, *int64) { return &c.ID, &c.Version },
	deal: func(_ *txn, c *model.Confirmation) (int64, error) { return c.DealID, nil },
}

// Confirmations lists the customer's answers on a deal, in the order they
// were recorded.
func (s *Store) Confirmations(ctx context.Context, dealID int64) ([]model.Confirmation, error) {
	return confirmations.list(ctx, s.db, "deal_id = ?", "id", dealID)
}

// Confirm records the customer's written answers to the customer copy, all
// in one transaction, each change with its own history event:
//
//   - a promise confirmed moves to confirmed (a contracted one stays
//     contracted);
//   - a promise "not as written" keeps its level and raises a shared
//     manual gap that quotes what the customer wrote;
//   - a term confirmed counts the customer person among those who agreed it;
//   - a term "not as written" becomes disputed.
//
// Every answer must name a customer person (role customer) and what it
// answers on its deal; On defaults to today. The answers come back with
// their ids.
func (s *Store) Confirm(ctx context.Context, cs []model.Confirmation) error {
	today := model.DateOf(s.now())
	for i := range cs {
		cs[i].ID, cs[i].Version, cs[i].GapID = 0, 0, 0
		if cs[i].On.IsZero() {
			cs[i].On = today
		}
		if err := cs[i].Validate(); err != nil {
			return err
		}
	}
	return s.write(ctx, func(t *txn) error {
		for i := range cs {
			if err := t.confirm(&cs[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

func (t *txn) confirm(c *model.Confirmation) error {
	if err := t.checkLiveDeal(c.DealID); err != nil {
		return err
	}
	if err := t.checkPeople("by", nil, c.By); err != nil {
		return err
	}
	var role model.Role
	if err := t.queryRow("SELECT role FROM people WHERE id = ?", c.By).Scan(&role); err != nil {
		return err
	}
	if role != model.RoleCustomer {
		return model.InvalidMsg("by", i18n.Msg("must be a person at the customer (role customer), not %s", i18n.WordOf("role", string(role))))
	}
	if c.PromiseID != 0 {
		p, err := promises.get(t.ctx, t.tx, c.PromiseID)
		if err != nil || p.DealID != c.DealID {
			return model.Invalid("promise", i18n.M("that promise is not on this deal"))
		}
		switch c.Answer {
		case model.AnswerConfirmed:
			if !p.Verification.AtLeast(model.VerificationConfirmed) {
				p.Verification = model.VerificationConfirmed
				if err := promises.update(t, &p, nil); err != nil {
					return err
				}
			}
		case model.AnswerNotAsWritten:
			g := model.NotAsWrittenGap(p, c.Wrote)
			if err := g.Validate(); err != nil {
				return err
			}
			if err := gaps.insert(t, &g); err != nil {
				return err
			}
			c.GapID = g.ID
		}
		return confirmations.insert(t, c)
	}
	term, err := terms.get(t.ctx, t.tx, c.TermID)
	if err != nil || term.DealID != c.DealID {
		return model.Invalid("term", i18n.M("that term is not on this deal"))
	}
	changed := false
	switch c.Answer {
	case model.AnswerConfirmed:
		if !slices.Contains(term.AgreedBy, c.By) {
			term.AgreedBy = append(slices.Clone(term.AgreedBy), c.By)
			changed = true
		}
	case model.AnswerNotAsWritten:
		if term.Status != model.TermDisputed {
			term.Status = model.TermDisputed
			changed = true
		}
	}
	if changed {
		if err := terms.update(t, &term, nil); err != nil {
			return err
		}
	}
	return confirmations.insert(t, c)
}

// Unconfirm takes back an answer Confirm recorded (undo in the app): the
// answer goes, the gap it raised goes, a promise it confirmed goes back to
// was — unless someone has moved it on since — and a term it confirmed no
// longer counts the customer person among those who agreed it.
func (s *Store) Unconfirm(ctx context.Context, c model.Confirmation, was model.Verification) error {
	return s.write(ctx, func(t *txn) error {
		cur, err := confirmations.get(t.ctx, t.tx, c.ID)
		if err != nil {
			return err
		}
		if err := confirmations.remove(t, cur.ID, cur.Version); err != nil {
			return err
		}
		if cur.GapID != 0 {
			if g, err := gaps.get(t.ctx, t.tx, cur.GapID); err == nil {
				if err := gaps.remove(t, g.ID, g.Version); err != nil {
					return err
				}
			}
		}
		if cur.Answer != model.AnswerConfirmed {
			return nil
		}
		if cur.PromiseID != 0 {
			p, err := promises.get(t.ctx, t.tx, cur.PromiseID)
			if err != nil || p.Verification != model.VerificationConfirmed || was == p.Verification {
				return nil
			}
			p.Verification = was
			return promises.update(t, &p, nil)
		}
		term, err := terms.get(t.ctx, t.tx, cur.TermID)
		if err != nil || !slices.Contains(term.AgreedBy, cur.By) {
			return nil
		}
		term.AgreedBy = slices.DeleteFunc(slices.Clone(term.AgreedBy), func(id int64) bool { return id == cur.By })
		return terms.update(t, &term, nil)
	})
}
