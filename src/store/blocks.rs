//! The block list: numbers blocked as callers and/or SMS senders, keyed by E.164.

use super::{now, Store};
use anyhow::Result;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BlockEntry {
    pub number: String,
    pub raw: String,
    pub calls: bool,
    pub sms: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl Store {
    pub fn block_entry(&self, e164: &str) -> Result<Option<BlockEntry>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT number, raw, calls, sms, created_at, updated_at FROM block WHERE number = ?1",
            )?
            .query_row([e164], |r| {
                Ok(BlockEntry {
                    number: r.get(0)?,
                    raw: r.get(1)?,
                    calls: r.get(2)?,
                    sms: r.get(3)?,
                    created_at: r.get(4)?,
                    updated_at: r.get(5)?,
                })
            })
            .optional()?)
    }

    pub fn block_entries(&self) -> Result<Vec<BlockEntry>> {
        let mut stmt = self.conn.prepare(
            "SELECT number, raw, calls, sms, created_at, updated_at FROM block ORDER BY created_at, number",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(BlockEntry {
                number: r.get(0)?,
                raw: r.get(1)?,
                calls: r.get(2)?,
                sms: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Store the entry's channels; an entry blocking nothing is removed.
    pub fn put_block(&self, e: &BlockEntry) -> Result<()> {
        if !e.calls && !e.sms {
            self.conn
                .execute("DELETE FROM block WHERE number = ?1", [&e.number])?;
            return Ok(());
        }
        let ts = now();
        self.conn.execute(
            "INSERT INTO block (number, raw, calls, sms, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (number) DO UPDATE SET calls = excluded.calls, sms = excluded.sms,
               updated_at = excluded.updated_at",
            params![e.number, e.raw, e.calls, e.sms, ts],
        )?;
        Ok(())
    }
}
