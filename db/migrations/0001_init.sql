-- The first schema of a handoff database. Every editable row has a version
-- for optimistic concurrency; deletions are soft (deleted = 1) so that undo
-- can bring a row back and nothing is ever lost.

CREATE TABLE people (
    id      INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL,
    role    TEXT    NOT NULL,
    email   TEXT    NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE deals (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL,
    customer       TEXT    NOT NULL DEFAULT '',
    stage          TEXT    NOT NULL,
    value_minor    INTEGER NOT NULL DEFAULT 0,
    currency       TEXT    NOT NULL DEFAULT '',
    close_date     TEXT    NOT NULL DEFAULT '',
    sales_owner    INTEGER REFERENCES people(id),
    presales_owner INTEGER REFERENCES people(id),
    delivery_owner INTEGER REFERENCES people(id),
    why_buy        TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    not_sold       TEXT    NOT NULL DEFAULT '[]',   -- JSON array of strings
    archived       INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 1,
    -- Kept up to date by every change to the deal's rows, so the deal list
    -- never computes gaps: readiness percent and blockers, open gaps by
    -- severity, the next due date among open gaps and promises, and
    -- whether the deal changed since it was signed off.
    readiness      INTEGER NOT NULL DEFAULT 0,
    blockers       INTEGER NOT NULL DEFAULT 0,
    blocker_list   TEXT    NOT NULL DEFAULT '[]',  -- JSON: the blockers' sentences
    open_critical  INTEGER NOT NULL DEFAULT 0,
    open_high      INTEGER NOT NULL DEFAULT 0,
    open_medium    INTEGER NOT NULL DEFAULT 0,
    open_low       INTEGER NOT NULL DEFAULT 0,
    next_due       TEXT    NOT NULL DEFAULT '',
    -- 1 when the report changed since the latest sign-off.
    signoff_changed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE promises (
    id           INTEGER PRIMARY KEY,
    deal_id      INTEGER NOT NULL REFERENCES deals(id),
    title        TEXT    NOT NULL,
    detail       TEXT    NOT NULL DEFAULT '',
    category     TEXT    NOT NULL,
    priority     TEXT    NOT NULL,
    promised_by  INTEGER REFERENCES people(id),
    source       TEXT    NOT NULL,
    source_ref   TEXT    NOT NULL DEFAULT '',
    made_on      TEXT    NOT NULL DEFAULT '',
    due          TEXT    NOT NULL DEFAULT '',
    problem      TEXT    NOT NULL DEFAULT '',
    budget_days  REAL    NOT NULL DEFAULT 0,
    verification TEXT    NOT NULL,
    revision     INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX promises_deal ON promises(deal_id);

CREATE TABLE assessments (
    id               INTEGER PRIMARY KEY,
    promise_id       INTEGER NOT NULL REFERENCES promises(id),
    fit              TEXT    NOT NULL,
    can_do           TEXT    NOT NULL DEFAULT '',
    effort_days      REAL    NOT NULL DEFAULT 0,
    earliest         TEXT    NOT NULL DEFAULT '',
    confidence       TEXT    NOT NULL,
    assessed_by      INTEGER REFERENCES people(id),
    assessed_at      TEXT    NOT NULL,
    promise_revision INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1
);
-- One live answer per promise.
CREATE UNIQUE INDEX assessments_promise ON assessments(promise_id) WHERE deleted = 0;

CREATE TABLE constraints (
    id      INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    text    TEXT    NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX constraints_deal ON constraints(deal_id);

CREATE TABLE gaps (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id),
    promise_id    INTEGER REFERENCES promises(id),
    kind          TEXT    NOT NULL,
    title         TEXT    NOT NULL,
    severity      TEXT    NOT NULL,
    severity_set  INTEGER NOT NULL DEFAULT 0,
    owner         INTEGER REFERENCES people(id),
    due           TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL,
    resolution    TEXT    NOT NULL DEFAULT '',
    origin        TEXT    NOT NULL,
    auto_resolved INTEGER NOT NULL DEFAULT 0,
    deleted       INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX gaps_deal ON gaps(deal_id);
-- A derived gap is identified by its promise and kind.
CREATE UNIQUE INDEX gaps_derived ON gaps(promise_id, kind) WHERE origin = 'derived';

CREATE TABLE terms (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals(id),
    term       TEXT    NOT NULL,
    definition TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL,
    agreed_by  TEXT    NOT NULL DEFAULT '[]',  -- JSON array of person ids
    deleted    INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX terms_deal ON terms(deal_id);

CREATE TABLE decisions (
    id         INTEGER PRIMARY KEY,
    deal_id    INTEGER NOT NULL REFERENCES deals(id),
    gap_id     INTEGER REFERENCES gaps(id),
    text       TEXT    NOT NULL,
    decided_by INTEGER REFERENCES people(id),
    decided_at TEXT    NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX decisions_deal ON decisions(deal_id);

CREATE TABLE signoffs (
    id          INTEGER PRIMARY KEY,
    deal_id     INTEGER NOT NULL REFERENCES deals(id),
    person_id   INTEGER NOT NULL REFERENCES people(id),
    role        TEXT    NOT NULL,
    signed_at   TEXT    NOT NULL,
    report_hash TEXT    NOT NULL,
    sections    TEXT    NOT NULL DEFAULT '{}',  -- JSON: report section → hash
    deleted     INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX signoffs_deal ON signoffs(deal_id);

CREATE TABLE watch_words (
    id      INTEGER PRIMARY KEY,
    word    TEXT    NOT NULL,
    lang    TEXT    NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);

-- The history: one row per change, written in the change's transaction.
CREATE TABLE events (
    id        INTEGER PRIMARY KEY,
    deal_id   INTEGER,
    actor     TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT    NOT NULL,
    before    TEXT    NOT NULL DEFAULT '',
    after     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX events_deal ON events(deal_id, id);
