//! The two-way sync of one remote: ask the remote what changed, fetch it, merge it card
//! by card with what changed here (three-way, from the last synced version), send what
//! kard changed, and only then write everything to the store in one transaction (no
//! network I/O inside it). A sync killed at any point leaves the store as before; the
//! next one finds the same cards again (new cards go to an href made from their UID,
//! so a repeated upload is a 412, never a duplicate).

pub mod merge3;

use crate::error::remote_failed;
use crate::formats::vcard::{self, Version};
use crate::merge;
use crate::model::{Contact, Source};
use crate::phone::Region;
use crate::remote::{Changes, Fetched, Remote, Written};
use crate::store::{RemoteCard, RemoteInfo, Store};
use anyhow::Result;
use merge3::{FieldConflict, Prefer};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// How a sync runs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub dry_run: bool,
    pub prefer: Prefer,
}

#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub added: u64,
    pub updated: u64,
    pub deleted: u64,
}

/// A field both sides changed, as the summary shows it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Conflict {
    pub contact: String,
    pub field: String,
    pub server: String,
    pub local: String,
    pub kept: &'static str,
}

/// What one remote's sync did (or, dry, would do).
#[derive(Debug, Default, Clone, Serialize)]
pub struct Summary {
    pub name: String,
    pub pulled: Counts,
    pub pushed: Counts,
    pub conflicts: Vec<Conflict>,
    /// Server cards that are not vCards kard can read (left alone), by href.
    #[serde(skip)]
    pub unreadable: Vec<String>,
}

/// A change to the store, applied in the final transaction.
enum Apply {
    /// Replace a contact's fields (unless it changed meanwhile) and set its card.
    Update {
        contact: Contact,
        /// The contact's fingerprint when the sync read it.
        seen: String,
        untrash: bool,
        card: Card,
    },
    /// A new contact from the remote.
    Insert { contact: Contact, card: Card },
    /// Deleted on the remote: into the trash, off the remote.
    Trash { contact_id: i64 },
    /// Only the card's row changes; `seen`: the contact's fingerprint when read (a
    /// contact changed since stays marked for the next sync).
    SetCard {
        contact_id: i64,
        card: Card,
        seen: Option<String>,
    },
    /// The row of a contact gone for good whose card is gone too.
    DropRow { row_id: i64 },
}

#[derive(Debug, Clone, Default)]
struct Card {
    href: Option<String>,
    etag: Option<String>,
    base: Option<String>,
}

/// What a card stands for, as a string to compare: the vCard kard would write of it.
pub fn fingerprint(c: &Contact) -> String {
    let mut out = Vec::new();
    let _ = vcard::write(&mut out, c, Version::V4);
    String::from_utf8_lossy(&out).into_owned()
}

/// The first card of a vCard text.
pub fn parse(text: &str, region: Region) -> Option<Contact> {
    let mut found = None;
    let mut input = text.as_bytes();
    let _ = vcard::read(&mut input, region, &mut |item| {
        if found.is_none() {
            if let Ok(r) = item {
                found = Some(r.contact);
            }
        }
        Ok(())
    });
    found.map(|mut c| {
        c.source = Source::Personal;
        c.external_company = None;
        c.ensure_display_name();
        c
    })
}

fn text_of(c: &Contact, version: Version) -> String {
    let mut out = Vec::new();
    let _ = vcard::write(&mut out, c, version);
    String::from_utf8_lossy(&out).into_owned()
}

/// `server`'s fields over `local`'s id and creation time.
fn take_server(local: &Contact, server: &Contact) -> Contact {
    let mut c = server.clone();
    c.id = local.id;
    c.created_at.clone_from(&local.created_at);
    c.source = Source::Personal;
    c
}

/// Does a membership row ask for work on this side: a contact changed, deleted, or
/// not sent yet?
fn local_work(row: &RemoteCard) -> bool {
    row.dirty || row.trashed || row.href.is_none() || row.contact_id.is_none()
}

