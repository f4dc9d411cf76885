//! `directory sync ldap://…` against a real OpenLDAP slapd started by each test on
//! 127.0.0.1 (a free port, a throwaway folder and slapd.conf, data loaded with slapadd
//! before the start), stopped by its own PID when the test ends.

use crate::env::Env;
use serde_json::Value;
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SUFFIX: &str = "dc=example,dc=com";
const ROOT_DN: &str = "cn=admin,dc=example,dc=com";
const ROOT_PW: &str = "sekrit-root";
const READER_DN: &str = "cn=reader,dc=example,dc=com";
const READER_PW: &str = "reader-pass";

/// A program from PATH (or Debian's /usr/sbin). Missing: None, with a message, and a
/// failure under CI=true, where every test server must be there.
fn program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin")])
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{name} is missing (Debian packages slapd and ldap-utils); CI must run the LDAP tests"
        );
        eprintln!("skipped: {name} not found (Debian packages slapd and ldap-utils)");
    }
    found
}

/// How a test server limits searches, and who may read.
#[derive(Clone, Copy)]
struct Config {
    sizelimit: &'static str,
    /// Anonymous users may read (else only after a bind).
    anonymous: bool,
    /// The content synchronization provider (RFC 4533, the `syncprov` overlay), with
    /// the indexes it wants.
    syncprov: bool,
    /// Its session log, which lets it name the entries deleted since a cookie (without
    /// it, a refresh lists every entry still there).
    sessionlog: bool,
}

const OPEN: Config = Config {
    sizelimit: "size.soft=100 size.hard=unlimited size.prtotal=unlimited",
    anonymous: true,
    syncprov: false,
    sessionlog: false,
};

/// A server that answers the Sync Request control (refreshOnly with a cookie).
const SYNCPROV: Config = Config {
    syncprov: true,
    sessionlog: true,
    ..OPEN
};

/// A running slapd: killed and waited for when dropped.
struct Slapd {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Drop for Slapd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Slapd {
    /// A server holding the fixture directory and `extra` LDIF, or None if slapd is
    /// not installed.
    fn start(config: Config, extra: &str) -> Option<Slapd> {
        let slapd = program("slapd")?;
        let slapadd = program("slapadd")?;
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("db")).unwrap();
        let access = if config.anonymous {
            "access to * by * read"
        } else {
            "access to * by users read by anonymous auth"
        };
        let (module, overlay) = match (config.syncprov, config.sessionlog) {
            (false, _) => ("", ""),
            (true, log) => (
                "moduleload syncprov\n",
                if log {
                    "index entryUUID,entryCSN eq\noverlay syncprov\nsyncprov-sessionlog 100\n"
                } else {
                    "index entryUUID,entryCSN eq\noverlay syncprov\n"
                },
            ),
        };
        let conf = format!(
            "include /etc/ldap/schema/core.schema\n\
             include /etc/ldap/schema/cosine.schema\n\
             include /etc/ldap/schema/inetorgperson.schema\n\
             include {schema}\n\
             modulepath /usr/lib/ldap\n\
             moduleload back_mdb\n\
             {module}\
             pidfile {dir}/slapd.pid\n\
             database mdb\n\
             maxsize 1073741824\n\
             suffix \"{SUFFIX}\"\n\
             rootdn \"{ROOT_DN}\"\n\
             rootpw {ROOT_PW}\n\
             directory {dir}/db\n\
             sizelimit {limit}\n\
             {access}\n\
             {overlay}",
            schema = Env::data("ldap/ad.schema").display(),
            dir = dir.path().display(),
            limit = config.sizelimit,
        );
        let conf_path = dir.path().join("slapd.conf");
        std::fs::write(&conf_path, conf).unwrap();
        let mut ldif = std::fs::read_to_string(Env::data("ldap/acme.ldif")).unwrap();
        ldif.push_str(&format!(
            "\ndn: {READER_DN}\nobjectClass: person\ncn: reader\nsn: reader\nuserPassword: {READER_PW}\n"
        ));
        ldif.push_str(extra);
        let ldif_path = dir.path().join("data.ldif");
        std::fs::write(&ldif_path, ldif).unwrap();
        let out = Command::new(&slapadd)
            .arg("-f")
            .arg(&conf_path)
            .arg("-l")
            .arg(&ldif_path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "slapadd failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let log = std::fs::File::create(dir.path().join("slapd.log")).unwrap();
        let child = Command::new(&slapd)
            .arg("-f")
            .arg(&conf_path)
            .arg("-h")
            .arg(format!("ldap://127.0.0.1:{port}/"))
            .args(["-d", "stats"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let server = Slapd { child, port, dir };
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "slapd did not start: {}",
                server.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("slapd.log")).unwrap_or_default()
    }

    fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}/ou=people,{SUFFIX}", self.port)
    }

