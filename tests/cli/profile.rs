use crate::env::Env;
use serde_json::{json, Value};

fn synced() -> Env {
    let env = Env::new();
    let f = Env::data("directory/acme.csv").display().to_string();
    env.run(&["directory", "sync", &f]).ok();
    env
}

fn resync(env: &Env, file: &str) {
    let f = Env::data(&format!("directory/{file}"))
        .display()
        .to_string();
    env.run(&["directory", "sync", &f]).ok();
}

fn profile(env: &Env) -> Value {
    env.run(&["profile", "--json"]).ok().json()
}

#[test]
fn profile_needs_me() {
    let env = synced();
    let run = env.run(&["profile"]).code(3);
    assert!(run.stderr.contains("profile set --me"), "{}", run.stderr);
    env.run(&["profile", "set", "--presence", "busy"]).code(3);
    env.run(&["profile", "set"]).code(2);
    env.run(&["profile", "set", "--me", "nobody at all"])
        .code(3);
    // Only a person of your own company directory can be you.
    let pal = env.add(&["--name", "Personal Pal"]);
    env.run(&["profile", "set", "--me", &format!("id:{pal}")])
        .code(5);
    env.run(&["profile", "set", "--me", "Support Queue"])
        .code(5);
}

#[test]
fn profile_set_me_and_show() {
    let env = synced();
    let robin = env.card("robin");
    let set = env
        .run(&["profile", "set", "--me", "2001", "--json"])
        .ok()
        .json();
    assert_eq!(set["id"], robin["id"]);
    let me = profile(&env);
    assert_eq!(me["id"], robin["id"]);
    assert_eq!(me["display_name"], "Robin Lee");
    assert_eq!(me["presence"], robin["presence"]);
    assert_eq!(
        env.run(&["config", "get", "me"]).ok().stdout.trim(),
        robin["uid"].as_str().unwrap()
    );
    let card = env.run(&["profile"]).ok().stdout;
    assert!(
        card.contains("Robin Lee") && card.contains("7001"),
        "{card}"
    );
    // `config set me` is the same thing.
    env.run(&["config", "set", "me", "pat morgan"]).ok();
    assert_eq!(profile(&env)["display_name"], "Pat Morgan");
}

