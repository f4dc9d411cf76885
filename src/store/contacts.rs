//! Contacts: rows, their multi-valued fields, the search index, lookups and the trash.

use super::{now, Store};
use crate::model::{fold, Account, Contact, Extra, Kind, Phone, Photo, Presence, Source};
use crate::phone;
use anyhow::{Context, Result};
use rusqlite::{params, types::Value, Connection, OpenFlags, OptionalExtension, Row};
use std::path::Path;

pub(super) const COLUMNS: &str =
    "id, uid, source, directory, directory_id, kind, display_name, prefix, given, \
     middle, family, suffix, nickname, organization, department, location, title, favorite, \
     presence_state, presence_message, birthday, notes, photo_type, photo, photo_url, categories, \
     extras, created_at, updated_at";

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

/// What `list` asks for.
#[derive(Debug, Default, Clone)]
pub struct ListQuery {
    pub text: Option<String>,
    pub favorites: bool,
    pub source: Option<Source>,
    pub kind: Option<Kind>,
    pub department: Option<String>,
    pub location: Option<String>,
    /// Only contacts carrying this label (case aside).
    pub label: Option<String>,
    pub sort: Sort,
    pub limit: Option<usize>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Sort {
    #[default]
    Name,
    Department,
    Location,
    /// Family name, then given name (contacts without one by display name, last)
    Family,
}

pub(super) fn contact_from_row(row: &Row) -> rusqlite::Result<Contact> {
    let mut c = Contact::default();
    refill_contact(row, &mut c)?;
    Ok(c)
}

/// Make `c` the contact of `row`, reusing the strings it holds: a long listing reads a
/// million contacts into one. Its multi-valued fields are `ValueFill`'s to refill.
pub(super) fn refill_contact(row: &Row, c: &mut Contact) -> rusqlite::Result<()> {
    fn text<'r>(row: &'r Row, i: usize) -> rusqlite::Result<Option<&'r str>> {
        match row.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            v => v.as_str().map(Some).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), Box::new(e))
            }),
        }
    }
    let opt = |into: &mut Option<String>, i: usize| -> rusqlite::Result<()> {
        set_opt(into, text(row, i)?);
        Ok(())
    };
    let required = |into: &mut String, i: usize, what: &str| -> rusqlite::Result<()> {
        let t = text(row, i)?.ok_or_else(|| {
            rusqlite::Error::InvalidColumnType(
                i,
                format!("{what}: NULL"),
                rusqlite::types::Type::Text,
            )
        })?;
        set(into, t);
        Ok(())
    };
    c.id = row.get(0)?;
    required(&mut c.uid, 1, "uid")?;
    let enum_text = |i: usize, what: &str| -> rusqlite::Result<&str> {
        text(row, i)?.ok_or_else(|| {
            rusqlite::Error::InvalidColumnType(
                i,
                format!("{what}: NULL"),
                rusqlite::types::Type::Text,
            )
        })
    };
    c.source = enum_text(2, "source")?.parse().unwrap_or_default();
    if c.source == Source::External {
        opt(&mut c.external_company, 3)?;
        if c.external_company.is_none() {
            c.external_company = Some(String::new());
        }
    } else {
        c.external_company = None;
    }
    opt(&mut c.directory_id, 4)?;
    c.kind = enum_text(5, "kind")?.parse().unwrap_or_default();
    required(&mut c.display_name, 6, "display_name")?;
    opt(&mut c.name.prefix, 7)?;
    opt(&mut c.name.given, 8)?;
    opt(&mut c.name.middle, 9)?;
    opt(&mut c.name.family, 10)?;
    opt(&mut c.name.suffix, 11)?;
    opt(&mut c.nickname, 12)?;
    opt(&mut c.organization, 13)?;
    opt(&mut c.department, 14)?;
    opt(&mut c.location, 15)?;
    opt(&mut c.title, 16)?;
    c.favorite = row.get(17)?;
    c.presence = text(row, 18)?
        .and_then(|s| s.parse().ok())
        .map(|state| -> rusqlite::Result<Presence> {
            Ok(Presence {
                state,
                message: text(row, 19).ok().flatten().map(str::to_string),
            })
        })
        .transpose()?;
    opt(&mut c.birthday, 20)?;
    opt(&mut c.notes, 21)?;
    c.photo = match (text(row, 22)?, row.get_ref(23)?, text(row, 24)?) {
        (Some(media_type), rusqlite::types::ValueRef::Blob(bytes), _) => Some(Photo::Data {
            media_type: media_type.to_string(),
            bytes: bytes.to_vec(),
        }),
        (_, _, Some(url)) => Some(Photo::Url(url.to_string())),
        _ => None,
    };
    c.categories = text(row, 25)?
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    c.extras = text(row, 26)?
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    required(&mut c.created_at, 27, "created_at")?;
    required(&mut c.updated_at, 28, "updated_at")?;
    Ok(())
}

fn set(into: &mut String, from: &str) {
    into.clear();
    into.push_str(from);
}

fn set_opt(into: &mut Option<String>, from: Option<&str>) {
    match from {
        Some(t) => set(into.get_or_insert_with(String::new), t),
        None => *into = None,
    }
}

/// What storing a contact derives from it alone: its sort key, search words and value
/// rows. Worked out from the contact as it will be stored (display name ensured).
pub struct Derived {
    sort_key: String,
    words: String,
    digits: String,
    values: Vec<ValueRow>,
}

impl Derived {
    pub fn of(c: &Contact) -> Derived {
        Derived {
            sort_key: sort_key(&c.display_name),
            words: search_words(c),
            digits: search_digits(c),
            values: value_rows(c),
        }
    }
}

