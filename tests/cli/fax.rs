use crate::action::seed;
use crate::env::{Env, Run};
use kard::model::{Contact, Kind, Phone, Source};

fn fake_fax() -> String {
    format!(
        "{} {{number}} '{{name}}' --company={{company}} {{files}} {{cover}}",
        Env::data("fake-fax.sh").display()
    )
}

fn send(env: &Env, id: &str, log: &std::path::Path) -> Run {
    env.run_with(&["fax", "send", id, "--json"], |c| {
        c.env("FAX_LOG", log);
    })
}

#[test]
fn a_draft_is_pre_filled_from_the_contact() {
    let env = Env::new();
    env.add(&[
        "--name",
        "Robin Lee",
        "--org",
        "Acme",
        "--fax",
        "work:(555) 010-9999",
        "--fax",
        "+44 20 7946 0000",
    ]);
    std::fs::write(env.path("contract.pdf"), b"%PDF-1.4 fake").unwrap();
    let run = env
        .run(&[
            "fax",
            "new",
            "robin",
            "--subject",
            "Contract",
            "--note",
            "Please sign",
            "--attach",
            "contract.pdf",
            "--json",
        ])
        .ok();
    let d = run.json();
    assert_eq!(d["id"], 1);
    assert_eq!(d["status"], "draft");
    assert_eq!(
        d["to"],
        serde_json::json!({"name": "Robin Lee", "company": "Acme", "number": "+15550109999"})
    );
    assert_eq!(d["from"], serde_json::Value::Null);
    assert_eq!(d["subject"], "Contract");
    assert_eq!(d["note"], "Please sign");
    let path = env.path("contract.pdf").canonicalize().unwrap();
    assert_eq!(
        d["attachments"],
        serde_json::json!([{"path": path.to_str().unwrap(), "bytes": 13}])
    );
    assert_eq!(d["sent_at"], serde_json::Value::Null);
    assert_eq!(d["result"], serde_json::Value::Null);
    assert!(d["created_at"].as_str().unwrap().ends_with('Z'));
    // Exactly the SPEC's keys.
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 10, "{keys:?}");
    // The other fax number is listed.
    assert!(run.stderr.contains("+442079460000"), "{}", run.stderr);
    // --to picks one, in any spelling.
    let d = env
        .run(&[
            "fax",
            "new",
            "robin",
            "--to",
            "+44 (20) 7946-0000",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(d["to"]["number"], "+442079460000");
    env.run(&["fax", "new", "robin", "--to", "+44 20 7946 1111"])
        .code(3);
    // Named by its second fax number: that one.
    let d = env
        .run(&["fax", "new", "+442079460000", "--json"])
        .ok()
        .json();
    assert_eq!(d["to"]["number"], "+442079460000");
    assert_eq!(d["to"]["name"], "Robin Lee");
    env.run(&["fax", "discard", &d["id"].to_string()]).ok();
    // list and show
    let list = env.run(&["fax", "list", "--json"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(
        env.run(&["fax", "show", "1", "--json"]).ok().json()["subject"],
        "Contract"
    );
    let show = env.run(&["fax", "show", "1"]).ok();
    for text in [
        "Robin Lee",
        "Acme",
        "+15550109999",
        "Subject:  Contract",
        "Please sign",
        "cover page + 1 attachment",
    ] {
        assert!(show.stdout.contains(text), "{text}: {}", show.stdout);
    }
    let table = env.run(&["fax", "list"]).ok();
    assert!(table.stdout.contains("Contract"), "{}", table.stdout);
    env.run(&["fax", "show", "9"]).code(3);
    env.run(&["fax", "show", "x"]).code(2);
}

#[test]
fn no_fax_number_missing_files_and_bare_numbers() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee", "--phone", "(555) 010-1234"]);
    let run = env.run(&["fax", "new", "robin"]).code(5);
    assert!(
        run.stderr.contains("Robin Lee has no fax number"),
        "{}",
        run.stderr
    );
    env.add(&["--name", "Ann Fax", "--fax", "555 010 9999"]);
    let run = env
        .run(&["fax", "new", "ann", "--attach", "missing.pdf"])
        .code(2);
    assert!(run.stderr.contains("missing.pdf"), "{}", run.stderr);
    std::fs::create_dir(env.path("folder")).unwrap();
    env.run(&["fax", "new", "ann", "--attach", "folder"])
        .code(2);
    assert_eq!(
        env.run(&["fax", "list", "--json"]).ok().json(),
        serde_json::json!([])
    );
    // A bare number.
    let d = env
        .run(&["fax", "new", "+1 (555) 010-8888", "--json"])
        .ok()
        .json();
    assert_eq!(
        d["to"],
        serde_json::json!({"name": null, "company": null, "number": "+15550108888"})
    );
    // Services take no fax.
    seed(
        &env,
        Contact {
            display_name: "Sales Queue".into(),
            source: Source::Company,
            kind: Kind::CallQueue,
            faxes: vec![Phone {
                label: None,
                number: Some("+15550107000".into()),
                raw: "555 010 7000".into(),
            }],
            ..Contact::default()
        },
    );
    let run = env.run(&["fax", "new", "sales queue"]).code(5);
    assert!(run.stderr.contains("call queue"), "{}", run.stderr);
}

#[test]
fn the_sender_comes_from_the_profile() {
    let env = Env::new();
    env.add(&["--name", "Me Myself", "--phone", "(555) 010-0001"]);
    env.add(&["--name", "Robin Lee", "--fax", "555 010 9999"]);
    env.run(&["config", "set", "me", "me myself"]).ok();
    let d = env.run(&["fax", "new", "robin", "--json"]).ok().json();
    assert_eq!(
        d["from"],
        serde_json::json!({"name": "Me Myself", "number": "+15550100001"})
    );
    // A colleague with only an extension sends from it; the cover page says who.
    seed(
        &env,
        Contact {
            display_name: "Dana Scully".into(),
            source: Source::Company,
            extensions: vec![kard::model::Extension {
                account: kard::model::Account::Work,
                number: "4321".into(),
            }],
            ..Contact::default()
        },
    );
    env.run(&["config", "set", "me", "dana"]).ok();
    let d = env.run(&["fax", "new", "robin", "--json"]).ok().json();
    assert_eq!(
        d["from"],
        serde_json::json!({"name": "Dana Scully", "number": "4321"})
    );
    let show = env.run(&["fax", "show", &d["id"].to_string()]).ok();
    assert!(
        show.stdout.contains("From:     Dana Scully"),
        "{}",
        show.stdout
    );
}

#[test]
fn send_runs_the_command_with_each_value_one_argument() {
    let env = Env::new();
    let evil = "O'Brien; rm -rf \"x\"";
    env.add(&[
        "--name",
        evil,
        "--org",
        "Smith & Sons $(reboot)",
        "--fax",
        "555 010 9999",
    ]);
    std::fs::write(env.path("a file.pdf"), b"one").unwrap();
    std::fs::write(env.path("b.pdf"), b"two!").unwrap();
    env.run(&[
        "fax",
        "new",
        "o'brien",
        "--subject",
        "Hi",
        "--note",
        "Cover note",
        "--attach",
        "a file.pdf",
        "--attach",
        "b.pdf",
    ])
    .ok();
    // No command configured: refused, saying how to set one.
    let run = env.run(&["fax", "send", "1"]).code(5);
    assert!(
        run.stderr.contains("kard config set fax.command"),
        "{}",
        run.stderr
    );
    env.run(&["config", "set", "fax.command", &fake_fax()]).ok();
    let log = env.path("args.log");
    let cover_copy = env.path("cover.txt");
    let run = env.run_with(&["fax", "send", "1", "--json"], |c| {
        c.env("FAX_LOG", &log).env("FAX_COVER_COPY", &cover_copy);
    });
    let d = run.ok().json();
    let args = std::fs::read_to_string(&log).unwrap();
    let args: Vec<&str> = args.lines().collect();
    let dir = env.path("").canonicalize().unwrap();
    assert_eq!(args.len(), 6, "{args:?}");
    assert_eq!(args[0], "+15550109999");
    assert_eq!(args[1], evil);
    assert_eq!(args[2], "--company=Smith & Sons $(reboot)");
    assert_eq!(args[3], dir.join("a file.pdf").to_str().unwrap());
    assert_eq!(args[4], dir.join("b.pdf").to_str().unwrap());
    assert!(args[5].contains("kard-fax-1-cover"), "{}", args[5]);
    assert!(
        !std::path::Path::new(args[5]).exists(),
        "the cover file is removed afterwards"
    );
    let cover = std::fs::read_to_string(&cover_copy).unwrap();
    assert!(
        cover.contains(evil) && cover.contains("Cover note"),
        "{cover}"
    );
    assert_eq!(d["status"], "sent");
    assert_eq!(d["result"]["exit"], 0);
    assert!(d["sent_at"].as_str().unwrap().ends_with('Z'));
    // Never sent twice.
    std::fs::remove_file(&log).unwrap();
    let run = send(&env, "1", &log).code(5);
    assert!(run.stderr.contains("already sent"), "{}", run.stderr);
    assert!(!log.exists());
    assert_eq!(
        env.run(&["fax", "show", "1", "--json"]).ok().json()["status"],
        "sent"
    );
}

#[test]
fn a_failing_command_is_recorded() {
    let env = Env::new();
    env.run(&["fax", "new", "555 010 9999"]).ok();
    env.run(&[
        "config",
        "set",
        "fax.command",
        &format!("{} {{number}}", Env::data("failing-fax.sh").display()),
    ])
    .ok();
    let run = env.run(&["fax", "send", "1"]).code(1);
    assert!(run.stderr.contains("no dial tone"), "{}", run.stderr);
    let d = env.run(&["fax", "show", "1", "--json"]).ok().json();
    assert_eq!(d["status"], "failed");
    assert_eq!(
        d["result"],
        serde_json::json!({"exit": 3, "stderr": "no dial tone on /dev/ttyS0"})
    );
    assert_eq!(d["sent_at"], serde_json::Value::Null);
    // A failed draft may be sent again once the command works.
    env.run(&["config", "set", "fax.command", &fake_fax()]).ok();
    let log = env.path("args.log");
    let d = send(&env, "1", &log).ok().json();
    assert_eq!(d["status"], "sent");
    // No {files}: attachments add no argument; a missing program is a failure too.
    env.run(&["fax", "new", "555 010 9998"]).ok();
    env.run(&[
        "config",
        "set",
        "fax.command",
        "/nonexistent/sendfax {number}",
    ])
    .ok();
    env.run(&["fax", "send", "2"]).code(1);
    assert_eq!(
        env.run(&["fax", "show", "2", "--json"]).ok().json()["result"]["exit"],
        127
    );
    // A template that does not split is refused before anything runs.
    env.run(&["config", "set", "fax.command", "sendfax '{number}"])
        .ok();
    env.run(&["fax", "send", "2"]).code(5);
}

#[test]
fn discard() {
    let env = Env::new();
    env.run(&["fax", "new", "555 010 9999"]).ok();
    env.run(&["fax", "discard", "1"]).ok();
    env.run(&["fax", "discard", "1"]).code(3);
    env.run(&["fax", "show", "1"]).code(3);
    env.run(&["fax", "send", "1"]).code(3);
}

#[test]
fn a_draft_being_sent_is_not_sent_again() {
    let env = Env::new();
    env.run(&["fax", "new", "555 010 9999"]).ok();
    env.run(&["config", "set", "fax.command", &fake_fax()]).ok();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // Another `fax send` (here: this live test process) holds it.
    env.sql()
        .execute(
            "UPDATE fax SET sending_pid = ?1, sending_since = ?2",
            [i64::from(std::process::id()), now],
        )
        .unwrap();
    let log = env.path("args.log");
    let run = send(&env, "1", &log).code(5);
    assert!(
        run.stderr.contains("being sent by another kard"),
        "{}",
        run.stderr
    );
    assert!(!log.exists());
    // A claim left by a process that is gone does not block it.
    env.sql()
        .execute("UPDATE fax SET sending_pid = 999999999", [])
        .unwrap();
    assert_eq!(send(&env, "1", &log).ok().json()["status"], "sent");
    let claim: Option<i64> = env
        .sql()
        .query_row("SELECT sending_pid FROM fax", [], |r| r.get(0))
        .unwrap();
    assert_eq!(claim, None);
}
