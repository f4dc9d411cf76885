//! `kard sync`: two-way sync of every (or the named) remote.

use super::Ctx;
use crate::error::not_found;
use crate::remote;
use crate::sync::{self, merge3::Prefer, Options, Summary};
use anyhow::Result;
use serde::Serialize;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard sync\n  kard sync home --dry-run\n  kard sync --prefer local --json\n\n\
    A field changed differently on both sides goes by --prefer (default: server); the\n\
    summary names it with both values. Exit 7 when a remote fails."
)]
pub struct Args {
    /// The remotes to sync [default: all]
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Report what would happen; change nothing on either side
    #[arg(long)]
    pub dry_run: bool,
    /// Which side wins a field changed differently on both
    #[arg(long, value_enum, default_value_t = Prefer::Server)]
    pub prefer: Prefer,
}

#[derive(Serialize)]
struct Report<'a> {
    remotes: &'a [Summary],
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let remotes = if args.names.is_empty() {
        ctx.store.remotes()?
    } else {
        let mut out = Vec::new();
        for n in &args.names {
            out.push(ctx.store.remote(n)?.ok_or_else(|| {
                not_found(format!("no remote named {n:?} (see `kard remote list`)"))
            })?);
        }
        out
    };
    if remotes.is_empty() {
        ctx.note("no remotes to sync; add one with `kard remote add NAME URL`");
    }
    let opts = Options {
        dry_run: args.dry_run,
        prefer: args.prefer,
    };
    let mut summaries = Vec::new();
    let mut failed = None;
    for info in &remotes {
        let done = remote::open(info)
            .and_then(|mut r| sync::sync(&ctx.store, info, r.as_mut(), ctx.region, opts));
        match done {
            Ok(s) => {
                ctx.note(&line(&s, args.dry_run));
                for href in &s.unreadable {
                    ctx.out.warn(&format!(
                        "remote {}: {href} is not a vCard kard can read; left alone",
                        s.name
                    ));
                }
                for c in &s.conflicts {
                    ctx.note(&format!(
                        "  conflict: {} {}: server {:?}, local {:?}; kept {}",
                        c.contact, c.field, c.server, c.local, c.kept
                    ));
                }
                summaries.push(s);
            }
            Err(e) => {
                // The others still sync; the first failure is the exit status.
                if remotes.len() > 1 {
                    ctx.out.error(&format!("remote {}: {e:#}", info.name));
                }
                failed.get_or_insert(e);
            }
        }
    }
    if ctx.json {
        ctx.out.json(&Report {
            remotes: &summaries,
        })?;
    }
    match failed {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn line(s: &Summary, dry: bool) -> String {
    format!(
        "{}{}: pulled {} added, {} updated, {} deleted; pushed {} added, {} updated, {} deleted; {} conflict{}",
        if dry { "(dry run) " } else { "" },
        s.name,
        s.pulled.added,
        s.pulled.updated,
        s.pulled.deleted,
        s.pushed.added,
        s.pushed.updated,
        s.pushed.deleted,
        s.conflicts.len(),
        if s.conflicts.len() == 1 { "" } else { "s" }
    )
}