/// The contact of a membership row, live or in the trash.
fn load(store: &Store, row: &RemoteCard) -> Result<Option<Contact>> {
    match row.contact_id {
        Some(id) if row.trashed => store.trashed_contact(id),
        Some(id) => store.contact(id),
        None => Ok(None),
    }
}

/// A contact of the remote as the sync found it in the store.
struct Local {
    row: RemoteCard,
    /// Live or in the trash (`row.trashed`); None when gone for good, or not read
    /// (`local_work` false).
    contact: Option<Contact>,
    /// The fingerprint of the contact as stored, when `contact` is already a merge.
    stored: Option<String>,
}

/// How many times a write that keeps meeting a 412 is merged and tried again.
const RETRIES: usize = 3;

struct Sync<'a> {
    store: &'a Store,
    info: &'a RemoteInfo,
    remote: &'a mut dyn Remote,
    region: Region,
    opts: Options,
    version: Version,
    summary: Summary,
    applies: Vec<Apply>,
    /// Contacts a server card was matched with in this sync.
    claimed: HashSet<i64>,
    /// Member contacts whose card is not on the remote yet.
    unsent: HashSet<i64>,
    /// The same, by UID.
    unsent_uids: HashMap<String, i64>,
}

/// Sync one remote; see the module's doc. Returns what it did.
pub fn sync(
    store: &Store,
    info: &RemoteInfo,
    remote: &mut dyn Remote,
    region: Region,
    opts: Options,
) -> Result<Summary> {
    let rows = store.remote_cards(info.id)?;
    let mut locals = Vec::with_capacity(rows.len());
    for row in rows {
        // Only contacts that may have changed here are read now; others when the
        // server changed their card.
        let contact = if local_work(&row) {
            load(store, &row)?
        } else {
            None
        };
        locals.push(Local {
            row,
            contact,
            stored: None,
        });
    }
    let by_href: HashMap<String, usize> = locals
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.row.href.clone().map(|h| (h, i)))
        .collect();
    let changes = remote.changes(info.sync_token.as_deref(), info.ctag.as_deref())?;
    let mut s = Sync {
        store,
        info,
        version: remote.version(),
        remote,
        region,
        opts,
        summary: Summary {
            name: info.name.clone(),
            ..Summary::default()
        },
        applies: Vec::new(),
        claimed: HashSet::new(),
        unsent: locals
            .iter()
            .filter(|l| l.row.href.is_none())
            .filter_map(|l| l.row.contact_id)
            .collect(),
        unsent_uids: locals
            .iter()
            .filter(|l| l.row.href.is_none() && !l.row.trashed)
            .filter_map(|l| l.contact.as_ref())
            .filter(|c| !c.uid.is_empty())
            .map(|c| (c.uid.clone(), c.id))
            .collect(),
    };
    let (token, ctag) = match &changes {
        Changes::Full { token, ctag, .. } => (token.clone(), ctag.clone()),
        Changes::Delta { token, .. } => (Some(token.clone()), None),
        Changes::Unchanged => (info.sync_token.clone(), info.ctag.clone()),
    };
    // What to fetch, and what is gone from the remote.
    let known_etag = |href: &str| by_href.get(href).and_then(|&i| locals[i].row.etag.clone());
    let mut to_fetch = Vec::new();
    let mut removed = Vec::new();
    match changes {
        Changes::Full { cards, .. } => {
            let listed: HashSet<&str> = cards.iter().map(|c| c.href.as_str()).collect();
            for l in &locals {
                if let Some(h) = &l.row.href {
                    if !listed.contains(h.as_str()) {
                        removed.push(h.clone());
                    }
                }
            }
            for c in &cards {
                if c.etag.is_none() || known_etag(&c.href) != c.etag {
                    to_fetch.push(c.href.clone());
                }
            }
        }
        Changes::Delta {
            changed,
            removed: gone,
            ..
        } => {
            for c in changed {
                if c.etag.is_none() || known_etag(&c.href) != c.etag {
                    to_fetch.push(c.href);
                }
            }
            removed = gone;
        }
        Changes::Unchanged => {}
    }
    let fetched = if to_fetch.is_empty() {
        Vec::new()
    } else {
        s.remote.fetch(&to_fetch)?
    };
    let came: HashSet<&str> = fetched.iter().map(|f| f.href.as_str()).collect();
    removed.extend(
        to_fetch
            .iter()
            .filter(|h| !came.contains(h.as_str()) && by_href.contains_key(h.as_str()))
            .cloned(),
    );
    let mut handled: HashSet<usize> = HashSet::new();
    // Cards new on the server first: they may claim contacts not yet sent.
    let (known, new): (Vec<Fetched>, Vec<Fetched>) = fetched
        .into_iter()
        .partition(|f| by_href.contains_key(&f.href));
    for f in new {
        s.new_card(f)?;
    }
    for f in known {
        let i = by_href[&f.href];
        handled.insert(i);
        s.known_card(&locals[i], f, 0)?;
    }
    for h in removed {
        if let Some(&i) = by_href.get(&h) {
            if handled.insert(i) {
                s.removed_card(&locals[i]);
            }
        }
    }
    for (i, l) in locals.iter().enumerate() {
        if !handled.contains(&i) {
            s.local_card(l)?;
        }
    }
    let Sync {
        applies,
        summary,
        version,
        ..
    } = s;
    let version_name = match version {
        Version::V3 => "3.0",
        Version::V4 => "4.0",
    };
    if !opts.dry_run {
        store.write(|st| {
            apply_all(
                st,
                info,
                applies,
                token.as_deref(),
                ctag.as_deref(),
                version_name,
            )
        })?;
    }
    Ok(summary)
}

