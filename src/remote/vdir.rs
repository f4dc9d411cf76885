//! A vdir: a folder of one `.vcf` per contact, as khard reads and vdirsyncer writes
//! it. A card's "ETag" is its file's modification time, inode and size; writes go to a
//! temporary file renamed into place, so a reader never sees half a card.

use super::{Changes, Fetched, Listed, Remote, Written};
use crate::formats::vcard::Version;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

pub struct Vdir {
    dir: PathBuf,
}

impl Vdir {
    /// Open (creating it if needed) the folder of `vdir:PATH` or `PATH`.
    pub fn open(url: &str) -> Result<Vdir> {
        let dir = PathBuf::from(url.strip_prefix("vdir:").unwrap_or(url));
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
        Ok(Vdir { dir })
    }

    fn path(&self, href: &str) -> Result<PathBuf> {
        let name = Path::new(href)
            .file_name()
            .with_context(|| format!("{href:?} is not a file name"))?;
        Ok(self.dir.join(name))
    }
}

fn etag_of(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos();
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let ino = 0u64;
    Some(format!("{mtime}.{ino}.{}", meta.len()))
}

impl Remote for Vdir {
    fn changes(&mut self, _token: Option<&str>, _ctag: Option<&str>) -> Result<Changes> {
        let mut cards = Vec::new();
        let entries = std::fs::read_dir(&self.dir)
            .with_context(|| format!("cannot read the folder {}", self.dir.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("reading {}", self.dir.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.to_ascii_lowercase().ends_with(".vcf") || name.starts_with('.') {
                continue;
            }
            cards.push(Listed {
                etag: etag_of(&entry.path()),
                href: name,
            });
        }
        cards.sort_by(|a, b| a.href.cmp(&b.href));
        Ok(Changes::Full {
            cards,
            token: None,
            ctag: None,
        })
    }

    fn fetch(&mut self, hrefs: &[String]) -> Result<Vec<Fetched>> {
        let mut out = Vec::new();
        for href in hrefs {
            let path = self.path(href)?;
            let etag = etag_of(&path);
            match std::fs::read(&path) {
                Ok(bytes) => out.push(Fetched {
                    href: href.clone(),
                    etag,
                    text: String::from_utf8_lossy(&bytes).into_owned(),
                }),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
            }
        }
        Ok(out)
    }

    fn put(&mut self, href: &str, text: &str, etag: Option<&str>) -> Result<Written> {
        let path = self.path(href)?;
        let now = etag_of(&path);
        match (etag, &now) {
            (None, Some(_)) => return Ok(Written::Changed),
            (Some(want), Some(have)) if want != have => return Ok(Written::Changed),
            (Some(_), None) => return Ok(Written::Changed),
            _ => {}
        }
        let tmp = self.dir.join(format!(
            ".{}.kard-{}.tmp",
            path.file_name().unwrap_or_default().to_string_lossy(),
            std::process::id()
        ));
        std::fs::write(&tmp, text).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(Written::Done(etag_of(&path)))
    }

    fn delete(&mut self, href: &str, etag: Option<&str>) -> Result<Written> {
        let path = self.path(href)?;
        match (etag, etag_of(&path)) {
            (_, None) => return Ok(Written::Done(None)),
            (Some(want), Some(have)) if want != have => return Ok(Written::Changed),
            _ => {}
        }
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(Written::Done(None)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Written::Done(None)),
            Err(e) => Err(e).with_context(|| format!("cannot delete {}", path.display())),
        }
    }

    fn new_href(&self, uid: &str) -> String {
        super::file_name(uid)
    }

    fn version(&self) -> Version {
        Version::V3
    }
}
