//! Contacts: rows, their multi-valued fields, the search index, lookups and the trash.

use super::rows::{contact_from_row, contact_params, ValueFill, COLUMNS};
use super::search::Derived;
use super::{now, Store};
use crate::identity::{email_key, name_key};
use crate::model::{Contact, Source};
use anyhow::{Context, Result};
use rusqlite::{params, types::Value, OptionalExtension};

/// The secondary indexes a bulk import drops at its start and builds again at its end,
/// in its transaction: building an index from all rows at once (a sort) is far faster
/// than keeping it up to date row by row once it no longer fits in the page cache.
/// The statements are 001_init.sql's, word for word (`bulk_indexes_are_the_schemas`).
const BULK_INDEXES: &[(&str, &str)] = &[
    (
        "contact_by_uid",
        "CREATE UNIQUE INDEX contact_by_uid ON contact (uid)",
    ),
    (
        "contact_by_sort_key",
        "CREATE INDEX contact_by_sort_key ON contact (sort_key, id) WHERE deleted_at IS NULL",
    ),
    (
        "value_by_norm",
        "CREATE INDEX value_by_norm ON contact_value (norm) WHERE norm IS NOT NULL",
    ),
    (
        "value_by_rdigits",
        "CREATE INDEX value_by_rdigits ON contact_value (rdigits) WHERE rdigits IS NOT NULL",
    ),
];

/// See `Store::most_values`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MostValues {
    pub phones_and_faxes: usize,
    pub emails: usize,
    pub urls: usize,
    pub addresses: usize,
}

impl Store {
    /// Store a new contact; sets its id, uid (if empty) and timestamps.
    pub fn insert_contact(&self, c: &mut Contact) -> Result<i64> {
        c.ensure_display_name();
        let derived = Derived::of(c);
        self.insert_derived(c, derived)
    }

