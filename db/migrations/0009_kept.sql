-- After the handoff: the state every role signed (the baseline), the
-- promises the customer asked for since (change requests), and what became
-- of each promise once the deal is in delivery (outcomes).

-- One row per time every role had signed the deal as it stood; the latest
-- is the deal's baseline.
CREATE TABLE baselines (
    id       INTEGER PRIMARY KEY,
    deal_id  INTEGER NOT NULL REFERENCES deals(id),
    taken_at TEXT    NOT NULL,
    snapshot TEXT    NOT NULL DEFAULT '{}',  -- JSON: promises, answers, terms, not sold
    deleted  INTEGER NOT NULL DEFAULT 0,
    version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX baselines_deal ON baselines(deal_id);

-- A promise added after the baseline, as relayed to delivery.
CREATE TABLE change_requests (
    id            INTEGER PRIMARY KEY,
    deal_id       INTEGER NOT NULL REFERENCES deals(id),
    promise_id    INTEGER NOT NULL REFERENCES promises(id),
    relayed_by    INTEGER REFERENCES people(id),
    asked_by      TEXT    NOT NULL DEFAULT '',  -- who at the customer asked
    status        TEXT    NOT NULL,
    reason        TEXT    NOT NULL DEFAULT '',
    decision_id   INTEGER REFERENCES decisions(id),
    present       TEXT    NOT NULL DEFAULT '[]',  -- JSON: people present at the decision
    decided_at    TEXT    NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX change_requests_promise ON change_requests(promise_id) WHERE deleted = 0;
CREATE INDEX change_requests_deal ON change_requests(deal_id);

-- What became of a promise in delivery: one live outcome per promise.
CREATE TABLE outcomes (
    id                INTEGER PRIMARY KEY,
    deal_id           INTEGER NOT NULL REFERENCES deals(id),
    promise_id        INTEGER NOT NULL REFERENCES promises(id),
    outcome           TEXT    NOT NULL,
    on_date           TEXT    NOT NULL DEFAULT '',
    days_late         INTEGER NOT NULL DEFAULT 0,
    note              TEXT    NOT NULL DEFAULT '',
    change_request_id INTEGER REFERENCES change_requests(id),
    decision_id       INTEGER REFERENCES decisions(id),
    recorded_by       TEXT    NOT NULL DEFAULT '',
    recorded_at       TEXT    NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX outcomes_promise ON outcomes(promise_id) WHERE deleted = 0;
CREATE INDEX outcomes_deal ON outcomes(deal_id);
