//! `kard directory`: arguments -> the directory sync engine (`crate::directory`) ->
//! what it did, and the loaded directories.

use super::Ctx;
use crate::directory::{self, Change, LdapOptions, Origin, Request};
use crate::error::Failure;
use crate::formats::BadRecord;
use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "A sync is all or nothing: one bad row and nothing is changed (exit 6).\n\n\
    Examples:\n  kard directory sync acme.csv\n  kard directory sync acme.csv --dry-run\n  \
    kard directory sync globex.json --external Globex\n  admin-export | kard directory sync -\n  \
    kard directory status"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Load a directory file or LDAP server: the company's, or with --external another's
    ///
    /// The file is CSV with a header, or a JSON array of objects with the same keys:
    /// directory_id,kind,display_name,given_name,family_name,email,department,location,
    /// title,account,extension,phone,mobile,fax,presence,status_message (directory_id,
    /// kind and display_name are required; the others may be left out or empty).
    /// kind is user, auto_attendant, call_group or call_queue; account is work or
    /// contact_center (rows of one person, same email, are one contact with both
    /// extensions). A phone cell may hold several typed numbers:
    /// "+12345678901 WORK: +447890123456 MOBILE".
    ///
    /// The sync replaces that directory's contacts: new entries are added, changed ones
    /// updated, unchanged ones left alone, departed ones removed for good (not into the
    /// trash). Favorites, and your own presence, status message and photo (kard
    /// profile), survive. It is all or nothing: if any row is bad, every problem is
    /// reported as FILE:LINE: reason, nothing is changed, and the exit status is 6.
    ///
    /// An LDAP server (ldap://HOST[:PORT]/BASE-DN, ldaps://…) is read with the paged-
    /// results control. Default map (inetOrgPerson and Active Directory): entryUUID or
    /// objectGUID (else the DN) is the directory id; displayName|cn, givenName, sn, mail,
    /// telephoneNumber (2-6 digits: the extension), ipPhone (extension), mobile,
    /// facsimileTelephoneNumber (fax), department|ou, l|physicalDeliveryOfficeName,
    /// title, jpegPhoto|thumbnailPhoto (photo). Presence is left as it was. A server
    /// that fails, refuses or cuts the search short is exit 7, and nothing is changed.
    #[command(verbatim_doc_comment)]
    Sync(SyncArgs),
    /// The loaded directories: from which file or LDAP URL, when, and how many entries
    /// (the default)
    Status,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard directory sync acme.csv --dry-run\n  kard directory sync acme.csv\n  \
    kard directory sync globex.json --external Globex\n  admin-export | kard directory sync - --json\n  \
    kard directory sync ldap://ldap.corp.example/ou=people,dc=corp,dc=example\n  \
    kard directory sync ldaps://dc1.corp.example/dc=corp,dc=example \\\n    \
    --bind-dn 'CN=kard,OU=Service,DC=corp,DC=example' --password-command 'pass show ad/kard' \\\n    \
    --map ipPhone=extension --map mobile=mobile\n  \
    kard directory sync            (again from the source used last)"
)]
pub struct SyncArgs {
    /// The directory file (CSV or JSON; - reads standard input) or LDAP server
    /// (ldap://HOST[:PORT]/BASE-DN, ldaps://…); left out: the one synced from last
    #[arg(value_name = "FILE|URL")]
    pub file: Option<String>,
    /// Load it as this other company's directory instead of your company's
    #[arg(long, value_name = "COMPANY")]
    pub external: Option<String>,
    /// Print what would be added, updated and removed; change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// LDAP: upgrade the connection with StartTLS before binding
    #[arg(long)]
    pub starttls: bool,
    /// LDAP: bind as this DN (anonymous without); the password comes from
    /// --password-command or KARD_LDAP_PASSWORD
    #[arg(long, value_name = "DN")]
    pub bind_dn: Option<String>,
    /// LDAP: a command (run without a shell) whose first line of output is the bind
    /// password
    #[arg(long, value_name = "CMD")]
    pub password_command: Option<String>,
    /// LDAP: the search filter [default: (|(objectClass=inetOrgPerson)(objectClass=user))]
    #[arg(long, value_name = "FILTER")]
    pub filter: Option<String>,
    /// LDAP: read this attribute into this field, before the default map (repeatable).
    /// Fields: directory_id, display_name, given_name, family_name, email, department,
    /// location, title, extension, phone, mobile, fax, photo
    #[arg(long = "map", value_name = "ATTR=FIELD", value_parser = directory::ldap::parse_map)]
    pub map: Vec<(String, String)>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action.unwrap_or(Action::Status) {
        Action::Sync(a) => sync(ctx, a),
        Action::Status => status(ctx),
    }
}