/// A contact's multi-valued fields as rows of `contact_value`.
struct ValueRow {
    field: &'static str,
    label: Option<String>,
    value: String,
    norm: Option<String>,
    rdigits: Option<String>,
}

fn value_rows(c: &Contact) -> Vec<ValueRow> {
    let mut rows = Vec::new();
    let reversed = |p: &Phone| {
        let d = phone::digits(p.number.as_deref().unwrap_or(&p.raw));
        (!d.is_empty()).then(|| d.chars().rev().collect::<String>())
    };
    for (field, list) in [("phone", &c.phones), ("fax", &c.faxes)] {
        for p in list {
            rows.push(ValueRow {
                field,
                label: p.label.clone(),
                value: p.raw.clone(),
                norm: p.number.clone(),
                rdigits: reversed(p),
            });
        }
    }
    for e in &c.emails {
        rows.push(ValueRow {
            field: "email",
            label: e.label.clone(),
            value: e.address.clone(),
            norm: Some(e.address.trim().to_lowercase()),
            rdigits: None,
        });
    }
    for x in &c.extensions {
        rows.push(ValueRow {
            field: "extension",
            label: Some(x.account.as_str().to_string()),
            value: x.number.clone(),
            norm: Some(format!("x{}", x.number.trim())),
            rdigits: None,
        });
    }
    for u in &c.urls {
        rows.push(ValueRow {
            field: "url",
            label: u.label.clone(),
            value: u.url.clone(),
            norm: None,
            rdigits: None,
        });
    }
    for a in &c.addresses {
        let mut a = a.clone();
        let label = a.label.take();
        rows.push(ValueRow {
            field: "address",
            label,
            value: serde_json::to_string(&a).unwrap_or_default(),
            norm: None,
            rdigits: None,
        });
    }
    rows
}

/// The digits a contact's numbers are found by: for each phone and fax its E.164
/// digits, its national digits and the digits as written (each once), and each
/// extension, separated by spaces (no trigram of the index spans two numbers).
fn search_digits(c: &Contact) -> String {
    let mut out = String::new();
    let add = |d: &str, out: &mut String| {
        if d.len() >= 3 && !out.split(' ').any(|have| have.ends_with(d)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(d);
        }
    };
    for p in c.phones.iter().chain(&c.faxes) {
        if let Some(e164) = &p.number {
            add(&phone::digits(e164), &mut out);
            if let Some(national) = phone::national_digits(e164) {
                add(&national, &mut out);
            }
        }
        add(&phone::digits(&p.raw), &mut out);
    }
    for x in &c.extensions {
        add(&phone::digits(&x.number), &mut out);
    }
    out
}

/// The words a contact is found by: names, nickname, organization, department,
/// location, title, labels, emails and the places of its addresses.
fn search_words(c: &Contact) -> String {
    let mut words: Vec<&str> = vec![&c.display_name];
    let n = &c.name;
    let parts = [
        &n.prefix,
        &n.given,
        &n.middle,
        &n.family,
        &n.suffix,
        &c.nickname,
        &c.organization,
        &c.department,
        &c.location,
        &c.title,
    ];
    words.extend(parts.into_iter().flatten().map(String::as_str));
    words.extend(c.categories.iter().map(String::as_str));
    words.extend(c.emails.iter().map(|e| e.address.as_str()));
    for a in &c.addresses {
        words.extend(
            [&a.locality, &a.region, &a.country]
                .into_iter()
                .flatten()
                .map(String::as_str),
        );
    }
    split_digits(&fold(&words.join(" ")))
}

/// `folded` with a space where letters meet digits, in the words indexed and in the
/// words searched alike: `lee1987` is the words `lee 1987`. A prefix of a name then
/// matches one word of the index, not one for each number written after it (at a
/// million contacts with emails `given.familyN@…`, `angs*` was a merge of 15,000
/// words: 9 ms of a 15 ms lookup).
fn split_digits(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len() + 4);
    // Whether the character before was a digit, when it was a letter or a digit.
    let mut digit_before: Option<bool> = None;
    for ch in folded.chars() {
        if ch.is_alphanumeric() {
            let digit = ch.is_numeric();
            if digit_before.is_some_and(|d| d != digit) {
                out.push(' ');
            }
            digit_before = Some(digit);
        } else {
            digit_before = None;
        }
        out.push(ch);
    }
    out
}

/// The key a contact is sorted and exactly matched by.
pub fn sort_key(display_name: &str) -> String {
    fold(display_name.trim())
}

