//! `kard remote`: add, list, show and remove the places personal contacts also live.

use super::Ctx;
use crate::error::{not_found, usage};
use crate::remote::{self, carddav, dav};
use crate::store::{RemoteInfo, RemoteKind};
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard remote add home https://cloud.example/remote.php/dav --user ann --password-command 'pass show dav'\n  \
    kard remote add laptop vdir:~/.local/share/contacts/default\n  kard remote list\n  kard remote remove home --keep-contacts\n\n\
    The password is never stored: it comes from --password-command (run without a shell;\n\
    the first line of its output) or from KARD_PASSWORD_<NAME>."
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Add a CardDAV address book (http(s)://…, a server or principal URL is enough) or a vdir folder (vdir:PATH)
    Add {
        /// A short name for it (letters, digits, - and _)
        name: String,
        /// The address book, server or principal URL, or vdir:PATH
        url: String,
        /// User name for HTTP Basic authentication
        #[arg(long)]
        user: Option<String>,
        /// A command that prints the password (run without a shell; first line)
        #[arg(long, value_name = "CMD")]
        password_command: Option<String>,
        /// Which address book, when the server has several (name or URL)
        #[arg(long, value_name = "B")]
        book: Option<String>,
        /// New contacts go to this remote
        #[arg(long)]
        default: bool,
    },
    /// List the remotes (the default)
    List,
    /// Show one remote
    Show { name: String },
    /// Remove a remote; its contacts go to the trash unless --keep-contacts
    Remove {
        name: String,
        /// Keep its contacts, as local-only contacts
        #[arg(long)]
        keep_contacts: bool,
    },
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action.unwrap_or(Action::List) {
        Action::Add {
            name,
            url,
            user,
            password_command,
            book,
            default,
        } => add(ctx, name, url, user, password_command, book, default),
        Action::List => {
            let all = ctx.store.remotes()?;
            if ctx.json {
                return ctx.out.json(&all);
            }
            if all.is_empty() {
                ctx.note("no remotes; add one with `kard remote add NAME URL`");
                return Ok(());
            }
            let rows = all
                .into_iter()
                .map(|r| {
                    vec![
                        format!("{}{}", r.name, if r.is_default { " (default)" } else { "" }),
                        r.kind.as_str().to_string(),
                        r.url,
                        r.synced_at.unwrap_or_else(|| "never".into()),
                    ]
                })
                .collect();
            ctx.out.grid(&["name", "kind", "url", "synced"], rows)
        }
        Action::Show { name } => {
            let r = find(ctx, &name)?;
            let contacts = ctx.store.remote_contact_count(r.id)?;
            if ctx.json {
                let mut v = serde_json::to_value(&r)?;
                v["contacts"] = contacts.into();
                v["password_variable"] = remote::password_variable(&r.name).into();
                return ctx.out.json(&v);
            }
            let rows = vec![
                vec!["name".into(), r.name.clone()],
                vec!["kind".into(), r.kind.as_str().into()],
                vec!["url".into(), r.url.clone()],
                vec!["book".into(), r.book.clone().unwrap_or_default()],
                vec!["user".into(), r.user.clone().unwrap_or_default()],
                vec![
                    "password".into(),
                    match &r.password_command {
                        Some(c) => format!("from the command {c}"),
                        None => format!("from ${}", remote::password_variable(&r.name)),
                    },
                ],
                vec!["default".into(), r.is_default.to_string()],
                vec!["vcard".into(), r.vcard_version.clone().unwrap_or_default()],
                vec!["contacts".into(), contacts.to_string()],
                vec![
                    "synced".into(),
                    r.synced_at.clone().unwrap_or_else(|| "never".into()),
                ],
            ];
            ctx.out.grid(&["", ""], rows)
        }
        Action::Remove {
            name,
            keep_contacts,
        } => {
            let r = find(ctx, &name)?;
            let n = ctx.store.write(|s| s.remove_remote(r.id, keep_contacts))?;
            let what = if keep_contacts {
                "kept as local contacts"
            } else {
                "moved to the trash"
            };
            ctx.note(&format!(
                "removed remote {}; its {n} contacts {what}",
                r.name
            ));
            Ok(())
        }
    }
}

fn find(ctx: &Ctx, name: &str) -> Result<RemoteInfo> {
    ctx.store
        .remote(name)?
        .ok_or_else(|| not_found(format!("no remote named {name:?} (see `kard remote list`)")))
}

fn add(
    ctx: &mut Ctx,
    name: String,
    url: String,
    user: Option<String>,
    password_command: Option<String>,
    book: Option<String>,
    default: bool,
) -> Result<()> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return Err(usage(format!(
            "remote name {name:?}: use letters, digits, - and _"
        )));
    }
    if ctx.store.remote(&name)?.is_some() {
        return Err(usage(format!("a remote named {name:?} exists already")));
    }
    let mut info = RemoteInfo {
        id: 0,
        name,
        kind: RemoteKind::Carddav,
        url: url.clone(),
        user,
        password_command,
        book: None,
        is_default: default,
        vcard_version: None,
        sync_token: None,
        ctag: None,
        synced_at: None,
        created_at: String::new(),
    };
    if let Some(path) = url.strip_prefix("vdir:") {
        if path.is_empty() {
            return Err(usage("vdir: needs a folder, as vdir:PATH"));
        }
        let abs = std::path::absolute(path)?;
        info.kind = RemoteKind::Vdir;
        info.url = format!("vdir:{}", abs.display());
        info.vcard_version = Some("3.0".into());
    } else {
        let auth = match (&info.user, remote::password(&info)?) {
            (Some(u), pw) => Some((u.clone(), pw.unwrap_or_default())),
            (None, _) => None,
        };
        let client = dav::Client::new(auth);
        let found = carddav::discover(&client, &url, book.as_deref())?;
        info.url = found.url;
        info.book = found.name;
        info.vcard_version = found.version.map(str::to_string);
    }
    ctx.store.write(|s| s.add_remote(&info))?;
    ctx.note(&format!(
        "added remote {} ({}); `kard sync {}` brings its contacts in",
        info.name, info.url, info.name
    ));
    Ok(())
}
