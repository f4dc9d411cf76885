//! An LDAP re-sync that reads only what changed: the LDAP Content Synchronization
//! operation (RFC 4533, OpenLDAP's `syncprov` overlay), refreshOnly, with the cookie of
//! the last sync; and what the server says of each entry, parsed without panicking.
//!
//! # Design
//!
//! A plain LDAP read (paged results, `ldap::read` in `Mode::Plain`) gets every entry
//! every time: at 1,000,000 entries slapd alone needs 11 s to send them, whatever kard
//! does with them (BENCHMARKS.md, "Directory sync"). A server with a content
//! synchronization provider can send only the entries changed since a cookie it gave
//! earlier, and tell which ones went away. This feeds the one existing engine
//! (`directory::sync_with`: spool -> group -> plan/apply), so the counts, the dry run,
//! `--json` and the store writes stay one mechanism:
//!
//! - **Which read.** An LDAP sync first asks with the Sync Request control, critical,
//!   mode refreshOnly (`Mode::Sync`), without paging (syncprov does not page): with the
//!   stored cookie when it is valid (below), else none. A server that refuses the
//!   control (no syncprov, Active Directory: result 12 unavailableCriticalExtension,
//!   or 53/2/50/11/4 — a size limit cuts an unpaged search short) makes the sync start
//!   again in `Mode::Plain`, today's full paged read, and no cookie is stored. A server
//!   answering e-syncRefreshRequired (4096) makes it start again with no cookie.
//!   Either restart is `Reread` raised by the reader, caught by `directory::sync`, as
//!   `NotRead` already is; the spool of the failed attempt is dropped.
//! - **A read with no cookie** is a full read: every entry comes (state add), checked
//!   against `Known` by its hash as in a plain read. At its end the server's SyncDone
//!   control carries a cookie.
//! - **A read with a cookie** (a delta): the entries added, modified or renamed since
//!   come whole (state add/modify) and go through the normal row path (`Read::Whole`).
//!   Deleted entries come as a state delete (an entry with its DN only) or in a
//!   syncIdSet with refreshDeletes; both name entryUUIDs. A refresh that ends in the
//!   present phase (SyncDone or refreshPresent without refreshDeletes: no session log on
//!   the server) instead lists every entry still there (state present, syncIdSet):
//!   then the stored entries it does not list are the deleted ones.
//!   Every other stored entry of this directory is unchanged: after the read,
//!   `sync_with` spools it as known (`Spool::push_known` with the sums the store noted
//!   of its record, `Store::directory_record_sums`), as a plain re-sync spools an entry
//!   it read the same. So the plan sees the whole directory, unchanged entries cost a
//!   few numbers each and no LDAP traffic, and an entry that is neither spooled nor
//!   read is removed, as in any sync.
//! - **Identity.** Deletions name entryUUIDs; a stored entry is found by the hash of
//!   its directory id. So a cookie is only kept when every entry of the read had the
//!   entryUUID (as text) for its directory id (the default map on OpenLDAP), checked
//!   for each entry read (`Refresh::ids_are_uuids`); else the next sync reads all.
//! - **When a cookie is valid.** It is stored with the directory's source
//!   (`directory_origin.cookie`, migration 008) in the transaction that applies the
//!   sync, so a failed or dry run keeps the old one; with it the hash of what it was
//!   got for (`cookie_for`: the origin as recorded, i.e. URL, filter, map, bind DN, and
//!   the `Known` seed: region, kard build). A sync whose origin or seed differs (a new
//!   `--filter`, `--map`, base) reads all, with no cookie.
//! - **When a delta cannot be used.** Entries the store holds no record sums for (an
//!   entry of several rows, your profile's entry after a profile change, a store synced
//!   before version 7) cannot be spooled as known: the sync reads all (no cookie).
//!   If the plan needs a known row whole (`NotRead`: your profile's entry, a person
//!   with a new second account), it reads all again, as a plain re-sync does.
//! - **Active Directory** refuses the RFC 4533 control, so it gets a plain read. Its
//!   own DirSync control (1.2.840.113556.1.4.841, needs "Replicating Directory
//!   Changes") is the same shape (a cookie, changed objects whole, deleted ones with
//!   `isDeleted` when asked with the show-deleted control) and can be another `Mode`.
//!
//! # Status and TODO (next session)
//!
//! Built and tested against a real slapd (tests/cli/ldap.rs, `SYNCPROV`): the cookie
//! kept after a full content sync, a delta that reads one modified entry, deletions by
//! the session log and by the present phase, an added and a renamed entry, your
//! profile's entry fetched beside the delta, a new filter reading all, a server
//! without syncprov read paged with no cookie. Measured (BENCHMARKS.md): at 1,000,000
//! a 1%-changed re-sync reads in 1.3 s, but the 10,000 title updates' FTS5 writes
//! still take 6–8 s.
//!
//! - e-syncRefreshRequired (4096) is handled and unit-tested (`ldap::refused`) but
//!   not against slapd: slapd answers an old cookie with a present phase instead.
//! - A first content sync is unpaged: a server with a size limit for the sync account
//!   answers sizeLimitExceeded after that many entries, and every sync then falls back
//!   to the paged read (tested), paying for the refused search each time. Remember "this
//!   server: plain" with the cookie (e.g. `cookie_for` with an empty cookie), or try
//!   the paged results control with the sync request (check whether syncprov allows
//!   it), and say in the manual that the bind DN needs `limits … size=unlimited`.
//! - A delta with a changed entry that groups with a known one (same email, another
//!   account) raises `NotRead` and reads all: fine, but untested.
//! - DirSync for Active Directory (no server to test with here: a parser unit test on
//!   recorded bytes at least).
//! - The present phase keeps the UUIDs as strings: at 1,000,000 (no session log on
//!   the server) keep hashes instead.
//! - SPEC.md/manual: the `directory sync` text should say what a content sync does and
//!   what the server needs (syncprov, the session log, no size limit).