/// An FTS5 query that matches contacts having, for every word of `text`, a word that
/// starts with it. None when `text` has no words.
pub fn fts_query(text: &str) -> Option<String> {
    let folded = split_digits(&fold(text));
    let terms: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Refills a contact's multi-valued fields from its rows of `contact_value`, in order,
/// reusing the strings of the values it held before.
#[derive(Default)]
struct ValueFill {
    phones: usize,
    faxes: usize,
    emails: usize,
    urls: usize,
    extensions: usize,
    addresses: usize,
}

impl ValueFill {
    /// One row (field, label, value, norm) into `c`.
    fn push(&mut self, c: &mut Contact, row: &Row, from: usize) -> rusqlite::Result<()> {
        fn next<'v, T: Default>(v: &'v mut Vec<T>, n: &mut usize) -> &'v mut T {
            if v.len() == *n {
                v.push(T::default());
            }
            *n += 1;
            &mut v[*n - 1]
        }
        let text = |i: usize| -> rusqlite::Result<Option<&str>> {
            Ok(row.get_ref(from + i)?.as_str_or_null()?)
        };
        let label = text(1)?;
        let value = text(2)?.unwrap_or_default();
        match text(0)?.unwrap_or_default() {
            field @ ("phone" | "fax") => {
                let p = if field == "phone" {
                    next(&mut c.phones, &mut self.phones)
                } else {
                    next(&mut c.faxes, &mut self.faxes)
                };
                set_opt(&mut p.label, label);
                set_opt(&mut p.number, text(3)?);
                set(&mut p.raw, value);
            }
            "email" => {
                let e = next(&mut c.emails, &mut self.emails);
                set_opt(&mut e.label, label);
                set(&mut e.address, value);
            }
            "url" => {
                let u = next(&mut c.urls, &mut self.urls);
                set_opt(&mut u.label, label);
                set(&mut u.url, value);
            }
            "extension" => {
                let x = next(&mut c.extensions, &mut self.extensions);
                x.account = label.and_then(|l| l.parse().ok()).unwrap_or(Account::Work);
                set(&mut x.number, value);
            }
            "address" => {
                let a = next(&mut c.addresses, &mut self.addresses);
                *a = serde_json::from_str(value).unwrap_or_default();
                a.label = label.map(str::to_string);
            }
            _ => {}
        }
        Ok(())
    }

    /// Drop the values `c` held beyond the rows pushed.
    fn finish(self, c: &mut Contact) {
        c.phones.truncate(self.phones);
        c.faxes.truncate(self.faxes);
        c.emails.truncate(self.emails);
        c.urls.truncate(self.urls);
        c.extensions.truncate(self.extensions);
        c.addresses.truncate(self.addresses);
    }
}

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
        let mut stmt = self.conn.prepare_cached(&format!(
            "INSERT INTO contact ({COLUMNS}, sort_key) VALUES \
             (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
              ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)"
        ))?;
        let mut params = contact_params(c);
        *params.last_mut().expect("the sort key is the last") = Value::Text(derived.sort_key);
        stmt.execute(rusqlite::params_from_iter(params))
            .with_context(|| format!("cannot store contact {:?}", c.display_name))?;
        c.id = self.conn.last_insert_rowid();
        self.write_value_rows(c.id, &derived.values)?;
        self.conn
            .prepare_cached("INSERT INTO contact_search (rowid, words) VALUES (?1, ?2)")?
            .execute(params![c.id, derived.words])?;
        self.write_digits_of(c.id, &derived.digits)?;
        Ok(c.id)
    }

    /// Replace a stored contact's fields with `c`'s; bumps `updated_at`.
    pub fn update_contact(&self, c: &mut Contact) -> Result<()> {
        self.update_contact_then(c, true)
    }

    /// `update_contact`, but the search index keeps the contact's old words until
    /// `reindex_words` (a bulk import updates it once, at its end: changing a row of the
    /// index amid a stream of new ones makes FTS5 write out its pending data each time).
    pub fn update_contact_but_words(&self, c: &mut Contact) -> Result<()> {
        self.update_contact_then(c, false)
    }

    /// Index the words and digits of every contact not in the trash, into empty
    /// indexes (schema migration 4).
    pub(super) fn index_all_search(&self) -> Result<()> {
        each_stored(&self.conn, 0..usize::MAX, |_| true, |c| self.write_words(c))
    }

    /// Index the words of these contacts anew (see `update_contact_but_words`).
    pub fn reindex_words(&self, ids: &mut Vec<i64>) -> Result<()> {
        // In ascending order, each delete and insert follows the last: no flushes.
        ids.sort_unstable();
        ids.dedup();
        for &id in ids.iter() {
            if let Some(c) = self.contact(id)? {
                self.unindex(id)?;
                self.write_words(&c)?;
            }
        }
        Ok(())
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
        let mut p = contact_params(c);
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

    fn write_only_values(&self, c: &Contact) -> Result<()> {
        self.write_value_rows(c.id, &value_rows(c))
    }

    fn write_value_rows(&self, id: i64, rows: &[ValueRow]) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO contact_value (contact_id, seq, field, label, value, norm, rdigits)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for (seq, v) in rows.iter().enumerate() {
            stmt.execute(params![
                id, seq as i64, v.field, v.label, v.value, v.norm, v.rdigits
            ])?;
        }
        Ok(())
    }

    /// Index a contact's words and digits.
    fn write_words(&self, c: &Contact) -> Result<()> {
        self.conn
            .prepare_cached("INSERT INTO contact_search (rowid, words) VALUES (?1, ?2)")?
            .execute(params![c.id, search_words(c)])?;
        self.write_digits_of(c.id, &search_digits(c))
    }

    fn write_digits_of(&self, id: i64, digits: &str) -> Result<()> {
        if !digits.is_empty() {
            self.conn
                .prepare_cached("INSERT INTO contact_digits (rowid, digits) VALUES (?1, ?2)")?
                .execute(params![id, digits])?;
        }
        Ok(())
    }

    /// Take a contact out of the word and digit indexes.
    fn unindex(&self, id: i64) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
            .execute([id])?;
        self.conn
            .prepare_cached("DELETE FROM contact_digits WHERE rowid = ?1")?
            .execute([id])?;
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
        self.ids_by_norm(&address.trim().to_lowercase(), "field = 'email'")
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
        let ids = stmt.query_map([sort_key(name)], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Contacts whose words start with every word of `text` (at most `limit`).
    pub fn contacts_matching_words(&self, text: &str, limit: usize) -> Result<Vec<i64>> {
        let Some(fts) = fts_query(text) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND c.id IN
               (SELECT rowid FROM contact_search WHERE contact_search MATCH ?1)
             ORDER BY c.sort_key, c.id LIMIT ?2",
        )?;
        let ids = stmt.query_map(params![fts, limit as i64], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Stream the contacts `q` selects, in its order, to `each`.
    pub fn list(&self, q: &ListQuery, mut each: impl FnMut(Contact) -> Result<()>) -> Result<()> {
        let Some((from, args)) = self.list_plan(q)? else {
            return Ok(());
        };
        let cols: String = COLUMNS
            .split(", ")
            .map(|c| format!("c.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut stmt = self.conn.prepare(&format!("SELECT {cols} {from}"))?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        while let Some(row) = rows.next()? {
            let mut c = contact_from_row(row)?;
            self.load_values(&mut c)?;
            each(c)?;
        }
        Ok(())
    }

    /// `list`, each contact rendered by `render` and written to `out` in `q`'s order;
    /// returns how many. For long lists: rather than reading the contacts in name order
    /// (a random read for each, and another for its values), it reads them in storage
    /// order, both tables in one sequential pass, and puts the rendered contacts in
    /// order with an external merge sort (runs of `RUN_BYTES` in temporary files), so
    /// memory stays flat. Short lists go through `list`.
    pub fn list_rendered(
        &self,
        q: &ListQuery,
        render: impl Fn(&Contact, &mut Vec<u8>) -> Result<()> + Sync,
        out: &mut dyn std::io::Write,
    ) -> Result<u64> {
        self.list_rendered_with(q, render, out, SORTED_STREAM_MIN, RUN_BYTES)
    }

    fn list_rendered_with(
        &self,
        q: &ListQuery,
        render: impl Fn(&Contact, &mut Vec<u8>) -> Result<()> + Sync,
        out: &mut dyn std::io::Write,
        sorted_stream_min: usize,
        run_bytes: usize,
    ) -> Result<u64> {
        let Some((from, args)) = self.list_plan(q)? else {
            return Ok(0);
        };
        // Everything below reads one state of the store, on this connection and on a
        // second one when there is one.
        let (snapshot, second) = self.snapshot_pair()?;
        let mut ids: Vec<i64> = Vec::new();
        {
            let mut stmt = self.conn.prepare(&format!("SELECT c.id {from}"))?;
            let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
            while let Some(r) = rows.next()? {
                ids.push(r.get(0)?);
            }
        }
        let max_id = ids.iter().copied().max().unwrap_or(0);
        let dense = usize::try_from(max_id)
            .ok()
            .filter(|&m| m <= ids.len().saturating_mul(4) + (1 << 20));
        let (Some(max_id), true) = (dense, ids.len() >= sorted_stream_min) else {
            let mut buf = Vec::new();
            let mut n = 0;
            self.list(q, |c| {
                buf.clear();
                render(&c, &mut buf)?;
                out.write_all(&buf)?;
                n += 1;
                Ok(())
            })?;
            snapshot.end()?;
            return Ok(n);
        };
        // rank[id]: the place of contact `id` in the list, or u32::MAX when not in it.
        let mut rank = vec![u32::MAX; max_id + 1];
        for (i, &id) in ids.iter().enumerate() {
            // Both fit: ids are at most max_id, and there are fewer than 2^32 of them.
            rank[id as usize] = i as u32;
        }
        let total = ids.len();
        drop(ids);
        // Runs go beside the store, not into a shared temporary folder.
        let dir = self
            .path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf);
        let sorter = || RunSorter {
            run_bytes,
            dir: dir.clone(),
            data: Vec::with_capacity(run_bytes.min(RUN_BYTES) + (64 << 10)),
            ..RunSorter::default()
        };
        let sorters = match second {
            // Two readers, each reading, building and rendering the contacts of half
            // the ids (as many listed contacts each) and sorting what it renders.
            Some(second) => {
                let mut seen = 0;
                let half = rank
                    .iter()
                    .position(|&r| {
                        seen += usize::from(r != u32::MAX);
                        seen > total / 2
                    })
                    .unwrap_or(rank.len());
                let (rank, render) = (&rank, &render);
                std::thread::scope(|scope| -> Result<Vec<RunSorter>> {
                    let other = scope.spawn(move || {
                        let mut upper = sorter();
                        read_rendered(&second, rank, half..rank.len(), render, &mut upper)?;
                        Ok::<_, anyhow::Error>(upper)
                    });
                    let mut lower = sorter();
                    let mine = read_rendered(&self.conn, rank, 0..half, render, &mut lower);
                    let upper = other
                        .join()
                        .map_err(|_| anyhow::anyhow!("the second reading thread panicked"))?;
                    mine?;
                    Ok(vec![lower, upper?])
                })?
            }
            None => {
                let mut all = sorter();
                read_rendered(&self.conn, &rank, 0..rank.len(), &render, &mut all)?;
                vec![all]
            }
        };
        snapshot.end()?;
        RunSorter::finish(sorters, out)?;
        Ok(total as u64)
    }

    /// A read transaction on this connection and, when the store is a file that can be
    /// opened again, on a second connection seeing the same state: a third connection
    /// holds the write lock while both begin, so that no commit comes between them (a
    /// writer waits those few milliseconds). Already in a transaction, or in memory:
    /// this connection only.
    fn snapshot_pair(&self) -> Result<(ReadTransaction<'_>, Option<Connection>)> {
        if !self.conn.is_autocommit() {
            return Ok((ReadTransaction(None), None));
        }
        let begin = |conn: &Connection| -> rusqlite::Result<()> {
            conn.execute_batch("BEGIN")?;
            // The read transaction starts with the first read.
            conn.query_row("SELECT count(*) FROM setting", [], |_| Ok(()))
        };
        let open = |flags: OpenFlags| -> rusqlite::Result<Connection> {
            let conn =
                Connection::open_with_flags(&self.path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            Ok(conn)
        };
        // A write under way (an import) keeps the lock: then one reader, at once, rather
        // than waiting for it (readers never wait for writers in WAL mode).
        let lock = (self.path != Path::new(":memory:"))
            .then(|| -> rusqlite::Result<Connection> {
                let lock = open(OpenFlags::SQLITE_OPEN_READ_WRITE)?;
                lock.busy_timeout(std::time::Duration::from_millis(100))?;
                lock.execute_batch("BEGIN IMMEDIATE")?;
                Ok(lock)
            })
            .and_then(Result::ok);
        begin(&self.conn)?;
        let mine = ReadTransaction(Some(&self.conn));
        let second = lock.as_ref().and_then(|_| {
            let conn = open(OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
            begin(&conn).ok()?;
            Some(conn)
        });
        if let Some(lock) = lock {
            lock.execute_batch("ROLLBACK")?;
        }
        Ok((mine, second))
    }
}

/// A read transaction on a connection, ended by `end` (or, on an error, when dropped).
struct ReadTransaction<'a>(Option<&'a Connection>);

impl ReadTransaction<'_> {
    fn end(mut self) -> Result<()> {
        if let Some(conn) = self.0.take() {
            conn.execute_batch("COMMIT")?;
        }
        Ok(())
    }
}

impl Drop for ReadTransaction<'_> {
    fn drop(&mut self) {
        if let Some(conn) = self.0 {
            let _ = conn.execute_batch("ROLLBACK");
        }
    }
}

