package db

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"strings"

	"handoff/model"
)

// dealCursor reads one table once for a whole export, in deal order, and
// hands out the rows of one deal at a time: thirteen queries for the
// export instead of thirteen for each deal, whose start cost as much as
// the rows of a small deal. The rows of a deal not asked for (a deleted
// one) are passed over.
type dealCursor[T any] struct {
	rows *sql.Rows
	dest []any // the row's deal, then the table's columns, into cur
	slow []any // the same, as the table scans them (dest is faster)
	deal int64 // the deal of cur
	cur  T
	held bool // cur is a row not handed out yet
	buf  []T  // the rows handed out last, reused
	used int  // how many of buf they were
	done bool
}

// openCursor selects the live rows of tb, with the deal each belongs to,
// ordered by deal and then by order (columns of tb, which the query calls
// t). join, when not empty, is the rest of the FROM clause and dealCol the
// deal's column through it; otherwise the table's own deal_id.
func openCursor[T any](ctx context.Context, q querier, tb *table[T], join, dealCol, order string) (*dealCursor[T], error) {
	if dealCol == "" {
		dealCol = "t.deal_id"
	}
	cols := make([]string, 0, len(tb.columns)+3)
	cols = append(cols, dealCol, "t.id")
	for _, c := range tb.columns {
		cols = append(cols, "t."+c)
	}
	cols = append(cols, "t.version")
	query := "SELECT " + strings.Join(cols, ", ") + " FROM " + tb.name + " t " + join +
		" WHERE t.deleted = 0 ORDER BY " + dealCol + ", " + order
	rows, err := q.QueryContext(ctx, query)
	if err != nil {
		return nil, mapErr(err)
	}
	c := &dealCursor[T]{rows: rows}
	id, version := tb.ids(&c.cur)
	c.slow = append([]any{&c.deal, id}, tb.dests(&c.cur)...)
	c.slow = append(c.slow, version)
	c.dest = fastDests(c.slow)
	return c, nil
}

// advance reads the next row into cur; false at the end.
func (c *dealCursor[T]) advance() (bool, error) {
	if c.done {
		return false, nil
	}
	if !c.rows.Next() {
		c.done = true
		return false, mapErr(c.rows.Err())
	}
	// A destination may keep what it finds (a slice decoded into), so
	// every row starts from the zero value, as a row read alone does.
	var zero T
	c.cur = zero
	if err := c.rows.Scan(c.dest...); err != nil {
		if !errors.Is(err, errSlowScan) {
			return false, mapErr(err)
		}
		c.cur = zero
		if err := c.rows.Scan(c.slow...); err != nil {
			return false, mapErr(err)
		}
	}
	c.held = true
	return true, nil
}

// take returns the rows of deal id, in order, at most limit of them
// (0: all); the deals before id in the table are passed over. Deals are
// taken in increasing id order. The rows are in a list the cursor reuses
// for the next deal: growing a new one for each deal was a tenth of the
// reading, and a deal is written before the next is read.
func (c *dealCursor[T]) take(id int64, limit int) ([]T, error) {
	out := c.buf[:0]
	defer func() {
		// What the deal before left beyond these rows is let go.
		if len(out) < c.used {
			clear(out[len(out):c.used])
		}
		c.buf, c.used = out, len(out)
	}()
	for {
		if !c.held {
			ok, err := c.advance()
			if err != nil || !ok {
				return nilIfEmpty(out), err
			}
		}
		switch {
		case c.deal < id:
			c.held = false
		case c.deal > id:
			return nilIfEmpty(out), nil
		default:
			c.held = false
			if limit == 0 || len(out) < limit {
				out = append(out, c.cur)
			}
		}
	}
}

// nilIfEmpty is nil for no rows, as a deal read by itself has.
func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

func (c *dealCursor[T]) close() { c.rows.Close() }

// exportScan reads the deals of a whole export with one query for each
// table, in deal order, all in the same transaction, so in the same
// snapshot. It reads what loadDossier reads in full, row for row.
type exportScan struct {
	closers        []func()
	deals          *dealCursor[model.Deal]
	promises       *dealCursor[model.Promise]
	assessments    *dealCursor[model.Assessment]
	terms          *dealCursor[model.Term]
	gaps           *dealCursor[model.Gap]
	dismissed      *dealCursor[model.DismissedWord]
	changeRequests *dealCursor[model.ChangeRequest]
	constraints    *dealCursor[model.Constraint]
	decisions      *dealCursor[model.Decision]
	signOffs       *dealCursor[model.SignOff]
	confirmations  *dealCursor[model.Confirmation]
	baselines      *dealCursor[model.Baseline]
	outcomes       *dealCursor[model.Outcome]
}

// open opens one cursor and keeps it to close.
func openInto[T any](ctx context.Context, q querier, s *exportScan, dst **dealCursor[T], tb *table[T], join, dealCol, order string) error {
	c, err := openCursor(ctx, q, tb, join, dealCol, order)
	if err != nil {
		return err
	}
	*dst = c
	s.closers = append(s.closers, c.close)
	return nil
}

