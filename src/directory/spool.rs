//! A sync's rows on disk, between reading the origin and writing the store: one line a
//! row (`LINE<TAB>SUMS<TAB>JSON`, or `-` for a row known by the hash of its record and
//! not read again), beside the store, removed when dropped. The store is written from
//! it after the origin has been read whole and checked (never while a network read is
//! pending), and memory holds only a few numbers a row.

use crate::formats::directory::Row;
use crate::model::{Account, Kind, Photo};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// One row as spooled: the row, and the photo an LDAP entry carries.
#[derive(Debug, Serialize, Deserialize)]
pub struct Record {
    pub row: Row,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<(String, Vec<u8>)>,
}

impl Record {
    pub fn photo(&self) -> Option<Photo> {
        self.photo.as_ref().map(|(media_type, bytes)| Photo::Data {
            media_type: media_type.clone(),
            bytes: bytes.clone(),
        })
    }
}

/// What a sync keeps of a row: hashes of its directory id, its person key (email, else
/// directory id) and its data (the row without its line), and of the record it was
/// read from (0: none), and its account and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sums {
    pub id: u64,
    pub person: u64,
    pub data: u64,
    pub raw: u64,
    pub shape: Shape,
}

/// A row's account and kind, as one number (stored with the hashes of a row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape(pub u8);

const KINDS: [Kind; 4] = [
    Kind::Person,
    Kind::AutoAttendant,
    Kind::CallGroup,
    Kind::CallQueue,
];
const ACCOUNTS: [Account; 2] = [Account::Work, Account::ContactCenter];

impl Shape {
    pub fn of(account: Account, kind: Kind) -> Shape {
        let a = ACCOUNTS.iter().position(|x| *x == account).unwrap_or(0);
        let k = KINDS.iter().position(|x| *x == kind).unwrap_or(0);
        Shape((a * 8 + k) as u8)
    }

    pub fn account(self) -> Account {
        ACCOUNTS[usize::from(self.0 / 8) % ACCOUNTS.len()]
    }

    pub fn kind(self) -> Kind {
        KINDS[usize::from(self.0 % 8) % KINDS.len()]
    }
}

/// A spooled row's record is needed but was not read (it was known by its hash): the
/// sync must read its origin again, whole.
#[derive(Debug)]
pub struct NotRead;

impl std::fmt::Display for NotRead {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a directory row known by its hash is needed whole")
    }
}

impl std::error::Error for NotRead {}

pub struct Spool {
    path: PathBuf,
    out: Option<BufWriter<File>>,
    len: u64,
    buf: Vec<u8>,
}

/// The hash rows and entries are compared by: the same within one kard build and
/// across runs (SipHash with fixed keys). A build that hashes differently only makes a
/// re-sync compare every entry field by field once.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    bytes.hash(&mut h);
    h.finish()
}