/// The contacts with ids in `ids` that have a place in `rank`, rendered into `sorter`
/// at their place.
fn read_rendered(
    conn: &Connection,
    rank: &[u32],
    ids: std::ops::Range<usize>,
    render: &(impl Fn(&Contact, &mut Vec<u8>) -> Result<()> + Sync),
    sorter: &mut RunSorter,
) -> Result<()> {
    let place = |id: i64| {
        usize::try_from(id)
            .ok()
            .and_then(|i| rank.get(i))
            .copied()
            .filter(|&p| p != u32::MAX)
    };
    let mut buf = Vec::new();
    each_stored(
        conn,
        ids,
        |id| place(id).is_some(),
        |c| {
            buf.clear();
            render(c, &mut buf)?;
            sorter.push(place(c.id).unwrap_or(u32::MAX), &buf)
        },
    )
}

/// Each contact not in the trash with an id in `ids` for which `wanted` holds, with its
/// values, in storage order: both tables read in one sequential pass, each contact
/// built into the strings of the one before.
fn each_stored(
    conn: &Connection,
    ids: std::ops::Range<usize>,
    wanted: impl Fn(i64) -> bool,
    mut each: impl FnMut(&Contact) -> Result<()>,
) -> Result<()> {
    let (lo, hi) = (
        i64::try_from(ids.start).unwrap_or(i64::MAX),
        i64::try_from(ids.end).unwrap_or(i64::MAX),
    );
    let mut contacts = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM contact NOT INDEXED \
         WHERE id >= ?1 AND id < ?2 AND deleted_at IS NULL ORDER BY id"
    ))?;
    let mut values = conn.prepare(
        "SELECT contact_id, field, label, value, norm FROM contact_value \
         WHERE contact_id >= ?1 AND contact_id < ?2 ORDER BY contact_id, seq",
    )?;
    let remotes = super::remotes::remote_names(conn, lo, hi)?;
    let mut crows = contacts.query([lo, hi])?;
    let mut vrows = values.query([lo, hi])?;
    let mut vnext = vrows.next()?;
    // The contact of the value row `vnext`.
    let mut vid = vnext.map(|v| v.get::<_, i64>(0)).transpose()?;
    let mut c = Contact::default();
    while let Some(row) = crows.next()? {
        let id: i64 = row.get(0)?;
        // Values of contacts before this one (deleted ones) are passed over.
        while vid.is_some_and(|cid| cid < id) {
            vnext = vrows.next()?;
            vid = vnext.map(|v| v.get::<_, i64>(0)).transpose()?;
        }
        if !wanted(id) {
            continue;
        }
        refill_contact(row, &mut c)?;
        let mut fill = ValueFill::default();
        while let (Some(v), Some(cid)) = (vnext, vid) {
            if cid != id {
                break;
            }
            fill.push(&mut c, v, 1)?;
            vnext = vrows.next()?;
            vid = vnext.map(|v| v.get::<_, i64>(0)).transpose()?;
        }
        fill.finish(&mut c);
        c.remote = remotes.get(&id).cloned();
        each(&c)?;
    }
    Ok(())
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

