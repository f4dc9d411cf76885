//! Temporary files that hold contacts (an export or a backup on its way into place):
//! created 0600 beside their target, removed when dropped, on SIGINT, SIGTERM and
//! SIGHUP, and, when a SIGKILL left one behind, by the next kard that writes there.

use anyhow::{Context, Result};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

/// The temporary files of this process, for the signal handler to remove.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// What a temporary file's name holds between its target's name and the process id.
const MARK: &str = ".kard-tmp-";

/// SQLite's companions of a database file, made beside a temporary one it opens.
const COMPANIONS: &[&str] = &["-journal", "-wal", "-shm"];

/// A temporary file beside its target, named `.NAME.kard-tmp-PID-RANDOM`, mode 0600.
pub struct TempFile {
    inner: Option<tempfile::NamedTempFile>,
    path: PathBuf,
}

impl TempFile {
    /// A new empty temporary file in `target`'s folder (so that it can be renamed over
    /// it). Stale ones of killed kard processes for the same target are removed first.
    pub fn beside(target: &Path) -> Result<TempFile> {
        let dir = folder_of(target);
        let name = target
            .file_name()
            .map_or_else(|| "kard".into(), |n| n.to_string_lossy().into_owned());
        let stem = format!(".{name}{MARK}");
        remove_stale(dir, &stem);
        install_handlers();
        let inner = tempfile::Builder::new()
            .prefix(&format!("{stem}{}-", std::process::id()))
            .tempfile_in(dir)
            .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
        let path = inner.path().to_path_buf();
        live().push(path.clone());
        Ok(TempFile {
            inner: Some(inner),
            path,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn file(&mut self) -> &mut File {
        self.inner
            .as_mut()
            .expect("not persisted yet")
            .as_file_mut()
    }

    /// Move the finished file to `target`, on disk first: replacing what is there, or
    /// (`replace == false`) failing with `AlreadyExists` if something is.
    pub fn persist(mut self, target: &Path, replace: bool) -> std::io::Result<()> {
        let inner = self.inner.take().expect("persisted once");
        inner.as_file().sync_all()?;
        let result = if replace {
            inner.persist(target).map(drop)
        } else {
            inner.persist_noclobber(target).map(drop)
        };
        // On failure the returned file is dropped here, which removes it.
        result.map_err(|e| e.error)?;
        // The rename itself on disk too.
        if let Ok(dir) = File::open(folder_of(target)) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        drop(self.inner.take());
        remove_companions(&self.path);
        live().retain(|p| p != &self.path);
    }
}

/// An anonymous temporary file (no name on disk: no kill can leave it behind), in
/// `dir` when it can be made there, else in the system's temporary folder.
pub fn anonymous_in(dir: Option<&Path>) -> Result<File> {
    if let Some(f) = dir.and_then(|d| tempfile::tempfile_in(d).ok()) {
        return Ok(f);
    }
    tempfile::tempfile().context("cannot create a temporary file")
}

fn live() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

fn folder_of(target: &Path) -> &Path {
    target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

fn remove_companions(path: &Path) {
    for suffix in COMPANIONS {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
}

/// Remove this process's temporary files (from the signal handler).
fn remove_all() {
    for path in live().iter() {
        let _ = std::fs::remove_file(path);
        remove_companions(path);
    }
}

/// Remove `STEM<PID>-…` files in `dir` whose process is gone.
fn remove_stale(dir: &Path, stem: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(stem)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !running(pid, &entry) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Is process `pid` still running? Where that cannot be told, a file a day old is
/// taken as left behind.
fn running(pid: u32, entry: &std::fs::DirEntry) -> bool {
    if Path::new("/proc/self").exists() {
        return Path::new("/proc").join(pid.to_string()).exists();
    }
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age.as_secs() < 86_400)
}

/// On SIGINT, SIGTERM or SIGHUP: remove the temporary files, then exit as the signal
/// would have (128 + its number). Installed with the first temporary file.
fn install_handlers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])
            {
                std::thread::spawn(move || {
                    if let Some(signal) = signals.forever().next() {
                        remove_all();
                        std::process::exit(128 + signal);
                    }
                });
            }
        }
    });
}

/// Make a write past `ulimit -f` an error kard reports (EFBIG) instead of a signal that
/// kills it without a word.
pub fn survive_file_size_limit() {
    #[cfg(unix)]
    {
        use std::sync::atomic::AtomicBool;
        use std::sync::Arc;
        let _ = signal_hook::flag::register(
            signal_hook::consts::SIGXFSZ,
            Arc::new(AtomicBool::new(false)),
        );
    }
}
