package db

import (
	"context"
	"strings"

	"handoff/internal/i18n"
	"handoff/model"
)

var dismissedWords = &table[model.DismissedWord]{
	name:    "dismissed_words",
	entity:  "dismissed_word",
	columns: []string{"deal_id", "word"},
	values:  func(w *model.DismissedWord) []any { return []any{w.DealID, w.Word} },
	dests:   func(w *model.DismissedWord) []any { return []any{&w.DealID, &w.Word} },
	ids:     func(w *model.DismissedWord) (*int64, *int64) { return &w.ID, &w.Version },
	deal:    func(_ *txn, w *model.DismissedWord) (int64, error) { return w.DealID, nil },
}

// checkDismissal refuses a second dismissal of the same word in a deal.
func (t *txn) checkDismissal(w model.DismissedWord) error {
	have, err := dismissedWords.list(t.ctx, t.tx, "deal_id = ? AND id <> ?", "id", w.DealID, w.ID)
	if err != nil {
		return err
	}
	for _, h := range have {
		if model.TermKey(h.Word) == model.TermKey(w.Word) {
			return model.InvalidMsg("word", i18n.Msg("is dismissed in this deal already (as “%s”)", h.Word))
		}
	}
	return nil
}

// DismissWord records that a watched word is no term in a deal: it raises
// no undefined_term gap there any more, and the gaps it raised close.
func (s *Store) DismissWord(ctx context.Context, w *model.DismissedWord) error {
	w.Word = strings.TrimSpace(w.Word)
	if err := w.Validate(); err != nil {
		return err
	}
	w.ID, w.Version = 0, 0
	return s.write(ctx, func(t *txn) error {
		if err := t.checkLiveDeal(w.DealID); err != nil {
			return err
		}
		if err := t.checkDismissal(*w); err != nil {
			return err
		}
		return dismissedWords.insert(t, w)
	})
}

// DismissedWord reads one dismissal.
func (s *Store) DismissedWord(ctx context.Context, id int64) (model.DismissedWord, error) {
	return dismissedWords.get(ctx, s.db, id)
}

// UndismissWord takes a dismissal back: the word counts as a term again.
func (s *Store) UndismissWord(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return dismissedWords.remove(t, id, version) })
}

// RestoreDismissedWord undoes UndismissWord.
func (s *Store) RestoreDismissedWord(ctx context.Context, id int64) (model.DismissedWord, error) {
	var w model.DismissedWord
	err := s.write(ctx, func(t *txn) (err error) {
		if w, err = dismissedWords.restore(t, id); err != nil {
			return err
		}
		return t.checkDismissal(w)
	})
	return w, err
}
