//! Faults and limits: damaged stores, backups that check what they wrote, temporary
//! files that never outlive kard, writers that wait, read-only places, closed or
//! limited outputs, and the 16 MiB card limit. Tests that need a small tmpfs mount it
//! when they run as root and skip only that part otherwise, saying so.

use crate::env::{Env, Run};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("kard")
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status").is_ok_and(|s| {
        s.lines()
            .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
    })
}

/// A tmpfs of `size` at a new folder in `env`, unmounted when dropped; None (and a
/// message) when this test cannot mount one.
struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(env: &Env, name: &str, size: &str) -> Option<Tmpfs> {
        if !is_root() {
            eprintln!("skipped: mounting a tmpfs needs root");
            return None;
        }
        let dir = env.path(name);
        std::fs::create_dir_all(&dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("skipped: cannot mount a tmpfs here");
            return None;
        }
        Some(Tmpfs(dir))
    }

    fn remount_read_only(&self) -> bool {
        Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(&self.0)
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// File names in `dir` but SQLite's own `-wal` and `-shm`.
fn files_in(dir: &Path) -> Vec<String> {
    names_in(dir)
        .into_iter()
        .filter(|n| !n.ends_with("-wal") && !n.ends_with("-shm"))
        .collect()
}

/// File names in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// `n` contacts with a note each, imported in one go.
fn seed(env: &Env, n: usize) {
    seed_with_notes(env, n, 60);
}

fn seed_with_notes(env: &Env, n: usize, words: usize) {
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "{{\"display_name\": \"Person {i:05}\", \"phones\": [{{\"raw\": \"+1 555 01{:02} {:04}\"}}], \"notes\": \"{}\"}}\n",
            i % 100,
            i % 10_000,
            "note ".repeat(words)
        ));
    }
    let file = env.path("seed.jsonl");
    std::fs::write(&file, text).unwrap();
    env.run(&["import", "-q", file.to_str().unwrap()]).ok();
    std::fs::remove_file(file).unwrap();
}

/// Zero the root page of the contact table (as a disk error would).
fn damage(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let root: i64 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contact'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let page: i64 = conn
        .pragma_query_value(None, "page_size", |r| r.get(0))
        .unwrap();
    conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    drop(conn);
    let mut f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
    std::io::Seek::seek(&mut f, std::io::SeekFrom::Start(((root - 1) * page) as u64)).unwrap();
    f.write_all(&vec![0u8; page as usize]).unwrap();
}

