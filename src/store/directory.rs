//! Loaded directories (the company's and external companies'): what was synced, when,
//! and the contacts each one holds.

use super::rows::{contact_from_row, COLUMNS};
use super::Store;
use crate::model::{Contact, Presence, Source};
use anyhow::Result;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

/// One loaded directory: the company's (`external_company` null) or another company's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryInfo {
    pub source: Source,
    pub external_company: Option<String>,
    pub file: String,
    pub entries: i64,
    pub synced_at: String,
}

/// What a directory sync notes of the one record a contact was synced from: the hash
/// of the record as read, the hashes of its directory id and person key, and its
/// account and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordSums {
    pub raw: u64,
    pub id: u64,
    pub person: u64,
    pub shape: u8,
}

impl DirectoryInfo {
    /// The value of the `directory` column of its contacts ('' for the company).
    pub fn name(&self) -> &str {
        self.external_company.as_deref().unwrap_or("")
    }
}

impl Store {
    /// Every loaded directory, the company's first, then external companies by name.
    pub fn directories(&self) -> Result<Vec<DirectoryInfo>> {
        let mut stmt = self.conn.prepare(
            "SELECT source, name, file, entries, synced_at FROM directory
             ORDER BY source = 'external', name COLLATE NOCASE",
        )?;
        let rows = stmt.query_map([], |r| {
            let source: Source = r.get::<_, String>(0)?.parse().unwrap_or(Source::Company);
            let name: String = r.get(1)?;
            Ok(DirectoryInfo {
                source,
                external_company: (source == Source::External).then_some(name),
                file: r.get(2)?,
                entries: r.get(3)?,
                synced_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many entries a directory had when it was last synced (0: never synced).
    pub fn directory_size(&self, source: Source, name: &str) -> Result<usize> {
        let n: Option<i64> = self
            .conn
            .query_row(
                "SELECT entries FROM directory WHERE source = ?1 AND name = ?2",
                params![source.as_str(), name],
                |r| r.get(0),
            )
            .optional()?;
        Ok(usize::try_from(n.unwrap_or(0)).unwrap_or(0))
    }

    /// Record that a directory was (re)loaded.
    pub fn record_directory(&self, info: &DirectoryInfo) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO directory (source, name, file, entries, synced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (source, name) DO UPDATE SET file = excluded.file,
                   entries = excluded.entries, synced_at = excluded.synced_at",
            )?
            .execute(params![
                info.source.as_str(),
                info.name(),
                info.file,
                info.entries,
                info.synced_at
            ])?;
        Ok(())
    }

    /// Every contact of one directory (`name` '' for the company's), whole.
    pub fn directory_contacts(&self, source: Source, name: &str) -> Result<Vec<Contact>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {COLUMNS} FROM contact WHERE source = ?1 AND directory = ?2 ORDER BY id"
        ))?;
        let rows = stmt.query_map(params![source.as_str(), name], contact_from_row)?;
        let mut out = Vec::new();
        for row in rows {
            let mut c = row?;
            self.load_values(&mut c)?;
            out.push(c);
        }
        Ok(out)
    }
}

/// Columns 1..=4 of a row (raw, id hash, person, shape) as `RecordSums`.
fn record_sums(r: &rusqlite::Row) -> rusqlite::Result<RecordSums> {
    Ok(RecordSums {
        raw: r.get::<_, i64>(1)? as u64,
        id: r.get::<_, Option<i64>>(2)?.unwrap_or(0) as u64,
        person: r.get::<_, Option<i64>>(3)?.unwrap_or(0) as u64,
        shape: r.get::<_, Option<u8>>(4)?.unwrap_or(0),
    })
}

impl Store {
    /// Each contact of one directory as a sync matches it: (directory id, contact id,
    /// the data hash it was last synced from), in storage order.
    pub fn directory_keys(
        &self,
        source: Source,
        name: &str,
        mut each: impl FnMut(&str, i64, Option<i64>),
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT c.directory_id, c.id, e.hash FROM contact c
             LEFT JOIN directory_entry e ON e.contact_id = c.id
             WHERE c.source = ?1 AND c.directory = ?2 AND c.directory_id IS NOT NULL",
        )?;
        let mut rows = stmt.query(params![source.as_str(), name])?;
        while let Some(r) = rows.next()? {
            let id: rusqlite::types::ValueRef = r.get_ref(0)?;
            each(id.as_str().unwrap_or_default(), r.get(1)?, r.get(2)?);
        }
        Ok(())
    }

