//! `kard export`: one contact by id, by source, to standard output with `-o -`.
use crate::env::Env;

fn seeded() -> Env {
    let env = Env::new();
    let data = Env::data("directory/acme.csv");
    env.run(&["directory", "sync", data.to_str().unwrap()]).ok();
    env.add(&["--name", "Robin Personal", "--email", "robin@home.example"]);
    env.add(&["--name", "Sam Personal", "--phone", "+1 555 010 1111"]);
    env
}

#[test]
fn export_one_contact_by_id() {
    let env = seeded();
    let id = env.card("robin personal")["id"].as_i64().unwrap();
    let run = env.run(&["export", &format!("id:{id}")]).ok();
    assert_eq!(
        run.stdout.matches("BEGIN:VCARD").count(),
        1,
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("FN:Robin Personal"), "{}", run.stdout);
    assert!(run.stderr.contains("exported 1 contact"), "{}", run.stderr);
    env.run(&["list", &format!("id:{id}")]).ok();
    let run = env.run(&["export", "id:99999"]).ok();
    assert!(run.stderr.contains("exported 0 contacts"), "{}", run.stderr);
}

#[test]
fn export_of_personal_contacts_leaves_the_directory_out() {
    let env = seeded();
    let run = env
        .run(&["export", "--source", "personal", "--format", "json"])
        .ok();
    let cards = run.json();
    let names: Vec<&str> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Robin Personal", "Sam Personal"]);
    // Re-importing that backup into a new store adds exactly those two.
    let other = Env::new();
    other.run_stdin(&["import", "-"], run.stdout.clone()).ok();
    assert_eq!(
        other
            .run(&["list", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn dash_is_standard_output() {
    let env = seeded();
    let run = env.run(&["export", "sam", "-o", "-"]).ok();
    assert!(run.stdout.contains("FN:Sam Personal"), "{}", run.stdout);
    assert!(!env.path("-").exists());
    let out = env.path("out.vcf");
    env.run(&["export", "sam", "-o", out.to_str().unwrap()])
        .ok();
    assert!(std::fs::read_to_string(out)
        .unwrap()
        .contains("FN:Sam Personal"));
}

#[test]
fn backup_dash_is_standard_output() {
    let env = seeded();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("kard"))
        .args(["backup", "-"])
        .env("KARD_DB", &env.db)
        .current_dir(env.path(""))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"SQLite format 3\0"));
    assert!(!env.path("-").exists());
    // What came out is a store that restores.
    let copy = env.path("copy.db");
    std::fs::write(&copy, &out.stdout).unwrap();
    let other = Env::new();
    other
        .run(&["restore", copy.to_str().unwrap(), "--yes"])
        .ok();
    assert_eq!(other.card("sam personal")["display_name"], "Sam Personal");
}
