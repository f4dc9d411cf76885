//! `kard delete`: personal contacts into the trash, all or nothing, and back with
//! `trash restore`.
use crate::env::{Env, Run};

/// The display names in the trash, in its order.
fn trashed(env: &Env) -> Vec<String> {
    let trash = env.run(&["trash", "--json"]).ok().json();
    trash
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["contact"]["display_name"].as_str().unwrap().to_string())
        .collect()
}

/// Two personal Robins, and a company directory person.
fn seeded() -> (Env, i64, i64) {
    let env = Env::new();
    let lee = env.add(&[
        "--name",
        "Robin Lee",
        "--org",
        "Acme",
        "--phone",
        "555-010-1234",
    ]);
    let hood = env.add(&["--name", "Robin Hood", "--org", "Sherwood"]);
    env.sync_directory("d1,user,Dana Director,dana@acme.example,HQ,2001\n");
    (env, lee, hood)
}

#[track_caller]
fn nothing_deleted(env: &Env, run: &Run) {
    assert_eq!(run.stdout, "", "stdout is data only");
    assert!(trashed(env).is_empty(), "{}", run.stderr);
    assert_eq!(env.names(&[]), ["Dana Director", "Robin Hood", "Robin Lee"]);
}

#[test]
fn a_deleted_contact_goes_to_the_trash_and_out_of_every_lookup() {
    let (env, lee, _) = seeded();
    let run = env.run(&["delete", "robin lee"]).ok();
    assert_eq!(run.stdout, "");
    assert_eq!(
        run.stderr,
        format!("moved Robin Lee (id:{lee}) to the trash\n")
    );
    assert_eq!(trashed(&env), ["Robin Lee"]);
    assert_eq!(env.names(&[]), ["Dana Director", "Robin Hood"]);
    // Gone from every way of finding it: id, name, search by name and by digits.
    env.run(&["show", &format!("id:{lee}")]).code(3);
    env.run(&["show", "robin lee"]).code(3);
    assert!(env.names(&["lee"]).is_empty());
    assert!(env.names(&["1234"]).is_empty());
    // Deleting it again: it is no longer there to delete.
    env.run(&["delete", &format!("id:{lee}")]).code(3);
    assert_eq!(trashed(&env), ["Robin Lee"]);
}

#[test]
fn several_at_once_as_json_each_once() {
    let (env, lee, hood) = seeded();
    let run = env
        .run(&[
            "delete",
            "--json",
            "robin lee",
            &format!("id:{hood}"),
            "Robin Lee",
        ])
        .ok();
    assert_eq!(run.json(), serde_json::json!({ "deleted": [lee, hood] }));
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.stderr);
    let mut names = trashed(&env);
    names.sort();
    assert_eq!(names, ["Robin Hood", "Robin Lee"]);
    assert_eq!(env.names(&[]), ["Dana Director"]);
}

#[test]
fn an_unknown_id_is_not_found_and_nothing_changes() {
    let (env, _, _) = seeded();
    let run = env.run(&["delete", "id:999"]).code(3);
    assert_eq!(run.stderr, "kard: error: no contact matches \"id:999\"\n");
    nothing_deleted(&env, &run);
    // One unknown reference among good ones: none is deleted.
    let run = env.run(&["delete", "robin lee", "id:999"]).code(3);
    nothing_deleted(&env, &run);
}

#[test]
fn an_ambiguous_name_lists_the_candidates_and_nothing_changes() {
    let (env, lee, hood) = seeded();
    let run = env.run(&["delete", "robin"]).code(4);
    assert!(
        run.stderr.contains("\"robin\" matches 2 contacts"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("id:{lee}  Robin Lee (Acme)")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("id:{hood}  Robin Hood (Sherwood)")),
        "{}",
        run.stderr
    );
    nothing_deleted(&env, &run);
}

#[test]
fn directory_contacts_are_refused_and_nothing_changes() {
    let (env, _, _) = seeded();
    let run = env.run(&["delete", "dana"]).code(5);
    assert!(run.stderr.contains("Dana Director"), "{}", run.stderr);
    nothing_deleted(&env, &run);
    // With personal ones in the same command: still nothing.
    let run = env.run(&["delete", "robin lee", "dana"]).code(5);
    nothing_deleted(&env, &run);
}

#[test]
fn no_contact_named_is_a_usage_error() {
    let (env, _, _) = seeded();
    let run = env.run(&["delete"]).code(2);
    assert!(run.stderr.contains("CONTACTS"), "{}", run.stderr);
    nothing_deleted(&env, &run);
}

#[test]
fn restore_brings_back_every_value_and_the_lookups() {
    let env = Env::new();
    let id = env.add(&[
        "--name",
        "Robin Lee",
        "--org",
        "Acme",
        "--phone",
        "mobile:555-010-1234",
        "--fax",
        "555-010-9999",
        "--email",
        "robin@acme.example",
        "--address",
        "home:1 Main St;Springfield;IL;62701;US",
        "--label",
        "Friends",
        "--birthday",
        "1980-03-21",
        "--note",
        "met at the conference",
        "--favorite",
    ]);
    let before = env.card("robin");
    env.run(&["delete", "robin"]).ok();
    assert!(env.names(&["--favorites"]).is_empty());
    let run = env.run(&["trash", "restore", "robin"]).ok();
    assert_eq!(run.stdout, "");
    assert_eq!(env.card("robin"), before, "back whole, same id and uid");
    assert_eq!(before["id"], id);
    assert!(trashed(&env).is_empty());
    assert_eq!(env.names(&["--favorites"]), ["Robin Lee"]);
    assert_eq!(env.names(&["springfield"]), ["Robin Lee"]);
    assert_eq!(env.card("555 010 1234")["id"], id);
    assert_eq!(env.card("robin@acme.example")["id"], id);
}

#[test]
fn delete_checks_every_reference_before_changing_anything() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    env.run(&["delete", "ann", "nobody"]).code(3);
    env.card("ann");
}
