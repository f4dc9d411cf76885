//! `kard edit`: change a personal contact with flags, or in `$EDITOR`.

use super::add::{email_arg, phone_arg};
use super::Ctx;
use crate::error::{not_found, refused, usage, Failure};
use crate::formats::form;
use crate::model::{Contact, Phone};
use crate::phone;
use anyhow::{Context, Result};

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard edit robin --title 'Lead Engineer' --add-phone work:+1 555 010 2222\n  \
    kard edit robin --remove-email old@acme.example\n  kard edit robin        # opens $EDITOR"
)]
pub struct Args {
    /// The personal contact to change
    pub contact: String,
    #[command(flatten)]
    pub fields: super::contact_args::Fields,
    #[command(flatten)]
    pub lists: Lists,
}

/// What `edit` adds to and removes from a contact's lists.
#[derive(Debug, Default, PartialEq, clap::Args)]
pub struct Lists {
    /// Add a phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)
    #[arg(long, value_name = "[LABEL:]NUM")]
    pub add_phone: Vec<String>,
    /// Remove a phone (any spelling of the number; repeatable)
    #[arg(long, value_name = "NUM")]
    pub remove_phone: Vec<String>,
    /// Add an email address, optionally labeled: work:robin@acme.example (repeatable)
    #[arg(long, value_name = "[LABEL:]ADDR")]
    pub add_email: Vec<String>,
    /// Remove an email address (case aside; repeatable)
    #[arg(long, value_name = "ADDR")]
    pub remove_email: Vec<String>,
    /// Add a fax number, optionally labeled (repeatable)
    #[arg(long, value_name = "[LABEL:]NUM")]
    pub add_fax: Vec<String>,
    /// Remove a fax number (any spelling; repeatable)
    #[arg(long, value_name = "NUM")]
    pub remove_fax: Vec<String>,
    /// Remove a label (case aside; repeatable)
    #[arg(long, value_name = "LABEL")]
    pub remove_label: Vec<String>,
    /// Remove the addresses with this label or street (case aside; repeatable)
    #[arg(long, value_name = "LABEL|STREET")]
    pub remove_address: Vec<String>,
}

impl Args {
    /// Was any change given as a flag (else the form opens)?
    fn has_changes(&self) -> bool {
        self.fields.any() || self.lists != Lists::default()
    }
}

/// Refuse anything but a personal contact, saying why.
pub fn ensure_editable(c: &Contact) -> Result<()> {
    if c.editable() {
        return Ok(());
    }
    let whose = match &c.external_company {
        Some(company) => format!("{company}'s directory"),
        None => "the company directory".to_string(),
    };
    Err(refused(format!(
        "{} comes from {whose} and is read-only; only personal contacts can be changed",
        c.display_name
    )))
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let mut c = ctx.resolve(&args.contact)?;
    ensure_editable(&c)?;
    let before = c.clone();
    if args.has_changes() {
        apply_flags(ctx, &mut c, &args)?;
    } else if !edit_in_editor(ctx, &mut c)? {
        return Ok(());
    }
    rederive_display_name(&before, &mut c);
    super::add::refuse_control_characters(&c)?;
    if c == before {
        ctx.note("no changes");
        return Ok(());
    }
    ctx.store.write(|s| s.update_contact(&mut c))?;
    ctx.note(&format!("updated {} (id:{})", c.display_name, c.id));
    let newly_blocked = Contact {
        phones: (c.phones.iter())
            .filter(|p| !before.phones.iter().any(|b| b.number == p.number))
            .cloned()
            .collect(),
        faxes: (c.faxes.iter())
            .filter(|p| !before.faxes.iter().any(|b| b.number == p.number))
            .cloned()
            .collect(),
        ..c.clone()
    };
    super::block::warn_blocked(ctx, &newly_blocked)?;
    if ctx.json {
        ctx.out.json(&c)
    } else {
        let blocks = super::block::block_rows(&ctx.store, &c)?;
        ctx.out.card(&c, &blocks)
    }
}

