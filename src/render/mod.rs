//! Everything a person sees: tables, cards, colours, and the stdout/stderr split. The
//! only module that draws tables or asks the terminal.

pub mod flat;

use crate::model::{Contact, FaxDraft, Kind, Presence, PresenceState, Source};
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

    /// Text for a person to read on stdout (a cover page, a notice): control characters
    /// escaped, as in every table cell.
    pub fn text(&mut self, s: &str) -> Result<()> {
        self.line(&sanitize(s))
    }

    /// One pretty JSON document.
    pub fn json<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.w, v)?;
        self.w.write_all(b"\n")?;
        Ok(())
    }

    /// A message for the person at the terminal (stderr), unless --quiet. Control
    /// characters in it are escaped: it may quote stored or typed text.
    pub fn note(&self, s: &str) {
        if !self.quiet {
            eprintln!("{}", sanitize(s));
        }
    }

    /// Ask a yes/no question at the terminal (stderr, answer on stdin); default no.
    /// Not at a terminal, the answer cannot be given: a usage error naming `--yes`.
    pub fn confirm(&self, question: &str, command: &str) -> Result<bool> {
        use std::io::BufRead;
        if !io::stdin().is_terminal() {
            return Err(crate::error::usage(format!(
                "{} Not at a terminal: confirm with `kard {command} --yes`",
                sanitize(question)
            )));
        }
        eprint!("{} [y/N] ", sanitize(question));
        io::stderr().flush()?;
        let mut answer = String::new();
        io::stdin().lock().read_line(&mut answer)?;
        Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
    }

    /// A warning on stderr (`kard: warning: …`), unless --quiet.
    pub fn warn(&self, s: &str) {
        if !self.quiet {
            eprintln!("kard: warning: {}", sanitize(s));
        }
    }

    /// An error that does not end the command (`kard: error: …`), even with --quiet.
    pub fn error(&self, s: &str) {
        eprintln!("kard: error: {}", sanitize(s));
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
        if let Some(w) = self.width() {
            t.set_width(w.min(u16::MAX as usize) as u16);
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

    /// A contacts table, written as the contacts come (`ContactsTable::push`): memory
    /// stays flat however long the list. A list that ends within the first rows shows the
    /// Presence column only when one of them has one; a longer list, when `presence`
    /// (asked only then: it may have to read the whole store) says any contact may.
    pub fn contacts_table<'t>(
        &'t mut self,
        presence: impl FnOnce() -> Result<bool> + 't,
    ) -> ContactsTable<'t> {
        let width = self.width();
        ContactsTable {
            out: self,
            width,
            presence: Some(Box::new(presence)),
            pending: Vec::new(),
            layout: None,
            rows: 0,
        }
    }

    /// The width tables must fit: `COLUMNS` when set (to a terminal or not), else the
    /// terminal's; None for a pipe or file without `COLUMNS` (no limit).
    pub fn width(&self) -> Option<usize> {
        if let Some(n) = std::env::var("COLUMNS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|n| *n > 0)
        {
            return Some(n);
        }
        if self.tty {
            terminal_size::terminal_size_of(io::stdout()).map(|(w, _)| w.0 as usize)
        } else {
            None
        }
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
        self.text(&type_label(c))?;
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
            rows.push((kind_label(&p.label, "fax"), p.raw.clone()));
        }
        for e in &c.emails {
            rows.push((kind_label(&e.label, "email"), e.address.clone()));
        }
        for a in &c.addresses {
            rows.push((kind_label(&a.label, "address"), a.one_line()));
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
            rows.push(("labels".into(), c.categories.join(", ")));
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
        // Notes below the fields, as they were written: a table would lay out (and wrap)
        // a note of a megabyte cell by cell.
        if let Some(n) = c.notes.as_deref().filter(|n| !n.trim().is_empty()) {
            self.line("notes:")?;
            for l in n.lines() {
                self.w.write_all(b"  ")?;
                self.line(&sanitize(l))?;
            }
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

/// The columns of the contacts table, most useful first where they must give way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Favorite,
    Name,
    Type,
    Organization,
    Phone,
    Email,
    Presence,
}

impl Col {
    const ALL: [Col; 7] = [
        Col::Favorite,
        Col::Name,
        Col::Type,
        Col::Organization,
        Col::Phone,
        Col::Email,
        Col::Presence,
    ];
    /// Dropped in this order when the table cannot fit even with cells shortened.
    const DROP: [Col; 4] = [Col::Type, Col::Organization, Col::Presence, Col::Email];

    fn header(self) -> &'static str {
        match self {
            Col::Favorite => "",
            Col::Name => "Name",
            Col::Type => "Type",
            Col::Organization => "Organization",
            Col::Phone => "Phone",
            Col::Email => "Email",
            Col::Presence => "Presence",
        }
    }

    /// Shortened to no less than this (with "…") before a column is dropped.
    fn min(self) -> usize {
        match self {
            Col::Favorite => 1,
            Col::Name => 16,
            Col::Type => 8,
            Col::Organization => 14,
            Col::Phone => 14,
            Col::Email => 18,
            Col::Presence => 11,
        }
    }
}

/// One row of the contacts table: a cell (text, already sanitized, and colour) per
/// `Col::ALL`.
type TableRow = [(String, Option<Color>); 7];

/// The settled shape of a contacts table: the columns shown and their widths.
struct Layout {
    cols: Vec<(Col, usize)>,
}

/// How many rows settle the column widths before the first line is written.
const LAYOUT_ROWS: usize = 500;

/// A contacts table being written: see `Out::contacts_table`.
pub struct ContactsTable<'a> {
    out: &'a mut Out,
    width: Option<usize>,
    presence: Option<Box<dyn FnOnce() -> Result<bool> + 'a>>,
    pending: Vec<TableRow>,
    layout: Option<Layout>,
    rows: usize,
}

