use crate::env::Env;

#[test]
fn references_resolve_in_order() {
    let env = Env::new();
    let robin = env.add(&[
        "--name",
        "José Robin Lee",
        "--phone",
        "(555) 010-1234",
        "--email",
        "Robin@Acme.example",
    ]);
    let other = env.add(&["--name", "Robin Smith", "--phone", "+44 20 7946 0958"]);
    let uid = env.card(&format!("id:{robin}"))["uid"]
        .as_str()
        .unwrap()
        .to_string();
    for reference in [
        format!("id:{robin}"),
        uid,
        "robin@acme.example".to_string(),
        "555.010.1234".to_string(),
        "+1 555 010 1234".to_string(),
        "jose".to_string(),
        "JOSÉ ROBIN LEE".to_string(),
        "lee".to_string(),
    ] {
        assert_eq!(env.card(&reference)["id"], robin, "{reference}");
    }
    assert_eq!(env.card("smith")["id"], other);
    // A bare number is never an id: ids only as id:N.
    env.run(&["show", &robin.to_string()]).code(3);
}

#[test]
fn a_bare_number_never_reaches_a_contact_by_its_id() {
    let env = Env::new();
    let data = Env::data("directory/acme.csv");
    env.run(&["directory", "sync", data.to_str().unwrap()]).ok();
    let pat = env.card("pat.morgan@acme.example");
    let id = pat["id"].as_i64().unwrap();
    assert_eq!(pat["extensions"][0]["number"], "2002");
    // `call ID` used to print the extension of whoever had that id.
    let run = env.run(&["call", &id.to_string(), "--print"]).code(3);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    env.run(&["show", &id.to_string()]).code(3);
    assert_eq!(env.card(&format!("id:{id}"))["id"], id);
    // Extensions as the table prints them, and as people write them.
    for reference in [
        "2002",
        "x2002",
        "X2002",
        "ext. 2002",
        "ext 2002",
        "extension 2002",
    ] {
        assert_eq!(env.card(reference)["id"], id, "{reference}");
    }
    let run = env.run(&["call", "x2002", "--print"]).ok();
    assert_eq!(run.stdout.trim(), "tel:2002");
    // An extension nobody has: not found, never someone else.
    env.run(&["show", "x2999"]).code(3);
}

#[test]
fn two_contacts_with_the_same_name_are_told_apart_by_id() {
    let env = Env::new();
    env.add(&["--name", "Sam Doe", "--org", "Acme"]);
    env.add(&["--name", "Sam Doe", "--org", "Globex"]);
    let run = env.run(&["show", "Sam Doe"]).code(4);
    assert!(run.stderr.contains("id:1"), "{}", run.stderr);
    assert!(run.stderr.contains("id:2"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("name one of them exactly"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("kard show id:1"), "{}", run.stderr);
}

#[test]
fn exact_full_name_wins_over_partial_matches() {
    let env = Env::new();
    let ann = env.add(&["--name", "Ann Lee"]);
    env.add(&["--name", "Ann Leeson"]);
    assert_eq!(env.card("ann lee")["id"], ann);
}

#[test]
fn ambiguous_and_unknown_references() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee", "--org", "Acme"]);
    env.add(&["--name", "Robin Smith"]);
    let run = env.run(&["show", "robin"]).code(4);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("Robin Lee (Acme)"), "{}", run.stderr);
    assert!(run.stderr.contains("Robin Smith"), "{}", run.stderr);
    assert!(run.stderr.contains("id:1"), "{}", run.stderr);
    let run = env.run(&["show", "nobody"]).code(3);
    assert!(
        run.stderr.contains("no contact matches \"nobody\""),
        "{}",
        run.stderr
    );
    env.run(&["show", "id:99"]).code(3);
    env.run(&["show", "id:abc"]).code(2);
}

#[test]
fn card_as_text_reads_like_a_contact_card() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--org",
        "Acme",
        "--title",
        "Engineer",
        "--phone",
        "mobile:(555) 010-1234",
        "--favorite",
    ]);
    let run = env.run(&["show", "robin"]).ok();
    assert!(
        run.stdout.starts_with("★ Robin Lee  (RL)\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Engineer · Acme"));
    assert!(run.stdout.contains("mobile"));
    assert!(run.stdout.contains("(555) 010-1234"));
    assert!(run.stdout.contains("actions: call · chat"));
    assert!(
        !run.stdout.contains('\x1b'),
        "NO_COLOR must mean no escapes"
    );
}

#[test]
fn a_number_no_contact_has_gets_a_number_card() {
    let env = Env::new();
    let card = env.card("+44 20 7946 0958");
    assert_eq!(card["number"], "+442079460958");
    assert_eq!(card["country"], "GB");
    assert_eq!(card["international"], "+44 20 7946 0958");
    assert_eq!(card["blocked"]["calls"], false);
    let run = env.run(&["show", "(555) 010-7777"]).ok();
    assert!(run.stdout.contains("+15550107777"), "{}", run.stdout);
    assert!(run.stdout.contains("block caller"), "{}", run.stdout);
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let env = Env::new();
    env.add(&["--name", "Evil Name"]);
    // Stored before kard refused control characters at entry.
    env.sql()
        .execute("UPDATE contact SET display_name = 'Evil\x1b[2J Name'", [])
        .unwrap();
    let run = env.run(&["show", "id:1"]).ok();
    assert!(!run.stdout.contains('\x1b'));
    assert!(run.stdout.contains("\\u{1b}[2J"));
}

#[test]
fn an_external_company_name_cannot_drive_the_terminal() {
    let env = Env::new();
    let data = Env::data("directory/globex.json");
    env.run(&[
        "directory",
        "sync",
        data.to_str().unwrap(),
        "--external",
        "Globex\u{1b}[2J",
    ])
    .ok();
    let card = env.run(&["show", "Hank Scorpio"]).ok().stdout;
    assert!(!card.contains('\u{1b}'), "{card:?}");
    assert!(card.contains("external: Globex\\u{1b}[2J"), "{card}");
}
