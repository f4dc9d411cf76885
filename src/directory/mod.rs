//! The directory sync engine: the rows of an origin (a directory file, standard input,
//! an LDAP server) -> spooled and grouped into entries -> matched to what is stored ->
//! the differences applied all at once; records read the same as last time are taken
//! by their hash, unread (`known`). A first sync makes its entries on a second thread
//! while the store is written (`Run::add_all`); a re-sync indexes the words of what it
//! changed at its end, in id order. Commands call `Origin::choose` and `sync`; nothing
//! here prints.

mod content_sync;
mod group;
mod known;
pub mod ldap;
pub mod plan;
mod spool;
mod table;

pub use crate::formats::directory::{Entry, Target};

use crate::error::usage;
use crate::formats::directory as dirfile;
use crate::formats::{text, BadRecord};
use crate::model::{Contact, Source};
use crate::phone::Region;
use crate::settings::{PresenceOverride, Setting};
use crate::store::{now, Derived, DirectoryInfo, RecordSums, Reindex, Store};
use anyhow::{anyhow, Context, Result};
use content_sync::{Mode, Refresh, Reread};
use group::{Groups, Key};
use known::Known;
pub use ldap::Ldap;
use plan::{Carries, Stored};
use serde::Serialize;
use spool::{hash_bytes, NotRead, Record, Spool, Sums};
use std::collections::HashSet;

/// Where a directory is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A directory file (CSV or JSON), by the path given.
    File(String),
    /// A directory file on standard input (`-`).
    Stdin,
    /// An LDAP server.
    Ldap(Ldap),
}

impl Origin {
    /// The origin a `directory sync` argument names (an LDAP URL's options are set
    /// apart, on `Origin::Ldap`).
    pub fn parse(text: &str) -> Origin {
        match text {
            "-" => Origin::Stdin,
            url if ldap::is_url(url) => Origin::Ldap(Ldap {
                url: url.to_string(),
                starttls: false,
                bind_dn: None,
                password_command: None,
                filter: None,
                map: Vec::new(),
            }),
            path => Origin::File(path.to_string()),
        }
    }

    /// How the origin is recorded and shown: a file's absolute path, `-`, or the URL.
    pub fn label(&self) -> String {
        match self {
            Origin::Stdin => "-".to_string(),
            Origin::File(path) => std::fs::canonicalize(path)
                .map_or_else(|_| path.clone(), |p| p.display().to_string()),
            Origin::Ldap(l) => ldap::without_user(&l.url),
        }
    }

    /// The origin `to_record` kept.
    pub fn from_record(text: &str) -> Result<Origin> {
        if text.starts_with('{') {
            let l: Ldap = serde_json::from_str(text)
                .with_context(|| format!("the recorded directory source {text:?}"))?;
            return Ok(Origin::Ldap(l));
        }
        Ok(Origin::parse(text))
    }

    /// What the origin decides of a contact besides the directory file's fields.
    pub fn carries(&self) -> Carries {
        let ldap = matches!(self, Origin::Ldap(_));
        Carries {
            presence: !ldap,
            photo: ldap,
        }
    }

    /// How the origin is kept for a re-sync with no source: a file's absolute path
    /// (`-` for standard input), or an LDAP origin as JSON (never a password).
    pub fn to_record(&self) -> String {
        match self {
            Origin::Ldap(l) => serde_json::to_string(l).unwrap_or_default(),
            other => other.label(),
        }
    }

    /// What, besides a record itself, decides what it becomes: the kind of origin,
    /// and an LDAP server's attribute map.
    fn record_rules(&self) -> String {
        match self {
            Origin::Ldap(l) => format!("ldap {:?}", l.map),
            _ => "file".to_string(),
        }
    }

    /// The name bad records are reported under (`FILE:LINE: reason`).
    pub fn name(&self) -> &str {
        match self {
            Origin::Stdin => "-",
            Origin::File(path) => path,
            Origin::Ldap(l) => &l.url,
        }
    }
}

