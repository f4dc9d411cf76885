//! What a contact is found by: its sort key, the words and digits of the search
//! indexes (`contact_search`, `contact_digits`) and its value rows (`contact_value`,
//! keyed by `identity`). Each index row is written and deleted here only.

use super::scan::each_stored;
use super::Store;
use crate::identity::{email_key, name_key};
use crate::model::{fold, Contact, Phone};
use crate::phone;
use anyhow::Result;
use rusqlite::params;

/// What storing a contact derives from it alone: its sort key, search words and value
/// rows. Worked out from the contact as it will be stored (display name ensured).
pub struct Derived {
    pub(super) sort_key: String,
    pub(super) words: String,
    pub(super) digits: String,
    pub(super) values: Vec<ValueRow>,
}

impl Derived {
    /// The contact's sort key (`identity::name_key`).
    pub fn sort_key(&self) -> &str {
        &self.sort_key
    }

    pub fn of(c: &Contact) -> Derived {
        Derived {
            sort_key: name_key(&c.display_name),
            words: search_words(c),
            digits: search_digits(c),
            values: value_rows(c),
        }
    }
}

/// What of a contact `Store::reindex` indexes anew (`All` sorts after `Words`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reindex {
    /// Its words only: its numbers did not change.
    Words,
    /// Its words and its digits.
    All,
}

/// A contact's multi-valued fields as rows of `contact_value`.
pub(super) struct ValueRow {
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
            norm: Some(email_key(&e.address)),
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

/// Whether `c`'s numbers hold `digits` (3 or more) in a form `search_digits` indexes.
/// The national form is worked out (which reads the numbering plans: ~60 ms the first
/// time in a process) only when it could hold them where the others do not: then they
/// begin inside its national prefix (at most 4 digits) and go on with the number's
/// digits after its calling code (1 to 3 digits).
pub(super) fn holds_digits(c: &Contact, digits: &str) -> bool {
    let has = |form: &str| form.contains(digits);
    let in_national = |e164: &str, international: &str| {
        let could = (1..=digits.len().min(4)).any(|j| {
            (1..=3).any(|k| {
                international
                    .get(k..)
                    .is_some_and(|nsn| nsn.starts_with(&digits[j..]))
            })
        });
        could && phone::national_digits(e164).is_some_and(|n| has(&n))
    };
    c.phones.iter().chain(&c.faxes).any(|p| {
        has(&phone::digits(&p.raw))
            || p.number.as_deref().is_some_and(|e164| {
                let international = phone::digits(e164);
                has(&international) || in_national(e164, &international)
            })
    }) || c.extensions.iter().any(|x| has(&phone::digits(&x.number)))
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
pub(super) fn split_digits(folded: &str) -> String {
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

impl Store {
    /// Index the words and digits of every contact not in the trash, into empty
    /// indexes (schema migration 4).
    pub(super) fn index_all_search(&self) -> Result<()> {
        each_stored(&self.conn, 0..usize::MAX, |_| true, |c| self.write_words(c))
    }

    /// Index these contacts anew (see `update_contact_but_words`), each in the indexes
    /// its change touched.
    pub fn reindex(&self, contacts: &mut [(i64, Reindex)]) -> Result<()> {
        // In ascending order, each delete and insert follows the last: no flushes.
        contacts.sort_unstable();
        for (i, &(id, what)) in contacts.iter().enumerate() {
            // Of a contact listed twice, the last is the most to do.
            if contacts.get(i + 1).is_some_and(|next| next.0 == id) {
                continue;
            }
            let Some(c) = self.contact(id)? else { continue };
            match what {
                Reindex::Words => {
                    self.unindex_words(id)?;
                    self.index_words(id, &search_words(&c))?;
                }
                Reindex::All => {
                    self.unindex(id)?;
                    self.write_words(&c)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn write_only_values(&self, c: &Contact) -> Result<()> {
        self.write_value_rows(c.id, &value_rows(c))
    }

    pub(super) fn write_value_rows(&self, id: i64, rows: &[ValueRow]) -> Result<()> {
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
    pub(super) fn write_words(&self, c: &Contact) -> Result<()> {
        self.index(c.id, &search_words(c), &search_digits(c))
    }

    /// Put a contact's words and digits (see `Derived`) into the search indexes.
    pub(super) fn index(&self, id: i64, words: &str, digits: &str) -> Result<()> {
        self.index_words(id, words)?;
        if !digits.is_empty() {
            self.conn
                .prepare_cached("INSERT INTO contact_digits (rowid, digits) VALUES (?1, ?2)")?
                .execute(params![id, digits])?;
        }
        Ok(())
    }

    fn index_words(&self, id: i64, words: &str) -> Result<()> {
        self.conn
            .prepare_cached("INSERT INTO contact_search (rowid, words) VALUES (?1, ?2)")?
            .execute(params![id, words])?;
        Ok(())
    }

    fn unindex_words(&self, id: i64) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM contact_search WHERE rowid = ?1")?
            .execute([id])?;
        Ok(())
    }

    /// Take a contact out of the word and digit indexes.
    pub(super) fn unindex(&self, id: i64) -> Result<()> {
        self.unindex_words(id)?;
        self.conn
            .prepare_cached("DELETE FROM contact_digits WHERE rowid = ?1")?
            .execute([id])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Extension;
    use proptest::prelude::*;

    fn phone(raw: &str) -> Phone {
        phone::make(raw, None, phone::Region::default())
    }

    proptest! {
        /// `holds_digits` says what a search of the indexed digits would: for every
        /// run of digits of the indexed forms and for runs of digits no form has.
        #[test]
        fn holds_digits_agrees_with_the_indexed_digits(
            numbers in prop::collection::vec(
                prop::sample::select(vec![
                    "+44 161 496 0123", "+49 30 1234 5678", "+1 555 100 4242", "(555) 010-1234",
                    "+33 1 42 68 53 00", "+7 812 123 45 67", "+36 1 234 5678", "020 7946 0018",
                    "+81 3-1234-5678", "+353 1 234 5678",
                ]),
                1..3,
            ),
            extension in prop::option::of("[0-9]{3,6}"),
            other in "[0-9]{3,8}",
        ) {
            let mut c = Contact {
                phones: numbers.iter().map(|n| phone(n)).collect(),
                ..Contact::default()
            };
            if let Some(x) = &extension {
                c.extensions.push(Extension { number: x.clone(), ..Extension::default() });
            }
            let indexed = search_digits(&c);
            let mut runs = vec![other];
            for form in indexed.split(' ') {
                for i in 0..form.len() {
                    for j in i + 3..=form.len() {
                        runs.push(form[i..j].to_string());
                    }
                }
            }
            for d in runs {
                let want = indexed.split(' ').any(|form| form.contains(d.as_str()));
                prop_assert_eq!(holds_digits(&c, &d), want, "{} in {}", d, indexed);
            }
        }
    }
}
