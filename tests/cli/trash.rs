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
    env.run(&["trash", "empty"]).ok();
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
fn delete_checks_every_reference_before_changing_anything() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    env.run(&["delete", "ann", "nobody"]).code(3);
    env.card("ann");
}

#[test]
fn favorites() {
    let env = Env::new();
    env.add(&["--name", "Ann"]);
    env.run(&["favorite", "ann"]).ok();
    env.run(&["favorite", "ann"]).ok();
    assert_eq!(env.card("ann")["favorite"], true);
    env.run(&["favorite", "--remove", "ann"]).ok();
    assert_eq!(env.card("ann")["favorite"], false);
}
