//! `kard import`: vCard, Google CSV, Outlook CSV and kard JSON into personal contacts.
//!
//! One thread reads and parses (phone-number normalization is the costly part) while
//! this one merges and writes, all files in one transaction.

use super::Ctx;
use crate::error::Failure;
use crate::formats::{self, text, BadRecord, Format, Item};
use crate::merge;
use crate::model::{Contact, Source};
use crate::store::Store;
use anyhow::{anyhow, Context, Result};
use serde::Serialize;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, Read};
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
    /// The files' format [default: detected from the content]
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
}

#[derive(Debug, Serialize)]
pub struct ErrorEntry {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

/// Records travel from the parser thread in batches.
const BATCH: usize = 512;

/// From this much input, an import into a store without personal contacts is a bulk
/// import: lookup indexes deferred, merge candidates from memory (see `Matcher`).
const BULK_BYTES: u64 = 8 << 20;

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if args.files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(crate::error::usage(
            "standard input (-) can be read only once",
        ));
    }
    let commit = !args.dry_run;
    let progress = Progress::new(&args.files, ctx.out.quiet);
    let large = progress.total >= BULK_BYTES;
    // Bulk: the page cache gives way to the candidates' hashes; else it holds indexes.
    ctx.store.bulk_cache(if large { 24 } else { 64 })?;
    let summary = ctx.store.transaction(commit, |store| {
        let mut summary = Summary::default();
        let bulk = large && !store.has_personal_contacts()?;
        let deferred = bulk.then(|| store.defer_indexes()).transpose()?;
        let mut matcher = if bulk {
            Matcher::Memory(Seen::default())
        } else {
            Matcher::Store
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
        drop(matcher); // its memory, before the index builds want theirs
        if let Some(deferred) = deferred {
            store.restore_indexes(deferred)?;
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
    ctx.note(&format!(
        "{verb}: {} added, {} merged, {} unchanged, {} skipped",
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
    let (tx, rx) = mpsc::sync_channel::<Vec<Item>>(8);
    std::thread::scope(|scope| -> Result<()> {
        let parser = scope.spawn(move || -> Result<()> {
            let mut decoded = text::decode(counted);
            let format = match format {
                ImportFormat::Auto => detect(&mut decoded).ok_or_else(|| {
                    let empty = decoded.fill_buf().is_ok_and(|b| b.is_empty());
                    Failure::BadInput(if empty {
                        format!("{file}: the file is empty")
                    } else {
                        format!("{file}: cannot tell the format (not vCard, Google or Outlook CSV, or kard JSON); use --format")
                    })
                })?,
                ImportFormat::Vcard => Format::Vcard,
                ImportFormat::Google => Format::Google,
                ImportFormat::Outlook => Format::Outlook,
                ImportFormat::Json => Format::Json,
            };
            let mut batch = Vec::with_capacity(BATCH);
            formats::read(format, &mut decoded, region, &mut |item| {
                batch.push(item);
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

/// The format of `input`, from its first bytes (which stay in the buffer).
fn detect(input: &mut Box<dyn BufRead + '_>) -> Option<Format> {
    let head = input.fill_buf().ok()?;
    let head = &head[..head.len().min(64 * 1024)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
    };
    formats::detect(text)
}

/// Merge or add one record; count it.
fn apply(
    store: &Store,
    file: &str,
    item: Item,
    matcher: &mut Matcher,
    summary: &mut Summary,
) -> Result<()> {
    let record = match item {
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
    new.source = Source::Personal;
    new.external_company = None;
    new.id = 0;
    match find_match(store, &mut new, matcher)? {
        Some(mut existing) => {
            if merge::merge(&mut existing, &new) {
                store.update_contact(&mut existing)?;
                matcher.remember(&existing);
                summary.merged += 1;
            } else {
                summary.unchanged += 1;
            }
        }
        None => {
            store
                .insert_contact(&mut new)
                .with_context(|| format!("{file}:{}", record.line))?;
            matcher.remember(&new);
            summary.added += 1;
        }
    }
    Ok(())
}

/// Where merge candidates come from: the store's indexes, or, in a bulk import (into a
/// store without personal contacts, its lookup indexes deferred), hashes of the
/// numbers, emails and names of what this import wrote. A hash only proposes a
/// candidate: the stored contact is read and compared before anything is merged.
enum Matcher {
    Store,
    Memory(Seen),
}

/// Hashed keys of what a bulk import wrote: for each key the latest contact that has
/// it, and a chain back through the others that share it (a family's landline, an
/// office's fax). Keys are 32-bit hashes and contacts offsets from the first one
/// written, so that a million cards' numbers and emails fit in ~50 MB; a hash that
/// collides only proposes a candidate more, which the comparison then turns down.
#[derive(Default)]
struct Seen {
    base: Option<i64>,
    latest: HashMap<u32, u32>,
    /// (key, contact) -> the contact that had the key before it.
    earlier: HashMap<(u32, u32), u32>,
}

impl Seen {
    fn add(&mut self, key: u32, id: i64) {
        let base = *self.base.get_or_insert(id);
        let Ok(id) = u32::try_from(id - base) else {
            return; // not one of this import's contacts: nothing to propose
        };
        if self.chain(key).any(|known| known == id) {
            return;
        }
        if let Some(before) = self.latest.insert(key, id) {
            self.earlier.insert((key, id), before);
        }
    }

    fn chain(&self, key: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = self.latest.get(&key).copied();
        std::iter::from_fn(move || {
            let id = next?;
            next = self.earlier.get(&(key, id)).copied();
            Some(id)
        })
    }

    fn get(&self, key: u32) -> impl Iterator<Item = i64> + '_ {
        let base = self.base.unwrap_or(0);
        self.chain(key).map(move |offset| base + i64::from(offset))
    }
}

impl Matcher {
    fn key(kind: u8, text: &str) -> u32 {
        let mut h = std::hash::DefaultHasher::new();
        kind.hash(&mut h);
        text.hash(&mut h);
        h.finish() as u32
    }

    /// Contacts sharing a number or an email with `new`.
    fn sharing(&self, store: &Store, new: &Contact) -> Result<Vec<i64>> {
        let numbers = new
            .phones
            .iter()
            .chain(&new.faxes)
            .filter_map(|p| p.number.as_deref());
        let mut ids = Vec::new();
        match self {
            Matcher::Store => {
                for number in numbers {
                    ids.extend(store.contacts_with_number(number)?);
                }
                for e in &new.emails {
                    ids.extend(store.contacts_with_email(&e.address)?);
                }
            }
            Matcher::Memory(seen) => {
                let keys = numbers.map(|n| Self::key(b'n', n)).chain(
                    new.emails
                        .iter()
                        .map(|e| Self::key(b'e', &e.address.trim().to_lowercase())),
                );
                for k in keys {
                    ids.extend(seen.get(k));
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        Ok(ids)
    }

    /// Contacts named exactly `name`.
    fn named(&self, store: &Store, name: &str) -> Result<Vec<i64>> {
        Ok(match self {
            Matcher::Store => store.contacts_named(name)?,
            Matcher::Memory(seen) => seen
                .get(Self::key(b'k', &crate::store::sort_key_of(name)))
                .collect(),
        })
    }

    /// Note what `c` (just written) can be found by.
    fn remember(&mut self, c: &Contact) {
        let Matcher::Memory(seen) = self else { return };
        let mut any = false;
        for p in c.phones.iter().chain(&c.faxes) {
            if let Some(n) = &p.number {
                seen.add(Self::key(b'n', n), c.id);
                any = true;
            }
        }
        for e in &c.emails {
            seen.add(Self::key(b'e', &e.address.trim().to_lowercase()), c.id);
            any = true;
        }
        if !any {
            let name = crate::store::sort_key_of(&c.display_name);
            seen.add(Self::key(b'k', &name), c.id);
        }
    }
}

/// The personal contact `new` is the same as: same UID, or same name and a shared phone
/// or email, or (with neither to go by) same name and nothing `new` would add.
/// A UID already used by a directory contact is dropped from `new`.
fn find_match(store: &Store, new: &mut Contact, matcher: &Matcher) -> Result<Option<Contact>> {
    if !new.uid.is_empty() {
        if let Some(id) = store.contact_by_uid(&new.uid)? {
            match store.contact(id)? {
                Some(c) if c.source == Source::Personal => return Ok(Some(c)),
                _ => new.uid.clear(),
            }
        } else if store.uid_taken(&new.uid)? {
            new.uid.clear(); // held by a contact in the trash
        }
    }
    let ids = matcher.sharing(store, new)?;
    let searchable = !ids.is_empty();
    for id in ids {
        if let Some((Source::Personal, key)) = store.contact_brief(id)? {
            if merge::same_person(&key, new) {
                return store.contact(id);
            }
        }
    }
    if !searchable
        && new.emails.is_empty()
        && new
            .phones
            .iter()
            .chain(&new.faxes)
            .all(|p| p.number.is_none())
    {
        // Nothing to match on but the name: the same file imported again must still
        // add nothing, so a same-named contact that already holds all of it is the one.
        for id in matcher.named(store, &new.display_name)? {
            if let Some(c) = store.contact(id)?.filter(|c| c.source == Source::Personal) {
                if !merge::merge(&mut c.clone(), new) {
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
                "importing {wide_bar} {bytes}/{total_bytes} ({eta})",
            ) {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(self.bytes.load(Ordering::Relaxed));
    }

    fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}
