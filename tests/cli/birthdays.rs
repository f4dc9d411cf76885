//! `kard birthdays`, with the day pinned by `KARD_TODAY`.

use crate::env::Env;

fn upcoming(env: &Env, today: &str, args: &[&str]) -> Vec<(String, String, serde_json::Value)> {
    let mut all = vec!["birthdays", "--json"];
    all.extend_from_slice(args);
    env.run_with(&all, |c| {
        c.env("KARD_TODAY", today);
    })
    .ok()
    .json()
    .as_array()
    .unwrap()
    .iter()
    .map(|c| {
        (
            c["display_name"].as_str().unwrap().to_string(),
            c["next"].as_str().unwrap().to_string(),
            c["age"].clone(),
        )
    })
    .collect()
}

fn seeded() -> Env {
    let env = Env::new();
    env.add(&["--name", "Ann Lee", "--birthday", "1990-03-10"]);
    env.add(&["--name", "Leap Day", "--birthday", "2000-02-29"]);
    env.add(&["--name", "No Year", "--birthday", "--03-01"]);
    env.add(&["--name", "Far Away", "--birthday", "1980-09-01"]);
    env.add(&["--name", "Nobody"]);
    env
}

#[test]
fn next_thirty_days_soonest_first_with_ages() {
    let env = seeded();
    use serde_json::json;
    assert_eq!(
        upcoming(&env, "2026-02-20", &[]),
        [
            ("Leap Day".into(), "2026-02-28".into(), json!(26)),
            ("No Year".into(), "2026-03-01".into(), json!(null)),
            ("Ann Lee".into(), "2026-03-10".into(), json!(36)),
        ]
    );
    // In a leap year, 29 February is itself.
    assert_eq!(
        upcoming(&env, "2028-02-29", &["--within", "0"]),
        [("Leap Day".into(), "2028-02-29".into(), json!(28))]
    );
    // Across the new year, and a wider window.
    let far = upcoming(&env, "2026-12-15", &["--within", "365"]);
    assert_eq!(far.len(), 4);
    assert_eq!(far[0].1, "2027-02-28");
    assert_eq!(far[3], ("Far Away".into(), "2027-09-01".into(), json!(47)));
}

#[test]
fn table_and_nothing_to_show() {
    let env = seeded();
    let run = env.run_with(&["birthdays"], |c| {
        c.env("KARD_TODAY", "2026-03-09");
    });
    let out = run.ok().stdout;
    assert!(
        out.contains("2026-03-10") && out.contains("tomorrow") && out.contains("36"),
        "{out}"
    );
    let none = env.run_with(&["birthdays", "--within", "3"], |c| {
        c.env("KARD_TODAY", "2026-06-01");
    });
    let none = none.ok();
    assert_eq!(none.stdout, "");
    assert!(none.stderr.contains("no birthdays"), "{}", none.stderr);
}
