use crate::env::Env;

#[test]
fn backup_and_restore_round_trip() {
    let env = Env::new();
    env.add(&["--name", "Ann", "--phone", "(555) 010-1234"]);
    let copy = env.path("copy.db");
    env.run(&["backup", copy.to_str().unwrap()]).ok();
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    env.run(&["backup", copy.to_str().unwrap()]).code(2);
    env.add(&["--name", "Bo"]);
    env.run(&["delete", "ann"]).ok();
    // Without a terminal to ask on, restore wants --yes.
    env.run(&["restore", copy.to_str().unwrap()]).code(2);
    env.run(&["restore", "--yes", copy.to_str().unwrap()]).ok();
    let all = env.run(&["list", "--json"]).ok().json();
    let names: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ann"]);
    assert_eq!(env.card("555-010-1234")["display_name"], "Ann");
}

#[test]
fn restore_refuses_what_is_not_a_kard_store() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    let junk = env.path("junk.db");
    std::fs::write(&junk, b"not a database at all, just bytes".repeat(200)).unwrap();
    let run = env
        .run(&["restore", "--yes", junk.to_str().unwrap()])
        .code(1);
    assert!(run.stderr.contains("not a kard store"), "{}", run.stderr);
    let other = env.path("other.sqlite");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t(x)")
        .unwrap();
    let run = env
        .run(&["restore", "--yes", other.to_str().unwrap()])
        .code(1);
    assert!(run.stderr.contains("not a kard store"), "{}", run.stderr);
    assert_eq!(env.card("ann")["display_name"], "Ann");
}

#[test]
fn backup_while_others_write_is_consistent() {
    let env = Env::new();
    env.add(&["--name", "Seed"]);
    let bin = assert_cmd::cargo::cargo_bin("kard");
    let script = (0..60)
        .map(|i| format!("{} add -q --name 'Busy {i}' >/dev/null", bin.display()))
        .collect::<Vec<_>>()
        .join("\n");
    let mut writer = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .env("KARD_DB", &env.db)
        .spawn()
        .unwrap();
    let mut copies = Vec::new();
    for i in 0..5 {
        let copy = env.path(&format!("copy{i}.db"));
        env.run(&["backup", copy.to_str().unwrap()]).ok();
        copies.push(copy);
    }
    assert!(writer.wait().unwrap().success());
    for copy in copies {
        let conn = rusqlite::Connection::open(&copy).unwrap();
        let ok: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        let other = Env::new();
        let run = other
            .run(&["--db", copy.to_str().unwrap(), "list", "--json"])
            .ok();
        assert!(!run.json().as_array().unwrap().is_empty());
    }
}
