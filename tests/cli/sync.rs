//! `kard sync` against real Radicale and Xandikos servers (each test runs on both), and
//! against a vdir folder.

use crate::env::{Env, Run};
use crate::servers::{vcard, Kind, Server, KINDS, PASSWORD};
use serde_json::Value;
use std::time::Duration;

/// kard with the remote's password in the environment.
fn kard(env: &Env, args: &[&str]) -> Run {
    env.run_with(args, |c| {
        c.env("KARD_PASSWORD_S", PASSWORD);
    })
}

/// A store with the remote `s` on `server`.
fn store_for(server: &Server) -> Env {
    let env = Env::new();
    let args = server.remote_args("s");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    kard(&env, &args).ok();
    env
}

fn sync(env: &Env, extra: &[&str]) -> Value {
    let mut args = vec!["sync", "--json"];
    args.extend_from_slice(extra);
    let run = kard(env, &args).ok();
    run.json()["remotes"][0].clone()
}

fn counts(summary: &Value) -> [u64; 6] {
    let n = |side: &str, what: &str| summary[side][what].as_u64().unwrap();
    [
        n("pulled", "added"),
        n("pulled", "updated"),
        n("pulled", "deleted"),
        n("pushed", "added"),
        n("pushed", "updated"),
        n("pushed", "deleted"),
    ]
}

