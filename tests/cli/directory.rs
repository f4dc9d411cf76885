use crate::env::Env;
use serde_json::Value;

fn data(name: &str) -> String {
    Env::data(&format!("directory/{name}"))
        .display()
        .to_string()
}

fn sync(env: &Env, file: &str, extra: &[&str]) -> Value {
    let f = data(file);
    let mut args = vec!["directory", "sync", "--json", f.as_str()];
    args.extend_from_slice(extra);
    env.run(&args).ok().json()
}

fn list(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["list", "--json"];
    all.extend_from_slice(args);
    env.run(&all).ok().json().as_array().unwrap().clone()
}

fn names(env: &Env, args: &[&str]) -> Vec<String> {
    list(env, args)
        .iter()
        .map(|c| c["display_name"].as_str().unwrap().to_string())
        .collect()
}

fn count(env: &Env, sql: &str) -> i64 {
    env.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The whole store as text, to show a failed sync changed nothing.
fn dump(env: &Env) -> String {
    let conn = env.sql();
    let mut out = String::new();
    for table in ["contact", "contact_value", "directory", "setting"] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i).unwrap();
                out.push_str(&format!("{v:?}|"));
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn directory_sync_loads_company_contacts() {
    let env = Env::new();
    let report = sync(&env, "acme.csv", &[]);
    // 40 rows: 32 people (5 of them with a contact-center row too) and 3 services.
    assert_eq!(report["entries"], 35);
    assert_eq!(report["added"], 35);
    assert_eq!(report["updated"], 0);
    assert_eq!(report["removed"], 0);
    assert_eq!(report["dry_run"], false);
    let all = list(&env, &["--source", "company"]);
    assert_eq!(all.len(), 35);
    for c in &all {
        assert_eq!(c["source"], "company");
        assert_eq!(c["editable"], false);
        assert_eq!(c["external_company"], Value::Null);
    }
    // Found like any other contact: by name (accents aside), email, extension, search.
    let jose = env.card("jose alvarez");
    assert_eq!(jose["display_name"], "José Álvarez");
    assert_eq!(jose["department"], "Support");
    assert_eq!(jose["location"], "Austin");
    assert_eq!(jose["title"], "Support Engineer");
    assert_eq!(env.card("jose.alvarez@acme.example")["id"], jose["id"]);
    assert_eq!(env.card("2003")["id"], jose["id"]);
    assert_eq!(names(&env, &["muller"]), ["Zoë Müller"]);
    assert_eq!(names(&env, &["2004"]), ["Zoë Müller"]);
    let status = env.run(&["directory", "status", "--json"]).ok().json();
    assert_eq!(status.as_array().unwrap().len(), 1);
    assert_eq!(status[0]["source"], "company");
    assert_eq!(status[0]["entries"], 35);
    assert!(status[0]["file"].as_str().unwrap().ends_with("acme.csv"));
    assert!(status[0]["synced_at"].as_str().unwrap().ends_with('Z'));
    let table = env.run(&["directory", "status"]).ok().stdout;
    assert!(table.contains("company") && table.contains("acme.csv") && table.contains("35"));
}

#[test]
fn directory_kinds_avatars_and_actions() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    for (name, kind) in [
        ("Main Line", "auto_attendant"),
        ("Sales Hunt Group", "call_group"),
        ("Support Queue", "call_queue"),
    ] {
        let c = env.card(name);
        assert_eq!(c["kind"], kind, "{name}");
        assert_eq!(c["avatar"]["kind"], kind, "{name}");
        assert_eq!(c["actions"], serde_json::json!(["call"]), "{name}");
        assert_eq!(c["presence"], Value::Null, "{name}");
    }
    // The queue has a fax number in the file, and still cannot be faxed or chatted with.
    let queue = env.card("Support Queue");
    assert_eq!(queue["faxes"][0]["number"], "+15125550199");
    let robin = env.card("Robin Lee");
    assert_eq!(robin["kind"], "person");
    assert_eq!(robin["avatar"]["kind"], "initials");
    assert_eq!(robin["avatar"]["initials"], "RL");
    assert_eq!(
        robin["actions"],
        serde_json::json!(["call", "chat", "meet", "email"])
    );
    let finance = env.card("Sam O'Neill");
    assert!(finance["actions"]
        .as_array()
        .unwrap()
        .contains(&"fax".into()));
    assert_eq!(names(&env, &["--kind", "call-queue"]), ["Support Queue"]);
    let table = env.run(&["list", "--source", "company"]).ok().stdout;
    assert!(table.contains("☎ call queue"), "{table}");
    assert!(table.contains("☎ auto attendant"), "{table}");
}

