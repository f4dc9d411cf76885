//! `kard directory`: load the company directory (or one external company's) from a
//! directory file, all or nothing, and show what is loaded.

use super::{profile, Ctx};
use crate::error::{usage, Failure};
use crate::formats::directory::{self as dirfile, Entry, Target};
use crate::formats::{text, BadRecord};
use crate::model::{Contact, Source};
use crate::store::{now, DirectoryInfo, Store};
use anyhow::{Context, Result};
use clap::Subcommand;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Read;

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
    /// Load a directory file: the company's, or with --external another company's
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
    #[command(verbatim_doc_comment)]
    Sync(SyncArgs),
    /// The loaded directories: from which file, when, and how many entries (the default)
    Status,
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard directory sync acme.csv --dry-run\n  kard directory sync acme.csv\n  \
    kard directory sync globex.json --external Globex\n  admin-export | kard directory sync - --json"
)]
pub struct SyncArgs {
    /// The directory file (CSV or JSON); - reads standard input
    pub file: String,
    /// Load it as this other company's directory instead of your company's
    #[arg(long, value_name = "COMPANY")]
    pub external: Option<String>,
    /// Print what would be added, updated and removed; change nothing
    #[arg(long)]
    pub dry_run: bool,
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
        ctx.note("no directory loaded yet: kard directory sync FILE");
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
        .grid(&["directory", "file", "synced", "entries"], rows)
}

fn directory_label(external: Option<&str>) -> String {
    match external {
        None => "company".to_string(),
        Some(name) => format!("external: {name}"),
    }
}

/// "company directory", or "Globex's directory (external)".
fn directory_phrase(external: Option<&str>) -> String {
    match external {
        None => "company directory".to_string(),
        Some(name) => format!("{name}'s directory (external)"),
    }
}

/// One change a sync makes.
#[derive(Debug, Serialize)]
struct Change {
    change: &'static str,
    /// The contact's id (null for one not added yet).
    id: Option<i64>,
    directory_id: Option<String>,
    display_name: String,
    /// For updates: the fields that change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fields: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
struct Report {
    source: Source,
    external_company: Option<String>,
    file: String,
    dry_run: bool,
    entries: usize,
    added: usize,
    updated: usize,
    removed: usize,
    unchanged: usize,
    changes: Vec<Change>,
}

#[derive(Debug, Serialize)]
struct ErrorReport<'a> {
    file: &'a str,
    line: usize,
    reason: &'a str,
}

