//! `kard fax`: drafts pre-filled from a contact (or a bare number), and sending them
//! with the configured `fax.command`, run without a shell.

use super::Ctx;
use crate::error::{not_found, refused, usage};
use crate::model::{Action, Attachment, Contact, FaxDraft, FaxFrom, FaxResult, FaxStatus, FaxTo};
use crate::phone;
use crate::reference::{resolve_or_number, Resolved};
use crate::store::now;
use crate::template;
use anyhow::{Context, Result};
use clap::Subcommand;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

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
            let rows = rows(&draft);
            ctx.out.pairs(&format!("fax draft {}", draft.id), &rows)?;
            ctx.out.line("")?;
            ctx.out.line(&cover_page(&draft))
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
        attachments.push(attachment(path)?);
    }
    let to = match resolve_or_number(&ctx.store, ctx.region, &a.contact)? {
        Resolved::Contact(c) => {
            // Named by one of its fax numbers: that one, unless --to says otherwise.
            let named = phone::e164(&a.contact, ctx.region)
                .filter(|n| c.faxes.iter().any(|f| f.number.as_ref() == Some(n)));
            let pick = a.to.clone().or(named);
            (to_contact(ctx, &c, pick.as_deref())?, Some(c.id))
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
        from: sender(ctx)?,
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
        recipient(&draft),
        draft.id
    ));
    if ctx.json {
        ctx.out.json(&draft)
    } else {
        ctx.out
            .pairs(&format!("fax draft {}", draft.id), &rows(&draft))
    }
}

