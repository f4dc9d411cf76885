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

/// What a card says that every export format keeps: name, organization, numbers, emails.
fn essentials(cards: &serde_json::Value) -> Vec<(String, String, Vec<String>, Vec<String>)> {
    let texts = |v: &serde_json::Value, key: &str| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x[key].as_str().unwrap_or_default().to_string())
            .collect()
    };
    cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["display_name"].as_str().unwrap().to_string(),
                c["organization"].as_str().unwrap_or_default().to_string(),
                texts(&c["phones"], "number"),
                texts(&c["emails"], "address"),
            )
        })
        .collect()
}

#[test]
fn every_format_reads_back_as_the_same_contacts() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--given",
        "Robin",
        "--family",
        "Lee",
        "--org",
        "Acme, Inc.",
        "--phone",
        "mobile:(555) 010-1234",
        "--email",
        "robin@acme.example",
    ]);
    env.add(&["--name", "Zoë Ångström", "--phone", "+44 20 7946 0018"]);
    env.add(&[
        "--name",
        "Pizza Place",
        "--org",
        "Pizza Place",
        "--note",
        "line one\nline \"two\"",
    ]);
    let want = essentials(&env.run(&["list", "--json"]).ok().json());
    for (format, starts) in [
        ("vcard", &b"BEGIN:VCARD\r\nVERSION:4.0\r\n"[..]),
        ("vcard3", b"BEGIN:VCARD\r\nVERSION:3.0\r\n"),
        ("google", b"First Name,Middle Name,Last Name,"),
        ("outlook", b"\xEF\xBB\xBF\"Title\",\"First Name\","),
        ("json", b"["),
    ] {
        let out = env
            .cmd()
            .args(["export", "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(
            out.stdout.starts_with(starts),
            "{format}: {:?}",
            String::from_utf8_lossy(&out.stdout[..40.min(out.stdout.len())])
        );
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "exported 3 contacts\n",
            "{format}"
        );
        let other = Env::new();
        let run = other.run_stdin(&["import", "--json", "-"], out.stdout).ok();
        assert_eq!(run.json()["added"], 3, "{format}");
        let got = essentials(&other.run(&["list", "--json"]).ok().json());
        assert_eq!(got, want, "{format}");
    }
}

#[test]
fn json_flag_and_query_select_as_list_does() {
    let env = seeded();
    let by_flag = env.run(&["export", "--json"]).ok();
    let by_format = env.run(&["export", "--format", "json"]).ok();
    assert_eq!(by_flag.stdout, by_format.stdout);
    // The query picks what `list QUERY` shows, directory included, in the same order.
    for query in ["personal", "robin", "555"] {
        let exported = env.run(&["export", "--json", query]).ok().json();
        let names: Vec<&str> = exported
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["display_name"].as_str().unwrap())
            .collect();
        assert_eq!(names, env.names(&[query]), "{query}");
        assert!(!names.is_empty(), "{query}");
    }
}

#[test]
fn a_file_is_private_replaced_whole_and_never_half_written() {
    use std::os::unix::fs::PermissionsExt;
    let env = seeded();
    let out = env.path("contacts.vcf");
    std::fs::write(&out, "old content").unwrap();
    let run = env.run(&["export", "-o", out.to_str().unwrap()]).ok();
    assert_eq!(run.stdout, "", "the data went to the file");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("BEGIN:VCARD") && !text.contains("old content"));
    assert_eq!(text.matches("BEGIN:VCARD").count(), env.names(&[]).len());
    assert_eq!(
        std::fs::metadata(&out).unwrap().permissions().mode() & 0o777,
        0o600
    );
    // A folder that does not exist: exit 1 naming it, nothing left behind.
    let missing = env.path("nowhere/contacts.vcf");
    let run = env
        .run(&["export", "-o", missing.to_str().unwrap()])
        .code(1);
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
    assert!(!env.path("nowhere").exists());
    let leftovers: Vec<_> = std::fs::read_dir(env.path(""))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("kard-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn empty_and_missing_stores() {
    let env = Env::new();
    let run = env.run(&["export"]).ok();
    assert_eq!(
        (run.stdout.as_str(), run.stderr.as_str()),
        ("", "exported 0 contacts\n")
    );
    assert_eq!(
        env.run(&["export", "--json"]).ok().json(),
        serde_json::json!([])
    );
    let run = env.run(&["export", "--format", "google"]).ok();
    assert_eq!(run.stdout.lines().count(), 1, "the header alone");
    // Export only reads: a missing store is an error, and is not created.
    let bare = Env::bare();
    let run = bare.run(&["export"]).code(1);
    assert!(run.stderr.contains("no store at"), "{}", run.stderr);
    assert!(!bare.db.exists());
    // An unknown format is a usage error.
    let run = env.run(&["export", "--format", "yaml"]).code(2);
    assert_eq!(run.stdout, "");
}
