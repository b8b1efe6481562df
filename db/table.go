package db

import (
	"context"
	"database/sql"
	"reflect"
	"strings"

	"handoff/model"
)

// querier is what reads need: the pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// table says how one model type is stored: its columns, in order, and how
// to get values out of and back into the type. Every table has id, deleted
// and version beside the columns listed. The SQL for the common reads and
// writes is built from this once; anything special sits with the methods of
// the type's own file.
type table[T any] struct {
	name    string   // SQL table name
	entity  string   // the entity's name in the history
	columns []string // stored columns other than id, deleted and version
	// values returns the column values in the order of columns.
	values func(v *T) []any
	// dests returns scan destinations for the column values, in order.
	dests func(v *T) []any
	// ids points at the value's id and version.
	ids func(v *T) (id, version *int64)
	// deal tells which deal a value belongs to, for the history and for
	// refreshing the deal's gaps (0 for none).
	deal func(t *txn, v *T) (int64, error)
}

func (tb *table[T]) selectSQL() string {
	return "SELECT id, " + strings.Join(tb.columns, ", ") + ", version FROM " + tb.name
}

// scan reads one row selected by selectSQL.
func (tb *table[T]) scan(row interface{ Scan(...any) error }) (T, error) {
	var v T
	id, version := tb.ids(&v)
	dest := append([]any{id}, tb.dests(&v)...)
	dest = append(dest, version)
	err := row.Scan(dest...)
	return v, err
}

// get reads one live row by id.
func (tb *table[T]) get(ctx context.Context, q querier, id int64) (T, error) {
	v, err := tb.scan(q.QueryRowContext(ctx, tb.selectSQL()+" WHERE id = ? AND deleted = 0", id))
	return v, mapErr(err)
}

// list reads the live rows that match where (a SQL condition), in order.
func (tb *table[T]) list(ctx context.Context, q querier, where, order string, args ...any) ([]T, error) {
	query := tb.selectSQL() + " WHERE deleted = 0"
	if where != "" {
		query += " AND (" + where + ")"
	}
	if order != "" {
		query += " ORDER BY " + order
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := tb.scan(rows)
		if err != nil {
			return nil, mapErr(err)
		}
		out = append(out, v)
	}
	return fitted(out), mapErr(rows.Err())
}

// fitted is rows in a list of their own length when appending left a
// big list much longer than its rows: a big deal's lists are kept for as
// long as it is open, and a list grown row by row ends up to a quarter
// longer than it needs.
func fitted[T any](rows []T) []T {
	if len(rows) < 1024 || cap(rows)-len(rows) < len(rows)/16 {
		return rows
	}
	return append(make([]T, 0, len(rows)), rows...)
}

// insert stores a new row and its history event. An id or version already
// set on v is kept (imports keep ids); otherwise they are assigned.
func (tb *table[T]) insert(t *txn, v *T) error {
	id, version := tb.ids(v)
	if *version == 0 {
		*version = 1
	}
	cols := append([]string{"id"}, tb.columns...)
	cols = append(cols, "version")
	args := append([]any{nullID(*id)}, tb.values(v)...)
	args = append(args, *version)
	res, err := t.exec("INSERT INTO "+tb.name+" ("+strings.Join(cols, ", ")+") VALUES ("+
		strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")+")", args...)
	if err != nil {
		return err
	}
	if *id, err = res.LastInsertId(); err != nil {
		return err
	}
	deal, err := tb.deal(t, v)
	if err != nil {
		return err
	}
	t.touchRow(deal, v)
	return t.event(deal, tb.entity, *id, "create", nil, v)
}

// insertAll stores new rows as insert does one at a time, in order, but
// many rows a statement: a row without an id gets the one SQLite would
// give it there (one more than the largest id stored or given before it),
// and the history events come in the order of the rows.
func (tb *table[T]) insertAll(t *txn, vs []T) error {
	if len(vs) == 0 {
		return nil
	}
	if err := tb.assignIDs(t, vs); err != nil {
		return err
	}
	cols := append([]string{"id"}, tb.columns...)
	cols = append(cols, "version")
	dflt, err := t.defaults(tb.name)
	if err != nil {
		return err
	}
	per := max(1, maxVariables/len(cols))
	chunks := tb.statements(cols, dflt, vs, per)
	defer func() {
		for range chunks { // a statement failed: let the rest be built and dropped
		}
	}()
	for c := range chunks {
		if _, err := t.exec(c.query, c.args...); err != nil {
			return err
		}
		for i := range vs[:c.n] {
			v := &vs[i]
			deal, err := tb.deal(t, v)
			if err != nil {
				return err
			}
			id, _ := tb.ids(v)
			t.touchRow(deal, v)
			if err := t.event(deal, tb.entity, *id, "create", nil, v); err != nil {
				return err
			}
		}
		vs = vs[c.n:]
	}
	return nil
}