/// The LDAP options of a `directory sync` command line, laid over an LDAP origin
/// (those left out keep the recorded ones).
#[derive(Debug, Default)]
pub struct LdapOptions {
    pub starttls: bool,
    pub bind_dn: Option<String>,
    pub password_command: Option<String>,
    pub filter: Option<String>,
    pub map: Vec<(String, String)>,
}

impl LdapOptions {
    /// The first option given, if any.
    fn first_given(&self) -> Option<&'static str> {
        [
            (self.starttls, "--starttls"),
            (self.bind_dn.is_some(), "--bind-dn"),
            (self.password_command.is_some(), "--password-command"),
            (self.filter.is_some(), "--filter"),
            (!self.map.is_empty(), "--map"),
        ]
        .into_iter()
        .find_map(|(given, flag)| given.then_some(flag))
    }
}

impl Origin {
    /// The origin a sync reads: the one `named`, or the one the directory (`company`
    /// for an external one) was synced from last; an LDAP origin with `options` over
    /// it. Never synced, last from standard input, or LDAP options for a file: a usage
    /// error.
    pub fn choose(
        store: &Store,
        named: Option<&str>,
        source: Source,
        company: Option<&str>,
        options: LdapOptions,
    ) -> Result<Origin> {
        let mut origin = match named {
            Some(text) => Origin::parse(text),
            None => {
                let name = company.unwrap_or("");
                let recorded = match store.directory_origin(source, name)? {
                    Some(text) => Some(text),
                    // Synced before sources were recorded: the file it names.
                    None => store
                        .directories()?
                        .into_iter()
                        .find(|d| d.source == source && d.name() == name)
                        .map(|d| d.file),
                };
                let which = phrase(company);
                let Some(text) = recorded else {
                    return Err(usage(format!(
                        "the {which} was never synced: name a file or an LDAP URL (kard directory sync FILE|URL)"
                    )));
                };
                let origin = Origin::from_record(&text)?;
                if origin == Origin::Stdin {
                    return Err(usage(format!(
                        "the {which} was last synced from standard input: name the file"
                    )));
                }
                origin
            }
        };
        let Origin::Ldap(l) = &mut origin else {
            return match options.first_given() {
                Some(flag) => Err(usage(format!(
                    "{flag} is for an LDAP source (ldap://… or ldaps://…)"
                ))),
                None => Ok(origin),
            };
        };
        l.starttls |= options.starttls;
        if options.bind_dn.is_some() {
            l.bind_dn = options.bind_dn;
        }
        if options.password_command.is_some() {
            l.password_command = options.password_command;
        }
        if options.filter.is_some() {
            l.filter = options.filter;
        }
        if !options.map.is_empty() {
            l.map = options.map;
        }
        Ok(origin)
    }
}

/// Which directory `--external` names: the company's (none given), or an external
/// company's by its name, spaces folded, and spelled as the store knows it if it was
/// synced before under another capitalization.
pub fn which(store: &Store, external: Option<&str>) -> Result<(Source, Option<String>)> {
    let Some(given) = external else {
        return Ok((Source::Company, None));
    };
    let name = given.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(usage("--external needs the company's name"));
    }
    let known = store.directories()?.into_iter().find_map(|d| {
        d.external_company
            .filter(|n| n.to_lowercase() == name.to_lowercase())
    });
    Ok((Source::External, Some(known.unwrap_or(name))))
}

/// One sync to run.
pub struct Request<'a> {
    pub origin: &'a Origin,
    /// `Company`, or `External` with the company's name.
    pub source: Source,
    pub company: Option<&'a str>,
    pub dry_run: bool,
    /// Whether the outcome lists each change (a dry run, --json), or only counts them.
    pub list_changes: bool,
    pub region: Region,
}

/// One change a sync makes.
#[derive(Debug, Serialize)]
pub struct Change {
    pub change: &'static str,
    /// The contact's id (null for one not added yet).
    pub id: Option<i64>,
    pub directory_id: Option<String>,
    pub display_name: String,
    /// For updates: the fields that change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
}