    /// Note the data hash a directory contact was synced from and, for one synced from
    /// one record, what the sync knows of that record (see `directory_records`).
    pub fn set_directory_entry(
        &self,
        contact: i64,
        hash: u64,
        record: Option<&RecordSums>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO directory_entry (contact_id, hash, raw, id_hash, person, shape)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (contact_id) DO UPDATE SET hash = excluded.hash,
                   raw = excluded.raw, id_hash = excluded.id_hash,
                   person = excluded.person, shape = excluded.shape",
            )?
            .execute(params![
                contact,
                hash as i64,
                record.map(|r| r.raw as i64),
                record.map(|r| r.id as i64),
                record.map(|r| r.person as i64),
                record.map(|r| r.shape),
            ])?;
        Ok(())
    }

    /// What `set_directory_entry` noted of the record each directory contact but
    /// `except` was synced from, and its data hash: of every directory (what a record
    /// becomes does not depend on the directory), in one pass over the table.
    pub fn directory_records(
        &self,
        except: Option<i64>,
        mut each: impl FnMut(u64, RecordSums),
    ) -> Result<()> {
        let mut stmt = self.conn.prepare(
            "SELECT hash, raw, id_hash, person, shape FROM directory_entry
             WHERE raw IS NOT NULL AND contact_id IS NOT ?1",
        )?;
        let mut rows = stmt.query(params![except])?;
        while let Some(r) = rows.next()? {
            each(r.get::<_, i64>(0)? as u64, record_sums(r)?);
        }
        Ok(())
    }

    /// What `set_directory_entry` noted of the record each contact of one directory was
    /// synced from, and its data hash (a content sync's unchanged entries); returns how
    /// many of its contacts have none noted.
    pub fn directory_record_sums(
        &self,
        source: Source,
        name: &str,
        mut each: impl FnMut(u64, RecordSums),
    ) -> Result<usize> {
        let mut stmt = self.conn.prepare(
            "SELECT e.hash, e.raw, e.id_hash, e.person, e.shape FROM contact c
             LEFT JOIN directory_entry e ON e.contact_id = c.id
             WHERE c.source = ?1 AND c.directory = ?2 AND c.directory_id IS NOT NULL",
        )?;
        let mut rows = stmt.query(params![source.as_str(), name])?;
        let mut unnoted = 0;
        while let Some(r) = rows.next()? {
            match r.get::<_, Option<i64>>(1)? {
                Some(_) => each(r.get::<_, i64>(0)? as u64, record_sums(r)?),
                None => unnoted += 1,
            }
        }
        Ok(unnoted)
    }

    /// The content sync cookie of a directory and the hash of what it was got for.
    pub fn directory_cookie(&self, source: Source, name: &str) -> Result<Option<(Vec<u8>, u64)>> {
        let found = self
            .conn
            .query_row(
                "SELECT cookie, cookie_for FROM directory_origin WHERE source = ?1 AND name = ?2",
                params![source.as_str(), name],
                |r| Ok((r.get::<_, Option<Vec<u8>>>(0)?, r.get::<_, Option<i64>>(1)?)),
            )
            .optional()?;
        Ok(match found {
            Some((Some(cookie), Some(what))) => Some((cookie, what as u64)),
            _ => None,
        })
    }

    /// Keep (or, None, forget) a directory's content sync cookie, after
    /// `record_directory_origin`.
    pub fn set_directory_cookie(
        &self,
        source: Source,
        name: &str,
        cookie: Option<(&[u8], u64)>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE directory_origin SET cookie = ?3, cookie_for = ?4
                 WHERE source = ?1 AND name = ?2",
            )?
            .execute(params![
                source.as_str(),
                name,
                cookie.map(|c| c.0),
                cookie.map(|c| c.1 as i64)
            ])?;
        Ok(())
    }

    /// How a directory was last read (see `record_directory_origin`).
    pub fn directory_origin(&self, source: Source, name: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT origin FROM directory_origin WHERE source = ?1 AND name = ?2",
                params![source.as_str(), name],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Note how a directory was read (a file's path, or an LDAP URL and options as
    /// JSON), for a re-sync with no source.
    pub fn record_directory_origin(&self, source: Source, name: &str, origin: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO directory_origin (source, name, origin) VALUES (?1, ?2, ?3)
                 ON CONFLICT (source, name) DO UPDATE SET origin = excluded.origin",
            )?
            .execute(params![source.as_str(), name, origin])?;
        Ok(())
    }
}

impl Store {
    /// Change only a directory contact's organization, department, location, title and
    /// presence (a re-sync's common changes): its row's other columns and indexes, its
    /// values and its digits stay; its words stay too, until `reindex`.
    pub fn set_directory_texts_but_words(&self, c: &mut Contact) -> Result<()> {
        c.updated_at = super::now();
        self.conn
            .prepare_cached(
                "UPDATE contact SET organization = ?1, department = ?2, location = ?3,
                   title = ?4, presence_state = ?5, presence_message = ?6, updated_at = ?7
                 WHERE id = ?8",
            )?
            .execute(params![
                c.organization,
                c.department,
                c.location,
                c.title,
                c.presence.as_ref().map(|p| p.state.as_str()),
                c.presence.as_ref().and_then(|p| p.message.as_deref()),
                c.updated_at,
                c.id
            ])?;
        Ok(())
    }

    /// Change only a contact's presence (a directory re-sync's most common change:
    /// the rest of the row, its values and its search words stay as they are).
    pub fn set_presence(&self, contact: i64, presence: Option<&Presence>) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE contact SET presence_state = ?1, presence_message = ?2, updated_at = ?3
                 WHERE id = ?4",
            )?
            .execute(params![
                presence.map(|p| p.state.as_str()),
                presence.and_then(|p| p.message.as_deref()),
                super::now(),
                contact
            ])?;
        Ok(())
    }
}
