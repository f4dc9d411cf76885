//! `kard merge`: several personal contacts made one; the others go to the trash.

use super::edit::ensure_editable;
use super::Ctx;
use crate::error::usage;
use crate::model::Contact;
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard merge id:12 id:40\n  kard merge 'Robin Lee' 'R. Lee' --into 'Robin Lee' --dry-run\n  \
    kard trash restore id:40   # undo for one of them"
)]
pub struct Args {
    /// The personal contacts to merge (two or more)
    #[arg(required = true, num_args = 2..)]
    pub contacts: Vec<String>,
    /// The contact that stays (its single fields win) [default: the first]
    #[arg(long, value_name = "CONTACT")]
    pub into: Option<String>,
    /// Show the merged card, change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    // Resolve and check every reference before changing anything.
    let mut all: Vec<Contact> = Vec::new();
    for r in &args.contacts {
        let c = ctx.resolve(r)?;
        ensure_editable(&c)?;
        if !all.iter().any(|t| t.id == c.id) {
            all.push(c);
        }
    }
    let into_id = match &args.into {
        Some(r) => {
            let c = ctx.resolve(r)?;
            if !all.iter().any(|t| t.id == c.id) {
                return Err(usage(format!(
                    "--into {r:?} is {} (id:{}), not one of the contacts to merge",
                    c.display_name, c.id
                )));
            }
            c.id
        }
        None => all[0].id,
    };
    if all.len() < 2 {
        return Err(usage("merge needs two or more different contacts"));
    }
    let pos = all.iter().position(|c| c.id == into_id).unwrap_or(0);
    let mut merged = all.remove(pos);
    for other in &all {
        crate::merge::merge_contacts(&mut merged, other);
    }
    let commit = !args.dry_run;
    ctx.store.transaction(commit, |s| {
        s.update_contact(&mut merged)?;
        all.iter().try_for_each(|c| s.trash_contact(c.id))
    })?;
    let verb = if commit { "merged" } else { "would merge" };
    for c in &all {
        ctx.note(&format!(
            "{verb} {} (id:{}) into {} (id:{}){}",
            c.display_name,
            c.id,
            merged.display_name,
            merged.id,
            if commit { "; it is in the trash" } else { "" }
        ));
    }
    if ctx.json {
        ctx.out.json(&merged)
    } else {
        let blocks = super::block::block_rows(&ctx.store, &merged)?;
        ctx.out.card(&merged, &blocks)
    }
}