#[test]
fn profile_presence_message_and_invisible() {
    let env = synced();
    env.run(&["profile", "set", "--me", "robin"]).ok();
    let me = env
        .run(&[
            "profile",
            "set",
            "--presence",
            "do-not-disturb",
            "--message",
            "Writing the plan",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(
        me["presence"],
        json!({"state": "do_not_disturb", "message": "Writing the plan"})
    );
    assert_eq!(env.card("robin")["presence"], me["presence"]);
    // Only the message: the state stays.
    env.run(&["profile", "set", "--message", "Back soon"]).ok();
    assert_eq!(
        profile(&env)["presence"],
        json!({"state": "do_not_disturb", "message": "Back soon"})
    );
    // Invisible: you see it, everyone else sees offline.
    env.run(&["profile", "set", "--presence", "invisible"]).ok();
    assert_eq!(profile(&env)["presence"]["state"], "invisible");
    assert_eq!(env.card("robin")["presence"]["state"], "offline");
    let listed = env.run(&["list", "robin", "--json"]).ok().json();
    assert_eq!(listed[0]["presence"]["state"], "offline");
    let tsv = env.run(&["list", "robin", "--format", "tsv"]).ok().stdout;
    assert!(tsv.lines().nth(1).unwrap().ends_with("\toffline"), "{tsv}");
    let table = env.run(&["list", "robin"]).ok().stdout;
    assert!(
        !table.contains("invisible") && table.contains("offline"),
        "{table}"
    );
    let card = env.run(&["show", "robin"]).ok().stdout;
    assert!(!card.contains("invisible"), "{card}");
    let own = env.run(&["profile"]).ok().stdout;
    assert!(own.contains("invisible"), "{own}");
    // An empty message clears it; unknown states are refused.
    env.run(&["profile", "set", "--message", ""]).ok();
    assert_eq!(profile(&env)["presence"]["message"], Value::Null);
    env.run(&["profile", "set", "--presence", "sleeping"])
        .code(2);
    assert_eq!(profile(&env)["presence"]["state"], "invisible");
}

#[test]
fn profile_values_survive_directory_syncs() {
    let env = synced();
    env.run(&["profile", "set", "--me", "mateo rossi"]).ok();
    let png = env.path("me.png");
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend([0u8; 100]);
    std::fs::write(&png, &bytes).unwrap();
    let png = png.display().to_string();
    env.run(&[
        "profile",
        "set",
        "--presence",
        "away",
        "--message",
        "Gone fishing",
        "--photo",
        &png,
    ])
    .ok();
    let before = env.card("mateo");
    // The same file again: the user's values stand, and nothing is rewritten.
    resync(&env, "acme.csv");
    let same = env.card("mateo");
    assert_eq!(same["updated_at"], before["updated_at"]);
    assert_eq!(
        same["presence"],
        json!({"state": "away", "message": "Gone fishing"})
    );
    // A later export changes Mateo's title and presence: the title follows the file,
    // the presence, message and photo stay the user's.
    resync(&env, "acme-changed.csv");
    let after = env.card("mateo");
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["title"], "Senior Account Executive");
    assert_eq!(
        after["presence"],
        json!({"state": "away", "message": "Gone fishing"})
    );
    assert_eq!(after["avatar"]["kind"], "photo");
    assert_eq!(
        after["photo"],
        json!({"media_type": "image/png", "bytes": 108})
    );
    assert_eq!(profile(&env)["id"], before["id"]);
    // Still read-only, the user's own entry included.
    env.run(&["edit", "mateo", "--title", "King"]).code(5);
    env.run(&["delete", "mateo"]).code(5);
    assert_eq!(env.card("mateo")["title"], "Senior Account Executive");
}

#[test]
fn profile_photo() {
    let env = synced();
    env.run(&["profile", "set", "--me", "robin"]).ok();
    let jpeg = env.path("me.jpg");
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0];
    bytes.extend(std::iter::repeat_n(7u8, 2000));
    std::fs::write(&jpeg, &bytes).unwrap();
    let jpeg = jpeg.display().to_string();
    let me = env
        .run(&["profile", "set", "--photo", &jpeg, "--json"])
        .ok()
        .json();
    assert_eq!(me["avatar"]["kind"], "photo");
    assert_eq!(
        me["photo"],
        json!({"media_type": "image/jpeg", "bytes": 2004})
    );
    let card = env.card("robin");
    assert_eq!(card["avatar"]["kind"], "photo");
    assert_eq!(card["photo"]["bytes"], 2004);
    // Not an image, or too big: refused, the photo kept.
    let text = env.path("notes.txt");
    std::fs::write(&text, "hello").unwrap();
    let run = env
        .run(&["profile", "set", "--photo", &text.display().to_string()])
        .code(5);
    assert!(run.stderr.contains("not a JPEG or PNG"), "{}", run.stderr);
    let big = env.path("big.png");
    let mut huge = b"\x89PNG\r\n\x1a\n".to_vec();
    huge.resize(5 * 1024 * 1024 + 1, 0);
    std::fs::write(&big, huge).unwrap();
    let run = env
        .run(&["profile", "set", "--photo", &big.display().to_string()])
        .code(5);
    assert!(run.stderr.contains("5 MB"), "{}", run.stderr);
    env.run(&["profile", "set", "--photo", "/no/such/file.png"])
        .code(1);
    assert_eq!(env.card("robin")["photo"]["bytes"], 2004);
    // --photo and --clear-photo together is a usage error.
    env.run(&["profile", "set", "--photo", &jpeg, "--clear-photo"])
        .code(2);
    let me = env
        .run(&["profile", "set", "--clear-photo", "--json"])
        .ok()
        .json();
    assert_eq!(me["photo"], Value::Null);
    assert_eq!(me["avatar"]["kind"], "initials");
    assert_eq!(env.card("robin")["photo"], Value::Null);
}

#[test]
fn profile_moves_with_me() {
    let env = synced();
    env.run(&["profile", "set", "--me", "robin", "--presence", "busy"])
        .ok();
    let png = env.path("me.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\nrest").unwrap();
    env.run(&["profile", "set", "--photo", &png.display().to_string()])
        .ok();
    env.run(&["profile", "set", "--me", "pat morgan"]).ok();
    let me = profile(&env);
    assert_eq!(me["display_name"], "Pat Morgan");
    assert_eq!(me["presence"]["state"], "busy");
    assert_eq!(me["avatar"]["kind"], "photo");
    assert_eq!(env.card("robin")["photo"], Value::Null);
    // After the next sync Robin shows the directory's presence again.
    resync(&env, "acme.csv");
    assert_eq!(env.card("robin")["presence"]["state"], "on_a_call");
    assert_eq!(env.card("pat")["presence"]["state"], "busy");
}

#[test]
fn profile_entry_gone_from_the_directory() {
    let env = synced();
    env.run(&["profile", "set", "--me", "oscar"]).ok();
    let f = Env::data("directory/acme-changed.csv")
        .display()
        .to_string();
    let run = env.run(&["directory", "sync", &f]).ok();
    assert!(run.stderr.contains("your profile entry"), "{}", run.stderr);
    let run = env.run(&["profile"]).code(3);
    assert!(
        run.stderr.contains("no longer in the directory"),
        "{}",
        run.stderr
    );
}
