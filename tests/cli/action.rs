use crate::env::{Env, Run};
use kard::model::{Account, Contact, Email, Extension, Kind, Source};
use kard::store::Store;

/// Store `c` (a company contact, a service entry…) through the library's own API.
pub fn seed(env: &Env, mut c: Contact) -> i64 {
    env.run(&["list"]).ok(); // create the store
    let store = Store::open(&env.db).unwrap();
    store.write(|s| s.insert_contact(&mut c)).unwrap()
}

fn ext(account: Account, number: &str) -> Extension {
    Extension {
        account,
        number: number.into(),
    }
}

/// Robin: a colleague with a work and a contact-center account.
fn robin(env: &Env) -> i64 {
    seed(
        env,
        Contact {
            display_name: "Robin Lee".into(),
            source: Source::Company,
            extensions: vec![
                ext(Account::ContactCenter, "5678"),
                ext(Account::Work, "1234"),
            ],
            emails: vec![Email {
                label: None,
                address: "robin.lee@acme.example".into(),
            }],
            ..Contact::default()
        },
    )
}

fn queue(env: &Env) -> i64 {
    seed(
        env,
        Contact {
            display_name: "Sales Queue".into(),
            source: Source::Company,
            kind: Kind::CallQueue,
            extensions: vec![ext(Account::Work, "600")],
            ..Contact::default()
        },
    )
}

fn print(env: &Env, args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.push("--print");
    let run = env.run(&all).ok();
    run.stdout.trim_end().to_string()
}

#[test]
fn call_targets() {
    let env = Env::new();
    robin(&env);
    queue(&env);
    env.add(&[
        "--name",
        "Ann Smith",
        "--phone",
        "home:(555) 010-1234",
        "--phone",
        "mobile:+44 7400 123456",
    ]);
    assert_eq!(print(&env, &["call", "robin"]), "tel:1234");
    assert_eq!(
        print(&env, &["call", "robin", "--account", "work"]),
        "tel:1234"
    );
    assert_eq!(
        print(&env, &["call", "robin", "--account", "contact_center"]),
        "tel:5678"
    );
    assert_eq!(print(&env, &["call", "sales queue"]), "tel:600");
    assert_eq!(print(&env, &["call", "ann"]), "tel:+15550101234");
    assert_eq!(
        print(&env, &["call", "ann", "--label", "Mobile"]),
        "tel:+447400123456"
    );
    env.run(&["call", "ann", "--label", "fax", "--print"])
        .code(3);
    env.run(&["call", "ann", "--account", "work", "--print"])
        .code(3);
    env.run(&["call", "robin", "--account", "work", "--label", "x"])
        .code(2);
    env.run(&["call", "robin", "--account", "sideways"]).code(2);
    // Named by one of its own numbers or extensions: that one.
    assert_eq!(
        print(&env, &["call", "+44 7400 123456"]),
        "tel:+447400123456"
    );
    assert_eq!(
        print(&env, &["chat", "+44 7400 123456"]),
        "sms:+447400123456"
    );
    assert_eq!(print(&env, &["call", "5678"]), "tel:5678");
    // A bare number, in any spelling.
    assert_eq!(print(&env, &["call", "555.010.4444"]), "tel:+15550104444");
    // Nothing to call.
    env.add(&["--name", "Mute Person", "--email", "mute@example.com"]);
    env.run(&["call", "mute", "--print"]).code(5);
    env.run(&["call", "nobody", "--print"]).code(3);
    let json = env.run(&["call", "robin", "--print", "--json"]).ok().json();
    assert_eq!(json["uri"], "tel:1234");
    assert_eq!(json["action"], "call");
}

