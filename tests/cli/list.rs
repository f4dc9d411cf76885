use crate::env::Env;

fn names(env: &Env, args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--json"];
    all.extend_from_slice(args);
    env.run(&all)
        .ok()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_string())
        .collect()
}

fn seed(env: &Env) {
    env.add(&[
        "--name",
        "Zoë Álvarez",
        "--org",
        "Globex",
        "--phone",
        "+1 555 010 3333",
        "--email",
        "zoe@globex.example",
    ]);
    env.add(&[
        "--name",
        "adam Baker",
        "--nickname",
        "Ace",
        "--phone",
        "(555) 010-1234",
    ]);
    env.add(&[
        "--name",
        "Émile Zola",
        "--org",
        "Acme",
        "--email",
        "emile@acme.example",
        "--favorite",
    ]);
}

#[test]
fn list_is_sorted_by_name_ignoring_case_and_accents() {
    let env = Env::new();
    seed(&env);
    assert_eq!(
        names(&env, &[]),
        ["adam Baker", "Émile Zola", "Zoë Álvarez"]
    );
}

#[test]
fn query_searches_names_orgs_emails_digits() {
    let env = Env::new();
    seed(&env);
    assert_eq!(names(&env, &["zoe"]), ["Zoë Álvarez"]);
    assert_eq!(names(&env, &["ALVAREZ"]), ["Zoë Álvarez"]);
    assert_eq!(names(&env, &["acme"]), ["Émile Zola"]);
    assert_eq!(names(&env, &["ace"]), ["adam Baker"]);
    assert_eq!(names(&env, &["globex.exa"]), ["Zoë Álvarez"]);
    assert_eq!(names(&env, &["1234"]), ["adam Baker"]);
    assert_eq!(names(&env, &["010-3333"]), ["Zoë Álvarez"]);
    assert!(names(&env, &["nobody"]).is_empty());
    // Letters and digits run together in an email are words of their own, in the index
    // and in the query alike: all of it, a prefix of it, its digits.
    env.add(&[
        "--name",
        "Robin Lee",
        "--email",
        "robin.lee1987@mail.example",
    ]);
    for q in ["robin.lee1987", "lee1987", "robin.le", "lee19", "1987@mail"] {
        assert_eq!(names(&env, &[q]), ["Robin Lee"], "{q}");
    }
    assert!(names(&env, &["lee1986"]).is_empty());
    assert_eq!(names(&env, &["--favorites"]), ["Émile Zola"]);
    assert_eq!(names(&env, &["--limit", "1"]), ["adam Baker"]);
    assert_eq!(names(&env, &["--source", "company"]).len(), 0);
}

#[test]
fn machine_formats() {
    let env = Env::new();
    seed(&env);
    let tsv = env.run(&["list", "--format", "tsv"]).ok().stdout;
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(lines[0].starts_with("id\tdisplay_name\torganization"));
    assert_eq!(lines[1].split('\t').nth(1), Some("adam Baker"));
    assert_eq!(lines[1].split('\t').nth(11), Some("+15550101234"));
    let csv = env.run(&["list", "--format", "csv", "zoe"]).ok().stdout;
    assert!(
        csv.lines().nth(1).unwrap().contains("Zoë Álvarez,Globex"),
        "{csv}"
    );
    let jsonl = env.run(&["list", "--format", "jsonl"]).ok().stdout;
    assert_eq!(jsonl.lines().count(), 3);
    for l in jsonl.lines() {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }
    assert_eq!(env.run(&["list", "--json", "nobody"]).ok().stdout, "[]\n");
}

#[test]
fn mutt_query_format_byte_for_byte() {
    let env = Env::new();
    seed(&env);
    env.add(&[
        "--name",
        "Zed Two",
        "--email",
        "z1@x.example",
        "--email",
        "z2@x.example",
    ]);
    let run = env.run(&["list", "z", "--format", "mutt"]).ok();
    assert_eq!(
        run.stdout,
        "kard: 4 email addresses found\n\
         emile@acme.example\tÉmile Zola\tAcme\n\
         z1@x.example\tZed Two\t\n\
         z2@x.example\tZed Two\t\n\
         zoe@globex.example\tZoë Álvarez\tGlobex\n"
    );
    // No match: the status line, and exit 3 so mutt says "no matches".
    let run = env.run(&["list", "nobody", "--format", "mutt"]).code(3);
    assert_eq!(run.stdout, "kard: 0 email addresses found\n");
}

