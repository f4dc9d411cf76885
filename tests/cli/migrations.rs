//! Stores made by every released schema open, upgrade in place and keep all their data.
//!
//! `tests/data/schema/vN.db` is a store written by schema version N, and `vN.json` what
//! kard showed of it when it was made. Each test run copies every fixture, opens it
//! with the current kard (migrating it), and compares. When the schema version goes up,
//! `KARD_UPDATE_GENERATED=1 cargo test --test cli migrations` writes the fixture of the
//! new version; older fixtures are never rewritten (their `.json` may be, when what kard
//! prints changes on purpose).

use crate::env::Env;
use serde_json::{json, Value};
use std::path::PathBuf;

fn schema_dir() -> PathBuf {
    Env::data("schema")
}

/// What a store holds, as kard shows it: everything a migration must keep.
fn snapshot(env: &Env) -> Value {
    let json = |args: &[&str]| env.run(args).ok().json();
    json!({
        "contacts": json(&["export", "--format", "json"]),
        "trash": json(&["trash", "--json"]),
        "blocked": json(&["blocked", "--json"]),
        "faxes": json(&["fax", "list", "--json"]),
        "config": json(&["config", "list", "--json"]),
        "directories": json(&["directory", "status", "--json"]),
        "profile": json(&["profile", "--json"]),
    })
}

/// Fill a new store with a bit of everything the schema holds.
fn populate(env: &Env) {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let ex = |f: &str| examples.join(f).to_str().unwrap().to_string();
    env.run(&["directory", "sync", &ex("company-directory.csv")])
        .ok();
    env.run(&[
        "directory",
        "sync",
        "--external",
        "Globex",
        &ex("globex-directory.json"),
    ])
    .ok();
    env.run(&[
        "import",
        &ex("google-contacts.csv"),
        &ex("outlook.vcf"),
        &ex("apple.vcf"),
    ])
    .ok();
    env.run(&["favorite", "Jörg Müller"]).ok();
    env.run(&["favorite", "Priya Raman"]).ok();
    env.run(&["delete", "Pizza Place"]).ok();
    env.run(&["block", "+1 555 010 6060", "--calls"]).ok();
    env.run(&["block", "+44 7700 900999"]).ok();
    env.run(&["config", "set", "meet.url", "https://meet.example/{name}"])
        .ok();
    env.run(&["profile", "set", "--me", "pat.morgan@acme.example"])
        .ok();
    env.run(&["profile", "set", "--presence", "busy", "--message", "Demo"])
        .ok();
    env.run(&["fax", "new", "Jörg Müller", "--subject", "Contract"])
        .ok();
}

#[test]
fn stores_of_every_released_schema_upgrade_without_loss() {
    let version = kard::store::SCHEMA_VERSION;
    let latest = schema_dir().join(format!("v{version}.db"));
    if std::env::var_os("KARD_UPDATE_GENERATED").is_some() && !latest.exists() {
        let env = Env::new();
        populate(&env);
        let snap = snapshot(&env);
        // A clean single file: the WAL folded in.
        env.sql()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
            .unwrap();
        std::fs::create_dir_all(schema_dir()).unwrap();
        std::fs::copy(&env.db, &latest).unwrap();
        let text = serde_json::to_string_pretty(&snap).unwrap() + "\n";
        std::fs::write(latest.with_extension("json"), text).unwrap();
    }
    assert!(
        latest.exists(),
        "no fixture of schema v{version}: run `KARD_UPDATE_GENERATED=1 cargo test --test cli migrations` and commit tests/data/schema/"
    );
    for n in 1..=version {
        let fixture = schema_dir().join(format!("v{n}.db"));
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(fixture.with_extension("json")).unwrap())
                .unwrap();
        let env = Env::new();
        std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
        std::fs::copy(&fixture, &env.db).unwrap();
        assert_eq!(
            snapshot(&env),
            want,
            "schema v{n} store read by schema v{version}"
        );
        // Upgraded in place, whole, and writable.
        let conn = env.sql();
        let at: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(at, version, "v{n} migrated");
        let check: String = conn
            .pragma_query_value(None, "integrity_check", |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok");
        // The search index answers for the contacts it held (schema 3 made it anew).
        let with_email = want["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| {
                Some((
                    c["display_name"].as_str()?,
                    c["emails"][0]["address"].as_str()?,
                ))
            })
            .take(8)
            .collect::<Vec<_>>();
        assert!(!with_email.is_empty(), "v{n}: no contact with an email");
        for (name, email) in with_email {
            let found = env.run(&["list", "--format", "tsv", email]).ok().stdout;
            assert!(found.contains(name), "v{n}: {email} finds {name}: {found}");
        }
        env.run(&["add", "--name", "After Upgrade", "--phone", "555-010-0000"])
            .ok();
        assert_eq!(
            env.card("After Upgrade")["phones"][0]["number"],
            "+15550100000"
        );
    }
}

/// Schema 3 splits search words where letters meet digits: a contact indexed by schema 2
/// as `lee1987` is found by `lee1987` and `1987` only once the migration has indexed
/// its words again (with the old words, the query's `1987` matches nothing).
#[test]
fn schema_3_indexes_stored_words_anew() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    std::fs::copy(schema_dir().join("v2.db"), &env.db).unwrap();
    {
        let conn = env.sql();
        let at: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(at, 2);
        // A contact as schema 2 stored it, words and all.
        conn.execute_batch(
            "INSERT INTO contact (uid, source, kind, display_name, sort_key, given, family,
                                  created_at, updated_at)
             VALUES ('uid-lee-1987', 'personal', 'person', 'Robin Lee', 'robin lee', 'Robin',
                     'Lee', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');
             INSERT INTO contact_value (contact_id, seq, field, value, norm)
             VALUES (last_insert_rowid(), 0, 'email', 'robin.lee1987@mail.example',
                     'robin.lee1987@mail.example');
             INSERT INTO contact_search (rowid, words)
             SELECT id, 'robin lee robin lee robin.lee1987@mail.example' FROM contact
             WHERE uid = 'uid-lee-1987';",
        )
        .unwrap();
    }
    for q in ["lee1987", "1987", "robin.le"] {
        let found = env.run(&["list", "--format", "tsv", q]).ok().stdout;
        assert!(found.contains("Robin Lee"), "{q}: {found}");
    }
}

#[test]
fn schema_4_indexes_stored_numbers_and_titles() {
    let env = Env::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    std::fs::copy(schema_dir().join("v3.db"), &env.db).unwrap();
    {
        let conn = env.sql();
        // A contact as schema 3 stored it: a phone and a title, no digit index.
        conn.execute_batch(
            "INSERT INTO contact (uid, source, kind, display_name, sort_key, title,
                                  created_at, updated_at)
             VALUES ('uid-ada', 'personal', 'person', 'Ada Lovelace', 'ada lovelace',
                     'Chief Executive', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');
             INSERT INTO contact_value (contact_id, seq, field, value, norm, rdigits)
             VALUES (last_insert_rowid(), 0, 'phone', '+44 20 7946 0018', '+442079460018',
                     '810064970244');
             INSERT INTO contact_search (rowid, words)
             SELECT id, 'ada lovelace' FROM contact WHERE uid = 'uid-ada';",
        )
        .unwrap();
    }
    for q in ["ada", "executive", "7946", "020 7946", "0018"] {
        let found = env.run(&["list", "--format", "tsv", q]).ok().stdout;
        assert!(found.contains("Ada Lovelace"), "{q}: {found}");
    }
}
