//! Loaded directories (the company's and external companies'): what was synced, when.

use super::Store;
use anyhow::Result;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryInfo {
    pub source: String,
    pub name: String,
    pub file: String,
    pub entries: i64,
    pub synced_at: String,
}

impl Store {
    pub fn directories(&self) -> Result<Vec<DirectoryInfo>> {
        let mut stmt = self.conn.prepare(
            "SELECT source, name, file, entries, synced_at FROM directory ORDER BY source, name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DirectoryInfo {
                source: r.get(0)?,
                name: r.get(1)?,
                file: r.get(2)?,
                entries: r.get(3)?,
                synced_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
