//! `kard duplicates`: groups of personal contacts that are probably one person.

use super::Ctx;
use crate::duplicates::Finder;
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  kard duplicates\n  kard merge id:12 id:40 --into id:12")]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let mut finder = Finder::default();
    ctx.store
        .personal_match_keys(|key, id, sort_key| finder.add(key, id, sort_key))?;
    let groups = finder.groups();
    let mut found = Vec::new();
    for g in groups {
        let mut contacts = Vec::new();
        for id in &g.ids {
            if let Some(c) = ctx.store.contact(*id)? {
                contacts.push(c);
            }
        }
        if contacts.len() > 1 {
            found.push((g.reasons, contacts));
        }
    }
    if ctx.json {
        let groups: Vec<_> = found
            .iter()
            .map(
                |(reasons, contacts)| serde_json::json!({"reasons": reasons, "contacts": contacts}),
            )
            .collect();
        return ctx.out.json(&groups);
    }
    if found.is_empty() {
        ctx.note("no duplicates found");
        return Ok(());
    }
    // One block a group: the contacts on one line, the reasons below it.
    for (i, (reasons, contacts)) in found.iter().enumerate() {
        let names: Vec<String> = contacts
            .iter()
            .map(|c| format!("{} (id:{})", c.display_name, c.id))
            .collect();
        if i > 0 {
            ctx.out.line("")?;
        }
        ctx.out.line(&crate::render::sanitize(&names.join(", ")))?;
        for r in reasons {
            ctx.out.line(&crate::render::sanitize(&format!("  {r}")))?;
        }
    }
    ctx.note("merge a group with: kard merge id:A id:B [--into id:A]");
    Ok(())
}