/// What a sync does to a directory's stored contacts.
#[derive(Default)]
struct Plan {
    added: Vec<Contact>,
    /// The stored contact with the file's values, and what changed.
    updated: Vec<(Contact, Vec<&'static str>)>,
    removed: Vec<Contact>,
    unchanged: usize,
}

fn sync(ctx: &mut Ctx, a: SyncArgs) -> Result<()> {
    let (source, company) = match &a.external {
        None => (Source::Company, None),
        Some(name) => {
            let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
            if name.is_empty() {
                return Err(usage("--external needs the company's name"));
            }
            // The same company, however it is capitalized this time.
            let known = ctx.store.directories()?.into_iter().find_map(|d| {
                d.external_company
                    .filter(|n| n.to_lowercase() == name.to_lowercase())
            });
            (Source::External, Some(known.unwrap_or(name)))
        }
    };
    let target = match &company {
        None => Target::Company,
        Some(name) => Target::External(name),
    };
    let entries = match read_entries(&a.file, ctx, target)? {
        Ok(entries) => entries,
        Err(errors) => return bad_file(ctx, &a.file, &errors),
    };

    let file = if a.file == "-" {
        "-".to_string()
    } else {
        std::fs::canonicalize(&a.file).map_or_else(|_| a.file.clone(), |p| p.display().to_string())
    };
    let entry_count = entries.len();
    let name = company.as_deref().unwrap_or("");
    // The plan is made from what is stored when the write starts, under its lock, so a
    // concurrent change (a favorite, another sync) is never overwritten with stale data.
    let make_plan = |s: &Store| -> Result<(Plan, Option<String>)> {
        let me = s.setting("me")?;
        let overrides = profile::Overrides::load(s)?;
        let existing = s.directory_contacts(source, name)?;
        let plan = plan(existing, entries, |stored, from_file| {
            if me.as_deref() == Some(stored.uid.as_str()) {
                overrides.apply(from_file);
            }
        });
        Ok((plan, me))
    };
    let (plan, me) = if a.dry_run {
        make_plan(&ctx.store)?
    } else {
        let info = DirectoryInfo {
            source,
            external_company: company.clone(),
            file: file.clone(),
            entries: entry_count as i64,
            synced_at: now(),
        };
        ctx.store.write(|s| {
            let (mut plan, me) = make_plan(s)?;
            for c in &plan.removed {
                s.delete_contact(c.id)?;
            }
            for (c, _) in &mut plan.updated {
                s.update_contact(c)?;
            }
            for c in &mut plan.added {
                s.insert_contact(c)?;
            }
            s.record_directory(&info)?;
            Ok((plan, me))
        })?
    };
    if let Some(me) = plan
        .removed
        .iter()
        .find(|c| me.as_deref() == Some(c.uid.as_str()))
    {
        let verb = if a.dry_run { "would be" } else { "was" };
        ctx.note(&format!(
            "warning: your profile entry {} is not in the new directory and {verb} removed",
            me.display_name
        ));
    }
    if entry_count == 0 && !plan.removed.is_empty() {
        ctx.note("warning: the file has no entries, so this directory is emptied");
    }
    let report = Report {
        source,
        external_company: company.clone(),
        file,
        dry_run: a.dry_run,
        entries: entry_count,
        added: plan.added.len(),
        updated: plan.updated.len(),
        removed: plan.removed.len(),
        unchanged: plan.unchanged,
        // Listed only where they are shown.
        changes: if ctx.json || a.dry_run {
            changes(plan)
        } else {
            Vec::new()
        },
    };
    let which = directory_phrase(company.as_deref());
    let counts = format!(
        "{} added, {} updated, {} removed, {} unchanged",
        report.added, report.updated, report.removed, report.unchanged
    );
    if ctx.json {
        ctx.out.json(&report)?;
    } else if a.dry_run {
        print_plan(ctx, &report.changes)?;
        ctx.out
            .line(&format!("dry run, {which}: {counts}; nothing was changed"))?;
    }
    if !a.dry_run {
        ctx.note(&format!("{which} synced: {counts}"));
    }
    Ok(())
}

fn changes(plan: Plan) -> Vec<Change> {
    let change = |kind: &'static str, c: &Contact, fields: Vec<&'static str>| Change {
        change: kind,
        id: (c.id != 0).then_some(c.id),
        directory_id: c.directory_id.clone(),
        display_name: c.display_name.clone(),
        fields,
    };
    let added = plan.added.iter().map(|c| change("added", c, vec![]));
    let updated = plan
        .updated
        .iter()
        .map(|(c, f)| change("updated", c, f.clone()));
    let removed = plan.removed.iter().map(|c| change("removed", c, vec![]));
    added.chain(updated).chain(removed).collect()
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

/// Read and merge the file: its entries, or every bad record in it.
fn read_entries(
    file: &str,
    ctx: &Ctx,
    target: Target,
) -> Result<std::result::Result<Vec<Entry>, Vec<BadRecord>>> {
    let input: Box<dyn Read> = if file == "-" {
        Box::new(std::io::stdin())
    } else {
        let f = std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?;
        Box::new(f)
    };
    let mut decoded = text::decode(input);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    dirfile::read(&mut decoded, ctx.region, &mut |item| {
        match item {
            Ok(row) => rows.push(row),
            Err(e) => errors.push(e),
        }
        Ok(())
    })
    .with_context(|| format!("cannot read {file}"))?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    Ok(dirfile::merge(rows, target))
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

/// Match the file's entries to the stored contacts (by any of their directory ids) and
/// work out what changes. `adjust` gets each stored contact and the file's values for
/// it, and may change the latter (the profile's own presence) before they are compared.
fn plan(
    existing: Vec<Contact>,
    entries: Vec<Entry>,
    adjust: impl Fn(&Contact, &mut Contact),
) -> Plan {
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, c) in existing.iter().enumerate() {
        if let Some(id) = &c.directory_id {
            by_id.entry(id.clone()).or_insert(i);
        }
    }
    // Stored contacts are taken out as they are matched; what is left has departed.
    let mut existing: Vec<Option<Contact>> = existing.into_iter().map(Some).collect();
    let mut plan = Plan::default();
    for e in entries {
        let found = e
            .ids
            .iter()
            .filter_map(|id| by_id.get(id).copied())
            .find(|&i| existing[i].is_some());
        let Some(mut c) = found.and_then(|i| existing[i].take()) else {
            plan.added.push(e.contact);
            continue;
        };
        let mut f = e.contact;
        adjust(&c, &mut f);
        let fields = changed_fields(&c, &f);
        if fields.is_empty() {
            plan.unchanged += 1;
            continue;
        }
        // The file's values over the stored contact: its id, uid, favorite, photo and
        // creation time stay.
        c.source = f.source;
        c.external_company = f.external_company;
        c.directory_id = f.directory_id;
        c.kind = f.kind;
        c.display_name = f.display_name;
        c.name = f.name;
        c.organization = f.organization;
        c.department = f.department;
        c.location = f.location;
        c.title = f.title;
        c.presence = f.presence;
        c.extensions = f.extensions;
        c.phones = f.phones;
        c.faxes = f.faxes;
        c.emails = f.emails;
        plan.updated.push((c, fields));
    }
    plan.removed = existing.into_iter().flatten().collect();
    plan
}

fn changed_fields(old: &Contact, new: &Contact) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name: &'static str, same: bool| {
        if !same {
            out.push(name);
        }
    };
    check("kind", old.kind == new.kind);
    check(
        "name",
        old.display_name == new.display_name && old.name == new.name,
    );
    check("organization", old.organization == new.organization);
    check("department", old.department == new.department);
    check("location", old.location == new.location);
    check("title", old.title == new.title);
    check("presence", old.presence == new.presence);
    check("extensions", old.extensions == new.extensions);
    check("phones", old.phones == new.phones);
    check("faxes", old.faxes == new.faxes);
    check("emails", old.emails == new.emails);
    check("directory_id", old.directory_id == new.directory_id);
    check(
        "source",
        old.source == new.source && old.external_company == new.external_company,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Presence, PresenceState};

