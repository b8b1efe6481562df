-- The gaps a person owns, across every deal, are read by owner: the
-- agenda finds them without reading every gap in the file.
CREATE INDEX gaps_owner ON gaps(owner);
