//! `kard fax`: drafts pre-filled from a contact (or a bare number), and sending them
//! with the configured `fax.command`, run without a shell.

use super::Ctx;
use crate::error::{not_found, refused, usage};
use crate::fax;
use crate::model::{FaxDraft, FaxStatus, FaxTo};
use crate::phone;
use crate::reference::{resolve_or_number, Resolved};
use crate::render;
use crate::settings::Setting;
use crate::store::now;
use anyhow::Result;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "fax.command is split into words like a shell would, then {number}, {name}, {company}, \
    {subject} and {cover} (a cover-page text file) are filled in inside each word; a word holding {files} \
    is repeated once per attachment. It runs without a shell.\n\n\
    Examples:\n  kard fax new robin --subject Contract --attach contract.pdf\n  \
    kard config set fax.command 'sendfax -n -d {number} {cover} {files}'\n  \
    kard fax send 3\n  kard fax list --json"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<FaxAction>,
}

#[derive(Debug, Subcommand)]
pub enum FaxAction {
    /// Make a draft for a contact's fax number, or for any number
    New(NewArgs),
    /// List the drafts (the default)
    List,
    /// Show a draft and its cover page
    Show { id: String },
    /// Send a draft with `config fax.command`
    Send { id: String },
    /// Throw a draft away
    Discard { id: String },
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// A contact (id:N, UID, email, number or name) or a fax number
    pub contact: String,
    /// Which of the contact's fax numbers [default: the first]
    #[arg(long, value_name = "NUM")]
    pub to: Option<String>,
    #[arg(long, value_name = "S")]
    pub subject: Option<String>,
    /// A note for the cover page
    #[arg(long, value_name = "T")]
    pub note: Option<String>,
    /// A file to send (repeatable); it must exist and be readable
    #[arg(long, value_name = "FILE")]
    pub attach: Vec<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action.unwrap_or(FaxAction::List) {
        FaxAction::New(a) => new(ctx, a),
        FaxAction::List => list(ctx),
        FaxAction::Show { id } => {
            let draft = draft(ctx, &id)?;
            if ctx.json {
                return ctx.out.json(&draft);
            }
            let rows = render::fax_rows(&draft);
            ctx.out.pairs(&format!("fax draft {}", draft.id), &rows)?;
            ctx.out.line("")?;
            ctx.out.text(&fax::cover_page(&draft))
        }
        FaxAction::Send { id } => send(ctx, &id),
        FaxAction::Discard { id } => {
            let id = parse_id(&id)?;
            if !ctx.store.write(|s| s.delete_fax(id))? {
                return Err(not_found(format!("no fax draft {id}")));
            }
            ctx.note(&format!("discarded fax draft {id}"));
            Ok(())
        }
    }
}

fn parse_id(text: &str) -> Result<i64> {
    let t = text.trim();
    t.strip_prefix("id:")
        .unwrap_or(t)
        .trim()
        .parse()
        .map_err(|_| {
            usage(format!(
                "{text:?} is not a fax draft id (see `kard fax list`)"
            ))
        })
}

fn draft(ctx: &Ctx, id: &str) -> Result<FaxDraft> {
    let id = parse_id(id)?;
    ctx.store
        .fax(id)?
        .ok_or_else(|| not_found(format!("no fax draft {id}")))
}

fn new(ctx: &mut Ctx, a: NewArgs) -> Result<()> {
    let mut attachments = Vec::new();
    for path in &a.attach {
        attachments.push(fax::attachment(path)?);
    }
    let to = match resolve_or_number(&ctx.store, ctx.region, &a.contact)? {
        Resolved::Contact(c) => {
            // Named by one of its fax numbers: that one, unless --to says otherwise.
            let named = phone::e164(&a.contact, ctx.region)
                .filter(|n| c.faxes.iter().any(|f| f.number.as_ref() == Some(n)));
            let pick = a.to.clone().or(named);
            let (to, note) = fax::recipient(&c, pick.as_deref(), ctx.region)?;
            if let Some(note) = note {
                ctx.note(&note);
            }
            (to, Some(c.id))
        }
        Resolved::Number(number) => {
            if let Some(to) = &a.to {
                if phone::e164(to, ctx.region).as_deref() != Some(number.as_str()) {
                    return Err(usage(
                        "--to picks one of a contact's fax numbers; with a bare number, leave it out",
                    ));
                }
            }
            let to = FaxTo {
                name: None,
                company: None,
                number,
            };
            (to, None)
        }
    };
    let mut draft = FaxDraft {
        status: FaxStatus::Draft,
        contact_id: to.1,
        to: to.0,
        from: fax::sender(&ctx.store)?,
        subject: a.subject.filter(|s| !s.trim().is_empty()),
        note: a.note.filter(|s| !s.trim().is_empty()),
        attachments,
        created_at: now(),
        ..FaxDraft::default()
    };
    ctx.store.write(|s| s.insert_fax(&mut draft))?;
    ctx.note(&format!(
        "fax draft {} to {}; send it with `kard fax send {}`",
        draft.id,
        render::fax_recipient(&draft),
        draft.id
    ));
    if ctx.json {
        ctx.out.json(&draft)
    } else {
        ctx.out.pairs(
            &format!("fax draft {}", draft.id),
            &render::fax_rows(&draft),
        )
    }
}

fn list(ctx: &mut Ctx) -> Result<()> {
    let drafts = ctx.store.faxes()?;
    if ctx.json {
        return ctx.out.json(&drafts);
    }
    if drafts.is_empty() {
        ctx.note("no fax drafts; make one with `kard fax new CONTACT`");
        return Ok(());
    }
    let rows = drafts
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.status.as_str().to_string(),
                render::fax_recipient(d),
                d.subject.clone().unwrap_or_default(),
                d.attachments.len().to_string(),
                d.created_at.clone(),
            ]
        })
        .collect();
    ctx.out
        .grid(&["id", "status", "to", "subject", "files", "created"], rows)
}

fn send(ctx: &mut Ctx, id: &str) -> Result<()> {
    let id = draft(ctx, id)?.id;
    let command = ctx.store.setting(Setting::FaxCommand)?.ok_or_else(|| {
        refused(
            "no fax command is set: kard config set fax.command 'sendfax -n -d {number} {cover} {files}'",
        )
    })?;
    let fax::Sent { draft: d, stdout } = fax::send(&ctx.store, id, &command)?;
    if !stdout.is_empty() && !ctx.out.quiet {
        ctx.out.note(String::from_utf8_lossy(&stdout).trim_end());
    }
    if ctx.json {
        ctx.out.json(&d)?;
    }
    let Some(result) = d.result.as_ref().filter(|r| r.exit != 0) else {
        ctx.note(&format!(
            "sent fax {} to {}",
            d.id,
            render::fax_recipient(&d)
        ));
        return Ok(());
    };
    let why = if result.stderr.is_empty() {
        String::new()
    } else {
        format!(": {}", result.stderr)
    };
    Err(anyhow::anyhow!(
        "the fax command failed with exit {}{why}; fax draft {} is marked failed (send it again when fixed)",
        result.exit,
        d.id
    ))
}