    /// Change the directory as its admin would (ldapmodify).
    fn modify(&self, ldif: &str) {
        let Some(ldapmodify) = program("ldapmodify") else {
            panic!("ldapmodify is missing (Debian package ldap-utils)");
        };
        let mut child = Command::new(ldapmodify)
            .args(["-x", "-H", &format!("ldap://127.0.0.1:{}", self.port)])
            .args(["-D", ROOT_DN, "-w", ROOT_PW])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(ldif.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "ldapmodify: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `count` people more, for paging: uid=pN.
fn many(count: usize) -> String {
    (0..count)
        .map(|i| {
            format!(
                "\ndn: uid=p{i},ou=people,{SUFFIX}\nobjectClass: inetOrgPerson\nuid: p{i}\n\
                 cn: Person {i}\nsn: Person\nmail: p{i}@example.com\ntelephoneNumber: {}\n",
                10000 + i
            )
        })
        .collect()
}

/// A password command as a password manager would be one: `cat FILE` (its first line).
fn password_file(env: &Env, password: &str) -> String {
    let file = env.path("ldap-password");
    std::fs::write(&file, format!("{password}\nsecond line\n")).unwrap();
    format!("cat {}", file.display())
}

fn sync(env: &Env, args: &[&str]) -> Value {
    let mut all = vec!["directory", "sync", "--json"];
    all.extend_from_slice(args);
    env.run(&all).ok().json()
}

fn company(env: &Env) -> Vec<Value> {
    env.run(&["list", "--json", "--source", "company"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

/// What the store holds, to compare before and after a sync that must change nothing.
fn snapshot(env: &Env) -> (String, String) {
    (
        env.run(&["list", "--format", "jsonl"]).ok().stdout,
        env.run(&["directory", "status", "--json"]).ok().stdout,
    )
}

#[test]
fn anonymous_sync_maps_inetorgperson_and_ad_entries() {
    let Some(server) = Slapd::start(OPEN, "") else {
        return;
    };
    let env = Env::new();
    let report = sync(&env, &[&server.url()]);
    assert_eq!(report["added"], 5, "{report:#}");
    assert_eq!(report["file"], server.url());
    let people = company(&env);
    assert_eq!(people.len(), 5, "the printer is not a person: {people:#?}");

    let ann = env.card("Ann Lee");
    assert_eq!(ann["source"], "company");
    assert_eq!(ann["extensions"][0]["number"], "4711", "{ann:#}");
    assert_eq!(ann["phones"][0]["number"], "+16465550101");
    assert_eq!(ann["phones"][0]["label"], "mobile");
    assert_eq!(ann["faxes"][0]["number"], "+12125550199");
    assert_eq!(
        ann["phones"].as_array().unwrap().len(),
        1,
        "the fax is apart"
    );
    assert_eq!(ann["department"], "Sales");
    assert_eq!(ann["location"], "New York");
    assert_eq!(ann["title"], "Account Manager");
    assert_eq!(ann["emails"][0]["address"], "ann.lee@example.com");
    assert_eq!(ann["photo"]["media_type"], "image/jpeg");
    // LDAP has no presence: none is made up.
    assert!(ann["presence"].is_null() || ann["presence"]["state"] != "available");

    // Non-ASCII values, as the server holds them.
    let jorg = env.card("Jörg Müller");
    assert_eq!(jorg["name"]["given"], "Jörg");
    assert_eq!(jorg["location"], "München");
    assert_eq!(jorg["title"], "Geschäftsführer");
    assert_eq!(jorg["phones"][0]["number"], "+49301234567");
    assert_eq!(env.card("李小龙")["phones"][0]["number"], "+12125550100");

    // Active Directory: ipPhone is the extension, department, the office, the
    // thumbnail photo, and objectGUID the directory id.
    let bo = env.card("Bo Svensson");
    assert_eq!(bo["extensions"][0]["number"], "2202", "{bo:#}");
    assert_eq!(bo["phones"][0]["number"], "+46812345678");
    assert_eq!(bo["department"], "Engineering");
    assert_eq!(bo["location"], "Stockholm");
    assert_eq!(bo["photo"]["media_type"], "image/png");
    let id: String = env
        .sql()
        .query_row(
            "SELECT directory_id FROM contact WHERE display_name = 'Bo Svensson'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(id, "00112233-4455-6677-8899-aabbccddeeff");

    // A short telephoneNumber is an extension, found as one.
    assert_eq!(env.card("2250")["display_name"], "Kim Park");

    // Nothing changed on the server: nothing changes in the store.
    let again = sync(&env, &[&server.url()]);
    assert_eq!(
        (
            &again["added"],
            &again["updated"],
            &again["removed"],
            &again["unchanged"]
        ),
        (
            &Value::from(0),
            &Value::from(0),
            &Value::from(0),
            &Value::from(5)
        )
    );
}

#[test]
fn bound_sync_with_a_password_command_or_the_environment() {
    let Some(server) = Slapd::start(
        Config {
            anonymous: false,
            ..OPEN
        },
        "",
    ) else {
        return;
    };
    let env = Env::new();
    // Anonymous users see nothing here: refused, or an empty result.
    let anonymous = env.run(&["directory", "sync", &server.url(), "--json"]);
    assert!(
        anonymous.code == 7 || anonymous.json()["added"] == 0,
        "{anonymous:?}"
    );
    let env = Env::new();
    let command = password_file(&env, READER_PW);
    let report = sync(
        &env,
        &[
            &server.url(),
            "--bind-dn",
            READER_DN,
            "--password-command",
            &command,
        ],
    );
    assert_eq!(report["added"], 5, "{report:#}");

    let env2 = Env::new();
    let run = env2.run_with(
        &["directory", "sync", &server.url(), "--bind-dn", READER_DN],
        |c| {
            c.env("KARD_LDAP_PASSWORD", READER_PW);
        },
    );
    run.ok();
    assert_eq!(company(&env2).len(), 5);

    // The status shows where, never the password; a sync with no source goes back there
    // with the same bind (the password asked for again).
    let status = env.run(&["directory", "status"]).ok().stdout;
    assert!(status.contains(&server.url()), "{status}");
    let stored = env.run(&["list", "--format", "jsonl"]).ok().stdout;
    for place in [status, stored] {
        assert!(!place.contains(READER_PW));
    }
    let dump: Vec<String> = env
        .sql()
        .prepare("SELECT origin FROM directory_origin")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(dump.iter().all(|o| !o.contains(READER_PW)), "{dump:?}");
    let again = sync(&env, &[]);
    assert_eq!(again["unchanged"], 5, "{again:#}");
}

#[test]
fn failures_are_exit_7_with_the_url_and_change_nothing() {
    let Some(server) = Slapd::start(OPEN, "") else {
        return;
    };
    let env = Env::new();
    let acme = Env::data("directory/acme.csv").display().to_string();
    env.run(&["directory", "sync", &acme]).ok();
    let before = snapshot(&env);

    // Wrong password.
    let run = env
        .run_with(
            &["directory", "sync", &server.url(), "--bind-dn", READER_DN],
            |c| {
                c.env("KARD_LDAP_PASSWORD", "wrong");
            },
        )
        .code(7);
    assert!(run.stderr.contains(&server.url()), "{}", run.stderr);
    assert!(run.stderr.contains("49") && run.stderr.contains("invalidCredentials"));
    assert!(!run.stderr.contains("wrong"));

    // A base DN the server does not have.
    let nowhere = format!("ldap://127.0.0.1:{}/ou=nowhere,{SUFFIX}", server.port);
    let run = env.run(&["directory", "sync", &nowhere]).code(7);
    assert!(run.stderr.contains(&nowhere), "{}", run.stderr);
    assert!(run.stderr.contains("32") && run.stderr.contains("noSuchObject"));

    // Nothing listening.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let down = format!("ldap://127.0.0.1:{port}/{SUFFIX}");
    let run = env.run(&["directory", "sync", &down]).code(7);
    assert!(run.stderr.contains(&down), "{}", run.stderr);

    // No such host.
    let unknown = format!("ldap://no-such-host.invalid/{SUFFIX}");
    let run = env.run(&["directory", "sync", &unknown]).code(7);
    assert!(run.stderr.contains(&unknown), "{}", run.stderr);

    assert_eq!(snapshot(&env), before);
}

#[test]
fn paging_gets_past_a_size_limit_and_a_cut_short_search_is_refused() {
    let extra = many(250);
    let Some(server) = Slapd::start(OPEN, &extra) else {
        return;
    };
    let env = Env::new();
    let report = sync(&env, &[&server.url()]);
    assert_eq!(report["added"], 255, "the soft limit is 100: {report:#}");

    let Some(capped) = Slapd::start(
        Config {
            sizelimit: "size.soft=100 size.hard=100 size.prtotal=100",
            ..OPEN
        },
        &extra,
    ) else {
        return;
    };
    let before = snapshot(&env);
    let run = env.run(&["directory", "sync", &capped.url()]).code(7);
    assert!(run.stderr.contains(&capped.url()), "{}", run.stderr);
    assert!(run.stderr.contains("sizeLimitExceeded"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was changed"));
    assert_eq!(snapshot(&env), before, "never a sync of the part it saw");
}

#[test]
fn map_filter_external_and_dry_run() {
    let Some(server) = Slapd::start(OPEN, "") else {
        return;
    };
    let env = Env::new();
    let url = server.url();

    let dry = env
        .run(&["directory", "sync", &url, "--dry-run"])
        .ok()
        .stdout;
    assert!(dry.contains("+ added    Ann Lee"), "{dry}");
    assert!(dry.contains("5 added") && dry.contains("nothing was changed"));
    assert!(company(&env).is_empty());

    let contractors = sync(
        &env,
        &[
            &url,
            "--filter",
            "(employeeType=contractor)",
            "--external",
            "Globex",
        ],
    );
    assert_eq!(contractors["added"], 2, "{contractors:#}");
    let globex = env.card("Kim Park");
    assert_eq!(globex["source"], "external");
    assert_eq!(globex["organization"], "Globex");
    assert!(company(&env).is_empty());

    // An AD attribute mapped in: the extension from extensionAttribute1, before ipPhone.
    sync(&env, &[&url, "--map", "extensionAttribute1=extension"]);
    assert_eq!(env.card("Bo Svensson")["extensions"][0]["number"], "9902");

    let bad = env
        .run(&["directory", "sync", &url, "--map", "ipPhone=shoe"])
        .code(2);
    assert!(bad.stderr.contains("unknown field"), "{}", bad.stderr);
    let file_flag = env
        .run(&["directory", "sync", "x.csv", "--filter", "(cn=*)"])
        .code(2);
    assert!(file_flag.stderr.contains("LDAP"), "{}", file_flag.stderr);
}

#[test]
fn resync_from_the_last_source_keeps_favorites() {
    let Some(server) = Slapd::start(OPEN, "") else {
        return;
    };
    let env = Env::new();
    sync(
        &env,
        &[&server.url(), "--map", "extensionAttribute1=extension"],
    );
    env.run(&["favorite", "Ann Lee"]).ok();
    env.run(&["profile", "set", "--me", "Jörg Müller"]).ok();
    env.run(&["profile", "set", "--presence", "busy"]).ok();

    server.modify(&format!(
        "dn: uid=ann,ou=people,{SUFFIX}\nchangetype: modify\nreplace: title\ntitle: Sales Director\n\n\
         dn: cn=Kim Park,ou=people,{SUFFIX}\nchangetype: delete\n"
    ));
    let report = sync(&env, &[]);
    assert_eq!(
        (
            &report["added"],
            &report["updated"],
            &report["removed"],
            &report["unchanged"]
        ),
        (
            &Value::from(0),
            &Value::from(1),
            &Value::from(1),
            &Value::from(3)
        ),
        "{report:#}"
    );
    let ann = env.card("Ann Lee");
    assert_eq!(ann["title"], "Sales Director");
    assert_eq!(ann["favorite"], true);
    // The map given last time is used again.
    assert_eq!(env.card("Bo Svensson")["extensions"][0]["number"], "9902");
    // Your own presence stays yours.
    let me = env.run(&["profile", "--json"]).ok().json();
    assert_eq!(me["presence"]["state"], "busy", "{me:#}");

    let status = env.run(&["directory", "status"]).ok().stdout;
    assert!(status.contains(&server.url()), "{status}");

    // A file sync afterwards is remembered the same way, and an external company's
    // source apart from the company's.
    let acme = Env::data("directory/acme.csv").display().to_string();
    sync(&env, &[&acme]);
    sync(&env, &[&server.url(), "--external", "Globex"]);
    let again = sync(&env, &[]);
    assert!(again["file"].as_str().unwrap().ends_with("acme.csv"));
    let globex = sync(&env, &["--external", "Globex"]);
    assert_eq!(globex["file"], server.url());
    assert_eq!(globex["unchanged"], 4);

    let never = Env::new().run(&["directory", "sync"]).code(2);
    assert!(never.stderr.contains("never synced"), "{}", never.stderr);
}

/// The password never reaches the store file, whichever way it came.
#[test]
fn the_store_never_holds_the_password() {
    let Some(server) = Slapd::start(OPEN, "") else {
        return;
    };
    let env = Env::new();
    let command = password_file(&env, ROOT_PW);
    sync(
        &env,
        &[
            &server.url(),
            "--bind-dn",
            ROOT_DN,
            "--password-command",
            &command,
        ],
    );
    let bytes = std::fs::read(&env.db).unwrap();
    let wal = std::fs::read(env.db.with_extension("db-wal")).unwrap_or_default();
    for b in [bytes, wal] {
        assert!(!b.windows(ROOT_PW.len()).any(|w| w == ROOT_PW.as_bytes()));
    }
    assert!(Path::new(&env.db).exists());
}

/// How many directory contacts the store knows the source entry of.
fn noted(env: &Env) -> i64 {
    number(
        env,
        "SELECT count(*) FROM directory_entry WHERE raw IS NOT NULL",
    )
}

/// The number a query of the store gives.
fn number(env: &Env, sql: &str) -> i64 {
    env.sql().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn counts(report: &Value) -> [i64; 4] {
    ["added", "updated", "removed", "unchanged"].map(|k| report[k].as_i64().unwrap())
}

#[test]
fn resync_reads_again_only_changed_entries_but_a_new_map_all() {
    let Some(server) = Slapd::start(OPEN, "") else {
        return;
    };
    let env = Env::new();
    let url = server.url();
    let first = sync(&env, &[&url]);
    assert_eq!(counts(&first), [5, 0, 0, 0], "{first:#}");
    assert_eq!(noted(&env), 5);
    let again = sync(&env, &[]);
    assert_eq!(counts(&again), [0, 0, 0, 5], "{again:#}");
    let jorg = env.card("Jörg Müller");

    // A changed entry, a new one, a renamed one (the same entryUUID) and a deleted one.
    server.modify(&format!(
        "dn: uid=ann,ou=people,{SUFFIX}\nchangetype: modify\nreplace: title\ntitle: Sales Director\n\n\
         dn: uid=nia,ou=people,{SUFFIX}\nchangetype: add\nobjectClass: inetOrgPerson\nuid: nia\n\
         cn: Nia Obi\nsn: Obi\nmail: nia.obi@example.com\ntelephoneNumber: 2099\n\n\
         dn: uid=jorg,ou=people,{SUFFIX}\nchangetype: modrdn\nnewrdn: uid=joerg\ndeleteoldrdn: 1\n\n\
         dn: uid=li,ou=people,{SUFFIX}\nchangetype: delete\n"
    ));
    let report = sync(&env, &[]);
    assert_eq!(counts(&report), [1, 1, 1, 3], "{report:#}");
    assert_eq!(env.card("Ann Lee")["title"], "Sales Director");
    assert_eq!(env.names(&["director"]), ["Ann Lee"]);
    assert!(!env.names(&["manager"]).contains(&"Ann Lee".to_string()));
    assert_eq!(env.card("2099")["display_name"], "Nia Obi");
    let renamed = env.card("Jörg Müller");
    assert_eq!(
        (&renamed["id"], &renamed["updated_at"]),
        (&jorg["id"], &jorg["updated_at"])
    );
    assert_eq!(noted(&env), 5);

    // Another attribute map makes other contacts of the same entries: all read anew.
    let report = sync(&env, &["--map", "title=department"]);
    assert_eq!(report["added"], 0, "{report:#}");
    assert!(report["updated"].as_i64().unwrap() >= 2, "{report:#}");
    assert_eq!(env.card("Ann Lee")["department"], "Sales Director");
    // A narrower filter: the entries it leaves out are removed; Ann, known, stays.
    let ann = env.card("Ann Lee");
    let report = sync(&env, &["--filter", "(uid=ann)"]);
    assert_eq!(counts(&report), [0, 0, 4, 1], "{report:#}");
    assert_eq!(env.card("Ann Lee")["updated_at"], ann["updated_at"]);
}

/// The entries slapd sent for each search, in order (its `-d stats` log).
fn sent(server: &Slapd) -> Vec<usize> {
    server
        .log()
        .lines()
        .filter(|l| l.contains("SEARCH RESULT"))
        .filter_map(|l| l.split("nentries=").nth(1))
        .filter_map(|n| n.split_whitespace().next()?.parse().ok())
        .collect()
}

/// Whether the store keeps a content sync cookie for the company directory.
fn has_cookie(env: &Env) -> bool {
    number(
        env,
        "SELECT count(*) FROM directory_origin WHERE name = '' AND cookie IS NOT NULL",
    ) == 1
}

/// A server of `config` and a store with its inetOrgPerson entries (4) synced.
fn people(config: Config) -> Option<(Slapd, Env)> {
    let server = Slapd::start(config, "")?;
    let env = Env::new();
    let first = sync(
        &env,
        &[&server.url(), "--filter", "(objectClass=inetOrgPerson)"],
    );
    assert_eq!(counts(&first), [4, 0, 0, 0], "{first:#}");
    Some((server, env))
}

#[test]
fn a_content_sync_provider_syncs_like_any_server() {
    let Some(server) = Slapd::start(SYNCPROV, "") else {
        return;
    };
    let env = Env::new();
    let first = sync(&env, &[&server.url()]);
    assert_eq!(counts(&first), [5, 0, 0, 0], "{first:#}");
    assert_eq!(sent(&server).last(), Some(&5), "{}", server.log());
    // An entry known by its objectGUID (an AD entry copied in) could not be told
    // deleted by its entryUUID: no cookie, every sync reads all.
    assert!(!has_cookie(&env));
    let again = sync(&env, &[]);
    assert_eq!(counts(&again), [0, 0, 0, 5], "{again:#}");
    assert_eq!(sent(&server).last(), Some(&5), "{}", server.log());
}

#[test]
fn a_resync_with_a_cookie_reads_only_what_changed() {
    let Some((server, env)) = people(SYNCPROV) else {
        return;
    };
    assert_eq!(sent(&server).last(), Some(&4), "{}", server.log());
    assert!(has_cookie(&env));

    let again = sync(&env, &[]);
    assert_eq!(counts(&again), [0, 0, 0, 4], "{again:#}");
    assert_eq!(sent(&server).last(), Some(&0), "{}", server.log());

    // One entry changed: only it is sent, and it is updated.
    let jorg = env.card("Jörg Müller");
    server.modify(&format!(
        "dn: uid=ann,ou=people,{SUFFIX}\nchangetype: modify\nreplace: title\ntitle: Sales Director\n"
    ));
    // A dry run reads the change but keeps the old cookie: the sync reads it again.
    let dry = sync(&env, &["--dry-run"]);
    assert_eq!(counts(&dry), [0, 1, 0, 3], "{dry:#}");
    assert_eq!(sent(&server).last(), Some(&1), "{}", server.log());
    let report = sync(&env, &[]);
    assert_eq!(counts(&report), [0, 1, 0, 3], "{report:#}");
    assert_eq!(sent(&server).last(), Some(&1), "{}", server.log());
    assert_eq!(env.card("Ann Lee")["title"], "Sales Director");
    assert_eq!(env.card("Jörg Müller")["updated_at"], jorg["updated_at"]);

    // A deleted entry is removed; a new one and a renamed one (same entryUUID) come.
    server.modify(&format!(
        "dn: uid=li,ou=people,{SUFFIX}\nchangetype: delete\n\n\
         dn: uid=nia,ou=people,{SUFFIX}\nchangetype: add\nobjectClass: inetOrgPerson\nuid: nia\n\
         cn: Nia Obi\nsn: Obi\nmail: nia.obi@example.com\ntelephoneNumber: 2099\n\n\
         dn: uid=jorg,ou=people,{SUFFIX}\nchangetype: modrdn\nnewrdn: uid=joerg\ndeleteoldrdn: 1\n"
    ));
    let report = sync(&env, &[]);
    assert_eq!(counts(&report), [1, 0, 1, 3], "{report:#}");
    assert_eq!(sent(&server).last(), Some(&2), "{}", server.log());
    assert_eq!(env.card("2099")["display_name"], "Nia Obi");
    assert_eq!(env.card("Jörg Müller")["id"], jorg["id"]);
    assert_eq!(company(&env).len(), 4);

    // A new filter: the cookie was for another search, all is read again.
    let report = sync(&env, &["--filter", "(uid=ann)"]);
    assert_eq!(counts(&report), [0, 0, 3, 1], "{report:#}");
    assert_eq!(sent(&server).last(), Some(&1), "{}", server.log());
    assert_eq!(company(&env).len(), 1);
}

#[test]
fn a_server_without_content_sync_is_read_whole_and_keeps_no_cookie() {
    let Some((server, env)) = people(OPEN) else {
        return;
    };
    assert!(!has_cookie(&env));
    // The refused control, then the paged read of every entry.
    assert!(server.log().contains("err=12"), "{}", server.log());
    let again = sync(&env, &[]);
    assert_eq!(counts(&again), [0, 0, 0, 4], "{again:#}");
    assert_eq!(sent(&server).last(), Some(&4), "{}", server.log());
}

#[test]
fn without_a_session_log_a_delta_learns_deletions_from_the_entries_still_there() {
    let Some((server, env)) = people(Config {
        sessionlog: false,
        ..SYNCPROV
    }) else {
        return;
    };
    assert!(has_cookie(&env));
    server.modify(&format!(
        "dn: uid=li,ou=people,{SUFFIX}\nchangetype: delete\n\n\
         dn: uid=ann,ou=people,{SUFFIX}\nchangetype: modify\nreplace: title\ntitle: Sales Director\n"
    ));
    let report = sync(&env, &[]);
    assert_eq!(counts(&report), [0, 1, 1, 2], "{report:#}");
    assert_eq!(sent(&server).last(), Some(&1), "{}", server.log());
    assert_eq!(env.card("Ann Lee")["title"], "Sales Director");
    assert_eq!(company(&env).len(), 3);
}

#[test]
fn a_delta_reads_your_profile_entry_too() {
    let Some((server, env)) = people(SYNCPROV) else {
        return;
    };
    env.run(&["profile", "set", "--me", "Jörg Müller"]).ok();
    // The profile change leaves the entry's record un-noted: one full read notes it.
    let again = sync(&env, &[]);
    assert_eq!(counts(&again), [0, 0, 0, 4], "{again:#}");
    server.modify(&format!(
        "dn: uid=ann,ou=people,{SUFFIX}\nchangetype: modify\nreplace: title\ntitle: Sales Director\n"
    ));
    let report = sync(&env, &[]);
    assert_eq!(counts(&report), [0, 1, 0, 3], "{report:#}");
    // The delta (Ann), then your entry by its entryUUID.
    let searches = sent(&server);
    assert_eq!(searches[searches.len() - 2..], [1, 1], "{}", server.log());
    assert_eq!(env.card("Ann Lee")["title"], "Sales Director");
    // Your entry deleted: it goes, as in any sync.
    server.modify(&format!(
        "dn: uid=jorg,ou=people,{SUFFIX}\nchangetype: delete\n"
    ));
    let report = sync(&env, &[]);
    assert_eq!(counts(&report), [0, 0, 1, 3], "{report:#}");
    assert_eq!(sent(&server).last(), Some(&0), "{}", server.log());
}

#[test]
fn a_size_limit_makes_a_content_sync_fall_back_to_paging() {
    let Some(server) = Slapd::start(SYNCPROV, &many(250)) else {
        return;
    };
    let env = Env::new();
    // The unpaged content sync stops at the 100 entries of the size limit (err=4); the
    // paged read then gets them all, and no cookie is kept.
    let first = sync(
        &env,
        &[&server.url(), "--filter", "(objectClass=inetOrgPerson)"],
    );
    assert_eq!(counts(&first), [254, 0, 0, 0], "{first:#}");
    assert!(server.log().contains("err=4 "), "{}", server.log());
    assert!(!has_cookie(&env));
}