#[test]
fn directory_two_accounts_are_one_contact() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    let by_work = env.card("2001");
    let by_cc = env.card("7001");
    assert_eq!(by_work["id"], by_cc["id"]);
    assert_eq!(by_work["display_name"], "Robin Lee");
    assert_eq!(
        by_work["extensions"],
        serde_json::json!([
            {"account": "work", "number": "2001"},
            {"account": "contact_center", "number": "7001"}
        ])
    );
    // Only one Robin in the list, found by either extension.
    assert_eq!(names(&env, &["robin"]), ["Robin Lee"]);
    assert_eq!(names(&env, &["7001"]), ["Robin Lee"]);
    // Emails match case-insensitively (Ana's contact-center row spells it in capitals).
    let ana = env.card("ana diaz");
    assert_eq!(ana["extensions"].as_array().unwrap().len(), 2);
    assert_eq!(env.card("7008")["id"], ana["id"]);
    // The work row is the primary one: its department, not "Contact Center".
    assert_eq!(ana["department"], "Support");
    // The card shows both extensions with their accounts.
    let card = env.run(&["show", "robin"]).ok().stdout;
    assert!(card.contains("work ext") && card.contains("2001"), "{card}");
    assert!(
        card.contains("contact center ext") && card.contains("7001"),
        "{card}"
    );
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM contact WHERE display_name = 'Robin Lee'"
        ),
        1
    );
}

#[test]
fn directory_presence_and_contact_center_wins() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    // Robin: work "available / In a meeting", contact center "on_a_call / Queue duty".
    let robin = env.card("robin");
    assert_eq!(
        robin["presence"],
        serde_json::json!({"state": "on_a_call", "message": "Queue duty"})
    );
    // Amara's contact-center row has no presence: the work one stands.
    assert_eq!(env.card("amara")["presence"]["state"], "do_not_disturb");
    assert_eq!(
        env.card("kwame")["presence"],
        serde_json::json!({"state": "busy", "message": "In a meeting"})
    );
    // Every state is represented.
    let states: std::collections::BTreeSet<String> = list(&env, &["--source", "company"])
        .iter()
        .filter_map(|c| c["presence"]["state"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        states.into_iter().collect::<Vec<_>>(),
        [
            "available",
            "away",
            "busy",
            "do_not_disturb",
            "offline",
            "on_a_call"
        ]
    );
    let table = env.run(&["list", "--source", "company"]).ok().stdout;
    assert!(
        table.contains("Presence") && table.contains("on a call"),
        "{table}"
    );
    let card = env.run(&["show", "robin"]).ok().stdout;
    assert!(card.contains("on a call — Queue duty"), "{card}");
    let tsv = env.run(&["list", "robin", "--format", "tsv"]).ok().stdout;
    assert!(
        tsv.lines().nth(1).unwrap().ends_with("\ton_a_call"),
        "{tsv}"
    );
}

#[test]
fn directory_phone_cells_with_several_typed_numbers() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    let priya = env.card("priya");
    assert_eq!(
        priya["phones"],
        serde_json::json!([
            {"label": "work", "number": "+442079460110", "raw": "+44 20 7946 0110"},
            {"label": "mobile", "number": "+447700900110", "raw": "+44 7700 900110"}
        ])
    );
    let sam = env.card("Sam O'Neill");
    assert_eq!(sam["faxes"][0]["label"], "work");
    assert_eq!(sam["faxes"][0]["number"], "+12125550196");
    let robin = env.card("robin");
    assert_eq!(robin["phones"][1]["label"], "mobile");
    assert_eq!(robin["phones"][1]["number"], "+19175550101");
    // Finding someone by a number from a multi-number cell.
    assert_eq!(env.card("+1 512 555 0186")["display_name"], "Lucas Silva");
}

