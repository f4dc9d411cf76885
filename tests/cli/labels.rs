//! Labels (`--label`, `--remove-label`, `list --label`), addresses on the command line,
//! `list --format phones|emails` and `list --sort family`.

use crate::env::Env;
use serde_json::json;

fn names(env: &Env, args: &[&str]) -> Vec<String> {
    env.names(args)
}

#[test]
fn labels_are_added_removed_listed_and_shown() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Ann Lee",
        "--label",
        "Book Club",
        "--label",
        "Friends",
    ]);
    env.add(&["--name", "Bo Kim", "--label", "friends"]);
    env.add(&["--name", "Cy Diaz"]);
    assert_eq!(names(&env, &["--label", "FRIENDS"]), ["Ann Lee", "Bo Kim"]);
    assert_eq!(names(&env, &["--label", "book club"]), ["Ann Lee"]);
    assert!(names(&env, &["--label", "book"]).is_empty());
    assert_eq!(
        env.card("Ann Lee")["categories"],
        json!(["Book Club", "Friends"])
    );
    let card = env.run(&["show", "Ann Lee"]).ok().stdout;
    assert!(
        card.contains("labels") && card.contains("Book Club, Friends"),
        "{card}"
    );
    // Adding a label twice (case aside) keeps one; removing one that is not there: 3.
    env.run(&["edit", "Bo Kim", "--label", "FRIENDS", "--label", "Work"])
        .ok();
    assert_eq!(env.card("Bo Kim")["categories"], json!(["friends", "Work"]));
    env.run(&["edit", "Bo Kim", "--remove-label", "Friends"])
        .ok();
    assert_eq!(env.card("Bo Kim")["categories"], json!(["Work"]));
    env.run(&["edit", "Bo Kim", "--remove-label", "Friends"])
        .code(3);
    assert_eq!(names(&env, &["--label", "friends"]), ["Ann Lee"]);
    // Labels are search words too.
    assert_eq!(names(&env, &["work"]), ["Bo Kim"]);
}

#[test]
fn labels_round_trip_through_vcard_google_and_outlook() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Ann Lee",
        "--email",
        "ann@x.example",
        "--label",
        "Book Club",
        "--label",
        "Golf",
    ]);
    for format in ["vcard", "google", "outlook"] {
        let out = env.path(&format!("out.{format}"));
        env.run(&["export", "--format", format, "-o", out.to_str().unwrap()])
            .ok();
        let other = Env::new();
        other
            .run(&["import", "--format", format, out.to_str().unwrap()])
            .ok();
        assert_eq!(
            other.card("Ann Lee")["categories"],
            json!(["Book Club", "Golf"]),
            "{format}"
        );
    }
}

#[test]
fn addresses_on_the_command_line() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Ann Lee",
        "--address",
        "home:12 Elm St;Springfield;IL;62701;USA",
    ]);
    let card = env.card("Ann Lee");
    assert_eq!(
        card["addresses"],
        json!([{"label": "home", "street": "12 Elm St", "locality": "Springfield",
                "region": "IL", "postal_code": "62701", "country": "USA"}])
    );
    let shown = env.run(&["show", "Ann Lee"]).ok().stdout;
    assert!(
        shown.contains("12 Elm St, 62701 Springfield, IL, USA"),
        "{shown}"
    );
    env.run(&[
        "edit",
        "Ann Lee",
        "--address",
        "work:1 Main St;Paris;;75001;France",
    ])
    .ok();
    assert_eq!(
        env.card("Ann Lee")["addresses"].as_array().unwrap().len(),
        2
    );
    assert_eq!(names(&env, &["paris"]), ["Ann Lee"]);
    env.run(&["edit", "Ann Lee", "--remove-address", "home"])
        .ok();
    let left = env.card("Ann Lee")["addresses"].clone();
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["locality"], "Paris");
    env.run(&["edit", "Ann Lee", "--remove-address", "1 main st"])
        .ok();
    assert_eq!(env.card("Ann Lee")["addresses"], json!([]));
    env.run(&["edit", "Ann Lee", "--remove-address", "home"])
        .code(3);
    let bad = env
        .run(&["add", "--name", "X", "--address", "a;b;c;d;e;f"])
        .code(2);
    assert!(bad.stderr.contains("STREET;LOCALITY"), "{}", bad.stderr);
}

#[test]
fn one_line_per_phone_or_email_for_scripts() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Ann Lee",
        "--phone",
        "mobile:(555) 010-1234",
        "--phone",
        "+44 20 7946 0018",
        "--fax",
        "work:+1 555 010 9999",
        "--email",
        "work:ann@x.example",
        "--email",
        "ann@home.example",
    ]);
    env.add(&["--name", "Bo Kim"]);
    let phones = env.run(&["list", "--format", "phones"]).ok().stdout;
    assert_eq!(
        phones,
        "Ann Lee\tmobile\t+15550101234\nAnn Lee\t\t+442079460018\nAnn Lee\twork fax\t+15550109999\n"
    );
    let emails = env.run(&["list", "--format", "emails", "ann"]).ok().stdout;
    assert_eq!(
        emails,
        "Ann Lee\twork\tann@x.example\nAnn Lee\t\tann@home.example\n"
    );
}

#[test]
fn sort_by_family_name() {
    let env = Env::new();
    env.add(&["--given", "Zoe", "--family", "Adams"]);
    env.add(&["--given", "Adam", "--family", "Young"]);
    env.add(&["--given", "Bea", "--family", "Adams"]);
    env.add(&["--name", "Acme Help Desk"]);
    assert_eq!(
        names(&env, &["--sort", "family"]),
        ["Bea Adams", "Zoe Adams", "Adam Young", "Acme Help Desk"]
    );
}
