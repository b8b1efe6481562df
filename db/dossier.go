package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"hash/maphash"
	"strings"
	"sync"

	"handoff/model"
)

// Dossier reads everything about one deal at one moment (one read
// transaction), with the people directory and the watch list in force.
func (s *Store) Dossier(ctx context.Context, dealID int64) (*model.Dossier, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, mapErr(err)
	}
	defer tx.Rollback()
	return fullDossier(ctx, tx, dealID, &s.hub.blockers)
}

// fullDossier is loadDossier with everything, the people directory and the
// watch list: all the report needs.
// memo, when given, decodes the blockers a read of the deal before
// decoded already only once.
func fullDossier(ctx context.Context, q querier, dealID int64, memo *blockerMemo) (*model.Dossier, error) {
	d, err := loadDossier(ctx, q, dealID, false)
	if err != nil {
		return nil, err
	}
	r, err := storedReadiness(ctx, q, dealID, memo)
	if err != nil {
		return nil, err
	}
	if err := completeDossier(ctx, q, d, r); err != nil {
		return nil, err
	}
	return d, nil
}

// storedReadiness is the readiness kept beside the deal, worked out from
// its rows when they last changed; nil when its blockers are sentences
// (kept before they were data), which are worked out again from the rows,
// to read in any language. memo may be nil.
func storedReadiness(ctx context.Context, q querier, dealID int64, memo *blockerMemo) (*model.Readiness, error) {
	var pct int
	if err := q.QueryRowContext(ctx, "SELECT readiness FROM deals WHERE id = ?", dealID).Scan(&pct); err != nil {
		return nil, mapErr(err)
	}
	list, err := blockerList(ctx, q, dealID)
	if err != nil {
		return nil, err
	}
	reasons, ok := memo.decode(dealID, list)
	if !ok {
		return nil, nil
	}
	ready := model.NewReadiness(pct, reasons)
	return &ready, nil
}

// completeDossier adds to d, as loadDossier reads it without the full
// parts, the rest of what fullDossier holds, with r as its readiness (nil:
// d works it out from its rows when asked).
func completeDossier(ctx context.Context, q querier, d *model.Dossier, r *model.Readiness) error {
	if err := loadRest(ctx, q, d); err != nil {
		return err
	}
	if r != nil {
		setReadiness(d, *r)
	}
	var err error
	if d.People, err = directory(ctx, q); err != nil {
		return err
	}
	user, err := watchWords.list(ctx, q, "", "id")
	if err != nil {
		return err
	}
	d.Watch = model.WatchWords(user)
	return nil
}

// setReadiness gives d the readiness kept beside its deal, with no lists
// where it has no blockers, as a readiness worked out from the rows has.
func setReadiness(d *model.Dossier, r model.Readiness) {
	if len(r.Blockers) == 0 {
		r.Blockers, r.Reasons = nil, nil
	}
	d.SetReadiness(r)
}

// loadDossier reads a deal and its rows; full adds what only the screens
// and the report need (constraints, decisions, sign-offs).
func loadDossier(ctx context.Context, q querier, dealID int64, full bool) (*model.Dossier, error) {
	return loadHolding(ctx, q, dealID, full, nil, nil)
}