/// What a sync did (or, in a dry run, would do); as JSON, `directory sync --json`.
#[derive(Debug, Serialize)]
pub struct Outcome {
    pub source: Source,
    pub external_company: Option<String>,
    /// The origin as recorded (`Origin::label`).
    #[serde(rename = "file")]
    pub origin: String,
    pub dry_run: bool,
    pub entries: usize,
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Each change, when the request asked for them.
    pub changes: Vec<Change>,
    /// The display name of the profile's entry ("me") when the sync removes it.
    #[serde(skip)]
    pub removed_me: Option<String>,
}

/// "company directory", or "Globex's directory (external)".
pub fn phrase(company: Option<&str>) -> String {
    match company {
        None => "company directory".to_string(),
        Some(name) => format!("{name}'s directory (external)"),
    }
}

/// The fields a re-sync changes without rewriting a contact's values and numbers
/// (`Store::set_directory_texts_but_words`).
const TEXTS: &[&str] = &[
    "organization",
    "department",
    "location",
    "title",
    "presence",
];

/// How many entries a first sync loads before it is worth dropping the store's lookup
/// indexes and building them once at its end (as a big import does).
const BULK_ENTRIES: usize = 10_000;
/// The page cache while a big directory is written (`import`'s bulk size).
const BULK_CACHE_MIB: i64 = 12;

/// Run a sync: `Err` in the inner result is the origin's bad records (nothing changed).
///
/// The origin is read whole first, each row checked and spooled to disk with a few
/// numbers kept a row; then, in one transaction, the entries stream from the spool and
/// only the ones whose data changed are compared and written. A record the last sync
/// read the same (`Known`) is not checked or spooled again; should one of them be
/// needed whole after all (a person with a new second account, a conflict to report),
/// the origin is read again, whole.
pub fn sync(store: &Store, req: &Request) -> Result<std::result::Result<Outcome, Vec<BadRecord>>> {
    let me = profile_entry(store)?;
    let what = req.origin.record_rules();
    let name = req.company.unwrap_or("");
    let seed = Known::none(req.region, &what).seed;
    let cookie_for = hash_bytes(format!("{seed}\t{}", req.origin.to_record()).as_bytes());
    // An LDAP server is asked for a content sync (`content_sync`): with the cookie of
    // the last sync if it was got for this same read, else for everything.
    let mut mode = match req.origin {
        Origin::Ldap(_) => Mode::Sync(
            store
                .directory_cookie(req.source, name)?
                .filter(|(_, what)| *what == cookie_for)
                .map(|(cookie, _)| cookie),
        ),
        _ => Mode::Plain,
    };
    // Your profile's entry is compared in full each time: a delta reads it too.
    let mine = match me {
        Some(id) => store.contact(id)?.filter(|c| {
            c.source == req.source && c.external_company.as_deref().unwrap_or("") == name
        }),
        None => None,
    }
    .and_then(|c| c.directory_id)
    .filter(|id| content_sync::is_uuid(id));
    let mut fresh = *req.origin == Origin::Stdin;
    // Each restart reads more, so this ends: a delta -> all with a cookie -> all paged
    // -> all, whole.
    loop {
        let delta = matches!(mode, Mode::Sync(Some(_)));
        let known = if fresh || delta {
            Known::none(req.region, &what)
        } else {
            Known::load(store, me, req.region, &what)?
        };
        let e = match sync_with(store, req, known, &mode, cookie_for, mine.as_deref()) {
            Err(e) => e,
            done => return done,
        };
        if e.downcast_ref::<NotRead>().is_some() {
            if delta {
                mode = Mode::Sync(None);
            } else if !fresh {
                fresh = true;
            } else {
                return Err(e);
            }
            continue;
        }
        match (e.downcast_ref::<Reread>(), &mode) {
            (Some(Reread::NoCookie), Mode::Sync(Some(_))) => mode = Mode::Sync(None),
            (Some(Reread::Plain), Mode::Sync(_)) => mode = Mode::Plain,
            _ => return Err(e),
        }
    }
}

