-- Who recorded a sign-off (the store's actor) beside who signed, and how
-- many blockers the deal had when it was signed: a sign-off given while the
-- deal was not ready says so.
ALTER TABLE signoffs ADD COLUMN recorded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE signoffs ADD COLUMN blockers INTEGER NOT NULL DEFAULT 0;
