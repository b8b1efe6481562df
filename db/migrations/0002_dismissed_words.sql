-- Watched words a deal's people said are no terms in that deal
-- ("integration" used plainly): they raise no undefined_term gap there.
CREATE TABLE dismissed_words (
    id      INTEGER PRIMARY KEY,
    deal_id INTEGER NOT NULL REFERENCES deals(id),
    word    TEXT    NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX dismissed_words_deal ON dismissed_words(deal_id);
