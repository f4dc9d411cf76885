//! `kard edit`: change a personal contact with flags, or in `$EDITOR`.

use super::add::{birthday_arg, email_arg, opt, phone_arg};
use super::Ctx;
use crate::error::{not_found, refused, usage};
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
    /// New display name
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub given: Option<String>,
    #[arg(long)]
    pub family: Option<String>,
    #[arg(long)]
    pub nickname: Option<String>,
    #[arg(long)]
    pub org: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// YYYY-MM-DD or --MM-DD; empty to remove
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    #[arg(long, value_name = "[LABEL:]NUM")]
    pub add_phone: Vec<String>,
    /// Remove a phone (any spelling of the number)
    #[arg(long, value_name = "NUM")]
    pub remove_phone: Vec<String>,
    #[arg(long, value_name = "[LABEL:]ADDR")]
    pub add_email: Vec<String>,
    #[arg(long, value_name = "ADDR")]
    pub remove_email: Vec<String>,
    #[arg(long, value_name = "[LABEL:]NUM")]
    pub add_fax: Vec<String>,
    #[arg(long, value_name = "NUM")]
    pub remove_fax: Vec<String>,
}

impl Args {
    fn has_changes(&self) -> bool {
        let scalars = [
            &self.name,
            &self.given,
            &self.family,
            &self.nickname,
            &self.org,
            &self.department,
            &self.title,
            &self.note,
            &self.birthday,
        ];
        let lists = [
            &self.add_phone,
            &self.remove_phone,
            &self.add_email,
            &self.remove_email,
            &self.add_fax,
            &self.remove_fax,
        ];
        scalars.iter().any(|s| s.is_some()) || lists.iter().any(|l| !l.is_empty())
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
    } else {
        edit_in_editor(ctx, &mut c)?;
    }
    if c == before {
        ctx.note("no changes");
        return Ok(());
    }
    c.ensure_display_name();
    ctx.store.write(|s| s.update_contact(&mut c))?;
    ctx.note(&format!("updated {} (id:{})", c.display_name, c.id));
    if ctx.json {
        ctx.out.json(&c)
    } else {
        ctx.out.card(&c, &[])
    }
}

fn apply_flags(ctx: &Ctx, c: &mut Contact, a: &Args) -> Result<()> {
    let set = |field: &mut Option<String>, v: &Option<String>| {
        if v.is_some() {
            *field = opt(v.clone());
        }
    };
    if let Some(n) = &a.name {
        c.display_name = n.trim().to_string();
    }
    set(&mut c.name.given, &a.given);
    set(&mut c.name.family, &a.family);
    set(&mut c.nickname, &a.nickname);
    set(&mut c.organization, &a.org);
    set(&mut c.department, &a.department);
    set(&mut c.title, &a.title);
    set(&mut c.notes, &a.note);
    if let Some(b) = &a.birthday {
        c.birthday = if b.trim().is_empty() {
            None
        } else {
            Some(birthday_arg(b)?)
        };
    }
    remove_numbers(ctx, &mut c.phones, &a.remove_phone, "phone")?;
    remove_numbers(ctx, &mut c.faxes, &a.remove_fax, "fax")?;
    for e in &a.remove_email {
        let before = c.emails.len();
        c.emails
            .retain(|x| !x.address.eq_ignore_ascii_case(e.trim()));
        if c.emails.len() == before {
            return Err(not_found(format!("{} has no email {e:?}", c.display_name)));
        }
    }
    for p in &a.add_phone {
        c.phones.push(phone_arg(p, ctx.region)?);
    }
    for p in &a.add_fax {
        c.faxes.push(phone_arg(p, ctx.region)?);
    }
    for e in &a.add_email {
        c.emails.push(email_arg(e)?);
    }
    Ok(())
}

/// Remove the numbers given (matched on E.164, else on digits) from `list`.
fn remove_numbers(ctx: &Ctx, list: &mut Vec<Phone>, remove: &[String], what: &str) -> Result<()> {
    for r in remove {
        let e164 = phone::e164(r, ctx.region);
        let digits = phone::digits(r);
        let before = list.len();
        list.retain(|p| {
            let same = match (&e164, &p.number) {
                (Some(a), Some(b)) => a == b,
                _ => phone::digits(&p.raw) == digits,
            };
            !same
        });
        if list.len() == before {
            return Err(not_found(format!("no {what} {r:?} on this contact")));
        }
    }
    Ok(())
}

fn edit_in_editor(ctx: &Ctx, c: &mut Contact) -> Result<()> {
    let editor = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let dir = std::env::temp_dir();
    let path = dir.join(format!("kard-edit-{}-{}.txt", c.id, std::process::id()));
    write_private(&path, &form::write(c))
        .with_context(|| format!("cannot write {}", path.display()))?;
    let mut words = editor.split_whitespace();
    let program = words.next().ok_or_else(|| usage("$EDITOR is empty"))?;
    let status = std::process::Command::new(program)
        .args(words)
        .arg(&path)
        .status()
        .with_context(|| format!("cannot run the editor {editor:?} (set $EDITOR)"))?;
    if !status.success() {
        return Err(anyhow::anyhow!(
            "the editor {editor:?} failed ({status}); nothing was changed, your text is in {}",
            path.display()
        ));
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    match form::read(&text, c, ctx.region) {
        Ok(()) => {
            let _ = std::fs::remove_file(&path);
            Ok(())
        }
        Err(e) => Err(e.context(format!(
            "{}: nothing was changed; your text is kept there, fix it and run `kard edit` again",
            path.display()
        ))),
    }
}

/// Write a file only its owner can read: the form holds personal data.
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}
