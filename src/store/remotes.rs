//! Remotes (CardDAV address books, vdir folders) and the membership of personal
//! contacts in them: where each card lives there, its ETag, and the card as last synced.

use super::{now, Store};
use anyhow::{Context, Result};
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

/// What a remote is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemoteKind {
    Carddav,
    Vdir,
}

impl RemoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RemoteKind::Carddav => "carddav",
            RemoteKind::Vdir => "vdir",
        }
    }
}

/// One remote as stored (never with a password).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemoteInfo {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub kind: RemoteKind,
    pub url: String,
    pub user: Option<String>,
    pub password_command: Option<String>,
    pub book: Option<String>,
    #[serde(rename = "default")]
    pub is_default: bool,
    pub vcard_version: Option<String>,
    #[serde(skip)]
    pub sync_token: Option<String>,
    #[serde(skip)]
    pub ctag: Option<String>,
    pub synced_at: Option<String>,
    pub created_at: String,
}

/// A contact's card on a remote, as the store knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteCard {
    pub id: i64,
    /// None once the contact is gone for good.
    pub contact_id: Option<i64>,
    /// Is the contact in the trash?
    pub trashed: bool,
    /// Where the card is, percent-decoded; None while it is not on the remote.
    pub href: Option<String>,
    pub etag: Option<String>,
    /// The vCard as last synced (not read by `remote_cards`: see `remote_base`).
    pub base: Option<String>,
    /// May the contact have changed since the last sync?
    pub dirty: bool,
}