impl ContactsTable<'_> {
    pub fn push(&mut self, c: &Contact) -> Result<()> {
        let row = table_row(c);
        self.rows += 1;
        if self.layout.is_none() {
            self.pending.push(row);
            if self.pending.len() >= LAYOUT_ROWS {
                self.settle(true)?;
            }
            return Ok(());
        }
        self.write_row(&row)
    }

    /// Write what is left and the bottom border; how many contacts were listed.
    pub fn finish(mut self) -> Result<usize> {
        if self.rows == 0 {
            return Ok(0);
        }
        if self.layout.is_none() {
            self.settle(false)?;
        }
        let layout = self.layout.as_ref().expect("settled");
        let line = border(layout, '└', '┴', '┘', '─');
        self.out.line(&line)?;
        Ok(self.rows)
    }

    /// Settle the layout from the rows so far (`more`: others follow), then write the
    /// header and them.
    fn settle(&mut self, more: bool) -> Result<()> {
        let seen = self.pending.iter().any(|r| !r[6].0.is_empty());
        let presence = seen
            || match (more, self.presence.take()) {
                (true, Some(ask)) => ask()?,
                _ => false,
            };
        let natural: Vec<(Col, usize)> = Col::ALL
            .iter()
            .enumerate()
            .filter(|(_, c)| presence || **c != Col::Presence)
            .map(|(i, c)| {
                let cells = self.pending.iter().map(|r| display_width(&r[i].0));
                let widest = cells.chain([display_width(c.header()), 1]).max();
                (*c, widest.unwrap_or(1))
            })
            .collect();
        let layout = fit(natural, self.width);
        let header: TableRow = Col::ALL.map(|c| (c.header().to_string(), None));
        let top = border(&layout, '┌', '┬', '┐', '─');
        let sep = border(&layout, '╞', '╪', '╡', '═');
        self.layout = Some(layout);
        self.out.line(&top)?;
        self.write_cells(&header, true)?;
        self.out.line(&sep)?;
        for row in std::mem::take(&mut self.pending) {
            self.write_row(&row)?;
        }
        Ok(())
    }

    fn write_row(&mut self, row: &TableRow) -> Result<()> {
        self.write_cells(row, false)
    }

    fn write_cells(&mut self, row: &TableRow, bold: bool) -> Result<()> {
        let layout = self.layout.as_ref().expect("settled");
        let mut line = String::from("│");
        for (n, (col, width)) in layout.cols.iter().enumerate() {
            let i = Col::ALL.iter().position(|c| c == col).expect("a column");
            let (text, color) = &row[i];
            let text = fit_cell(text, *width);
            let pad = width.saturating_sub(display_width(&text));
            line.push(' ');
            match (self.out.color, bold, color) {
                (true, true, _) => line.push_str(&format!("\x1b[1m{text}\x1b[0m")),
                (true, false, Some(c)) => line.push_str(&paint(&text, *c)),
                _ => line.push_str(&text),
            }
            line.push_str(&" ".repeat(pad));
            line.push(' ');
            line.push(if n + 1 == layout.cols.len() {
                '│'
            } else {
                '┆'
            });
        }
        self.out.line(&line)
    }
}

fn table_row(c: &Contact) -> TableRow {
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
    let presence = c.visible_presence();
    let presence_text = presence.as_ref().map_or(String::new(), |p| {
        format!(
            "{} {}",
            presence_dot(p.state),
            p.state.as_str().replace('_', " ")
        )
    });
    [
        (
            if c.favorite { "★" } else { "" }.to_string(),
            Some(Color::Yellow),
        ),
        (sanitize(&c.display_name), None),
        (sanitize(&type_label(c)), type_color(c)),
        (sanitize(&org), None),
        (sanitize(&phone), None),
        (
            sanitize(c.emails.first().map_or("", |e| e.address.as_str())),
            None,
        ),
        (presence_text, presence.map(|p| presence_color(p.state))),
    ]
}