fn apply_all(
    st: &Store,
    info: &RemoteInfo,
    applies: Vec<Apply>,
    token: Option<&str>,
    ctag: Option<&str>,
    version: &str,
) -> Result<()> {
    let set = |id: i64, card: &Card, dirty: bool| {
        st.set_remote_card(
            info.id,
            id,
            (
                card.href.as_deref(),
                card.etag.as_deref(),
                card.base.as_deref(),
            ),
            dirty,
        )
    };
    let mut stale = false;
    for a in applies {
        match a {
            Apply::Update {
                mut contact,
                seen,
                untrash,
                card,
            } => {
                if untrash {
                    st.untrash_contact(contact.id)?;
                }
                let now = st.contact(contact.id)?;
                // Edited by another kard meanwhile: keep that edit for the next sync.
                let unchanged_since = now.as_ref().is_some_and(|n| fingerprint(n) == seen);
                let take = unchanged_since || untrash;
                if take && now.as_ref().map(fingerprint) != Some(fingerprint(&contact)) {
                    st.update_contact(&mut contact)?;
                }
                if take {
                    set(contact.id, &card, false)?;
                } else {
                    // Not taken: the card's row stays as it was and the old token is
                    // kept, so the next sync lists this card again and merges it with
                    // the edit made meanwhile.
                    stale = true;
                }
            }
            Apply::Insert { mut contact, card } => {
                contact.id = 0;
                if contact.uid.is_empty() || st.uid_owner(&contact.uid)?.is_some() {
                    contact.uid.clear();
                }
                st.insert_contact(&mut contact)?;
                set(contact.id, &card, false)?;
            }
            Apply::Trash { contact_id } => {
                st.trash_contact(contact_id)?;
                set(contact_id, &Card::default(), false)?;
            }
            Apply::SetCard {
                contact_id,
                card,
                seen,
            } => {
                let dirty = match seen {
                    Some(seen) => st.contact(contact_id)?.map(|c| fingerprint(&c)) != Some(seen),
                    None => false,
                };
                set(contact_id, &card, dirty)?;
            }
            Apply::DropRow { row_id } => st.delete_remote_card(row_id)?,
        }
    }
    if stale {
        let (old_token, old_ctag) = (info.sync_token.as_deref(), info.ctag.as_deref());
        st.set_remote_state(info.id, old_token, old_ctag, Some(version))?;
    } else {
        st.set_remote_state(info.id, token, ctag, Some(version))?;
    }
    Ok(())
}

