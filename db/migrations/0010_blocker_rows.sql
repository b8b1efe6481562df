-- The blockers kept beside a deal, one row each instead of one list in the
-- deal's row, so a write changes the rows of the blockers it changed alone
-- and the deal list's figures no longer sit after a long list. part, ref and
-- sub order a deal's blockers as its readiness lists them: by part (no
-- promises, unanswered, terms, suspect gaps, gaps by severity, owners), then
-- by the promise or gap each is about (a term: its first promise, then
-- where that promise writes it). A list carried over keeps its order in ref.
CREATE TABLE blockers (
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    part    INTEGER NOT NULL,
    ref     INTEGER NOT NULL,
    sub     INTEGER NOT NULL,
    blocker TEXT    NOT NULL,  -- JSON: the blocker (or, kept before blockers were data, its sentence)
    PRIMARY KEY (deal_id, part, ref, sub)
) WITHOUT ROWID;

INSERT INTO blockers (deal_id, part, ref, sub, blocker)
SELECT d.id, 0, j.key, 0, CASE WHEN j.type IN ('object', 'array') THEN j.value ELSE json_quote(j.value) END
FROM deals d, json_each(d.blocker_list) j;

ALTER TABLE deals DROP COLUMN blocker_list;
