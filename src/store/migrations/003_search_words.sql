-- kard schema, version 3: search words are split where letters meet digits (`lee1987`
-- is indexed as `lee 1987`), so that a name's prefix matches one word of the index
-- rather than one for each number written after it. The index is emptied here and
-- filled again from the contacts by Store::migrate (the words are worked out in Rust).

INSERT INTO contact_search (contact_search) VALUES ('delete-all');
