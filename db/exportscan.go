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

// exportScan reads the whole file a deal at a time with one query of each
// table, in deal order, all in the same transaction, so in the same
// snapshot. It reads what loadDossier reads in full, row for row.
type exportScan struct {
	deals *dealCursor[model.Deal]
	parts []dealPart // the deal's other tables, in the order they are read
}

// dealPart is one table of a deal as the export reads it: its cursor, and
// where the deal's rows go in its dossier.
type dealPart interface {
	fill(d *model.Dossier) error
	close()
}

// part is a dealPart of rows of type T; limit is as take's.
type part[T any] struct {
	c     *dealCursor[T]
	limit int
	put   func(d *model.Dossier, rows []T)
}

func (p *part[T]) fill(d *model.Dossier) error {
	rows, err := p.c.take(d.Deal.ID, p.limit)
	if err == nil {
		p.put(d, rows)
	}
	return err
}

func (p *part[T]) close() { p.c.close() }

// partOf is a part to open: the table, the rest of its FROM clause and the
// deal's column through it (openCursor), its order within a deal, at most
// how many rows (0: all), and where they go.
func partOf[T any](tb *table[T], join, dealCol, order string, limit int, put func(*model.Dossier, []T)) func(context.Context, querier) (dealPart, error) {
	return func(ctx context.Context, q querier) (dealPart, error) {
		c, err := openCursor(ctx, q, tb, join, dealCol, order)
		if err != nil {
			return nil, err
		}
		return &part[T]{c: c, limit: limit, put: put}, nil
	}
}

// exportParts are a deal's tables but its own, as the export reads them:
// the orders within a deal are those of loadHolding, loadRest and
// loadKept. The rows handed to put are in a list the cursor reuses for the
// next deal (see take).
var exportParts = []func(context.Context, querier) (dealPart, error){
	partOf(promises, "", "", "t.id", 0, func(d *model.Dossier, r []model.Promise) { d.Promises = r }),
	partOf(assessments, "JOIN promises p ON p.id = t.promise_id AND p.deleted = 0", "p.deal_id", "t.promise_id", 0,
		func(d *model.Dossier, r []model.Assessment) { d.Assessments = r }),
	partOf(terms, "", "", "t.term COLLATE NOCASE, t.id", 0, func(d *model.Dossier, r []model.Term) { d.Terms = r }),
	partOf(gaps, "", "", "t.id", 0, func(d *model.Dossier, r []model.Gap) { d.Gaps = r }),
	partOf(dismissedWords, "", "", "t.id", 0, func(d *model.Dossier, r []model.DismissedWord) { d.Dismissed = r }),
	partOf(changeRequests, "", "", "t.id", 0, func(d *model.Dossier, r []model.ChangeRequest) { d.ChangeRequests = r }),
	partOf(constraints, "", "", "t.id", 0, func(d *model.Dossier, r []model.Constraint) { d.Constraints = r }),
	partOf(decisions, "", "", "t.decided_at, t.id", 0, func(d *model.Dossier, r []model.Decision) { d.Decisions = r }),
	partOf(signOffs, "", "", "t.signed_at, t.id", 0, func(d *model.Dossier, r []model.SignOff) { d.SignOffs = r }),
	partOf(confirmations, "", "", "t.id", 0, func(d *model.Dossier, r []model.Confirmation) { d.Confirmations = r }),
	// The newest baseline alone, as loadKept reads it.
	partOf(baselines, "", "", "t.taken_at DESC, t.id DESC", 1, func(d *model.Dossier, r []model.Baseline) {
		if len(r) > 0 {
			d.Baseline = &r[0]
		}
	}),
	partOf(outcomes, "", "", "t.id", 0, func(d *model.Dossier, r []model.Outcome) { d.Outcomes = r }),
}

// newExportScan opens the cursors.
func newExportScan(ctx context.Context, q querier) (*exportScan, error) {
	dc, err := openCursor(ctx, q, deals, "", "t.id", "t.id")
	if err != nil {
		return nil, err
	}
	s := &exportScan{deals: dc}
	for _, open := range exportParts {
		p, err := open(ctx, q)
		if err != nil {
			s.close()
			return nil, err
		}
		s.parts = append(s.parts, p)
	}
	return s, nil
}

func (s *exportScan) close() {
	s.deals.close()
	for _, p := range s.parts {
		p.close()
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
	for _, p := range s.parts {
		if err := p.fill(d); err != nil {
			return nil, err
		}
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
