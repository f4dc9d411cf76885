//! The import engine: records (from files today, from any source of records tomorrow)
//! matched with the personal contacts by one rule (`matching`) and merged into them or
//! added, inside the caller's transaction. A big import into a small store is a bulk
//! import: the store's lookup indexes are dropped and built once at its end, and records
//! are matched from memory (`keymap`). A file is parsed on a thread of its own while
//! this one writes (`reader`). Progress goes to a callback: nothing here prints.

pub mod keymap;
pub mod matching;
mod reader;

pub use matching::{find_match, find_match_named, same_contact, Indexes, Lookup, MatchKey};

use crate::formats::{self, BadRecord, Format, Item};
use crate::identity::{self, match_keys};
use crate::merge;
use crate::model::Contact;
use crate::phone::Region;
use crate::store::{Reindex, Store};
use anyhow::{Context, Result};
use keymap::KeyMap;
use reader::Ready;
use serde::Serialize;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

/// What an import did; every record read is counted in exactly one of the four.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub added: u64,
    pub merged: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub errors: Vec<ErrorEntry>,
    /// Records imported with something kard could not read as what it claims to be
    /// (a birthday that is no date, kept as text): `FILE:LINE: reason` too. Left out
    /// of the JSON when there are none, so the SPEC's summary stays as it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<ErrorEntry>,
}

#[derive(Debug, Serialize)]
pub struct ErrorEntry {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// How far an import has come, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Bytes read so far, of all inputs.
    Read(u64),
    /// The last step of a bulk import: building the indexes.
    Indexing,
}

/// An import is a bulk import when its input is at least this big (about 4,000
/// vCards; 10,000 into an empty store: 0.31 s row by row, 0.18 s in bulk)...
const BULK_BYTES: u64 = 1 << 20;
/// ...and would add at least a quarter as many contacts as the store holds, reckoning
/// this many bytes a contact: then building the indexes anew costs less than keeping
/// them up to date.
const BYTES_PER_CONTACT: u64 = 256;
/// The page cache of a bulk import: 24 MiB took a 1M-card import's peak over 150 MB
/// with the key map beside it, and was no faster (29.3 s both).
const BULK_CACHE_MIB: i64 = 12;

fn is_bulk(store: &Store, bytes: u64) -> Result<bool> {
    // For tests: both ways on small files. Not a user setting.
    match std::env::var("KARD_BULK_IMPORT").as_deref() {
        Ok("always") => return Ok(true),
        Ok("never") => return Ok(false),
        _ => {}
    }
    if bytes < BULK_BYTES {
        return Ok(false);
    }
    let stored = u64::try_from(store.count_contacts()?).unwrap_or(0);
    Ok(bytes / BYTES_PER_CONTACT >= stored / 4)
}

/// One import, in the caller's transaction: `begin`, then `read` or `records` for each
/// input, then `finish`.
pub struct Importer<'s> {
    store: &'s Store,
    /// A bulk import's key map (the store's indexes are dropped); none: the indexes.
    keys: Option<KeyMap>,
    /// Contacts a bulk import merged into, whose words are indexed again at its end.
    merged: Vec<(i64, Reindex)>,
    summary: Summary,
    read: AtomicU64,
}

