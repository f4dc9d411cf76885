//! The SQLite store: opening, pragmas, migrations, transactions and settings. The only
//! module that uses rusqlite; each table's queries live in a file of their own.

mod blocks;
mod contacts;
mod directory;
mod faxes;

pub use blocks::BlockEntry;
pub use contacts::{sort_key as sort_key_of, Derived, ListQuery, MostValues, Sort};
pub use directory::DirectoryInfo;

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Migrations in order; `user_version` is the number applied. Never edit a shipped one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_uid_index.sql"),
    include_str!("migrations/003_search_words.sql"),
    include_str!("migrations/004_directory_source.sql"),
];

/// The migration after which `Store::migrate` fills the search index again, from Rust.
const REINDEX_WORDS_AT: usize = 3;

/// How much of the store a lookup maps into memory (`Store::map_for_lookups`).
const LOOKUP_MMAP_BYTES: i64 = 1 << 30;

/// The schema version this kard writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// The store file named by `--db`/`KARD_DB`, else the XDG data folder.
pub fn default_path() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => {
            let home = std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .context("neither XDG_DATA_HOME nor HOME is set: give the store with --db PATH")?;
            PathBuf::from(home).join(".local/share")
        }
    };
    Ok(base.join("kard").join("kard.db"))
}

impl Store {
    /// Open (creating if needed, 0600 in a 0700 folder) and migrate the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let fresh = !path.exists();
        if fresh {
            create_private(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .with_context(|| format!("cannot open the store {}", path.display()))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store
            .prepare()
            .with_context(|| format!("store {}", path.display()))?;
        Ok(store)
    }

    /// A private in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let store = Store {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
        };
        store.prepare()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn prepare(&self) -> Result<()> {
        self.conn.busy_timeout(Duration::from_secs(10))?;
        let version = self
            .user_version()
            .map_err(|e| not_a_store(&self.path, e))?;
        if version > SCHEMA_VERSION {
            bail!(
                "it was written by a newer kard (schema version {version}; this kard knows up to {SCHEMA_VERSION}). \
                 Upgrade kard; the store was left untouched"
            );
        }
        if version == 0 {
            let tables: i64 =
                self.conn
                    .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            if tables > 0 {
                bail!("it is an SQLite database but not a kard store; it was left untouched");
            }
            // A new store: 16 KiB pages (SQLite's default is 4 KiB), before the first
            // table. Measured at 1M contacts: import 19.7 -> 18.4 s, export 3.2 ->
            // 2.9 s, list jsonl 3.6 -> 2.9 s; lookups unchanged (2.8 ms).
            self.conn.pragma_update(None, "page_size", 16384)?;
        }
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        if version < SCHEMA_VERSION {
            self.migrate()?;
        }
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(())
    }