    /// `insert_contact`, with what it derives from the contact worked out ahead (by an
    /// import's parsing thread, so that its writing thread only writes).
    pub fn insert_derived(&self, c: &mut Contact, derived: Derived) -> Result<i64> {
        refuse_too_big(c)?;
        if c.uid.is_empty() {
            c.uid = new_uid();
        }
        let ts = now();
        if c.created_at.is_empty() {
            c.created_at = ts.clone();
        }
        c.updated_at = ts;
        // Made once: a bulk import runs it a million times.
        static INSERT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
            format!(
                "INSERT INTO contact ({COLUMNS}, sort_key) VALUES \
                 (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
                  ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)"
            )
        });
        let mut stmt = self.conn.prepare_cached(&INSERT)?;
        let params = contact_params(c, Some(derived.sort_key));
        stmt.execute(rusqlite::params_from_iter(params))
            .with_context(|| format!("cannot store contact {:?}", c.display_name))?;
        c.id = self.conn.last_insert_rowid();
        self.write_value_rows(c.id, &derived.values)?;
        self.index(c.id, &derived.words, &derived.digits)?;
        Ok(c.id)
    }

    /// Replace a stored contact's fields with `c`'s; bumps `updated_at`.
    pub fn update_contact(&self, c: &mut Contact) -> Result<()> {
        self.update_contact_then(c, true)
    }

    /// `update_contact`, but the search index keeps the contact's old words until
    /// `reindex` (a bulk import updates it once, at its end: changing a row of the
    /// index amid a stream of new ones makes FTS5 write out its pending data each time).
    pub fn update_contact_but_words(&self, c: &mut Contact) -> Result<()> {
        self.update_contact_then(c, false)
    }

    fn update_contact_then(&self, c: &mut Contact, words: bool) -> Result<()> {
        refuse_too_big(c)?;
        c.ensure_display_name();
        c.updated_at = now();
        let mut stmt = self.conn.prepare_cached(
            "UPDATE contact SET uid = ?1, source = ?2, directory = ?3, directory_id = ?4, kind = ?5, \
             display_name = ?6, prefix = ?7, given = ?8, middle = ?9, family = ?10, suffix = ?11, \
             nickname = ?12, organization = ?13, department = ?14, location = ?15, title = ?16, \
             favorite = ?17, presence_state = ?18, presence_message = ?19, birthday = ?20, \
             notes = ?21, photo_type = ?22, photo = ?23, photo_url = ?24, categories = ?25, \
             extras = ?26, created_at = ?27, updated_at = ?28, sort_key = ?29 WHERE id = ?30",
        )?;
        let mut p = contact_params(c, None);
        p.push(Value::Integer(c.id));
        stmt.execute(rusqlite::params_from_iter(p))?;
        self.conn
            .prepare_cached("DELETE FROM contact_value WHERE contact_id = ?1")?
            .execute([c.id])?;
        if words {
            self.unindex(c.id)?;
        }
        self.write_only_values(c)?;
        if words {
            self.write_words(c)?;
        }
        Ok(())
    }

    /// Remove a contact for good (directory syncs; emptying the trash).
    pub fn delete_contact(&self, id: i64) -> Result<()> {
        self.unindex(id)?;
        self.conn
            .prepare_cached("DELETE FROM contact WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    }

    pub fn set_favorite(&self, id: i64, favorite: bool) -> Result<bool> {
        let n = self
            .conn
            .prepare_cached(
                "UPDATE contact SET favorite = ?2, updated_at = ?3 WHERE id = ?1 AND favorite != ?2",
            )?
            .execute(params![id, favorite, now()])?;
        Ok(n > 0)
    }

    /// The contacts (not in the trash) that have a birthday, in no order.
    pub fn contacts_with_birthdays(&self) -> Result<Vec<Contact>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM contact WHERE birthday IS NOT NULL AND deleted_at IS NULL"
        ))?;
        let rows = stmt.query_map([], contact_from_row)?;
        let mut out = Vec::new();
        for c in rows {
            let mut c = c?;
            self.load_values(&mut c)?;
            out.push(c);
        }
        Ok(out)
    }

    /// The contact with this id (not in the trash).
    pub fn contact(&self, id: i64) -> Result<Option<Contact>> {
        self.contact_where("id = ?1 AND deleted_at IS NULL", [Value::Integer(id)])
    }

    /// A contact in the trash.
    pub fn trashed_contact(&self, id: i64) -> Result<Option<Contact>> {
        self.contact_where("id = ?1 AND deleted_at IS NOT NULL", [Value::Integer(id)])
    }

    fn contact_where(&self, cond: &str, args: [Value; 1]) -> Result<Option<Contact>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM contact WHERE {cond}"))?;
        let found = stmt
            .query_row(rusqlite::params_from_iter(args), contact_from_row)
            .optional()?;
        match found {
            Some(mut c) => {
                self.load_values(&mut c)?;
                Ok(Some(c))
            }
            None => Ok(None),
        }
    }

    pub(super) fn load_values(&self, c: &mut Contact) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field, label, value, norm FROM contact_value WHERE contact_id = ?1 ORDER BY seq",
        )?;
        let mut rows = stmt.query([c.id])?;
        let mut fill = ValueFill::default();
        while let Some(r) = rows.next()? {
            fill.push(c, r, 0)?;
        }
        fill.finish(c);
        if c.source == Source::Personal {
            c.remote = self.contact_remote(c.id)?;
        }
        Ok(())
    }

    /// The most values any one contact has of each kind, so that a format with numbered
    /// columns (Google CSV) can be given enough of them. One pass over the values.
    pub fn most_values(&self) -> Result<MostValues> {
        let sql = "SELECT coalesce(max(p), 0), coalesce(max(e), 0), coalesce(max(u), 0), \
                          coalesce(max(a), 0) \
                   FROM (SELECT sum(field IN ('phone', 'fax')) AS p, sum(field = 'email') AS e, \
                                sum(field = 'url') AS u, sum(field = 'address') AS a \
                         FROM contact_value GROUP BY contact_id)";
        let most = self.conn.query_row(sql, [], |r| {
            Ok(MostValues {
                phones_and_faxes: r.get(0)?,
                emails: r.get(1)?,
                urls: r.get(2)?,
                addresses: r.get(3)?,
            })
        })?;
        Ok(most)
    }

    /// A stored contact's source and sort key, without loading it.
    pub fn contact_brief(&self, id: i64) -> Result<Option<(Source, String)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT source, sort_key FROM contact WHERE id = ?1 AND deleted_at IS NULL",
            )?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?.parse().unwrap_or_default(),
                    r.get::<_, String>(1)?,
                ))
            })
            .optional()?)
    }

    /// The contact holding this UID (in the trash or not): its id, source, whether it
    /// is in the trash.
    pub fn uid_owner(&self, uid: &str) -> Result<Option<(i64, Source, bool)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT id, source, deleted_at IS NOT NULL FROM contact WHERE uid = ?1",
            )?
            .query_row([uid], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, String>(1)?.parse().unwrap_or_default(),
                    r.get(2)?,
                ))
            })
            .optional()?)
    }

    /// `uid_owner`, if that is contact `id` (found by id: no UID index needed).
    pub fn uid_owner_if(&self, id: i64, uid: &str) -> Result<Option<(i64, Source, bool)>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT source, deleted_at IS NOT NULL FROM contact WHERE id = ?1 AND uid = ?2",
            )?
            .query_row(rusqlite::params![id, uid], |r| {
                Ok((
                    id,
                    r.get::<_, String>(0)?.parse().unwrap_or_default(),
                    r.get(1)?,
                ))
            })
            .optional()?)
    }

    /// Every (id, UID) in the store: of contacts in the trash and the directories too.
    pub fn each_uid(&self, mut each: impl FnMut(i64, &str)) -> Result<()> {
        let mut stmt = self.conn.prepare("SELECT id, uid FROM contact")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r.get(0)?, r.get_ref(1)?.as_str()?);
        }
        Ok(())
    }

    pub fn contact_by_uid(&self, uid: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM contact WHERE uid = ?1 AND deleted_at IS NULL")?
            .query_row([uid], |r| r.get(0))
            .optional()?)
    }

    /// Contacts having a phone/fax with this E.164 number.
    pub fn contacts_with_number(&self, e164: &str) -> Result<Vec<i64>> {
        self.ids_by_norm(e164, "field IN ('phone', 'fax')")
    }

    pub fn contacts_with_email(&self, address: &str) -> Result<Vec<i64>> {
        self.ids_by_norm(&email_key(address), "field = 'email'")
    }

    pub fn contacts_with_extension(&self, ext: &str) -> Result<Vec<i64>> {
        self.ids_by_norm(&format!("x{}", ext.trim()), "field = 'extension'")
    }

    fn ids_by_norm(&self, norm: &str, cond: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT DISTINCT v.contact_id FROM contact_value v JOIN contact c ON c.id = v.contact_id
             WHERE v.norm = ?1 AND {cond} AND c.deleted_at IS NULL ORDER BY v.contact_id"
        ))?;
        let ids = stmt.query_map([norm], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Contacts whose whole display name equals `name`, case and accents aside.
    pub fn contacts_named(&self, name: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM contact WHERE sort_key = ?1 AND deleted_at IS NULL ORDER BY id",
        )?;
        let ids = stmt.query_map([name_key(name)], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }
}

