//! The directory sync engine: the entries of an origin (a directory file, standard
//! input) -> a plan against what is stored -> applied all at once. Commands call
//! `sync`; nothing here prints.

pub mod plan;

pub use crate::formats::directory::{Entry, Target};

use crate::cmd::profile;
use crate::formats::directory as dirfile;
use crate::formats::{text, BadRecord};
use crate::model::{Contact, Source};
use crate::phone::Region;
use crate::store::{now, DirectoryInfo, Store};
use anyhow::{Context, Result};
use plan::Plan;
use serde::Serialize;
use std::io::Read;

/// Where a directory is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A directory file (CSV or JSON), by the path given.
    File(String),
    /// A directory file on standard input (`-`).
    Stdin,
}

impl Origin {
    /// The origin a `directory sync` argument names.
    pub fn parse(text: &str) -> Origin {
        match text {
            "-" => Origin::Stdin,
            path => Origin::File(path.to_string()),
        }
    }

    /// How the origin is recorded and shown: a file's absolute path, or `-`.
    pub fn label(&self) -> String {
        match self {
            Origin::Stdin => "-".to_string(),
            Origin::File(path) => std::fs::canonicalize(path)
                .map_or_else(|_| path.clone(), |p| p.display().to_string()),
        }
    }

    /// The name bad records are reported under (`FILE:LINE: reason`).
    pub fn name(&self) -> &str {
        match self {
            Origin::Stdin => "-",
            Origin::File(path) => path,
        }
    }
}

/// One sync to run.
pub struct Request<'a> {
    pub origin: &'a Origin,
    /// `Company`, or `External` with the company's name.
    pub source: Source,
    pub company: Option<&'a str>,
    pub dry_run: bool,
    /// Whether the outcome lists each change (a dry run, --json), or only counts them.
    pub list_changes: bool,
    pub region: Region,
}

/// One change a sync makes.
#[derive(Debug, Serialize)]
pub struct Change {
    pub change: &'static str,
    /// The contact's id (null for one not added yet).
    pub id: Option<i64>,
    pub directory_id: Option<String>,
    pub display_name: String,
    /// For updates: the fields that change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
}

/// What a sync did (or, in a dry run, would do).
#[derive(Debug, Default)]
pub struct Outcome {
    /// The origin as recorded (`Origin::label`).
    pub origin: String,
    pub entries: usize,
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Each change, when the request asked for them.
    pub changes: Vec<Change>,
    /// The display name of the profile's entry ("me") when the sync removes it.
    pub removed_me: Option<String>,
}

/// Run a sync: `Err` in the inner result is the origin's bad records (nothing changed).
pub fn sync(store: &Store, req: &Request) -> Result<std::result::Result<Outcome, Vec<BadRecord>>> {
    let target = match req.company {
        None => Target::Company,
        Some(name) => Target::External(name),
    };
    let entries = match read_entries(req.origin, req.region, target)? {
        Ok(entries) => entries,
        Err(errors) => return Ok(Err(errors)),
    };
    let origin = req.origin.label();
    let entry_count = entries.len();
    let name = req.company.unwrap_or("");
    let source = req.source;
    // The plan is made from what is stored when the write starts, under its lock, so a
    // concurrent change (a favorite, another sync) is never overwritten with stale data.
    let make_plan = |s: &Store| -> Result<(Plan, Option<String>)> {
        let me = s.setting("me")?;
        let overrides = profile::Overrides::load(s)?;
        let existing = s.directory_contacts(source, name)?;
        let plan = plan::plan(existing, entries, |stored, from_origin| {
            if me.as_deref() == Some(stored.uid.as_str()) {
                overrides.apply(from_origin);
            }
        });
        Ok((plan, me))
    };
    let (plan, me) = if req.dry_run {
        make_plan(store)?
    } else {
        let info = DirectoryInfo {
            source,
            external_company: req.company.map(str::to_string),
            file: origin.clone(),
            entries: entry_count as i64,
            synced_at: now(),
        };
        store.write(|s| {
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
    let removed_me = plan
        .removed
        .iter()
        .find(|c| me.as_deref() == Some(c.uid.as_str()))
        .map(|c| c.display_name.clone());
    Ok(Ok(Outcome {
        origin,
        entries: entry_count,
        added: plan.added.len(),
        updated: plan.updated.len(),
        removed: plan.removed.len(),
        unchanged: plan.unchanged,
        removed_me,
        changes: if req.list_changes {
            changes(plan)
        } else {
            Vec::new()
        },
    }))
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

/// Read and merge the origin: its entries, or every bad record in it.
fn read_entries(
    origin: &Origin,
    region: Region,
    target: Target,
) -> Result<std::result::Result<Vec<Entry>, Vec<BadRecord>>> {
    let input: Box<dyn Read> = match origin {
        Origin::Stdin => Box::new(std::io::stdin()),
        Origin::File(file) => {
            Box::new(std::fs::File::open(file).with_context(|| format!("cannot read {file}"))?)
        }
    };
    let mut decoded = text::decode(input);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    dirfile::read(&mut decoded, region, &mut |item| {
        match item {
            Ok(row) => rows.push(row),
            Err(e) => errors.push(e),
        }
        Ok(())
    })
    .with_context(|| format!("cannot read {}", origin.name()))?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    Ok(dirfile::merge(rows, target))
}
