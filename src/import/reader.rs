//! Reading an input on a thread of its own: it decodes and parses the records and works
//! out what storing them derives (phone-number normalization, sort keys, search words:
//! the costly part) while the importing thread matches and writes.

use crate::formats::{self, BadRecord, Format, Item, Record};
use crate::model::Source;
use crate::phone::Region;
use crate::store::Derived;
use anyhow::{anyhow, Context, Result};
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

/// Records travel from the parser thread in batches.
const BATCH: usize = 512;

/// A record made ready on the parsing thread: as a personal contact, with what storing
/// it derives from it (so that the writing thread only writes).
pub type Ready = std::result::Result<(Record, Derived), BadRecord>;

pub fn ready(item: Item) -> Ready {
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

/// Parse `input` on another thread and hand its records, made ready, to `each` here in
/// batches. `count` is added the bytes read as they are read.
pub fn read(
    origin: &str,
    input: impl Read + Send,
    format: Option<Format>,
    region: Region,
    count: &AtomicU64,
    mut each: impl FnMut(Vec<Ready>) -> Result<()>,
) -> Result<()> {
    let counted = Counting {
        inner: input,
        count,
    };
    let (tx, rx) = mpsc::sync_channel::<Vec<Ready>>(8);
    std::thread::scope(|scope| -> Result<()> {
        let parser = scope.spawn(move || -> Result<()> {
            let (format, mut decoded) = formats::open(counted, format)
                .map_err(|e| crate::error::Failure::BadInput(format!("{origin}: {e}")))?;
            let mut batch = Vec::with_capacity(BATCH);
            formats::read(format, &mut decoded, region, &mut |item| {
                batch.push(ready(item));
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    tx.send(full).map_err(|_| anyhow!("import stopped"))?;
                }
                Ok(())
            })
            .with_context(|| format!("reading {origin}"))?;
            if !batch.is_empty() {
                tx.send(batch).map_err(|_| anyhow!("import stopped"))?;
            }
            Ok(())
        });
        let mut written: Result<()> = Ok(());
        for batch in rx.iter() {
            if written.is_ok() {
                written = each(batch);
            } // else drain, so that the parser can finish
        }
        let parsed = parser
            .join()
            .map_err(|_| anyhow!("the parser thread panicked on {origin}"))?;
        parsed.and(written)
    })
}

/// Counts bytes read, for progress.
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
