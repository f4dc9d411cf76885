//! Nothing lost, nothing half-written: kills mid-import, many writers at once.

use crate::env::Env;
use std::time::Duration;

fn count(env: &Env) -> i64 {
    env.sql()
        .query_row("SELECT count(*) FROM contact", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn killed_import_leaves_none_or_all_of_it() {
    let env = Env::new();
    env.add(&["--name", "Before", "--phone", "(555) 010-0001"]);
    let file = env.path("big.jsonl");
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "{{\"display_name\": \"Person {i}\", \"phones\": [{{\"raw\": \"+1 555 01{:02} {:04}\"}}], \"emails\": [{{\"address\": \"p{i}@x.example\"}}]}}\n",
            i % 100,
            i % 10_000
        ));
    }
    std::fs::write(&file, text).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("kard");
    for delay_ms in [30u64, 150, 400, 900] {
        let mut child = std::process::Command::new(&bin)
            .args(["import", "-q", file.to_str().unwrap()])
            .env("KARD_DB", &env.db)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let ok: String = env
            .sql()
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "after a kill at {delay_ms} ms");
        let n = count(&env);
        assert!(
            n == 1 || n == 20_001,
            "after a kill at {delay_ms} ms the store holds {n} contacts"
        );
        assert_eq!(env.card("Before")["phones"][0]["number"], "+15550100001");
        if n == 20_001 {
            break; // the import finished before the kill: nothing more to learn
        }
    }
}

#[test]
fn many_writers_at_once_lose_nothing() {
    let env = Env::new();
    env.run(&["list"]).ok();
    let bin = assert_cmd::cargo::cargo_bin("kard");
    let writers = 4;
    let ops = 25; // five commands each: 4 writers x 25 x 5 = 500 operations at once
    let children: Vec<_> = (0..writers)
        .map(|w| {
            let k = bin.display();
            let script = (0..ops)
                .map(|i| {
                    format!(
                        "{k} add -q --name 'W{w} N{i}' --phone '+1555020{w}{i:03}' >/dev/null || exit 1\n\
                         {k} edit -q 'id:'$({k} show --json 'W{w} N{i}' | sed -n 's/^  \"id\": \\([0-9]*\\),/\\1/p') --title T{i} >/dev/null || exit 2\n\
                         {k} favorite -q 'W{w} N{i}' || exit 3\n\
                         {k} block -q '+1 555 030 {w}{i:03}' || exit 5\n\
                         echo '{{\"display_name\": \"Imp W{w} N{i}\"}}' | {k} import -q - || exit 4"
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            std::process::Command::new("sh").arg("-c").arg(script).env("KARD_DB", &env.db).spawn().unwrap()
        })
        .collect();
    for mut c in children {
        let status = c.wait().unwrap();
        assert!(status.success(), "a writer failed: {status}");
    }
    let all = env.run(&["list", "--json"]).ok().json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), writers * ops * 2);
    let favorites = all.iter().filter(|c| c["favorite"] == true).count();
    assert_eq!(favorites, writers * ops);
    let titled = all
        .iter()
        .filter(|c| c["title"].as_str().is_some_and(|t| t.starts_with('T')))
        .count();
    assert_eq!(titled, writers * ops);
    let blocked = env.run(&["blocked", "--json"]).ok().json();
    assert_eq!(blocked.as_array().unwrap().len(), writers * ops);
}
