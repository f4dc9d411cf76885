//! `kard config`: settings kept in the store.

use super::Ctx;
use crate::error::{not_found, usage};
use crate::phone::Region;
use anyhow::Result;
use clap::Subcommand;

/// The settings kard knows, with what each is for.
pub const KEYS: &[(&str, &str)] = &[
    (
        "region",
        "default region for numbers without a country code (e.g. US, GB, DE)",
    ),
    (
        "me",
        "the directory entry that is you (set with `kard profile set --me`)",
    ),
    (
        "fax.command",
        "program run by `fax send`: {number} {name} {company} {files} {cover}",
    ),
    ("handler.call", "program given the tel: URI by `kard call`"),
    ("handler.chat", "program given the sms: URI by `kard chat`"),
    (
        "handler.meet",
        "program given the meeting URL by `kard meet`",
    ),
    (
        "meet.url",
        "meeting link template, e.g. https://meet.example/{user}",
    ),
];

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard config set region GB\n  kard config set fax.command 'sendfax -n {number} {files}'\n  kard config list"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Print a setting's value (exit 3 if unset)
    Get { key: String },
    /// Change a setting
    Set { key: String, value: String },
    /// Remove a setting
    Unset { key: String },
    /// Every setting kard knows, with its value
    List,
}

fn check_key(key: &str) -> Result<()> {
    if KEYS.iter().any(|(k, _)| *k == key) {
        return Ok(());
    }
    let known: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
    Err(usage(format!(
        "unknown setting {key:?}; known: {}",
        known.join(", ")
    )))
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::Get { key } => {
            check_key(&key)?;
            let value = ctx
                .store
                .setting(&key)?
                .ok_or_else(|| not_found(format!("{key} is not set")))?;
            if ctx.json {
                ctx.out
                    .json(&serde_json::json!({ "key": key, "value": value }))
            } else {
                ctx.out.line(&value)
            }
        }
        Action::Set { key, value } => {
            check_key(&key)?;
            let value = match key.as_str() {
                "region" => {
                    Region::parse(&value)?;
                    value.trim().to_ascii_uppercase()
                }
                "me" => ctx.resolve(&value)?.uid,
                _ => value,
            };
            ctx.store.write(|s| s.set_setting(&key, Some(&value)))?;
            ctx.note(&format!("{key} = {value}"));
            Ok(())
        }
        Action::Unset { key } => {
            check_key(&key)?;
            if !ctx.store.write(|s| s.set_setting(&key, None))? {
                return Err(not_found(format!("{key} was not set")));
            }
            ctx.note(&format!("{key} unset"));
            Ok(())
        }
        Action::List => {
            let mut rows = Vec::new();
            for (key, about) in KEYS {
                rows.push((key.to_string(), ctx.store.setting(key)?, about.to_string()));
            }
            if ctx.json {
                let map: serde_json::Map<String, serde_json::Value> =
                    rows.into_iter().map(|(k, v, _)| (k, v.into())).collect();
                return ctx.out.json(&map);
            }
            let rows = rows
                .into_iter()
                .map(|(k, v, about)| vec![k, v.unwrap_or_default(), about])
                .collect();
            ctx.out.grid(&["key", "value", "what it is"], rows)
        }
    }
}
