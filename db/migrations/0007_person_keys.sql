-- The SSH keys people sign in to handoff serve with: one key belongs to
-- one person, found by its SHA256 fingerprint.
CREATE TABLE person_keys (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    fingerprint TEXT    NOT NULL UNIQUE,
    public_key  TEXT    NOT NULL,
    comment     TEXT    NOT NULL DEFAULT '',
    added_at    TEXT    NOT NULL
);
CREATE INDEX person_keys_person ON person_keys(person_id);
