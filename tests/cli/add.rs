use crate::env::Env;

#[test]
fn add_prints_the_card_and_stores_it() {
    let env = Env::new();
    let run = env
        .run(&[
            "add",
            "--json",
            "--name",
            "Robin Lee",
            "--given",
            "Robin",
            "--family",
            "Lee",
            "--org",
            "Acme",
            "--title",
            "Engineer",
            "--phone",
            "mobile:(555) 010-1234",
            "--email",
            "work:robin@acme.example",
            "--fax",
            "work:+1 555 010 9999",
            "--birthday",
            "--05-09",
            "--note",
            "met at FOSDEM",
        ])
        .ok();
    let c = run.json();
    assert_eq!(c["display_name"], "Robin Lee");
    assert_eq!(c["source"], "personal");
    assert_eq!(c["editable"], true);
    assert_eq!(c["phones"][0]["number"], "+15550101234");
    assert_eq!(c["phones"][0]["raw"], "(555) 010-1234");
    assert_eq!(c["phones"][0]["label"], "mobile");
    assert_eq!(c["faxes"][0]["number"], "+15550109999");
    assert_eq!(c["emails"][0]["address"], "robin@acme.example");
    assert_eq!(c["birthday"], "--05-09");
    assert_eq!(c["avatar"]["kind"], "initials");
    assert_eq!(c["avatar"]["initials"], "RL");
    assert_eq!(
        c["actions"],
        serde_json::json!(["call", "chat", "meet", "fax", "email"])
    );
    assert!(run.stderr.contains("added Robin Lee"));
    // It is in the store, found again by a new process.
    let again = env.card("robin");
    assert_eq!(again["id"], c["id"]);
    assert_eq!(again["notes"], "met at FOSDEM");
}

#[test]
fn add_without_a_name_is_a_usage_error() {
    let env = Env::new();
    let run = env.run(&["add", "--note", "nobody"]).code(2);
    assert!(run.stderr.contains("needs a name"), "{}", run.stderr);
}

#[test]
fn add_rejects_bad_values() {
    let env = Env::new();
    env.run(&["add", "--name", "X", "--phone", "call me"])
        .code(2);
    env.run(&["add", "--name", "X", "--email", "not-an-address"])
        .code(2);
    env.run(&["add", "--name", "X", "--birthday", "1980-13-45"])
        .code(2);
    assert_eq!(
        env.run(&["list", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn region_decides_national_numbers() {
    let env = Env::new();
    let c = env
        .run(&[
            "--region",
            "GB",
            "add",
            "--json",
            "--name",
            "Ann",
            "--phone",
            "020 7946 0958",
        ])
        .ok()
        .json();
    assert_eq!(c["phones"][0]["number"], "+442079460958");
    env.run(&["config", "set", "region", "de"]).ok();
    let c = env
        .run(&["add", "--json", "--name", "Bernd", "--phone", "030 123456"])
        .ok()
        .json();
    assert_eq!(c["phones"][0]["number"], "+4930123456");
    let c = env.run_with(
        &[
            "add",
            "--json",
            "--name",
            "Cleo",
            "--phone",
            "(555) 010-4444",
        ],
        |c| {
            c.env("KARD_REGION", "US");
        },
    );
    assert_eq!(c.ok().json()["phones"][0]["number"], "+15550104444");
    env.run(&["--region", "XX", "list"]).code(1);
}