/// Lists at least this long are read in storage order and sorted (`list_rendered`).
const SORTED_STREAM_MIN: usize = 20_000;

/// Rendered contacts each reader keeps in memory before it sorts them into a run on
/// disk (its buffer is allocated once, a little bigger).
const RUN_BYTES: usize = 8 << 20;

/// An external merge sort of rendered contacts by their place in the list.
#[derive(Default)]
struct RunSorter {
    /// How many bytes make a run.
    run_bytes: usize,
    /// Where runs are made (the store's folder).
    dir: Option<std::path::PathBuf>,
    /// (place, start, end) in `data`.
    entries: Vec<(u32, usize, usize)>,
    data: Vec<u8>,
    runs: Vec<TempRun>,
}

/// A run on disk: records of place (u32 LE), length (u32 LE), bytes, in place order.
/// The file has no name (mode 0600, unlinked at once): no kill leaves it behind.
struct TempRun {
    file: std::fs::File,
}

impl RunSorter {
    fn push(&mut self, place: u32, bytes: &[u8]) -> Result<()> {
        let start = self.data.len();
        self.data.extend_from_slice(bytes);
        self.entries.push((place, start, self.data.len()));
        if self.data.len() >= self.run_bytes {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> Result<()> {
        use std::io::Write;
        let file = crate::tempfiles::anonymous_in(self.dir.as_deref())?;
        let run = TempRun { file };
        self.entries.sort_unstable_by_key(|e| e.0);
        let mut w = std::io::BufWriter::with_capacity(1 << 16, &run.file);
        for &(place, start, end) in &self.entries {
            w.write_all(&place.to_le_bytes())?;
            w.write_all(&((end - start) as u32).to_le_bytes())?;
            w.write_all(&self.data[start..end])?;
        }
        w.flush()?;
        drop(w);
        self.runs.push(run);
        self.entries.clear();
        self.data.clear();
        Ok(())
    }

    /// Write what `sorters` hold, all in place order.
    fn finish(mut sorters: Vec<RunSorter>, out: &mut dyn std::io::Write) -> Result<()> {
        use std::collections::BinaryHeap;
        use std::io::{BufReader, Read, Seek};
        if sorters.iter().all(|s| s.runs.is_empty()) {
            // All in memory.
            let mut all: Vec<(u32, usize, usize, usize)> = sorters
                .iter()
                .enumerate()
                .flat_map(|(i, s)| s.entries.iter().map(move |&(p, a, b)| (p, i, a, b)))
                .collect();
            all.sort_unstable_by_key(|e| e.0);
            for (_, i, start, end) in all {
                out.write_all(&sorters[i].data[start..end])?;
            }
            return Ok(());
        }
        for s in &mut sorters {
            if !s.entries.is_empty() {
                s.spill()?;
            }
        }
        let runs: Vec<&TempRun> = sorters.iter().flat_map(|s| &s.runs).collect();
        let mut readers = Vec::new();
        for run in runs {
            let mut f = &run.file;
            f.rewind()?;
            readers.push(BufReader::with_capacity(1 << 16, f));
        }
        // The next record of a run: its place, its bytes read into `buf` (one buffer a
        // run, reused: no allocation a record).
        let next = |r: &mut BufReader<&std::fs::File>, buf: &mut Vec<u8>| -> Result<Option<u32>> {
            let mut head = [0u8; 8];
            match r.read_exact(&mut head) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
                Err(e) => return Err(e.into()),
            }
            let place = u32::from_le_bytes([head[0], head[1], head[2], head[3]]);
            let len = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
            buf.resize(len, 0);
            r.read_exact(buf)?;
            Ok(Some(place))
        };
        let mut heap = BinaryHeap::new();
        let mut heads: Vec<Vec<u8>> = vec![Vec::new(); readers.len()];
        for (i, r) in readers.iter_mut().enumerate() {
            if let Some(place) = next(r, &mut heads[i])? {
                heap.push(std::cmp::Reverse((place, i)));
            }
        }
        while let Some(std::cmp::Reverse((_, i))) = heap.pop() {
            out.write_all(&heads[i])?;
            if let Some(place) = next(&mut readers[i], &mut heads[i])? {
                heap.push(std::cmp::Reverse((place, i)));
            }
        }
        Ok(())
    }
}

impl Store {
    /// `list_sql` for `q`, choosing how a short name-sorted list of a digit query is
    /// read. Sorting every contact whose numbers hold the digits costs a read of each
    /// one's row (`415` holds thousands); walking the name index (`contact_by_sort_key`,
    /// which carries the ids) and keeping the matching ids costs about `limit` times
    /// the share of contacts that don't match, in index entries, many to a page. It
    /// walks when that is the cheaper, counted from the digit index.
    fn list_plan(&self, q: &ListQuery) -> Result<Option<(String, Vec<Value>)>> {
        let Some((limit, digits)) = q.limit.zip(walkable_digits(q)) else {
            return Ok(list_sql(q, Walk::No));
        };
        let total: i64 = self
            .conn
            .prepare_cached("SELECT ifnull(max(id), 0) FROM contact")?
            .query_row([], |r| r.get(0))?;
        // An index entry costs about a fortieth of a row read: walking costs about
        // `limit * total / matches / 40` row reads, sorting `matches`; walk from the
        // match count where the two meet.
        let meet = ((limit as u64).saturating_mul(total.max(0) as u64) / 40).isqrt() as i64;
        // How many contacts the digits match, counting to `cap` at most.
        let count_to = |cap: i64| -> Result<i64> {
            Ok(self
                .conn
                .prepare_cached(
                    "SELECT count(*) FROM (SELECT 1 FROM contact_digits
                     WHERE contact_digits MATCH ?1 LIMIT ?2)",
                )?
                .query_row(params![format!("\"{digits}\""), cap], |r| r.get(0))?)
        };
        if count_to(meet)? < meet.max(1) {
            return Ok(list_sql(q, Walk::No));
        }
        // Tens of thousands of matches (an area code): gathering their ids costs more
        // than asking the digit index about each of the few contacts walked.
        let many = count_to(PROBE_MIN)?;
        Ok(list_sql(
            q,
            if many >= PROBE_MIN {
                Walk::Probing
            } else {
                Walk::Gathered
            },
        ))
    }
}