impl<'s> Importer<'s> {
    /// Get ready to import about `bytes` of input (0: unknown) into `store`.
    pub fn begin(store: &'s Store, bytes: u64) -> Result<Importer<'s>> {
        Importer::with(store, is_bulk(store, bytes)?, bytes)
    }

    fn with(store: &'s Store, bulk: bool, bytes: u64) -> Result<Importer<'s>> {
        let keys = if bulk {
            store.set_cache_mib(BULK_CACHE_MIB)?;
            let mut keys = KeyMap::for_input(bytes);
            // Rows come contact by contact (see `KeyMap::add`).
            store.personal_match_keys(|key, id, sort_key| keys.add(sort_key, key, id, false))?;
            store.each_uid(|id, uid| keys.add_uid(uid, id))?;
            store.drop_bulk_indexes()?;
            Some(keys)
        } else {
            None
        };
        Ok(Importer {
            store,
            keys,
            merged: Vec::new(),
            summary: Summary::default(),
            read: AtomicU64::new(0),
        })
    }

    /// Import records as they come; `origin` names them in errors (`ORIGIN:LINE`).
    pub fn records(&mut self, origin: &str, records: impl IntoIterator<Item = Item>) -> Result<()> {
        records
            .into_iter()
            .try_for_each(|item| self.apply(origin, reader::ready(item)))
    }

    /// Read `input` in `format` (none: detected from the content) and import its
    /// records, parsing on a thread of its own. `progress` hears of the bytes read.
    pub fn read(
        &mut self,
        origin: &str,
        input: impl Read + Send,
        format: Option<Format>,
        region: Region,
        progress: &dyn Fn(Progress),
    ) -> Result<()> {
        let count = AtomicU64::new(0);
        let before = self.read.load(Ordering::Relaxed);
        let result = reader::read(origin, input, format, region, &count, |batch| {
            batch
                .into_iter()
                .try_for_each(|item| self.apply(origin, item))?;
            progress(Progress::Read(before + count.load(Ordering::Relaxed)));
            Ok(())
        });
        self.read.fetch_add(count.into_inner(), Ordering::Relaxed);
        result
    }

    /// How many records were bad so far.
    pub fn skipped(&self) -> u64 {
        self.summary.skipped
    }

    /// Finish: index the words of the contacts a bulk import merged into and, when
    /// `build` (the import is kept), build the indexes it dropped.
    pub fn finish(self, build: bool, progress: &dyn Fn(Progress)) -> Result<Summary> {
        let Importer {
            store,
            keys,
            mut merged,
            summary,
            ..
        } = self;
        if let Some(keys) = keys {
            drop(keys); // its memory is the index builder's now
            store.reindex(&mut merged)?;
            if build {
                progress(Progress::Indexing);
                store.build_bulk_indexes()?;
            }
        }
        Ok(summary)
    }

    /// Merge or add one record; count it.
    fn apply(&mut self, origin: &str, item: Ready) -> Result<()> {
        let (record, derived) = match item {
            Ok(r) => r,
            Err(BadRecord { line, reason }) => {
                self.summary.skipped += 1;
                self.summary.errors.push(ErrorEntry {
                    file: origin.to_string(),
                    line,
                    reason,
                });
                return Ok(());
            }
        };
        let mut new = record.contact;
        for text in formats::birthdays_kept_as_text(&new) {
            self.summary.warnings.push(ErrorEntry {
                file: origin.to_string(),
                line: record.line,
                reason: format!(
                    "the birthday {text:?} of {} is not a date: kept as text, not as a birthday",
                    new.display_name
                ),
            });
        }
        let store = self.store;
        let sort_key = derived.sort_key().to_string();
        let found = match &self.keys {
            Some(keys) => find_match_named(store, keys, &mut new, &sort_key)?,
            None => find_match_named(store, &Indexes, &mut new, &sort_key)?,
        };
        match found {
            Some(mut existing) => {
                if !merge::merge(&mut existing, &new) {
                    self.summary.unchanged += 1;
                    return Ok(());
                }
                match &mut self.keys {
                    Some(keys) => {
                        store.update_contact_but_words(&mut existing)?;
                        let merged_key = identity::name_key(&existing.display_name);
                        note_keys(keys, &existing, &merged_key, true);
                        self.merged.push((existing.id, Reindex::All));
                    }
                    None => store.update_contact(&mut existing)?,
                }
                self.summary.merged += 1;
            }
            None => {
                store
                    .insert_derived(&mut new, derived)
                    .with_context(|| format!("{origin}:{}", record.line))?;
                if let Some(keys) = &mut self.keys {
                    note_keys(keys, &new, &sort_key, false);
                    keys.add_uid(&new.uid, new.id);
                }
                self.summary.added += 1;
            }
        }
        Ok(())
    }
}

/// Note contact `c`'s match keys (or its name alone, `sort_key`) in the key map;
/// `again` when it was merged into.
fn note_keys(keys: &mut KeyMap, c: &Contact, sort_key: &str, again: bool) {
    let mut any = false;
    for (key, _) in match_keys(c) {
        keys.add(sort_key, Some(&key), c.id, again);
        any = true;
    }
    if !any {
        keys.add(sort_key, None, c.id, again);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::Record;
    use crate::model::Phone;

    fn records() -> Vec<Item> {
        let card = |line, name: &str, number: &str| {
            Ok(Record {
                line,
                contact: Contact {
                    display_name: name.into(),
                    phones: vec![Phone {
                        label: None,
                        number: Some(number.into()),
                        raw: number.into(),
                    }],
                    ..Contact::default()
                },
            })
        };
        vec![
            card(1, "Ann Lee", "+15550100001"),
            Err(BadRecord {
                line: 5,
                reason: "no name".into(),
            }),
            card(9, "Bob Roe", "+15550100002"),
            // The same person again, within the same input: merged, not added.
            card(13, "Ann Lee", "+15550100001"),
        ]
    }

    /// Records from any iterator, both ways (store indexes and bulk key map): the same
    /// counts, and a second import of the same records changes nothing.
    #[test]
    fn records_from_an_iterator_are_added_once_and_then_unchanged() {
        for bulk in [false, true] {
            let store = Store::open_in_memory().unwrap();
            let run = || {
                let mut importer = Importer::with(&store, bulk, 0).unwrap();
                importer.records("probe", records()).unwrap();
                importer.finish(true, &|_| {}).unwrap()
            };
            let first = run();
            assert_eq!(
                (first.added, first.merged, first.unchanged, first.skipped),
                (2, 0, 1, 1),
                "bulk {bulk}"
            );
            assert_eq!(first.errors[0].file, "probe");
            assert_eq!(first.errors[0].line, 5);
            let again = run();
            assert_eq!(
                (again.added, again.merged, again.unchanged, again.skipped),
                (0, 0, 3, 1),
                "bulk {bulk}"
            );
            assert_eq!(store.count_contacts().unwrap(), 2);
        }
    }
}
