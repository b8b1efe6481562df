package db

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"handoff/model"
)

// PromiseImport says what an import of spreadsheet rows did.
type PromiseImport struct {
	DealID int64
	// Promises are the new promises' ids, in the order of the rows.
	Promises []int64
	// People are the people added because a row named someone the
	// directory did not have.
	People []model.Person
}

// ImportPromises adds promises read from a spreadsheet to a deal, all in one
// transaction: every row or, on any error, none. A row's PromisedBy names a
// person: the directory's person of that name (any case; a selling-side
// person first when several share it), or a new person with the role
// sales, added once however many rows name them.
//
// Rows that promise what the deal already holds (see promiseKey) refuse the
// whole import with a *DuplicateError counting them: importing the same
// file twice would otherwise double every promise. ImportPromisesWith can
// allow them.
func (s *Store) ImportPromises(ctx context.Context, dealID int64, rows ...model.PromiseRow) (PromiseImport, error) {
	return s.ImportPromisesWith(ctx, dealID, ImportOptions{}, rows...)
}

// ImportPromisesWith is ImportPromises with options.
func (s *Store) ImportPromisesWith(ctx context.Context, dealID int64, opts ImportOptions, rows ...model.PromiseRow) (PromiseImport, error) {
	var res PromiseImport
	err := s.write(ctx, func(t *txn) error {
		res = PromiseImport{DealID: dealID}
		if err := t.checkLiveDeal(dealID); err != nil {
			return err
		}
		if !opts.AllowDuplicates {
			if err := t.duplicatePromises(dealID, rows); err != nil {
				return err
			}
		}
		if len(rows) > 0 {
			if err := t.importInto(dealID, opts.File); err != nil {
				return err
			}
		}
		_, err := t.importPromises(&res, rows, false)
		return err
	})
	if err != nil {
		return PromiseImport{}, err
	}
	return res, nil
}

// CreateDealWithPromises makes a deal and imports the rows into it in one
// transaction, so a refused row leaves no empty deal behind. It sets d's ID
// and Version.
func (s *Store) CreateDealWithPromises(ctx context.Context, d *model.Deal, rows ...model.PromiseRow) (PromiseImport, error) {
	return s.CreateDealWithPromisesWith(ctx, d, ImportOptions{}, rows...)
}

// CreateDealWithPromisesWith is CreateDealWithPromises with options (a new
// deal holds no duplicates: only the file counts).
func (s *Store) CreateDealWithPromisesWith(ctx context.Context, d *model.Deal, opts ImportOptions, rows ...model.PromiseRow) (PromiseImport, error) {
	if err := d.Validate(); err != nil {
		return PromiseImport{}, err
	}
	deal := *d
	deal.ID, deal.Version = 0, 0
	var res PromiseImport
	err := s.write(ctx, func(t *txn) error {
		if err := t.checkDeal(&deal); err != nil {
			return err
		}
		if len(rows) > 0 {
			// The deal and its promises are one line of history.
			if err := t.importNew(deal.Name, opts.File, false); err != nil {
				return err
			}
		}
		if err := deals.insert(t, &deal); err != nil {
			return err
		}
		res = PromiseImport{DealID: deal.ID}
		ps, err := t.importPromises(&res, rows, true)
		if t.ahead[deal.ID] == nil { // planAhead holds them already
			t.hold(deal.ID, ps)
		}
		return err
	})
	if err != nil {
		return PromiseImport{}, err
	}
	*d = deal
	return res, nil
}

// hold keeps the promises a deal this transaction made was stored with,
// for its refresh (see txn.made).
func (t *txn) hold(dealID int64, ps []model.Promise) {
	if len(ps) == 0 {
		return
	}
	held := slices.Clone(ps)
	slices.SortFunc(held, func(a, b model.Promise) int { return cmp.Compare(a.ID, b.ID) })
	if t.made == nil {
		t.made = map[int64][]model.Promise{}
	}
	t.made[dealID] = held
}

// holdGaps keeps the gaps a deal this transaction made was stored with, as
// gaps.list would read them back, for its refresh.
func (t *txn) holdGaps(dealID int64, gs []model.Gap) {
	if len(gs) == 0 {
		return
	}
	held := slices.Clone(gs)
	for i := range held {
		if len(held[i].Diff.Terms) == 0 {
			held[i].Diff.Terms = nil // stored as "", read as none
		}
	}
	slices.SortFunc(held, func(a, b model.Gap) int { return cmp.Compare(a.ID, b.ID) })
	if t.madeGaps == nil {
		t.madeGaps = map[int64][]model.Gap{}
	}
	t.madeGaps[dealID] = held
}

