//! Completions and man pages stay in step with the CLI; completion works in a real bash.

use crate::env::Env;
use clap::CommandFactory;
use std::path::{Path, PathBuf};

const SHELLS: &[(&str, &str)] = &[
    ("bash", "kard.bash"),
    ("zsh", "_kard"),
    ("fish", "kard.fish"),
    ("elvish", "kard.elv"),
    ("powershell", "_kard.ps1"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compare a generated file with the committed one; `KARD_UPDATE_GENERATED=1` rewrites it.
fn check_generated(path: &Path, fresh: &[u8]) {
    if std::env::var_os("KARD_UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fresh).unwrap();
        return;
    }
    let committed = std::fs::read(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run `KARD_UPDATE_GENERATED=1 cargo test --test cli shell` and commit it",
        path.display()
    );
}

#[test]
fn committed_completions_match_the_cli() {
    let env = Env::new();
    for (shell, file) in SHELLS {
        let run = env.run(&["completions", shell]).ok();
        assert!(run.stdout.contains("kard"));
        check_generated(
            &root().join("completions").join(file),
            run.stdout.as_bytes(),
        );
    }
    env.run(&["completions", "tcsh"]).code(2);
}

#[test]
fn committed_man_pages_match_the_cli() {
    let cmd = kard::cli::Cli::command();
    let mut pages = vec![(String::from("kard"), cmd.clone())];
    for sub in cmd.get_subcommands() {
        let name = sub.get_name();
        pages.push((
            format!("kard-{name}"),
            sub.clone().bin_name(format!("kard {name}")),
        ));
    }
    for (name, page) in pages {
        let mut buf = Vec::new();
        clap_mangen::Man::new(page)
            .title(name.clone())
            .render(&mut buf)
            .unwrap();
        check_generated(&root().join("man").join(format!("{name}.1")), &buf);
    }
}

#[test]
fn bash_completion_offers_subcommands_and_contact_names() {
    let env = Env::new();
    env.add(&["--name", "Robin Lee"]);
    env.add(&["--name", "Rosa Díaz"]);
    env.add(&["--name", "Jörg Müller"]);
    env.add(&["--name", "Old Friend"]);
    env.run(&["delete", "old friend"]).ok();
    let bin_dir = assert_cmd::cargo::cargo_bin("kard")
        .parent()
        .unwrap()
        .to_path_buf();
    // Each case: the words typed, then what is offered, one a line.
    let complete = |words: &str| {
        format!(
            "COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMPREPLY=(); \
             _kard_with_contacts kard \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; printf '[{words}] %s\\n' \"${{COMPREPLY[@]}}\"\n"
        )
    };
    let script = format!(
        "source {}\ncomplete -p kard\n{}{}{}{}{}{}",
        root().join("completions/kard.bash").display(),
        complete("kard sh"),
        complete("kard show Ro"),
        complete("kard show jo"),
        complete("kard show \\\"mül"),
        complete("kard fax new ros"),
        complete("kard trash restore old"),
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env(
            "PATH",
            format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap()),
        )
        .env("KARD_DB", &env.db)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("complete -o bashdefault -o default -F _kard_with_contacts kard"),
        "{stdout}"
    );
    for want in [
        "[kard sh] show",
        // Quoted, so a name of several words stays one argument.
        "[kard show Ro] Robin\\ Lee",
        "[kard show Ro] Rosa\\ Díaz",
        // Case and accents aside, and after an opening quote.
        "[kard show jo] Jörg\\ Müller",
        "[kard show \"mül] Jörg\\ Müller",
        "[kard fax new ros] Rosa\\ Díaz",
        // The trash offers what is in the trash.
        "[kard trash restore old] Old\\ Friend",
    ] {
        assert!(stdout.contains(want), "{want}\n{stdout}");
    }
    assert!(!stdout.contains("[kard show Ro] Old"), "{stdout}");
}

#[test]
fn every_command_has_help_with_examples_and_typos_get_a_suggestion() {
    let env = Env::new();
    let cmd = kard::cli::Cli::command();
    for sub in cmd.get_subcommands() {
        let name = sub.get_name();
        let help = env.run(&["help", name]).ok().stdout;
        assert!(help.contains("Examples:"), "kard help {name}:\n{help}");
    }
    let typo = env.run(&["lsit"]).code(2);
    assert!(typo.stderr.contains("'list'"), "{}", typo.stderr);
    assert!(typo.stdout.is_empty());
}

#[test]
fn files_are_read_from_stdin_as_dash() {
    let env = Env::new();
    let dir = std::fs::read(Env::data("directory/acme.csv")).unwrap();
    let run = env.run_stdin(&["directory", "sync", "-"], dir).ok();
    assert!(run.stderr.contains("added"), "{}", run.stderr);
    assert!(env.card("jose.alvarez@acme.example")["source"] == "company");
}
