//! A bulk import (big files: indexes dropped, records matched in memory, indexes built
//! again at the end) does exactly what the ordinary one does. Forced both ways on small
//! files with KARD_BULK_IMPORT.
use crate::env::{Env, Run};
use serde_json::Value;

const CARDS: &str = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Robin Lee\r\nTEL;TYPE=WORK:+1 555 010 1234\r\nEMAIL:robin@acme.example\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-1\r\nFN:Zoë Ångström\r\nTEL;TYPE=CELL:+44 20 7946 0958\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Pat Doe\r\nTEL:(555) 010-1234\r\nEMAIL:PAT@x.example\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:pat doe\r\nEMAIL:pat@x.example\r\nTITLE:Boss\r\nTEL;TYPE=FAX:555 010 7777\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-1\r\nFN:Zoe Angstrom\r\nORG:Globex\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-trashed\r\nFN:Back Again\r\nEMAIL:back@x.example\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam Roe\r\nTEL:+44 161 496 0999\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Only A Name\r\nEND:VCARD\r
BEGIN:VCARD\r\nVERSION:3.0\r\nFN:only a name\r\nEND:VCARD\r\n";

fn import(env: &Env, bulk: &str, args: &[&str]) -> Run {
    let mut all = vec!["import", "--json"];
    all.extend_from_slice(args);
    env.run_with(&all, |c| {
        c.env("KARD_BULK_IMPORT", bulk);
    })
}

/// A store with a personal contact to merge into and one in the trash holding a UID.
fn seeded() -> Env {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--phone",
        "(555) 010-1234",
        "--title",
        "CEO",
    ]);
    let old = env.path("old.vcf");
    std::fs::write(
        &old,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u-trashed\r\nFN:Gone Person\r\nEND:VCARD\r\n",
    )
    .unwrap();
    env.run(&["import", old.to_str().unwrap()]).ok();
    env.run(&["delete", "Gone Person"]).ok();
    env
}

fn cards(env: &Env) -> Vec<Value> {
    let mut all = env.run(&["list", "--json"]).ok().json();
    for c in all.as_array_mut().unwrap() {
        for k in ["id", "uid", "created_at", "updated_at"] {
            c.as_object_mut().unwrap().remove(k);
        }
    }
    all.as_array().unwrap().clone()
}

fn index_names(env: &Env) -> Vec<String> {
    env.sql()
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn bulk_and_ordinary_imports_agree() {
    let (bulk, plain) = (seeded(), seeded());
    for (env, how) in [(&bulk, "always"), (&plain, "never")] {
        let file = env.path("cards.vcf");
        std::fs::write(&file, CARDS).unwrap();
        let f = file.to_str().unwrap();
        let first = import(env, how, &[f]).ok().json();
        assert_eq!(
            first,
            serde_json::json!({"added": 5, "merged": 3, "unchanged": 1, "skipped": 0, "errors": []}),
            "{how}"
        );
        let again = import(env, how, &[f]).ok().json();
        assert_eq!(
            (again["added"].clone(), again["merged"].clone()),
            (0.into(), 0.into())
        );
        assert_eq!(again["unchanged"], 9, "{how}");
    }
    assert_eq!(cards(&bulk), cards(&plain));
    // Everything is found through the rebuilt indexes.
    let robin = bulk.card("Robin Lee");
    assert_eq!(robin["title"], "CEO");
    assert_eq!(robin["emails"][0]["address"], "robin@acme.example");
    let shared = bulk.run(&["list", "--json", "5550101234"]).ok().json();
    assert_eq!(shared.as_array().unwrap().len(), 2); // Robin and Pat: other names
    assert_eq!(bulk.card("+44 161 496 0999")["display_name"], "Sam Roe");
    assert_eq!(bulk.card("pat@x.example")["title"], "Boss");
    assert_eq!(bulk.card("+15550107777")["display_name"], "Pat Doe");
    assert_eq!(bulk.card("zoe angstrom")["organization"], "Globex");
    let found = bulk.run(&["list", "--json", "0107777"]).ok().json();
    assert_eq!(found[0]["display_name"], "Pat Doe");
    let found = bulk.run(&["list", "--json", "globe"]).ok().json();
    assert_eq!(found[0]["display_name"], "Zoë Ångström");
    assert_eq!(index_names(&bulk), index_names(&plain));
    let check: String = bulk
        .sql()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn a_bulk_dry_run_or_strict_failure_changes_nothing() {
    let env = seeded();
    let before = cards(&env);
    let file = env.path("cards.vcf");
    std::fs::write(&file, CARDS).unwrap();
    let f = file.to_str().unwrap();
    let dry = import(&env, "always", &["--dry-run", f]).ok().json();
    assert_eq!(dry["added"], 5);
    let bad = env.path("bad.vcf");
    std::fs::write(
        &bad,
        format!("{CARDS}BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"),
    )
    .unwrap();
    import(&env, "always", &["--strict", bad.to_str().unwrap()]).code(6);
    assert_eq!(cards(&env), before);
    assert_eq!(env.card("+1 555 010 1234")["title"], "CEO");
    assert!(env.card("Robin Lee")["emails"]
        .as_array()
        .unwrap()
        .is_empty());
    let n: i64 = env
        .sql()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name IN ('value_by_norm', 'value_by_rdigits', 'contact_by_sort_key')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 3);
}
