use crate::env::Env;

#[test]
fn config_get_set_unset_list() {
    let env = Env::new();
    env.run(&["config", "get", "region"]).code(3);
    env.run(&["config", "set", "region", "gb"]).ok();
    assert_eq!(env.run(&["config", "get", "region"]).ok().stdout, "GB\n");
    env.run(&["config", "set", "region", "nowhere"]).code(2);
    env.run(&["config", "set", "colour", "red"]).code(2);
    let list = env.run(&["config", "list", "--json"]).ok().json();
    assert_eq!(list["region"], "GB");
    assert_eq!(list["fax.command"], serde_json::Value::Null);
    env.run(&["config", "unset", "region"]).ok();
    env.run(&["config", "unset", "region"]).code(3);
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    env.run(&["frobnicate"]).code(2);
    env.run(&["list", "--limit", "many"]).code(2);
    env.run(&["show"]).code(2);
}

#[test]
fn help_and_version() {
    let env = Env::new();
    let run = env.run(&["--help"]).ok();
    assert!(run.stdout.contains("Exit codes"));
    assert!(env.run(&["--version"]).ok().stdout.starts_with("kard "));
    assert!(env.run(&["help", "list"]).ok().stdout.contains("Examples"));
}