#[test]
fn directory_browse_by_department_and_location() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    env.add(&["--name", "Aaron Personal", "--department", "Zzz"]);
    let sales = names(&env, &["--source", "company", "--department", "sales"]);
    assert_eq!(sales.len(), 8, "{sales:?}");
    assert!(sales.contains(&"Robin Lee".to_string()));
    assert!(sales.contains(&"Sales Hunt Group".to_string()));
    let berlin = names(&env, &["--location", "Berlin"]);
    assert_eq!(
        berlin,
        [
            "Björn Åström",
            "Lukas Nowak",
            "Mia Schmidt",
            "Nina Petrova",
            "Zoë Müller"
        ]
    );
    let by_dept = list(&env, &["--source", "company", "--sort", "department"]);
    let depts: Vec<String> = by_dept
        .iter()
        .filter_map(|c| c["department"].as_str().map(str::to_string))
        .collect();
    let mut sorted = depts.clone();
    sorted.sort();
    assert_eq!(depts, sorted);
    assert_eq!(depts.first().map(String::as_str), Some("Engineering"));
    // The main line has no department: last.
    assert_eq!(by_dept.last().unwrap()["display_name"], "Main Line");
    let by_loc = list(&env, &["--source", "company", "--sort", "location"]);
    assert_eq!(by_loc[0]["location"], "Austin");
    assert!(!names(&env, &["--source", "company"]).contains(&"Aaron Personal".to_string()));
}

#[test]
fn directory_resync_adds_updates_removes_and_keeps_the_rest() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    env.run(&["favorite", "pat morgan"]).ok();
    env.run(&["favorite", "oscar"]).ok();
    let before = list(&env, &["--source", "company"]);
    let robin_before = env.card("robin");
    let oscar_id = env.card("oscar")["id"].as_i64().unwrap();
    // Timestamps are to the second: make sure a rewrite would show.
    std::thread::sleep(std::time::Duration::from_millis(1100));

    let report = sync(&env, "acme-changed.csv", &[]);
    assert_eq!(
        (
            &report["added"],
            &report["updated"],
            &report["removed"],
            &report["unchanged"]
        ),
        (&1.into(), &1.into(), &1.into(), &33.into())
    );
    let changes = report["changes"].as_array().unwrap();
    let updated = changes.iter().find(|c| c["change"] == "updated").unwrap();
    assert_eq!(updated["display_name"], "Mateo Rossi");
    assert_eq!(updated["fields"], serde_json::json!(["title", "presence"]));
    let removed = changes.iter().find(|c| c["change"] == "removed").unwrap();
    assert_eq!(removed["id"], oscar_id);

    // Added.
    let hannah = env.card("hannah becker");
    assert_eq!(hannah["source"], "company");
    // Changed.
    let mateo = env.card("mateo");
    assert_eq!(mateo["title"], "Senior Account Executive");
    assert_eq!(
        mateo["presence"],
        serde_json::json!({"state": "busy", "message": "Quarter end"})
    );
    // Departed: gone for good, not in the trash, not findable.
    env.run(&["show", "oscar"]).code(3);
    env.run(&["show", "2030"]).code(3);
    assert_eq!(
        count(
            &env,
            &format!("SELECT count(*) FROM contact WHERE id = {oscar_id}")
        ),
        0
    );
    assert_eq!(
        env.run(&["trash", "--json"]).ok().json(),
        serde_json::json!([])
    );
    // Unchanged: same id, same updated_at; the favorite survives.
    let robin = env.card("robin");
    assert_eq!(robin["id"], robin_before["id"]);
    assert_eq!(robin["uid"], robin_before["uid"]);
    assert_eq!(robin["updated_at"], robin_before["updated_at"]);
    let after = list(&env, &["--source", "company"]);
    assert_eq!(after.len(), 35);
    let unchanged = before
        .iter()
        .filter(|b| {
            after
                .iter()
                .any(|a| a["id"] == b["id"] && a["updated_at"] == b["updated_at"])
        })
        .count();
    assert_eq!(unchanged, 33);
    assert_eq!(names(&env, &["--favorites"]), ["Pat Morgan"]);
    assert_eq!(
        mateo["id"],
        before
            .iter()
            .find(|c| c["display_name"] == "Mateo Rossi")
            .unwrap()["id"]
    );

    // The same file again: nothing to do, nothing rewritten.
    let again = sync(&env, "acme-changed.csv", &[]);
    assert_eq!(again["unchanged"], 35);
    assert_eq!(again["added"], 0);
    assert_eq!(env.card("mateo")["updated_at"], mateo["updated_at"]);
    let status = env.run(&["directory", "status", "--json"]).ok().json();
    assert!(status[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("acme-changed.csv"));
}