/// The columns and widths that fit `width`: cells shortened (widest first, down to
/// each column's minimum), then the least useful columns dropped, never words wrapped.
fn fit(natural: Vec<(Col, usize)>, width: Option<usize>) -> Layout {
    let Some(width) = width else {
        return Layout { cols: natural };
    };
    let total = |cols: &[(Col, usize)]| cols.iter().map(|(_, w)| w + 3).sum::<usize>() + 1;
    let mut dropped = 0;
    loop {
        let mut cols: Vec<(Col, usize)> = natural
            .iter()
            .filter(|(c, _)| !Col::DROP[..dropped].contains(c))
            .copied()
            .collect();
        while total(&cols) > width {
            let widest = cols
                .iter_mut()
                .filter(|(c, w)| *w > c.min())
                .max_by_key(|(c, w)| *w - c.min());
            match widest {
                Some((_, w)) => *w -= 1,
                None => break,
            }
        }
        if total(&cols) <= width || dropped == Col::DROP.len() {
            // Past every drop: the name gives way too, down to a few characters.
            while total(&cols) > width {
                match cols.iter_mut().find(|(c, w)| *c == Col::Name && *w > 4) {
                    Some((_, w)) => *w -= 1,
                    None => break,
                }
            }
            return Layout { cols };
        }
        dropped += 1;
    }
}

fn border(layout: &Layout, left: char, mid: char, right: char, fill: char) -> String {
    let mut s = String::new();
    s.push(left);
    for (n, (_, w)) in layout.cols.iter().enumerate() {
        s.extend(std::iter::repeat_n(fill, w + 2));
        s.push(if n + 1 == layout.cols.len() {
            right
        } else {
            mid
        });
    }
    s
}

fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `s` cut to `width` display columns, ending in "…" when cut.
fn fit_cell(s: &str, width: usize) -> String {
    if display_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    out
}

/// `text` in colour `c` (ANSI), for the few colours tables use.
fn paint(text: &str, c: Color) -> String {
    let code = match c {
        Color::Red => "31",
        Color::Green => "32",
        Color::Yellow => "33",
        Color::Blue => "34",
        Color::Magenta => "35",
        Color::Cyan => "36",
        Color::DarkGrey => "90",
        _ => return text.to_string(),
    };
    if text.is_empty() {
        return String::new();
    }
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// `LABEL KIND` (`work fax`), or `KIND` alone for an unlabelled value.
fn kind_label(label: &Option<String>, kind: &str) -> String {
    format!("{} {kind}", label_or(label, "")).trim().to_string()
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

/// A line about bad input on stderr, `FILE:LINE: reason`, even with --quiet (it is
/// what an exit 6 is about), escaped like every line of talk.
pub fn problem(file: &str, line: usize, reason: &str) {
    eprintln!("{}:{line}: {}", sanitize(file), sanitize(reason));
}

/// A progress bar on stderr over `total` bytes (0: unknown), shown only on a terminal,
/// not with --quiet, and only once the job has taken a moment.
pub struct ProgressBar {
    verb: &'static str,
    total: u64,
    start: std::time::Instant,
    enabled: bool,
    bar: std::sync::OnceLock<indicatif::ProgressBar>,
}

impl ProgressBar {
    /// Shown after this long.
    const AFTER: std::time::Duration = std::time::Duration::from_millis(700);

    pub fn new(out: &Out, verb: &'static str, total: u64) -> ProgressBar {
        ProgressBar {
            verb,
            total,
            start: std::time::Instant::now(),
            enabled: !out.quiet && io::stderr().is_terminal(),
            bar: std::sync::OnceLock::new(),
        }
    }

    /// `done` bytes of the total are done.
    pub fn at(&self, done: u64) {
        if !self.enabled || self.start.elapsed() < Self::AFTER {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                (self.total > 0).then_some(self.total),
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(&format!(
                "{} {{wide_bar}} {{bytes}}/{{total_bytes}} ({{eta}}) {{msg}}",
                self.verb
            )) {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(done);
    }

    /// The last step, which takes a moment without moving the bar: say what it is.
    pub fn last_step(&self, what: &'static str) {
        if let Some(bar) = self.bar.get() {
            bar.set_position(self.total);
            bar.set_message(what);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

/// A fax draft's recipient: name and number, or the number.
pub fn fax_recipient(d: &FaxDraft) -> String {
    match &d.to.name {
        Some(name) => format!("{name} ({})", d.to.number),
        None => d.to.number.clone(),
    }
}

/// A fax draft as the rows of `Out::pairs`.
pub fn fax_rows(d: &FaxDraft) -> Vec<(String, String)> {
    let mut rows = vec![("status".to_string(), d.status.as_str().to_string())];
    rows.push(("to".into(), fax_recipient(d)));
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
