//! `kard block` and `kard unblock`: spam callers and SMS senders, per channel.

use super::Ctx;
use crate::error::{not_found, refused, usage};
use crate::phone;
use crate::store::{BlockEntry, Store};
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Only numbers outside your contacts can be blocked: a number saved on a contact, \
    or an internal extension, is refused (exit 5).\n\n\
    Examples:\n  kard block '+1 555 010 9999'\n  kard block '(555) 010-9999' --sms\n  \
    kard unblock 555.010.9999 --calls"
)]
pub struct Args {
    /// The phone number, in any format (matched on its E.164 form)
    pub number: String,
    /// As a caller (neither flag: calls and SMS)
    #[arg(long)]
    pub calls: bool,
    /// As an SMS sender (neither flag: calls and SMS)
    #[arg(long)]
    pub sms: bool,
}

impl Args {
    /// The channels named: (calls, sms); neither flag means both.
    fn channels(&self) -> (bool, bool) {
        if self.calls || self.sms {
            (self.calls, self.sms)
        } else {
            (true, true)
        }
    }
}

/// The block-list entries of a contact's phones and faxes: numbers blocked before they
/// were saved on it (the block list keeps them; `unblock` lifts them).
pub fn blocks_on(store: &Store, c: &crate::model::Contact) -> Result<Vec<BlockEntry>> {
    let mut out: Vec<BlockEntry> = Vec::new();
    for number in c
        .phones
        .iter()
        .chain(&c.faxes)
        .filter_map(|p| p.number.as_deref())
    {
        if out.iter().any(|e| e.number == number) {
            continue;
        }
        if let Some(e) = store.block_entry(number)?.filter(|e| e.calls || e.sms) {
            out.push(e);
        }
    }
    Ok(out)
}

/// The card rows for `blocks_on`: `blocked  +1 555… (calls and SMS)`.
pub fn block_rows(store: &Store, c: &crate::model::Contact) -> Result<Vec<(String, String)>> {
    Ok(blocks_on(store, c)?
        .into_iter()
        .map(|e| {
            (
                "blocked".to_string(),
                format!("{} ({})", e.raw, channels_text(e.calls, e.sms)),
            )
        })
        .collect())
}

/// Say so when a contact is saved with a number that is on the block list.
pub fn warn_blocked(ctx: &Ctx, c: &crate::model::Contact) -> Result<()> {
    for e in blocks_on(&ctx.store, c)? {
        ctx.out.warn(&format!(
            "{} is on the block list for {}: it stays blocked on {} until `kard unblock '{}'`",
            e.raw,
            channels_text(e.calls, e.sms),
            c.display_name,
            e.raw
        ));
    }
    Ok(())
}

/// "calls and SMS", "calls" or "SMS".
pub fn channels_text(calls: bool, sms: bool) -> &'static str {
    match (calls, sms) {
        (true, true) => "calls and SMS",
        (true, false) => "calls",
        (false, true) => "SMS",
        (false, false) => "nothing",
    }
}

/// The E.164 form of a number argument: exit 5 for an internal extension, exit 2 for
/// text that is no number at all.
fn outside_number(store: &Store, text: &str, region: phone::Region) -> Result<String> {
    if let Some(ext) = phone::extension_ref(text) {
        return Err(match store.contacts_with_extension(&ext)?.first() {
            Some(id) => refused(format!(
                "{ext} is the extension of {}: only outside numbers can be blocked",
                contact_name(store, *id)?
            )),
            None => refused(format!(
                "{ext} is an internal extension: only outside numbers can be blocked"
            )),
        });
    }
    phone::e164(text, region).ok_or_else(|| usage(format!("{text:?} is not a phone number")))
}

fn contact_name(store: &Store, id: i64) -> Result<String> {
    Ok(store.contact(id)?.map_or_else(
        || format!("id:{id}"),
        |c| format!("{} (id:{id})", c.display_name),
    ))
}

pub fn run_block(ctx: &mut Ctx, args: Args) -> Result<()> {
    let number = outside_number(&ctx.store, &args.number, ctx.region)?;
    let (calls, sms) = args.channels();
    let raw = args.number.trim().to_string();
    let (entry, already) = ctx.store.write(|s| {
        if let Some(id) = s.contacts_with_number(&number)?.first() {
            return Err(refused(format!(
                "{number} is saved on {}: you block spam numbers, not your contacts",
                contact_name(s, *id)?
            )));
        }
        let old = s.block_entry(&number)?;
        let mut entry = old.clone().unwrap_or(BlockEntry {
            number: number.clone(),
            raw,
            calls: false,
            sms: false,
            created_at: String::new(),
            updated_at: String::new(),
        });
        let already = (!calls || entry.calls) && (!sms || entry.sms);
        if !already {
            entry.calls |= calls;
            entry.sms |= sms;
            s.put_block(&entry)?;
        }
        Ok((s.block_entry(&number)?.unwrap_or(entry), already))
    })?;
    let shown = super::blocked::shown(&number);
    if already {
        ctx.note(&format!(
            "{shown} is already blocked for {}",
            channels_text(calls, sms)
        ));
    } else {
        ctx.note(&format!(
            "blocked {shown} for {}",
            channels_text(entry.calls, entry.sms)
        ));
    }
    if ctx.json {
        ctx.out.json(&entry)?;
    }
    Ok(())
}

pub fn run_unblock(ctx: &mut Ctx, args: Args) -> Result<()> {
    let number = match phone::e164(&args.number, ctx.region) {
        Some(n) => n,
        None if phone::extension_ref(&args.number).is_some() => {
            return Err(not_found(format!(
                "{} is an internal extension: it is never blocked",
                args.number.trim()
            )))
        }
        None => return Err(usage(format!("{:?} is not a phone number", args.number))),
    };
    let (calls, sms) = args.channels();
    let explicit = args.calls || args.sms;
    let shown = super::blocked::shown(&number);
    let entry = ctx.store.write(|s| {
        let Some(mut entry) = s.block_entry(&number)? else {
            return Err(not_found(format!("{shown} is not blocked")));
        };
        // With a channel named, it must be blocked there; with none, whatever is blocked goes.
        let missing = (calls && !entry.calls) || (sms && !entry.sms);
        if explicit && missing {
            return Err(not_found(format!(
                "{shown} is not blocked for {} (it is blocked for {})",
                channels_text(calls && !entry.calls, sms && !entry.sms),
                channels_text(entry.calls, entry.sms)
            )));
        }
        if calls {
            entry.calls = false;
        }
        if sms {
            entry.sms = false;
        }
        s.put_block(&entry)?;
        Ok(entry)
    })?;
    if entry.calls || entry.sms {
        ctx.note(&format!(
            "unblocked {shown} for {}; still blocked for {}",
            channels_text(calls, sms),
            channels_text(entry.calls, entry.sms)
        ));
    } else {
        ctx.note(&format!("unblocked {shown}"));
    }
    if ctx.json {
        ctx.out.json(&entry)?;
    }
    Ok(())
}