// statement is one INSERT of insertAll: its SQL, its arguments, and how
// many rows it inserts.
type statement struct {
	query string
	args  []any
	n     int
}

// statements are the INSERTs of the rows, per rows a statement, in order.
// Many of them are built on another goroutine while SQLite runs those
// before: the values of 20,000 gaps take a core a twentieth of a second to
// gather. The rows are only read (their ids are given before).
func (tb *table[T]) statements(cols []string, dflt map[string]string, vs []T, per int) <-chan statement {
	build := func(rows []T) statement {
		vals := make([]any, 0, len(rows)*len(cols))
		for i := range rows {
			id, version := tb.ids(&rows[i])
			vals = append(vals, *id)
			vals = append(vals, tb.values(&rows[i])...)
			vals = append(vals, *version)
		}
		query, args := insertSQL(tb.name, cols, dflt, vals, len(rows))
		return statement{query, args, len(rows)}
	}
	out := make(chan statement, 2)
	produce := func() {
		defer close(out)
		for len(vs) > 0 {
			n := min(len(vs), per)
			out <- build(vs[:n])
			vs = vs[n:]
		}
	}
	if len(vs) <= 2*per {
		produce() // two statements at most: they fit the channel
	} else {
		go produce()
	}
	return out
}

// insertSQL is the statement that inserts n rows of the columns, their
// values in vals a row after another, and its arguments. A column every
// row gives its default value is left out, to be stored as that default:
// SQLite stores it exactly as it would the value bound, and an import's
// rows bind half as many values (a derived gap leaves most of its
// difference, its owner and its resolution empty).
func insertSQL(table string, cols []string, dflt map[string]string, vals []any, n int) (string, []any) {
	keep := make([]bool, len(cols))
	kept := make([]string, 0, len(cols))
	for c, name := range cols {
		d, ok := dflt[name]
		for r := 0; r < n && !keep[c]; r++ {
			keep[c] = !ok || !isDefault(vals[r*len(cols)+c], d)
		}
		if keep[c] {
			kept = append(kept, name)
		}
	}
	args := vals
	if len(kept) < len(cols) {
		args = make([]any, 0, n*len(kept))
		for r := range n {
			for c := range cols {
				if keep[c] {
					args = append(args, vals[r*len(cols)+c])
				}
			}
		}
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(kept)), ", ") + "), "
	return "INSERT INTO " + table + " (" + strings.Join(kept, ", ") + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(row, n), ", "), args
}

// isDefault reports whether a value bound is what SQLite stores for the
// column's DEFAULT d (as PRAGMA table_info gives it): NULL, 0, 1 or ”.
// Only plain values are compared; any other is never a default.
func isDefault(v any, d string) bool {
	if v == nil {
		return d == "NULL"
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.String:
		return d == "''" && rv.Len() == 0
	case reflect.Bool:
		return d == "0" && !rv.Bool() || d == "1" && rv.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return d == "0" && rv.Int() == 0 || d == "1" && rv.Int() == 1
	case reflect.Float32, reflect.Float64:
		return d == "0" && rv.Float() == 0 || d == "1" && rv.Float() == 1
	}
	return false
}

