package db

import (
	"context"
	"database/sql"
	"slices"

	"handoff/internal/i18n"
	"handoff/model"
)

var people = &table[model.Person]{
	name:    "people",
	entity:  "person",
	columns: []string{"name", "role", "email"},
	values:  func(p *model.Person) []any { return []any{p.Name, p.Role, p.Email} },
	dests:   func(p *model.Person) []any { return []any{&p.Name, &p.Role, &p.Email} },
	ids:     func(p *model.Person) (*int64, *int64) { return &p.ID, &p.Version },
	deal:    noDeal[model.Person],
}

// CreatePerson adds a person to the directory and sets p's ID and Version.
func (s *Store) CreatePerson(ctx context.Context, p *model.Person) error {
	if err := p.Validate(); err != nil {
		return err
	}
	p.ID, p.Version = 0, 0
	return s.write(ctx, func(t *txn) error { return people.insert(t, p) })
}

// Person reads one person.
func (s *Store) Person(ctx context.Context, id int64) (model.Person, error) {
	return people.get(ctx, s.db, id)
}

// People lists everyone in the directory by name.
func (s *Store) People(ctx context.Context) ([]model.Person, error) {
	return people.list(ctx, s.db, "", "name COLLATE NOCASE, id")
}

// Directory lists everyone the directory ever held, by name: the removed
// too, marked Removed, so that rows naming them keep showing the name.
func (s *Store) Directory(ctx context.Context) ([]model.Person, error) {
	return directory(ctx, s.db)
}

func directory(ctx context.Context, q querier) ([]model.Person, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, name, role, email, version, deleted FROM people ORDER BY name COLLATE NOCASE, id")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []model.Person
	for rows.Next() {
		var p model.Person
		if err := rows.Scan(&p.ID, &p.Name, &p.Role, &p.Email, &p.Version, &p.Removed); err != nil {
			return nil, mapErr(err)
		}
		out = append(out, p)
	}
	return out, mapErr(rows.Err())
}

// UpdatePerson saves p if nobody changed the person since p was read.
func (s *Store) UpdatePerson(ctx context.Context, p *model.Person) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.write(ctx, func(t *txn) error {
		if err := people.update(t, p, nil); err != nil {
			return err
		}
		return t.touchSigned()
	})
}

// DeletePerson removes a person from the directory. References to them in
// deals stay, shown as "(removed)", so no history is rewritten.
func (s *Store) DeletePerson(ctx context.Context, id, version int64) error {
	return s.write(ctx, func(t *txn) error {
		if err := people.remove(t, id, version); err != nil {
			return err
		}
		return t.touchSigned()
	})
}

// RestorePerson undoes DeletePerson.
func (s *Store) RestorePerson(ctx context.Context, id int64) (model.Person, error) {
	var p model.Person
	err := s.write(ctx, func(t *txn) (err error) {
		if p, err = people.restore(t, id); err != nil {
			return err
		}
		return t.touchSigned()
	})
	return p, err
}

// touchSigned has every deal signed off worked out again in the
// transaction: a sign-off covers the people its report names, by name
// (as "(removed)" once removed), so a person renamed, removed or restored
// may change whether a deal changed since its sign-off, which the deal
// list shows from the deal's row.
func (t *txn) touchSigned() error {
	rows, err := t.tx.QueryContext(t.ctx, "SELECT DISTINCT deal_id FROM signoffs WHERE deleted = 0")
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return mapErr(err)
		}
		t.touch(id)
	}
	return mapErr(rows.Err())
}

// checkPeople refuses references to people who do not exist, or who were
// removed from the directory — unless the row already named them (kept):
// a row can keep naming someone removed, but not start to.
func (t *txn) checkPeople(field string, kept []int64, ids ...int64) error {
	for _, id := range ids {
		if id == 0 {
			continue
		}
		var deleted bool
		err := t.queryRow("SELECT deleted FROM people WHERE id = ?", id).Scan(&deleted)
		switch {
		case err == sql.ErrNoRows:
			return model.Invalid(field, i18n.M("that person does not exist"))
		case err != nil:
			return err
		case deleted && !slices.Contains(kept, id):
			return model.Invalid(field, i18n.M("that person was removed from the directory"))
		}
	}
	return nil
}
