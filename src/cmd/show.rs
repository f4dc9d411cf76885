//! `kard show`: a contact's card, or the card of a number that no contact has.

use super::Ctx;
use crate::phone;
use crate::reference::{resolve_or_number, Resolved};
use anyhow::Result;
use serde::Serialize;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard show robin\n  kard show id:42 --json\n  kard show '+1 555 010 1234'\n  kard show 1234"
)]
pub struct Args {
    /// A contact (id:N, UID, email, number, extension or name) or any phone number
    pub contact: String,
}

/// The card of a phone number that no contact has.
#[derive(Debug, Serialize)]
pub struct NumberCard {
    pub number: String,
    pub national: Option<String>,
    pub international: Option<String>,
    pub country: Option<String>,
    pub blocked: Blocked,
    pub actions: Vec<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct Blocked {
    pub calls: bool,
    pub sms: bool,
}

/// The card of a number no contact has: its forms, country, block state, and the
/// actions that apply (`chat` only when it may take SMS).
pub fn number_card(ctx: &Ctx, e164: &str) -> Result<NumberCard> {
    let entry = ctx.store.block_entry(e164)?;
    let (calls, sms) = entry.map_or((false, false), |e| (e.calls, e.sms));
    let shown = phone::display(e164);
    let mut actions = vec!["call"];
    if phone::may_take_sms(e164) {
        actions.push("chat");
    }
    actions.push("fax");
    actions.push(if calls {
        "unblock_caller"
    } else {
        "block_caller"
    });
    actions.push(if sms {
        "unblock_sender"
    } else {
        "block_sender"
    });
    actions.push("add_contact");
    Ok(NumberCard {
        number: e164.to_string(),
        national: shown.as_ref().map(|d| d.national.clone()),
        international: shown.as_ref().map(|d| d.international.clone()),
        country: shown.and_then(|d| d.country),
        blocked: Blocked { calls, sms },
        actions,
    })
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match resolve_or_number(&ctx.store, ctx.region, &args.contact)? {
        Resolved::Contact(c) => {
            if ctx.json {
                ctx.out.json(&c)
            } else {
                let blocks = super::block::block_rows(&ctx.store, &c)?;
                ctx.out.card(&c, &blocks)
            }
        }
        Resolved::Number(number) => {
            let card = number_card(ctx, &number)?;
            if ctx.json {
                return ctx.out.json(&card);
            }
            let yes_no = |b: bool| if b { "blocked" } else { "not blocked" }.to_string();
            let rows = vec![
                (
                    "national".to_string(),
                    card.national.clone().unwrap_or_default(),
                ),
                (
                    "international".to_string(),
                    card.international.clone().unwrap_or_default(),
                ),
                (
                    "country".to_string(),
                    card.country.clone().unwrap_or_else(|| "unknown".into()),
                ),
                ("caller".to_string(), yes_no(card.blocked.calls)),
                ("sms sender".to_string(), yes_no(card.blocked.sms)),
            ];
            ctx.out
                .pairs(&format!("{}  (not in your contacts)", card.number), &rows)?;
            let actions: Vec<String> = card.actions.iter().map(|a| a.replace('_', " ")).collect();
            ctx.out.line(&format!("actions: {}", actions.join(" · ")))
        }
    }
}