fn status(ctx: &mut Ctx) -> Result<()> {
    let dirs = ctx.store.directories()?;
    if ctx.json {
        return ctx.out.json(&dirs);
    }
    if dirs.is_empty() {
        ctx.note("no directory loaded yet: kard directory sync FILE|URL");
        return Ok(());
    }
    let rows = dirs
        .into_iter()
        .map(|d| {
            vec![
                directory_label(d.external_company.as_deref()),
                d.file,
                d.synced_at,
                d.entries.to_string(),
            ]
        })
        .collect();
    ctx.out
        .grid(&["directory", "from", "synced", "entries"], rows)
}

fn directory_label(external: Option<&str>) -> String {
    match external {
        None => "company".to_string(),
        Some(name) => format!("external: {name}"),
    }
}

#[derive(Debug, Serialize)]
struct ErrorReport<'a> {
    file: &'a str,
    line: usize,
    reason: &'a str,
}

fn sync(ctx: &mut Ctx, a: SyncArgs) -> Result<()> {
    let (source, company) = directory::which(&ctx.store, a.external.as_deref())?;
    let options = LdapOptions {
        starttls: a.starttls,
        bind_dn: a.bind_dn.clone(),
        password_command: a.password_command.clone(),
        filter: a.filter.clone(),
        map: a.map.clone(),
    };
    let origin = Origin::choose(
        &ctx.store,
        a.file.as_deref(),
        source,
        company.as_deref(),
        options,
    )?;
    let request = Request {
        origin: &origin,
        source,
        company: company.as_deref(),
        dry_run: a.dry_run,
        list_changes: ctx.json || a.dry_run,
        region: ctx.region,
    };
    let outcome = match directory::sync(&ctx.store, &request)? {
        Ok(outcome) => outcome,
        Err(errors) => return bad_file(ctx, origin.name(), &errors),
    };
    if let Some(me) = &outcome.removed_me {
        let verb = if a.dry_run { "would be" } else { "was" };
        ctx.note(&format!(
            "warning: your profile entry {me} is not in the new directory and {verb} removed"
        ));
    }
    if outcome.entries == 0 && outcome.removed > 0 {
        ctx.note("warning: the file has no entries, so this directory is emptied");
    }
    let which = directory::phrase(company.as_deref());
    let counts = format!(
        "{} added, {} updated, {} removed, {} unchanged",
        outcome.added, outcome.updated, outcome.removed, outcome.unchanged
    );
    if ctx.json {
        ctx.out.json(&outcome)?;
    } else if a.dry_run {
        print_plan(ctx, &outcome.changes)?;
        ctx.out
            .line(&format!("dry run, {which}: {counts}; nothing was changed"))?;
    }
    if !a.dry_run {
        ctx.note(&format!("{which} synced: {counts}"));
    }
    Ok(())
}

/// A dry run's plan, one change a line: `+ added`, `~ updated: fields`, `- removed`.
fn print_plan(ctx: &mut Ctx, changes: &[Change]) -> Result<()> {
    for c in changes {
        let sign = match c.change {
            "added" => "+",
            "updated" => "~",
            _ => "-",
        };
        let id = c.id.map(|id| format!(" (id:{id})")).unwrap_or_default();
        let fields = if c.fields.is_empty() {
            String::new()
        } else {
            format!(": {}", c.fields.join(", "))
        };
        ctx.out.line(&crate::render::sanitize(&format!(
            "{sign} {:<8} {}{id}{fields}",
            c.change, c.display_name
        )))?;
    }
    Ok(())
}

/// How many bad records are listed before the rest are only counted.
const MAX_REPORTED: usize = 200;

fn bad_file(ctx: &mut Ctx, file: &str, errors: &[BadRecord]) -> Result<()> {
    for e in errors.iter().take(MAX_REPORTED) {
        eprintln!("{file}:{}: {}", e.line, crate::render::sanitize(&e.reason));
    }
    if errors.len() > MAX_REPORTED {
        eprintln!("{file}: … and {} more", errors.len() - MAX_REPORTED);
    }
    if ctx.json {
        let list: Vec<ErrorReport> = errors
            .iter()
            .map(|e| ErrorReport {
                file,
                line: e.line,
                reason: &e.reason,
            })
            .collect();
        ctx.out
            .json(&serde_json::json!({ "applied": false, "errors": list }))?;
    }
    let n = errors.len();
    Err(Failure::BadInput(format!(
        "{file}: {n} bad record{}; nothing was changed (a directory sync is all or nothing)",
        if n == 1 { "" } else { "s" }
    ))
    .into())
}
