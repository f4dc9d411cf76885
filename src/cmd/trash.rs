//! `kard trash`: deleted personal contacts, restored whole or removed for good.

use super::Ctx;
use crate::error::{not_found, Candidate, Failure};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  kard trash\n  kard trash restore robin\n  kard trash empty")]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// List the trash (the default)
    List,
    /// Bring a deleted contact back, with all its fields and favorite flag
    Restore {
        /// id:N, UID, or the contact's name
        contact: String,
    },
    /// Remove everything in the trash for good
    Empty,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action.unwrap_or(Action::List) {
        Action::List => {
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
        Action::Empty => {
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
    let by_id = r.strip_prefix("id:").unwrap_or(r).parse::<i64>().ok();
    if let Some(id) = by_id {
        if ctx.store.trashed_contact(id)?.is_some() {
            return Ok(id);
        }
    }
    let ids = ctx.store.trashed_named(r)?;
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
