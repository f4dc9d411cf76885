-- kard schema, version 4: what a directory sync keeps beside the contacts.

-- The hash of the directory data each directory contact was last synced from: a
-- re-sync compares and writes only the entries whose data changed.
CREATE TABLE directory_entry (
    contact_id INTEGER PRIMARY KEY REFERENCES contact (id) ON DELETE CASCADE,
    hash       INTEGER NOT NULL
);

-- A contact changed by anything but the sync (your profile's presence or photo on
-- your entry) no longer holds what its hash says: the next sync compares it in full.
-- (The sync writes the hash after its own changes.)
CREATE TRIGGER directory_entry_stale
AFTER UPDATE OF source, directory, directory_id, kind, display_name, given, family,
    organization, department, location, title, presence_state, presence_message,
    photo_type, photo ON contact
BEGIN
    DELETE FROM directory_entry WHERE contact_id = NEW.id;
END;

-- How a directory was last read, for `directory sync` with no source: for an LDAP
-- server its URL and options as JSON (bind DN, filter, map, password command; never
-- a password).
CREATE TABLE directory_origin (
    source  TEXT NOT NULL,
    name    TEXT NOT NULL,                   -- '' for the company directory
    origin  TEXT NOT NULL,
    PRIMARY KEY (source, name)
) WITHOUT ROWID;
