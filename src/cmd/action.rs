//! `kard call`, `kard chat`, `kard meet`: the quick actions of a card. Work out the
//! target URI (`tel:`, `sms:`, the meeting link), then print it or hand it to the
//! handler set in `config handler.call|chat|meet`, run without a shell.
//!
//! Targets: a colleague (company directory) is called and chatted on an extension
//! (`tel:1234`, `sms:1234`; `--account` picks one of two); `--label` picks a phone;
//! otherwise the first phone (`tel:+15550101234`). Chat needs a number that can take
//! SMS when the numbering plan says so (not a known landline).

use super::Ctx;
use crate::error::{not_found, refused, usage};
use crate::model::{Account, Action, Contact, Kind, Source};
use crate::phone;
use crate::reference::{resolve_or_number, Resolved};
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
    let (uri, contact) = match resolve_or_number(&ctx.store, ctx.region, &args.contact)? {
        Resolved::Contact(c) => (contact_uri(ctx, action, &c, &args)?, Some(c.id)),
        Resolved::Number(number) => (number_uri(action, &number, &args)?, None),
    };
    if args.print || ctx.json {
        emit(ctx, action, contact, &uri)?;
        if args.print {
            return Ok(());
        }
    }
    let key = format!("handler.{}", action.as_str());
    let Some(handler) = ctx.store.setting(&key)? else {
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

/// A number no contact has: it can be called and, unless it is known not to take SMS,
/// chatted with; a meeting needs a contact.
fn number_uri(action: Action, number: &str, args: &Args) -> Result<String> {
    if args.account.is_some() || args.label.is_some() {
        return Err(usage(
            "--account and --label pick among a contact's numbers; a bare number has only itself",
        ));
    }
    match action {
        Action::Call => Ok(format!("tel:{number}")),
        Action::Chat if phone::may_take_sms(number) => Ok(format!("sms:{number}")),
        Action::Chat => Err(refused(format!(
            "{number} is not a mobile number: it cannot receive SMS"
        ))),
        _ => Err(refused(format!(
            "{number} is not a contact: a meeting needs a contact with an email or a colleague"
        ))),
    }
}

fn contact_uri(ctx: &Ctx, action: Action, c: &Contact, args: &Args) -> Result<String> {
    if !c.actions().contains(&action) {
        return Err(refused(why_not(action, c)));
    }
    // Named by one of its own numbers or extensions: that one, unless a flag picks.
    let named = if args.label.is_some() || args.account.is_some() {
        None
    } else {
        named_number(ctx, c, &args.contact)
            .filter(|n| action != Action::Chat || phone::is_extension(n) || phone::may_take_sms(n))
    };
    match action {
        Action::Call => Ok(format!(
            "tel:{}",
            named.map_or_else(|| reach(c, args, false), Ok)?
        )),
        Action::Chat => Ok(format!(
            "sms:{}",
            named.map_or_else(|| reach(c, args, true), Ok)?
        )),
        Action::Meet => meet_url(ctx, c),
        Action::Fax | Action::Email => unreachable!("not a call/chat/meet action"),
    }
}

/// The extension or phone number of `c` that `reference` spells, if it is one.
fn named_number(ctx: &Ctx, c: &Contact, reference: &str) -> Option<String> {
    let t = reference.trim();
    if let Some(ext) = phone::extension_ref(t) {
        return c
            .extensions
            .iter()
            .find(|x| x.number == ext)
            .map(|x| x.number.clone());
    }
    let number = phone::e164(t, ctx.region)?;
    c.phones
        .iter()
        .any(|p| p.number.as_deref() == Some(number.as_str()))
        .then_some(number)
}

fn why_not(action: Action, c: &Contact) -> String {
    let name = &c.display_name;
    if c.kind != Kind::Person {
        return format!(
            "{name} is a {}: it can only be called, not {}",
            c.kind.as_str().replace('_', " "),
            match action {
                Action::Chat => "chatted with",
                Action::Meet => "invited to a meeting",
                _ => "reached that way",
            }
        );
    }
    match action {
        Action::Call => format!("{name} has no phone number or extension to call"),
        Action::Chat => format!("{name} has no number that can receive SMS"),
        Action::Meet => format!("{name} has no email to invite to a meeting"),
        _ => format!("{name} cannot be reached that way"),
    }
}

/// The number (extension or E.164) to call or chat with.
fn reach(c: &Contact, args: &Args, sms: bool) -> Result<String> {
    if let Some(label) = &args.label {
        let want = label.trim().to_lowercase();
        let phone = c
            .phones
            .iter()
            .find(|p| p.label.as_deref().map(str::to_lowercase).as_deref() == Some(&want))
            .ok_or_else(|| {
                let labels: Vec<&str> =
                    c.phones.iter().filter_map(|p| p.label.as_deref()).collect();
                not_found(format!(
                    "{} has no phone labeled {label:?}{}",
                    c.display_name,
                    if labels.is_empty() {
                        String::new()
                    } else {
                        format!(" (labels: {})", labels.join(", "))
                    }
                ))
            })?;
        let number = phone
            .number
            .clone()
            .ok_or_else(|| refused(format!("{} is not a phone number kard can dial", phone.raw)))?;
        if sms && !phone::may_take_sms(&number) {
            return Err(refused(format!(
                "{}'s {label} number {number} cannot receive SMS",
                c.display_name
            )));
        }
        return Ok(number);
    }
    if let Some(account) = args.account {
        return c
            .extensions
            .iter()
            .find(|x| x.account == account)
            .map(|x| x.number.clone())
            .ok_or_else(|| {
                not_found(format!(
                    "{} has no {} extension",
                    c.display_name,
                    account.as_str().replace('_', " ")
                ))
            });
    }
    let colleague = c.source == Source::Company || c.kind != Kind::Person;
    if colleague {
        let ext = c
            .extensions
            .iter()
            .find(|x| x.account == Account::Work)
            .or(c.extensions.first());
        if let Some(x) = ext {
            return Ok(x.number.clone());
        }
    }
    let numbers = c.phones.iter().filter_map(|p| p.number.as_ref());
    let found = if sms {
        numbers.clone().find(|n| phone::may_take_sms(n))
    } else {
        numbers.clone().next()
    };
    if let Some(n) = found {
        return Ok(n.clone());
    }
    if let Some(x) = c.extensions.first() {
        return Ok(x.number.clone());
    }
    Err(refused(if sms {
        format!("{} has no number that can receive SMS", c.display_name)
    } else {
        format!("{} has no number kard can dial", c.display_name)
    }))
}

/// The meeting link: `config meet.url` with {email}, {user}, {name}, {ext} filled in.
fn meet_url(ctx: &Ctx, c: &Contact) -> Result<String> {
    let template = ctx.store.setting("meet.url")?.ok_or_else(|| {
        refused("no meeting link is set: kard config set meet.url 'https://meet.example/{user}'")
    })?;
    let email = c.emails.first().map(|e| e.address.clone());
    template::fill(&template, |key| {
        let missing = |what: &str| {
            refused(format!(
                "{} has no {what} for {{{key}}} in meet.url",
                c.display_name
            ))
        };
        Ok(Some(match key {
            "email" => template::url_encode(email.as_deref().ok_or_else(|| missing("email"))?),
            "user" => template::url_encode(
                email
                    .as_deref()
                    .map(|e| e.split('@').next().unwrap_or(e))
                    .ok_or_else(|| missing("email"))?,
            ),
            "name" => template::url_encode(&c.display_name),
            "ext" | "extension" => template::url_encode(
                &c.extensions
                    .first()
                    .map(|x| x.number.clone())
                    .ok_or_else(|| missing("extension"))?,
            ),
            "id" => c.id.to_string(),
            _ => return Ok(None),
        }))
    })
}
