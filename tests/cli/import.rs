use crate::env::Env;
use serde_json::Value;

fn count(env: &Env) -> usize {
    env.run(&["list", "--json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn json_export_round_trips_and_reimport_adds_nothing() {
    let a = Env::new();
    a.add(&[
        "--name",
        "José Lee",
        "--phone",
        "mobile:(555) 010-1234",
        "--email",
        "j@x.example",
        "--favorite",
        "--birthday",
        "1980-03-21",
    ]);
    a.add(&[
        "--name",
        "Ann",
        "--fax",
        "555-010-9999",
        "--note",
        "line one\nline two",
    ]);
    let file = a.path("all.json");
    a.run(&["export", "--format", "json", "-o", file.to_str().unwrap()])
        .ok();
    let b = Env::new();
    let first = b
        .run(&["import", "--json", file.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(
        first,
        serde_json::json!({"added": 2, "merged": 0, "unchanged": 0, "skipped": 0, "errors": []})
    );
    let again = b
        .run(&["import", "--json", file.to_str().unwrap()])
        .ok()
        .json();
    assert_eq!(again["unchanged"], 2);
    assert_eq!(again["added"], 0);
    assert_eq!(count(&b), 2);
    let strip = |mut v: Value| {
        for k in ["id", "created_at", "updated_at"] {
            v.as_object_mut().unwrap().remove(k);
        }
        v
    };
    assert_eq!(strip(b.card("jose")), strip(a.card("jose")));
    assert_eq!(strip(b.card("ann")), strip(a.card("ann")));
}

#[test]
fn matching_records_merge_without_losing_fields() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--phone",
        "(555) 010-1234",
        "--title",
        "CEO",
    ]);
    let input = r#"[{"display_name": "robin lee", "phones": [{"raw": "+1 555 010 1234"}], "emails": [{"address": "robin@acme.example"}], "title": "CTO", "organization": "Acme"}]"#;
    let run = env.run_stdin(&["import", "--json", "-"], input).ok().json();
    assert_eq!(run["merged"], 1);
    let c = env.card("robin");
    assert_eq!(c["title"], "CEO");
    assert_eq!(c["organization"], "Acme");
    assert_eq!(c["emails"][0]["address"], "robin@acme.example");
    assert_eq!(c["phones"].as_array().unwrap().len(), 1);
    assert_eq!(count(&env), 1);
}

#[test]
fn bad_records_are_skipped_and_reported_with_file_and_line() {
    let env = Env::new();
    let file = env.path("mixed.jsonl");
    std::fs::write(&file, "{\"display_name\": \"Good One\"}\n{\"display_name\": 42}\n{\"display_name\": \"Good Two\"}\n").unwrap();
    let run = env
        .run(&["import", "--json", file.to_str().unwrap()])
        .code(6);
    let s = run.json();
    assert_eq!(s["added"], 2);
    assert_eq!(s["skipped"], 1);
    assert_eq!(s["errors"][0]["line"], 2);
    assert!(
        run.stderr
            .contains(&format!("{}:2: not a kard contact", file.display())),
        "{}",
        run.stderr
    );
    assert_eq!(count(&env), 2);
}

#[test]
fn strict_imports_nothing_and_dry_run_writes_nothing() {
    let env = Env::new();
    let input = "{\"display_name\": \"Good\"}\n{\"display_name\": 42}\n";
    env.run_stdin(&["import", "--strict", "-"], input).code(6);
    assert_eq!(count(&env), 0);
    let run = env
        .run_stdin(
            &["import", "--dry-run", "--json", "-"],
            "{\"display_name\": \"Good\"}\n",
        )
        .ok();
    assert_eq!(run.json()["added"], 1);
    assert!(run.stderr.contains("would import"));
    assert_eq!(count(&env), 0);
}

#[test]
fn unreadable_and_unknown_inputs_are_clear_errors() {
    let env = Env::new();
    let run = env.run(&["import", "no-such-file.vcf"]).code(1);
    assert!(
        run.stderr.contains("cannot read no-such-file.vcf"),
        "{}",
        run.stderr
    );
    let run = env.run_stdin(&["import", "-"], "just some words\n").code(6);
    assert!(
        run.stderr.contains("cannot tell the format"),
        "{}",
        run.stderr
    );
    let run = env.run_stdin(&["import", "-"], "").code(6);
    assert!(
        run.stderr.contains("-: the file is empty"),
        "{}",
        run.stderr
    );
    env.run(&["import", "-", "-"]).code(2);
}

#[test]
fn export_to_a_file_replaces_it_only_when_complete() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    let out = env.path("out.json");
    env.run(&["export", "--json", "-o", out.to_str().unwrap()])
        .ok();
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(v[0]["display_name"], "Ann");
    let run = env
        .run(&["export", "--json", "-o", "/nonexistent-dir/x.json"])
        .code(1);
    assert!(run.stderr.contains("/nonexistent-dir"), "{}", run.stderr);
}

/// A file large enough for a bulk import (lookup indexes deferred, merge candidates
/// from memory) into an empty store gives what the ordinary path gives.
#[test]
fn bulk_import_into_an_empty_store_merges_and_indexes_like_any_other() {
    let env = Env::new();
    let mut vcf = String::new();
    let n = 4_000;
    for i in 0..n {
        vcf.push_str(&format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bulk-{i}\r\nFN:Person Number{i}\r\nN:Number{i};Person;;;\r\n\
             TEL;TYPE=CELL:+1 555 {:03} {:04}\r\nEMAIL:person{i}@example.org\r\n\
             NOTE:{}\r\nEND:VCARD\r\n",
            200 + i / 10_000,
            i % 10_000,
            "padding so that the file is a realistic size ".repeat(5)
        ));
    }
    // Duplicates the import must merge: same UID; same name and number; name only.
    vcf.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:bulk-7\r\nFN:Person Number7\r\nTITLE:Boss\r\nEND:VCARD\r\n");
    vcf.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person Number8\r\nTEL:+1 555 200 0008\r\nORG:Acme\r\nEND:VCARD\r\n");
    vcf.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Only A Name\r\nEND:VCARD\r\n");
    vcf.push_str("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Only A Name\r\nEND:VCARD\r\n");
    assert!(
        vcf.len() > 1 << 20,
        "{} bytes: not a bulk import",
        vcf.len()
    );
    let file = env.path("big.vcf");
    std::fs::write(&file, &vcf).unwrap();
    let path = file.to_str().unwrap();
    let first = env.run(&["import", "--json", path]).ok().json();
    assert_eq!(first["added"], n + 1, "{first}");
    assert_eq!(first["merged"], 2, "{first}");
    assert_eq!(first["unchanged"], 1, "{first}");
    assert_eq!(env.card("bulk-7")["title"], "Boss");
    assert_eq!(env.card("+1 555 200 0008")["organization"], "Acme");
    // The lookup indexes are back and used.
    let conn = env.sql();
    let indexes: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for name in ["contact_by_sort_key", "value_by_norm", "value_by_rdigits"] {
        assert!(
            indexes.iter().any(|i| i == name),
            "{name} missing: {indexes:?}"
        );
    }
    let check: String = conn
        .pragma_query_value(None, "integrity_check", |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let found = env.run(&["list", "--json", "number2345"]).ok().json();
    assert_eq!(found[0]["display_name"], "Person Number2345");
    // Again, now through the store's indexes: nothing new.
    let again = env.run(&["import", "--json", path]).ok().json();
    assert_eq!(again["added"], 0, "{again}");
    assert_eq!(count(&env), n + 1);
}