#[test]
fn directory_dry_run_writes_nothing() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    let before = dump(&env);
    let report = sync(&env, "acme-changed.csv", &["--dry-run"]);
    assert_eq!(report["dry_run"], true);
    assert_eq!(
        (&report["added"], &report["updated"], &report["removed"]),
        (&1.into(), &1.into(), &1.into())
    );
    assert_eq!(dump(&env), before);
    let f = data("acme-changed.csv");
    let run = env
        .run(&["directory", "sync", f.as_str(), "--dry-run"])
        .ok();
    assert!(
        run.stdout.contains("+ added    Hannah Becker"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("~ updated  Mateo Rossi") && run.stdout.contains("title, presence"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("- removed  Oscar Lindqvist"),
        "{}",
        run.stdout
    );
    assert!(run
        .stdout
        .contains("1 added, 1 updated, 1 removed, 33 unchanged"));
    assert_eq!(dump(&env), before);
    // A dry run on an empty store writes nothing either.
    let fresh = Env::new();
    fresh.run(&["list"]).ok();
    sync(&fresh, "acme.csv", &["--dry-run"]);
    assert_eq!(count(&fresh, "SELECT count(*) FROM contact"), 0);
    assert_eq!(count(&fresh, "SELECT count(*) FROM directory"), 0);
}

#[test]
fn directory_external_companies_are_kept_apart() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    let mine = env.add(&["--name", "Personal Pal", "--phone", "+1 555 010 4242"]);
    let report = sync(&env, "globex.json", &["--external", "Globex"]);
    assert_eq!(report["added"], 5);
    assert_eq!(report["external_company"], "Globex");
    let hank = env.card("hank");
    assert_eq!(hank["source"], "external");
    assert_eq!(hank["external_company"], "Globex");
    assert_eq!(hank["organization"], "Globex");
    assert_eq!(hank["editable"], false);
    // External contacts carry no presence, even when their file has some.
    assert_eq!(hank["presence"], Value::Null);
    assert_eq!(
        env.card("frank grimes")["phones"].as_array().unwrap().len(),
        2
    );
    assert_eq!(names(&env, &["--source", "external"]).len(), 5);
    let table = env.run(&["list", "--source", "external"]).ok().stdout;
    assert!(table.contains("⇄ external: Globex"), "{table}");
    assert!(table.contains("☎ call queue ⇄ Globex"), "{table}");

    // Another company, and re-syncing one, never touches the others.
    let initech = env.path("initech.csv");
    std::fs::write(
        &initech,
        "directory_id,kind,display_name,email,phone\n\
         i1,user,Bill Lumbergh,bill@initech.example,+1 555 010 8001\n",
    )
    .unwrap();
    let i = initech.display().to_string();
    env.run(&["directory", "sync", &i, "--external", "Initech"])
        .ok();
    let company_before = list(&env, &["--source", "company"]);
    let robin_updated = env.card("robin")["updated_at"].clone();
    // Globex again, with one entry fewer (and spelled in capitals this time).
    let smaller = env.path("globex-smaller.csv");
    std::fs::write(
        &smaller,
        "directory_id,kind,display_name,email\ng1,user,Hank Scorpio,hank@globex.example\n",
    )
    .unwrap();
    let s = smaller.display().to_string();
    let report = env
        .run(&["directory", "sync", &s, "--external", "GLOBEX", "--json"])
        .ok()
        .json();
    assert_eq!(report["external_company"], "Globex");
    assert_eq!(report["removed"], 4);
    assert_eq!(report["updated"], 1);
    assert_eq!(list(&env, &["--source", "company"]), company_before);
    assert_eq!(env.card("robin")["updated_at"], robin_updated);
    assert_eq!(env.card("bill")["external_company"], "Initech");
    assert_eq!(
        env.card(&format!("id:{mine}"))["display_name"],
        "Personal Pal"
    );
    let status = env.run(&["directory", "status", "--json"]).ok().json();
    let dirs: Vec<(Value, Value)> = status
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["external_company"].clone(), d["entries"].clone()))
        .collect();
    assert_eq!(
        dirs,
        [
            (Value::Null, 35.into()),
            ("Globex".into(), 1.into()),
            ("Initech".into(), 1.into())
        ]
    );
    // And the company directory, re-synced, leaves the external ones alone.
    sync(&env, "acme-changed.csv", &[]);
    assert_eq!(names(&env, &["--source", "external"]).len(), 2);
    assert_eq!(names(&env, &["--source", "personal"]), ["Personal Pal"]);
}

