package db

import (
	"context"
	"slices"
	"strings"

	"handoff/internal/i18n"
	"handoff/model"
)

var terms = &table[model.Term]{
	name:    "terms",
	entity:  "term",
	columns: []string{"deal_id", "term", "definition", "status", "agreed_by", "equivalents"},
	values: func(t *model.Term) []any {
		agreed := t.AgreedBy
		if agreed == nil {
			agreed = []int64{}
		}
		eq := t.Equivalents
		if eq == nil {
			eq = []model.Equivalent{}
		}
		return []any{t.DealID, t.Term, t.Definition, t.Status, jsonValue(agreed), jsonValue(eq)}
	},
	dests: func(t *model.Term) []any {
		return []any{&t.DealID, &t.Term, &t.Definition, &t.Status, jsonDest{&t.AgreedBy}, equivalentsDest{&t.Equivalents}}
	},
	ids:  func(t *model.Term) (*int64, *int64) { return &t.ID, &t.Version },
	deal: func(_ *txn, t *model.Term) (int64, error) { return t.DealID, nil },
}

// checkTerm checks the people who agreed are in the directory (or were
// already named: kept) and cover both sides.
func (t *txn) checkTerm(term *model.Term, kept ...int64) error {
	if err := t.checkLiveDeal(term.DealID); err != nil {
		return err
	}
	if err := t.checkPeople("agreed by", kept, term.AgreedBy...); err != nil {
		return err
	}
	var roles []model.Role
	for _, id := range term.AgreedBy {
		var r model.Role
		err := t.queryRow("SELECT role FROM people WHERE id = ?", id).Scan(&r)
		if err != nil {
			return model.Invalid("agreed by", i18n.M("one of the people does not exist"))
		}
		roles = append(roles, r)
	}
	return model.CheckAgreement(term.Status, roles)
}

// CreateTerm adds a term to a deal's glossary.
func (s *Store) CreateTerm(ctx context.Context, term *model.Term) error {
	if err := term.Validate(); err != nil {
		return err
	}
	term.ID, term.Version = 0, 0
	return s.write(ctx, func(t *txn) error {
		if err := t.checkTerm(term); err != nil {
			return err
		}
		return terms.insert(t, term)
	})
}

// Terms lists a deal's glossary, alphabetically.
func (s *Store) Terms(ctx context.Context, dealID int64) ([]model.Term, error) {
	return terms.list(ctx, s.db, "deal_id = ?", "term COLLATE NOCASE, id", dealID)
}

// UpdateTerm saves a changed term if nobody changed it since it was read.
func (s *Store) UpdateTerm(ctx context.Context, term *model.Term) error {
	if err := term.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error { return t.updateTerm(term) })
}

// updateTerm is UpdateTerm inside a transaction.
func (t *txn) updateTerm(term *model.Term) error {
	return terms.update(t, term, func(old model.Term, term *model.Term) error {
		if err := t.checkTerm(term, old.AgreedBy...); err != nil {
			return err
		}
		return sameDeal(func(t *model.Term) int64 { return t.DealID })(old, term)
	})
}

// DeleteTerm removes a term from the glossary.
func (s *Store) DeleteTerm(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return terms.remove(t, id, version) })
}

// RestoreTerm undoes DeleteTerm.
func (s *Store) RestoreTerm(ctx context.Context, id int64) (model.Term, error) {
	var term model.Term
	err := s.write(ctx, func(t *txn) (err error) { term, err = terms.restore(t, id); return err })
	return term, err
}

var watchWords = &table[model.WatchWord]{
	name:    "watch_words",
	entity:  "watch_word",
	columns: []string{"word", "lang"},
	values:  func(w *model.WatchWord) []any { return []any{w.Word, w.Lang} },
	dests:   func(w *model.WatchWord) []any { return []any{&w.Word, &w.Lang} },
	ids:     func(w *model.WatchWord) (*int64, *int64) { return &w.ID, &w.Version },
	deal:    noDeal[model.WatchWord],
}