#[test]
fn table_output_and_empty_list() {
    let env = Env::new();
    let run = env.run(&["list"]).ok();
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("no contacts match"));
    seed(&env);
    let run = env.run(&["list"]).ok();
    assert!(run.stdout.contains("Name"));
    assert!(run.stdout.contains("★"));
    assert!(run.stdout.contains("Zoë Álvarez"));
}

#[test]
fn closed_pipe_is_not_an_error() {
    let env = Env::new();
    seed(&env);
    // `head -c0`-like: stdout closed early must not panic.
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{} list --format jsonl | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]:-0}}",
            assert_cmd::cargo::cargo_bin("kard").display()
        ))
        .env("KARD_DB", &env.db)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

/// Display width of a line (box drawing and CJK as a terminal shows them).
fn width(line: &str) -> usize {
    line.chars()
        .map(|c| match c {
            '\u{1100}'..='\u{115f}' | '\u{2e80}'..='\u{a4cf}' | '\u{ac00}'..='\u{d7a3}' => 2,
            _ => 1,
        })
        .sum()
}

#[test]
fn tables_fit_columns_and_never_wrap_words() {
    let env = Env::new();
    let data = Env::data("directory/acme.csv");
    env.run(&["directory", "sync", data.to_str().unwrap()]).ok();
    seed(&env);
    let count = env
        .run(&["list", "--json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .len();
    for cols in ["80", "60", "120"] {
        let run = env.run_with(&["list"], |c| {
            c.env("COLUMNS", cols);
        });
        let lines: Vec<&str> = run.stdout.lines().collect();
        // One line a contact: top border, header, separator, rows, bottom border.
        assert_eq!(lines.len(), count + 4, "COLUMNS={cols}\n{}", run.stdout);
        let max: usize = cols.parse().unwrap();
        for l in &lines {
            assert!(width(l) <= max, "COLUMNS={cols}: {} > {max}: {l}", width(l));
        }
        // Every row as wide as the borders: the layout holds for every row.
        assert!(
            lines.iter().all(|l| width(l) == width(lines[0])),
            "{}",
            run.stdout
        );
        assert!(!run.stdout.contains("Organizatio\n"), "{}", run.stdout);
        assert!(run.stdout.contains("Name"), "{}", run.stdout);
    }
    // Piped without COLUMNS: nothing is cut.
    let run = env.run(&["list"]).ok();
    assert!(run.stdout.contains("Organization"), "{}", run.stdout);
    assert!(
        run.stdout.contains("robin.lee@acme.example"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains('…'), "{}", run.stdout);
}

#[test]
fn a_long_table_keeps_one_layout_from_first_row_to_last() {
    let env = Env::new();
    // More rows than settle the layout, the longest name among the last ones.
    let mut csv = String::from("First Name,Last Name,E-mail Address\n");
    for i in 0..700 {
        csv.push_str(&format!("Person{i:04},Family,p{i}@example.org\n"));
    }
    csv.push_str("Zz,An Exceptionally Long Family Name Indeed,zz@example.org\n");
    let file = env.path("many.csv");
    std::fs::write(&file, csv).unwrap();
    env.run(&["import", "--format", "outlook", file.to_str().unwrap()])
        .ok();
    let run = env.run(&["list"]).ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 701 + 4);
    assert!(lines.iter().all(|l| width(l) == width(lines[0])));
    // The late long name is cut to the settled width, not wrapped onto a second line.
    let last = lines[lines.len() - 2];
    assert!(last.contains("Zz An Exception"), "{last}");
    assert!(last.contains('…'), "{last}");
}

#[test]
fn tsv_escapes_control_characters_from_old_stores() {
    let env = Env::new();
    env.add(&["--name", "Placeholder"]);
    // Stored before kard refused them at entry (typed input and imports refuse them now).
    env.sql()
        .execute(
            "UPDATE contact SET display_name = 'Evil \u{1b}[2J Name'",
            [],
        )
        .unwrap();
    for format in ["tsv", "table"] {
        let run = env.run(&["list", "--format", format]).ok();
        assert!(!run.stdout.contains('\u{1b}'), "{format}: {:?}", run.stdout);
        assert!(
            run.stdout.contains("Evil \\u{1b}[2J"),
            "{format}: {}",
            run.stdout
        );
    }
}

#[test]
fn kinds_are_spelled_as_in_json_or_with_hyphens() {
    let env = Env::new();
    let data = Env::data("directory/acme.csv");
    env.run(&["directory", "sync", data.to_str().unwrap()]).ok();
    let snake = names(&env, &["--kind", "call_queue"]);
    assert!(!snake.is_empty());
    assert_eq!(names(&env, &["--kind", "call-queue"]), snake);
}
