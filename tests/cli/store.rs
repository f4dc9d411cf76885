use crate::env::Env;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

#[test]
fn store_is_created_private_under_xdg_data_home() {
    let env = Env::bare();
    let data = env.path("xdg");
    let mut cmd = env.cmd();
    cmd.env_remove("KARD_DB")
        .env("XDG_DATA_HOME", &data)
        .args(["add", "--name", "Ann"]);
    assert!(cmd.output().unwrap().status.success());
    let db = data.join("kard/kard.db");
    assert_eq!(
        std::fs::metadata(&db).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        std::fs::metadata(data.join("kard"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o700
    );
    // --db wins over KARD_DB.
    let other = env.path("other.db");
    env.run(&["--db", other.to_str().unwrap(), "add", "--name", "Bo"])
        .ok();
    assert!(other.exists());
    assert!(!env.db.exists());
}

#[test]
fn store_from_a_newer_kard_is_refused_untouched() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    env.sql().pragma_update(None, "user_version", 999).unwrap();
    let before = std::fs::read(&env.db).unwrap();
    let run = env.run(&["list"]).code(1);
    assert!(run.stderr.contains("newer kard"), "{}", run.stderr);
    assert_eq!(std::fs::read(&env.db).unwrap(), before);
}

#[test]
fn a_file_that_is_not_a_store_is_refused_untouched() {
    let env = Env::new();
    let path = env.path("notes.txt");
    std::fs::write(&path, "my precious notes, not a database\n".repeat(100)).unwrap();
    let run = env.run(&["--db", path.to_str().unwrap(), "list"]).code(1);
    assert!(run.stderr.contains("not a kard store"), "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my precious notes, not a database\n".repeat(100)
    );
    // Another application's SQLite database is not taken over either.
    let other = env.path("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    let run = env.run(&["--db", other.to_str().unwrap(), "list"]).code(1);
    assert!(run.stderr.contains("not a kard store"), "{}", run.stderr);
}

#[test]
fn store_uses_wal_and_records_its_schema_version() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    let conn = env.sql();
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, kard::store::SCHEMA_VERSION);
}

#[test]
fn lookups_keep_an_empty_wal_and_checkpoint_a_full_one() {
    let env = Env::new();
    env.add(&["--name", "Ann", "--phone", "555-010-4444"]);
    let wal = PathBuf::from(format!("{}-wal", env.db.display()));
    let wal_len = || std::fs::metadata(&wal).map(|m| m.len()).ok();
    // The writer was the last to close: it checkpointed and removed the WAL.
    assert_eq!(wal_len(), None);
    // A lookup leaves its empty WAL for the next command.
    env.run(&["show", "Ann"]).ok();
    assert_eq!(wal_len(), Some(0));
    // A WAL left with pages in it (here by a writer that did not checkpoint on close)
    // is checkpointed when a lookup closes, and what it held is kept.
    {
        let conn = env.sql();
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .unwrap();
        conn.execute(
            "INSERT INTO setting (key, value) VALUES ('region', 'GB')",
            [],
        )
        .unwrap();
    }
    assert!(wal_len().unwrap() > 0);
    env.run(&["list"]).ok();
    assert!(wal_len().is_none_or(|n| n == 0), "{:?}", wal_len());
    let out = env.run(&["config", "get", "region"]).ok().stdout;
    assert_eq!(out.trim(), "GB");
}

#[test]
fn two_processes_writing_at_once_both_succeed() {
    let env = Env::new();
    env.run(&["list"]).ok();
    let bin = assert_cmd::cargo::cargo_bin("kard");
    let children: Vec<_> = (0..4)
        .map(|w| {
            let script = (0..25)
                .map(|i| format!("{} add --name 'Writer{w} Contact{i}' --phone '+1555010{w}{i:03}' -q >/dev/null || exit 1", bin.display()))
                .collect::<Vec<_>>()
                .join("\n");
            std::process::Command::new("sh").arg("-c").arg(script).env("KARD_DB", &env.db).spawn().unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let all = env.run(&["list", "--json"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), 100);
}