#[test]
fn directory_contacts_are_read_only() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    sync(&env, "globex.json", &["--external", "Globex"]);
    for who in ["robin", "Support Queue", "hank"] {
        let run = env.run(&["edit", who, "--title", "Boss"]).code(5);
        assert!(run.stderr.contains("read-only"), "{}", run.stderr);
        env.run(&["delete", who]).code(5);
    }
    assert_eq!(env.card("robin")["title"], "Account Executive");
    // Favorites work on any source.
    env.run(&["favorite", "hank"]).ok();
    assert_eq!(env.card("hank")["favorite"], true);
}

#[test]
fn directory_bad_files_change_nothing() {
    let env = Env::new();
    sync(&env, "acme.csv", &[]);
    env.run(&["favorite", "robin"]).ok();
    let before = dump(&env);
    for (file, line, reason) in [
        ("bad-presence.csv", 5, "unknown presence \"sleeping\""),
        ("bad-account.csv", 6, "unknown account \"manager\""),
        ("missing-columns.csv", 1, "missing required column kind"),
        (
            "conflicting-duplicate.csv",
            8,
            "directory id \"c7001\" is already on line 3 with different data",
        ),
    ] {
        let f = data(file);
        let run = env.run(&["directory", "sync", f.as_str()]).code(6);
        let want = format!("{f}:{line}: {reason}");
        assert!(run.stderr.contains(&want), "{file}:\n{}", run.stderr);
        assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
        assert_eq!(dump(&env), before, "{file}");
        // Bad files are bad in a dry run too, and for an external company.
        env.run(&["directory", "sync", f.as_str(), "--dry-run"])
            .code(6);
        env.run(&["directory", "sync", f.as_str(), "--external", "X"])
            .code(6);
        assert_eq!(dump(&env), before, "{file}");
    }
    // Garbage bytes, an unknown kind, a bad row among good ones, an empty file, JSON
    // with a syntax error: all exit 6 with FILE:LINE, nothing applied.
    let mut garbage = b"\x00\x01\xff\xfePK\x03\x04".to_vec();
    garbage.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
    let good = std::fs::read_to_string(data("acme-changed.csv")).unwrap();
    let mut bad_kind = good.clone();
    bad_kind.push_str("r1,robot,Robo,,,,,,,,,,,,,\n");
    for (name, bytes, line) in [
        ("garbage.csv", garbage, 1),
        ("kind.csv", bad_kind.into_bytes(), 42),
        ("empty.csv", Vec::new(), 1),
        (
            "broken.json",
            b"[\n{\"directory_id\": \"u1\", \"kind\": \"user\", \"display_name\": \"A\"},\n{\"directory_id\": \n"
                .to_vec(),
            4,
        ),
        (
            "nul.csv",
            b"directory_id,kind,display_name\nu1,user,A\x00B\n".to_vec(),
            2,
        ),
    ] {
        let p = env.path(name);
        std::fs::write(&p, bytes).unwrap();
        let p = p.display().to_string();
        let run = env.run(&["directory", "sync", &p]).code(6);
        assert!(
            run.stderr.contains(&format!("{p}:{line}: ")),
            "{name}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"));
        assert_eq!(dump(&env), before, "{name}");
    }
    // Every bad record is reported, not only the first; --json lists them too.
    let p = env.path("two-bad.csv");
    std::fs::write(
        &p,
        "directory_id,kind,display_name,presence,account\n\
         u1,user,A,sleepy,work\nu2,user,B,available,work\nu3,user,C,available,boss\n",
    )
    .unwrap();
    let p = p.display().to_string();
    let run = env.run(&["directory", "sync", &p, "--json"]).code(6);
    assert!(run.stderr.contains(&format!("{p}:2: unknown presence")));
    assert!(run.stderr.contains(&format!("{p}:4: unknown account")));
    let json = run.json();
    assert_eq!(json["applied"], false);
    assert_eq!(json["errors"][1]["line"], 4);
    assert_eq!(dump(&env), before);
}

#[test]
fn directory_sync_from_stdin_and_json() {
    let env = Env::new();
    let json = std::fs::read(data("globex.json")).unwrap();
    let report = env
        .run_stdin(
            &["directory", "sync", "-", "--external", "Globex", "--json"],
            json,
        )
        .ok()
        .json();
    assert_eq!(report["added"], 5);
    assert_eq!(report["file"], "-");
    let csv = std::fs::read(data("acme.csv")).unwrap();
    // A UTF-8 BOM, as spreadsheets write it, is fine.
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(csv);
    env.run_stdin(&["directory", "sync", "-"], with_bom).ok();
    assert_eq!(names(&env, &["--source", "company"]).len(), 35);
    assert_eq!(env.card("7003")["display_name"], "José Álvarez");
}