// importPromises inserts the rows into res.DealID, adding the people they
// name who are not in the directory. The promises go in many a statement;
// a new person, or a refused row, first stores the promises before it, so
// the ids, the history and which error comes first are those of one row
// at a time. It returns the promises as stored. newDeal says the
// transaction made the deal: the rules' work on many promises then starts
// on another core while SQLite stores them (see planAhead).
func (t *txn) importPromises(res *PromiseImport, rows []model.PromiseRow, newDeal bool) ([]model.Promise, error) {
	dir, err := people.list(t.ctx, t.tx, "", "id")
	if err != nil {
		return nil, err
	}
	byName := make(map[string]model.Person, len(dir))
	for _, p := range dir {
		k := personKey(p.Name)
		if prev, ok := byName[k]; !ok || roleRank(p.Role) < roleRank(prev.Role) {
			byName[k] = p
		}
	}
	stored := make([]model.Promise, 0, len(rows))
	batch := 0 // the promises at the end of stored not stored yet
	flush := func() error {
		if err := promises.insertAll(t, stored[len(stored)-batch:]); err != nil {
			return err
		}
		for _, p := range stored[len(stored)-batch:] {
			res.Promises = append(res.Promises, p.ID)
		}
		batch = 0
		return nil
	}
	for _, row := range rows {
		p := row.Promise
		p.ID, p.Version, p.Revision = 0, 0, 1
		p.DealID, p.PromisedBy = res.DealID, 0
		if name := strings.Join(strings.Fields(row.PromisedBy), " "); name != "" {
			who, ok := byName[personKey(name)]
			if !ok {
				if err := flush(); err != nil {
					return nil, err
				}
				who = model.Person{Name: name, Role: model.RoleSales}
				if err := who.Validate(); err != nil {
					return nil, fmt.Errorf("line %d, column %q: %w", row.Line, "promised_by", err)
				}
				if err := people.insert(t, &who); err != nil {
					return nil, err
				}
				byName[personKey(name)] = who
				res.People = append(res.People, who)
			}
			p.PromisedBy = who.ID
		}
		if err := p.Validate(); err != nil {
			if ferr := flush(); ferr != nil {
				return nil, ferr
			}
			return nil, fmt.Errorf("line %d: %w", row.Line, err)
		}
		stored = append(stored, p)
		batch++
	}
	if newDeal && batch >= overlapFrom {
		if err := promises.assignIDs(t, stored[len(stored)-batch:]); err != nil {
			return nil, err
		}
		t.hold(res.DealID, stored)
		if err := t.planAhead(res.DealID, false); err != nil {
			return nil, err
		}
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return stored, nil
}

// promiseKey is what makes a spreadsheet row the same promise as one the
// deal holds: the same title from the same source reference, whatever the
// case and spacing. Other columns may have been edited in the app since.
func promiseKey(title, sourceRef string) string {
	return personKey(title) + "\x00" + personKey(sourceRef)
}

// duplicatePromises refuses rows that the deal already holds.
func (t *txn) duplicatePromises(dealID int64, rows []model.PromiseRow) error {
	held, err := promises.list(t.ctx, t.tx, "deal_id = ?", "id", dealID)
	if err != nil {
		return err
	}
	have := make(map[string]bool, len(held))
	for _, p := range held {
		have[promiseKey(p.Title, p.SourceRef)] = true
	}
	n := 0
	for _, r := range rows {
		if have[promiseKey(r.Promise.Title, r.Promise.SourceRef)] {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	d, err := deals.get(t.ctx, t.tx, dealID)
	if err != nil {
		return err
	}
	return &DuplicateError{N: n, Of: len(rows), Noun: "promises", In: "“" + d.Name + "”"}
}

// personKey is how a name from a spreadsheet is matched with the directory.
func personKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// roleRank puts the selling side first: promises are made by sales and
// presales.
func roleRank(r model.Role) int {
	switch r {
	case model.RoleSales:
		return 0
	case model.RolePresales:
		return 1
	case model.RoleDelivery:
		return 2
	case model.RoleCustomer:
		return 3
	}
	return 4
}
