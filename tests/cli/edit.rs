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

/// An executable `$EDITOR` that runs `body` (a shell script; the form is `$1`).
fn editor(env: &Env, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = env.path("editor.sh");
    std::fs::write(&script, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

fn edit_with(env: &Env, reference: &str, body: &str) -> crate::env::Run {
    let script = editor(env, body);
    env.run_with(&["edit", reference], |c| {
        c.env("EDITOR", &script);
    })
}

fn full_contact(env: &Env) {
    env.add(&[
        "--name",
        "Robin Lee",
        "--given",
        "Robin",
        "--family",
        "Lee",
        "--title",
        "Engineer",
        "--phone",
        "mobile:(555) 010-1234",
        "--fax",
        "+1 555 010 9999",
        "--email",
        "robin@acme.example",
        "--url",
        "https://acme.example/robin",
        "--note",
        "first line",
    ]);
}

#[test]
fn an_empty_form_changes_nothing() {
    let env = Env::new();
    full_contact(&env);
    let before = env.card("robin");
    let run = edit_with(&env, "robin", ": > \"$1\"").ok();
    assert!(run.stderr.contains("nothing changed"), "{}", run.stderr);
    assert!(!run.stderr.contains("updated"), "{}", run.stderr);
    assert_eq!(env.card("robin"), before);
    // Only comments and blank lines left: empty too.
    edit_with(&env, "robin", "sed -i '/^[^#]/d' \"$1\"").ok();
    assert_eq!(env.card("robin"), before);
    // Saved as it was: no changes, no update.
    let run = edit_with(&env, "robin", "true").ok();
    assert!(run.stderr.contains("no changes"), "{}", run.stderr);
    assert_eq!(env.card("robin"), before);
}

#[test]
fn a_removed_line_removes_that_value_for_every_field() {
    let env = Env::new();
    full_contact(&env);
    edit_with(
        &env,
        "robin",
        "sed -i -e '/^title:/d' -e '/^url:/d' -e '/^fax:/d' -e '/^notes:/d' \"$1\"",
    )
    .ok();
    let c = env.card("robin");
    assert_eq!(c["title"], serde_json::Value::Null);
    assert_eq!(c["notes"], serde_json::Value::Null);
    assert_eq!(c["urls"].as_array().unwrap().len(), 0);
    assert_eq!(c["faxes"].as_array().unwrap().len(), 0);
    // What stayed in the form stayed on the card.
    assert_eq!(c["phones"][0]["number"], "+15550101234");
    assert_eq!(c["emails"][0]["address"], "robin@acme.example");
    assert_eq!(c["display_name"], "Robin Lee");
}

#[test]
fn every_bad_line_of_a_form_is_named_and_nothing_changes() {
    let env = Env::new();
    full_contact(&env);
    let before = env.card("robin");
    let run = edit_with(
        &env,
        "robin",
        "printf 'phone: 12345678901234567890123\\nbirthday: 2023-02-30\\nemail: nobody\\n' >> \"$1\"",
    )
    .code(6);
    for want in ["digits", "2023-02-30", "\"nobody\" is not an email"] {
        assert!(run.stderr.contains(want), "{want}: {}", run.stderr);
    }
    assert!(run.stderr.contains("your text is kept"), "{}", run.stderr);
    assert_eq!(env.card("robin"), before);
}

#[test]
fn a_changed_name_re_derives_the_display_name() {
    let env = Env::new();
    env.add(&[
        "--given",
        "Ada",
        "--family",
        "Lovelace",
        "--email",
        "ada@example.org",
    ]);
    assert_eq!(env.card("ada")["display_name"], "Ada Lovelace");
    let c = env
        .run(&[
            "edit", "ada", "--json", "--given", "Augusta", "--family", "Byron",
        ])
        .ok()
        .json();
    assert_eq!(c["display_name"], "Augusta Byron");
    let vcf = env.run(&["export", "--format", "vcard"]).ok().stdout;
    assert!(vcf.contains("FN:Augusta Byron"), "{vcf}");
    // The display name edited too: that one is kept.
    let c = env
        .run(&[
            "edit", "augusta", "--json", "--given", "Ada", "--name", "Countess",
        ])
        .ok()
        .json();
    assert_eq!(c["display_name"], "Countess");
    // The same through the form: a changed family name re-derives it...
    edit_with(
        &env,
        "countess",
        "sed -i 's/^family: .*/family: King/' \"$1\"",
    )
    .ok();
    assert_eq!(env.card("ada@example.org")["display_name"], "Ada King");
    // ...unless the display name was edited too.
    edit_with(
        &env,
        "ada king",
        "sed -i -e 's/^name: .*/name: Countess of Lovelace/' -e 's/^given: .*/given: Augusta Ada/' \"$1\"",
    )
    .ok();
    assert_eq!(
        env.card("ada@example.org")["display_name"],
        "Countess of Lovelace"
    );
}

#[test]
fn numbers_imported_as_they_were_survive_an_edit() {
    let env = Env::new();
    let vcf = env.path("a.vcf");
    std::fs::write(
        &vcf,
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jörg Bauer\r\nTEL;TYPE=CELL:0171 2345678\r\nEND:VCARD\r\n",
    )
    .unwrap();
    env.run(&["import", vcf.to_str().unwrap()]).ok();
    edit_with(&env, "jorg", "sed -i 's/^title: .*/title: Koch/' \"$1\"").ok();
    let c = env.card("jorg");
    assert_eq!(c["title"], "Koch");
    assert_eq!(c["phones"][0]["raw"], "0171 2345678");
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
    let script = editor(
        &env,
        "sed -i -e 's/^title: .*/title: Boss/' -e 's/^email: $/email: home: r@home.example/' \"$1\"",
    );
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
    let script = editor(&env, "echo 'colour: red' >> \"$1\"");
    let run = env
        .run_with(&["edit", "robin"], |c| {
            c.env("EDITOR", &script);
        })
        .code(6);
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