fn sync_with(
    store: &Store,
    req: &Request,
    known: Known,
    mode: &Mode,
    cookie_for: u64,
    mine: Option<&str>,
) -> Result<std::result::Result<Outcome, Vec<BadRecord>>> {
    let target = match req.company {
        None => Target::Company,
        Some(name) => Target::External(name),
    };
    let mut spool = Spool::new(store.path())?;
    let mut keys = Vec::with_capacity(known.len() + known.len() / 32);
    let mut errors = Vec::new();
    // The directory ids read whole (in a content sync delta, the entries changed).
    let mut read_ids = HashSet::new();
    let refresh = read_origin(req.origin, req.region, &known, mode, mine, &mut |item| {
        match item {
            Ok(Read::Whole(record, raw)) => {
                let (offset, sums) = spool.push(&record, raw)?;
                keys.push(Key::of(&sums, offset, record.row.line));
                if matches!(mode, Mode::Sync(Some(_))) {
                    read_ids.insert(sums.id);
                }
            }
            Ok(Read::Known { line, raw }) => {
                let sums = known.get(raw).context("a known record went missing")?;
                let offset = spool.push_known(line, &sums)?;
                keys.push(Key::of(&sums, offset, line));
            }
            Err(e) => errors.push(e),
        }
        Ok(())
    })?;
    drop(known);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let cookie = match refresh {
        Some(r) if r.delta => {
            if !r.ids_are_uuids {
                return Err(Reread::NoCookie.into());
            }
            unchanged(store, req, &r, &read_ids, mine, &mut spool, &mut keys)?;
            // Nothing changed: the server may give no new cookie; the old one holds.
            match (r.cookie, mode) {
                (Some(new), _) => Some(new),
                (None, Mode::Sync(old)) => old.clone(),
                (None, Mode::Plain) => None,
            }
        }
        Some(r) => r.cookie.filter(|_| r.ids_are_uuids),
        None => None,
    };
    let (mut rows, mut lookup) = spool.finish()?;
    let groups = match group::group(&keys, &mut lookup)? {
        Ok(groups) => groups,
        Err(errors) => return Ok(Err(errors)),
    };
    drop(keys);
    let origin = req.origin.label();
    let name = req.company.unwrap_or("");
    let carries = req.origin.carries();
    let mut run = Run {
        req,
        target,
        carries,
        groups: &groups,
        rows: &mut rows,
        lookup: &mut lookup,
    };
    // The plan is made from what is stored when the write starts, under its lock, so a
    // concurrent change (a favorite, another sync) is never overwritten with stale data.
    let tally = if req.dry_run {
        run.apply(store, false)?
    } else {
        let info = DirectoryInfo {
            source: req.source,
            external_company: req.company.map(str::to_string),
            file: origin.clone(),
            entries: groups.entries as i64,
            synced_at: now(),
        };
        store.write(|s| {
            let tally = run.apply(s, true)?;
            s.record_directory(&info)?;
            s.record_directory_origin(req.source, name, &req.origin.to_record())?;
            let cookie = cookie.as_deref().map(|c| (c, cookie_for));
            s.set_directory_cookie(req.source, name, cookie)?;
            Ok(tally)
        })?
    };
    Ok(Ok(Outcome {
        source: req.source,
        external_company: req.company.map(str::to_string),
        origin,
        dry_run: req.dry_run,
        entries: groups.entries,
        added: tally.added,
        updated: tally.updated,
        removed: tally.removed,
        unchanged: tally.unchanged,
        removed_me: tally.removed_me,
        changes: tally.changes,
    }))
}

