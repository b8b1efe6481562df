package db

import (
	"context"

	"handoff/model"
)

var deals = &table[model.Deal]{
	name:   "deals",
	entity: "deal",
	columns: []string{"name", "customer", "stage", "value_minor", "currency", "close_date",
		"sales_owner", "presales_owner", "delivery_owner", "why_buy", "notes", "not_sold", "archived", "report_lang"},
	values: func(d *model.Deal) []any {
		notSold := d.NotSold
		if notSold == nil {
			notSold = []string{}
		}
		return []any{d.Name, d.Customer, d.Stage, d.Value.Minor, d.Value.Currency, d.CloseDate.String(),
			nullID(d.Owners.Sales), nullID(d.Owners.Presales), nullID(d.Owners.Delivery),
			d.WhyBuy, d.Notes, jsonValue(notSold), d.Archived, d.ReportLang}
	},
	dests: func(d *model.Deal) []any {
		return []any{&d.Name, &d.Customer, enumDest[model.Stage]{&d.Stage, model.Stages}, &d.Value.Minor, &d.Value.Currency, dateDest{&d.CloseDate},
			idDest{&d.Owners.Sales}, idDest{&d.Owners.Presales}, idDest{&d.Owners.Delivery},
			&d.WhyBuy, &d.Notes, jsonDest{&d.NotSold}, &d.Archived, &d.ReportLang}
	},
	ids:  func(d *model.Deal) (*int64, *int64) { return &d.ID, &d.Version },
	deal: func(_ *txn, d *model.Deal) (int64, error) { return d.ID, nil },
}

func (t *txn) checkDeal(d *model.Deal, kept ...int64) error {
	return t.checkPeople("owners", kept, d.Owners.Sales, d.Owners.Presales, d.Owners.Delivery)
}

// CreateDeal adds a deal and sets d's ID and Version.
func (s *Store) CreateDeal(ctx context.Context, d *model.Deal) error {
	if err := d.Validate(); err != nil {
		return err
	}
	d.ID, d.Version = 0, 0
	return s.write(ctx, func(t *txn) error {
		if err := t.checkDeal(d); err != nil {
			return err
		}
		return deals.insert(t, d)
	})
}

// Deal reads one deal.
func (s *Store) Deal(ctx context.Context, id int64) (model.Deal, error) {
	return deals.get(ctx, s.db, id)
}

// Deals lists every deal, archived ones too, by name.
func (s *Store) Deals(ctx context.Context) ([]model.Deal, error) {
	return deals.list(ctx, s.db, "", "name COLLATE NOCASE, id")
}

// DealNames lists every deal, archived ones too, by name, with its id and
// name alone: enough to find the deal a person names without reading every
// deal whole.
func (s *Store) DealNames(ctx context.Context) ([]model.Deal, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name FROM deals WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []model.Deal
	for rows.Next() {
		var d model.Deal
		if err := rows.Scan(&d.ID, &d.Name); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, d)
	}
	return out, mapErr(rows.Err())
}

// UpdateDeal saves d if nobody changed the deal since d was read.
func (s *Store) UpdateDeal(ctx context.Context, d *model.Deal) error {
	if err := d.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error {
		return deals.update(t, d, func(old model.Deal, d *model.Deal) error {
			o := old.Owners
			return t.checkDeal(d, o.Sales, o.Presales, o.Delivery)
		})
	})
}

// DeleteDeal removes a deal (softly: RestoreDeal brings it back whole).
func (s *Store) DeleteDeal(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error { return deals.remove(t, id, version) })
}

// RestoreDeal undoes DeleteDeal.
func (s *Store) RestoreDeal(ctx context.Context, id int64) (model.Deal, error) {
	var d model.Deal
	err := s.write(ctx, func(t *txn) (err error) { d, err = deals.restore(t, id); return err })
	return d, err
}
