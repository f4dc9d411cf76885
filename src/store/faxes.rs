//! Fax drafts and what became of them.

use super::Store;
use anyhow::Result;

/// A fax draft as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaxRow {
    pub id: i64,
}

impl Store {
    pub fn fax_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM fax", [], |r| r.get(0))?)
    }
}
