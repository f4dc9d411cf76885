//! `kard favorite`: mark or unmark a favorite, for contacts of any source.

use super::Ctx;
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard favorite robin\n  kard favorite --remove robin\n  kard list --favorites"
)]
pub struct Args {
    /// The contact
    pub contact: String,
    /// Unmark instead
    #[arg(long, short)]
    pub remove: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let c = ctx.resolve(&args.contact)?;
    let want = !args.remove;
    let changed = ctx.store.write(|s| s.set_favorite(c.id, want))?;
    // As stored now (the mark and its `updated_at`).
    let c = ctx.store.contact(c.id)?.unwrap_or(c);
    let verb = if want {
        "marked as a favorite"
    } else {
        "no longer a favorite"
    };
    let already = if changed { "" } else { "already " };
    ctx.note(
        &format!("{} is {already}{verb}", c.display_name)
            .replace("is already no longer", "was already not"),
    );
    if ctx.json {
        ctx.out.json(&c)?;
    }
    Ok(())
}