use ldap3::controls::{Control, ControlType, EntryState, SyncDone, SyncInfo, SyncState};
use ldap3::ResultEntry;

/// e-syncRefreshRequired: the server cannot serve a delta from this cookie.
pub const REFRESH_REQUIRED: u32 = 4096;

/// How `ldap::read` reads the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Every entry, paged (RFC 2696).
    Plain,
    /// A refreshOnly content sync: every entry with no cookie, else what changed since.
    Sync(Option<Vec<u8>>),
}

/// Why a sync must read its origin again: raised by the reader, caught by
/// `directory::sync`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reread {
    /// The server does not do content sync (or not unpaged): a plain read.
    Plain,
    /// The cookie is no good (e-syncRefreshRequired): a content sync with no cookie.
    NoCookie,
}

impl std::fmt::Display for Reread {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Reread::Plain => f.write_str("the server refused the content sync control"),
            Reread::NoCookie => f.write_str("the server wants a full content sync"),
        }
    }
}

impl std::error::Error for Reread {}

/// What a content sync said besides its entries.
#[derive(Debug, Default)]
pub struct Refresh {
    /// A delta (read with a cookie): the stored entries not read are unchanged.
    pub delta: bool,
    /// The cookie to store, if the server gave one.
    pub cookie: Option<Vec<u8>>,
    /// Every entry read had its entryUUID for directory id.
    pub ids_are_uuids: bool,
    /// The entryUUIDs (as text) of entries gone.
    pub deleted: Vec<String>,
    /// In a refresh that ended in the present phase: the entryUUIDs still there.
    pub present: Option<Vec<String>>,
}

impl Refresh {
    /// Take in an intermediate message.
    pub fn take(&mut self, info: SyncInfo) {
        let texts = |set: std::collections::HashSet<Vec<u8>>| {
            set.iter().filter_map(|u| uuid_text(u)).collect::<Vec<_>>()
        };
        let cookie = match info {
            SyncInfo::NewCookie(c) => Some(c),
            SyncInfo::RefreshDelete { cookie, .. } => cookie,
            SyncInfo::RefreshPresent { cookie, .. } => {
                if self.delta {
                    self.present.get_or_insert_with(Vec::new);
                }
                cookie
            }
            SyncInfo::SyncIdSet {
                cookie,
                refresh_deletes,
                sync_uuids,
            } => {
                if refresh_deletes {
                    self.deleted.extend(texts(sync_uuids));
                } else {
                    self.present
                        .get_or_insert_with(Vec::new)
                        .extend(texts(sync_uuids));
                }
                cookie
            }
        };
        if cookie.is_some() {
            self.cookie = cookie;
        }
    }
}

/// An entryUUID as text (8-4-4-4-12 lowercase hex), as slapd shows it.
pub fn uuid_text(b: &[u8]) -> Option<String> {
    let b: &[u8; 16] = b.try_into().ok()?;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    Some(format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    ))
}

