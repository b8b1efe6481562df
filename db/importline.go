package db

import (
	"encoding/json"
	"path/filepath"
	"strconv"

	"handoff/model"
)

// importLine is the one line of history an import writes for a deal in
// place of a line for each row it adds (see model.ImportRecord). The line
// is written when the import starts, so it comes before what the rules
// change of the deal's other rows and those changes fold under it; what it
// says is written once the transaction's gaps are known (finishImports).
type importLine struct {
	event int64 // the line's id, once written
	rec   model.ImportRecord
}

// importInto makes the rows this transaction adds to a deal that is there
// already one import, told in one line of history. file is the file
// imported from ("" for none).
func (t *txn) importInto(dealID int64, file string) error {
	if err := t.roomyCache(); err != nil {
		return err
	}
	return t.beginImport(dealID, &importLine{rec: model.ImportRecord{File: baseName(file)}})
}

// importNew makes the next deal this transaction creates, and every row it
// adds to that deal, one import told in one line of history: restored says
// the deal comes whole from an export.
func (t *txn) importNew(name, file string, restored bool) error {
	if err := t.roomyCache(); err != nil {
		return err
	}
	t.newImport = &importLine{rec: model.ImportRecord{File: baseName(file), NewDeal: name, Restored: restored}}
	return nil
}

// baseName is the file's name without its folder: the history says where
// the rows came from, not where the file was kept.
func baseName(file string) string {
	if file == "" {
		return ""
	}
	return filepath.Base(file)
}

// beginImport writes the line of an import into a deal: the lines waiting
// go first, so the ids stay in the order of the writes.
func (t *txn) beginImport(dealID int64, im *importLine) error {
	if err := t.flushEvents(); err != nil {
		return err
	}
	if t.at == "" {
		t.at = formatTime(t.now)
	}
	res, err := t.exec("INSERT INTO events (deal_id, actor, at, entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, '', '')",
		dealID, t.s.Actor, t.at, model.ImportEntity, dealID, model.ImportAction)
	if err != nil {
		return err
	}
	if im.event, err = res.LastInsertId(); err != nil {
		return err
	}
	if t.imports == nil {
		t.imports = map[int64]*importLine{}
	}
	t.imports[dealID] = im
	return nil
}

// imported reports whether a new row is told by an import's line rather
// than a line of its own, and counts it there. The line tells the rows an
// import brings by the thousand — the deal it makes, its promises, their
// delivery answers and the gaps — and nothing else: the terms, constraints,
// decisions, sign-offs and confirmations of a restored deal are few, each
// is somebody's word, and each keeps its own line, as does a gap a person
// raised. row is the new row.
func (t *txn) imported(dealID int64, entity string, id int64, row any) (bool, error) {
	switch entity {
	case deals.entity, promises.entity, assessments.entity:
	case gaps.entity:
		if g, ok := row.(*model.Gap); ok && g.Origin == model.OriginManual {
			return false, nil
		}
	default:
		return false, nil
	}
	im := t.imports[dealID]
	if im == nil && entity == deals.entity && t.newImport != nil {
		im, t.newImport = t.newImport, nil
		if err := t.beginImport(dealID, im); err != nil {
			return false, err
		}
	}
	if im == nil {
		return false, nil
	}
	r := &im.rec
	r.Rows++
	switch entity {
	case promises.entity:
		if r.Promises == 0 || id < r.First {
			r.First = id
		}
		r.Last = max(r.Last, id)
		r.Promises++
	case assessments.entity:
		r.Answers++
	case gaps.entity:
		r.Gaps++
	}
	return true, nil
}

// finishImports writes what each import's line says, now that the rules
// have found the deals' gaps.
func (t *txn) finishImports() error {
	for _, im := range t.imports {
		b, err := json.Marshal(im.rec)
		if err != nil {
			return err
		}
		if _, err := t.exec("UPDATE events SET after = ? WHERE id = ?", string(b), im.event); err != nil {
			return err
		}
	}
	return nil
}

// importCache is the page cache, in KiB, of a transaction that imports: a
// 20,000-promise deal writes some 30 MB of pages, and with SQLite's 2 MB
// the pages spill to the write-ahead log before the commit and are read
// back from it. The cache takes only what the transaction uses.
const importCache = 96 << 10

// roomyCache gives the transaction's connection the page cache of an
// import; write puts the connection's own size back before committing
// (dirty pages stay in the cache until the commit writes them whatever its
// size), so the connection goes back to the pool as it came.
func (t *txn) roomyCache() error {
	if t.cacheWas != nil {
		return nil
	}
	var was int64
	if err := t.queryRow("PRAGMA cache_size").Scan(&was); err != nil {
		return err
	}
	if _, err := t.tx.ExecContext(t.ctx, "PRAGMA cache_size = "+strconv.Itoa(-importCache)); err != nil {
		return err
	}
	t.cacheWas = &was
	return nil
}

// restoreCache puts back the page cache roomyCache changed, once.
func (t *txn) restoreCache() error {
	if t.cacheWas == nil {
		return nil
	}
	was := *t.cacheWas
	t.cacheWas = nil
	_, err := t.tx.ExecContext(t.ctx, "PRAGMA cache_size = "+strconv.FormatInt(was, 10))
	return err
}
