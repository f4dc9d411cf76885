use crate::action::seed;
use crate::env::Env;
use kard::model::{Account, Contact, Extension, Source};

#[test]
fn block_and_check_any_spelling_of_a_number() {
    let env = Env::new();
    let run = env.run(&["block", "+1 555 010 9999"]).ok();
    assert!(
        run.stderr
            .contains("blocked +1 555-010-9999 for calls and SMS"),
        "{}",
        run.stderr
    );
    // One entry, whatever the spelling.
    for spelling in [
        "(555) 010-9999",
        "555.010.9999",
        "+15550109999",
        "tel:+1-555-010-9999",
    ] {
        env.run(&["blocked", spelling]).ok();
        env.run(&["blocked", spelling, "--calls"]).ok();
        env.run(&["blocked", spelling, "--sms"]).ok();
    }
    let list = env.run(&["blocked", "--json"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["number"], "+15550109999");
    assert_eq!(list[0]["raw"], "+1 555 010 9999");
    assert_eq!(list[0]["calls"], true);
    assert_eq!(list[0]["sms"], true);
    assert!(list[0]["created_at"].as_str().unwrap().ends_with('Z'));
    // Blocking twice is fine and says so.
    let run = env.run(&["block", "(555) 010-9999"]).ok();
    assert!(run.stderr.contains("already blocked"), "{}", run.stderr);
    assert_eq!(
        env.run(&["blocked", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn channels_are_separate() {
    let env = Env::new();
    env.run(&["block", "555 010 7777", "--sms"]).ok();
    env.run(&["blocked", "5550107777", "--sms"]).ok();
    env.run(&["blocked", "5550107777", "--calls"]).code(3);
    env.run(&["blocked", "5550107777"]).ok(); // either channel
    env.run(&["block", "555 010 7777", "--calls"]).ok();
    env.run(&["blocked", "5550107777", "--calls"]).ok();
    // Unblocking one channel keeps the other.
    env.run(&["unblock", "5550107777", "--sms"]).ok();
    env.run(&["blocked", "5550107777", "--sms"]).code(3);
    env.run(&["blocked", "5550107777", "--calls"]).ok();
    // Not blocked for SMS any more: exit 3, and the calls block stays.
    env.run(&["unblock", "5550107777", "--sms"]).code(3);
    env.run(&["blocked", "5550107777", "--calls"]).ok();
    // No flag: whatever is blocked goes, and the entry with it.
    env.run(&["unblock", "5550107777"]).ok();
    env.run(&["blocked", "5550107777"]).code(3);
    assert_eq!(
        env.run(&["blocked", "--json"]).ok().json(),
        serde_json::json!([])
    );
    env.run(&["unblock", "5550107777"]).code(3);
}

#[test]
fn blocked_answers_for_scripts() {
    let env = Env::new();
    env.run(&["block", "+44 20 7946 0958", "--calls"]).ok();
    let yes = env.run(&["blocked", "+442079460958"]).ok();
    assert!(yes.stdout.contains("blocked"), "{}", yes.stdout);
    let quiet = env.run(&["-q", "blocked", "+442079460958", "--calls"]).ok();
    assert_eq!((quiet.stdout.as_str(), quiet.stderr.as_str()), ("", ""));
    let no = env.run(&["blocked", "(555) 010-4444"]).code(3);
    assert!(no.stdout.contains("not blocked"), "{}", no.stdout);
    assert!(
        no.stderr.is_empty(),
        "an answer, not an error: {}",
        no.stderr
    );
    let quiet = env.run(&["blocked", "-q", "(555) 010-4444"]).code(3);
    assert_eq!((quiet.stdout.as_str(), quiet.stderr.as_str()), ("", ""));
    let json = env
        .run(&["blocked", "--json", "+442079460958", "--sms"])
        .code(3)
        .json();
    assert_eq!(json["blocked"], false);
    assert_eq!(json["calls"], true);
    // Not a number at all: a usage error.
    env.run(&["blocked", "not a number"]).code(2);
    env.run(&["block", "hello"]).code(2);
    env.run(&["unblock", "hello"]).code(2);
    env.run(&["blocked", "1234", "--calls", "--sms"]).code(2);
}

#[test]
fn saved_numbers_and_extensions_are_refused() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--phone",
        "(555) 010-1234",
        "--fax",
        "555 010 1299",
    ]);
    let run = env.run(&["block", "+1 555 010 1234"]).code(5);
    assert!(run.stderr.contains("Robin Lee"), "{}", run.stderr);
    let run = env.run(&["block", "555-010-1299", "--sms"]).code(5);
    assert!(run.stderr.contains("Robin Lee"), "{}", run.stderr);
    seed(
        &env,
        Contact {
            display_name: "Dana Scully".into(),
            source: Source::Company,
            extensions: vec![Extension {
                account: Account::Work,
                number: "4321".into(),
            }],
            ..Contact::default()
        },
    );
    let run = env.run(&["block", "4321"]).code(5);
    assert!(run.stderr.contains("Dana Scully"), "{}", run.stderr);
    env.run(&["block", "999"]).code(5);
    assert_eq!(
        env.run(&["blocked", "--json"]).ok().json(),
        serde_json::json!([])
    );
    assert_eq!(
        env.sql()
            .query_row("SELECT count(*) FROM block", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        0
    );
}

#[test]
fn the_list_as_a_table() {
    let env = Env::new();
    let run = env.run(&["blocked"]).ok();
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("no blocked numbers"), "{}", run.stderr);
    env.run(&["block", "555 010 7777", "--sms"]).ok();
    env.run(&["block", "+44 20 7946 0958"]).ok();
    let run = env.run(&["blocked"]).ok();
    assert!(run.stdout.contains("+1 555-010-7777"), "{}", run.stdout);
    assert!(run.stdout.contains("+44 20 7946 0958"), "{}", run.stdout);
    let calls_only = env.run(&["blocked", "--calls", "--json"]).ok().json();
    assert_eq!(calls_only.as_array().unwrap().len(), 1);
    assert_eq!(calls_only[0]["number"], "+442079460958");
}

#[test]
fn the_number_card_shows_and_offers_blocking() {
    let env = Env::new();
    let card = env.card("(555) 010-7777");
    assert_eq!(card["national"], "(555) 010-7777");
    assert_eq!(card["international"], "+1 555-010-7777");
    assert_eq!(card["country"], "US");
    assert_eq!(
        card["actions"],
        serde_json::json!([
            "call",
            "chat",
            "fax",
            "block_caller",
            "block_sender",
            "add_contact"
        ])
    );
    env.run(&["block", "(555) 010-7777", "--calls"]).ok();
    let card = env.card("555.010.7777");
    assert_eq!(
        card["blocked"],
        serde_json::json!({"calls": true, "sms": false})
    );
    assert_eq!(
        card["actions"],
        serde_json::json!([
            "call",
            "chat",
            "fax",
            "unblock_caller",
            "block_sender",
            "add_contact"
        ])
    );
    let run = env.run(&["show", "555.010.7777"]).ok();
    assert!(run.stdout.contains("unblock caller"), "{}", run.stdout);
    assert!(run.stdout.contains("block sender"), "{}", run.stdout);
    // A landline cannot take SMS: no chat.
    let card = env.card("+44 20 7946 0958");
    assert!(
        !card["actions"].as_array().unwrap().contains(&"chat".into()),
        "{card}"
    );
    // A number a contact has is that contact's card (caller ID).
    env.add(&["--name", "Robin Lee", "--phone", "(555) 010-1234"]);
    assert_eq!(env.card("+15550101234")["display_name"], "Robin Lee");
}