// touchAll marks every live deal for refreshing: a watch word counts in all.
func (t *txn) touchAll() error {
	rows, err := t.tx.QueryContext(t.ctx, "SELECT id FROM deals WHERE deleted = 0")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		t.touch(id)
	}
	return rows.Err()
}

// checkWatchWord refuses a word the watch list has already: one of the
// team's (written the same, whatever the case or punctuation) or a built-in
// one.
func (t *txn) checkWatchWord(w model.WatchWord) error {
	have, err := watchWords.list(t.ctx, t.tx, "id <> ?", "id", w.ID)
	if err != nil {
		return err
	}
	key := model.TermKey(w.Word)
	for _, h := range have {
		if model.TermKey(h.Word) == key {
			if h.Word != w.Word {
				return model.InvalidMsg("word", i18n.Msg("is on the team's watch list already (as “%s”)", h.Word))
			}
			return model.Invalid("word", i18n.M("is on the team's watch list already"))
		}
	}
	for _, b := range model.BuiltinWatchList() {
		if model.TermKey(b.Word) == key {
			return model.InvalidMsg("word", i18n.Msg("is on the built-in watch list already (as “%s”)", b.Word))
		}
	}
	return nil
}

// AddWatchWord adds a word to the team's watch list; every deal's promises
// are checked for it.
func (s *Store) AddWatchWord(ctx context.Context, w *model.WatchWord) error {
	if err := w.Validate(); err != nil {
		return err
	}
	w.ID, w.Version = 0, 0
	return s.write(ctx, func(t *txn) error {
		if err := t.checkWatchWord(*w); err != nil {
			return err
		}
		if err := watchWords.insert(t, w); err != nil {
			return err
		}
		return t.touchAll()
	})
}

// WatchWords lists the team's own watch words (the built-in ones are in
// model.BuiltinWatchList).
func (s *Store) WatchWords(ctx context.Context) ([]model.WatchWord, error) {
	return watchWords.list(ctx, s.db, "", "word COLLATE NOCASE, id")
}

// RemoveWatchWord takes a word off the team's watch list.
func (s *Store) RemoveWatchWord(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error {
		if err := watchWords.remove(t, id, version); err != nil {
			return err
		}
		return t.touchAll()
	})
}

// TermLibrary is the team's library of terms: every agreed term of every
// live deal, one per term (the most recently added wins), alphabetically.
// A deal copies from it and agrees again, as its own people.
func (s *Store) TermLibrary(ctx context.Context) ([]model.Term, error) {
	all, err := terms.list(ctx, s.db, "status = 'agreed' AND deal_id IN (SELECT id FROM deals WHERE deleted = 0)",
		"id DESC")
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []model.Term
	for _, t := range all {
		k := model.TermKey(t.Term)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	slices.SortFunc(out, func(a, b model.Term) int {
		return strings.Compare(strings.ToLower(a.Term), strings.ToLower(b.Term))
	})
	return out, nil
}

// RestoreWatchWord undoes RemoveWatchWord.
func (s *Store) RestoreWatchWord(ctx context.Context, id int64) (model.WatchWord, error) {
	var w model.WatchWord
	err := s.write(ctx, func(t *txn) (err error) {
		if w, err = watchWords.restore(t, id); err != nil {
			return err
		}
		if err := t.checkWatchWord(w); err != nil {
			return err
		}
		return t.touchAll()
	})
	return w, err
}

// WatchWord reads one of the team's watch words.
func (s *Store) WatchWord(ctx context.Context, id int64) (model.WatchWord, error) {
	return watchWords.get(ctx, s.db, id)
}

// equivalentsDest reads a term's equivalents, leaving none as nil (as a
// term without them is made).
type equivalentsDest struct{ p *[]model.Equivalent }

func (d equivalentsDest) Scan(src any) error {
	if err := (jsonDest{d.p}).Scan(src); err != nil {
		return err
	}
	if len(*d.p) == 0 {
		*d.p = nil
	}
	return nil
}