/// After a content sync delta: spool the stored entries of the directory it did not
/// read, nor say were deleted (or, ended in the present phase, did say are there), as
/// known, from what the store noted of their records (but your profile's entry,
/// `mine`, read whole). An entry with nothing noted (see
/// `Store::directory_record_sums`) makes the sync read all (`Reread::NoCookie`).
fn unchanged(
    store: &Store,
    req: &Request,
    refresh: &Refresh,
    read_ids: &HashSet<u64>,
    mine: Option<&str>,
    spool: &mut Spool,
    keys: &mut Vec<Key>,
) -> Result<()> {
    let ids = |uuids: &[String]| -> HashSet<u64> {
        uuids.iter().map(|u| hash_bytes(u.as_bytes())).collect()
    };
    let mut gone = ids(&refresh.deleted);
    // Your profile's entry was read (`ldap::read`'s `also`), or is gone.
    gone.extend(mine.map(|id| hash_bytes(id.as_bytes())));
    let present = refresh.present.as_deref().map(ids);
    let mut line = keys.len();
    let mut failed = None;
    let unnoted =
        store.directory_record_sums(req.source, req.company.unwrap_or(""), |data, r| {
            let there = present.as_ref().is_none_or(|p| p.contains(&r.id));
            if failed.is_some() || read_ids.contains(&r.id) || gone.contains(&r.id) || !there {
                return;
            }
            line += 1;
            let sums = Sums {
                id: r.id,
                person: r.person,
                data,
                raw: r.raw,
                shape: spool::Shape(r.shape),
            };
            match spool.push_known(line, &sums) {
                Ok(offset) => keys.push(Key::of(&sums, offset, line)),
                Err(e) => failed = Some(e),
            }
        })?;
    if let Some(e) = failed {
        return Err(e);
    }
    if unnoted > 0 {
        return Err(Reread::NoCookie.into());
    }
    Ok(())
}

/// The contact your profile is (`kard profile set --me`), if any.
fn profile_entry(s: &Store) -> Result<Option<i64>> {
    match s.setting(Setting::Me)? {
        Some(uid) => s.contact_by_uid(&uid),
        None => Ok(None),
    }
}

#[derive(Default)]
struct Tally {
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    changes: Vec<Change>,
    removed_me: Option<String>,
}

/// One sync's entries on their way into the store.
struct Run<'a> {
    req: &'a Request<'a>,
    target: Target<'a>,
    carries: Carries,
    groups: &'a Groups,
    rows: &'a mut spool::Reader,
    lookup: &'a mut spool::Reader,
}

