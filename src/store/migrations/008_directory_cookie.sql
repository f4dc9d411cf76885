-- kard schema, version 8: an LDAP directory's content synchronization cookie.

-- The cookie (RFC 4533) the server gave the last sync of a directory, stored by the
-- transaction that applied that sync, and the hash of what it was got for (the origin
-- as recorded and how its records are read): a re-sync with it asks the server only
-- for what changed since. NULL: the next sync reads everything.
ALTER TABLE directory_origin ADD COLUMN cookie BLOB;
ALTER TABLE directory_origin ADD COLUMN cookie_for INTEGER;
