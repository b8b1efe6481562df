package db

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"

	"handoff/model"
)

// WriteExport writes the JSON export of the given deals (every live deal
// when ids is empty) to w deal by deal: the very bytes MarshalArchive gives
// for what Export reads, holding one deal at a time, so memory is bounded
// by the largest deal rather than the file. The whole file is read with one
// query a table, in deal order (exportScan), a choice of deals a deal at a
// time; either way in one read transaction, so the export is of one moment
// while others write. Only when the directory holds removed people does it
// read the deals twice: the people come first in the file, and which
// removed ones it names depends on every deal. A deal a damaged file will
// not give up is left out and named by a *PartialExport after the rest is
// written.
func (s *Store) WriteExport(ctx context.Context, w io.Writer, ids ...int64) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return mapErr(err)
	}
	defer tx.Rollback()
	a := model.NewArchive()
	if a.People, err = people.list(ctx, tx, "", "id"); err != nil {
		return err
	}
	if a.WatchWords, err = watchWords.list(ctx, tx, "", "id"); err != nil {
		return err
	}
	whole := len(ids) == 0
	if whole {
		if ids, err = dealIDs(ctx, tx); err != nil {
			return err
		}
	}
	reads := newPreparedReads(tx)
	defer reads.close()
	var removed int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM people WHERE deleted = 1").Scan(&removed); err != nil {
		return mapErr(err)
	}
	if removed > 0 {
		// The first reading: which removed people the deals name.
		src, err := newDealSource(ctx, reads, whole)
		if err != nil {
			return err
		}
		for _, id := range ids {
			d, err := src.read(id)
			if err != nil {
				src.close()
				return err
			}
			if d == nil {
				continue // left out, and named at the end
			}
			a.Deals = append(a.Deals[:0], *d)
			if err := addRemovedPeople(ctx, tx, &a); err != nil {
				src.close()
				return err
			}
		}
		src.close()
		a.Deals = nil
	}
	nonNil(&a)
	bw := bufio.NewWriterSize(w, 64<<10)
	src, err := newDealSource(ctx, reads, whole)
	if err != nil {
		return err
	}
	defer src.close()
	lost, err := streamArchive(src, bw, a, ids)
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if len(lost) > 0 {
		return &PartialExport{Lost: lost}
	}
	return nil
}

// dealIDs are the ids of every live deal, in id order.
func dealIDs(ctx context.Context, q querier) ([]int64, error) {
	rows, err := q.QueryContext(ctx, "SELECT id FROM deals WHERE deleted = 0 ORDER BY id")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, mapErr(err)
		}
		ids = append(ids, id)
	}
	return ids, mapErr(rows.Err())
}

// exportDossier reads one deal as Export holds it; nil, with no error, for
// a deal the file is damaged where it is kept.
func exportDossier(ctx context.Context, q querier, id int64) (*model.Dossier, error) {
	d, err := loadDossier(ctx, q, id, true)
	if errors.Is(mapErr(err), ErrDamaged) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return exportForm(d), nil
}

// exportForm is d as the export holds it: no rows about what is deleted,
// and empty lists rather than none.
func exportForm(d *model.Dossier) *model.Dossier {
	dropOrphans(d)
	one := model.Archive{Deals: []model.Dossier{*d}}
	nonNil(&one)
	return &one.Deals[0]
}

// dealSource reads the deals of an export one at a time, in increasing id
// order: a whole export with one scan of each table (exportScan), a choice
// of deals each by itself. Both read in the export's one transaction.
type dealSource struct {
	ctx  context.Context
	q    querier
	scan *exportScan // nil: each deal read by itself
}

func newDealSource(ctx context.Context, q querier, whole bool) (*dealSource, error) {
	src := &dealSource{ctx: ctx, q: q}
	if whole {
		scan, err := newExportScan(ctx, q)
		switch {
		case err == nil:
			src.scan = scan
		case !errors.Is(mapErr(err), ErrDamaged):
			return nil, err
		}
		// A file damaged where a scan starts is read a deal at a time.
	}
	return src, nil
}

// read reads deal id as exportDossier does: nil, with no error, for a deal
// the file is damaged where it is kept.
func (s *dealSource) read(id int64) (*model.Dossier, error) {
	if s.scan != nil {
		d, err := s.scan.dossier(id)
		if err == nil {
			return exportForm(d), nil
		}
		s.close()
		if !errors.Is(mapErr(err), ErrDamaged) {
			return nil, err
		}
		// Damage met in a scan ends it: from this deal on each is read by
		// itself, so the deals the damage is not in are still exported.
	}
	return exportDossier(s.ctx, s.q, id)
}

func (s *dealSource) close() {
	if s.scan != nil {
		s.scan.close()
		s.scan = nil
	}
}

// streamArchive writes a, whose deals are empty, with the deals of ids in
// their place, one at a time, laid out as MarshalArchive lays out the whole.
// It returns the ids of the deals that could not be read.
func streamArchive(src *dealSource, w io.Writer, a model.Archive, ids []int64) ([]int64, error) {
	head, err := MarshalArchive(a)
	if err != nil {
		return nil, err
	}
	// The head ends in the empty list of deals: "deals": []\n}\n.
	const tail = "[]\n}\n"
	if !bytes.HasSuffix(head, []byte(tail)) {
		return nil, errors.New("export: unexpected layout of the archive")
	}
	head = head[:len(head)-len(tail)]
	var lost []int64
	enc := newDealEncoder(w)
	n := 0
	for _, id := range ids {
		d, err := src.read(id)
		if err != nil {
			return nil, err
		}
		if d == nil {
			lost = append(lost, id)
			continue
		}
		if n == 0 {
			if _, err := w.Write(head); err != nil {
				return nil, err
			}
			_, err = io.WriteString(w, "[\n    ")
		} else {
			_, err = io.WriteString(w, ",\n    ")
		}
		if err != nil {
			return nil, err
		}
		n++
		// A deal sits two levels in: the archive, its deals.
		if err := enc.writeDeal(d, "    "); err != nil {
			return nil, err
		}
	}
	if n == 0 {
		_, err = w.Write(append(head, tail...))
	} else {
		_, err = io.WriteString(w, "\n  ]\n}\n")
	}
	return lost, err
}
