-- kard schema, version 2: a contact's UID is unique through an index of its own,
-- contact_by_uid, instead of a column constraint, so that a bulk import can drop it
-- and build it once at its end (a UID index taking random inserts was a quarter of a
-- million-card import). SQLite cannot drop a constraint: the table is made anew, with
-- the same columns, rows and ids. Foreign keys are off while this runs (Store::migrate).

CREATE TABLE contact_v2 (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL,
    source           TEXT NOT NULL CHECK (source IN ('personal', 'company', 'external')),
    -- '' for the company directory and personal contacts, else the external company
    directory        TEXT NOT NULL DEFAULT '',
    directory_id     TEXT,
    kind             TEXT NOT NULL DEFAULT 'person'
                     CHECK (kind IN ('person', 'auto_attendant', 'call_group', 'call_queue')),
    display_name     TEXT NOT NULL,
    sort_key         TEXT NOT NULL,          -- folded display name: sorting, exact lookups
    prefix           TEXT,
    given            TEXT,
    middle           TEXT,
    family           TEXT,
    suffix           TEXT,
    nickname         TEXT,
    organization     TEXT,
    department       TEXT,
    location         TEXT,
    title            TEXT,
    favorite         INTEGER NOT NULL DEFAULT 0,
    presence_state   TEXT,
    presence_message TEXT,
    birthday         TEXT,
    notes            TEXT,
    photo_type       TEXT,
    photo            BLOB,
    photo_url        TEXT,
    categories       TEXT,                   -- JSON array
    extras           TEXT,                   -- JSON array of properties kept for export
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT                    -- set while in the trash
);

INSERT INTO contact_v2 (
    id, uid, source, directory, directory_id, kind, display_name, sort_key, prefix,
    given, middle, family, suffix, nickname, organization, department, location,
    title, favorite, presence_state, presence_message, birthday, notes, photo_type,
    photo, photo_url, categories, extras, created_at, updated_at, deleted_at
)
SELECT
    id, uid, source, directory, directory_id, kind, display_name, sort_key, prefix,
    given, middle, family, suffix, nickname, organization, department, location,
    title, favorite, presence_state, presence_message, birthday, notes, photo_type,
    photo, photo_url, categories, extras, created_at, updated_at, deleted_at
FROM contact;

DROP TABLE contact;
ALTER TABLE contact_v2 RENAME TO contact;

CREATE UNIQUE INDEX contact_by_uid ON contact (uid);
CREATE INDEX contact_by_sort_key ON contact (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_directory ON contact (source, directory, directory_id);
CREATE INDEX contact_in_trash ON contact (deleted_at) WHERE deleted_at IS NOT NULL;