#[test]
fn chat_targets() {
    let env = Env::new();
    robin(&env);
    queue(&env);
    env.add(&["--name", "Ann Smith", "--phone", "(555) 010-1234"]);
    env.add(&["--name", "Land Line", "--phone", "+44 20 7946 0958"]);
    assert_eq!(print(&env, &["chat", "ann"]), "sms:+15550101234");
    assert_eq!(print(&env, &["chat", "robin"]), "sms:1234");
    assert_eq!(
        print(&env, &["chat", "+44 7400 123456"]),
        "sms:+447400123456"
    );
    let run = env.run(&["chat", "sales queue", "--print"]).code(5);
    assert!(run.stderr.contains("call queue"), "{}", run.stderr);
    // Numbers known not to take SMS.
    env.run(&["chat", "land line", "--print"]).code(5);
    env.run(&["chat", "+44 20 7946 0000", "--print"]).code(5);
}

#[test]
fn meet_links() {
    let env = Env::new();
    robin(&env);
    queue(&env);
    env.add(&["--name", "Ann Smith", "--phone", "(555) 010-1234"]);
    let run = env.run(&["meet", "robin", "--print"]).code(5);
    assert!(
        run.stderr.contains("kard config set meet.url"),
        "{}",
        run.stderr
    );
    env.run(&[
        "config",
        "set",
        "meet.url",
        "https://meet.example/{user}?n={name}",
    ])
    .ok();
    assert_eq!(
        print(&env, &["meet", "robin"]),
        "https://meet.example/robin.lee?n=Robin%20Lee"
    );
    env.run(&["meet", "sales queue", "--print"]).code(5);
    env.run(&["meet", "ann", "--print"]).code(5); // no email, not a colleague
    env.run(&["meet", "555 010 4444", "--print"]).code(5);
}

fn with_handler(env: &Env, args: &[&str], log: &std::path::Path) -> Run {
    env.run_with(args, |c| {
        c.env("HANDLER_LOG", log);
    })
}

#[test]
fn handlers_get_the_uri_as_last_argument() {
    let env = Env::new();
    robin(&env);
    let log = env.path("handler.log");
    // No handler: the URI on stdout, a hint on stderr.
    let run = env.run(&["call", "robin"]).ok();
    assert_eq!(run.stdout, "tel:1234\n");
    assert!(
        run.stderr.contains("kard config set handler.call"),
        "{}",
        run.stderr
    );
    let handler = format!(
        "{} --flag 'two words'",
        Env::data("record-handler.sh").display()
    );
    env.run(&["config", "set", "handler.call", &handler]).ok();
    let run = with_handler(&env, &["call", "robin"], &log).ok();
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    let args = std::fs::read_to_string(&log).unwrap();
    assert_eq!(args, "--flag\ntwo words\ntel:1234\n");
    // --print never runs the handler.
    std::fs::remove_file(&log).unwrap();
    assert_eq!(print(&env, &["call", "robin"]), "tel:1234");
    assert!(!log.exists());
    // A failing handler is a failure.
    env.run(&["config", "set", "handler.chat", "false"]).ok();
    env.run(&["chat", "robin"]).code(1);
}

#[test]
fn cards_list_the_actions_that_apply() {
    let env = Env::new();
    robin(&env);
    queue(&env);
    env.add(&[
        "--name",
        "Ann Smith",
        "--phone",
        "(555) 010-1234",
        "--fax",
        "555 010 9999",
        "--email",
        "ann@example.com",
    ]);
    env.add(&["--name", "Note Only", "--note", "no numbers"]);
    let actions = |r: &str| env.card(r)["actions"].clone();
    assert_eq!(
        actions("robin"),
        serde_json::json!(["call", "chat", "meet", "email"])
    );
    assert_eq!(actions("sales queue"), serde_json::json!(["call"]));
    assert_eq!(
        actions("ann"),
        serde_json::json!(["call", "chat", "meet", "fax", "email"])
    );
    assert_eq!(actions("note only"), serde_json::json!([]));
    let run = env.run(&["show", "sales queue"]).ok();
    assert!(run.stdout.contains("actions: call\n"), "{}", run.stdout);
}