impl Spool {
    /// A new spool file beside `store_path`.
    pub fn new(store_path: &Path) -> Result<Spool> {
        let dir = store_path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = dir.join(format!(
            ".kard-directory-{}-{nanos}.spool",
            std::process::id()
        ));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&path)
            .with_context(|| format!("cannot create {}", path.display()))?;
        Ok(Spool {
            path,
            out: Some(BufWriter::with_capacity(1 << 16, file)),
            len: 0,
            buf: Vec::new(),
        })
    }

    /// Spool a row read from a record of hash `raw` (0: none): where it is, and its
    /// sums.
    pub fn push(&mut self, record: &Record, raw: u64) -> Result<(u64, Sums)> {
        self.buf.clear();
        serde_json::to_writer(&mut self.buf, record)?;
        let row = &record.row;
        let sums = Sums {
            id: hash_bytes(row.directory_id.as_bytes()),
            person: hash_bytes(row.person_key().as_bytes()),
            data: hash_bytes(&self.buf),
            raw,
            shape: Shape::of(row.account, row.kind),
        };
        let body = std::mem::take(&mut self.buf);
        let offset = self.write(row.line, &sums, &body);
        self.buf = body;
        Ok((offset?, sums))
    }

    /// Spool a row known by the sums of the record it was last read from.
    pub fn push_known(&mut self, line: usize, sums: &Sums) -> Result<u64> {
        self.write(line, sums, b"-")
    }

    fn write(&mut self, line: usize, s: &Sums, body: &[u8]) -> Result<u64> {
        let out = self.out.as_mut().context("the spool is closed")?;
        let mut prefix = [0u8; 128];
        let mut at = &mut prefix[..];
        write!(
            at,
            "{line}\t{:016x}{:016x}{:016x}{:016x}{:02x}\t",
            s.id, s.person, s.data, s.raw, s.shape.0
        )?;
        let n = 128 - at.len();
        out.write_all(&prefix[..n])?;
        out.write_all(body)?;
        out.write_all(b"\n")?;
        let offset = self.len;
        self.len += (n + body.len() + 1) as u64;
        Ok(offset)
    }

    /// Done writing: a reader from the start, and one for looking rows up by offset.
    pub fn finish(&mut self) -> Result<(Reader, Reader)> {
        let mut out = self.out.take().context("the spool is closed")?;
        out.flush()?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        let open = |file: File| -> Result<Reader> {
            let mut file = file;
            file.seek(SeekFrom::Start(0))?;
            Ok(Reader {
                input: BufReader::with_capacity(1 << 16, file),
                line: String::new(),
            })
        };
        let second = File::open(&self.path)
            .with_context(|| format!("cannot read {}", self.path.display()))?;
        Ok((open(file)?, open(second)?))
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

pub struct Reader {
    input: BufReader<File>,
    line: String,
}

impl Reader {
    /// Back to the first row.
    pub fn rewind(&mut self) -> Result<()> {
        self.input.seek(SeekFrom::Start(0))?;
        Ok(())
    }

    /// Move to the next row in order: its sums, or None at the end. `record` reads
    /// the row itself.
    pub fn next_row(&mut self) -> Result<Option<Sums>> {
        self.line.clear();
        if self.input.read_line(&mut self.line)? == 0 {
            return Ok(None);
        }
        let (_, sums, _) = self.split()?;
        let hex = |at: usize, len: usize| {
            sums.get(at..at + len)
                .and_then(|h| u64::from_str_radix(h, 16).ok())
                .context("a damaged spool line")
        };
        Ok(Some(Sums {
            id: hex(0, 16)?,
            person: hex(16, 16)?,
            data: hex(32, 16)?,
            raw: hex(48, 16)?,
            shape: Shape(hex(64, 2)? as u8),
        }))
    }

    /// Whether the row `next_row` moved to was read whole (not known by its hash).
    pub fn is_read(&self) -> bool {
        self.split().is_ok_and(|(_, _, body)| body != "-")
    }

    /// The row `next_row` moved to.
    pub fn record(&self) -> Result<Record> {
        self.parse()
    }

    /// The row at `offset`.
    pub fn record_at(&mut self, offset: u64) -> Result<Record> {
        self.input.seek(SeekFrom::Start(offset))?;
        self.line.clear();
        self.input.read_line(&mut self.line)?;
        self.parse()
    }

    fn split(&self) -> Result<(&str, &str, &str)> {
        let mut parts = self.line.trim_end_matches('\n').splitn(3, '\t');
        match (parts.next(), parts.next(), parts.next()) {
            (Some(line), Some(sums), Some(json)) => Ok((line, sums, json)),
            _ => anyhow::bail!("a damaged spool line"),
        }
    }

    fn parse(&self) -> Result<Record> {
        let (line, _, json) = self.split()?;
        if json == "-" {
            return Err(NotRead.into());
        }
        let mut record: Record = serde_json::from_str(json).context("a damaged spool line")?;
        record.row.line = line.parse().context("a damaged spool line")?;
        Ok(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_keep_account_and_kind() {
        for a in ACCOUNTS {
            for k in KINDS {
                let s = Shape::of(a, k);
                assert_eq!((s.account(), s.kind()), (a, k));
            }
        }
    }
}
