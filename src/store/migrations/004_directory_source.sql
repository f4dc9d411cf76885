-- kard schema, version 4: what a directory sync keeps beside the contacts.

-- The hash of the directory data each directory contact was last synced from: a
-- re-sync compares and writes only the entries whose data changed.
CREATE TABLE directory_entry (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    hash       INTEGER NOT NULL
);

-- How a directory was last read, for `directory sync` with no source: for an LDAP
-- server its URL and options as JSON (bind DN, filter, map, password command; never
-- a password).
CREATE TABLE directory_origin (
    source  TEXT NOT NULL,
    name    TEXT NOT NULL,                   -- '' for the company directory
    origin  TEXT NOT NULL,
    PRIMARY KEY (source, name)
) WITHOUT ROWID;