fn apply_flags(ctx: &Ctx, c: &mut Contact, a: &Args) -> Result<()> {
    for l in &a.lists.remove_label {
        let before = c.categories.len();
        c.categories.retain(|x| !x.eq_ignore_ascii_case(l.trim()));
        if c.categories.len() == before {
            return Err(not_found(format!("{} has no label {l:?}", c.display_name)));
        }
    }
    for r in &a.lists.remove_address {
        let r = r.trim();
        let before = c.addresses.len();
        c.addresses.retain(|x| {
            let is = |v: &Option<String>| v.as_deref().is_some_and(|v| v.eq_ignore_ascii_case(r));
            !(is(&x.label) || is(&x.street))
        });
        if c.addresses.len() == before {
            return Err(not_found(format!(
                "{} has no address {r:?}",
                c.display_name
            )));
        }
    }
    a.fields.apply(c)?;
    remove_numbers(ctx, &mut c.phones, &a.lists.remove_phone, "phone")?;
    remove_numbers(ctx, &mut c.faxes, &a.lists.remove_fax, "fax")?;
    for e in &a.lists.remove_email {
        let before = c.emails.len();
        c.emails
            .retain(|x| !crate::identity::same_email(&x.address, e));
        if c.emails.len() == before {
            return Err(not_found(format!("{} has no email {e:?}", c.display_name)));
        }
    }
    for p in &a.lists.add_phone {
        c.phones.push(phone_arg(p, ctx.region)?);
    }
    for p in &a.lists.add_fax {
        c.faxes.push(phone_arg(p, ctx.region)?);
    }
    for e in &a.lists.add_email {
        c.emails.push(email_arg(e)?);
    }
    Ok(())
}

/// Remove the numbers given (matched on E.164, else on digits) from `list`.
fn remove_numbers(ctx: &Ctx, list: &mut Vec<Phone>, remove: &[String], what: &str) -> Result<()> {
    for r in remove {
        let gone = Phone {
            label: None,
            number: phone::e164(r, ctx.region),
            raw: r.clone(),
        };
        let before = list.len();
        list.retain(|p| !crate::identity::same_number(p, &gone));
        if list.len() == before {
            return Err(not_found(format!("no {what} {r:?} on this contact")));
        }
    }
    Ok(())
}

/// A changed name changes the display name too, unless that was edited as well: after
/// `--given Augusta --family Byron` the card and its exports say "Augusta Byron".
fn rederive_display_name(before: &Contact, c: &mut Contact) {
    if c.name != before.name && c.display_name == before.display_name {
        let full = c.name.full();
        if !full.is_empty() {
            c.display_name = full;
        }
    }
    c.ensure_display_name();
}

/// Edit `c` as a text form in the user's editor. False when the user saved an empty or
/// unchanged form: like an empty commit message, that means "change nothing".
fn edit_in_editor(ctx: &Ctx, c: &mut Contact) -> Result<bool> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let written = form::write(c);
    // A fresh name, created only if it does not exist, readable by its owner alone: the
    // form holds personal data.
    let mut file = tempfile::Builder::new()
        .prefix(&format!("kard-edit-{}-", c.id))
        .suffix(".txt")
        .tempfile()
        .context("cannot create the edit form in the temporary folder")?;
    {
        use std::io::Write;
        file.write_all(written.as_bytes())
            .and_then(|()| file.flush())
            .with_context(|| format!("cannot write {}", file.path().display()))?;
    }
    let path = file.path().to_path_buf();
    let mut words = crate::template::split(&editor)
        .map_err(|e| usage(format!("$EDITOR: {e:#}")))?
        .into_iter();
    let program = words.next().ok_or_else(|| usage("$EDITOR is empty"))?;
    let status = std::process::Command::new(&program)
        .args(words)
        .arg(&path)
        .status()
        .with_context(|| format!("cannot run the editor {editor:?} (set $EDITOR)"))?;
    if !status.success() {
        let kept = keep(file);
        return Err(anyhow::anyhow!(
            "the editor {editor:?} failed ({status}); nothing was changed, your text is in {kept}"
        ));
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if form::is_blank(&text) {
        ctx.note("the form was saved empty: nothing changed");
        return Ok(false);
    }
    if text == written {
        ctx.note("no changes");
        return Ok(false);
    }
    match form::read(&text, c, ctx.region) {
        Ok(()) => Ok(true),
        Err(e) => {
            let kept = keep(file);
            Err(anyhow::Error::new(Failure::BadInput(format!(
                "{kept}: {e:#}\nnothing was changed; your text is kept there: fix it and run `kard edit` again"
            ))))
        }
    }
}

/// Keep the form a failed edit leaves behind, so that no typing is lost; its path.
fn keep(file: tempfile::NamedTempFile) -> String {
    match file.keep() {
        Ok((_, path)) => path.display().to_string(),
        Err(e) => format!("(lost: {e})"),
    }
}
