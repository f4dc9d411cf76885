//! `kard call`, `kard chat`, `kard meet`: the quick actions of a card. Work out the
//! target URI (`tel:`, `sms:`, the meeting link), then print it or hand it to the
//! handler set in `config handler.call|chat|meet`, run without a shell.
//!
//! Targets: a colleague (company directory) is called and chatted on an extension
//! (`tel:1234`, `sms:1234`; `--account` picks one of two); `--label` picks a phone;
//! otherwise the first phone (`tel:+15550101234`). Chat needs a number that can take
//! SMS when the numbering plan says so (not a known landline).

use super::Ctx;
use crate::actions::{self, Pick};
use crate::error::refused;
use crate::model::{Account, Action};
use crate::reference::{resolve_or_number, Resolved};
use crate::settings::Setting;
use crate::template;
use anyhow::{Context, Result};
use serde::Serialize;
use std::process::Command;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Targets: a colleague is reached on an extension (tel:1234, sms:1234; --account \
    picks work or contact_center); --label picks a phone; otherwise the first phone \
    (tel:+15550101234). meet.url may use {email}, {user} (the email's local part), {name}, {ext}.\n\n\
    Without --print, the URI is given (as the last argument) to the program in \
    `config handler.call|chat|meet`; with no handler set it is printed.\n\n\
    Examples:\n  kard call robin\n  kard call robin --account contact_center --print\n  \
    kard chat '+1 555 010 1234'\n  kard config set handler.call 'xdg-open'\n  \
    kard config set meet.url 'https://meet.example/{user}'"
)]
pub struct Args {
    /// A contact (id:N, UID, email, number, extension or name) or any phone number
    pub contact: String,
    /// Which of a colleague's two accounts to reach: work or contact_center
    #[arg(long, value_parser = parse_account, conflicts_with = "label")]
    pub account: Option<Account>,
    /// Which phone, by its label (mobile, work, …)
    #[arg(long, value_name = "L")]
    pub label: Option<String>,
    /// Print the URI instead of running the handler
    #[arg(long)]
    pub print: bool,
}

fn parse_account(text: &str) -> Result<Account, String> {
    text.parse()
}

#[derive(Debug, Serialize)]
struct Target<'a> {
    action: &'a str,
    contact: Option<i64>,
    uri: &'a str,
}

pub fn run(ctx: &mut Ctx, action: Action, args: Args) -> Result<()> {
    let pick = Pick {
        account: args.account,
        label: args.label.as_deref(),
    };
    let (uri, contact) = match resolve_or_number(&ctx.store, ctx.region, &args.contact)? {
        Resolved::Contact(c) => {
            let meet_url = match action {
                Action::Meet => ctx.store.setting(Setting::MeetUrl)?,
                _ => None,
            };
            let uri = actions::contact_uri(
                action,
                &c,
                &args.contact,
                &pick,
                ctx.region,
                meet_url.as_deref(),
            )?;
            (uri, Some(c.id))
        }
        Resolved::Number(number) => (actions::number_uri(action, &number, &pick)?, None),
    };
    if args.print || ctx.json {
        emit(ctx, action, contact, &uri)?;
        if args.print {
            return Ok(());
        }
    }
    let setting =
        Setting::handler(action).with_context(|| format!("{} has no handler", action.as_str()))?;
    let key = setting.key();
    let Some(handler) = ctx.store.setting(setting)? else {
        if !ctx.json {
            emit(ctx, action, contact, &uri)?;
        }
        ctx.note(&format!(
            "hint: no handler is set to open it: kard config set {key} 'xdg-open' (or any program taking the URI)"
        ));
        return Ok(());
    };
    let words = template::split(&handler).map_err(|e| refused(format!("config {key}: {e}")))?;
    let Some((program, rest)) = words.split_first() else {
        return Err(refused(format!("config {key} is empty")));
    };
    let status = Command::new(program)
        .args(rest)
        .arg(&uri)
        .status()
        .with_context(|| format!("cannot run the {key} program {program:?}"))?;
    if !status.success() {
        anyhow::bail!("the {key} program {program:?} failed ({status}) for {uri}");
    }
    Ok(())
}

fn emit(ctx: &mut Ctx, action: Action, contact: Option<i64>, uri: &str) -> Result<()> {
    if ctx.json {
        ctx.out.json(&Target {
            action: action.as_str(),
            contact,
            uri,
        })
    } else {
        ctx.out.line(uri)
    }
}