fn names(env: &Env) -> Vec<String> {
    let list = env.run(&["list", "--json"]).ok().json();
    let mut v: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

fn each_server(test: impl Fn(&mut Server)) {
    for kind in KINDS {
        if let Some(mut server) = Server::start(kind) {
            test(&mut server);
        }
    }
}

const PHOTO: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

#[test]
fn first_sync_both_ways_with_accents_multiline_notes_and_photos() {
    each_server(|server| {
        server.put(
            "srv-1.vcf",
            &vcard(
                "srv-1",
                "Jörg Müller",
                &format!("TEL;TYPE=CELL:+49 30 1234567\r\nNOTE:erste Zeile\\nzweite Zeile\r\nPHOTO;ENCODING=b;TYPE=PNG:{PHOTO}\r\n"),
            ),
        );
        let a = store_for(server);
        let id = a.add(&[
            "--name",
            "Zoë Ünal",
            "--phone",
            "mobile:+1 555 010 1234",
            "--note",
            "line one\nline two, with; marks",
        ]);
        assert_eq!(a.card(&format!("id:{id}"))["remote"], "s");
        let s = sync(&a, &[]);
        assert_eq!(counts(&s), [1, 0, 0, 1, 0, 0], "{s}");
        assert_eq!(server.cards().len(), 2);
        let text = server.all_text();
        assert!(text.contains("Zo") && text.contains("TYPE="), "{text}");
        // Nothing more to do: nothing moves, the card is not rewritten.
        let before = server.all_text();
        assert_eq!(counts(&sync(&a, &[])), [0; 6]);
        assert_eq!(server.all_text(), before);
        // A second store gets both, whole.
        let b = store_for(server);
        assert_eq!(counts(&sync(&b, &[])), [2, 0, 0, 0, 0, 0]);
        assert_eq!(names(&b), ["Jörg Müller", "Zoë Ünal"]);
        let zoe = b.card("Zoë Ünal");
        assert_eq!(zoe["notes"], "line one\nline two, with; marks");
        assert_eq!(zoe["phones"][0]["number"], "+15550101234");
        assert_eq!(zoe["remote"], "s");
        let jorg = a.card("Jörg Müller");
        assert_eq!(jorg["notes"], "erste Zeile\nzweite Zeile");
        assert_eq!(jorg["photo"]["media_type"], "image/png");
        assert_eq!(jorg["photo"]["bytes"], 70);
        assert_eq!(counts(&sync(&b, &[])), [0; 6]);
    });
}

#[test]
fn first_sync_merges_a_matching_local_contact_without_duplicates() {
    each_server(|server| {
        server.put(
            "m.vcf",
            &vcard(
                "m-1",
                "Robin Lee",
                "EMAIL:robin@acme.example\r\nTITLE:Engineer\r\n",
            ),
        );
        let env = Env::new();
        // A local-only contact of the same person, made before the remote.
        env.add(&[
            "--name",
            "Robin Lee",
            "--email",
            "robin@acme.example",
            "--org",
            "Acme",
        ]);
        let args = server.remote_args("s");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        kard(&env, &args).ok();
        let s = sync(&env, &[]);
        assert_eq!(counts(&s), [0, 1, 0, 0, 1, 0], "{s}");
        assert_eq!(names(&env), ["Robin Lee"]);
        let c = env.card("Robin Lee");
        assert_eq!(
            (c["title"].as_str(), c["organization"].as_str()),
            (Some("Engineer"), Some("Acme"))
        );
        assert_eq!(server.cards(), ["m.vcf"]);
        assert!(server.get("m.vcf").unwrap().contains("Acme"));
    });
}

#[test]
fn changes_on_the_server_come_in() {
    each_server(|server| {
        server.put("a.vcf", &vcard("a", "Ann Example", "TITLE:CEO\r\n"));
        server.put("b.vcf", &vcard("b", "Bob Example", ""));
        let env = store_for(server);
        sync(&env, &[]);
        server.put(
            "a.vcf",
            &vcard("a", "Ann Example", "TITLE:Chair\r\nX-UNKNOWN-PROP:kept\r\n"),
        );
        server.delete("b.vcf");
        server.put("c.vcf", &vcard("c", "Cy Example", ""));
        assert_eq!(counts(&sync(&env, &[])), [1, 1, 1, 0, 0, 0]);
        assert_eq!(names(&env), ["Ann Example", "Cy Example"]);
        assert_eq!(env.card("Ann Example")["title"], "Chair");
        let trash = env.run(&["trash", "--json"]).ok().json();
        assert_eq!(trash[0]["contact"]["display_name"], "Bob Example");
        // A local edit keeps the property kard does not model.
        env.run(&["edit", "Ann Example", "--org", "Acme"]).ok();
        assert_eq!(counts(&sync(&env, &[])), [0, 0, 0, 0, 1, 0]);
        let a = server.get("a.vcf").unwrap();
        assert!(
            a.contains("Acme") && a.contains("X-UNKNOWN-PROP") && a.contains("Chair"),
            "{a}"
        );
    });
}

#[test]
fn local_changes_go_out_and_a_restored_contact_comes_back() {
    each_server(|server| {
        let env = store_for(server);
        env.add(&["--name", "Dee Local", "--email", "dee@example.org"]);
        env.add(&["--name", "Eve Local"]);
        sync(&env, &[]);
        assert_eq!(server.cards().len(), 2);
        env.run(&["edit", "Dee Local", "--title", "Boss"]).ok();
        env.run(&["delete", "Eve Local"]).ok();
        assert_eq!(counts(&sync(&env, &[])), [0, 0, 0, 0, 1, 1]);
        assert_eq!(server.cards().len(), 1);
        assert!(server.all_text().contains("Boss"));
        // Restored from the trash: sent again on the next sync.
        env.run(&["trash", "restore", "Eve Local"]).ok();
        assert_eq!(counts(&sync(&env, &[])), [0, 0, 0, 1, 0, 0]);
        assert_eq!(server.cards().len(), 2);
        // Gone for good here: gone there too.
        env.run(&["delete", "Eve Local"]).ok();
        env.run(&["trash", "empty", "--yes"]).ok();
        assert_eq!(counts(&sync(&env, &[])), [0, 0, 0, 0, 0, 1]);
        assert_eq!(server.cards().len(), 1);
        assert_eq!(counts(&sync(&env, &[])), [0; 6]);
    });
}

#[test]
fn three_way_merge_and_conflicts_with_each_prefer() {
    each_server(|server| {
        server.put(
            "t.vcf",
            &vcard("t", "Tess Merge", "TITLE:Base\r\nEMAIL:t@example.org\r\n"),
        );
        let env = store_for(server);
        sync(&env, &[]);
        // Both change the title; the server the organization; kard adds an email.
        server.put(
            "t.vcf",
            &vcard(
                "t",
                "Tess Merge",
                "TITLE:Server title\r\nORG:Server Org\r\nEMAIL:t@example.org\r\n",
            ),
        );
        env.run(&[
            "edit",
            "Tess Merge",
            "--title",
            "Local title",
            "--add-email",
            "tess@home.example",
        ])
        .ok();
        let s = sync(&env, &["--prefer", "local"]);
        assert_eq!(
            s["conflicts"],
            serde_json::json!([{"contact": "Tess Merge", "field": "title", "server": "Server title", "local": "Local title", "kept": "local"}])
        );
        let c = env.card("Tess Merge");
        assert_eq!(
            (c["title"].as_str(), c["organization"].as_str()),
            (Some("Local title"), Some("Server Org"))
        );
        assert_eq!(c["emails"].as_array().unwrap().len(), 2);
        let text = server.get("t.vcf").unwrap();
        assert!(
            text.contains("Local title")
                && text.contains("Server Org")
                && text.contains("tess@home.example"),
            "{text}"
        );
        // Again, the server wins this time.
        server.put("t.vcf", &vcard("t", "Tess Merge", "TITLE:Server again\r\nORG:Server Org\r\nEMAIL:t@example.org\r\nEMAIL:tess@home.example\r\n"));
        env.run(&["edit", "Tess Merge", "--title", "Local again"])
            .ok();
        let s = sync(&env, &[]);
        assert_eq!(s["conflicts"][0]["kept"], "server");
        assert_eq!(s["conflicts"][0]["local"], "Local again");
        assert_eq!(env.card("Tess Merge")["title"], "Server again");
        assert_eq!(counts(&sync(&env, &[])), [0; 6]);
    });
}

#[test]
fn an_expired_token_means_one_full_comparison_and_no_duplicates() {
    each_server(|server| {
        server.put("x.vcf", &vcard("x", "Xena Token", ""));
        let env = store_for(server);
        env.add(&["--name", "Yan Token"]);
        sync(&env, &[]);
        env.sql()
            .execute(
                "UPDATE remote SET sync_token = 'http://radicale.org/ns/sync/bogus'",
                [],
            )
            .unwrap();
        server.put("z.vcf", &vcard("z", "Zed Token", ""));
        let s = sync(&env, &[]);
        assert_eq!(counts(&s), [1, 0, 0, 0, 0, 0], "{s}");
        assert_eq!(names(&env), ["Xena Token", "Yan Token", "Zed Token"]);
        assert_eq!(server.cards().len(), 3);
    });
}

#[test]
fn a_412_fetches_and_merges_instead_of_overwriting() {
    each_server(|server| {
        server.put("c.vcf", &vcard("c", "Cora Race", "TITLE:Old\r\n"));
        let env = store_for(server);
        sync(&env, &[]);
        // The server's card changed in a way the stored token does not show (as if
        // between kard's listing and its write): kard's ETag is stale.
        server.put(
            "c.vcf",
            &vcard("c", "Cora Race", "TITLE:Old\r\nORG:Their Org\r\n"),
        );
        env.sql()
            .execute("UPDATE remote_card SET etag = '\"stale\"'", [])
            .unwrap();
        // Hide the server's change from the listing: the token of after it, as another
        // store gets it.
        let other = store_for(server);
        sync(&other, &[]);
        let token: Option<String> = other
            .sql()
            .query_row("SELECT sync_token FROM remote", [], |r| r.get(0))
            .unwrap();
        env.sql()
            .execute("UPDATE remote SET sync_token = ?1", [token])
            .unwrap();
        env.run(&["edit", "Cora Race", "--title", "New"]).ok();
        let s = sync(&env, &[]);
        assert_eq!(s["pushed"]["updated"], 1, "{s}");
        let text = server.get("c.vcf").unwrap();
        assert!(text.contains("New") && text.contains("Their Org"), "{text}");
        assert_eq!(env.card("Cora Race")["organization"], "Their Org");
        assert_eq!(server.cards().len(), 1);
    });
}

#[test]
fn a_server_down_or_a_wrong_password_is_exit_7_and_changes_nothing() {
    each_server(|server| {
        let env = store_for(server);
        env.add(&["--name", "Pat Waiting"]);
        if server.kind == Kind::Radicale {
            let run = env
                .run_with(&["sync"], |c| {
                    c.env("KARD_PASSWORD_S", "wrong");
                })
                .code(7);
            assert!(
                run.stderr.contains("401") && run.stderr.contains(&server.book()),
                "{}",
                run.stderr
            );
        }
        server.stop();
        let run = kard(&env, &["sync"]).code(7);
        assert!(
            run.stderr.contains(&format!("127.0.0.1:{}", server.port)),
            "{}",
            run.stderr
        );
        let synced: Option<String> = env
            .sql()
            .query_row("SELECT href FROM remote_card", [], |r| r.get(0))
            .unwrap();
        assert_eq!(synced, None);
        server.restart();
        assert_eq!(counts(&sync(&env, &[])), [0, 0, 0, 1, 0, 0]);
        assert_eq!(server.cards().len(), 1);
    });
}

#[test]
fn a_sync_killed_midway_is_finished_by_the_next_without_duplicates() {
    each_server(|server| {
        let env = store_for(server);
        let mut cards = String::new();
        for i in 0..150 {
            cards.push_str(&format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i:03}\r\nEMAIL:p{i}@example.org\r\nEND:VCARD\r\n"));
        }
        std::fs::write(env.path("many.vcf"), cards).unwrap();
        env.run(&["import", "many.vcf"]).ok();
        // Imported contacts are local-only; join them to the remote.
        env.sql()
            .execute(
                "INSERT INTO remote_card (remote_id, contact_id) SELECT 1, id FROM contact",
                [],
            )
            .unwrap();
        for delay in [150, 400] {
            let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kard"))
                .env("KARD_DB", &env.db)
                .env("KARD_PASSWORD_S", PASSWORD)
                .args(["sync", "-q"])
                .spawn()
                .unwrap();
            std::thread::sleep(Duration::from_millis(delay));
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
            assert_eq!(names(&env).len(), 150, "killed after {delay} ms");
        }
        sync(&env, &[]);
        assert_eq!(server.cards().len(), 150);
        assert_eq!(names(&env).len(), 150);
        assert_eq!(counts(&sync(&env, &[])), [0; 6]);
        let other = store_for(server);
        sync(&other, &[]);
        assert_eq!(names(&other).len(), 150);
    });
}

#[test]
fn a_dry_run_changes_nothing_on_either_side() {
    each_server(|server| {
        server.put("d.vcf", &vcard("d", "Dry Server", ""));
        let env = store_for(server);
        env.add(&["--name", "Dry Local"]);
        let s = sync(&env, &["--dry-run"]);
        assert_eq!(counts(&s), [1, 0, 0, 1, 0, 0]);
        assert_eq!(names(&env), ["Dry Local"]);
        assert_eq!(server.cards(), ["d.vcf"]);
    });
}

#[test]
fn a_vdir_is_one_vcf_per_contact_named_by_uid() {
    let env = Env::new();
    let dir = env.path("contacts");
    env.run(&["remote", "add", "v", &format!("vdir:{}", dir.display())])
        .ok();
    let id = env.add(&[
        "--name",
        "Vera Folder",
        "--phone",
        "home:+1 555 010 7777",
        "--note",
        "a\nb",
    ]);
    let uid = env.card(&format!("id:{id}"))["uid"]
        .as_str()
        .unwrap()
        .to_string();
    let s = sync(&env, &[]);
    assert_eq!(counts(&s), [0, 0, 0, 1, 0, 0]);
    let file = dir.join(format!("{uid}.vcf"));
    let text = std::fs::read_to_string(&file).unwrap();
    // What khard reads: vCard 3.0, a UID, TYPE= parameters, CRLF lines.
    assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"), "{text}");
    assert!(
        text.contains(&format!("UID:{uid}\r\n")) && text.contains("TEL;TYPE=HOME:"),
        "{text}"
    );
    // Another program adds and edits files; kard follows.
    std::fs::write(dir.join("other.vcf"), vcard("other", "Otto Other", "")).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&file, text.replace("FN:Vera Folder", "FN:Vera Renamed")).unwrap();
    assert_eq!(counts(&sync(&env, &[])), [1, 1, 0, 0, 0, 0]);
    assert_eq!(names(&env), ["Otto Other", "Vera Renamed"]);
    std::fs::remove_file(dir.join("other.vcf")).unwrap();
    assert_eq!(counts(&sync(&env, &[])), [0, 0, 1, 0, 0, 0]);
    assert_eq!(counts(&sync(&env, &[])), [0; 6]);
}

#[test]
fn a_server_stopped_midway_then_restarted_is_finished_without_duplicates() {
    each_server(|server| {
        let env = store_for(server);
        let mut cards = String::new();
        for i in 0..120 {
            cards.push_str(&format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mid {i:03}\r\nTEL:+1 555 010 {i:04}\r\nEND:VCARD\r\n"
            ));
        }
        std::fs::write(env.path("mid.vcf"), cards).unwrap();
        env.run(&["import", "mid.vcf"]).ok();
        env.sql()
            .execute(
                "INSERT INTO remote_card (remote_id, contact_id) SELECT 1, id FROM contact",
                [],
            )
            .unwrap();
        let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kard"))
            .env("KARD_DB", &env.db)
            .env("KARD_PASSWORD_S", PASSWORD)
            .args(["sync", "-q"])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(300));
        server.stop_gently();
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            assert_eq!(out.status.code(), Some(7), "{stderr}");
            assert!(stderr.contains("127.0.0.1"), "{stderr}");
        }
        server.restart();
        sync(&env, &[]);
        assert_eq!(server.cards().len(), 120);
        assert_eq!(names(&env).len(), 120);
        assert_eq!(counts(&sync(&env, &[])), [0; 6]);
    });
}
