//! `Env`: runs the real binary against a private temporary store with a pinned
//! environment, and checks outputs and exit codes.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
}

/// What one run printed and how it ended.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// stdout parsed as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
    #[track_caller]
    pub fn code(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

#[allow(dead_code)] // helpers used by some test modules only
impl Env {
    /// A new empty store (read-only commands do not create one).
    pub fn new() -> Env {
        let env = Env::bare();
        kard::store::Store::open(&env.db).unwrap();
        env
    }

    /// No store yet: `KARD_DB` names a file that does not exist.
    pub fn bare() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("store").join("kard.db");
        Env { dir, db }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A fixture in tests/data.
    pub fn data(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name)
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("kard").unwrap();
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("KARD_DB", &self.db)
            .env("NO_COLOR", "1")
            .env("TZ", "UTC")
            .current_dir(self.dir.path());
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, |_| {})
    }

    pub fn run_with(&self, args: &[&str], f: impl FnOnce(&mut Command)) -> Run {
        let mut cmd = self.cmd();
        cmd.args(args);
        f(&mut cmd);
        let out = cmd.output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Run with stdin.
    pub fn run_stdin(&self, args: &[&str], stdin: impl Into<Vec<u8>>) -> Run {
        let input = stdin.into();
        self.run_with(args, move |c| {
            c.write_stdin(input);
        })
    }

    /// `kard add` with these flags; returns the new contact's id.
    pub fn add(&self, args: &[&str]) -> i64 {
        let mut all = vec!["add", "--json"];
        all.extend_from_slice(args);
        self.run(&all).ok().json()["id"].as_i64().unwrap()
    }

    /// The display names `list --json ARGS` prints, in order.
    pub fn names(&self, args: &[&str]) -> Vec<String> {
        let mut all = vec!["list", "--json"];
        all.extend_from_slice(args);
        let listed = self.run(&all).ok().json();
        let listed = listed.as_array().cloned().unwrap_or_default();
        listed
            .iter()
            .map(|c| c["display_name"].as_str().unwrap().to_string())
            .collect()
    }

    /// `directory sync` of a CSV file with these rows (the short header:
    /// `directory_id,kind,display_name,email,location,extension`).
    pub fn sync_directory(&self, rows: &str) {
        let dir = self.path("directory.csv");
        let csv = format!("directory_id,kind,display_name,email,location,extension\n{rows}");
        std::fs::write(&dir, csv).unwrap();
        self.run(&["directory", "sync", dir.to_str().unwrap()]).ok();
    }

    /// `show --json` of a reference.
    pub fn card(&self, reference: &str) -> Value {
        self.run(&["show", "--json", reference]).ok().json()
    }

    /// Direct SQL on the store, for checking and seeding what no command writes yet.
    pub fn sql(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(&self.db).unwrap()
    }
}
