-- A lower bound for any import that stores and indexes what issue 6 asks, timed by
-- benches/run.py on the generated Google CSV: SQLite alone, no parsing, no Rust.
-- `g` (the CSV, loaded by `.import` before this runs and not timed) is copied into
-- the smallest schema that still answers the lookups: one row a contact (its fields
-- in one column), one indexed row a phone number, and an FTS5 index of the names,
-- organization and email, without prefix indexes. No E.164 (the raw number stands
-- in), no digit-suffix or UID index, no merging: kard's real import does all of that
-- and more. Same page size, journal and cache as kard's bulk import.
.bail on
PRAGMA cache_size = -12288;
BEGIN;
CREATE TABLE contact (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE number (number TEXT NOT NULL, contact_id INTEGER NOT NULL);
CREATE VIRTUAL TABLE search USING fts5 (words, content = '', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO contact (id, data)
    SELECT rowid, "First Name" || char(31) || "Middle Name" || char(31) || "Last Name"
        || char(31) || "Organization Name" || char(31) || "Organization Title" || char(31)
        || "E-mail 1 - Label" || char(31) || "E-mail 1 - Value" || char(31) || "Phone 1 - Label"
        || char(31) || "Phone 1 - Value" || char(31) || "Phone 2 - Label" || char(31)
        || "Phone 2 - Value" FROM g;
INSERT INTO number (number, contact_id)
    SELECT "Phone 1 - Value", rowid FROM g WHERE "Phone 1 - Value" <> ''
    UNION ALL SELECT "Phone 2 - Value", rowid FROM g WHERE "Phone 2 - Value" <> '';
INSERT INTO search (rowid, words)
    SELECT rowid, "First Name" || ' ' || "Last Name" || ' ' || "Organization Name" || ' '
        || "E-mail 1 - Value" FROM g;
CREATE INDEX number_by_number ON number (number);
COMMIT;
