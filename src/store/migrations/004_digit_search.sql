-- kard schema, version 4: digits found anywhere in a number. Every phone, fax and
-- extension of a contact, as digits (its E.164 form, its national form, the digits as
-- written), in a trigram index: a query of 3 or more digits is a phrase of trigrams,
-- which matches exactly the numbers holding it. The search words now also hold titles,
-- locations, labels and the places of addresses: both indexes are filled again from
-- the contacts by Store::migrate (the words and digits are worked out in Rust).

CREATE VIRTUAL TABLE contact_digits USING fts5 (
    digits,
    content = '',
    contentless_delete = 1,
    tokenize = 'trigram'
);

INSERT INTO contact_search (contact_search) VALUES ('delete-all');