/// From this many digit matches, a walk of the name index probes the digit index for
/// each contact walked.
const PROBE_MIN: i64 = 20_000;

/// How `list_sql` reads the contacts: sorting the matches, or walking the name index
/// keeping the ids in the gathered matched set, or probing the digit index for each.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Walk {
    No,
    Gathered,
    Probing,
}

/// The digits of a query the name index may be walked for: a digits-only query of 3 or
/// more, sorted by name, with no other filter (those need each walked contact's row).
fn walkable_digits(q: &ListQuery) -> Option<String> {
    let text = q.text.as_deref()?.trim();
    let plain = q.sort == Sort::Name
        && !q.favorites
        && q.source.is_none()
        && q.kind.is_none()
        && q.department.is_none()
        && q.location.is_none()
        && q.label.is_none();
    let numberish = text
        .chars()
        .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch));
    let digits = phone::digits(text);
    (plain && numberish && digits.len() >= 3).then_some(digits)
}

/// `FROM … WHERE … ORDER BY … LIMIT …` selecting `q`'s contacts (as `c`), with its
/// arguments; None when the query can match nothing. With `walk_names`, the contacts
/// are read in the order of the name index (see `Store::list_plan`).
fn list_sql(q: &ListQuery, walk: Walk) -> Option<(String, Vec<Value>)> {
    {
        let mut conds = vec!["c.deleted_at IS NULL".to_string()];
        let mut args: Vec<Value> = Vec::new();
        let arg = |v: Value, args: &mut Vec<Value>| {
            args.push(v);
            format!("?{}", args.len())
        };
        let text = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty());
        if let Some(id) = text.and_then(|t| t.strip_prefix("id:")) {
            // `id:N` names one contact, as everywhere else.
            let id = id.trim().parse::<i64>().ok()?;
            conds.push(format!("c.id = {}", arg(Value::Integer(id), &mut args)));
        } else if let Some(text) = text {
            let mut any = Vec::new();
            if let Some(ext) = phone::extension_ref(text)
                .filter(|_| !text.starts_with(|c: char| c.is_ascii_digit()))
            {
                // `x2003`, `ext. 2003`: the extension (bare digits are searched below).
                let p = arg(Value::Text(format!("x{ext}")), &mut args);
                any.push(format!(
                    "c.id IN (SELECT contact_id FROM contact_value WHERE norm = {p})"
                ));
            }
            if let Some(fts) = fts_query(text) {
                let p = arg(Value::Text(fts), &mut args);
                any.push(format!(
                    "c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH {p})"
                ));
            }
            let digits = phone::digits(text);
            let numberish = text
                .chars()
                .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch));
            if numberish && digits.len() >= 2 {
                let ext = arg(Value::Text(format!("x{digits}")), &mut args);
                any.push(format!(
                    "c.id IN (SELECT contact_id FROM contact_value WHERE norm = {ext})"
                ));
                if digits.len() >= 3 {
                    // Digits anywhere: a phrase of the query's trigrams.
                    let p = arg(Value::Text(format!("\"{digits}\"")), &mut args);
                    any.push(if walk == Walk::Probing {
                        format!(
                            "EXISTS (SELECT 1 FROM contact_digits \
                             WHERE contact_digits MATCH {p} AND rowid = c.id)"
                        )
                    } else {
                        format!(
                            "c.id IN (SELECT rowid FROM contact_digits WHERE contact_digits MATCH {p})"
                        )
                    });
                }
            }
            if any.is_empty() {
                return None;
            }
            conds.push(format!("({})", any.join(" OR ")));
        }
        if q.favorites {
            conds.push("c.favorite = 1".into());
        }
        if let Some(s) = q.source {
            conds.push(format!(
                "c.source = {}",
                arg(Value::Text(s.as_str().into()), &mut args)
            ));
        }
        if let Some(k) = q.kind {
            conds.push(format!(
                "c.kind = {}",
                arg(Value::Text(k.as_str().into()), &mut args)
            ));
        }
        for (col, want) in [("department", &q.department), ("location", &q.location)] {
            if let Some(w) = want {
                let p = arg(Value::Text(w.clone()), &mut args);
                conds.push(format!("c.{col} = {p} COLLATE NOCASE"));
            }
        }
        if let Some(l) = &q.label {
            let p = arg(Value::Text(l.trim().to_string()), &mut args);
            conds.push(format!(
                "c.categories IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(c.categories) \
                 WHERE value = {p} COLLATE NOCASE)"
            ));
        }
        let order = match q.sort {
            Sort::Name => "c.sort_key, c.id",
            Sort::Department => {
                "c.department IS NULL, c.department COLLATE NOCASE, c.sort_key, c.id"
            }
            Sort::Location => "c.location IS NULL, c.location COLLATE NOCASE, c.sort_key, c.id",
            Sort::Family => {
                "c.family IS NULL, c.family COLLATE NOCASE, c.given COLLATE NOCASE, c.sort_key, c.id"
            }
        };
        let limit = q.limit.map_or(-1, |l| l as i64);
        let limit = arg(Value::Integer(limit), &mut args);
        let indexed = if walk != Walk::No {
            " INDEXED BY contact_by_sort_key"
        } else {
            ""
        };
        let from = format!(
            "FROM contact c{indexed} WHERE {} ORDER BY {order} LIMIT {limit}",
            conds.join(" AND ")
        );
        Some((from, args))
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
        let ids = stmt.query_map([sort_key(name)], |r| r.get(0))?;
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

    /// Every (key, contact id, its sort key) an import matches a record on: the E.164
    /// numbers of the phones and faxes and the lowercase emails of personal contacts
    /// (as `contacts_with_number` and `contacts_with_email` find them), and `None` for
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

