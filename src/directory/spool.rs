//! A sync's rows on disk, between reading the origin and writing the store: one line a
//! row (`LINE<TAB>ID-HASH<TAB>JSON`), beside the store, removed when dropped. The store is written
//! from it after the origin has been read whole and checked (never while a network
//! read is pending), and memory holds only a few numbers a row.

use crate::formats::directory::Row;
use crate::model::Photo;
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

/// Where a spooled row is, and the hash of its data (the row without its line).
#[derive(Debug, Clone, Copy)]
pub struct Spooled {
    pub offset: u64,
    pub hash: u64,
}

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

    pub fn push(&mut self, line: usize, record: &Record) -> Result<Spooled> {
        self.buf.clear();
        serde_json::to_writer(&mut self.buf, record)?;
        let hash = hash_bytes(&self.buf);
        let prefix = format!(
            "{line}\t{:016x}\t",
            hash_bytes(record.row.directory_id.as_bytes())
        );
        let out = self.out.as_mut().context("the spool is closed")?;
        out.write_all(prefix.as_bytes())?;
        out.write_all(&self.buf)?;
        out.write_all(b"\n")?;
        let offset = self.len;
        self.len += (prefix.len() + self.buf.len() + 1) as u64;
        Ok(Spooled { offset, hash })
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

    /// Move to the next row in order: the hashes of its directory id and of its data,
    /// or None at the end. `record` reads the row itself.
    pub fn next_row(&mut self) -> Result<Option<(u64, u64)>> {
        self.line.clear();
        if self.input.read_line(&mut self.line)? == 0 {
            return Ok(None);
        }
        let (_, id, json) = self.split()?;
        let id = u64::from_str_radix(id, 16).context("a damaged spool line")?;
        Ok(Some((id, hash_bytes(json.as_bytes()))))
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
            (Some(line), Some(id), Some(json)) => Ok((line, id, json)),
            _ => anyhow::bail!("a damaged spool line"),
        }
    }

    fn parse(&self) -> Result<Record> {
        let (line, _, json) = self.split()?;
        let mut record: Record = serde_json::from_str(json).context("a damaged spool line")?;
        record.row.line = line.parse().context("a damaged spool line")?;
        Ok(record)
    }
}
