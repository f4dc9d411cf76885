//! `kard import`: vCard, Google CSV, Outlook CSV and kard JSON into personal contacts.
//!
//! One thread reads and parses (phone-number normalization is the costly part) while
//! this one merges and writes, all files in one transaction.

use super::Ctx;
use crate::error::Failure;
use crate::formats::{self, BadRecord, Format, Item, Record};
use crate::identity;
use crate::merge;
use crate::model::{Contact, Source};
use crate::store::{Derived, Store};
use anyhow::{anyhow, Context, Result};
use serde::Serialize;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard import contacts.vcf\n  kard import google.csv outlook.csv --dry-run\n  \
    cat export.vcf | kard import -\n  kard import backup.json --strict --json\n\n\
    A record matching a personal contact (same UID, or same name and a shared phone or\n\
    email) is merged into it. Bad records are skipped and reported as FILE:LINE: reason\n\
    (exit 6); with --strict nothing is imported if any record is bad."
)]
pub struct Args {
    /// Files to import; `-` reads standard input
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<String>,
    /// The files' format (auto: detected from the content)
    #[arg(long, value_enum, default_value_t = ImportFormat::Auto)]
    pub format: ImportFormat,
    /// Report what would happen; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Import nothing if any record is bad
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Auto,
    Vcard,
    Google,
    Outlook,
    Json,
}

/// What an import did; every record read is counted in exactly one of the four.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub added: u64,
    pub merged: u64,
    pub unchanged: u64,
    pub skipped: u64,
    pub errors: Vec<ErrorEntry>,
    /// Records imported with something kard could not read as what it claims to be
    /// (a birthday that is no date, kept as text): `FILE:LINE: reason` too. Left out
    /// of the JSON when there are none, so the SPEC's summary stays as it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<ErrorEntry>,
}

#[derive(Debug, Serialize)]
pub struct ErrorEntry {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Records travel from the parser thread in batches.
const BATCH: usize = 512;

/// An import is a bulk import when its files are at least this big (about 4,000
/// vCards; 10,000 into an empty store: 0.31 s row by row, 0.18 s in bulk)...
const BULK_BYTES: u64 = 1 << 20;
/// ...and would add at least a quarter as many contacts as the store holds, reckoning
/// this many bytes a contact: then building the indexes anew costs less than keeping
/// them up to date.
const BYTES_PER_CONTACT: u64 = 256;
/// The page cache of a bulk import: 24 MiB took a 1M-card import's peak over 150 MB
/// with the key map beside it, and was no faster (29.3 s both).
const BULK_CACHE_MIB: i64 = 12;

fn is_bulk(store: &Store, bytes: u64) -> Result<bool> {
    // For tests: both ways on small files. Not a user setting.
    match std::env::var("KARD_BULK_IMPORT").as_deref() {
        Ok("always") => return Ok(true),
        Ok("never") => return Ok(false),
        _ => {}
    }
    if bytes < BULK_BYTES {
        return Ok(false);
    }
    let stored = u64::try_from(store.count_contacts()?).unwrap_or(0);
    Ok(bytes / BYTES_PER_CONTACT >= stored / 4)
}

/// How records are matched with the personal contacts they are the same as: through
/// the store's indexes, or, in a bulk import (whose indexes are dropped until its end),
/// through a map of every personal contact's numbers and emails.
enum Matcher {
    Index,
    /// With the ids of the contacts merged into, whose words are indexed at the end.
    Memory(KeyMap, Vec<i64>),
}

/// What a bulk import matches records on, from memory (the store's indexes are
/// dropped until its end). 32-bit hashes keep it small; a hash only proposes a
/// candidate, which is checked against the stored contact before it is taken.
///
/// `keys`: (name, match key) pairs. A record is the same as a personal contact with its
/// name (sort key) and one of its E.164 numbers or lowercase emails
/// (`merge::same_person`), so the name goes into the hash and a number shared by many
/// people (an office's switchboard) proposes only the ones of the same name. A contact
/// with neither is found by its name alone.
///
/// `uids`: every UID in the store (of the trash and the directories too), as the UID
/// index would have found them.
#[derive(Default)]
struct KeyMap {
    keys: Chains,
    uids: Chains,
}

/// Contacts by 32-bit hash: for each hash the latest contact having it, and a chain
/// back through the others.
#[derive(Default)]
struct Chains {
    latest: HashMap<u32, u32, Mixed>,
    /// (hash, contact) -> the contact that had it before: 12 bytes a link.
    earlier: HashMap<(u32, u32), u32, Mixed>,
}

impl Chains {
    fn with_capacity(n: u64) -> Chains {
        Chains {
            latest: HashMap::with_capacity_and_hasher(
                usize::try_from(n).unwrap_or(0),
                Mixed::default(),
            ),
            earlier: HashMap::default(),
        }
    }