// newExportScan opens the cursors. The orders within a deal are those of
// loadHolding, loadRest and loadKept.
func newExportScan(ctx context.Context, q querier) (*exportScan, error) {
	s := &exportScan{}
	steps := []func() error{
		func() error { return openInto(ctx, q, s, &s.deals, deals, "", "t.id", "t.id") },
		func() error { return openInto(ctx, q, s, &s.promises, promises, "", "", "t.id") },
		func() error {
			return openInto(ctx, q, s, &s.assessments, assessments,
				"JOIN promises p ON p.id = t.promise_id AND p.deleted = 0", "p.deal_id", "t.promise_id")
		},
		func() error {
			return openInto(ctx, q, s, &s.terms, terms, "", "", "t.term COLLATE NOCASE, t.id")
		},
		func() error { return openInto(ctx, q, s, &s.gaps, gaps, "", "", "t.id") },
		func() error { return openInto(ctx, q, s, &s.dismissed, dismissedWords, "", "", "t.id") },
		func() error { return openInto(ctx, q, s, &s.changeRequests, changeRequests, "", "", "t.id") },
		func() error { return openInto(ctx, q, s, &s.constraints, constraints, "", "", "t.id") },
		func() error { return openInto(ctx, q, s, &s.decisions, decisions, "", "", "t.decided_at, t.id") },
		func() error { return openInto(ctx, q, s, &s.signOffs, signOffs, "", "", "t.signed_at, t.id") },
		func() error { return openInto(ctx, q, s, &s.confirmations, confirmations, "", "", "t.id") },
		func() error {
			return openInto(ctx, q, s, &s.baselines, baselines, "", "", "t.taken_at DESC, t.id DESC")
		},
		func() error { return openInto(ctx, q, s, &s.outcomes, outcomes, "", "", "t.id") },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			s.close()
			return nil, err
		}
	}
	return s, nil
}

func (s *exportScan) close() {
	for _, c := range s.closers {
		c()
	}
}

// dossier reads deal id as loadDossier reads it in full; ErrNotFound for
// a deal not live. Deals are read in increasing id order.
func (s *exportScan) dossier(id int64) (*model.Dossier, error) {
	ds, err := s.deals.take(id, 1)
	if err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, model.ErrNotFound
	}
	d := &model.Dossier{Deal: ds[0]}
	if d.Promises, err = s.promises.take(id, 0); err != nil {
		return nil, err
	}
	if d.Assessments, err = s.assessments.take(id, 0); err != nil {
		return nil, err
	}
	if d.Terms, err = s.terms.take(id, 0); err != nil {
		return nil, err
	}
	if d.Gaps, err = s.gaps.take(id, 0); err != nil {
		return nil, err
	}
	if d.Dismissed, err = s.dismissed.take(id, 0); err != nil {
		return nil, err
	}
	if d.ChangeRequests, err = s.changeRequests.take(id, 0); err != nil {
		return nil, err
	}
	if d.Constraints, err = s.constraints.take(id, 0); err != nil {
		return nil, err
	}
	if d.Decisions, err = s.decisions.take(id, 0); err != nil {
		return nil, err
	}
	if d.SignOffs, err = s.signOffs.take(id, 0); err != nil {
		return nil, err
	}
	if d.Confirmations, err = s.confirmations.take(id, 0); err != nil {
		return nil, err
	}
	bs, err := s.baselines.take(id, 1)
	if err != nil {
		return nil, err
	}
	if len(bs) > 0 {
		d.Baseline = &bs[0]
	}
	if d.Outcomes, err = s.outcomes.take(id, 0); err != nil {
		return nil, err
	}
	return d, nil
}

// fastDest is a scan destination that takes the value SQLite gives for a
// plain field (an integer, a real, a flag, a string of a named type)
// without database/sql's conversion, which goes through reflection for
// every such column of every row: a sixth of the export's reading. A value
// of any other type is refused (errSlowScan), and the row is scanned again
// into the table's own destinations, which convert it as they always do.
type fastDest struct{ v reflect.Value }

var errSlowScan = errors.New("export: scanned the slow way")

func (d fastDest) Scan(src any) error {
	switch d.v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if n, ok := src.(int64); ok && !d.v.OverflowInt(n) {
			d.v.SetInt(n)
			return nil
		}
	case reflect.Float32, reflect.Float64:
		if f, ok := src.(float64); ok && d.v.Kind() == reflect.Float64 {
			d.v.SetFloat(f)
			return nil
		}
	case reflect.Bool:
		if n, ok := src.(int64); ok && (n == 0 || n == 1) {
			d.v.SetBool(n == 1)
			return nil
		}
	case reflect.String:
		if s, ok := src.(string); ok {
			d.v.SetString(s)
			return nil
		}
	}
	return errSlowScan
}

// fastDests are dests with each plain field's pointer in a fastDest; a
// *string, which database/sql sets directly, and a destination of the
// table's own (a sql.Scanner) are kept as they are.
func fastDests(dests []any) []any {
	out := make([]any, len(dests))
	for i, p := range dests {
		out[i] = p
		if _, ok := p.(sql.Scanner); ok {
			continue
		}
		if _, ok := p.(*string); ok {
			continue
		}
		v := reflect.ValueOf(p)
		if v.Kind() != reflect.Pointer {
			continue
		}
		switch v.Elem().Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Float32, reflect.Float64, reflect.Bool, reflect.String:
			out[i] = fastDest{v.Elem()}
		}
	}
	return out
}
