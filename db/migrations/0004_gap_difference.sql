-- A derived gap's difference as data (its figures, dates and words, as
-- JSON: one object whose fields depend on the gap's kind), beside the title
-- rendered from it. '{}' is no detail: a manual gap, or a derived gap from
-- before this column, which the next reconciliation of its deal fills.
ALTER TABLE gaps ADD COLUMN detail TEXT NOT NULL DEFAULT '{}';
