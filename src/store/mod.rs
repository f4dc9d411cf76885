//! The SQLite store: opening, pragmas, migrations, transactions and settings. The only
//! module that uses rusqlite; each table's queries live in a file of their own.

mod blocks;
mod contacts;
mod directory;
mod faxes;
mod list;
mod remotes;
mod rows;
mod scan;
mod search;
mod wait;

pub use blocks::BlockEntry;
pub use contacts::MostValues;
pub use directory::{DirectoryInfo, RecordSums};
pub use list::{ListQuery, Sort};
pub use remotes::{RemoteCard, RemoteInfo, RemoteKind};
pub use search::{Derived, Reindex};
pub use wait::{describe as describe_writer, LIMIT_VAR as BUSY_LIMIT_VAR};

use crate::settings::Setting;
use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Migrations in order; `user_version` is the number applied. Never edit a shipped one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_uid_index.sql"),
    include_str!("migrations/003_search_words.sql"),
    include_str!("migrations/004_digit_search.sql"),
    include_str!("migrations/005_remotes.sql"),
    include_str!("migrations/006_directory_source.sql"),
    include_str!("migrations/007_directory_records.sql"),
    include_str!("migrations/008_directory_cookie.sql"),
];

/// The migration after which `Store::migrate` fills the search index (words, as they
/// now are) and the digit index, from Rust. Migration 3 emptied the search index for
/// words worked out anew: it is filled once, here, for stores from before either.
const REINDEX_SEARCH_AT: usize = 4;

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
    /// Open (creating if needed, 0600 in a 0700 folder) and migrate the store at `path`,
    /// to write to it.
    pub fn open(path: &Path) -> Result<Store> {
        let fresh = !path.exists();
        if fresh {
            create_private(path).map_err(|e| match read_only_place(path) {
                Some(why) => why,
                None => e,
            })?;
        }
        let store = Store::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE)?;
        let read_only = store.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false);
        match store.prepare(false) {
            Ok(()) if !read_only => Ok(store),
            Err(e) if !read_only && !is_read_only_error(&e) => {
                Err(e.context(format!("store {}", path.display())))
            }
            _ => Err(read_only_place(path).unwrap_or_else(|| {
                anyhow::anyhow!(
                    "cannot write to the store {}: it is read-only",
                    path.display()
                )
            })),
        }
    }

    /// Open the existing store at `path` for a command that only reads: as `open` does
    /// where it can (to migrate it), else read-only (a read-only folder or mount, where
    /// SQLite cannot make its `-shm` file: then as an immutable file).
    pub fn open_for_reading(path: &Path) -> Result<Store> {
        if !path.exists() {
            bail!("no store at {}", path.display());
        }
        let writable = Store::open_with(path, OpenFlags::SQLITE_OPEN_READ_WRITE).and_then(|s| {
            if s.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
                bail!("read-only");
            }
            s.prepare(false).map(|()| s)
        });
        let err = match writable {
            Ok(store) => return Ok(store),
            Err(e) if is_read_only_error(&e) || format!("{e}") == "read-only" => e,
            Err(e) => return Err(e.context(format!("store {}", path.display()))),
        };
        for immutable in [false, true] {
            let Ok(store) = Store::open_read_only(path, immutable) else {
                continue;
            };
            match store.prepare(true) {
                Ok(()) => return Ok(store),
                Err(e) if is_read_only_error(&e) => continue,
                Err(e) => return Err(e.context(format!("store {}", path.display()))),
            }
        }
        Err(err.context(format!("cannot read the store {}", path.display())))
    }

    fn open_with(path: &Path, flags: OpenFlags) -> Result<Store> {
        let conn = Connection::open_with_flags(path, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .with_context(|| format!("cannot open the store {}", path.display()))?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Open read-only, or as an immutable file (no locks, no `-shm`: for a folder
    /// nobody can write in).
    fn open_read_only(path: &Path, immutable: bool) -> Result<Store> {
        if !immutable {
            return Store::open_with(path, OpenFlags::SQLITE_OPEN_READ_ONLY);
        }
        let full = std::fs::canonicalize(path)?;
        let mut uri = url::Url::from_file_path(&full)
            .map_err(|()| anyhow::anyhow!("cannot name {} as a URI", full.display()))?;
        uri.set_query(Some("immutable=1"));
        let conn = Connection::open_with_flags(
            uri.as_str(),
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// A private in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let store = Store {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
        };
        store.prepare(false)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Check the store and bring it up to this kard's schema (`read_only`: check only).
    fn prepare(&self, read_only: bool) -> Result<()> {
        self.conn.busy_handler(Some(wait::busy))?;
        if self.path != Path::new(":memory:") {
            wait::watch(&self.path);
        }
        let version = self
            .user_version()
            .map_err(|e| not_a_store(&self.path, e))?;
        if version > SCHEMA_VERSION {
            bail!(
                "it was written by a newer kard (schema version {version}; this kard knows up to {SCHEMA_VERSION}). \
                 Upgrade kard; the store was left untouched"
            );
        }
        if read_only {
            if version < SCHEMA_VERSION {
                bail!(
                    "it has schema version {version} and needs an upgrade to {SCHEMA_VERSION}, \
                     which needs a folder kard can write in"
                );
            }
            return Ok(());
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
            if i + 1 == REINDEX_SEARCH_AT {
                self.index_all_search()
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
    /// runs) roll it back. A store found damaged is not written to.
    pub fn transaction<T>(&self, commit: bool, f: impl FnOnce(&Store) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(|e| self.busy_error(e))?;
        let _holding = wait::Holding::start();
        self.check_roots()?;
        let out = f(self).map_err(|e| self.if_damaged(e))?;
        if commit {
            tx.commit()
                .map_err(|e| self.if_damaged(e.into()))
                .context("cannot commit the change")?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    fn busy_error(&self, e: rusqlite::Error) -> anyhow::Error {
        if sqlite_code(&e) == Some(rusqlite::ErrorCode::DatabaseBusy) {
            return anyhow::anyhow!(
                "the store {} is busy: waited {} s for {} (set {} to wait longer)",
                self.path.display(),
                wait::limit().as_secs(),
                wait::holder(),
                wait::LIMIT_VAR
            );
        }
        self.if_damaged(e.into())
            .context("cannot start a write to the store")
    }

    /// A write that met a damaged page says so.
    fn if_damaged(&self, e: anyhow::Error) -> anyhow::Error {
        let corrupt = e
            .chain()
            .any(|c| c.downcast_ref::<rusqlite::Error>().is_some_and(is_corrupt));
        if corrupt {
            damaged(&self.path, &format!("{e:#}"))
        } else {
            e
        }
    }

    /// Before a write: read the root page of every table and index, where a damaged
    /// store most often shows (a write that missed the damage would still succeed, and
    /// a later one spread it). Under a millisecond; `integrity_check` reads it all.
    fn check_roots(&self) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master \
             WHERE type IN ('table', 'index') AND rootpage > 0",
        )?;
        let objects: Vec<(String, String, String, String)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()
            .map_err(|e| self.if_damaged(e.into()))?;
        for (kind, name, table, create) in objects {
            let sql = if kind == "table" {
                // NOT INDEXED: `SELECT 1` would read the smallest index instead.
                format!(
                    "SELECT * FROM \"{}\" NOT INDEXED LIMIT 1",
                    name.replace('"', "\"\"")
                )
            } else {
                // A partial index is only used under its own condition.
                let only = create
                    .to_ascii_uppercase()
                    .rfind(" WHERE ")
                    .map_or("", |at| &create[at..]);
                format!(
                    "SELECT 1 FROM \"{}\" INDEXED BY \"{}\"{only} LIMIT 1",
                    table.replace('"', "\"\""),
                    name.replace('"', "\"\"")
                )
            };
            let probe = self
                .conn
                .prepare(&sql)
                .and_then(|mut s| s.query([]).and_then(|mut rows| rows.next().map(drop)));
            if let Err(e) = probe {
                if is_corrupt(&e) {
                    return Err(damaged(&self.path, &format!("{kind} {name}: {e}")));
                }
            }
        }
        Ok(())
    }

    /// Let SQLite keep up to `mib` MiB of pages in memory (for big imports).
    pub fn set_cache_mib(&self, mib: i64) -> Result<()> {
        self.conn.pragma_update(None, "cache_size", -(mib * 1024))?;
        Ok(())
    }

    pub fn setting(&self, setting: Setting) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT value FROM setting WHERE key = ?1")?
            .query_row([setting.key()], |r| r.get(0))
            .optional()?)
    }

    pub fn set_setting(&self, setting: Setting, value: Option<&str>) -> Result<bool> {
        let key = setting.key();
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

    /// A consistent copy of the store into the new empty file `dest` (SQLite's online
    /// backup), checked with `PRAGMA integrity_check`: the number of contacts in it, or
    /// an error when the copy (so the store) is damaged.
    pub fn backup_into(&self, dest: &Path) -> Result<i64> {
        let mut out =
            Connection::open(dest).with_context(|| format!("cannot create {}", dest.display()))?;
        // No journal file beside the copy: a failed copy is thrown away whole.
        out.pragma_update(None, "journal_mode", "MEMORY")?;
        self.backup_to_conn(&mut out)
            .with_context(|| format!("cannot write {}", dest.display()))?;
        // A copy in rollback-journal mode: reading it (`restore` checks it first) makes
        // no `-wal` and `-shm` files beside it.
        out.pragma_update(None, "journal_mode", "DELETE")?;
        let problems = integrity_problems(&out)?;
        if !problems.is_empty() {
            bail!(
                "the store {} is damaged, so no backup was written. integrity_check says:\n{}\n\
                 Keep a copy of the file as it is; an older backup can be brought back with `kard restore`",
                self.path.display(),
                problems.join("\n")
            );
        }
        let n: i64 = out.query_row(
            "SELECT count(*) FROM contact WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )?;
        out.close().map_err(|(_, e)| e)?;
        Ok(n)
    }

    /// A copy of the store as it is into the new empty file `dest`, damaged or not
    /// (what `restore` keeps of the store it replaces).
    pub fn copy_into(&self, dest: &Path) -> Result<()> {
        let mut out =
            Connection::open(dest).with_context(|| format!("cannot create {}", dest.display()))?;
        out.pragma_update(None, "journal_mode", "MEMORY")?;
        self.backup_to_conn(&mut out)
            .with_context(|| format!("cannot write {}", dest.display()))?;
        out.close().map_err(|(_, e)| e)?;
        Ok(())
    }

    /// Check that `src` is a sound kard store this kard can read (before anything is
    /// replaced with it).
    pub fn check_backup(src: &Path) -> Result<()> {
        let other = Store::open_existing_readonly(src)?;
        let problems = integrity_problems(&other.conn)
            .with_context(|| format!("{} is damaged", src.display()))?;
        if !problems.is_empty() {
            bail!(
                "{} is damaged; the store was not changed. integrity_check says:\n{}",
                src.display(),
                problems.join("\n")
            );
        }
        Ok(())
    }

    /// Replace the whole store with the kard store at `src` (see `check_backup`).
    pub fn restore_from(&mut self, src: &Path) -> Result<()> {
        let other = Store::open_existing_readonly(src)?;
        other.backup_to_conn(&mut self.conn)?;
        // A copy from an older kard is brought up to this schema.
        self.prepare(false)
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

/// What `PRAGMA integrity_check` finds wrong (the first 20 problems); none: sound.
fn integrity_problems(conn: &Connection) -> Result<Vec<String>> {
    let rows = conn
        .prepare("PRAGMA integrity_check(20)")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        });
    match rows {
        Ok(rows) if rows == ["ok"] => Ok(Vec::new()),
        Ok(rows) => Ok(rows),
        // So damaged that the check itself stops.
        Err(e) if is_corrupt(&e) => Ok(vec![e.to_string()]),
        Err(e) => Err(e.into()),
    }
}

fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(
        sqlite_code(e),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

fn not_a_store(path: &Path, e: rusqlite::Error) -> anyhow::Error {
    match sqlite_code(&e) {
        // The caller tells what is read-only.
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen) => e.into(),
        Some(rusqlite::ErrorCode::NotADatabase) => anyhow::anyhow!(
            "{} is not a kard store ({e}); it was left untouched",
            path.display()
        ),
        _ => anyhow::Error::from(e).context(format!("cannot read {}", path.display())),
    }
}

fn sqlite_code(e: &rusqlite::Error) -> Option<rusqlite::ErrorCode> {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    }
}

/// Did SQLite fail because it may not write the file or its folder?
fn is_read_only_error(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<rusqlite::Error>()
            .and_then(sqlite_code)
            .is_some_and(|c| {
                matches!(
                    c,
                    rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen
                )
            })
            || c.downcast_ref::<std::io::Error>().is_some_and(|io| {
                matches!(
                    io.kind(),
                    std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
                )
            })
    })
}

/// Is the store's folder (or the file itself) one kard cannot write in? Then the error
/// that says so.
fn read_only_place(path: &Path) -> Option<anyhow::Error> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut folder = dir;
    while !folder.exists() {
        folder = folder.parent().filter(|d| !d.as_os_str().is_empty())?;
    }
    if let Err(e) = tempfile::tempfile_in(folder) {
        if matches!(
            e.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        ) {
            return Some(anyhow::anyhow!(
                "cannot write to the store {}: the folder {} is read-only ({e})",
                path.display(),
                folder.display()
            ));
        }
    }
    if path.exists() && std::fs::OpenOptions::new().write(true).open(path).is_err() {
        return Some(anyhow::anyhow!(
            "cannot write to the store {}: the file is read-only",
            path.display()
        ));
    }
    None
}

/// The error for a write into a damaged store.
fn damaged(path: &Path, what: &str) -> anyhow::Error {
    anyhow::anyhow!(
        "the store {} is damaged ({what}); nothing was written. Restore a backup with \
         `kard restore FILE`, which keeps this store as {}.before-restore",
        path.display(),
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
