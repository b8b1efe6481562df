package db

import (
	"context"
	"database/sql"
)

// preparedReads is a read transaction that prepares each of its queries
// once: an export reads every deal with the same dozen statements, and
// preparing them again for each of a thousand deals cost as much as
// running them.
type preparedReads struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func newPreparedReads(tx *sql.Tx) *preparedReads {
	return &preparedReads{tx: tx, stmts: map[string]*sql.Stmt{}}
}

// stmt is the statement for query, prepared on first use.
func (p *preparedReads) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := p.stmts[query]; ok {
		return st, nil
	}
	st, err := p.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	p.stmts[query] = st
	return st, nil
}

func (p *preparedReads) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := p.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (p *preparedReads) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := p.stmt(ctx, query)
	if err != nil {
		// The row carries the error: the transaction's own QueryRow
		// reports a query that does not prepare as its Scan's error.
		return p.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// close closes the statements; the transaction stays open.
func (p *preparedReads) close() {
	for _, st := range p.stmts {
		st.Close()
	}
}
