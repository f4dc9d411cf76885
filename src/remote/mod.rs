//! Remotes: where personal contacts also live (a CardDAV address book, a vdir folder),
//! each behind the one small trait the sync engine talks to. No SQLite here.

pub mod carddav;
pub mod dav;
pub mod vdir;

use crate::formats::vcard::Version;
use crate::store::{RemoteInfo, RemoteKind};
use anyhow::{Context, Result};

/// A card as a listing shows it: where it is and its ETag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    /// The card's path, percent-decoded.
    pub href: String,
    pub etag: Option<String>,
}

/// What changed on a remote since the last sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changes {
    /// Every card there is (a first sync, an expired token, no sync-collection).
    Full {
        cards: Vec<Listed>,
        token: Option<String>,
        ctag: Option<String>,
    },
    /// What changed since the token (RFC 6578).
    Delta {
        changed: Vec<Listed>,
        removed: Vec<String>,
        token: String,
    },
    /// The collection's ctag did not move: nothing changed.
    Unchanged,
}

/// A card's text as fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub href: String,
    pub etag: Option<String>,
    pub text: String,
}

/// How a conditional write ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Written {
    /// Done; the new ETag when the remote said it.
    Done(Option<String>),
    /// 412: the card changed (or appeared) meanwhile.
    Changed,
}

/// A place that holds cards. Every call is one round trip (or a few, for `fetch`).
pub trait Remote {
    /// The changes since `token` (or, without one, every card; `ctag` lets a remote
    /// without sync tokens say nothing changed).
    fn changes(&mut self, token: Option<&str>, ctag: Option<&str>) -> Result<Changes>;
    /// The cards at these hrefs; one missing from the answer is gone.
    fn fetch(&mut self, hrefs: &[String]) -> Result<Vec<Fetched>>;
    /// Write a card: over `etag` (If-Match), or, with None, only if there is none yet
    /// (If-None-Match: *).
    fn put(&mut self, href: &str, text: &str, etag: Option<&str>) -> Result<Written>;
    /// Delete a card if it is still at `etag`; one already gone is done.
    fn delete(&mut self, href: &str, etag: Option<&str>) -> Result<Written>;
    /// Where a new card with this UID goes.
    fn new_href(&self, uid: &str) -> String;
    /// The vCard version the remote takes.
    fn version(&self) -> Version;
    /// How the version is stored ("3.0" / "4.0").
    fn version_name(&self) -> &'static str {
        match self.version() {
            Version::V3 => "3.0",
            Version::V4 => "4.0",
        }
    }
}

/// The file name of a new card: its UID, with anything but letters, digits, `-`, `_`
/// and `.` replaced.
pub fn file_name(uid: &str) -> String {
    let safe: String = uid
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{}.vcf", safe.trim_start_matches('.'))
}

/// The password of a remote: its `--password-command` (run without a shell, the first
/// line of its output), else `KARD_PASSWORD_<NAME>`, else none.
pub fn password(info: &RemoteInfo) -> Result<Option<String>> {
    if let Some(cmd) = info.password_command.as_deref() {
        let words = split_command(cmd);
        let (program, args) = words
            .split_first()
            .with_context(|| format!("remote {}: the password command is empty", info.name))?;
        let out = std::process::Command::new(program)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::inherit())
            .output()
            .with_context(|| {
                format!(
                    "remote {}: cannot run the password command {program:?}",
                    info.name
                )
            })?;
        if !out.status.success() {
            anyhow::bail!(
                "remote {}: the password command {program:?} failed ({})",
                info.name,
                out.status
            );
        }
        let text = String::from_utf8_lossy(&out.stdout);
        return Ok(Some(text.lines().next().unwrap_or("").to_string()));
    }
    Ok(std::env::var(password_variable(&info.name)).ok())
}

/// `KARD_PASSWORD_<NAME>`: the name upper-cased, anything but letters and digits as `_`.
pub fn password_variable(name: &str) -> String {
    let upper: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("KARD_PASSWORD_{upper}")
}

/// Split a command line into words as a shell would for simple quoting ('…', "…",
/// backslash), without running a shell.
pub fn split_command(cmd: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut any = false;
    let mut chars = cmd.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') => word.extend(chars.next()),
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                any = true;
            }
            (None, '\\') => {
                word.extend(chars.next());
                any = true;
            }
            (None, c) if c.is_whitespace() => {
                if any || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
                any = false;
            }
            (None, c) => word.push(c),
        }
    }
    if any || !word.is_empty() {
        words.push(word);
    }
    words
}

/// Open a stored remote for a sync.
pub fn open(info: &RemoteInfo) -> Result<Box<dyn Remote>> {
    Ok(match info.kind {
        RemoteKind::Vdir => Box::new(vdir::Vdir::open(&info.url)?),
        RemoteKind::Carddav => {
            let auth = match (&info.user, password(info)?) {
                (Some(user), Some(pw)) => Some((user.clone(), pw)),
                (Some(user), None) => Some((user.clone(), String::new())),
                (None, _) => None,
            };
            let client = dav::Client::new(auth);
            Box::new(carddav::CardDav::new(
                client,
                &info.url,
                info.vcard_version.as_deref(),
            )?)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_like_a_shell_without_one() {
        for (input, want) in [
            ("pass show kard", vec!["pass", "show", "kard"]),
            ("echo 'a b'  c", vec!["echo", "a b", "c"]),
            (r#"printf "x\"y" ''"#, vec!["printf", "x\"y", ""]),
            (r"a\ b", vec!["a b"]),
            ("", vec![]),
        ] {
            assert_eq!(split_command(input), want, "{input}");
        }
    }

    #[test]
    fn names_of_variables_and_files() {
        assert_eq!(password_variable("my-book"), "KARD_PASSWORD_MY_BOOK");
        assert_eq!(file_name("abc-1"), "abc-1.vcf");
        assert_eq!(file_name("a/b c@d"), "a_b_c_d.vcf");
    }
}
