-- The customer copy: decisions, gaps and constraints are internal unless
-- marked shared,
-- and the customer's written answers to the copy (who at the customer,
-- on which day, by which reference, and what they wrote when a promise or
-- a definition is not as written; the gap such an answer raised).
ALTER TABLE decisions ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
ALTER TABLE gaps ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
-- A delivery constraint that depends on the customer is shared: the
-- customer copy lists it.
ALTER TABLE constraints ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;

CREATE TABLE confirmations (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals(id),
    promise_id INTEGER REFERENCES promises(id),
    term_id    INTEGER REFERENCES terms(id),
    answer     TEXT    NOT NULL,
    person_id  INTEGER NOT NULL REFERENCES people(id),
    answered_on TEXT   NOT NULL,
    reference  TEXT    NOT NULL,
    wrote      TEXT    NOT NULL DEFAULT '',
    gap_id     INTEGER REFERENCES gaps(id),
    deleted    INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX confirmations_deal ON confirmations(deal_id);
