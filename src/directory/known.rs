//! The records the directories were last synced from, known by their hash: a re-sync that
//! reads the same record (the same CSV cells, the same LDAP entry as the server sent
//! it) takes what the last sync noted of it instead of checking and spooling it anew.
//! What a record becomes depends only on the record, the region and the kard build (and
//! for LDAP the attribute map), all in the hash's seed: a record's sums are the same
//! whatever the store holds now.

use super::spool::{hash_bytes, Shape, Sums};
use super::table::{Keyed, Table};
use crate::phone::Region;
use crate::store::{RecordSums, Store};
use anyhow::Result;
use std::cell::Cell;

impl Keyed for Sums {
    fn key(&self) -> u64 {
        self.raw
    }
    fn rank(&self) -> u64 {
        self.id
    }
}

/// The known records of one directory.
pub struct Known {
    pub seed: u64,
    table: Table<Sums>,
    /// What `contains` found last (a reader asks, then its sink takes it).
    last: Cell<Option<Sums>>,
}

impl Known {
    /// The records the directories were synced from, but the one of contact `except`
    /// (your profile's entry: it is compared in full each time). `origin` is what else
    /// decides what a record becomes (the kind of origin, an LDAP attribute map).
    pub fn load(store: &Store, except: Option<i64>, region: Region, origin: &str) -> Result<Known> {
        // Sized once: a million records grown by doubling would leave 80 MB behind.
        let size = store
            .directories()?
            .iter()
            .map(|d| usize::try_from(d.entries).unwrap_or(0))
            .sum();
        let mut rows = Vec::with_capacity(size);
        store.directory_records(except, |data, r| {
            rows.push(Sums {
                id: r.id,
                person: r.person,
                data,
                raw: r.raw,
                shape: Shape(r.shape),
            });
        })?;
        Ok(Known {
            seed: seed(region, origin),
            table: Table::new(rows),
            last: Cell::new(None),
        })
    }

    /// Nothing known: every record is read whole.
    pub fn none(region: Region, origin: &str) -> Known {
        Known {
            seed: seed(region, origin),
            table: Table::default(),
            last: Cell::new(None),
        }
    }

    pub fn get(&self, raw: u64) -> Option<Sums> {
        match self.last.get() {
            Some(s) if s.raw == raw => Some(s),
            _ => self.table.find(raw).next().map(|i| self.table.items()[i]),
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn contains(&self, raw: u64) -> bool {
        self.last.set(None);
        let found = self.get(raw);
        self.last.set(found);
        found.is_some()
    }
}

/// What the store notes of a record read whole.
pub fn noted(sums: &Sums) -> RecordSums {
    RecordSums {
        raw: sums.raw,
        id: sums.id,
        person: sums.person,
        shape: sums.shape.0,
    }
}

/// Raised whenever what a record becomes changes (how rows are read, checked or
/// hashed): the records noted before are then read whole once.
const RULES: u32 = 1;

fn seed(region: Region, origin: &str) -> u64 {
    let text = format!(
        "kard {} directory record {RULES}\t{region:?}\t{origin}",
        env!("CARGO_PKG_VERSION")
    );
    hash_bytes(text.as_bytes())
}
