//! `kard remote`: discovery, listing, removal, `add --remote`, passwords never stored.

use crate::env::Env;
use crate::servers::{Kind, Server, PASSWORD, USER};

#[test]
fn discovery_from_the_server_url_lists_several_books_and_takes_book() {
    let Some(server) = Server::start(Kind::Radicale) else {
        return;
    };
    server.mkcol("work", "Work Book");
    let env = Env::new();
    let base = server.base();
    let add = |extra: &[&str]| {
        let mut args = vec!["remote", "add", "r", base.as_str(), "--user", USER];
        args.extend_from_slice(extra);
        env.run_with(&args, |c| {
            c.env("KARD_PASSWORD_R", PASSWORD);
        })
    };
    let run = add(&[]).code(2);
    assert!(
        run.stderr.contains("Work Book")
            && run.stderr.contains("Contacts")
            && run.stderr.contains("--book"),
        "{}",
        run.stderr
    );
    add(&["--book", "Work Book"]).ok();
    let shown = env.run(&["remote", "show", "r", "--json"]).ok().json();
    assert_eq!(shown["url"], format!("{base}/{USER}/work/"));
    assert_eq!(shown["book"], "Work Book");
    // The password is nowhere in the store.
    let db = std::fs::read(&env.db).unwrap();
    assert!(!db.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes()));
    // A wrong password from a password command: exit 7 naming the URL and status.
    let env2 = Env::new();
    let run = env2.run(&[
        "remote",
        "add",
        "r",
        &base,
        "--user",
        USER,
        "--password-command",
        "echo 'not it'",
    ]);
    let run = run.code(7);
    assert!(run.stderr.contains("401"), "{}", run.stderr);
    // The right one from a password command (run without a shell).
    env2.run(&[
        "remote",
        "add",
        "r",
        &server.book(),
        "--user",
        USER,
        "--password-command",
        &format!("printf '%s\\nignored' {PASSWORD}"),
    ])
    .ok();
    env2.run(&["sync"]).ok();
}

#[test]
fn discovery_through_the_principal_on_xandikos() {
    let Some(server) = Server::start(Kind::Xandikos) else {
        return;
    };
    let env = Env::new();
    env.run(&["remote", "add", "x", &server.base()]).ok();
    let shown = env.run(&["remote", "show", "x", "--json"]).ok().json();
    assert_eq!(shown["url"], server.book());
}

#[test]
fn list_default_add_remote_and_remove() {
    let env = Env::new();
    let a = env.path("a");
    let b = env.path("b");
    env.run(&["remote", "add", "a", &format!("vdir:{}", a.display())])
        .ok();
    // The only remote is the default: new contacts go there.
    let id = env.add(&["--name", "In A"]);
    assert_eq!(env.card(&format!("id:{id}"))["remote"], "a");
    env.run(&[
        "remote",
        "add",
        "b",
        &format!("vdir:{}", b.display()),
        "--default",
    ])
    .ok();
    let id = env.add(&["--name", "In B"]);
    assert_eq!(env.card(&format!("id:{id}"))["remote"], "b");
    let id = env.add(&["--name", "Also A", "--remote", "a"]);
    assert_eq!(env.card(&format!("id:{id}"))["remote"], "a");
    env.run(&["add", "--name", "Nowhere", "--remote", "zzz"])
        .code(3);
    let list = env.run(&["remote", "list", "--json"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(list[1]["default"], true);
    env.run(&["remote", "add", "a", "vdir:x"]).code(2);
    env.run(&["remote", "remove", "a", "--keep-contacts"]).ok();
    assert_eq!(env.card("In A")["remote"], serde_json::Value::Null);
    env.run(&["remote", "remove", "b"]).ok();
    env.run(&["show", "In B"]).code(3);
    assert_eq!(
        env.run(&["trash", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.run(&["remote", "show", "b"]).code(3);
}