/// The recipient from a contact's fax numbers (`--to` picks one; else the first).
fn to_contact(ctx: &Ctx, c: &Contact, pick: Option<&str>) -> Result<FaxTo> {
    if !c.actions().contains(&Action::Fax) {
        return Err(refused(if c.kind != crate::model::Kind::Person {
            format!(
                "{} is a {}: it cannot receive faxes",
                c.display_name,
                c.kind.as_str().replace('_', " ")
            )
        } else if c.faxes.is_empty() {
            let hint = if c.editable() {
                format!(
                    "; add one with `kard edit id:{} --add-fax NUM`, or give the number itself",
                    c.id
                )
            } else {
                "; give the fax number itself instead".to_string()
            };
            format!("{} has no fax number{hint}", c.display_name)
        } else {
            format!(
                "{}'s fax numbers are not phone numbers kard can read",
                c.display_name
            )
        }));
    }
    let faxes: Vec<&String> = c.faxes.iter().filter_map(|f| f.number.as_ref()).collect();
    let number = match pick {
        Some(text) => {
            let want = phone::parse_arg(text, ctx.region).map_err(|e| usage(e.to_string()))?;
            faxes
                .iter()
                .find(|n| ***n == want)
                .map(|n| n.to_string())
                .ok_or_else(|| {
                    not_found(format!(
                        "{} has no fax number {want}; theirs: {}",
                        c.display_name,
                        faxes
                            .iter()
                            .map(|n| n.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?
        }
        None => {
            if faxes.len() > 1 {
                ctx.note(&format!(
                    "{} has {} fax numbers; using {} (pick another with --to): {}",
                    c.display_name,
                    faxes.len(),
                    faxes[0],
                    faxes[1..]
                        .iter()
                        .map(|n| n.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            faxes[0].clone()
        }
    };
    Ok(FaxTo {
        name: Some(c.display_name.clone()),
        company: c.organization.clone().filter(|o| !o.trim().is_empty()),
        number,
    })
}

/// An attachment: it must be a readable file; its absolute path and size are kept.
fn attachment(path: &std::path::Path) -> Result<Attachment> {
    let abs = std::path::absolute(path)
        .with_context(|| format!("cannot make {} absolute", path.display()))?;
    let file = std::fs::File::open(&abs)
        .map_err(|e| usage(format!("cannot attach {}: {e}", path.display())))?;
    let meta = file
        .metadata()
        .map_err(|e| usage(format!("cannot attach {}: {e}", path.display())))?;
    if !meta.is_file() {
        return Err(usage(format!(
            "cannot attach {}: not a regular file",
            path.display()
        )));
    }
    let path = abs
        .to_str()
        .with_context(|| format!("{} is not a UTF-8 path", abs.display()))?
        .to_string();
    Ok(Attachment {
        path,
        bytes: meta.len(),
    })
}

/// The sender: the profile's name and first phone (else extension), when `me` is set.
fn sender(ctx: &Ctx) -> Result<Option<FaxFrom>> {
    let Some(uid) = ctx.store.setting("me")? else {
        return Ok(None);
    };
    let Some(id) = ctx.store.contact_by_uid(&uid)? else {
        return Ok(None);
    };
    let Some(me) = ctx.store.contact(id)? else {
        return Ok(None);
    };
    let number = me
        .phones
        .iter()
        .find_map(|p| p.number.clone())
        .or_else(|| me.phones.first().map(|p| p.raw.clone()))
        .or_else(|| me.extensions.first().map(|x| x.number.clone()));
    Ok(Some(FaxFrom {
        name: Some(me.display_name.clone()),
        number,
    }))
}

fn recipient(d: &FaxDraft) -> String {
    match &d.to.name {
        Some(name) => format!("{name} ({})", d.to.number),
        None => d.to.number.clone(),
    }
}

fn rows(d: &FaxDraft) -> Vec<(String, String)> {
    let mut rows = vec![("status".to_string(), d.status.as_str().to_string())];
    rows.push(("to".into(), recipient(d)));
    if let Some(c) = &d.to.company {
        rows.push(("company".into(), c.clone()));
    }
    if let Some(f) = &d.from {
        let from = [f.name.clone(), f.number.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        rows.push(("from".into(), from));
    }
    if let Some(s) = &d.subject {
        rows.push(("subject".into(), s.clone()));
    }
    if let Some(n) = &d.note {
        rows.push(("note".into(), n.clone()));
    }
    for a in &d.attachments {
        rows.push((
            "attachment".into(),
            format!("{} ({} bytes)", a.path, a.bytes),
        ));
    }
    rows.push(("created".into(), d.created_at.clone()));
    if let Some(s) = &d.sent_at {
        rows.push(("sent".into(), s.clone()));
    }
    if let Some(r) = &d.result {
        let mut text = format!("exit {}", r.exit);
        if !r.stderr.trim().is_empty() {
            text.push_str(": ");
            text.push_str(r.stderr.trim());
        }
        rows.push(("result".into(), text));
    }
    rows
}

/// The plain-text cover page sent ahead of the attachments.
pub fn cover_page(d: &FaxDraft) -> String {
    let mut out = String::from("FAX\n\n");
    let mut line = |k: &str, v: &str| out.push_str(&format!("{k:<10}{v}\n"));
    line("To:", d.to.name.as_deref().unwrap_or(""));
    if let Some(c) = &d.to.company {
        line("Company:", c);
    }
    line("Fax:", &d.to.number);
    if let Some(f) = &d.from {
        line("From:", f.name.as_deref().unwrap_or(""));
        if let Some(n) = &f.number {
            line("Phone:", n);
        }
    }
    line("Date:", d.created_at.get(..10).unwrap_or(&d.created_at));
    if let Some(s) = &d.subject {
        line("Subject:", s);
    }
    let pages = d.attachments.len();
    line(
        "Pages:",
        &format!(
            "cover page + {pages} attachment{}",
            if pages == 1 { "" } else { "s" }
        ),
    );
    if let Some(n) = &d.note {
        out.push('\n');
        out.push_str(n.trim_end());
        out.push('\n');
    }
    out
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
                recipient(d),
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
    let template = ctx.store.setting("fax.command")?.ok_or_else(|| {
        refused(
            "no fax command is set: kard config set fax.command 'sendfax -n -d {number} {cover} {files}'",
        )
    })?;
    let words =
        template::split(&template).map_err(|e| refused(format!("config fax.command: {e}")))?;
    if words.is_empty() {
        return Err(refused("config fax.command is empty"));
    }
    // Checked and claimed in one write, so two `fax send` at once cannot both send.
    let d = ctx.store.write(|s| {
        let d = s
            .fax(id)?
            .ok_or_else(|| not_found(format!("no fax draft {id}")))?;
        if d.status == FaxStatus::Sent {
            return Err(refused(format!(
                "fax draft {id} was already sent ({}); it is never sent twice",
                d.sent_at.as_deref().unwrap_or("earlier")
            )));
        }
        if let Some((pid, since)) = s.claim_fax(id)? {
            return Err(refused(format!(
                "fax draft {id} is being sent by another kard (process {pid}, since {})",
                crate::store::format_timestamp(since)
            )));
        }
        Ok(d)
    })?;
    let cover = CoverFile::write(&d)?;
    let argv = fax_argv(&words, &d, &cover.path)?;
    let (program, rest) = argv.split_first().context("config fax.command is empty")?;
    let output = Command::new(program)
        .args(rest)
        .stdin(Stdio::null())
        .output();
    drop(cover);
    let result = match output {
        Ok(out) => {
            if !out.stdout.is_empty() && !ctx.out.quiet {
                std::io::stderr().write_all(&out.stdout)?;
            }
            FaxResult {
                exit: exit_of(&out.status),
                stderr: String::from_utf8_lossy(&out.stderr).trim_end().to_string(),
            }
        }
        Err(e) => FaxResult {
            exit: if e.kind() == std::io::ErrorKind::NotFound {
                127
            } else {
                126
            },
            stderr: format!("cannot run {program:?}: {e}"),
        },
    };
    let sent = result.exit == 0;
    let (status, sent_at) = if sent {
        (FaxStatus::Sent, Some(now()))
    } else {
        (FaxStatus::Failed, None)
    };
    ctx.store
        .write(|s| s.set_fax_result(d.id, status, sent_at.as_deref(), &result))?;
    let d = draft(ctx, &d.id.to_string())?;
    if ctx.json {
        ctx.out.json(&d)?;
    }
    if sent {
        ctx.note(&format!("sent fax {} to {}", d.id, recipient(&d)));
        Ok(())
    } else {
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
}

/// The exit status as a number; killed by a signal: 128 + the signal, as shells say.
fn exit_of(status: &std::process::ExitStatus) -> i64 {
    if let Some(code) = status.code() {
        return i64::from(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return 128 + i64::from(sig);
        }
    }
    -1
}

/// The argument list: each template word with its placeholders filled in; a word with
/// `{files}` is repeated once per attachment (and dropped when there are none).
pub fn fax_argv(words: &[String], d: &FaxDraft, cover: &std::path::Path) -> Result<Vec<String>> {
    let cover = cover.to_string_lossy().into_owned();
    let value = |key: &str, file: Option<&str>| -> Result<Option<String>> {
        Ok(match key {
            "number" => Some(d.to.number.clone()),
            "name" => Some(d.to.name.clone().unwrap_or_default()),
            "company" => Some(d.to.company.clone().unwrap_or_default()),
            "cover" => Some(cover.clone()),
            "subject" => Some(d.subject.clone().unwrap_or_default()),
            "files" => file.map(str::to_string),
            _ => None,
        })
    };
    let mut argv = Vec::new();
    for word in words {
        if word.contains("{files}") {
            for a in &d.attachments {
                argv.push(template::fill(word, |k| value(k, Some(&a.path)))?);
            }
        } else {
            argv.push(template::fill(word, |k| value(k, None))?);
        }
    }
    Ok(argv)
}

/// The cover page in a private temporary file, removed when dropped.
struct CoverFile {
    path: PathBuf,
}

impl CoverFile {
    fn write(d: &FaxDraft) -> Result<CoverFile> {
        let dir = std::env::temp_dir();
        for attempt in 0..100u32 {
            let path = dir.join(format!(
                "kard-fax-{}-cover-{}-{attempt}.txt",
                d.id,
                std::process::id()
            ));
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            match options.open(&path) {
                Ok(mut f) => {
                    let file = CoverFile { path };
                    f.write_all(cover_page(d).as_bytes())
                        .with_context(|| format!("writing {}", file.path.display()))?;
                    return Ok(file);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    return Err(e).with_context(|| format!("cannot create {}", path.display()))
                }
            }
        }
        anyhow::bail!("cannot create a cover-page file in {}", dir.display())
    }
}

impl Drop for CoverFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_expand_to_one_argument_each() {
        let d = FaxDraft {
            to: FaxTo {
                name: Some("O'Brien; rm -rf \"x\"".into()),
                company: None,
                number: "+15550109999".into(),
            },
            attachments: vec![
                Attachment {
                    path: "/a b.pdf".into(),
                    bytes: 1,
                },
                Attachment {
                    path: "/c.pdf".into(),
                    bytes: 2,
                },
            ],
            ..FaxDraft::default()
        };
        let words =
            template::split("fax -n '{name}' --to={number} -a{files} {cover} {company}").unwrap();
        let argv = fax_argv(&words, &d, std::path::Path::new("/tmp/c.txt")).unwrap();
        assert_eq!(
            argv,
            [
                "fax",
                "-n",
                "O'Brien; rm -rf \"x\"",
                "--to=+15550109999",
                "-a/a b.pdf",
                "-a/c.pdf",
                "/tmp/c.txt",
                ""
            ]
        );
    }
}
