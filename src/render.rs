//! Everything a person sees: tables, cards, colours, and the stdout/stderr split. The
//! only module that draws tables or asks the terminal.

use crate::model::{Contact, Kind, Presence, PresenceState, Source};
use anyhow::Result;
use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use serde::Serialize;
use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};

/// The pipe buffer asked for when stdout is a pipe.
#[cfg(target_os = "linux")]
const PIPE_BYTES: usize = 1 << 20;

/// Where output goes: data to a buffered stdout, talk to stderr.
pub struct Out {
    w: BufWriter<Stdout>,
    pub color: bool,
    pub quiet: bool,
    pub tty: bool,
}

/// Standard output, where a closed one (`kard list >&-`) fails every write instead of
/// swallowing it as Rust's own does.
struct Stdout {
    lock: StdoutLock<'static>,
    closed: bool,
}

impl Stdout {
    fn new(lock: StdoutLock<'static>) -> Stdout {
        #[cfg(unix)]
        let closed = {
            use std::os::fd::AsFd;
            // EBADF, 9 on every Unix.
            lock.as_fd()
                .try_clone_to_owned()
                .is_err_and(|e| e.raw_os_error() == Some(9))
                || reopened_on_dev_null()
        };
        #[cfg(not(unix))]
        let closed = false;
        Stdout { lock, closed }
    }

    fn check(&self) -> io::Result<()> {
        if self.closed {
            return Err(io::Error::other(
                "cannot write to standard output: it is closed",
            ));
        }
        Ok(())
    }
}

/// Rust's runtime opens /dev/null read-write in place of a closed standard output, where
/// a shell's `>/dev/null` opens it write-only: that one is told apart on Linux.
fn reopened_on_dev_null() -> bool {
    #[cfg(target_os = "linux")]
    {
        let on_null = std::fs::read_link("/proc/self/fd/1")
            .is_ok_and(|p| p == std::path::Path::new("/dev/null"));
        on_null
            && std::fs::read_to_string("/proc/self/fdinfo/1").is_ok_and(|t| {
                t.lines()
                    .filter_map(|l| l.strip_prefix("flags:"))
                    .filter_map(|v| u32::from_str_radix(v.trim(), 8).ok())
                    .any(|flags| flags & 0o3 == 0o2)
            })
    }
    #[cfg(not(target_os = "linux"))]
    false
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.check()?;
        self.lock.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.check()?;
        self.lock.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.lock.flush()
    }
}

impl Out {
    pub fn new(no_color_flag: bool, quiet: bool) -> Out {
        let stdout = io::stdout();
        let tty = stdout.is_terminal();
        // A million-contact listing to a pipe spent a third of its time switching to the
        // reader and back with the default 64 KiB buffer; 1 MiB is the most an
        // unprivileged process may ask for. Not a pipe, or refused: left as it is.
        #[cfg(target_os = "linux")]
        if !tty {
            let _ = rustix::pipe::fcntl_setpipe_size(&stdout, PIPE_BYTES);
        }
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Out {
            w: BufWriter::with_capacity(64 * 1024, Stdout::new(stdout.lock())),
            color: tty && !no_color_flag && !no_color_env,
            quiet,
            tty,
        }
    }

    pub fn writer(&mut self) -> &mut impl Write {
        &mut self.w
    }

    /// A line of data.
    pub fn line(&mut self, s: &str) -> Result<()> {
        self.w.write_all(s.as_bytes())?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    /// One pretty JSON document.
    pub fn json<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.w, v)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    /// A message for the person at the terminal (stderr), unless --quiet.
    pub fn note(&self, s: &str) {
        if !self.quiet {
            eprintln!("{s}");
        }
    }

    pub fn flush(&mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }

    fn table(&self) -> Table {
        let mut t = Table::new();
        t.load_preset(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !self.color {
            t.force_no_tty();
        }
        t
    }

    fn cell(&self, text: impl AsRef<str>, color: Option<Color>) -> Cell {
        let cell = Cell::new(sanitize(text.as_ref()));
        match color {
            Some(c) if self.color => cell.fg(c),
            _ => cell,
        }
    }

    /// Contacts as a table that fits the terminal.
    pub fn contacts_table(&mut self, contacts: &[Contact]) -> Result<()> {
        let with_presence = contacts.iter().any(|c| c.presence.is_some());
        let mut t = self.table();
        let mut header = vec!["", "Name", "Type", "Organization", "Phone", "Email"];
        if with_presence {
            header.push("Presence");
        }
        t.set_header(
            header
                .into_iter()
                .map(|h| self.cell(h, None).add_attribute(Attribute::Bold)),
        );
        for c in contacts {
            let phone = c
                .extensions
                .first()
                .map(|x| format!("x{}", x.number))
                .or_else(|| c.phones.first().map(|p| p.raw.clone()))
                .unwrap_or_default();
            let org = [
                c.organization.as_deref(),
                c.department.as_deref(),
                c.location.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let mut row = vec![
                self.cell(if c.favorite { "★" } else { "" }, Some(Color::Yellow)),
                self.cell(&c.display_name, None),
                self.cell(type_label(c), type_color(c)),
                self.cell(org, None),
                self.cell(phone, None),
                self.cell(
                    c.emails.first().map(|e| e.address.as_str()).unwrap_or(""),
                    None,
                ),
            ];
            if with_presence {
                let p = c.visible_presence();
                let text = p.as_ref().map_or(String::new(), |p| {
                    format!(
                        "{} {}",
                        presence_dot(p.state),
                        p.state.as_str().replace('_', " ")
                    )
                });
                row.push(self.cell(text, p.map(|p| presence_color(p.state))));
            }
            t.add_row(row);
        }
        self.line(&t.to_string())
    }

    /// A contact card: heading lines, then a field/value table, then the actions.
    pub fn card(&mut self, c: &Contact, extra: &[(String, String)]) -> Result<()> {
        self.card_with_presence(c, extra, c.visible_presence())
    }

    /// The user's own card (`kard profile`): their presence as they set it, invisible
    /// included.
    pub fn profile_card(&mut self, c: &Contact) -> Result<()> {
        self.card_with_presence(c, &[], c.presence.clone())
    }

    fn card_with_presence(
        &mut self,
        c: &Contact,
        extra: &[(String, String)],
        presence: Option<Presence>,
    ) -> Result<()> {
        let star = if c.favorite { "★ " } else { "" };
        let avatar = match c.avatar_kind() {
            "initials" => format!("({})", c.initials()),
            "photo" => "(photo)".to_string(),
            k => format!("[{}]", k.replace('_', " ")),
        };
        let title = format!("{star}{}  {avatar}", sanitize(&c.display_name));
        let title = if self.color {
            format!("\x1b[1m{title}\x1b[0m")
        } else {
            title
        };
        self.line(&title)?;
        let about = [
            c.title.as_deref(),
            c.organization.as_deref(),
            c.department.as_deref(),
            c.location.as_deref(),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
        if !about.is_empty() {
            self.line(&sanitize(&about))?;
        }
        self.line(&type_label(c))?;
        if let Some(p) = presence {
            let msg = p
                .message
                .map(|m| format!(" — {}", sanitize(&m)))
                .unwrap_or_default();
            let others = if p.state == PresenceState::Invisible {
                " (others see you as offline)"
            } else {
                ""
            };
            self.line(&format!(
                "{} {}{others}{msg}",
                presence_dot(p.state),
                p.state.as_str().replace('_', " ")
            ))?;
        }
        let mut rows: Vec<(String, String)> = Vec::new();
        for x in &c.extensions {
            rows.push((
                format!("{} ext", x.account.as_str().replace('_', " ")),
                x.number.clone(),
            ));
        }
        for p in &c.phones {
            rows.push((label_or(&p.label, "phone"), p.raw.clone()));
        }
        for p in &c.faxes {
            rows.push((
                format!("{} fax", label_or(&p.label, "")).trim().to_string(),
                p.raw.clone(),
            ));
        }
        for e in &c.emails {
            rows.push((
                format!("{} email", label_or(&e.label, ""))
                    .trim()
                    .to_string(),
                e.address.clone(),
            ));
        }
        for a in &c.addresses {
            rows.push((
                format!("{} address", label_or(&a.label, ""))
                    .trim()
                    .to_string(),
                a.one_line(),
            ));
        }
        for u in &c.urls {
            rows.push((label_or(&u.label, "url"), u.url.clone()));
        }
        if let Some(n) = &c.nickname {
            rows.push(("nickname".into(), n.clone()));
        }
        if let Some(b) = &c.birthday {
            rows.push(("birthday".into(), b.clone()));
        }
        if !c.categories.is_empty() {
            rows.push(("categories".into(), c.categories.join(", ")));
        }
        if let Some(n) = &c.notes {
            rows.push(("notes".into(), n.clone()));
        }
        rows.extend(extra.iter().cloned());
        if !rows.is_empty() {
            let mut t = self.table();
            t.load_preset(presets::NOTHING);
            for (k, v) in rows {
                t.add_row(vec![
                    self.cell(k, Some(Color::DarkGrey)),
                    self.cell(v, None),
                ]);
            }
            self.line(&t.to_string())?;
        }
        let actions: Vec<&str> = c.actions().into_iter().map(|a| a.as_str()).collect();
        if !actions.is_empty() {
            self.line(&format!("actions: {}", actions.join(" · ")))?;
        }
        Ok(())
    }

    /// Rows of label/value pairs under a heading (number cards, drafts, settings).
    pub fn pairs(&mut self, heading: &str, rows: &[(String, String)]) -> Result<()> {
        if !heading.is_empty() {
            let h = sanitize(heading);
            let h = if self.color {
                format!("\x1b[1m{h}\x1b[0m")
            } else {
                h
            };
            self.line(&h)?;
        }
        let mut t = self.table();
        t.load_preset(presets::NOTHING);
        for (k, v) in rows {
            t.add_row(vec![
                self.cell(k, Some(Color::DarkGrey)),
                self.cell(v, None),
            ]);
        }
        self.line(&t.to_string())
    }

    /// A plain table with a header.
    pub fn grid(&mut self, header: &[&str], rows: Vec<Vec<String>>) -> Result<()> {
        let mut t = self.table();
        t.set_header(
            header
                .iter()
                .map(|h| self.cell(h, None).add_attribute(Attribute::Bold)),
        );
        for r in rows {
            t.add_row(r.into_iter().map(|v| self.cell(v, None)));
        }
        self.line(&t.to_string())
    }
}

fn label_or(label: &Option<String>, default: &str) -> String {
    label
        .clone()
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| default.to_string())
}

/// What a contact is, in words: its source (with the external company) or service kind.
pub fn type_label(c: &Contact) -> String {
    match (c.kind, c.source) {
        (Kind::AutoAttendant | Kind::CallGroup | Kind::CallQueue, _) => {
            let kind = c.kind.as_str().replace('_', " ");
            match (c.source, c.external_company.as_deref()) {
                (Source::External, Some(company)) => format!("☎ {kind} ⇄ {company}"),
                _ => format!("☎ {kind}"),
            }
        }
        (Kind::Person, Source::Personal) => "personal".into(),
        (Kind::Person, Source::Company) => "company".into(),
        (Kind::Person, Source::External) => {
            format!(
                "⇄ external: {}",
                c.external_company.as_deref().unwrap_or("?")
            )
        }
    }
}

fn type_color(c: &Contact) -> Option<Color> {
    match (c.kind, c.source) {
        (Kind::Person, Source::External) => Some(Color::Magenta),
        (Kind::Person, Source::Company) => Some(Color::Blue),
        (Kind::Person, Source::Personal) => None,
        _ => Some(Color::Cyan),
    }
}

fn presence_dot(s: PresenceState) -> &'static str {
    match s {
        PresenceState::Available => "●",
        PresenceState::Busy | PresenceState::DoNotDisturb | PresenceState::OnACall => "◉",
        PresenceState::Away => "◐",
        PresenceState::Offline | PresenceState::Invisible => "○",
    }
}

fn presence_color(s: PresenceState) -> Color {
    match s {
        PresenceState::Available => Color::Green,
        PresenceState::Busy | PresenceState::DoNotDisturb | PresenceState::OnACall => Color::Red,
        PresenceState::Away => Color::Yellow,
        PresenceState::Offline | PresenceState::Invisible => Color::DarkGrey,
    }
}

/// Escape control and bidi-override characters so stored text cannot drive the terminal.
pub fn sanitize(s: &str) -> String {
    let bad = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    };
    if !s.chars().any(bad) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if bad(c) {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn sanitize_escapes_terminal_controls() {
        assert_eq!(sanitize("plain"), "plain");
        assert_eq!(sanitize("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
    }
}
