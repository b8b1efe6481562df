-- The language a deal's report is exported in (the customer's): '' when
-- not set, then the session's language. A glossary term's equivalents in
-- other languages, as a JSON list of {"lang": "de", "text": "Echtzeit"}.
-- Sign-offs recorded over the English page are carried over to the
-- canonical hash after this step (see the store's migrate).
ALTER TABLE deals ADD COLUMN report_lang TEXT NOT NULL DEFAULT '';
ALTER TABLE terms ADD COLUMN equivalents TEXT NOT NULL DEFAULT '[]';
