//! `kard delete`: move personal contacts to the trash.

use super::edit::ensure_editable;
use super::Ctx;
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard delete robin\n  kard delete id:12 id:13\n  kard trash restore robin   # undo"
)]
pub struct Args {
    /// Personal contacts to delete
    #[arg(required = true)]
    pub contacts: Vec<String>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    // Resolve and check every reference before changing anything.
    let mut targets = Vec::new();
    for r in &args.contacts {
        let c = ctx.resolve(r)?;
        ensure_editable(&c)?;
        if !targets.iter().any(|t: &crate::model::Contact| t.id == c.id) {
            targets.push(c);
        }
    }
    ctx.store
        .write(|s| targets.iter().try_for_each(|c| s.trash_contact(c.id)))?;
    for c in &targets {
        ctx.note(&format!(
            "moved {} (id:{}) to the trash",
            c.display_name, c.id
        ));
    }
    if ctx.json {
        let ids: Vec<i64> = targets.iter().map(|c| c.id).collect();
        ctx.out.json(&serde_json::json!({ "deleted": ids }))?;
    }
    Ok(())
}