impl Run<'_> {
    /// Match each entry to the stored contacts and count what changes; with `write`,
    /// change it too.
    fn apply(&mut self, s: &Store, write: bool) -> Result<Tally> {
        let req = self.req;
        let me = profile_entry(s)?;
        let overrides = PresenceOverride::load(s)?;
        let mut stored =
            Stored::with_capacity(s.directory_size(req.source, req.company.unwrap_or(""))?);
        s.directory_keys(
            req.source,
            req.company.unwrap_or(""),
            |id, contact, hash| stored.push(id, contact, hash),
        )?;
        stored.ready();
        let bulk = write && stored.is_empty() && self.groups.entries >= BULK_ENTRIES && {
            let count = usize::try_from(s.count_contacts()?).unwrap_or(0);
            self.groups.entries >= count / 4
        };
        if bulk {
            s.set_cache_mib(BULK_CACHE_MIB)?;
            s.drop_bulk_indexes()?;
        }
        let mut t = Tally::default();
        let (mut added, mut updated) = (Vec::new(), Vec::new());
        // Updated contacts whose words the search index learns at the end, in id order
        // (`Store::reindex`): rows of the index changed in the order of the origin
        // make FTS5 write out its pending data at each step back (a 1% title change at
        // a million took 4 s so, 0.4 s in order).
        let mut reindex = Vec::new();
        self.rows.rewind()?;
        if bulk {
            // A first sync: every entry is new, and the rows are all read here (the loop
            // below finds none left).
            self.add_all(s, &mut t, req.list_changes.then_some(&mut added))?;
        }
        let mut i = 0;
        while let Some(sums) = self.rows.next_row()? {
            let Some((others, hash)) = self.groups.entry(i, sums.data) else {
                i += 1;
                continue;
            };
            i += 1;
            // What the store notes of an entry of one record, for the next sync.
            let noted = (others.is_empty() && sums.raw != 0).then(|| known::noted(&sums));
            // Most entries of a re-sync: one row, the data it had last time.
            if others.is_empty() {
                if let Some(contact) = stored.take_unchanged(sums.id, hash, me) {
                    t.unchanged += 1;
                    // Noted once, by the first sync that reads it (not known yet).
                    if write && noted.is_some() && self.rows.is_read() {
                        s.set_directory_entry(contact, hash, noted.as_ref())?;
                    }
                    continue;
                }
            }
            let record = self.rows.record()?;
            let mut records = vec![record];
            for &offset in others {
                records.push(self.lookup.record_at(offset)?);
            }
            let mut entry = dirfile::entry(records.iter().map(|r| &r.row).collect(), self.target);
            entry.contact.photo = records.iter().find_map(|r| r.photo());
            let Some(key) = stored.take(&entry.ids) else {
                let mut c = entry.contact;
                if write {
                    s.insert_contact(&mut c)?;
                    s.set_directory_entry(c.id, hash, noted.as_ref())?;
                }
                t.added += 1;
                if req.list_changes {
                    added.push(listed("added", &c, vec![]));
                }
                continue;
            };
            let is_me = me == Some(key.contact);
            if key.hash == hash && !is_me {
                t.unchanged += 1;
                continue;
            }
            let Some(old) = s.contact(key.contact)? else {
                continue;
            };
            let carries = Carries {
                photo: self.carries.photo && !is_me,
                ..self.carries
            };
            let (mut c, fields) = plan::update(old, entry.contact, carries, |f| {
                if is_me {
                    overrides.apply(f);
                }
            });
            if fields.is_empty() {
                t.unchanged += 1;
            } else {
                t.updated += 1;
                if write && fields == ["presence"] {
                    s.set_presence(c.id, c.presence.as_ref())?;
                } else if write && fields.iter().all(|f| TEXTS.contains(f)) {
                    s.set_directory_texts_but_words(&mut c)?;
                    reindex.push((c.id, Reindex::Words));
                } else if write {
                    s.update_contact_but_words(&mut c)?;
                    reindex.push((c.id, Reindex::All));
                }
                if req.list_changes {
                    updated.push(listed("updated", &c, fields));
                }
            }
            if write {
                s.set_directory_entry(c.id, hash, noted.as_ref())?;
            }
        }
        if write {
            s.reindex(&mut reindex)?;
        }
        let mut departed: Vec<i64> = stored.unmatched().collect();
        departed.sort_unstable();
        let mut removed = Vec::new();
        for id in departed {
            t.removed += 1;
            if req.list_changes || me == Some(id) {
                if let Some(c) = s.contact(id)? {
                    if me == Some(id) {
                        t.removed_me = Some(c.display_name.clone());
                    }
                    if req.list_changes {
                        removed.push(listed("removed", &c, vec![]));
                    }
                }
            }
            if write {
                s.delete_contact(id)?;
            }
        }
        if bulk {
            s.build_bulk_indexes()?;
        }
        t.changes = added.into_iter().chain(updated).chain(removed).collect();
        Ok(t)
    }
}

