use crate::env::Env;
use kard::model::{Contact, Source};
use kard::store::Store;

/// A company directory contact, seeded through the store's own API.
pub fn seed_company(env: &Env, name: &str, external: Option<&str>) -> i64 {
    env.run(&["list"]).ok(); // create the store
    let store = Store::open(&env.db).unwrap();
    let mut c = Contact {
        display_name: name.into(),
        source: if external.is_some() {
            Source::External
        } else {
            Source::Company
        },
        external_company: external.map(str::to_string),
        ..Contact::default()
    };
    store.write(|s| s.insert_contact(&mut c)).unwrap()
}

#[test]
fn edit_with_flags() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--phone",
        "(555) 010-1234",
        "--email",
        "old@acme.example",
    ]);
    let c = env
        .run(&[
            "edit",
            "robin",
            "--json",
            "--title",
            "Lead",
            "--add-phone",
            "work:+1 555 010 2222",
            "--remove-phone",
            "+15550101234",
            "--remove-email",
            "OLD@acme.example",
            "--add-email",
            "new@acme.example",
        ])
        .ok()
        .json();
    assert_eq!(c["title"], "Lead");
    assert_eq!(c["phones"].as_array().unwrap().len(), 1);
    assert_eq!(c["phones"][0]["number"], "+15550102222");
    assert_eq!(c["emails"][0]["address"], "new@acme.example");
    let stored = env.card("robin");
    assert_eq!(stored["title"], "Lead");
    assert_ne!(stored["updated_at"], serde_json::Value::Null);
    // Removing what is not there: exit 3, nothing changed.
    env.run(&["edit", "robin", "--remove-phone", "999"]).code(3);
    assert_eq!(env.card("robin")["phones"][0]["number"], "+15550102222");
}

#[test]
fn edit_in_editor_applies_the_saved_form() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee", "--phone", "(555) 010-1234"]);
    let script = env.path("editor.sh");
    std::fs::write(&script, "#!/bin/sh\nsed -i -e 's/^title: .*/title: Boss/' -e 's/^email: $/email: home: r@home.example/' \"$1\"\n").unwrap();
    std::os::unix::fs::PermissionsExt::set_mode(
        &mut std::fs::metadata(&script).unwrap().permissions(),
        0o755,
    );
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    env.run_with(&["edit", "robin"], |c| {
        c.env("EDITOR", &script);
    })
    .ok();
    let c = env.card("robin");
    assert_eq!(c["title"], "Boss");
    assert_eq!(c["emails"][0]["address"], "r@home.example");
    assert_eq!(c["emails"][0]["label"], "home");
    assert_eq!(c["phones"][0]["number"], "+15550101234");
}

#[test]
fn a_broken_form_changes_nothing() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee"]);
    let script = env.path("editor.sh");
    std::fs::write(&script, "#!/bin/sh\necho 'colour: red' >> \"$1\"\n").unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let run = env.run_with(&["edit", "robin"], |c| {
        c.env("EDITOR", &script);
    });
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("unknown field \"colour\""),
        "{}",
        run.stderr
    );
    assert_eq!(env.card("robin")["display_name"], "Robin Lee");
}

#[test]
fn company_and_external_contacts_are_read_only() {
    let env = Env::new();
    seed_company(&env, "Dana Scully", None);
    seed_company(&env, "Fox Mulder", Some("Globex"));
    let run = env.run(&["edit", "dana", "--title", "x"]).code(5);
    assert!(
        run.stderr.contains("company directory and is read-only"),
        "{}",
        run.stderr
    );
    let run = env.run(&["delete", "fox"]).code(5);
    assert!(run.stderr.contains("Globex's directory"), "{}", run.stderr);
    assert_eq!(env.card("dana")["editable"], false);
    assert_eq!(env.card("fox")["external_company"], "Globex");
    // Favorites work on any source.
    env.run(&["favorite", "dana"]).ok();
    assert_eq!(env.card("dana")["favorite"], true);
}
