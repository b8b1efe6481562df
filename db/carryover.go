package db

import (
	"context"
	"database/sql"

	"handoff/model"
)

// canonicalMigration ends the name of the migration after which sign-off
// hashes are over the canonical form of the data (model/canonhash.go).
const canonicalMigration = "_report_language.sql"

// carryOverSignOffs rewrites, inside the migration, each sign-off whose hash
// is still over the English page ("sha256:…") and matches the deal as it is
// now (the legacy hash worked out again from today's rows) to the canonical
// hash of the same deal: it stays signed and unchanged. A legacy hash that
// does not match is left as it was, so the sign-off still reads "changed
// since sign-off" (and names the sections, compared with the English page).
// Like filling the differences, it writes no event and no new version.
func carryOverSignOffs(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT deal_id FROM signoffs WHERE report_hash LIKE 'sha256:%'`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, id := range ids {
		d, err := fullDossier(ctx, tx, id, nil)
		if err != nil {
			return err
		}
		legacy, _ := model.LegacyReportHash(d)
		overall, per := model.ReportHash(d)
		for _, so := range d.SignOffs {
			if !model.IsLegacyHash(so.ReportHash) || so.ReportHash != legacy {
				continue
			}
			if _, err := tx.ExecContext(ctx, `UPDATE signoffs SET report_hash = ?, sections = ? WHERE id = ?`,
				overall, jsonValue(per), so.ID); err != nil {
				return err
			}
		}
	}
	return nil
}