#[test]
fn directory_help_says_all_or_nothing() {
    let env = Env::new();
    let help = env.run(&["directory", "sync", "--help"]).ok().stdout;
    assert!(help.contains("all or nothing"), "{help}");
    assert!(help.contains("--external"), "{help}");
    assert!(help.contains("--dry-run"), "{help}");
}

/// A directory file written for a test, synced (`--json`).
fn sync_text(env: &Env, name: &str, text: &str, extra: &[&str]) -> Value {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    let p = p.display().to_string();
    let mut args = vec!["directory", "sync", "--json", p.as_str()];
    args.extend_from_slice(extra);
    env.run(&args).ok().json()
}

fn counts(report: &Value) -> [i64; 4] {
    ["added", "updated", "removed", "unchanged"].map(|k| report[k].as_i64().unwrap())
}

/// How many directory contacts the store knows the source record of.
fn noted(env: &Env) -> i64 {
    count(
        env,
        "SELECT count(*) FROM directory_entry WHERE raw IS NOT NULL",
    )
}

const HEADER: &str = "directory_id,kind,display_name,given_name,family_name,email,department,location,title,account,extension,phone,mobile,fax,presence,status_message\n";

#[test]
fn directory_resync_reads_again_only_changed_records() {
    let env = Env::new();
    let first = sync(&env, "acme.csv", &[]);
    let entries = first["entries"].as_i64().unwrap();
    // Every entry of one row has its record noted (five people have two rows).
    assert_eq!(noted(&env), entries - 5);
    let before = list(&env, &["--source", "company"]);
    std::thread::sleep(std::time::Duration::from_millis(1100));

    // The same records in another order, with the columns reordered, separated by
    // semicolons and an extra column: all known, nothing read again or rewritten.
    let text = std::fs::read_to_string(data("acme.csv")).unwrap();
    let mut rows: Vec<Vec<String>> = csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    rows.reverse();
    let header: Vec<&str> = HEADER.trim_end().split(',').collect();
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    let mut h: Vec<&str> = header.iter().rev().copied().collect();
    h.push("note");
    w.write_record(&h).unwrap();
    for r in &rows {
        let mut cells: Vec<&str> = r.iter().rev().map(String::as_str).collect();
        cells.push("anything");
        w.write_record(&cells).unwrap();
    }
    let shuffled = String::from_utf8(w.into_inner().unwrap()).unwrap();
    let report = sync_text(&env, "shuffled.csv", &shuffled, &[]);
    assert_eq!(counts(&report), [0, 0, 0, entries], "{report:#}");
    let after = list(&env, &["--source", "company"]);
    assert_eq!(after, before);

    let pat_phones = env.card("pat morgan")["phones"].clone();
    assert!(names(&env, &["representative"]).contains(&"Pat Morgan".to_string()));
    // A changed cell is read, checked and written: a known record never hides it. A
    // cell changed only in its spacing is read again but changes nothing.
    let changed = text
        .replace(
            "pat.morgan@acme.example,Sales,New York,Sales Representative",
            "pat.morgan@acme.example,Sales,New York,Sales Lead",
        )
        .replace(",Support,Austin,", ", Support ,Austin,");
    let report = sync_text(&env, "changed.csv", &changed, &[]);
    assert_eq!(counts(&report), [0, 1, 0, entries - 1], "{report:#}");
    assert_eq!(report["changes"][0]["display_name"], "Pat Morgan");
    assert_eq!(report["changes"][0]["fields"], serde_json::json!(["title"]));
    assert_eq!(env.card("pat morgan")["title"], "Sales Lead");
    // Only the title changed: it is found by its new words, not by its old ones.
    assert!(names(&env, &["lead"]).contains(&"Pat Morgan".to_string()));
    assert!(!names(&env, &["representative"]).contains(&"Pat Morgan".to_string()));
    assert_eq!(env.card("pat morgan")["phones"], pat_phones);
    assert_eq!(noted(&env), entries - 5);

    // Pat gets a second account: the row known from last time is needed whole now
    // (the sync reads the file again), and the two rows are one contact.
    let pat = env.card("pat morgan");
    let second = format!(
        "{changed}c7002,user,Pat Morgan,Pat,Morgan,Pat.Morgan@acme.example,Sales,New York,,contact_center,7002,,,,on_a_call,\n"
    );
    let report = sync_text(&env, "second.csv", &second, &[]);
    assert_eq!(counts(&report), [0, 1, 0, entries - 1], "{report:#}");
    let pat2 = env.card("7002");
    assert_eq!(pat2["id"], pat["id"]);
    assert_eq!(pat2["extensions"].as_array().unwrap().len(), 2);
    assert_eq!(pat2["presence"]["state"], "on_a_call");
    assert_eq!(pat2["title"], "Sales Lead");
    // An entry of two rows has no one record to note.
    assert_eq!(noted(&env), entries - 6);

    // A removed record: removed, even though every other one is known.
    let gone = changed.replace(
        "u1002,user,Pat Morgan,Pat,Morgan,pat.morgan@acme.example,Sales,New York,Sales Lead,work,2002,+1 212 555 0102,,,busy,\n",
        "",
    );
    let report = sync_text(&env, "gone.csv", &gone, &[]);
    assert_eq!(counts(&report), [0, 0, 1, entries - 1], "{report:#}");
    env.run(&["show", "pat morgan"]).code(3);
}