fn sh(env: &Env, script: &str) -> Run {
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("KARD", bin())
        .env("KARD_DB", &env.db)
        .env("NO_COLOR", "1")
        .current_dir(env.dir.path())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn wait_bounded(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

// 1. Backups that can be trusted.

#[test]
fn a_damaged_store_is_not_backed_up_nor_written_to() {
    let env = Env::new();
    seed(&env, 300);
    damage(&env.db);
    let copy = env.path("copy.db");
    let run = env.run(&["backup", copy.to_str().unwrap()]).code(1);
    assert!(run.stderr.contains("is damaged"), "{}", run.stderr);
    assert!(
        run.stderr.contains("no backup was written"),
        "{}",
        run.stderr
    );
    assert!(!copy.exists());
    assert!(
        !names_in(env.dir.path())
            .iter()
            .any(|n| n.contains("copy.db")),
        "{:?}",
        names_in(env.dir.path())
    );
    // Writes stop, even those that would miss the damaged page.
    let before = std::fs::read(&env.db).unwrap();
    for args in [
        &["add", "--name", "New One"][..],
        &["block", "+1 555 010 9999"][..],
        &["config", "set", "region", "GB"][..],
    ] {
        let run = env.run(args).code(1);
        assert!(
            run.stderr.contains("is damaged"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("kard restore"), "{}", run.stderr);
    }
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
}

#[test]
fn restore_checks_the_file_first_and_keeps_the_store_it_replaces() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    let good = env.path("good.db");
    let run = env.run(&["backup", good.to_str().unwrap()]).ok();
    assert!(run.stderr.contains("integrity ok"), "{}", run.stderr);
    // A damaged copy is refused before anything is replaced.
    seed(&env, 300);
    let bad = env.path("bad.db");
    env.run(&["backup", bad.to_str().unwrap()]).ok();
    damage(&bad);
    let run = env
        .run(&["restore", "--yes", bad.to_str().unwrap()])
        .code(1);
    assert!(run.stderr.contains("is damaged"), "{}", run.stderr);
    assert!(run.stderr.contains("not changed"), "{}", run.stderr);
    let kept = PathBuf::from(format!("{}.before-restore", env.db.display()));
    assert!(!kept.exists());
    assert_eq!(
        env.run(&["list", "--format", "names"])
            .ok()
            .stdout
            .lines()
            .count(),
        301
    );
    // A good one replaces the store, which is kept, and said where.
    let run = env.run(&["restore", "--yes", good.to_str().unwrap()]).ok();
    assert!(
        run.stderr.contains(&kept.display().to_string()),
        "{}",
        run.stderr
    );
    assert_eq!(env.run(&["list", "--format", "names"]).ok().stdout, "Ann\n");
    let old = env.run(&["--db", kept.to_str().unwrap(), "list", "--format", "names"]);
    assert_eq!(old.ok().stdout.lines().count(), 301);
    assert_eq!(
        std::fs::metadata(&kept).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // A damaged store can be restored over (that is what restore is for).
    damage(&env.db);
    env.run(&["restore", "--yes", good.to_str().unwrap()]).ok();
    assert_eq!(env.run(&["list", "--format", "names"]).ok().stdout, "Ann\n");
}

#[test]
fn a_backup_that_fills_the_disk_leaves_nothing_behind() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    // About 10 MB in the store, on an 8 MB disk.
    env.sql()
        .execute(
            "INSERT INTO setting (key, value) VALUES ('ballast', ?1)",
            ["x".repeat(10 << 20)],
        )
        .unwrap();
    let Some(disk) = Tmpfs::mount(&env, "small", "8m") else {
        return;
    };
    let target = disk.0.join("copy.db");
    let run = env.run(&["backup", target.to_str().unwrap()]).code(1);
    assert!(!run.stderr.is_empty());
    assert_eq!(names_in(&disk.0), Vec::<String>::new());
    // The export too.
    let out = disk.0.join("all.json");
    env.sql()
        .execute("DELETE FROM setting WHERE key = 'ballast'", [])
        .unwrap();
    std::fs::write(disk.0.join("filler"), vec![1u8; 8 << 20]).unwrap_or(());
    let _ = env.run(&["export", "--format", "json", "-o", out.to_str().unwrap()]);
    assert!(
        !names_in(&disk.0).iter().any(|n| n.contains("kard-tmp")),
        "{:?}",
        names_in(&disk.0)
    );
}

// 2. No stray copies of contacts.

#[test]
fn backup_and_export_files_are_private_and_stale_temporaries_are_cleaned_up() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    // What a SIGKILLed export and backup left behind (pid 1 is never a kard).
    let dead = 999_999_999u32;
    let stale = [
        format!(".all.vcf.kard-tmp-{dead}-abc"),
        format!(".copy.db.kard-tmp-{dead}-xyz"),
        format!(".copy.db.kard-tmp-{dead}-xyz-journal"),
    ];
    for s in &stale {
        std::fs::write(env.path(s), "Ann's card").unwrap();
    }
    env.run(&["export", "-o", "all.vcf"]).ok();
    env.run(&["backup", "copy.db"]).ok();
    for f in ["all.vcf", "copy.db"] {
        assert_eq!(
            std::fs::metadata(env.path(f)).unwrap().permissions().mode() & 0o777,
            0o600,
            "{f}"
        );
    }
    let left: Vec<String> = names_in(env.dir.path())
        .into_iter()
        .filter(|n| n.contains("kard-tmp"))
        .collect();
    assert_eq!(left, Vec::<String>::new());
}

#[test]
fn long_listings_sort_in_files_nobody_else_sees_and_a_kill_leaves_none() {
    let env = Env::new();
    // Enough for each of the two readers to fill a run (8 MiB).
    seed_with_notes(&env, 21_000, 220);
    let tmp = env.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let store_dir = env.db.parent().unwrap().to_path_buf();
    let before = files_in(&store_dir);
    // A reader that does not read: kard has sorted into runs and waits on the pipe.
    let mut child = Command::new(bin())
        .args(["list", "--format", "jsonl"])
        .env("KARD_DB", &env.db)
        .env("TMPDIR", &tmp)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    // Wait (bounded) until it has written what the pipe takes.
    let start = Instant::now();
    let mut spilled = false;
    while start.elapsed() < Duration::from_secs(60) && !spilled {
        std::thread::sleep(Duration::from_millis(100));
        spilled = std::fs::read_dir(format!("/proc/{pid}/fd"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| std::fs::read_link(e.path()).ok())
            .any(|l| l.to_string_lossy().contains("(deleted)"));
        assert_eq!(names_in(&tmp), Vec::<String>::new(), "nothing in TMPDIR");
    }
    assert!(spilled, "the listing never made a sort run");
    // Runs are in the store's folder, with no name anyone could open.
    let runs: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .flatten()
        .filter_map(|e| std::fs::read_link(e.path()).ok())
        .map(|l| l.to_string_lossy().into_owned())
        .filter(|l| l.contains("(deleted)"))
        .collect();
    assert!(
        runs.iter()
            .all(|l| l.starts_with(&*store_dir.to_string_lossy())),
        "{runs:?}"
    );
    assert_eq!(files_in(&store_dir), before);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(names_in(&tmp), Vec::<String>::new());
    assert_eq!(files_in(&store_dir), before);
}

#[test]
fn a_terminated_export_removes_its_temporary_file() {
    let env = Env::new();
    seed(&env, 5_000);
    let mut child = Command::new(bin())
        .args(["export", "--format", "json", "-o", "all.json"])
        .env("KARD_DB", &env.db)
        .current_dir(env.dir.path())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Bounded: the temporary file shows up at once.
    let start = Instant::now();
    let temporary = || {
        names_in(env.dir.path())
            .into_iter()
            .find(|n| n.starts_with(".all.json.kard-tmp-"))
    };
    while temporary().is_none() && start.elapsed() < Duration::from_secs(20) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let found = temporary();
    if let Some(name) = &found {
        let mode = std::fs::metadata(env.path(name))
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0o600);
        assert_eq!(mode, 0o600, "{name}");
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = wait_bounded(&mut child, Duration::from_secs(20)).expect("kard ended");
    assert!(found.is_some(), "never saw the temporary file");
    if status.code() == Some(0) {
        eprintln!("the export finished before SIGTERM reached it");
    } else {
        assert_eq!(status.code(), Some(143), "{status:?}");
    }
    assert_eq!(temporary(), None, "{:?}", names_in(env.dir.path()));
}

// 3. Writers that wait.

#[test]
fn a_writer_waits_for_a_long_import_and_says_for_whom() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    // An import from a pipe holds the store until its input ends.
    let mut import = Command::new(bin())
        .args(["import", "-q", "-"])
        .env("KARD_DB", &env.db)
        .stdin(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut input = import.stdin.take().unwrap();
    input
        .write_all(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Slow Import\r\nEND:VCARD\r\n")
        .unwrap();
    input.flush().unwrap();
    let writer_file = PathBuf::from(format!("{}-writer", env.db.display()));
    let start = Instant::now();
    while !writer_file.exists() && start.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(writer_file.exists(), "the import never started writing");
    assert_eq!(
        std::fs::metadata(&writer_file)
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o600
    );
    // Past a short limit the waiter gives up, naming the holder.
    let run = env.run_with(&["add", "--name", "Impatient"], |c| {
        c.env("KARD_BUSY_TIMEOUT", "1.5");
    });
    let run = run.code(1);
    assert!(run.stderr.contains("busy"), "{}", run.stderr);
    assert!(run.stderr.contains("kard import -q -"), "{}", run.stderr);
    // With the default limit it waits, says so after a second, and succeeds.
    let waiter = std::thread::spawn({
        let db = env.db.clone();
        move || {
            Command::new(bin())
                .args(["add", "--name", "Patient"])
                .env("KARD_DB", db)
                .output()
                .unwrap()
        }
    });
    std::thread::sleep(Duration::from_millis(2500));
    drop(input);
    assert!(wait_bounded(&mut import, Duration::from_secs(30)).is_some_and(|s| s.success()));
    let out = waiter.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("waiting for another kard to finish importing (pid"),
        "{stderr}"
    );
    assert!(stderr.contains("kard import -q -"), "{stderr}");
    let names = env.run(&["list", "--format", "names"]).ok().stdout;
    assert_eq!(names, "Ann\nPatient\nSlow Import\n");
    assert!(!writer_file.exists());
}

// 4. A mistyped store is not an empty one (issue 17 item 4).

#[test]
fn a_store_that_is_not_there_is_an_error_not_an_empty_store() {
    let env = Env::bare();
    let run = env.run(&["blocked", "+1 555 010 1234"]).code(1);
    assert!(
        run.stderr
            .contains(&format!("no store at {}", env.db.display())),
        "{}",
        run.stderr
    );
    for args in [
        &["list"][..],
        &["show", "Ann"][..],
        &["export"][..],
        &["config", "list"][..],
        &["backup", "copy.db"][..],
    ] {
        let run = env.run(args).code(1);
        assert!(
            run.stderr.contains("no store at"),
            "{args:?}: {}",
            run.stderr
        );
    }
    let run = env.run(&["list", "--db", "/nonexistent/dir/x.db"]).code(1);
    assert!(run.stderr.contains("no store at /nonexistent/dir/x.db"));
    assert!(!Path::new("/nonexistent").exists());
    assert!(!env.db.parent().unwrap().exists());
    // With the default path, nothing stored yet reads as empty, and is not created.
    let data = env.path("xdg");
    let run = env.run_with(&["list"], |c| {
        c.env_remove("KARD_DB").env("XDG_DATA_HOME", &data);
    });
    assert!(run.ok().stderr.contains("no contacts match"));
    env.run_with(&["blocked", "+1 555 010 1234"], |c| {
        c.env_remove("KARD_DB").env("XDG_DATA_HOME", &data);
    })
    .code(3);
    assert!(!data.exists());
    // A write creates it, as before.
    env.run(&["add", "--name", "Ann"]).ok();
    env.run(&["blocked", "+1 555 010 1234"]).code(3);
}

// 5. Read-only places.

#[test]
fn reads_work_in_a_read_only_folder_and_writes_say_why() {
    let env = Env::bare();
    // As root, permissions do not stop writes: a read-only mount does.
    let (db, _disk) = if is_root() {
        let Some(disk) = Tmpfs::mount(&env, "ro", "8m") else {
            return;
        };
        let db = disk.0.join("kard.db");
        (db, Some(disk))
    } else {
        (env.path("ro/kard.db"), None)
    };
    let db_arg = db.to_str().unwrap();
    env.run(&[
        "--db",
        db_arg,
        "add",
        "--name",
        "Ann",
        "--phone",
        "555-010-1234",
    ])
    .ok();
    let folder = db.parent().unwrap().to_path_buf();
    assert_eq!(names_in(&folder), ["kard.db"], "no -wal or -shm left");
    match &_disk {
        Some(disk) => assert!(disk.remount_read_only(), "remount read-only"),
        None => std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o555)).unwrap(),
    }
    let names = env.run(&["--db", db_arg, "list", "--format", "names"]).ok();
    assert_eq!(names.stdout, "Ann\n");
    env.run(&["--db", db_arg, "show", "555-010-1234"]).ok();
    env.run(&["--db", db_arg, "blocked", "+1 555 010 9999"])
        .code(3);
    let run = env.run(&["--db", db_arg, "add", "--name", "Bo"]).code(1);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert!(
        run.stderr.contains(&folder.display().to_string()),
        "{}",
        run.stderr
    );
    assert_eq!(names_in(&folder), ["kard.db"]);
    if _disk.is_none() {
        std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

// 6. Output edge cases.

#[test]
fn json_into_a_pipe_closed_early_ends_quietly() {
    let env = Env::new();
    seed(&env, 4_000);
    for format in ["json", "jsonl", "csv", "tsv", "table"] {
        let run = sh(
            &env,
            &format!(
                "(\"$KARD\" list --format {format}; echo \"exit=$?\" >&2) | head -1 >/dev/null"
            ),
        );
        assert!(run.stderr.contains("exit=0"), "{format}: {}", run.stderr);
        assert!(
            !run.stderr.contains("Broken pipe"),
            "{format}: {}",
            run.stderr
        );
    }
}

#[test]
fn a_closed_stdout_is_reported() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    let run = sh(&env, "\"$KARD\" list >&-");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("standard output"), "{}", run.stderr);
    // Sent to /dev/null on purpose: fine.
    assert_eq!(sh(&env, "\"$KARD\" list >/dev/null").code, 0);
}

