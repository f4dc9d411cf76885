//! Fax drafts: who a draft goes to (a contact's fax number, picked), who sends it, its
//! cover page, and sending it with the configured command: claimed in the store first
//! (never sent twice), run without a shell, the outcome recorded.

use crate::error::{not_found, refused, usage};
use crate::model::{
    Action, Attachment, Contact, FaxDraft, FaxFrom, FaxResult, FaxStatus, FaxTo, Kind,
};
use crate::phone::{self, Region};
use crate::store::{now, Store};
use crate::template;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The recipient from a contact's fax numbers: `pick` names one, else the first. With
/// several and no pick, also a note naming the others.
pub fn recipient(
    c: &Contact,
    pick: Option<&str>,
    region: Region,
) -> Result<(FaxTo, Option<String>)> {
    if !c.actions().contains(&Action::Fax) {
        return Err(refused(cannot_fax(c)));
    }
    let faxes: Vec<&str> = c.faxes.iter().filter_map(|f| f.number.as_deref()).collect();
    let (number, note) = match pick {
        Some(text) => {
            let want = phone::parse_arg(text, region).map_err(|e| usage(e.to_string()))?;
            let found = faxes.iter().find(|n| **n == want).ok_or_else(|| {
                not_found(format!(
                    "{} has no fax number {want}; theirs: {}",
                    c.display_name,
                    faxes.join(", ")
                ))
            })?;
            (found.to_string(), None)
        }
        None => {
            let note = (faxes.len() > 1).then(|| {
                format!(
                    "{} has {} fax numbers; using {} (pick another with --to): {}",
                    c.display_name,
                    faxes.len(),
                    faxes[0],
                    faxes[1..].join(", ")
                )
            });
            (faxes[0].to_string(), note)
        }
    };
    let to = FaxTo {
        name: Some(c.display_name.clone()),
        company: c.organization.clone().filter(|o| !o.trim().is_empty()),
        number,
    };
    Ok((to, note))
}

/// Why a contact cannot receive this fax, with what to do instead.
fn cannot_fax(c: &Contact) -> String {
    if c.kind != Kind::Person {
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
    }
}

/// An attachment: it must be a readable file; its absolute path and size are kept.
pub fn attachment(path: &Path) -> Result<Attachment> {
    let abs = std::path::absolute(path)
        .with_context(|| format!("cannot make {} absolute", path.display()))?;
    let cannot =
        |why: &dyn std::fmt::Display| usage(format!("cannot attach {}: {why}", path.display()));
    let file = std::fs::File::open(&abs).map_err(|e| cannot(&e))?;
    let meta = file.metadata().map_err(|e| cannot(&e))?;
    if !meta.is_file() {
        return Err(cannot(&"not a regular file"));
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
pub fn sender(store: &Store) -> Result<Option<FaxFrom>> {
    let Some(me) = crate::settings::me(store)? else {
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

/// What sending a draft came to: the draft as now stored (sent or failed), and what
/// the fax command wrote on its standard output.
pub struct Sent {
    pub draft: FaxDraft,
    pub stdout: Vec<u8>,
}

/// Send draft `id` with the `fax.command` template `command`: checked and claimed in one
/// write (two `fax send` at once cannot both send; a sent draft is never sent again),
/// run with the cover page in a private temporary file, the outcome stored.
pub fn send(store: &Store, id: i64, command: &str) -> Result<Sent> {
    let words =
        template::split(command).map_err(|e| refused(format!("config fax.command: {e}")))?;
    if words.is_empty() {
        return Err(refused("config fax.command is empty"));
    }
    let d = store.write(|s| {
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
    // 0600 in the temporary folder, removed when dropped.
    let mut cover = tempfile::Builder::new()
        .prefix(&format!("kard-fax-{id}-cover-"))
        .suffix(".txt")
        .tempfile()
        .context("cannot create the cover-page file")?;
    cover
        .write_all(cover_page(&d).as_bytes())
        .and_then(|()| cover.flush())
        .with_context(|| format!("writing {}", cover.path().display()))?;
    let argv = argv(&words, &d, cover.path())?;
    let (program, rest) = argv.split_first().context("config fax.command is empty")?;
    let output = Command::new(program)
        .args(rest)
        .stdin(Stdio::null())
        .output();
    drop(cover);
    let (result, stdout) = match output {
        Ok(out) => (
            FaxResult {
                exit: exit_of(&out.status),
                stderr: String::from_utf8_lossy(&out.stderr).trim_end().to_string(),
            },
            out.stdout,
        ),
        Err(e) => (
            FaxResult {
                exit: if e.kind() == std::io::ErrorKind::NotFound {
                    127
                } else {
                    126
                },
                stderr: format!("cannot run {program:?}: {e}"),
            },
            Vec::new(),
        ),
    };
    let (status, sent_at) = if result.exit == 0 {
        (FaxStatus::Sent, Some(now()))
    } else {
        (FaxStatus::Failed, None)
    };
    store.write(|s| s.set_fax_result(id, status, sent_at.as_deref(), &result))?;
    let draft = store
        .fax(id)?
        .ok_or_else(|| not_found(format!("no fax draft {id}")))?;
    Ok(Sent { draft, stdout })
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
pub fn argv(words: &[String], d: &FaxDraft, cover: &Path) -> Result<Vec<String>> {
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
        let argv = argv(&words, &d, Path::new("/tmp/c.txt")).unwrap();
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
