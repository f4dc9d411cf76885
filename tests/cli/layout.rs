//! What people read, as snapshots (insta, `tests/cli/snapshots/`): the contacts table at
//! two widths, a contact card as text and as JSON. A layout change fails here with a
//! diff; when it is meant, `cargo insta review` (or `INSTA_UPDATE=always`) accepts it.
//! The store is fixed and timestamps and UIDs are masked, so the snapshots hold still.
use crate::env::Env;

/// A small company directory (two-account person, presence states, service entries)
/// and one personal contact with every kind of value.
fn seeded() -> Env {
    let env = Env::new();
    let directory = env.path("directory.csv");
    std::fs::write(
        &directory,
        "directory_id,kind,display_name,given_name,family_name,email,department,location,title,account,extension,phone,mobile,fax,presence,status_message\n\
         u1001,user,Robin Lee,Robin,Lee,robin.lee@acme.example,Sales,New York,Account Executive,work,2001,+1 212 555 0101,+1 917 555 0101,,available,In a meeting\n\
         c7001,user,Robin Lee,Robin,Lee,robin.lee@acme.example,Sales,New York,Account Executive,contact_center,7001,,,,on_a_call,Queue duty\n\
         u1003,user,José Álvarez,José,Álvarez,jose.alvarez@acme.example,Support,Austin,Support Engineer,work,2003,+1 512 555 0103,,+1 512 555 0199,away,Back at 2pm\n\
         u1004,user,Zoë Müller,Zoë,Müller,zoe.muller@acme.example,Engineering,Berlin,Staff Engineer,work,2004,+49 30 901820,,,do_not_disturb,\n\
         a100,auto_attendant,Main Line,,,,,New York,,work,100,+1 212 555 0100,,,,\n\
         q600,call_queue,Support Queue,,,support@acme.example,Support,Austin,,work,600,,,,,\n",
    )
    .unwrap();
    env.run(&["directory", "sync", directory.to_str().unwrap()])
        .ok();
    env.add(&[
        "--name",
        "Sam Rivera",
        "--given",
        "Sam",
        "--family",
        "Rivera",
        "--org",
        "Rivera Design",
        "--title",
        "Owner",
        "--phone",
        "mobile:(555) 010-1234",
        "--phone",
        "home:+44 20 7946 0018",
        "--fax",
        "work:555-010-9999",
        "--email",
        "work:sam@rivera.example",
        "--address",
        "work:1 Main St;Springfield;IL;62701;US",
        "--url",
        "https://rivera.example",
        "--birthday",
        "1980-03-21",
        "--label",
        "Clients",
        "--note",
        "Met at the conference.\nLikes green tea.",
        "--favorite",
    ]);
    env
}

/// Run with the terminal this wide (`COLUMNS`); the run must succeed.
fn at_width(env: &Env, columns: usize, args: &[&str]) -> String {
    let run = env
        .run_with(args, |c| {
            c.env("COLUMNS", columns.to_string());
        })
        .ok();
    assert_eq!(run.stderr, "", "stdout only");
    run.stdout
}

/// Snapshot `text` with timestamps and UIDs masked.
macro_rules! snapshot {
    ($name:literal, $text:expr) => {
        insta::with_settings!({
            filters => vec![
                (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[timestamp]"),
                (r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "[uid]"),
            ],
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!($name, $text);
        })
    };
}

#[test]
fn contacts_table() {
    let env = seeded();
    snapshot!("table_100_columns", at_width(&env, 100, &["list"]));
    // Narrow: the least useful columns shortened, then dropped; never wrapped.
    snapshot!("table_60_columns", at_width(&env, 60, &["list"]));
}

#[test]
fn contact_card_as_text() {
    let env = seeded();
    snapshot!("card_personal", at_width(&env, 100, &["show", "sam"]));
    snapshot!(
        "card_two_accounts",
        at_width(&env, 100, &["show", "robin.lee@acme.example"])
    );
}

#[test]
fn contact_card_as_json() {
    let env = seeded();
    snapshot!(
        "card_personal_json",
        at_width(&env, 100, &["show", "--json", "sam"])
    );
}