/// A contact over `MAX_CARD_BYTES` is bad input (exit 6), whoever stores it.
fn refuse_too_big(c: &Contact) -> Result<()> {
    match c.too_big() {
        Some(why) => {
            Err(crate::error::Failure::BadInput(format!("{:?}: {why}", c.display_name)).into())
        }
        None => Ok(()),
    }
}

impl Store {
    /// Move a contact to the trash.
    pub fn trash_contact(&self, id: i64) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE contact SET deleted_at = ?2 WHERE id = ?1")?
            .execute(params![id, now()])?;
        self.unindex(id)?;
        Ok(())
    }

    /// Bring a contact back from the trash, whole.
    pub fn untrash_contact(&self, id: i64) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE contact SET deleted_at = NULL WHERE id = ?1")?
            .execute([id])?;
        if let Some(c) = self.contact(id)? {
            self.write_words(&c)?;
        }
        Ok(())
    }

    /// Ids and names of contacts in the trash, most recently deleted first.
    pub fn trash(&self) -> Result<Vec<(Contact, String)>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS}, deleted_at FROM contact WHERE deleted_at IS NOT NULL
             ORDER BY deleted_at DESC, id"
        ))?;
        let rows = stmt.query_map([], |r| Ok((contact_from_row(r)?, r.get::<_, String>(29)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (mut c, at) = row?;
            self.load_values(&mut c)?;
            out.push((c, at));
        }
        Ok(out)
    }

    /// Trashed contacts whose display name matches `name` (case and accents aside).
    pub fn trashed_named(&self, name: &str) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM contact WHERE deleted_at IS NOT NULL AND sort_key = ?1 ORDER BY id",
        )?;
        let ids = stmt.query_map([name_key(name)], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Trashed contacts whose name has a word starting with each word of `query` (case
    /// and accents aside), as name searches go elsewhere.
    pub fn trashed_matching(&self, query: &str) -> Result<Vec<i64>> {
        let words = |s: &str| -> Vec<String> {
            crate::model::fold(s)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let wanted = words(query);
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, display_name FROM contact WHERE deleted_at IS NOT NULL ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut ids = Vec::new();
        while let Some(row) = rows.next()? {
            let have = words(row.get_ref(1)?.as_str()?);
            if wanted.iter().all(|w| have.iter().any(|h| h.starts_with(w))) {
                ids.push(row.get(0)?);
            }
        }
        Ok(ids)
    }

    pub fn empty_trash(&self) -> Result<usize> {
        Ok(self
            .conn
            .execute("DELETE FROM contact WHERE deleted_at IS NOT NULL", [])?)
    }

    /// Drop the indexes a bulk import builds again at its end (`BULK_INDEXES`). Until
    /// `build_bulk_indexes`, lookups by number, email, extension or name are scans:
    /// the import matches records in memory instead (`personal_match_keys`).
    pub fn drop_bulk_indexes(&self) -> Result<()> {
        // The CHECK constraints' `IN (…)` lists cost an ephemeral table for every row
        // written; what kard writes comes from its own enums and meets them anyway.
        self.conn
            .pragma_update(None, "ignore_check_constraints", true)?;
        for (name, _) in BULK_INDEXES {
            self.conn
                .execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
        }
        Ok(())
    }

    /// Build the indexes `drop_bulk_indexes` dropped.
    pub fn build_bulk_indexes(&self) -> Result<()> {
        self.conn
            .pragma_update(None, "ignore_check_constraints", false)?;
        // The sorter holds as much as the page cache: keep it small, and give back
        // what the import's cache held. One sorting thread: a second one took the peak
        // of a 1M-card import over 150 MB and saved no time measurably (29.3 s both).
        self.conn.pragma_update(None, "cache_size", -8 * 1024)?;
        self.conn.execute_batch("PRAGMA shrink_memory")?;
        for (_, sql) in BULK_INDEXES {
            self.conn.execute_batch(sql)?;
        }
        // The digit index as one segment: a bulk write leaves it in dozens, and a digit
        // search seeks each trigram in each. Measured at 1M contacts (in-process, warm):
        // `55510042` 28 -> 9 ms, `1004242` 3.7 -> 1-2 ms; the merge takes ~2 s.
        self.conn
            .execute_batch("INSERT INTO contact_digits (contact_digits) VALUES ('optimize')")?;
        Ok(())
    }

    /// Every (key, contact id, its sort key) an import matches a record on: the
    /// `identity::match_keys` of personal contacts, as their value rows hold them (the
    /// `norm` of phone, fax and email rows, written from those keys), and `None` for
    /// each personal contact with none of them (matched by name alone). Two passes, each
    /// contact by contact.
    pub fn personal_match_keys(&self, mut each: impl FnMut(Option<&str>, i64, &str)) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT v.norm, v.contact_id, c.sort_key
             FROM contact_value v JOIN contact c ON c.id = v.contact_id
             WHERE v.field IN ('phone', 'fax', 'email') AND v.norm IS NOT NULL
               AND c.source = 'personal' AND c.deleted_at IS NULL
             ORDER BY v.contact_id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(
                Some(r.get_ref(0)?.as_str()?),
                r.get(1)?,
                r.get_ref(2)?.as_str()?,
            );
        }
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.sort_key FROM contact c
             WHERE c.source = 'personal' AND c.deleted_at IS NULL AND NOT EXISTS
               (SELECT 1 FROM contact_value v WHERE v.contact_id = c.id
                  AND v.field IN ('phone', 'fax', 'email') AND v.norm IS NOT NULL)",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(None, r.get(0)?, r.get_ref(1)?.as_str()?);
        }
        Ok(())
    }

    /// Does any contact carry a presence (directory people do)?
    pub fn any_presence(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM contact \
             WHERE presence_state IS NOT NULL AND deleted_at IS NULL)",
            [],
            |r| r.get(0),
        )?)
    }

    pub fn count_contacts(&self) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?)
    }
}