fn contact_params(c: &Contact) -> Vec<Value> {
    let t = |s: &Option<String>| s.clone().map_or(Value::Null, Value::Text);
    let (photo_type, photo, photo_url) = match &c.photo {
        Some(Photo::Data { media_type, bytes }) => (
            Value::Text(media_type.clone()),
            Value::Blob(bytes.clone()),
            Value::Null,
        ),
        Some(Photo::Url(u)) => (Value::Null, Value::Null, Value::Text(u.clone())),
        None => (Value::Null, Value::Null, Value::Null),
    };
    let json = |empty: bool, s: String| if empty { Value::Null } else { Value::Text(s) };
    vec![
        Value::Text(c.uid.clone()),
        Value::Text(c.source.as_str().into()),
        Value::Text(c.external_company.clone().unwrap_or_default()),
        t(&c.directory_id),
        Value::Text(c.kind.as_str().into()),
        Value::Text(c.display_name.clone()),
        t(&c.name.prefix),
        t(&c.name.given),
        t(&c.name.middle),
        t(&c.name.family),
        t(&c.name.suffix),
        t(&c.nickname),
        t(&c.organization),
        t(&c.department),
        t(&c.location),
        t(&c.title),
        Value::Integer(c.favorite.into()),
        c.presence
            .as_ref()
            .map_or(Value::Null, |p| Value::Text(p.state.as_str().into())),
        t(&c.presence.as_ref().and_then(|p| p.message.clone())),
        t(&c.birthday),
        t(&c.notes),
        photo_type,
        photo,
        photo_url,
        json(
            c.categories.is_empty(),
            serde_json::to_string(&c.categories).unwrap_or_default(),
        ),
        json(
            c.extras.is_empty(),
            serde_json::to_string::<Vec<Extra>>(&c.extras).unwrap_or_default(),
        ),
        Value::Text(c.created_at.clone()),
        Value::Text(c.updated_at.clone()),
        Value::Text(sort_key(&c.display_name)),
    ]
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
mod tests {
    use super::*;
    use crate::model::Email;

    fn robin() -> Contact {
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
    fn sorted_streams_give_what_list_gives() {
        let dir = tempfile::tempdir().unwrap();
        // In memory: one reader; in a file: two, on one snapshot.
        for store in [
            Store::open_in_memory().unwrap(),
            Store::open(&dir.path().join("kard.db")).unwrap(),
        ] {
            sorted_streams_of(&store);
        }
    }

    #[test]
    fn a_second_reader_sees_what_the_first_sees() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kard.db");
        let store = Store::open(&path).unwrap();
        let (first, second) = store.snapshot_pair().unwrap();
        let second = second.expect("a file store has a second reader");
        // A write after both began is seen by neither.
        let writer = Store::open(&path).unwrap();
        writer.write(|s| s.insert_contact(&mut robin())).unwrap();
        let count = |c: &Connection| -> i64 {
            c.query_row("SELECT count(*) FROM contact", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!((count(&store.conn), count(&second)), (0, 0));
        first.end().unwrap();
        assert_eq!(count(&store.conn), 1);
        let (_, none) = Store::open_in_memory().unwrap().snapshot_pair().unwrap();
        assert!(none.is_none());
        // With a write under way, one reader at once instead of waiting for it.
        writer.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        let started = std::time::Instant::now();
        let (first, second) = store.snapshot_pair().unwrap();
        assert!(second.is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        first.end().unwrap();
        writer.conn.execute_batch("ROLLBACK").unwrap();
    }

    fn sorted_streams_of(store: &Store) {
        let names = ["Zoë", "anna", "Ärger", "Bob", "bob", "Émile", "Zed", "Ann"];
        store
            .write(|s| {
                for i in 0..120 {
                    let mut c = robin();
                    c.display_name = format!("{} {}", names[i % names.len()], i % 7);
                    c.phones[0].number = Some(format!("+1555010{:04}", i));
                    if i % 3 == 0 {
                        c.emails.clear();
                    }
                    if i % 4 == 0 {
                        c.phones.push(c.phones[0].clone());
                    }
                    // Contacts read one after another into one: nothing may stay over.
                    if i % 5 == 0 {
                        c.organization = None;
                        c.notes = Some(format!("note {i}"));
                        c.categories = vec!["Friends".into()];
                        c.photo = Some(Photo::Url(format!("https://p.example/{i}")));
                    }
                    s.insert_contact(&mut c)?;
                    if i % 11 == 0 {
                        s.trash_contact(c.id)?;
                    }
                }
                Ok(())
            })
            .unwrap();
        let render = |c: &Contact, buf: &mut Vec<u8>| -> Result<()> {
            serde_json::to_writer(&mut *buf, c)?;
            buf.push(b'\n');
            Ok(())
        };
        for q in [
            ListQuery::default(),
            ListQuery {
                text: Some("zo".into()),
                ..ListQuery::default()
            },
            ListQuery {
                text: Some("0100".into()),
                limit: Some(5),
                ..ListQuery::default()
            },
        ] {
            let mut want = Vec::new();
            store.list(&q, |c| render(&c, &mut want)).unwrap();
            for (min, run) in [(0, 1 << 20), (0, 300), (1000, 300)] {
                let mut got = Vec::new();
                let n = store
                    .list_rendered_with(&q, render, &mut got, min, run)
                    .unwrap();
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    String::from_utf8(want.clone()).unwrap(),
                    "{q:?} {min} {run}"
                );
                assert_eq!(n as usize, want.iter().filter(|&&b| b == b'\n').count());
            }
        }
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
