//! `kard trash`: what `delete` moved there, listed, restored whole, emptied.
use crate::env::Env;

#[test]
fn delete_moves_to_trash_and_restore_brings_it_back_whole() {
    let env = Env::new();
    let id = env.add(&[
        "--name",
        "Robin Lee",
        "--phone",
        "(555) 010-1234",
        "--email",
        "r@x.example",
        "--favorite",
    ]);
    let before = env.card("robin");
    env.run(&["delete", "robin"]).ok();
    env.run(&["show", "robin"]).code(3);
    env.run(&["show", "r@x.example"]).code(3);
    let trash = env.run(&["trash", "--json"]).ok().json();
    assert_eq!(trash[0]["contact"]["id"], id);
    env.run(&["trash", "restore", "robin lee"]).ok();
    let after = env.card("robin");
    assert_eq!(after, before);
    env.run(&["delete", &format!("id:{id}")]).ok();
    env.run(&["trash", "empty", "--yes"]).ok();
    env.run(&["trash", "restore", &format!("id:{id}")]).code(3);
    assert_eq!(
        env.sql()
            .query_row("SELECT count(*) FROM contact_value", [], |r| r
                .get::<_, i64>(0))
            .unwrap(),
        0
    );
}

#[test]
fn emptying_the_trash_asks_first() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee"]);
    env.run(&["delete", "robin"]).ok();
    // Not at a terminal, nobody can answer: refused, naming --yes, nothing removed.
    let run = env.run(&["trash", "empty"]).code(2);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    assert_eq!(
        env.run(&["trash", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.run(&["trash", "empty", "--yes"]).ok();
    assert_eq!(
        env.run(&["trash", "--json"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn restore_matches_part_of_a_name_and_ids_only_as_id_n() {
    let env = Env::new();
    let id = env.add(&["--name", "Ada Longname-Lovelace"]);
    env.add(&["--name", "Grace Hopper"]);
    env.run(&["delete", "ada", "grace"]).ok();
    // A bare number is never an id.
    env.run(&["trash", "restore", &id.to_string()]).code(3);
    env.run(&["trash", "restore", "long"]).ok();
    assert_eq!(env.card("ada")["id"], id);
    env.run(&["trash", "restore", "HOP"]).ok();
    env.card("grace");
    env.run(&["trash", "restore", "nobody"]).code(3);
}
