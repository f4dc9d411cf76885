-- kard schema, version 1. Never edit a shipped migration: add the next file.

CREATE TABLE contact (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
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

CREATE INDEX contact_by_sort_key ON contact (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX contact_by_directory ON contact (source, directory, directory_id);
CREATE INDEX contact_in_trash ON contact (deleted_at) WHERE deleted_at IS NOT NULL;

-- Every multi-valued field of a contact: phones, faxes, emails, urls, extensions,
-- addresses. `norm` is the matching key (E.164, lowercase email, extension digits);
-- `rdigits` the reversed digits of a phone or fax, for "ends with" searches.
CREATE TABLE contact_value (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    field      TEXT NOT NULL
               CHECK (field IN ('phone', 'fax', 'email', 'url', 'extension', 'address')),
    label      TEXT,
    value      TEXT NOT NULL,
    norm       TEXT,
    rdigits    TEXT,
    PRIMARY KEY (contact_id, seq)
) WITHOUT ROWID;

CREATE INDEX value_by_norm ON contact_value (norm) WHERE norm IS NOT NULL;
CREATE INDEX value_by_rdigits ON contact_value (rdigits) WHERE rdigits IS NOT NULL;

-- Words of names, nickname, organization, department and emails, accents folded.
CREATE VIRTUAL TABLE contact_search USING fts5 (
    words,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE block (
    number     TEXT PRIMARY KEY,             -- E.164
    raw        TEXT NOT NULL,
    calls      INTEGER NOT NULL DEFAULT 0,
    sms        INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE directory (
    source     TEXT NOT NULL,
    name       TEXT NOT NULL,                -- '' for the company directory
    file       TEXT NOT NULL,
    entries    INTEGER NOT NULL,
    synced_at  TEXT NOT NULL,
    PRIMARY KEY (source, name)
) WITHOUT ROWID;

CREATE TABLE fax (
    id          INTEGER PRIMARY KEY,
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'failed')),
    contact_id  INTEGER,
    to_name     TEXT,
    to_company  TEXT,
    to_number   TEXT NOT NULL,
    from_name   TEXT,
    from_number TEXT,
    subject     TEXT,
    note        TEXT,
    attachments TEXT NOT NULL DEFAULT '[]',  -- JSON [{"path":…,"bytes":N}]
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    result_exit INTEGER,
    result_stderr TEXT,
    -- while `fax send` runs the command: its process id and start (Unix seconds), so a
    -- second `fax send` of the same draft is refused instead of sending it twice
    sending_pid   INTEGER,
    sending_since INTEGER
);