impl Run<'_> {
    /// Add every entry of the origin (a first sync: nothing stored to match): the
    /// entries are made, with what storing them derives (`Derived`: numbers' digits,
    /// search words), on a thread of their own while this one writes them, as an
    /// import does. A directory's first sync is mostly SQLite's work: at 100,000
    /// entries this took 0.5 of 3.7 s off it.
    fn add_all(
        &mut self,
        s: &Store,
        t: &mut Tally,
        mut listed_as: Option<&mut Vec<Change>>,
    ) -> Result<()> {
        type Made = (Contact, Derived, u64, Option<RecordSums>);
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Made>>(8);
        let (rows, lookup, groups, target) =
            (&mut *self.rows, &mut *self.lookup, self.groups, self.target);
        std::thread::scope(|scope| -> Result<()> {
            let maker = scope.spawn(move || -> Result<()> {
                let mut batch = Vec::with_capacity(ADD_BATCH);
                let mut i = 0;
                while let Some(sums) = rows.next_row()? {
                    let Some((others, hash)) = groups.entry(i, sums.data) else {
                        i += 1;
                        continue;
                    };
                    i += 1;
                    let noted = (others.is_empty() && sums.raw != 0).then(|| known::noted(&sums));
                    let mut records = vec![rows.record()?];
                    for &offset in others {
                        records.push(lookup.record_at(offset)?);
                    }
                    let mut entry =
                        dirfile::entry(records.iter().map(|r| &r.row).collect(), target);
                    entry.contact.photo = records.iter().find_map(|r| r.photo());
                    let mut c = entry.contact;
                    c.ensure_display_name();
                    let derived = Derived::of(&c);
                    batch.push((c, derived, hash, noted));
                    if batch.len() == ADD_BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(ADD_BATCH));
                        tx.send(full)
                            .map_err(|_| anyhow!("directory sync stopped"))?;
                    }
                }
                if !batch.is_empty() {
                    tx.send(batch)
                        .map_err(|_| anyhow!("directory sync stopped"))?;
                }
                Ok(())
            });
            let mut written: Result<()> = Ok(());
            for batch in rx.iter() {
                for (mut c, derived, hash, noted) in batch {
                    if written.is_err() {
                        break; // drained, so that the maker can finish
                    }
                    written = s
                        .insert_derived(&mut c, derived)
                        .and_then(|_| s.set_directory_entry(c.id, hash, noted.as_ref()));
                    t.added += 1;
                    if let Some(list) = listed_as.as_deref_mut() {
                        list.push(listed("added", &c, vec![]));
                    }
                }
            }
            let made = maker
                .join()
                .map_err(|_| anyhow!("the directory entry thread panicked"))?;
            made.and(written)
        })
    }
}

/// Entries a first sync's entry thread hands over at a time.
const ADD_BATCH: usize = 512;

/// A change as a sync lists it.
fn listed(kind: &'static str, c: &Contact, fields: Vec<&'static str>) -> Change {
    Change {
        change: kind,
        id: (c.id != 0).then_some(c.id),
        directory_id: c.directory_id.clone(),
        display_name: c.display_name.clone(),
        fields,
    }
}

/// A record of the origin, as the reader passes it on.
pub(crate) enum Read {
    /// Read and checked, with the hash of the record as read (0: none).
    Whole(Box<Record>, u64),
    /// Known by that hash (`Known`): not read again.
    Known { line: usize, raw: u64 },
}

/// Read every row of the origin into `sink`, checked (a bad row is a bad record), but
/// the records `known` knows.
fn read_origin(
    origin: &Origin,
    region: Region,
    known: &Known,
    mode: &Mode,
    mine: Option<&str>,
    sink: &mut dyn FnMut(std::result::Result<Read, BadRecord>) -> Result<()>,
) -> Result<Option<Refresh>> {
    let input: Box<dyn std::io::Read> = match origin {
        Origin::Stdin => Box::new(std::io::stdin()),
        Origin::File(file) => {
            Box::new(std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?)
        }
        Origin::Ldap(l) => return ldap::read(l, region, known, mode, mine, sink),
    };
    let mut decoded = text::decode(input);
    let contains = |raw| known.contains(raw);
    let hook = dirfile::Known {
        seed: known.seed,
        contains: &contains,
    };
    dirfile::read_known(&mut decoded, region, Some(&hook), &mut |item| {
        sink(item.map(|item| match item {
            dirfile::Item::Row { row, raw } => Read::Whole(
                Box::new(Record {
                    row: *row,
                    photo: None,
                }),
                raw.unwrap_or(0),
            ),
            dirfile::Item::Known { line, raw } => Read::Known { line, raw },
        }))
    })
    .with_context(|| format!("cannot read {}", origin.name()))?;
    Ok(None)
}