// defaults are the DEFAULT of each column of a table that has one as
// PRAGMA table_info writes it, "NULL" for a column that may be NULL and
// has none, read once a transaction.
func (t *txn) defaults(table string) (map[string]string, error) {
	if d, ok := t.dflts[table]; ok {
		return d, nil
	}
	rows, err := t.tx.QueryContext(t.ctx, "SELECT name, dflt_value, \"notnull\", pk FROM pragma_table_info(?)", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	d := map[string]string{}
	for rows.Next() {
		var name string
		var value sql.NullString
		var notNull, pk bool
		if err := rows.Scan(&name, &value, &notNull, &pk); err != nil {
			return nil, err
		}
		switch {
		case pk:
			// an id is always given
		case value.Valid:
			d[name] = value.String
		case !notNull:
			d[name] = "NULL"
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if t.dflts == nil {
		t.dflts = map[string]map[string]string{}
	}
	t.dflts[table] = d
	return d, nil
}

// assignIDs gives the rows the ids and versions insertAll stores them with:
// a row without an id the one SQLite would give it (one more than the
// largest id stored or given before it), a row without a version 1. Given
// first, they let the rows be worked on while they are written.
func (tb *table[T]) assignIDs(t *txn, vs []T) error {
	var next int64
	if err := t.queryRow("SELECT coalesce(max(id), 0) + 1 FROM " + tb.name).Scan(&next); err != nil {
		return err
	}
	for i := range vs {
		id, version := tb.ids(&vs[i])
		if *id == 0 {
			*id = next
		}
		next = max(next, *id+1)
		if *version == 0 {
			*version = 1
		}
	}
	return nil
}

// maxVariables is the most values one statement binds: SQLite's limit of
// old, which every build allows.
const maxVariables = 999

// update writes v over the stored row if the stored version is still
// v's version, then bumps the version. prepare, when given, sees the stored
// row first and may adjust v (a promise's revision, say).
func (tb *table[T]) update(t *txn, v *T, prepare func(old T, v *T) error) error {
	id, version := tb.ids(v)
	old, err := tb.get(t.ctx, t.tx, *id)
	if err != nil {
		return err
	}
	_, oldVersion := tb.ids(&old)
	if *oldVersion != *version {
		return model.ErrConflict
	}
	if prepare != nil {
		if err := prepare(old, v); err != nil {
			return err
		}
	}
	sets := make([]string, len(tb.columns))
	for i, c := range tb.columns {
		sets[i] = c + " = ?"
	}
	args := append(tb.values(v), *id, *version)
	res, err := t.exec("UPDATE "+tb.name+" SET "+strings.Join(sets, ", ")+", version = version + 1 WHERE id = ? AND version = ? AND deleted = 0", args...)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return model.ErrConflict
	}
	*version++
	deal, err := tb.deal(t, v)
	if err != nil {
		return err
	}
	oldDeal, err := tb.deal(t, &old)
	if err != nil {
		return err
	}
	if deal != oldDeal {
		t.touch(deal)
		t.touch(oldDeal)
	} else {
		t.touchRow(deal, &old)
		t.touchRow(deal, v)
	}
	return t.event(deal, tb.entity, *id, "update", old, v)
}

// remove deletes a row softly — it stays in the file, hidden, so undo can
// bring it back — if its version is still version.
func (tb *table[T]) remove(t *txn, id, version int64) error {
	old, err := tb.get(t.ctx, t.tx, id)
	if err != nil {
		return err
	}
	if _, v := tb.ids(&old); *v != version {
		return model.ErrConflict
	}
	if _, err := t.exec("UPDATE "+tb.name+" SET deleted = 1, version = version + 1 WHERE id = ? AND version = ?", id, version); err != nil {
		return err
	}
	deal, err := tb.deal(t, &old)
	if err != nil {
		return err
	}
	t.touchRow(deal, &old)
	return t.event(deal, tb.entity, id, "delete", old, nil)
}

// restore brings back a row that remove deleted, and returns it.
func (tb *table[T]) restore(t *txn, id int64) (T, error) {
	res, err := t.exec("UPDATE "+tb.name+" SET deleted = 0, version = version + 1 WHERE id = ? AND deleted = 1", id)
	if err != nil {
		var zero T
		return zero, err
	}
	if n, _ := res.RowsAffected(); n != 1 {
		var zero T
		return zero, model.ErrNotFound
	}
	v, err := tb.get(t.ctx, t.tx, id)
	if err != nil {
		return v, err
	}
	deal, err := tb.deal(t, &v)
	if err != nil {
		return v, err
	}
	t.touchRow(deal, &v)
	return v, t.event(deal, tb.entity, id, "restore", nil, v)
}

// noDeal is the deal function of rows that belong to no deal.
func noDeal[T any](*txn, *T) (int64, error) { return 0, nil }