impl Sync<'_> {
    fn parse(&mut self, f: &Fetched) -> Option<Contact> {
        let c = parse(&f.text, self.region);
        if c.is_none() {
            self.summary.unreadable.push(f.href.clone());
        }
        c
    }

    fn conflicts(&mut self, name: &str, found: Vec<FieldConflict>) {
        let kept = match self.opts.prefer {
            Prefer::Server => "server",
            Prefer::Local => "local",
        };
        for c in found {
            self.summary.conflicts.push(Conflict {
                contact: name.to_string(),
                field: c.field.to_string(),
                server: c.server,
                local: c.local,
                kept,
            });
        }
    }

    /// Fetch one card again after a 412.
    fn refetch(&mut self, href: &str) -> Result<Option<Fetched>> {
        Ok(self.remote.fetch(&[href.to_string()])?.into_iter().next())
    }

    /// The contact of a row: as read already, else from the store.
    fn contact_of(&self, l: &Local) -> Result<Option<Contact>> {
        match &l.contact {
            Some(c) => Ok(Some(c.clone())),
            None => load(self.store, &l.row),
        }
    }

    /// The card of a row as last synced.
    fn base_of(&self, row: &RemoteCard) -> Result<Option<Contact>> {
        let text = match &row.base {
            Some(b) => Some(b.clone()),
            None if row.id > 0 => self.store.remote_base(row.id)?,
            None => None,
        };
        Ok(text.and_then(|t| parse(&t, self.region)))
    }

    /// A card new on the server: the contact it matches (a member not sent yet with its
    /// UID, else as an import matches), merged; else a new contact.
    fn new_card(&mut self, f: Fetched) -> Result<()> {
        let Some(server) = self.parse(&f) else {
            return Ok(());
        };
        let unsent = self
            .unsent_uids
            .get(&server.uid)
            .copied()
            .filter(|id| !self.claimed.contains(id));
        let matched = match unsent {
            Some(id) => self.store.contact(id)?,
            None => {
                let mut probe = server.clone();
                match crate::import::same_contact(self.store, &mut probe)? {
                    Some(c) if !self.claimed.contains(&c.id) && self.free(c.id)? => Some(c),
                    _ => None,
                }
            }
        };
        let Some(local) = matched else {
            self.summary.pulled.added += 1;
            self.applies.push(Apply::Insert {
                contact: server,
                card: Card {
                    href: Some(f.href),
                    etag: f.etag,
                    base: Some(f.text),
                },
            });
            return Ok(());
        };
        self.claimed.insert(local.id);
        let mut merged = local.clone();
        merge::merge(&mut merged, &take_server(&local, &server));
        // The card keeps its UID (servers refuse a changed one) where no other
        // contact holds it.
        if !server.uid.is_empty()
            && server.uid != local.uid
            && self.store.uid_owner(&server.uid)?.is_none()
        {
            merged.uid.clone_from(&server.uid);
        }
        let seen = fingerprint(&local);
        self.settle(&local, seen, merged, &server, f, 0)
    }

    /// May a server card be matched with this contact: one of no remote, or of this
    /// one and not on it yet?
    fn free(&self, contact_id: i64) -> Result<bool> {
        Ok(match self.store.contact_membership(contact_id)? {
            None => true,
            Some((_, remote)) => remote == self.info.id && self.unsent.contains(&contact_id),
        })
    }

    /// A known card the server changed.
    fn known_card(&mut self, l: &Local, f: Fetched, tries: usize) -> Result<()> {
        let Some(server) = self.parse(&f) else {
            return Ok(());
        };
        let card = Card {
            href: Some(f.href.clone()),
            etag: f.etag.clone(),
            base: Some(f.text.clone()),
        };
        let Some(local) = self.contact_of(l)? else {
            // Gone here for good, changed there: it comes back.
            self.summary.pulled.added += 1;
            self.applies.push(Apply::DropRow { row_id: l.row.id });
            self.applies.push(Apply::Insert {
                contact: server,
                card,
            });
            return Ok(());
        };
        if l.row.trashed {
            // Deleted here, changed there: the change wins, the contact comes back.
            self.summary.pulled.updated += 1;
            self.applies.push(Apply::Update {
                seen: fingerprint(&local),
                contact: take_server(&local, &server),
                untrash: true,
                card,
            });
            return Ok(());
        }
        let base = if l.row.dirty || l.stored.is_some() {
            self.base_of(&l.row)?
        } else {
            None
        };
        let changed_here = (l.row.dirty || l.stored.is_some())
            && base
                .as_ref()
                .is_none_or(|b| fingerprint(b) != fingerprint(&local));
        let merged = if !changed_here {
            take_server(&local, &server)
        } else {
            match &base {
                Some(b) => {
                    let mut found = Vec::new();
                    let theirs = take_server(&local, &server);
                    let m = merge3::merge3(b, &local, &theirs, self.opts.prefer, &mut found);
                    self.conflicts(&local.display_name, found);
                    m
                }
                None => {
                    let mut m = local.clone();
                    merge::merge(&mut m, &take_server(&local, &server));
                    m
                }
            }
        };
        let seen = l.stored.clone().unwrap_or_else(|| fingerprint(&local));
        self.settle(&local, seen, merged, &server, f, tries)
    }

    /// Store `merged` for `local`, and send it when it differs from the server's card
    /// (`f`); a 412 fetches the card again and merges anew.
    fn settle(
        &mut self,
        local: &Contact,
        seen: String,
        merged: Contact,
        server: &Contact,
        f: Fetched,
        tries: usize,
    ) -> Result<()> {
        let changes_local = fingerprint(&merged) != fingerprint(local);
        if fingerprint(&merged) == fingerprint(&take_server(local, server)) {
            if changes_local {
                self.summary.pulled.updated += 1;
            }
            self.applies.push(Apply::Update {
                seen,
                contact: merged,
                untrash: false,
                card: Card {
                    href: Some(f.href),
                    etag: f.etag,
                    base: Some(f.text),
                },
            });
            return Ok(());
        }
        let text = text_of(&merged, self.version);
        let written = if self.opts.dry_run {
            Written::Done(None)
        } else {
            self.remote.put(&f.href, &text, f.etag.as_deref())?
        };
        match written {
            Written::Done(etag) => {
                if changes_local {
                    self.summary.pulled.updated += 1;
                }
                self.summary.pushed.updated += 1;
                self.applies.push(Apply::Update {
                    seen,
                    contact: merged,
                    untrash: false,
                    card: Card {
                        href: Some(f.href),
                        etag,
                        base: Some(text),
                    },
                });
                Ok(())
            }
            Written::Changed => self.again(seen, merged, &f.href, tries, f.text.clone()),
        }
    }

    /// After a 412: fetch the card and merge with it from the same base.
    fn again(
        &mut self,
        seen: String,
        merged: Contact,
        href: &str,
        tries: usize,
        base: String,
    ) -> Result<()> {
        if tries >= RETRIES {
            return Err(remote_failed(format!(
                "remote {}: {href} kept changing while kard wrote it (412 Precondition Failed {} times); try again",
                self.info.name,
                RETRIES + 1
            )));
        }
        let Some(fresh) = self.refetch(href)? else {
            return Err(self.unfetchable(href));
        };
        let l = Local {
            row: RemoteCard {
                id: 0,
                contact_id: Some(merged.id),
                trashed: false,
                href: Some(href.to_string()),
                etag: None,
                base: Some(base),
                dirty: true,
            },
            contact: Some(merged),
            stored: Some(seen),
        };
        self.known_card(&l, fresh, tries + 1)
    }

    /// A card the server refused a write to (412) but will not send either.
    fn unfetchable(&self, href: &str) -> anyhow::Error {
        remote_failed(format!(
            "remote {}: {href} answered 412 Precondition Failed but cannot be fetched",
            self.info.name
        ))
    }

    /// A known card gone from the server.
    fn removed_card(&mut self, l: &Local) {
        match (l.row.contact_id, l.row.trashed) {
            (Some(id), false) => {
                self.summary.pulled.deleted += 1;
                self.applies.push(Apply::Trash { contact_id: id });
            }
            (Some(id), true) => self.applies.push(Apply::SetCard {
                contact_id: id,
                card: Card::default(),
                seen: None,
            }),
            (None, _) => self.applies.push(Apply::DropRow { row_id: l.row.id }),
        }
    }

    /// Send what changed here on a card the server did not change.
    fn local_card(&mut self, l: &Local) -> Result<()> {
        if !local_work(&l.row) {
            return Ok(());
        }
        let Some(href) = l.row.href.clone() else {
            match &l.contact {
                None => self.applies.push(Apply::DropRow { row_id: l.row.id }),
                Some(_) if l.row.trashed => {}
                Some(c) => self.send_new(l, c)?,
            }
            return Ok(());
        };
        match &l.contact {
            Some(c) if !l.row.trashed => self.send_change(l, c, href),
            _ => self.send_delete(l, href),
        }
    }

    /// A contact deleted here (in the trash, or gone for good): delete its card.
    fn send_delete(&mut self, l: &Local, href: String) -> Result<()> {
        let written = if self.opts.dry_run {
            Written::Done(None)
        } else {
            self.remote.delete(&href, l.row.etag.as_deref())?
        };
        match written {
            Written::Done(_) => {
                self.summary.pushed.deleted += 1;
                self.applies.push(match l.row.contact_id {
                    Some(id) => Apply::SetCard {
                        contact_id: id,
                        card: Card::default(),
                        seen: None,
                    },
                    None => Apply::DropRow { row_id: l.row.id },
                });
            }
            // Changed there after the delete here: it comes back.
            Written::Changed => {
                if let Some(f) = self.refetch(&href)? {
                    self.known_card(l, f, 0)?;
                }
            }
        }
        Ok(())
    }

    /// A contact not on the remote yet: a new card named after its UID.
    fn send_new(&mut self, l: &Local, c: &Contact) -> Result<()> {
        if self.claimed.contains(&c.id) {
            return Ok(());
        }
        let href = self.remote.new_href(&c.uid);
        let text = text_of(c, self.version);
        let written = if self.opts.dry_run {
            Written::Done(None)
        } else {
            self.remote.put(&href, &text, None)?
        };
        match written {
            Written::Done(etag) => {
                self.summary.pushed.added += 1;
                self.applies.push(Apply::SetCard {
                    contact_id: c.id,
                    card: Card {
                        href: Some(href),
                        etag,
                        base: Some(text),
                    },
                    seen: Some(fingerprint(c)),
                });
                Ok(())
            }
            // Already there (a sync cut short after sending it): merge with it.
            Written::Changed => match self.refetch(&href)? {
                Some(f) => {
                    let row = Local {
                        row: RemoteCard {
                            href: Some(href),
                            base: None,
                            dirty: true,
                            ..l.row.clone()
                        },
                        contact: Some(c.clone()),
                        stored: None,
                    };
                    self.known_card(&row, f, 0)
                }
                None => Err(self.unfetchable(&href)),
            },
        }
    }

    /// A contact that may have changed here: send it if it differs from the card as
    /// last synced.
    fn send_change(&mut self, l: &Local, c: &Contact, href: String) -> Result<()> {
        let base = self.base_of(&l.row)?;
        if base.is_some_and(|b| fingerprint(&b) == fingerprint(c)) {
            // Touched but not changed (or changed back): nothing to send.
            self.applies.push(Apply::SetCard {
                contact_id: c.id,
                card: Card {
                    href: Some(href),
                    etag: l.row.etag.clone(),
                    base: self.store.remote_base(l.row.id)?,
                },
                seen: Some(fingerprint(c)),
            });
            return Ok(());
        }
        let Some(etag) = l.row.etag.clone() else {
            // No ETag known: look at the card first.
            if let Some(f) = self.refetch(&href)? {
                self.known_card(l, f, 0)?;
            }
            return Ok(());
        };
        let text = text_of(c, self.version);
        let written = if self.opts.dry_run {
            Written::Done(None)
        } else {
            self.remote.put(&href, &text, Some(&etag))?
        };
        match written {
            Written::Done(new_etag) => {
                self.summary.pushed.updated += 1;
                self.applies.push(Apply::SetCard {
                    contact_id: c.id,
                    card: Card {
                        href: Some(href),
                        etag: new_etag,
                        base: Some(text),
                    },
                    seen: Some(fingerprint(c)),
                });
            }
            Written::Changed => {
                if let Some(f) = self.refetch(&href)? {
                    self.known_card(l, f, 1)?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::RemoteKind;

    fn remote(store: &Store) -> RemoteInfo {
        let mut info = RemoteInfo {
            id: 0,
            name: "r".into(),
            kind: RemoteKind::Vdir,
            url: "vdir:/nowhere".into(),
            user: None,
            password_command: None,
            book: None,
            is_default: false,
            vcard_version: None,
            sync_token: Some("old-token".into()),
            ctag: None,
            synced_at: None,
            created_at: String::new(),
        };
        info.id = store.add_remote(&info).unwrap();
        store
            .set_remote_state(info.id, Some("old-token"), None, None)
            .unwrap();
        info
    }

    #[test]
    fn a_contact_edited_during_the_sync_keeps_its_edit_and_the_old_token() {
        let store = Store::open_in_memory().unwrap();
        let info = remote(&store);
        let mut c = Contact {
            display_name: "Ann".into(),
            title: Some("Edited meanwhile".into()),
            ..Contact::default()
        };
        store.insert_contact(&mut c).unwrap();
        store
            .set_remote_card(
                info.id,
                c.id,
                (Some("a.vcf"), Some("e1"), Some("BASE")),
                false,
            )
            .unwrap();
        let mut planned = c.clone();
        planned.title = Some("What the sync read".into());
        let mut from_server = c.clone();
        from_server.title = Some("Server".into());
        let applies = vec![Apply::Update {
            seen: fingerprint(&planned),
            contact: from_server,
            untrash: false,
            card: Card {
                href: Some("a.vcf".into()),
                etag: Some("e2".into()),
                base: Some("NEW".into()),
            },
        }];
        store
            .write(|st| apply_all(st, &info, applies, Some("new-token"), None, "4.0"))
            .unwrap();
        assert_eq!(
            store.contact(c.id).unwrap().unwrap().title.as_deref(),
            Some("Edited meanwhile")
        );
        let rows = store.remote_cards(info.id).unwrap();
        assert_eq!(rows[0].etag.as_deref(), Some("e1"));
        assert_eq!(
            store.remote_base(rows[0].id).unwrap().as_deref(),
            Some("BASE")
        );
        let info = store.remote("r").unwrap().unwrap();
        assert_eq!(info.sync_token.as_deref(), Some("old-token"));
    }

    #[test]
    fn parse_and_fingerprint_ignore_what_the_card_does_not_carry() {
        let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Zoë\r\nNOTE:a\\nb\r\nX-FOO:bar\r\nEND:VCARD\r\n";
        let a = parse(text, Region::default()).unwrap();
        let mut b = a.clone();
        b.id = 42;
        b.created_at = "2026-01-01T00:00:00Z".into();
        assert_eq!(fingerprint(&a), fingerprint(&b));
        assert_eq!(a.notes.as_deref(), Some("a\nb"));
        assert!(fingerprint(&a).contains("X-FOO:bar"));
        assert!(parse("not a card", Region::default()).is_none());
    }
}
