-- kard schema, version 7: what a directory re-sync knows of each source record.

-- Of a directory contact synced from one record (a CSV line, an LDAP entry): the hash
-- of that record as it was read, the hashes of its directory id and of its person key
-- (email, else directory id), and its account and kind. A re-sync that reads the same
-- record again takes these instead of checking the record anew; what a record becomes
-- depends on the record alone, so they are read for every directory at once, without
-- a join. (The stale trigger of version 6 drops them with the row.)
ALTER TABLE directory_entry ADD COLUMN raw INTEGER;
ALTER TABLE directory_entry ADD COLUMN id_hash INTEGER;
ALTER TABLE directory_entry ADD COLUMN person INTEGER;
ALTER TABLE directory_entry ADD COLUMN shape INTEGER;