/// A new random-looking UID (time and process based; unique per store in practice,
/// and checked by the UNIQUE constraint).
pub fn new_uid() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mixed = splitmix(nanos ^ (u64::from(std::process::id()) << 32) ^ n.wrapping_mul(0x9E37));
    let more = splitmix(mixed ^ n);
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
        mixed >> 32,
        (mixed >> 16) & 0xffff,
        mixed & 0xfff,
        (more >> 48) & 0x3fff | 0x8000,
        more & 0xffff_ffff_ffff
    )
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

#[cfg(test)]
pub(super) mod tests {
    use super::super::search::{fts_query, split_digits};
    use super::super::ListQuery;
    use super::*;
    use crate::model::{Email, Phone};

    pub(in crate::store) fn robin() -> Contact {
        Contact {
            display_name: "José Robin Lee".into(),
            organization: Some("Acme".into()),
            phones: vec![Phone {
                label: Some("mobile".into()),
                number: Some("+15550101234".into()),
                raw: "(555) 010-1234".into(),
            }],
            emails: vec![Email {
                label: None,
                address: "Robin@Acme.example".into(),
            }],
            ..Contact::default()
        }
    }

    #[test]
    fn insert_get_and_lookups() {
        let store = Store::open_in_memory().unwrap();
        let mut c = robin();
        let id = store.write(|s| s.insert_contact(&mut c)).unwrap();
        let back = store.contact(id).unwrap().unwrap();
        assert_eq!(back.phones, c.phones);
        assert_eq!(back.emails, c.emails);
        assert_eq!(
            store.contacts_with_number("+15550101234").unwrap(),
            vec![id]
        );
        assert_eq!(
            store.contacts_with_email("robin@acme.EXAMPLE").unwrap(),
            vec![id]
        );
        assert_eq!(store.contacts_named("jose robin lee").unwrap(), vec![id]);
        assert_eq!(store.contacts_matching_words("jos", 10).unwrap(), vec![id]);
        assert_eq!(
            store.contacts_matching_words("zzz", 10).unwrap(),
            Vec::<i64>::new()
        );
    }

