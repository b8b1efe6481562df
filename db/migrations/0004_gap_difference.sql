-- A derived gap's difference as data (its figures, dates and words, as
-- JSON: one object whose fields depend on the gap's kind), beside the title
-- rendered from it. '{}' is none: a manual gap, or a derived gap from before
-- this column, which the upgrade fills right after this step (fillDiffs).
ALTER TABLE gaps ADD COLUMN difference TEXT NOT NULL DEFAULT '{}';
