//! `kard blocked`: the block list, or whether one number is blocked (exit 0 / 3) for
//! call-screening scripts. The one-number path is one indexed lookup, nothing more.

use super::block::channels_text;
use super::Ctx;
use crate::error::{usage, Failure};
use crate::phone;
use anyhow::Result;
use serde::Serialize;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "With NUMBER: exit 0 if it is blocked (for the channel given, else for either), \
    3 if not; -q prints nothing.\n\n\
    Examples:\n  kard blocked\n  kard blocked --json\n  kard -q blocked \"$CALLER\" --calls && reject_call"
)]
pub struct Args {
    /// Only say whether this number is blocked
    pub number: Option<String>,
    /// Blocked as a caller
    #[arg(long, conflicts_with = "sms")]
    pub calls: bool,
    /// Blocked as an SMS sender
    #[arg(long)]
    pub sms: bool,
}

/// The answer for one number, as `--json` prints it.
#[derive(Debug, Serialize)]
struct Answer<'a> {
    number: &'a str,
    blocked: bool,
    calls: bool,
    sms: bool,
}

/// A number as people read it: its international form, else as stored.
pub fn shown(e164: &str) -> String {
    phone::display(e164).map_or_else(|| e164.to_string(), |d| d.international)
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match &args.number {
        Some(number) => check(ctx, number, &args),
        None => list(ctx, &args),
    }
}

fn check(ctx: &mut Ctx, text: &str, args: &Args) -> Result<()> {
    let e164 = match phone::lookup_key(text, ctx.region) {
        Some(n) => n,
        // An extension is internal: never on the block list.
        None => match phone::extension_ref(text) {
            Some(ext) => ext,
            None => return Err(usage(format!("{text:?} is not a phone number"))),
        },
    };
    let (calls, sms) = ctx
        .store
        .block_entry(&e164)?
        .map_or((false, false), |e| (e.calls, e.sms));
    let blocked = if args.calls {
        calls
    } else if args.sms {
        sms
    } else {
        calls || sms
    };
    if ctx.json {
        ctx.out.json(&Answer {
            number: &e164,
            blocked,
            calls,
            sms,
        })?;
    } else if !ctx.out.quiet {
        let line = if blocked {
            format!("{e164} is blocked for {}", channels_text(calls, sms))
        } else if calls || sms {
            format!(
                "{e164} is not blocked for {} (only for {})",
                if args.calls { "calls" } else { "SMS" },
                channels_text(calls, sms)
            )
        } else {
            format!("{e164} is not blocked")
        };
        ctx.out.line(&line)?;
    }
    if blocked {
        Ok(())
    } else {
        Err(Failure::Answered(3).into())
    }
}

fn list(ctx: &mut Ctx, args: &Args) -> Result<()> {
    let entries: Vec<_> = ctx
        .store
        .block_entries()?
        .into_iter()
        .filter(|e| (!args.calls || e.calls) && (!args.sms || e.sms))
        .collect();
    if ctx.json {
        return ctx.out.json(&entries);
    }
    if entries.is_empty() {
        ctx.note("no blocked numbers");
        return Ok(());
    }
    let yes = |b: bool| if b { "blocked" } else { "" }.to_string();
    let rows = entries
        .into_iter()
        .map(|e| vec![shown(&e.number), yes(e.calls), yes(e.sms), e.created_at])
        .collect();
    ctx.out.grid(&["number", "calls", "sms", "since"], rows)
}