/// The remote of every member contact with an id in `lo..hi` (for long listings,
/// which read contacts in one pass rather than one by one).
pub(super) fn remote_names(
    conn: &rusqlite::Connection,
    lo: i64,
    hi: i64,
) -> Result<std::collections::HashMap<i64, String>> {
    // Not there yet while an older schema is migrated (migration 3 reads contacts).
    let has_table: bool = conn
        .prepare_cached("SELECT count(*) > 0 FROM sqlite_master WHERE name = 'remote_card'")?
        .query_row([], |r| r.get(0))?;
    if !has_table {
        return Ok(std::collections::HashMap::new());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT rc.contact_id, r.name FROM remote_card rc JOIN remote r ON r.id = rc.remote_id \
         WHERE rc.contact_id >= ?1 AND rc.contact_id < ?2",
    )?;
    let rows = stmt.query_map([lo, hi], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const REMOTE_COLUMNS: &str = "id, name, kind, url, user, password_command, book, is_default, \
                              vcard_version, sync_token, ctag, synced_at, created_at";

fn remote_from_row(r: &Row) -> rusqlite::Result<RemoteInfo> {
    let kind: String = r.get(2)?;
    Ok(RemoteInfo {
        id: r.get(0)?,
        name: r.get(1)?,
        kind: if kind == "vdir" {
            RemoteKind::Vdir
        } else {
            RemoteKind::Carddav
        },
        url: r.get(3)?,
        user: r.get(4)?,
        password_command: r.get(5)?,
        book: r.get(6)?,
        is_default: r.get(7)?,
        vcard_version: r.get(8)?,
        sync_token: r.get(9)?,
        ctag: r.get(10)?,
        synced_at: r.get(11)?,
        created_at: r.get(12)?,
    })
}

impl Store {
    /// Store a new remote; the first one, or one marked default, becomes the default.
    pub fn add_remote(&self, r: &RemoteInfo) -> Result<i64> {
        if r.is_default {
            self.conn.execute("UPDATE remote SET is_default = 0", [])?;
        }
        self.conn
            .execute(
                "INSERT INTO remote (name, kind, url, user, password_command, book, is_default, \
                 vcard_version, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    r.name,
                    r.kind.as_str(),
                    r.url,
                    r.user,
                    r.password_command,
                    r.book,
                    r.is_default,
                    r.vcard_version,
                    now()
                ],
            )
            .with_context(|| format!("cannot store the remote {:?}", r.name))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every remote, by name.
    pub fn remotes(&self) -> Result<Vec<RemoteInfo>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {REMOTE_COLUMNS} FROM remote ORDER BY name COLLATE NOCASE"
        ))?;
        let rows = stmt.query_map([], remote_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn remote(&self, name: &str) -> Result<Option<RemoteInfo>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {REMOTE_COLUMNS} FROM remote WHERE name = ?1"
            ))?
            .query_row([name], remote_from_row)
            .optional()?)
    }

    /// The remote new contacts go to: the one marked default, else the only one.
    pub fn default_remote(&self) -> Result<Option<RemoteInfo>> {
        let all = self.remotes()?;
        if let Some(r) = all.iter().find(|r| r.is_default) {
            return Ok(Some(r.clone()));
        }
        Ok(if all.len() == 1 {
            all.into_iter().next()
        } else {
            None
        })
    }

    /// Remove a remote. Its contacts become local-only (`keep_contacts`) or move to the
    /// trash; returns how many it had.
    pub fn remove_remote(&self, id: i64, keep_contacts: bool) -> Result<usize> {
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare(
                "SELECT rc.contact_id FROM remote_card rc JOIN contact c ON c.id = rc.contact_id \
                 WHERE rc.remote_id = ?1 AND c.deleted_at IS NULL",
            )?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        if !keep_contacts {
            for &cid in &ids {
                self.trash_contact(cid)?;
            }
        }
        self.conn
            .execute("DELETE FROM remote WHERE id = ?1", [id])?;
        Ok(ids.len())
    }

    /// The cards of a remote: every membership row, contacts in the trash included.
    pub fn remote_cards(&self, remote_id: i64) -> Result<Vec<RemoteCard>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT rc.id, rc.contact_id, c.deleted_at IS NOT NULL, rc.href, rc.etag, rc.dirty \
             FROM remote_card rc LEFT JOIN contact c ON c.id = rc.contact_id \
             WHERE rc.remote_id = ?1 ORDER BY rc.id",
        )?;
        let rows = stmt.query_map([remote_id], |r| {
            Ok(RemoteCard {
                id: r.get(0)?,
                contact_id: r.get(1)?,
                trashed: r.get::<_, Option<bool>>(2)?.unwrap_or(false),
                href: r.get(3)?,
                etag: r.get(4)?,
                base: None,
                dirty: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The card of a membership row as last synced.
    pub fn remote_base(&self, row_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT base FROM remote_card WHERE id = ?1")?
            .query_row([row_id], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// The remote a contact belongs to, by name.
    pub fn contact_remote(&self, contact_id: i64) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT r.name FROM remote_card rc JOIN remote r ON r.id = rc.remote_id \
                 WHERE rc.contact_id = ?1",
            )?
            .query_row([contact_id], |r| r.get(0))
            .optional()?)
    }

    /// The membership row of a contact: (row id, remote id).
    pub fn contact_membership(&self, contact_id: i64) -> Result<Option<(i64, i64)>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id, remote_id FROM remote_card WHERE contact_id = ?1")?
            .query_row([contact_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    /// Make a contact a member of a remote (not on it yet); a member of another
    /// remote leaves that one.
    pub fn join_remote(&self, contact_id: i64, remote_id: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO remote_card (remote_id, contact_id) VALUES (?1, ?2)
                 ON CONFLICT (contact_id) DO UPDATE SET remote_id = excluded.remote_id,
                 href = NULL, etag = NULL, base = NULL
                 WHERE remote_card.remote_id != excluded.remote_id",
            )?
            .execute(params![remote_id, contact_id])?;
        Ok(())
    }

    /// Record where a contact's card is on a remote, what it was when synced and
    /// whether the contact differs from it (a new row when the contact had none).
    pub fn set_remote_card(
        &self,
        remote_id: i64,
        contact_id: i64,
        card: (Option<&str>, Option<&str>, Option<&str>),
        dirty: bool,
    ) -> Result<()> {
        let (href, etag, base) = card;
        self.conn
            .prepare_cached(
                "INSERT INTO remote_card (remote_id, contact_id, href, etag, base, dirty)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (contact_id) DO UPDATE SET remote_id = excluded.remote_id,
                 href = excluded.href, etag = excluded.etag, base = excluded.base,
                 dirty = excluded.dirty",
            )?
            .execute(params![remote_id, contact_id, href, etag, base, dirty])?;
        Ok(())
    }

    /// Forget a membership row (its card is gone from the remote and its contact too).
    pub fn delete_remote_card(&self, id: i64) -> Result<()> {
        self.conn
            .prepare_cached("DELETE FROM remote_card WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    }

    /// After a sync: the server's token (or ctag) and the vCard version it takes.
    pub fn set_remote_state(
        &self,
        id: i64,
        sync_token: Option<&str>,
        ctag: Option<&str>,
        vcard_version: Option<&str>,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE remote SET sync_token = ?2, ctag = ?3,
                 vcard_version = coalesce(?4, vcard_version), synced_at = ?5 WHERE id = ?1",
            )?
            .execute(params![id, sync_token, ctag, vcard_version, now()])?;
        Ok(())
    }

    pub fn set_default_remote(&self, id: i64) -> Result<()> {
        self.conn
            .execute("UPDATE remote SET is_default = (id = ?1)", [id])?;
        Ok(())
    }

    /// How many contacts (not in the trash) a remote holds.
    pub fn remote_contact_count(&self, remote_id: i64) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM remote_card rc JOIN contact c ON c.id = rc.contact_id \
             WHERE rc.remote_id = ?1 AND c.deleted_at IS NULL",
            [remote_id],
            |r| r.get(0),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Contact;

    fn remote(name: &str) -> RemoteInfo {
        RemoteInfo {
            id: 0,
            name: name.into(),
            kind: RemoteKind::Vdir,
            url: "/tmp/x".into(),
            user: None,
            password_command: None,
            book: None,
            is_default: false,
            vcard_version: None,
            sync_token: None,
            ctag: None,
            synced_at: None,
            created_at: String::new(),
        }
    }

    #[test]
    fn membership_survives_the_trash_and_outlives_the_contact() {
        let store = Store::open_in_memory().unwrap();
        let rid = store.add_remote(&remote("home")).unwrap();
        let mut c = Contact {
            display_name: "Ann".into(),
            ..Contact::default()
        };
        store.insert_contact(&mut c).unwrap();
        store.join_remote(c.id, rid).unwrap();
        store
            .set_remote_card(
                rid,
                c.id,
                (Some("/a.vcf"), Some("\"1\""), Some("BEGIN:VCARD")),
                false,
            )
            .unwrap();
        assert!(!store.remote_cards(rid).unwrap()[0].dirty);
        c.title = Some("Boss".into());
        store.update_contact(&mut c).unwrap();
        assert!(store.remote_cards(rid).unwrap()[0].dirty);
        assert_eq!(
            store.remote_base(1).unwrap().as_deref(),
            Some("BEGIN:VCARD")
        );
        assert_eq!(store.contact_remote(c.id).unwrap().as_deref(), Some("home"));
        store.trash_contact(c.id).unwrap();
        let cards = store.remote_cards(rid).unwrap();
        assert!(cards[0].trashed);
        store.empty_trash().unwrap();
        let cards = store.remote_cards(rid).unwrap();
        assert_eq!(cards[0].contact_id, None);
        assert_eq!(cards[0].href.as_deref(), Some("/a.vcf"));
        assert_eq!(store.default_remote().unwrap().unwrap().name, "home");
    }
}
