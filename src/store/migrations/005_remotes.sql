-- kard schema, version 4: remotes (CardDAV address books and vdir folders) and, for
-- every personal contact that belongs to one, where its card lives there and the card
-- as last synced (the base of the three-way merge). Passwords are never stored.

CREATE TABLE remote (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('carddav', 'vdir')),
    url              TEXT NOT NULL,          -- the address-book collection, or the folder
    user             TEXT,
    password_command TEXT,
    book             TEXT,                   -- the address book's display name
    is_default       INTEGER NOT NULL DEFAULT 0,
    vcard_version    TEXT,                   -- '3.0' or '4.0': what the server takes
    sync_token       TEXT,                   -- RFC 6578, when the server offers it
    ctag             TEXT,                   -- getctag, when it does not
    synced_at        TEXT,
    created_at       TEXT NOT NULL
);

-- A contact's membership in a remote. `href` is null while the card is not on the
-- remote (new, or deleted there while the contact is in the trash); `contact_id` is
-- null once the contact is gone for good, until the sync deletes the card.
CREATE TABLE remote_card (
    id         INTEGER PRIMARY KEY,
    remote_id  INTEGER NOT NULL REFERENCES remote (id) ON DELETE CASCADE,
    contact_id INTEGER UNIQUE REFERENCES contact (id) ON DELETE SET NULL,
    href       TEXT,                         -- percent-decoded path of the card
    etag       TEXT,
    base       TEXT,                         -- the vCard as last synced
    dirty      INTEGER NOT NULL DEFAULT 1    -- the contact may have changed since
);

CREATE UNIQUE INDEX remote_card_by_href ON remote_card (remote_id, href) WHERE href IS NOT NULL;
CREATE INDEX remote_card_by_remote ON remote_card (remote_id);

-- Any change to a member contact marks its card, so that a sync compares only those
-- with their last synced version.
CREATE TRIGGER remote_card_dirty AFTER UPDATE ON contact
BEGIN
    UPDATE remote_card SET dirty = 1 WHERE contact_id = NEW.id AND dirty = 0;
END;