    fn user_version(&self) -> rusqlite::Result<i64> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
    }

    /// Apply the migrations the store lacks, in one transaction, with foreign keys off
    /// (a migration that makes a table anew drops the old one: with them on, that
    /// would delete the rows referring to it). They are checked before the commit.
    fn migrate(&self) -> Result<()> {
        // The bundled SQLite turns them on by default; outside a transaction only.
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let current = self.user_version()?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql)
                .with_context(|| format!("applying schema migration {}", i + 1))?;
            if i + 1 == REINDEX_WORDS_AT {
                self.index_all_words()
                    .with_context(|| format!("applying schema migration {}", i + 1))?;
            }
        }
        let broken: i64 =
            tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            bail!("schema migration left {broken} rows referring to nothing; the store was left untouched");
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.commit()?;
        Ok(())
    }

    /// For a command that only reads: closing the store leaves its empty WAL files for
    /// the next command, instead of checkpointing and deleting them to have the next
    /// one make them again (about 0.7 ms a lookup). Only while the WAL is empty: one
    /// with pages in it (a writer that was not the last to close, a migration just now)
    /// is checkpointed on close as usual, or every later process would read it all
    /// again when it opens the store.
    pub fn keep_wal_on_close(&self) -> Result<()> {
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        if std::fs::metadata(&wal).map_or(true, |m| m.len() == 0) {
            self.conn.set_db_config(
                rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
                true,
            )?;
        }
        Ok(())
    }

    /// For a lookup, which reads a few pages at random: read them through a memory map
    /// rather than a `pread` each (`list EXTENSION --limit 20` at a million contacts:
    /// 9.6 -> 7.6 ms). Not for long listings and exports: a scan through the map
    /// counts the whole store in their resident memory (278 MB at a million). Only the
    /// store file is mapped, and only `restore` could shrink it under a lookup.
    pub fn map_for_lookups(&self) -> Result<()> {
        self.conn
            .pragma_update(None, "mmap_size", LOOKUP_MMAP_BYTES)?;
        Ok(())
    }

    /// Run `f` in one write transaction: all of it lands, or none of it.
    pub fn write<T>(&self, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        self.transaction(true, f)
    }

    /// Run `f` in one write transaction, then commit it or (`commit == false`, for dry
    /// runs) roll it back.
    pub fn transaction<T>(&self, commit: bool, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .context("cannot start a write: the store is busy")?;
        let out = f(self)?;
        if commit {
            tx.commit().context("cannot commit the change")?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Let SQLite keep up to `mib` MiB of pages in memory (for big imports).
    pub fn set_cache_mib(&self, mib: i64) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -(mib * 1024))?;
        Ok(())
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    pub fn settings(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM setting ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn set_setting(&self, key: &str, value: Option<&str>) -> Result<bool> {
        let changed = match value {
            Some(v) => self.conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, v],
            )?,
            None => self
                .conn
                .execute("DELETE FROM setting WHERE key = ?1", [key])?,
        };
        Ok(changed > 0)
    }

    /// `PRAGMA integrity_check`: "ok", or what is wrong.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// A consistent copy of the store at `dest`, made with SQLite's online backup.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let mut out =
            Connection::open(dest).with_context(|| format!("cannot create {}", dest.display()))?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut out)?;
        backup.run_to_completion(1024, Duration::from_millis(0), None)?;
        Ok(())
    }

    /// Replace the whole store with the kard store at `src` (checked first).
    pub fn restore_from(&mut self, src: &Path) -> Result<()> {
        let other = Store::open_existing_readonly(src)?;
        other.backup_to_conn(&mut self.conn)?;
        // A copy from an older kard is brought up to this schema.
        self.prepare()
    }

    fn open_existing_readonly(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .with_context(|| format!("cannot open {}", path.display()))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        let version = store.user_version().map_err(|e| not_a_store(path, e))?;
        let has_contacts: i64 = store.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'contact' AND type = 'table'",
            [],
            |r| r.get(0),
        )?;
        if version == 0 || has_contacts == 0 {
            bail!("{} is not a kard store", path.display());
        }
        if version > SCHEMA_VERSION {
            bail!(
                "{} was written by a newer kard (schema version {version}); upgrade kard first",
                path.display()
            );
        }
        Ok(store)
    }

    fn backup_to_conn(&self, dest: &mut Connection) -> Result<()> {
        let backup = rusqlite::backup::Backup::new(&self.conn, dest)?;
        backup.run_to_completion(1024, Duration::from_millis(0), None)?;
        Ok(())
    }
}

fn not_a_store(path: &Path, e: rusqlite::Error) -> anyhow::Error {
    anyhow::anyhow!(
        "{} is not a kard store ({e}); it was left untouched",
        path.display()
    )
}

/// Create the store file 0600 (and its folder 0700) before SQLite opens it.
fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot create the store {}", path.display())),
    }
}

/// The current time as RFC 3339 UTC, to the second.
pub fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    format_timestamp(secs)
}

pub fn format_timestamp(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(format_timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_timestamp(1_795_000_000), "2026-11-18T11:06:40Z");
        assert_eq!(format_timestamp(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn fresh_store_is_migrated() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.user_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let page: i64 = store
            .conn
            .pragma_query_value(None, "page_size", |r| r.get(0))
            .unwrap();
        assert_eq!(page, 16384);
    }
}