    fn entry(ids: &[&str], name: &str, title: &str) -> Entry {
        Entry {
            line: 2,
            ids: ids.iter().map(|s| s.to_string()).collect(),
            contact: Contact {
                source: Source::Company,
                directory_id: Some(ids[0].to_string()),
                display_name: name.into(),
                title: Some(title.into()),
                ..Contact::default()
            },
        }
    }

    fn stored(id: i64, directory_id: &str, name: &str, title: &str) -> Contact {
        Contact {
            id,
            uid: format!("uid-{id}"),
            favorite: true,
            updated_at: "then".into(),
            ..entry(&[directory_id], name, title).contact
        }
    }

    #[test]
    fn plan_matches_by_any_directory_id_and_keeps_what_is_local() {
        let existing = vec![
            stored(1, "u1", "Ann", "Rep"),
            stored(2, "c2", "Bo", "Agent"),
            stored(3, "u3", "Cy", "Gone"),
        ];
        let entries = vec![
            entry(&["u1"], "Ann", "Rep"),
            // Bo was contact-center only and now has a work account too.
            entry(&["u2", "c2"], "Bo", "Lead"),
            entry(&["u4"], "Di", "New"),
        ];
        let p = plan(existing, entries, |_, _| {});
        assert_eq!(p.unchanged, 1);
        assert_eq!(p.added.len(), 1);
        assert_eq!(p.added[0].display_name, "Di");
        let (bo, fields) = &p.updated[0];
        assert_eq!((bo.id, bo.uid.as_str(), bo.favorite), (2, "uid-2", true));
        assert_eq!(bo.directory_id.as_deref(), Some("u2"));
        assert_eq!(fields, &["title", "directory_id"]);
        assert_eq!(p.removed.len(), 1);
        assert_eq!(p.removed[0].id, 3);
    }

    #[test]
    fn plan_applies_the_adjustment_before_comparing() {
        let mut me = stored(1, "u1", "Ann", "Rep");
        let invisible = Some(Presence {
            state: PresenceState::Invisible,
            message: None,
        });
        me.presence = invisible.clone();
        let p = plan(vec![me], vec![entry(&["u1"], "Ann", "Rep")], |_, c| {
            c.presence = invisible.clone()
        });
        assert_eq!(p.unchanged, 1);
    }
}