    /// The contacts having hash `h`, latest first.
    fn chain(&self, h: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = self.latest.get(&h).copied();
        std::iter::from_fn(move || {
            let id = next?;
            next = self.earlier.get(&(h, id)).copied();
            Some(id)
        })
    }

    /// Note that contact `id` has hash `h`. A contact's keys are added one after
    /// another, so a key it already has is the latest of its chain; unless it is added
    /// `again` (merged into), when the whole chain is looked through.
    fn add(&mut self, h: u32, id: i64, again: bool) {
        // Ids are SQLite's rowids, dense from 1: one past 2^32 is never proposed.
        let Ok(id) = u32::try_from(id) else { return };
        let known = if again {
            self.chain(h).any(|known| known == id)
        } else {
            self.latest.get(&h) == Some(&id)
        };
        if known {
            return;
        }
        if let Some(before) = self.latest.insert(h, id) {
            self.earlier.insert((h, id), before);
        }
    }

    fn get(&self, h: u32, out: &mut Vec<i64>) {
        out.extend(self.chain(h).map(i64::from));
    }
}

/// The maps' keys are hashes already: a multiply spreads them over the 64 bits the
/// table wants, at a fraction of SipHash's cost.
type Mixed = std::hash::BuildHasherDefault<Mix>;

#[derive(Default)]
struct Mix(u64);

impl std::hash::Hasher for Mix {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(u32::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(32) ^ u64::from(n)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Input bytes per match key, about (a vCard of ~250 bytes has two or three keys)...
const BYTES_PER_KEY: u64 = 100;
/// ...and per contact.
const BYTES_PER_UID: u64 = 250;

/// FNV-1a, folded to 32 bits.
fn fnv32(bytes: impl Iterator<Item = u8>) -> u32 {
    let h = bytes.fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (h ^ (h >> 32)) as u32
}

impl KeyMap {
    /// Sized up front for `bytes` of input: growing a map of millions of keys holds
    /// the old table and the new one at once.
    fn for_input(bytes: u64) -> KeyMap {
        KeyMap {
            keys: Chains::with_capacity(bytes / BYTES_PER_KEY),
            uids: Chains::with_capacity(bytes / BYTES_PER_UID),
        }
    }

    /// The sort key, a separator and the match key (`None`: the name alone).
    fn hash(sort_key: &str, key: Option<&str>) -> u32 {
        let bytes = sort_key
            .bytes()
            .chain([0xff]) // never in UTF-8
            .chain(key.unwrap_or("\0").bytes());
        fnv32(bytes)
    }

    /// Note that contact `id`, named `sort_key`, has `key` (see `Chains::add`).
    fn add(&mut self, sort_key: &str, key: Option<&str>, id: i64, again: bool) {
        self.keys.add(Self::hash(sort_key, key), id, again);
    }

    fn candidates(&self, sort_key: &str, key: Option<&str>, out: &mut Vec<i64>) {
        self.keys.get(Self::hash(sort_key, key), out);
    }

    fn add_contact(&mut self, c: &Contact, again: bool) {
        let sort_key = identity::name_key(&c.display_name);
        let mut any = false;
        for (key, _) in identity::match_keys(c) {
            self.add(&sort_key, Some(&key), c.id, again);
            any = true;
        }
        if !any {
            self.add(&sort_key, None, c.id, again);
        }
    }

    fn add_uid(&mut self, uid: &str, id: i64) {
        self.uids.add(fnv32(uid.bytes()), id, false);
    }

    /// Contacts that may have this UID.
    fn with_uid(&self, uid: &str) -> Vec<i64> {
        let mut out = Vec::new();
        self.uids.get(fnv32(uid.bytes()), &mut out);
        out
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if args.files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(crate::error::usage(
            "standard input (-) can be read only once",
        ));
    }
    let commit = !args.dry_run;
    let progress = Progress::new(&args.files, ctx.out.quiet);
    let bulk = is_bulk(&ctx.store, progress.total)?;
    let summary = ctx.store.transaction(commit, |store| {
        let mut summary = Summary::default();
        let mut matcher = if bulk {
            store.set_cache_mib(BULK_CACHE_MIB)?;
            let mut keys = KeyMap::for_input(progress.total);
            // Rows come contact by contact (see `Chains::add`).
            store.personal_match_keys(|key, id, sort_key| keys.add(sort_key, key, id, false))?;
            store.each_uid(|id, uid| keys.add_uid(uid, id))?;
            store.drop_bulk_indexes()?;
            Matcher::Memory(keys, Vec::new())
        } else {
            Matcher::Index
        };
        for file in &args.files {
            import_file(
                store,
                ctx.region,
                file,
                args.format,
                &progress,
                &mut matcher,
                &mut summary,
            )?;
        }
        if let Matcher::Memory(_, mut merged) = matcher {
            store.reindex_words(&mut merged)?;
        } // the key map's memory is the index builder's now
        if bulk && commit && !(args.strict && summary.skipped > 0) {
            progress.building_indexes();
            store.build_bulk_indexes()?;
        }
        if args.strict && summary.skipped > 0 {
            report(ctx, &summary);
            return Err(Failure::BadInput(format!(
                "{} bad record{}: nothing imported (--strict)",
                summary.skipped,
                plural(summary.skipped)
            ))
            .into());
        }
        Ok(summary)
    })?;
    progress.finish();
    report(ctx, &summary);
    let verb = if args.dry_run {
        "would import"
    } else {
        "imported"
    };
    let kept = match summary.warnings.len() {
        0 => String::new(),
        1 => "; 1 date kept as text".to_string(),
        n => format!("; {n} dates kept as text"),
    };
    ctx.note(&format!(
        "{verb}: {} added, {} merged, {} unchanged, {} skipped{kept}",
        summary.added, summary.merged, summary.unchanged, summary.skipped
    ));
    if ctx.json {
        ctx.out.json(&summary)?;
    }
    if summary.skipped > 0 {
        return Err(Failure::BadInput(format!(
            "{} bad record{} skipped",
            summary.skipped,
            plural(summary.skipped)
        ))
        .into());
    }
    Ok(())
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Bad records on stderr, `FILE:LINE: reason` (always: they are the point of exit 6).
fn report(_ctx: &Ctx, summary: &Summary) {
    for e in &summary.errors {
        eprintln!("{}:{}: {}", e.file, e.line, e.reason);
    }
    for e in &summary.warnings {
        eprintln!("{}:{}: warning: {}", e.file, e.line, e.reason);
    }
}

fn import_file(
    store: &Store,
    region: crate::phone::Region,
    file: &str,
    format: ImportFormat,
    progress: &Progress,
    matcher: &mut Matcher,
    summary: &mut Summary,
) -> Result<()> {
    let input: Box<dyn Read + Send> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        Box::new(f)
    };
    let counted = Counting {
        inner: input,
        count: &progress.bytes,
    };
    let (tx, rx) = mpsc::sync_channel::<Vec<Ready>>(8);
    std::thread::scope(|scope| -> Result<()> {
        let parser = scope.spawn(move || -> Result<()> {
            let forced = match format {
                ImportFormat::Auto => None,
                ImportFormat::Vcard => Some(Format::Vcard),
                ImportFormat::Google => Some(Format::Google),
                ImportFormat::Outlook => Some(Format::Outlook),
                ImportFormat::Json => Some(Format::Json),
            };
            let (format, mut decoded) = formats::open(counted, forced)
                .map_err(|e| Failure::BadInput(format!("{file}: {e}")))?;
            let mut batch = Vec::with_capacity(BATCH);
            formats::read(format, &mut decoded, region, &mut |item| {
                batch.push(ready(item));
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    tx.send(full).map_err(|_| anyhow!("import stopped"))?;
                }
                Ok(())
            })
            .with_context(|| format!("reading {file}"))?;
            if !batch.is_empty() {
                tx.send(batch).map_err(|_| anyhow!("import stopped"))?;
            }
            Ok(())
        });
        let mut written: Result<()> = Ok(());
        for batch in rx.iter() {
            if written.is_err() {
                continue; // drain so the parser can finish
            }
            written = batch
                .into_iter()
                .try_for_each(|item| apply(store, file, item, matcher, summary));
            progress.tick();
        }
        let parsed = parser
            .join()
            .map_err(|_| anyhow!("the parser thread panicked on {file}"))?;
        parsed.and(written)
    })
}

/// Merge or add one record; count it.
/// A record made ready on the parsing thread: as a personal contact, with what storing
/// it derives from it (so that the writing thread only writes).
type Ready = std::result::Result<(Record, Derived), BadRecord>;

fn ready(item: Item) -> Ready {
    let item = item.and_then(|record| match record.contact.too_big() {
        Some(reason) => Err(BadRecord {
            line: record.line,
            reason,
        }),
        None => Ok(record),
    });
    item.map(|mut record| {
        let c = &mut record.contact;
        c.source = Source::Personal;
        c.external_company = None;
        c.id = 0;
        c.ensure_imported_name();
        let derived = Derived::of(c);
        (record, derived)
    })
}

fn apply(
    store: &Store,
    file: &str,
    item: Ready,
    matcher: &mut Matcher,
    summary: &mut Summary,
) -> Result<()> {
    let (record, derived) = match item {
        Ok(r) => r,
        Err(BadRecord { line, reason }) => {
            summary.skipped += 1;
            summary.errors.push(ErrorEntry {
                file: file.to_string(),
                line,
                reason,
            });
            return Ok(());
        }
    };
    let mut new = record.contact;
    for text in formats::birthdays_kept_as_text(&new) {
        summary.warnings.push(ErrorEntry {
            file: file.to_string(),
            line: record.line,
            reason: format!(
                "the birthday {text:?} of {} is not a date: kept as text, not as a birthday",
                new.display_name
            ),
        });
    }
    match find_match(store, matcher, &mut new)? {
        Some(mut existing) => {
            if merge::merge(&mut existing, &new) {
                if let Matcher::Memory(keys, merged) = matcher {
                    store.update_contact_but_words(&mut existing)?;
                    keys.add_contact(&existing, true);
                    merged.push(existing.id);
                } else {
                    store.update_contact(&mut existing)?;
                }
                summary.merged += 1;
            } else {
                summary.unchanged += 1;
            }
        }
        None => {
            store
                .insert_derived(&mut new, derived)
                .with_context(|| format!("{file}:{}", record.line))?;
            if let Matcher::Memory(keys, _) = matcher {
                keys.add_contact(&new, false);
                keys.add_uid(&new.uid, new.id);
            }
            summary.added += 1;
        }
    }
    Ok(())
}

/// The personal contact a record from elsewhere (a remote's card) is the same as, by
/// the import's rule (see `find_match`).
pub fn same_contact(store: &Store, new: &mut Contact) -> Result<Option<Contact>> {
    find_match(store, &Matcher::Index, new)
}

/// The personal contact `new` is the same as: same UID, or same name and a shared phone
/// or email. A UID already used by a directory contact is dropped from `new`.
fn find_match(store: &Store, matcher: &Matcher, new: &mut Contact) -> Result<Option<Contact>> {
    if !new.uid.is_empty() {
        let owner = match matcher {
            Matcher::Index => store.uid_owner(&new.uid)?,
            Matcher::Memory(keys, _) => keys
                .with_uid(&new.uid)
                .into_iter()
                .map(|id| store.uid_owner_if(id, &new.uid))
                .find_map(Result::transpose)
                .transpose()?,
        };
        match owner {
            Some((id, Source::Personal, false)) => return store.contact(id),
            // A directory contact's, or held by a contact in the trash.
            Some(_) => new.uid.clear(),
            None => {}
        }
    }
    let sort_key = identity::name_key(&new.display_name);
    let mut ids = Vec::new();
    for (key, number) in identity::match_keys(new) {
        match matcher {
            Matcher::Index if number => ids.extend(store.contacts_with_number(&key)?),
            Matcher::Index => ids.extend(store.contacts_with_email(&key)?),
            Matcher::Memory(keys, _) => keys.candidates(&sort_key, Some(&key), &mut ids),
        }
    }
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        if let Some((Source::Personal, key)) = store.contact_brief(id)? {
            if identity::same_name(&key, new) {
                let Some(found) = store.contact(id)? else {
                    continue;
                };
                // A hash is not the key: check the contact really shares one.
                let shared = match matcher {
                    Matcher::Index => true,
                    Matcher::Memory(..) => {
                        let theirs: Vec<(String, bool)> = identity::match_keys(&found).collect();
                        identity::match_keys(new).any(|k| theirs.contains(&k))
                    }
                };
                if shared {
                    return Ok(Some(found));
                }
            }
        }
    }
    if identity::match_keys(new).next().is_none() {
        // Nothing to match on but the name: the same file imported again must still
        // add nothing, so a same-named contact that already holds all of it is the one.
        let named = match matcher {
            Matcher::Index => store.contacts_named(&new.display_name)?,
            Matcher::Memory(keys, _) => {
                let mut ids = Vec::new();
                keys.candidates(&sort_key, None, &mut ids);
                ids
            }
        };
        for id in named {
            if let Some(c) = store.contact(id)?.filter(|c| c.source == Source::Personal) {
                if identity::name_key(&c.display_name) == sort_key
                    && !merge::merge(&mut c.clone(), new)
                {
                    return Ok(Some(c));
                }
            }
        }
    }
    Ok(None)
}

/// Counts bytes read, for the progress bar.
struct Counting<'a, R> {
    inner: R,
    count: &'a AtomicU64,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A progress bar on stderr, shown only on a terminal and only once the import has
/// taken a moment.
struct Progress {
    bytes: AtomicU64,
    total: u64,
    start: Instant,
    enabled: bool,
    bar: std::sync::OnceLock<indicatif::ProgressBar>,
}

impl Progress {
    fn new(files: &[String], quiet: bool) -> Progress {
        use std::io::IsTerminal;
        let total = files
            .iter()
            .filter(|f| *f != "-")
            .filter_map(|f| std::fs::metadata(Path::new(f)).ok())
            .map(|m| m.len())
            .sum();
        Progress {
            bytes: AtomicU64::new(0),
            total,
            start: Instant::now(),
            enabled: !quiet && std::io::stderr().is_terminal(),
            bar: std::sync::OnceLock::new(),
        }
    }

