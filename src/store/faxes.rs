//! Fax drafts and what became of them.

use super::Store;
use crate::model::{Attachment, FaxDraft, FaxFrom, FaxResult, FaxStatus, FaxTo};
use anyhow::{Context, Result};
use rusqlite::{params, OptionalExtension, Row};

const COLUMNS: &str = "id, status, contact_id, to_name, to_company, to_number, from_name, \
     from_number, subject, note, attachments, created_at, sent_at, result_exit, result_stderr";

/// One row of `fax` as a draft.
fn fax_row(r: &Row) -> rusqlite::Result<FaxDraft> {
    let status: String = r.get(1)?;
    let attachments: String = r.get(10)?;
    let from_name: Option<String> = r.get(6)?;
    let from_number: Option<String> = r.get(7)?;
    let result_exit: Option<i64> = r.get(13)?;
    let bad = |i: usize, e: String| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    };
    Ok(FaxDraft {
        id: r.get(0)?,
        status: status.parse::<FaxStatus>().map_err(|e| bad(1, e))?,
        contact_id: r.get(2)?,
        to: FaxTo {
            name: r.get(3)?,
            company: r.get(4)?,
            number: r.get(5)?,
        },
        from: (from_name.is_some() || from_number.is_some()).then_some(FaxFrom {
            name: from_name,
            number: from_number,
        }),
        subject: r.get(8)?,
        note: r.get(9)?,
        attachments: serde_json::from_str::<Vec<Attachment>>(&attachments)
            .map_err(|e| bad(10, e.to_string()))?,
        created_at: r.get(11)?,
        sent_at: r.get(12)?,
        result: match result_exit {
            Some(exit) => Some(FaxResult {
                exit,
                stderr: r.get::<_, Option<String>>(14)?.unwrap_or_default(),
            }),
            None => None,
        },
    })
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Is a send claimed by `pid` at `since` still going? On Linux: while that process
/// lives (and for at most a day); elsewhere for an hour.
fn claim_alive(pid: i64, since: i64, now: i64) -> bool {
    let age = now - since;
    if cfg!(target_os = "linux") {
        age < 86_400 && std::path::Path::new(&format!("/proc/{pid}")).exists()
    } else {
        age < 3_600
    }
}

impl Store {
    /// Store a new draft; sets and returns its id.
    pub fn insert_fax(&self, f: &mut FaxDraft) -> Result<i64> {
        let attachments = serde_json::to_string(&f.attachments)?;
        let from = f.from.clone().unwrap_or_default();
        self.conn.execute(
            "INSERT INTO fax (status, contact_id, to_name, to_company, to_number, from_name,
               from_number, subject, note, attachments, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                f.status.as_str(),
                f.contact_id,
                f.to.name,
                f.to.company,
                f.to.number,
                from.name,
                from.number,
                f.subject,
                f.note,
                attachments,
                f.created_at,
            ],
        )?;
        f.id = self.conn.last_insert_rowid();
        Ok(f.id)
    }

    pub fn fax(&self, id: i64) -> Result<Option<FaxDraft>> {
        self.conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM fax WHERE id = ?1"))?
            .query_row([id], fax_row)
            .optional()
            .with_context(|| format!("reading fax draft {id}"))
    }

    /// Every draft, oldest first.
    pub fn faxes(&self) -> Result<Vec<FaxDraft>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM fax ORDER BY id"))?;
        let rows = stmt.query_map([], fax_row)?;
        rows.collect::<rusqlite::Result<_>>()
            .context("reading fax drafts")
    }

    /// Record what `fax send` did: its status, when it was sent, and the command's result.
    pub fn set_fax_result(
        &self,
        id: i64,
        status: FaxStatus,
        sent_at: Option<&str>,
        result: &FaxResult,
    ) -> Result<bool> {
        let n = self.conn.execute(
            "UPDATE fax SET status = ?2, sent_at = ?3, result_exit = ?4, result_stderr = ?5,
               sending_pid = NULL, sending_since = NULL
             WHERE id = ?1",
            params![id, status.as_str(), sent_at, result.exit, result.stderr],
        )?;
        Ok(n > 0)
    }

    /// Mark draft `id` as being sent by this process, unless another live `fax send`
    /// already holds it: returns that one's (pid, since) instead. Call in a write.
    pub fn claim_fax(&self, id: i64) -> Result<Option<(i64, i64)>> {
        let held: Option<(Option<i64>, Option<i64>)> = self
            .conn
            .query_row(
                "SELECT sending_pid, sending_since FROM fax WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let now = unix_now();
        if let Some((Some(pid), Some(since))) = held {
            if pid != i64::from(std::process::id()) && claim_alive(pid, since, now) {
                return Ok(Some((pid, since)));
            }
        }
        self.conn.execute(
            "UPDATE fax SET sending_pid = ?2, sending_since = ?3 WHERE id = ?1",
            params![id, i64::from(std::process::id()), now],
        )?;
        Ok(None)
    }

    /// Remove a draft; false when there was none.
    pub fn delete_fax(&self, id: i64) -> Result<bool> {
        Ok(self.conn.execute("DELETE FROM fax WHERE id = ?1", [id])? > 0)
    }

    pub fn fax_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM fax", [], |r| r.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip() {
        let store = Store::open_in_memory().unwrap();
        let mut f = FaxDraft {
            to: FaxTo {
                name: Some("Robin Lee".into()),
                company: None,
                number: "+15550109999".into(),
            },
            attachments: vec![Attachment {
                path: "/tmp/a.pdf".into(),
                bytes: 12,
            }],
            created_at: "2026-11-24T10:00:00Z".into(),
            ..FaxDraft::default()
        };
        let id = store.write(|s| s.insert_fax(&mut f)).unwrap();
        assert_eq!(store.fax(id).unwrap().unwrap(), f);
        let result = FaxResult {
            exit: 0,
            stderr: String::new(),
        };
        store
            .write(|s| s.set_fax_result(id, FaxStatus::Sent, Some("now"), &result))
            .unwrap();
        let sent = store.fax(id).unwrap().unwrap();
        assert_eq!(sent.status, FaxStatus::Sent);
        assert_eq!(sent.result, Some(result));
        assert_eq!(store.faxes().unwrap().len(), 1);
        assert!(store.write(|s| s.delete_fax(id)).unwrap());
        assert!(store.fax(id).unwrap().is_none());
    }
}
