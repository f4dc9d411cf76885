use crate::env::Env;

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
