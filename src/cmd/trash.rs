//! `kard trash`: deleted personal contacts, restored whole or removed for good.

use super::Ctx;
use crate::error::{not_found, usage, Candidate, Failure};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard trash\n  kard trash restore robin\n  kard trash restore id:42\n  \
    kard trash empty --yes"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// List the trash (the default)
    List {
        /// Only the names, one a line, of contacts matching QUERY (for shell completion)
        #[arg(long, hide = true, value_name = "QUERY", num_args = 0..=1, default_missing_value = "")]
        names: Option<String>,
    },
    /// Bring a deleted contact back, with all its fields and favorite flag
    Restore {
        /// id:N, or (part of) the contact's name
        contact: String,
    },
    /// Remove everything in the trash for good (asks first)
    Empty {
        /// Do not ask (needed when not at a terminal)
        #[arg(long, short)]
        yes: bool,
    },
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action.unwrap_or(Action::List { names: None }) {
        Action::List { names: Some(query) } => {
            let ids = match query.trim() {
                "" => None,
                q => Some(ctx.store.trashed_matching(q)?),
            };
            for (c, _) in ctx.store.trash()? {
                if ids.as_ref().is_none_or(|ids| ids.contains(&c.id)) {
                    let name = c.display_name.replace(['\t', '\n', '\r'], " ");
                    ctx.out.line(&crate::render::sanitize(&name))?;
                }
            }
            Ok(())
        }
        Action::List { names: None } => {
            let trash = ctx.store.trash()?;
            if ctx.json {
                let items: Vec<_> = trash
                    .iter()
                    .map(|(c, at)| serde_json::json!({ "deleted_at": at, "contact": c }))
                    .collect();
                return ctx.out.json(&items);
            }
            if trash.is_empty() {
                ctx.note("the trash is empty");
                return Ok(());
            }
            let rows = trash
                .into_iter()
                .map(|(c, at)| {
                    vec![
                        format!("id:{}", c.id),
                        c.display_name,
                        c.organization.unwrap_or_default(),
                        at,
                    ]
                })
                .collect();
            ctx.out
                .grid(&["id", "name", "organization", "deleted"], rows)
        }
        Action::Restore { contact } => {
            let id = trashed_id(ctx, &contact)?;
            ctx.store.write(|s| s.untrash_contact(id))?;
            let c = ctx
                .store
                .contact(id)?
                .ok_or_else(|| not_found("restored contact vanished"))?;
            ctx.note(&format!("restored {} (id:{})", c.display_name, c.id));
            if ctx.json {
                ctx.out.json(&c)?;
            }
            Ok(())
        }
        Action::Empty { yes } => {
            let n = ctx.store.trash()?.len();
            if n == 0 {
                ctx.note("the trash is empty");
                return Ok(());
            }
            let question = format!(
                "Remove the {n} contact{} in the trash for good? This cannot be undone.",
                if n == 1 { "" } else { "s" }
            );
            if !yes && !ctx.out.confirm(&question, "trash empty")? {
                ctx.note("nothing changed");
                return Ok(());
            }
            let n = ctx.store.write(|s| s.empty_trash())?;
            ctx.note(&format!(
                "removed {n} contact{} for good",
                if n == 1 { "" } else { "s" }
            ));
            Ok(())
        }
    }
}

fn trashed_id(ctx: &Ctx, reference: &str) -> Result<i64> {
    let r = reference.trim();
    if let Some(id) = r.strip_prefix("id:") {
        let id = id
            .trim()
            .parse::<i64>()
            .map_err(|_| usage(format!("{r:?}: id:N takes a number")))?;
        return match ctx.store.trashed_contact(id)? {
            Some(_) => Ok(id),
            None => Err(not_found(format!("id:{id} is not in the trash"))),
        };
    }
    // An exact name wins over partial matches, as for any contact reference.
    let mut ids = ctx.store.trashed_named(r)?;
    if ids.is_empty() {
        ids = ctx.store.trashed_matching(r)?;
    }
    match ids.as_slice() {
        [id] => Ok(*id),
        [] => Err(not_found(format!("nothing in the trash matches {r:?}"))),
        _ => {
            let mut candidates = Vec::new();
            for id in &ids {
                if let Some(c) = ctx.store.trashed_contact(*id)? {
                    candidates.push(Candidate {
                        id: c.id,
                        name: c.display_name,
                        organization: c.organization,
                    });
                }
            }
            Err(Failure::Ambiguous {
                reference: r.to_string(),
                candidates,
            }
            .into())
        }
    }
}