// loadHolding is loadDossier for a deal whose live promises, in id order,
// are held already (held nil: they are read), and its gaps (heldGaps nil:
// they are read).
func loadHolding(ctx context.Context, q querier, dealID int64, full bool, held []model.Promise, heldGaps []model.Gap) (*model.Dossier, error) {
	deal, err := deals.get(ctx, q, dealID)
	if err != nil {
		return nil, err
	}
	d := &model.Dossier{Deal: deal, Promises: held}
	if held == nil {
		if d.Promises, err = promises.list(ctx, q, "deal_id = ?", "id", dealID); err != nil {
			return nil, err
		}
	}
	if d.Assessments, err = assessments.list(ctx, q,
		"promise_id IN (SELECT id FROM promises WHERE deal_id = ? AND deleted = 0)", "promise_id", dealID); err != nil {
		return nil, err
	}
	if d.Terms, err = terms.list(ctx, q, "deal_id = ?", "term COLLATE NOCASE, id", dealID); err != nil {
		return nil, err
	}
	d.Gaps = heldGaps
	if heldGaps == nil {
		if d.Gaps, err = gaps.list(ctx, q, "deal_id = ?", "id", dealID); err != nil {
			return nil, err
		}
	}
	if d.Dismissed, err = dismissedWords.list(ctx, q, "deal_id = ?", "id", dealID); err != nil {
		return nil, err
	}
	if d.ChangeRequests, err = changeRequests.list(ctx, q, "deal_id = ?", "id", dealID); err != nil {
		return nil, err
	}
	if full {
		if err := loadRest(ctx, q, d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// loadRest reads what loadDossier reads only in full: constraints,
// decisions, sign-offs, confirmations, the baseline and the outcomes.
func loadRest(ctx context.Context, q querier, d *model.Dossier) error {
	return loadSides(ctx, q, d, true)
}

// loadSides is loadRest, reading the baseline too only when asked: of a
// big deal signed off it is the biggest of them.
func loadSides(ctx context.Context, q querier, d *model.Dossier, baseline bool) error {
	dealID := d.Deal.ID
	var err error
	if d.Constraints, err = constraints.list(ctx, q, "deal_id = ?", "id", dealID); err != nil {
		return err
	}
	if d.Decisions, err = decisions.list(ctx, q, "deal_id = ?", "decided_at, id", dealID); err != nil {
		return err
	}
	if d.SignOffs, err = signOffs.list(ctx, q, "deal_id = ?", "signed_at, id", dealID); err != nil {
		return err
	}
	if d.Confirmations, err = confirmations.list(ctx, q, "deal_id = ?", "id", dealID); err != nil {
		return err
	}
	return loadKept(ctx, q, d, baseline)
}

// DealSummaries lists every deal with the figures the deal list shows,
// by name.
func (s *Store) DealSummaries(ctx context.Context) ([]model.DealSummary, error) {
	return dealSummaries(ctx, s.db, "")
}

// summaryOrder is the order of DealSummaries, and of DealNames.
const summaryOrder = " ORDER BY name COLLATE NOCASE, id"

// dealSummaries reads the summaries of the deals not deleted that also
// match where ("" for all; "AND …" otherwise), by name.
func dealSummaries(ctx context.Context, q querier, where string, args ...any) ([]model.DealSummary, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, "+strings.Join(deals.columns, ", ")+
		", version, readiness, blockers, open_critical, open_high, open_medium, open_low, next_due, signoff_changed"+
		" FROM deals WHERE deleted = 0 "+where+summaryOrder, args...)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []model.DealSummary
	for rows.Next() {
		var sm model.DealSummary
		d := &sm.Deal
		dest := append([]any{&d.ID}, deals.dests(d)...)
		dest = append(dest, &d.Version, &sm.Readiness, &sm.Blockers,
			&sm.Open[0], &sm.Open[1], &sm.Open[2], &sm.Open[3], dateDest{&sm.NextDue}, &sm.SignOffChanged)
		if err := rows.Scan(dest...); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, sm)
	}
	return fitted(out), mapErr(rows.Err())
}

// blockerList is the deal's blockers as kept beside it, in order, as JSON.
func blockerList(ctx context.Context, q querier, dealID int64) ([]json.RawMessage, error) {
	rows, err := q.QueryContext(ctx, "SELECT blocker FROM blockers WHERE deal_id = ? ORDER BY part, ref, sub", dealID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []json.RawMessage
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, json.RawMessage(b))
	}
	return out, mapErr(rows.Err())
}

// blockerMemo keeps the blockers of the deal read last, decoded, so a
// deal read again — after a change, or whole after its first screen —
// decodes only the blockers whose stored JSON changed: those of a big deal
// are hundreds of kilobytes of JSON (its terms list every promise that
// uses them). It keeps the list decoded and where each blocker's JSON is
// in it, by the JSON's hash and length rather than the JSON itself, to
// cost little memory; two different blockers of one deal with the same
// 64-bit hash and length are not to be met with. A blocker decoded is
// shared by the dossiers read, which only read it.
type blockerMemo struct {
	mu      sync.Mutex
	seed    maphash.Seed
	deal    int64
	at      map[blockerKey]int
	decoded []model.Blocker
}

// blockerKey names a blocker's stored JSON.
type blockerKey struct {
	hash uint64
	size int
}

// ForgetReads forgets what the store keeps of the deal it read last (its
// blockers, decoded), as a store just opened has nothing: for measuring a
// first read.
func (s *Store) ForgetReads() {
	m := &s.hub.blockers
	m.mu.Lock()
	m.deal, m.at, m.decoded = 0, nil, nil
	m.mu.Unlock()
}

// decode is the blockers of the list, false when one is not data (a
// sentence kept before blockers were data). A nil memo decodes them all.
func (m *blockerMemo) decode(dealID int64, list []json.RawMessage) ([]model.Blocker, bool) {
	if len(list) == 0 {
		return nil, true
	}
	var at map[blockerKey]int
	var known []model.Blocker
	var seed maphash.Seed
	if m != nil {
		m.mu.Lock()
		if m.at == nil {
			m.seed = maphash.MakeSeed()
		}
		seed = m.seed
		if m.deal == dealID {
			at, known = m.at, m.decoded
		}
		m.mu.Unlock()
	}
	reasons := make([]model.Blocker, len(list))
	var next map[blockerKey]int
	if m != nil {
		next = make(map[blockerKey]int, len(list))
	}
	for i, raw := range list {
		var k blockerKey
		if m != nil {
			k = blockerKey{maphash.Bytes(seed, raw), len(raw)}
			if j, ok := at[k]; ok {
				reasons[i] = known[j]
				next[k] = i
				continue
			}
		}
		if json.Unmarshal(raw, &reasons[i]) != nil || reasons[i].Kind == "" {
			return nil, false
		}
		if m != nil {
			next[k] = i
		}
	}
	if m != nil {
		m.mu.Lock()
		m.deal, m.at, m.decoded = dealID, next, reasons
		m.mu.Unlock()
	}
	return reasons, true
}
