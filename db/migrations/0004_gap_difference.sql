-- A derived gap's difference as data, beside the title rendered from it:
-- the promise it names, and per kind its figures, dates and words (fit and
-- what delivery can do; due, earliest and days late; effort and budget;
-- verification and stage; the terms, as a JSON list). Typed columns rather
-- than one JSON object, so reading a big deal's gaps decodes no JSON. Empty
-- (an empty promise) is none: a manual gap, or a derived gap from before
-- these columns, which the upgrade fills right after this step (fillDiffs).
ALTER TABLE gaps ADD COLUMN diff_promise      TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_fit          TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_can_do       TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_due          TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_earliest     TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_days_late    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE gaps ADD COLUMN diff_effort_days  REAL    NOT NULL DEFAULT 0;
ALTER TABLE gaps ADD COLUMN diff_budget_days  REAL    NOT NULL DEFAULT 0;
ALTER TABLE gaps ADD COLUMN diff_verification TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_stage        TEXT    NOT NULL DEFAULT '';
ALTER TABLE gaps ADD COLUMN diff_terms        TEXT    NOT NULL DEFAULT '';