#[test]
fn a_file_size_limit_is_reported_not_a_silent_death() {
    let env = Env::new();
    seed(&env, 600);
    let run = sh(
        &env,
        "ulimit -f 64; \"$KARD\" list --format jsonl > out.jsonl",
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("File too large"), "{}", run.stderr);
    let run = sh(&env, "ulimit -f 64; \"$KARD\" export -o out.vcf");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("File too large"), "{}", run.stderr);
    assert!(!names_in(env.dir.path())
        .iter()
        .any(|n| n.contains("kard-tmp")));
}

// 8. The 16 MiB card limit.

#[test]
fn cards_over_16_mib_are_refused_in_every_format() {
    let env = Env::new();
    let limit = kard::model::MAX_CARD_BYTES;
    assert_eq!(limit, 16 << 20);
    let big = limit + (1 << 20) + 2; // a multiple of 3
                                     // base64 of `bytes` zero bytes (a multiple of 3).
    let photo = |bytes: usize| "AAAA".repeat(bytes / 3);
    let vcf = env.path("big.vcf");
    std::fs::write(
        &vcf,
        format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\nEND:VCARD\r\n\
             BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fine Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:{}\r\nEND:VCARD\r\n",
            photo(big),
            photo(6 << 20)
        ),
    )
    .unwrap();
    let csv = env.path("big.csv");
    std::fs::write(
        &csv,
        format!(
            "First Name,Last Name,Notes\nBig,Note,{}\nSmall,Note,hi\n",
            "x".repeat(big)
        ),
    )
    .unwrap();
    let json = env.path("big.json");
    std::fs::write(
        &json,
        format!(
            "[{{\"display_name\": \"Big Json\", \"notes\": \"{}\"}}, {{\"display_name\": \"Small Json\"}}]",
            "y".repeat(big)
        ),
    )
    .unwrap();
    for (file, line) in [(&vcf, 1), (&csv, 2), (&json, 1)] {
        let run = env.run(&["import", file.to_str().unwrap()]).code(6);
        let want = format!(
            "{}:{line}: the card is 17.0 MiB, over kard's limit of 16 MiB a card",
            file.display()
        );
        assert!(run.stderr.contains(&want), "{}", run.stderr);
    }
    let names = env.run(&["list", "--format", "names"]).ok().stdout;
    assert_eq!(names, "Fine Photo\nSmall Json\nSmall Note\n");
    assert_eq!(env.card("Fine Photo")["photo"]["bytes"], 6 << 20);
}