#[test]
fn directory_known_records_follow_the_region_and_the_store() {
    let env = Env::new();
    let text = format!(
        "{HEADER}u1,user,Ann Lee,,,ann@acme.example,,,,work,2001,020 7946 0018,,,available,\n\
         u2,user,Bo Berg,,,bo@acme.example,,,,work,2002,,,,busy,\n"
    );
    sync_text(&env, "a.csv", &text, &["--region", "GB"]);
    assert_eq!(env.card("ann lee")["phones"][0]["number"], "+442079460018");
    // Another region reads the same cells anew: the number is another one.
    let report = sync_text(&env, "a.csv", &text, &["--region", "US"]);
    assert_eq!(counts(&report), [0, 1, 0, 1], "{report:#}");
    assert_ne!(env.card("ann lee")["phones"][0]["number"], "+442079460018");
    let report = sync_text(&env, "a.csv", &text, &["--region", "GB"]);
    assert_eq!(counts(&report), [0, 1, 0, 1], "{report:#}");

    // A store synced before records were noted (or whose notes are gone): the next
    // sync compares every entry, changes nothing, and notes the records for the one
    // after.
    env.sql()
        .execute("UPDATE directory_entry SET raw = NULL", [])
        .unwrap();
    let report = sync_text(&env, "a.csv", &text, &["--region", "GB"]);
    assert_eq!(counts(&report), [0, 0, 0, 2], "{report:#}");
    assert_eq!(noted(&env), 2);

    // Your profile's entry is compared in full each time: its presence stays yours.
    env.run(&["profile", "set", "--me", "Bo Berg"]).ok();
    env.run(&["profile", "set", "--presence", "away"]).ok();
    let report = sync_text(&env, "a.csv", &text, &["--region", "GB"]);
    assert_eq!(counts(&report), [0, 0, 0, 2], "{report:#}");
    assert_eq!(env.card("bo berg")["presence"]["state"], "away");
}

#[test]
fn directory_conflicts_are_bad_records_even_among_known_ones() {
    for (body, line, reason) in [
        (
            "u1,user,Anne,,,a@x.example,,,,work,2001,,,,,\n",
            3,
            "already on line 2 with different data",
        ),
        (
            "u1,user,Ann,,,b@x.example,,,,contact_center,7001,,,,,\n",
            3,
            "with a different email",
        ),
        (
            "u2,user,Bo,,,a@x.example,,,,work,2002,,,,,\n",
            3,
            "for another work account",
        ),
        (
            "q1,call_queue,Q,,,a@x.example,,,,contact_center,600,,,,,\n",
            3,
            "is a call_queue here",
        ),
    ] {
        let env = Env::new();
        let good = format!("{HEADER}u1,user,Ann,,,a@x.example,,,,work,2001,,,,,\n");
        sync_text(&env, "good.csv", &good, &[]);
        let before = dump(&env);
        // Line 2 is known from the first sync; the conflict names it all the same.
        let p = env.path("bad.csv");
        std::fs::write(&p, format!("{good}{body}")).unwrap();
        let p = p.display().to_string();
        let run = env.run(&["directory", "sync", &p]).code(6);
        let want = format!("{p}:{line}: ");
        assert!(run.stderr.contains(&want), "{body}: {}", run.stderr);
        assert!(run.stderr.contains(reason), "{body}: {}", run.stderr);
        assert_eq!(dump(&env), before, "{body}");
    }
}

