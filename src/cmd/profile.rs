//! `kard profile`: your own card. Which directory entry is you (setting `me`), and the
//! presence, status message and photo you set yourself, which directory syncs keep.

use super::Ctx;
use crate::error::{not_found, refused, usage};
use crate::model::{Contact, Kind, OwnCard, Photo, PresenceState, Source};
use crate::settings::{self, PresenceOverride, Setting};
use anyhow::{Context, Result};
use clap::Subcommand;
use std::io::Read;

/// The largest photo accepted.
pub const MAX_PHOTO_BYTES: u64 = 5 * 1024 * 1024;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard profile set --me robin.lee@acme.example\n  kard profile\n  \
    kard profile set --presence busy --message 'In a meeting'\n  \
    kard profile set --presence invisible     # others see you as offline\n  \
    kard profile set --photo ~/me.jpg\n  kard profile set --clear-photo"
)]
pub struct Args {
    #[command(subcommand)]
    pub action: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Show your card, with the presence only you see (the default)
    Show,
    /// Say which directory entry is you, or set your presence, status message or photo
    ///
    /// Your directory details (name, title, numbers…) come from the company directory
    /// and cannot be changed here; what you set here survives later directory syncs.
    Set(SetArgs),
}

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard profile set --me robin.lee@acme.example\n  \
    kard profile set --presence do_not_disturb --message 'Focus time'\n  \
    kard profile set --presence invisible\n  kard profile set --photo ~/me.jpg"
)]
pub struct SetArgs {
    /// The company directory entry that is you (name, email, extension, id:N…)
    #[arg(long, value_name = "CONTACT")]
    pub me: Option<String>,
    /// available, busy, away, do_not_disturb, on_a_call, offline, or invisible (others
    /// see offline)
    #[arg(long, value_name = "STATE")]
    pub presence: Option<String>,
    /// Your custom status message, e.g. "In a meeting"; empty to clear it
    #[arg(long, value_name = "TEXT")]
    pub message: Option<String>,
    /// Your photo: a JPEG or PNG file of at most 5 MB
    #[arg(long, value_name = "FILE", conflicts_with = "clear_photo")]
    pub photo: Option<std::path::PathBuf>,
    /// Remove your photo
    #[arg(long)]
    pub clear_photo: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    match args.action.unwrap_or(Action::Show) {
        Action::Show => {
            let me = me(ctx)?;
            show(ctx, &me)
        }
        Action::Set(a) => set(ctx, a),
    }
}

/// The user's own contact (exit 3 when it is not set or no longer exists).
fn me(ctx: &Ctx) -> Result<Contact> {
    let uid = ctx.store.setting(Setting::Me)?.ok_or_else(|| {
        not_found("your profile is not set: say which directory entry is you with `kard profile set --me CONTACT`")
    })?;
    let id = ctx.store.contact_by_uid(&uid)?.ok_or_else(|| {
        not_found(format!(
            "your profile entry ({uid}) is no longer in the directory: set it again with `kard profile set --me CONTACT`"
        ))
    })?;
    ctx.store
        .contact(id)?
        .ok_or_else(|| not_found("your profile entry is gone"))
}

fn show(ctx: &mut Ctx, me: &Contact) -> Result<()> {
    if ctx.json {
        ctx.out.json(&OwnCard(me))
    } else {
        ctx.out.profile_card(me)
    }
}

fn set(ctx: &mut Ctx, a: SetArgs) -> Result<()> {
    let nothing = a.me.is_none()
        && a.presence.is_none()
        && a.message.is_none()
        && a.photo.is_none()
        && !a.clear_photo;
    if nothing {
        return Err(usage(
            "nothing to set: give --me, --presence, --message, --photo or --clear-photo",
        ));
    }
    let state = a
        .presence
        .as_deref()
        .map(|p| p.parse::<PresenceState>().map_err(usage))
        .transpose()?;
    let photo = a.photo.as_deref().map(read_photo).transpose()?;
    let previous = settings::me(&ctx.store)?;
    let mut target = match &a.me {
        Some(r) => {
            let c = ctx.resolve(r)?;
            if c.source != Source::Company || c.kind != Kind::Person {
                return Err(refused(format!(
                    "{} is not a person in your company directory; your profile is your own company directory entry",
                    c.display_name
                )));
            }
            c
        }
        None => me(ctx)?,
    };
    let mut overrides = PresenceOverride::load(&ctx.store)?;
    if state.is_some() {
        overrides.state = state;
    }
    if let Some(m) = &a.message {
        let m = m.trim();
        overrides.message = Some((!m.is_empty()).then(|| m.to_string()));
    }
    // A new `me` takes the photo along from the old one.
    let mut old = previous.filter(|p| p.id != target.id);
    if let Some(o) = old.as_mut() {
        if target.photo.is_none() {
            target.photo = o.photo.take();
        } else {
            o.photo = None;
        }
    }
    if let Some((media_type, bytes)) = photo {
        target.photo = Some(Photo::Data { media_type, bytes });
    }
    if a.clear_photo {
        target.photo = None;
    }
    let before = ctx.store.contact(target.id)?;
    overrides.apply(&mut target);
    ctx.store.write(|s| {
        s.set_setting(Setting::Me, Some(&target.uid))?;
        overrides.save(s)?;
        if let Some(o) = old.as_mut() {
            if s.contact(o.id)?
                .is_some_and(|stored| stored.photo != o.photo)
            {
                s.update_contact(o)?;
            }
        }
        if before.as_ref() != Some(&target) {
            s.update_contact(&mut target)?;
        }
        Ok(())
    })?;
    ctx.note(&format!(
        "profile: {} (id:{})",
        target.display_name, target.id
    ));
    show(ctx, &target)
}

/// A photo file: its media type (JPEG or PNG, by its first bytes) and bytes.
fn read_photo(path: &std::path::Path) -> Result<(String, Vec<u8>)> {
    let shown = path.display();
    let file = std::fs::File::open(path).with_context(|| format!("cannot read {shown}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_PHOTO_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {shown}"))?;
    if bytes.len() as u64 > MAX_PHOTO_BYTES {
        return Err(refused(format!(
            "{shown} is larger than 5 MB: choose a smaller photo"
        )));
    }
    let media_type = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else {
        return Err(refused(format!(
            "{shown} is not a JPEG or PNG image: a profile photo must be one"
        )));
    };
    Ok((media_type.to_string(), bytes))
}
