//! `kard duplicates` and `kard merge`.

use crate::env::Env;
use serde_json::json;

#[test]
fn duplicates_by_number_email_and_name_with_reasons() {
    let env = Env::new();
    let a = env.add(&["--name", "Robin Lee", "--phone", "(555) 010-1234"]);
    let b = env.add(&[
        "--name",
        "R. Lee",
        "--phone",
        "+1 555 010 1234",
        "--email",
        "Robin@X.example",
    ]);
    let c = env.add(&["--name", "Bobby", "--email", "robin@x.example"]);
    let d = env.add(&["--name", "Ann Díaz"]);
    let e = env.add(&["--name", "ann diaz"]);
    env.add(&["--name", "Solo"]);
    let groups = env.run(&["duplicates", "--json"]).ok().json();
    let groups = groups.as_array().unwrap();
    assert_eq!(groups.len(), 2);
    let ids = |g: &serde_json::Value| -> Vec<i64> {
        g["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(ids(&groups[0]), [a, b, c]);
    assert_eq!(
        groups[0]["reasons"],
        json!(["same email robin@x.example", "same phone +15550101234"])
    );
    assert_eq!(ids(&groups[1]), [d, e]);
    assert_eq!(groups[1]["reasons"], json!(["same name ann diaz"]));
    let table = env.run(&["duplicates"]).ok().stdout;
    assert!(
        table.contains("R. Lee (id:2)") && table.contains("same phone +15550101234"),
        "{table}"
    );
}

#[test]
fn merge_keeps_every_value_and_trashes_the_rest() {
    let env = Env::new();
    let a = env.add(&[
        "--name",
        "Robin Lee",
        "--title",
        "CEO",
        "--phone",
        "(555) 010-1234",
        "--label",
        "Friends",
    ]);
    let b = env.add(&[
        "--name",
        "R. Lee",
        "--title",
        "CTO",
        "--org",
        "Acme",
        "--phone",
        "+1 555 010 1234",
        "--email",
        "robin@x.example",
        "--label",
        "Golf",
        "--favorite",
    ]);
    // A dry run changes nothing.
    let dry = env
        .run(&[
            "merge",
            &format!("id:{a}"),
            &format!("id:{b}"),
            "--dry-run",
            "--json",
        ])
        .ok();
    assert_eq!(dry.json()["organization"], "Acme");
    assert!(env.card(&format!("id:{b}"))["id"].is_number());
    let merged = env
        .run(&[
            "merge",
            "R. Lee",
            "Robin Lee",
            "--into",
            "Robin Lee",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(merged["id"], a);
    assert_eq!(merged["display_name"], "Robin Lee");
    assert_eq!(merged["title"], "CEO");
    assert_eq!(merged["organization"], "Acme");
    assert_eq!(merged["favorite"], true);
    assert_eq!(merged["categories"], json!(["Friends", "Golf"]));
    assert_eq!(merged["phones"].as_array().unwrap().len(), 1);
    assert_eq!(merged["emails"][0]["address"], "robin@x.example");
    let notes = merged["notes"].as_str().unwrap();
    assert!(notes.contains("title: CTO (from R. Lee)"), "{notes}");
    assert!(notes.contains("name: R. Lee (from R. Lee)"), "{notes}");
    // The other is in the trash, restorable.
    env.run(&["show", &format!("id:{b}")]).code(3);
    env.run(&["trash", "restore", "R. Lee"]).ok();
    assert_eq!(env.card(&format!("id:{b}"))["title"], "CTO");
    let groups = env.run(&["duplicates", "--json"]).ok().json();
    assert_eq!(groups.as_array().map(Vec::len), Some(1));
}

#[test]
fn merge_refuses_what_it_cannot_merge() {
    let env = Env::new();
    let a = env.add(&["--name", "Robin Lee"]);
    let other = env.add(&["--name", "Ann"]);
    let third = env.add(&["--name", "Cy"]);
    env.run(&["merge", &format!("id:{a}"), &format!("id:{a}")])
        .code(2);
    env.run(&[
        "merge",
        &format!("id:{a}"),
        &format!("id:{other}"),
        "--into",
        &format!("id:{third}"),
    ])
    .code(2);
    env.run(&["merge", &format!("id:{a}"), "nobody-here"])
        .code(3);
    env.sync_directory("d1,user,Kim Park,kim@corp.example,,24681\n");
    env.run(&["merge", &format!("id:{a}"), "Kim Park"]).code(5);
    assert!(env.card(&format!("id:{a}"))["id"].is_number());
}