    #[test]
    fn list_finds_by_digits_and_words() {
        let store = Store::open_in_memory().unwrap();
        let mut c = robin();
        store.write(|s| s.insert_contact(&mut c)).unwrap();
        for (q, hits) in [
            ("1234", 1),
            ("010-1234", 1),
            ("acme", 1),
            ("acme.exa", 1),
            ("9999", 0),
        ] {
            let mut n = 0;
            let query = ListQuery {
                text: Some(q.into()),
                ..ListQuery::default()
            };
            store
                .list(&query, |_| {
                    n += 1;
                    Ok(())
                })
                .unwrap();
            assert_eq!(n, hits, "{q}");
        }
    }

    #[test]
    fn letters_and_digits_are_words_apart() {
        for (folded, want) in [
            ("lee1987", "lee 1987"),
            ("robin.lee1987@mail.example", "robin.lee 1987@mail.example"),
            ("a1b2", "a 1 b 2"),
            ("x 42 y", "x 42 y"),
            ("zoe", "zoe"),
            ("4u", "4 u"),
            ("", ""),
        ] {
            assert_eq!(split_digits(folded), want, "{folded}");
        }
        assert_eq!(fts_query("Lee1987").as_deref(), Some("\"lee\"* \"1987\"*"));
    }

    #[test]
    fn bulk_indexes_are_the_schemas() {
        let store = Store::open_in_memory().unwrap();
        for (name, sql) in BULK_INDEXES {
            let stored: String = store
                .conn
                .query_row(
                    "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                    [name],
                    |r| r.get(0),
                )
                .unwrap();
            let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(squeeze(&stored), squeeze(sql));
        }
        // Dropped and built again, inside a transaction, they work as before.
        store
            .write(|s| {
                s.drop_bulk_indexes()?;
                let mut c = robin();
                s.insert_contact(&mut c)?;
                s.build_bulk_indexes()
            })
            .unwrap();
        assert_eq!(store.contacts_with_number("+15550101234").unwrap().len(), 1);
        let mut keys = Vec::new();
        store
            .personal_match_keys(|k, id, _| keys.push((k.map(str::to_string), id)))
            .unwrap();
        assert!(
            keys.iter()
                .any(|(k, _)| k.as_deref() == Some("+15550101234")),
            "{keys:?}"
        );
    }

    #[test]
    fn trash_and_restore() {
        let store = Store::open_in_memory().unwrap();
        let mut c = robin();
        let id = store.write(|s| s.insert_contact(&mut c)).unwrap();
        store.write(|s| s.trash_contact(id)).unwrap();
        assert!(store.contact(id).unwrap().is_none());
        assert!(store
            .contacts_with_number("+15550101234")
            .unwrap()
            .is_empty());
        store.write(|s| s.untrash_contact(id)).unwrap();
        assert_eq!(store.contacts_matching_words("acme", 10).unwrap(), vec![id]);
    }
}
