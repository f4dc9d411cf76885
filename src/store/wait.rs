//! Waiting for another kard's write: SQLite's busy handler, which says on stderr after a
//! second who holds the store (from the `-writer` file each writer leaves beside it
//! while its transaction is open) and gives up only past a generous limit.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a writer waits for another by default: a big import or directory sync
/// holds the store for tens of seconds.
pub const DEFAULT_LIMIT: Duration = Duration::from_secs(600);

/// When the wait is said out loud.
const ANNOUNCE_AFTER: Duration = Duration::from_secs(1);

/// The environment variable that changes the limit (seconds).
pub const LIMIT_VAR: &str = "KARD_BUSY_TIMEOUT";

struct State {
    /// The store's `-writer` file.
    info: Option<PathBuf>,
    /// What this process is doing, for the file it writes ("importing").
    doing: String,
    quiet: bool,
    started: Option<Instant>,
    announced: bool,
}

static STATE: Mutex<State> = Mutex::new(State {
    info: None,
    doing: String::new(),
    quiet: false,
    started: None,
    announced: false,
});

fn state() -> std::sync::MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// What this process is about to do ("importing"), and whether it may talk.
pub fn describe(doing: &str, quiet: bool) {
    let mut s = state();
    s.doing = doing.to_string();
    s.quiet = quiet;
}

pub(super) fn watch(store: &Path) {
    let mut p = store.as_os_str().to_owned();
    p.push("-writer");
    state().info = Some(PathBuf::from(p));
}

pub fn limit() -> Duration {
    std::env::var(LIMIT_VAR)
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map_or(DEFAULT_LIMIT, Duration::from_secs_f64)
}

/// SQLite's busy handler: wait on, or (false) give up.
pub(super) fn busy(count: i32) -> bool {
    let now = Instant::now();
    let (started, announce) = {
        let mut s = state();
        if count == 0 || s.started.is_none() {
            s.started = Some(now);
            s.announced = false;
        }
        let started = s.started.unwrap_or(now);
        let announce = !s.announced && !s.quiet && now - started >= ANNOUNCE_AFTER;
        if announce {
            s.announced = true;
        }
        (started, announce)
    };
    if now - started >= limit() {
        return false;
    }
    if announce {
        eprintln!("kard: waiting for {}…", holder());
    }
    std::thread::sleep(Duration::from_millis(if count < 10 { 2 } else { 25 }));
    true
}

/// "another kard to finish importing (pid 123: kard import big.vcf)", from the writer
/// file when its process is alive, else "another kard to finish".
pub fn holder() -> String {
    let info = state().info.clone();
    let text = info.and_then(|p| std::fs::read_to_string(p).ok());
    let mut lines = text.as_deref().unwrap_or("").lines();
    let pid = lines.next().and_then(|l| l.trim().parse::<u32>().ok());
    let doing = lines.next().unwrap_or("").trim();
    let command = lines.next().unwrap_or("").trim();
    match pid {
        Some(pid) if alive(pid) && !doing.is_empty() => {
            format!("another kard to finish {doing} (pid {pid}: {command})")
        }
        _ => "another kard to finish".to_string(),
    }
}

fn alive(pid: u32) -> bool {
    !Path::new("/proc/self").exists() || Path::new("/proc").join(pid.to_string()).exists()
}

/// The writer file, there while this process's write transaction is open.
pub(super) struct Holding(Option<PathBuf>);

impl Holding {
    pub(super) fn start() -> Holding {
        let s = state();
        let Some(path) = s.info.clone() else {
            return Holding(None);
        };
        let command: Vec<String> = std::env::args()
            .enumerate()
            .map(|(i, a)| {
                if i == 0 {
                    return Path::new(&a)
                        .file_name()
                        .map_or(a.clone(), |n| n.to_string_lossy().into_owned());
                }
                if a.contains([' ', '\'', '"']) {
                    format!("'{}'", a.replace('\'', "'\\''"))
                } else {
                    a
                }
            })
            .collect();
        let mut command = command.join(" ");
        if let Some((cut, _)) = command.char_indices().nth(200) {
            command.truncate(cut);
            command.push('…');
        }
        let command = command.replace(['\n', '\r'], " ");
        let doing = if s.doing.is_empty() {
            "writing"
        } else {
            &s.doing
        };
        let text = format!("{}\n{doing}\n{command}\n", std::process::id());
        drop(s);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let written = options
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
        Holding(written.ok().map(|()| path))
    }
}

impl Drop for Holding {
    fn drop(&mut self) {
        // Only while it is still ours: a writer that was waiting may have taken over.
        if let Some(p) = self.0.take() {
            let ours = std::fs::read_to_string(&p)
                .is_ok_and(|t| t.lines().next() == Some(std::process::id().to_string().as_str()));
            if ours {
                let _ = std::fs::remove_file(p);
            }
        }
    }
}
