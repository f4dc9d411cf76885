//! `kard favorite`: mark and unmark contacts of any source; the mark survives syncs.
use crate::env::Env;

const DIRECTORY: &str = "d1,user,Dana Director,dana@acme.example,HQ,2001\n";

fn favorites(env: &Env) -> Vec<String> {
    env.names(&["--favorites"])
}

#[test]
fn mark_and_unmark_say_what_happened() {
    let env = Env::new();
    env.add(&["--name", "Ann Lee"]);
    let run = env.run(&["favorite", "ann"]).ok();
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "Ann Lee is marked as a favorite\n");
    assert_eq!(favorites(&env), ["Ann Lee"]);
    assert_eq!(env.card("ann")["favorite"], true);

    let run = env.run(&["favorite", "ann"]).ok();
    assert_eq!(run.stderr, "Ann Lee is already marked as a favorite\n");
    assert_eq!(favorites(&env), ["Ann Lee"]);

    let run = env.run(&["favorite", "--remove", "ann"]).ok();
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "Ann Lee is no longer a favorite\n");
    assert!(favorites(&env).is_empty());
    assert_eq!(env.card("ann")["favorite"], false);

    let run = env.run(&["favorite", "-r", "ann"]).ok();
    assert_eq!(run.stderr, "Ann Lee was already not a favorite\n");
    assert!(favorites(&env).is_empty());
}

#[test]
fn json_prints_the_card_as_stored() {
    let env = Env::new();
    env.add(&["--name", "Ann Lee"]);
    // Made long ago: marking it changes `updated_at`, which the printed card shows.
    env.sql()
        .execute("UPDATE contact SET updated_at = '2020-01-01T00:00:00Z'", [])
        .unwrap();
    let card = env.run(&["favorite", "--json", "ann"]).ok().json();
    assert_eq!(card["favorite"], true);
    assert_ne!(card["updated_at"], "2020-01-01T00:00:00Z");
    assert_eq!(card, env.card("ann"));
    let card = env
        .run(&["favorite", "--json", "--remove", "ann"])
        .ok()
        .json();
    assert_eq!(card["favorite"], false);
    assert_eq!(card, env.card("ann"));
}

#[test]
fn directory_contacts_can_be_favorites_and_stay_so_across_syncs() {
    let env = Env::new();
    env.sync_directory(DIRECTORY);
    let run = env.run(&["favorite", "dana"]).ok();
    assert_eq!(run.stderr, "Dana Director is marked as a favorite\n");
    let card = env.card("dana");
    assert_eq!(
        (card["source"].as_str(), card["favorite"].as_bool()),
        (Some("company"), Some(true))
    );
    // A re-sync that changes the entry keeps the mark.
    env.sync_directory("d1,user,Dana Director,dana@acme.example,Paris,2001\n");
    let card = env.card("dana");
    assert_eq!(card["location"], "Paris");
    assert_eq!(card["favorite"], true);
    assert_eq!(favorites(&env), ["Dana Director"]);
    // Still read-only otherwise.
    env.run(&["edit", "dana", "--title", "Boss"]).code(5);
}

#[test]
fn unknown_and_ambiguous_references_change_nothing() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee", "--org", "Acme"]);
    env.add(&["--name", "Robin Hood"]);
    let run = env.run(&["favorite", "id:999"]).code(3);
    assert_eq!(run.stdout, "");
    assert_eq!(run.stderr, "kard: error: no contact matches \"id:999\"\n");
    let run = env.run(&["favorite", "robin"]).code(4);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains("Robin Lee (Acme)"), "{}", run.stderr);
    assert!(run.stderr.contains("Robin Hood"), "{}", run.stderr);
    assert!(favorites(&env).is_empty());
    // One contact and no flag for it: a usage error.
    env.run(&["favorite"]).code(2);
    env.run(&["favorite", "robin lee", "robin hood"]).code(2);
    assert!(favorites(&env).is_empty());
}