/// An entryUUID as text (8-4-4-4-12 hex): safe in a filter as it is.
pub fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.bytes().enumerate().all(|(i, b)| {
            matches!(i, 8 | 13 | 18 | 23) == (b == b'-') && (b == b'-' || b.is_ascii_hexdigit())
        })
}

/// One message of a content sync, as far as a refreshOnly read needs it.
pub enum Message {
    /// An entry added or changed (read it), with its entryUUID.
    Changed(String),
    /// An entry gone.
    Deleted(String),
    /// An entry still there, unchanged (present phase).
    Present(String),
    /// Intermediate news: a cookie, UUID sets, a phase's end.
    Info(SyncInfo),
    /// Anything else (a referral, an entry without the sync state control).
    Other,
}

/// What a search result entry of a content sync is. Err: the server sent something
/// ldap3 cannot parse (its parsers panic on bad input).
pub fn message(entry: &ResultEntry) -> Result<Message, String> {
    if entry.is_ref() {
        return Ok(Message::Other);
    }
    if entry.is_intermediate() {
        let copy = entry.clone();
        return parsed("a content sync message", move || {
            ldap3::controls::parse_syncinfo(copy)
        })
        .map(Message::Info);
    }
    let Some(state) = find(&entry.1, ControlType::SyncState) else {
        return Ok(Message::Other);
    };
    let state: SyncState = parsed("a sync state control", || state.parse::<SyncState>())?;
    let uuid = uuid_text(&state.entry_uuid).ok_or("a sync state without an entryUUID")?;
    Ok(match state.state {
        EntryState::Add | EntryState::Modify => Message::Changed(uuid),
        EntryState::Delete => Message::Deleted(uuid),
        EntryState::Present => Message::Present(uuid),
    })
}

/// The SyncDone control of a search's result, if any.
pub fn done(ctrls: &[Control]) -> Result<Option<SyncDone>, String> {
    let Some(c) = find(ctrls, ControlType::SyncDone) else {
        return Ok(None);
    };
    parsed("a sync done control", || c.parse::<SyncDone>()).map(Some)
}

/// What one of ldap3's content sync parsers makes of a server's bytes; they panic on
/// bad input, so the panic is caught, and kept off the terminal (the error names
/// `what` was not RFC 4533 instead).
fn parsed<T>(what: &str, parse: impl FnOnce() -> T + std::panic::UnwindSafe) -> Result<T, String> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let out = std::panic::catch_unwind(parse);
    std::panic::set_hook(hook);
    out.map_err(|_| format!("{what} that is not RFC 4533"))
}

fn find(ctrls: &[Control], kind: ControlType) -> Option<&ldap3::controls::RawControl> {
    ctrls
        .iter()
        .find(|c| c.0.as_ref().is_some_and(|k| same(k, &kind)))
        .map(|c| &c.1)
}

fn same(a: &ControlType, b: &ControlType) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_control_ldap3_cannot_parse_is_an_error_not_a_panic() {
        use ldap3::controls::RawControl;
        let garbage = |val: Vec<u8>| {
            Control(
                Some(ControlType::SyncDone),
                RawControl {
                    ctype: "1.3.6.1.4.1.4203.1.9.1.3".into(),
                    crit: false,
                    val: Some(val),
                },
            )
        };
        for val in [vec![0xff], vec![0x30, 0x05, 0x04], Vec::new()] {
            let got = done(&[garbage(val.clone())]);
            assert!(
                got.as_ref().is_err_and(|e| e.contains("not RFC 4533")),
                "{val:?}: {:?}",
                got.map(|d| d.map(|d| d.refresh_deletes))
            );
        }
    }

    #[test]
    fn uuids_as_slapd_shows_them() {
        let b = [
            0x97, 0xab, 0xda, 0xfe, 0x82, 0x88, 0x10, 0x41, 0x8b, 0x28, 0x25, 0x65, 0xd0, 0x80,
            0xbc, 0x6e,
        ];
        assert_eq!(
            uuid_text(&b).as_deref(),
            Some("97abdafe-8288-1041-8b28-2565d080bc6e")
        );
        assert_eq!(uuid_text(&b[..15]), None);
        assert!(is_uuid("97abdafe-8288-1041-8b28-2565d080bc6e"));
        assert!(!is_uuid("97abdafe-8288-1041-8b28-2565d080bc6e)(x"));
        assert!(!is_uuid("97abdafe8-288-1041-8b28-2565d080bc6e"));
    }
}
