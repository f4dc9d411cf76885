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
    env.run(&["--region", "XX", "list"]).code(2);
}

#[test]
fn what_cannot_be_a_number_or_a_date_is_refused() {
    let env = Env::new();
    for (flag, value, why) in [
        (
            "--phone",
            "1234567890123456789012345678901234567890",
            "digits",
        ),
        ("--phone", "1234", "extension"),
        ("--phone", "call me", "no digits"),
        ("--fax", "0171 2345678", "country code"),
        ("--birthday", "2023-02-30", "not a date"),
        ("--birthday", "1985-02-29", "not a date"),
        ("--email", "robin at acme", "not an email"),
    ] {
        let run = env.run(&["add", "--name", "Robin", flag, value]).code(2);
        assert!(run.stderr.contains(why), "{flag} {value}: {}", run.stderr);
    }
    assert_eq!(
        env.run(&["list", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
    // What is valid goes in; a leap day in a leap year is a date.
    env.add(&[
        "--name",
        "Robin",
        "--birthday",
        "1984-02-29",
        "--phone",
        "+44 20 7946 0958",
    ]);
    // The same number in a region where it is national.
    env.run(&[
        "add",
        "--name",
        "Jörg",
        "--phone",
        "0171 2345678",
        "--region",
        "DE",
    ])
    .ok();
}

#[test]
fn control_characters_are_refused_at_entry_and_never_echoed() {
    let env = Env::new();
    let run = env.run(&["add", "--name", "Evil \u{1b}[2J Name"]).code(2);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(run.stderr.contains("control character"), "{}", run.stderr);
    env.add(&["--name", "Fine", "--note", "two\nlines\tand a tab"]);
    env.run(&["edit", "fine", "--title", "Bad\u{7}Bell"])
        .code(2);
    assert_eq!(env.card("fine")["title"], serde_json::Value::Null);
    // Errors quoting typed text escape it too.
    let run = env.run(&["show", "nobody \u{1b}]0;pwned\u{7}"]).code(3);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(run.stderr.starts_with("kard: error: "), "{}", run.stderr);
}

#[test]
fn a_blocked_number_saved_on_a_contact_is_said_shown_and_can_be_lifted() {
    let env = Env::new();
    env.run(&["block", "+1 555 010 7777"]).ok();
    let run = env
        .run(&["add", "--name", "Spam Friend", "--phone", "(555) 010-7777"])
        .ok();
    assert!(run.stderr.contains("kard: warning:"), "{}", run.stderr);
    assert!(run.stderr.contains("block list"), "{}", run.stderr);
    let card = env.run(&["show", "spam friend"]).ok().stdout;
    assert!(card.contains("blocked"), "{card}");
    assert!(card.contains("calls and SMS"), "{card}");
    env.run(&["blocked", "+15550107777"]).code(0);
    env.run(&["unblock", "(555) 010-7777"]).ok();
    env.run(&["blocked", "+15550107777"]).code(3);
    let card = env.run(&["show", "spam friend"]).ok().stdout;
    assert!(!card.contains("blocked"), "{card}");
}

#[test]
fn settings_and_flags_with_a_bad_region_are_usage_errors() {
    let env = Env::new();
    env.run(&["config", "set", "region", "XX"]).code(2);
    env.run(&["list", "--region", "XX"]).code(2);
}