#[test]
fn directory_resync_changes_in_any_order_leave_the_search_indexes_right() {
    // Entries changed in the reverse of the order the store holds them (the indexes
    // are written anew in id order at the end of the sync): each is found by its new
    // words and digits, never by its old ones, and the indexes are sound.
    let env = Env::new();
    let row = |i: u32, title: &str, phone: &str| {
        format!("u{i},user,Person{i} Zed,,,p{i}@acme.example,Sales,Oslo,{title},work,{},{phone},,,available,\n", 3000 + i)
    };
    let first: String = (1..=40)
        .map(|i| row(i, "Clerk", &format!("+1 212 555 {:04}", 1000 + i)))
        .collect();
    sync_text(&env, "first.csv", &format!("{HEADER}{first}"), &[]);
    assert_eq!(names(&env, &["clerk"]).len(), 40);
    let changed: String = (1..=40)
        .rev()
        .filter(|i| i % 10 != 0)
        .map(|i| match i % 3 {
            0 => row(i, "Auditor", &format!("+1 212 555 {:04}", 1000 + i)),
            1 => row(i, "Clerk", &format!("+1 212 555 {:04}", 7000 + i)),
            _ => row(i, "Clerk", &format!("+1 212 555 {:04}", 1000 + i)),
        })
        .collect();
    let report = sync_text(&env, "changed.csv", &format!("{HEADER}{changed}"), &[]);
    // 12 titles, 12 numbers changed (u10, u20, u30, u40 gone; u30 is no auditor).
    assert_eq!(counts(&report), [0, 24, 4, 12], "{report:#}");
    let auditors = names(&env, &["auditor"]);
    assert_eq!(auditors.len(), 12, "{auditors:?}");
    assert!(auditors.contains(&"Person39 Zed".to_string()));
    assert_eq!(names(&env, &["clerk"]).len(), 24);
    assert_eq!(names(&env, &["5557037"]), ["Person37 Zed"]);
    assert!(names(&env, &["5551037"]).is_empty());
    assert_eq!(names(&env, &["5551039"]), ["Person39 Zed"]);
    assert!(names(&env, &["person10"]).is_empty());
    assert!(names(&env, &["5551010"]).is_empty());
    let conn = env.sql();
    for index in ["contact_search", "contact_digits"] {
        conn.execute(
            &format!("INSERT INTO {index} ({index}) VALUES ('integrity-check')"),
            [],
        )
        .unwrap();
    }
}

#[test]
fn a_big_first_sync_is_written_in_bulk_and_found_like_any() {
    // 12,000 entries: over the bulk size (the store's lookup indexes are dropped and
    // built again at the end; the entries are made on a thread of their own).
    let env = Env::new();
    let n = 12_000;
    let mut text = String::from(HEADER);
    for i in 0..n {
        text.push_str(&format!(
            "u{i},user,Person{i} Bulk,,,p{i}@corp.example,Sales,Oslo,Clerk,work,{},+1 212 555 {:04},,,available,\n",
            20_000 + i,
            i % 10_000
        ));
    }
    // One person with a contact-center account too: one contact, two extensions.
    text.push_str(
        "c1,user,Person7 Bulk,,,p7@corp.example,Sales,Oslo,Clerk,contact_center,9007,,,,busy,\n",
    );
    let report = sync_text(&env, "big.csv", &text, &[]);
    assert_eq!(counts(&report), [n, 0, 0, 0], "{}", report["added"]);
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), n as usize);
    assert!(changes
        .iter()
        .all(|c| c["change"] == "added" && c["id"].is_i64()));
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM contact WHERE source = 'company'"
        ),
        n
    );
    let p = env.card("Person11999 Bulk");
    assert_eq!(p["extensions"][0]["number"], "31999");
    assert_eq!(env.card("31999")["id"], p["id"]);
    assert_eq!(env.card("p11999@corp.example")["id"], p["id"]);
    let seven = env.card("9007");
    assert_eq!(seven["id"], env.card("20007")["id"]);
    assert_eq!(seven["extensions"].as_array().unwrap().len(), 2);
    assert_eq!(seven["presence"]["state"], "busy");
    assert_eq!(names(&env, &["person11999"]), ["Person11999 Bulk"]);
    assert_eq!(
        names(&env, &["2125551999"]),
        ["Person11999 Bulk", "Person1999 Bulk"]
    );
    // Every entry of one row is noted for the next sync, which reads none again.
    assert_eq!(noted(&env), n - 1);
    let again = sync_text(&env, "big.csv", &text, &[]);
    assert_eq!(counts(&again,), [0, 0, 0, n], "{}", again["unchanged"]);
}