    fn tick(&self) {
        if !self.enabled || self.start.elapsed() < Duration::from_millis(700) {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                (self.total > 0).then_some(self.total),
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "importing {wide_bar} {bytes}/{total_bytes} ({eta}) {msg}",
            ) {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(self.bytes.load(Ordering::Relaxed));
    }

    /// The last step of a bulk import: say so, it takes a moment.
    fn building_indexes(&self) {
        if let Some(bar) = self.bar.get() {
            bar.set_position(self.total);
            bar.set_message("building the indexes");
        }
    }

    fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::KeyMap;

    fn candidates(keys: &KeyMap, name: &str, key: &str) -> Vec<i64> {
        let mut out = Vec::new();
        keys.candidates(name, Some(key), &mut out);
        out.sort_unstable();
        out
    }

    #[test]
    fn a_shared_key_proposes_every_contact_of_the_name_having_it_once() {
        let mut keys = KeyMap::for_input(400);
        let (ann, bob, phone) = ("ann lee", "bob roe", "+15550100000");
        for id in [3, 5, 8] {
            keys.add(ann, Some(phone), id, false);
        }
        keys.add(bob, Some(phone), 9, false);
        keys.add(ann, Some("ann@example.org"), 5, false);
        keys.add(ann, Some("ann@example.org"), 5, false); // as phone and fax, say
                                                          // A merged contact is added again with all its keys: no repeats, no loops.
        keys.add(ann, Some(phone), 5, true);
        keys.add(ann, Some(phone), 3, true);
        keys.add(ann, Some("ann@example.org"), 5, true);
        assert_eq!(candidates(&keys, ann, phone), [3, 5, 8]);
        assert_eq!(candidates(&keys, bob, phone), [9]);
        assert_eq!(candidates(&keys, ann, "ann@example.org"), [5]);
        assert!(candidates(&keys, ann, "+15550109999").is_empty());
        assert!(candidates(&keys, "someone else", phone).is_empty());
        // A contact with neither number nor email: by its name alone.
        keys.add("only a name", None, 10, false);
        let mut named = Vec::new();
        keys.candidates("only a name", None, &mut named);
        assert_eq!(named, [10]);
        // Ids past 32 bits are never proposed (rowids are dense from 1).
        keys.add(ann, Some(phone), 1 << 40, false);
        assert_eq!(candidates(&keys, ann, phone), [3, 5, 8]);
    }
}
