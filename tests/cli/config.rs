//! `kard config get|set|unset|list`: settings in the store, known keys only.
use crate::env::Env;
use serde_json::{json, Value};

/// The settings as `config list --json` shows them.
fn settings(env: &Env) -> Value {
    env.run(&["config", "list", "--json"]).ok().json()
}

fn none_set() -> Value {
    json!({
        "region": null, "me": null, "fax.command": null, "handler.call": null,
        "handler.chat": null, "handler.meet": null, "meet.url": null,
    })
}

#[test]
fn get_set_unset_list() {
    let env = Env::new();
    let run = env.run(&["config", "get", "region"]).code(3);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "kard: error: region is not set\n");

    let run = env.run(&["config", "set", "region", "gb"]).ok();
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "region = GB\n");
    assert_eq!(env.run(&["config", "get", "region"]).ok().stdout, "GB\n");
    assert_eq!(
        env.run(&["config", "get", "--json", "region"]).ok().json(),
        json!({ "key": "region", "value": "GB" })
    );

    let command = "sendfax -n {number} {files}";
    env.run(&["config", "set", "fax.command", command]).ok();
    let mut want = none_set();
    want["region"] = json!("GB");
    want["fax.command"] = json!(command);
    assert_eq!(settings(&env), want);

    let run = env.run(&["config", "unset", "region"]).ok();
    assert_eq!(run.stderr, "region unset\n");
    let run = env.run(&["config", "unset", "region"]).code(3);
    assert_eq!(run.stderr, "kard: error: region was not set\n");
    want["region"] = Value::Null;
    assert_eq!(settings(&env), want);
}

#[test]
fn the_table_lists_every_key_with_its_meaning() {
    let env = Env::new();
    env.run(&["config", "set", "meet.url", "https://meet.example/{user}"])
        .ok();
    let run = env.run(&["config", "list"]).ok();
    assert_eq!(run.stderr, "");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[1].contains("key") && lines[1].contains("what it is"),
        "{}",
        run.stdout
    );
    for key in [
        "region",
        "me",
        "fax.command",
        "handler.call",
        "handler.chat",
        "handler.meet",
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.split_whitespace().nth(1) == Some(key)),
            "{key}:\n{}",
            run.stdout
        );
    }
    let meet = lines.iter().find(|l| l.contains("meet.url")).unwrap();
    assert!(
        meet.contains("https://meet.example/{user}"),
        "{}",
        run.stdout
    );
}

#[test]
fn unknown_keys_are_usage_errors_naming_the_known_ones() {
    let env = Env::new();
    for args in [
        &["config", "set", "colour", "red"][..],
        &["config", "get", "colour"],
        &["config", "unset", "colour"],
        &["config", "set", "Region", "GB"],
    ] {
        let run = env.run(args).code(2);
        assert_eq!(run.stdout, "");
        assert!(run.stderr.contains("unknown setting"), "{}", run.stderr);
        assert!(
            run.stderr.contains("region, me, fax.command"),
            "{}",
            run.stderr
        );
    }
    assert_eq!(settings(&env), none_set());
    let stored: i64 = env
        .sql()
        .query_row("SELECT count(*) FROM setting", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 0);
}

#[test]
fn bad_values_are_refused_and_the_old_one_kept() {
    let env = Env::new();
    env.run(&["config", "set", "region", "DE"]).ok();
    let run = env.run(&["config", "set", "region", "nowhere"]).code(2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
    assert_eq!(env.run(&["config", "get", "region"]).ok().stdout, "DE\n");
    // `me` is a contact reference: stored as its UID; unknown or ambiguous, refused.
    env.add(&["--name", "Robin Lee"]);
    env.add(&["--name", "Robin Hood"]);
    env.run(&["config", "set", "me", "id:999"]).code(3);
    env.run(&["config", "set", "me", "robin"]).code(4);
    env.run(&["config", "get", "me"]).code(3);
    env.run(&["config", "set", "me", "robin lee"]).ok();
    let uid = env.card("robin lee")["uid"].clone();
    assert_eq!(env.run(&["config", "get", "me"]).ok().stdout.trim(), uid);
}

#[test]
fn the_region_setting_is_how_numbers_are_read() {
    let env = Env::new();
    env.run(&["config", "set", "region", "GB"]).ok();
    env.add(&["--name", "Ann", "--phone", "020 7946 0018"]);
    assert_eq!(env.card("ann")["phones"][0]["number"], "+442079460018");
    // --region wins over the setting.
    env.run(&[
        "--region",
        "US",
        "add",
        "--name",
        "Bo",
        "--phone",
        "(555) 010-1234",
    ])
    .ok();
    assert_eq!(env.card("bo")["phones"][0]["number"], "+15550101234");
}

#[test]
fn reading_never_creates_a_store() {
    let env = Env::bare();
    let run = env.run(&["config", "get", "region"]).code(1);
    assert!(run.stderr.contains("no store at"), "{}", run.stderr);
    env.run(&["config", "list"]).code(1);
    assert!(!env.db.exists());
    // Setting one does.
    env.run(&["config", "set", "region", "FR"]).ok();
    assert_eq!(env.run(&["config", "get", "region"]).ok().stdout, "FR\n");
}
