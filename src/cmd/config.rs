//! `kard config`: settings kept in the store.

use super::Ctx;
use crate::error::{not_found, usage};
use crate::phone::Region;
use crate::settings::Setting;
use anyhow::Result;
use clap::Subcommand;

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

/// The setting `kard config` knows by `key` (a usage error naming them, else).
fn setting(key: &str) -> Result<Setting> {
    Setting::of_config(key).ok_or_else(|| {
        let known: Vec<&str> = Setting::CONFIG.iter().map(|s| s.key()).collect();
        usage(format!(
            "unknown setting {key:?}; known: {}",
            known.join(", ")
        ))
    })
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action {
        Action::Get { key } => {
            let value = ctx
                .store
                .setting(setting(&key)?)?
                .ok_or_else(|| not_found(format!("{key} is not set")))?;
            if ctx.json {
                ctx.out
                    .json(&serde_json::json!({ "key": key, "value": value }))
            } else {
                ctx.out.line(&value)
            }
        }
        Action::Set { key, value } => {
            let which = setting(&key)?;
            let value = match which {
                Setting::Region => {
                    Region::parse(&value)?;
                    value.trim().to_ascii_uppercase()
                }
                Setting::Me => ctx.resolve(&value)?.uid,
                _ => value,
            };
            ctx.store.write(|s| s.set_setting(which, Some(&value)))?;
            ctx.note(&format!("{key} = {value}"));
            Ok(())
        }
        Action::Unset { key } => {
            let which = setting(&key)?;
            if !ctx.store.write(|s| s.set_setting(which, None))? {
                return Err(not_found(format!("{key} was not set")));
            }
            ctx.note(&format!("{key} unset"));
            Ok(())
        }
        Action::List => {
            let mut rows = Vec::new();
            for s in Setting::CONFIG {
                rows.push((
                    s.key().to_string(),
                    ctx.store.setting(s)?,
                    s.about().to_string(),
                ));
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
