//! The directory file of `kard directory sync`: CSV with a header, or a JSON array of
//! objects with the same keys. Rows are read and checked (`read`); the rows of one
//! person or service entry make one contact (`entry`: two accounts, one contact; which
//! rows are one entry is `crate::directory`'s grouping). Every problem is a
//! `FILE:LINE` bad record. No SQLite here.

use super::BadRecord;
use crate::identity::same_number;
use crate::model::{
    Account, Contact, Email, Extension, Kind, Name, Phone, Presence, PresenceState, Source,
};
use crate::phone::{self, Region};
use anyhow::Result;
use std::collections::HashMap;
use std::hash::Hasher;
use std::io::{BufRead, Read};
use std::rc::Rc;

/// The columns of a directory file, in the order admin consoles export them.
pub const COLUMNS: &[&str] = &[
    "directory_id",
    "kind",
    "display_name",
    "given_name",
    "family_name",
    "email",
    "department",
    "location",
    "title",
    "account",
    "extension",
    "phone",
    "mobile",
    "fax",
    "presence",
    "status_message",
];

/// Columns a file must have (the others may be left out or empty).
pub const REQUIRED: &[&str] = &["directory_id", "kind", "display_name"];

/// One checked row of the file. (Serialized where a sync spools its rows: the line
/// is kept apart, so that a row's bytes are its data wherever it stands.)
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    /// The line the row starts on (1-based).
    #[serde(skip)]
    pub line: usize,
    pub directory_id: String,
    pub kind: Kind,
    pub display_name: String,
    pub given: Option<String>,
    pub family: Option<String>,
    pub email: Option<String>,
    pub department: Option<String>,
    pub location: Option<String>,
    pub title: Option<String>,
    pub account: Account,
    pub extension: Option<String>,
    pub phones: Vec<Phone>,
    pub faxes: Vec<Phone>,
    pub presence: Option<Presence>,
}

impl Row {
    /// Rows with this key are one person: the email, else the directory id.
    pub fn person_key(&self) -> String {
        match &self.email {
            Some(e) => format!("email:{}", crate::identity::email_key(e)),
            None => format!("id:{}", self.directory_id),
        }
    }
}

/// One contact of the directory, built from one or more rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The first line of its rows.
    pub line: usize,
    /// The directory ids of its rows, the primary (work account) first.
    pub ids: Vec<String>,
    pub contact: Contact,
}

pub type RowItem = std::result::Result<Row, BadRecord>;

fn bad(line: usize, reason: impl Into<String>) -> BadRecord {
    BadRecord {
        line,
        reason: reason.into(),
    }
}

/// Read every row of `input` (UTF-8 text, CSV or JSON: told from the first byte) into
/// `sink`, checked. I/O errors and sink errors stop the reader; bad rows do not.
pub fn read(
    input: &mut dyn BufRead,
    region: Region,
    sink: &mut dyn FnMut(RowItem) -> Result<()>,
) -> Result<()> {
    read_known(input, region, None, &mut |item| match item {
        Ok(Item::Row { row, .. }) => sink(Ok(*row)),
        Ok(Item::Known { .. }) => Ok(()),
        Err(e) => sink(Err(e)),
    })
}

/// One record of a directory file as `read_known` passes it on.
#[derive(Debug)]
pub enum Item {
    /// A row read and checked, and the hash of its record as written (CSV only).
    Row { row: Box<Row>, raw: Option<u64> },
    /// A CSV record `Known` knows by the hash of its cells: not read or checked again.
    Known { line: usize, raw: u64 },
}

/// The CSV records a caller already knows, by the hash of their cells as written (the
/// known columns' cells, in `COLUMNS` order, after `seed`): a record is the same row
/// whatever the header's order, separator or other columns.
pub struct Known<'a> {
    pub seed: u64,
    pub contains: &'a dyn Fn(u64) -> bool,
}

/// `read`, with the CSV records `known` knows passed on as `Item::Known` unparsed.
pub fn read_known(
    input: &mut dyn BufRead,
    region: Region,
    known: Option<&Known>,
    sink: &mut dyn FnMut(std::result::Result<Item, BadRecord>) -> Result<()>,
) -> Result<()> {
    let mut skipped_lines = 0;
    if input.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
        input.consume(3);
    }
    let first = loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break None;
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => break Some(buf[i]),
            None => {
                skipped_lines += buf.iter().filter(|&&b| b == b'\n').count();
                let n = buf.len();
                input.consume(n);
            }
        }
    };
    match first {
        None => sink(Err(bad(
            1,
            format!(
                "the file is empty: expected a CSV header ({}) or a JSON array",
                REQUIRED.join(",")
            ),
        ))),
        Some(b'{') => sink(Err(bad(
            skipped_lines + 1,
            "expected a JSON array of directory entries, not one object",
        ))),
        Some(b'[') => read_json(input, skipped_lines + 1, region, &mut |item| {
            sink(item.map(|row| Item::Row {
                row: Box::new(row),
                raw: None,
            }))
        }),
        Some(_) => read_csv(input, skipped_lines, region, known, sink),
    }
}

/// A column name as written in a header or a JSON key, made comparable.
fn column_name(raw: &str) -> String {
    raw.trim_start_matches('\u{feff}')
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-'], "_")
}

fn read_csv(
    input: &mut dyn BufRead,
    skipped_lines: usize,
    region: Region,
    known: Option<&Known>,
    sink: &mut dyn FnMut(std::result::Result<Item, BadRecord>) -> Result<()>,
) -> Result<()> {
    // The header line tells the separator; the rest streams through a window of the
    // bytes read, kept from the last record's start on, so each record is placed on its
    // first line (past any blank lines) without holding the file.
    let mut header = Vec::new();
    while input.read_until(b'\n', &mut header)? > 0 && header.iter().all(u8::is_ascii_whitespace) {}
    let delimiter = delimiter(&header);
    let window = Rc::new(std::cell::RefCell::new(Window::default()));
    let tee = Tee {
        inner: std::io::Cursor::new(header).chain(input),
        window: window.clone(),
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(tee);
    let mut rec = csv::ByteRecord::new();
    let (mut seen, mut lines) = (0, skipped_lines + 1);
    let mut line_of = |rec: &csv::ByteRecord| {
        let mut w = window.borrow_mut();
        let mut start = rec.position().map_or(0, |p| p.byte() as usize).max(seen);
        while w.byte(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        lines += w.newlines(seen, start);
        w.forget_before(start);
        seen = start;
        lines
    };
    if !rdr.read_byte_record(&mut rec)? {
        return Ok(());
    }
    let header_line = line_of(&rec);
    let mut columns: HashMap<String, usize> = HashMap::new();
    for (i, cell) in rec.iter().enumerate() {
        let Ok(text) = std::str::from_utf8(cell) else {
            return sink(Err(bad(
                header_line,
                "garbage bytes in the header: not a directory file",
            )));
        };
        let name = column_name(text);
        if name.is_empty() {
            continue;
        }
        if columns.insert(name.clone(), i).is_some() {
            return sink(Err(bad(
                header_line,
                format!("the header has column {name:?} twice"),
            )));
        }
    }
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !columns.contains_key(*c))
        .collect();
    if !missing.is_empty() {
        return sink(Err(bad(
            header_line,
            format!(
                "missing required column{} {} (a directory file's header is {})",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                COLUMNS.join(",")
            ),
        )));
    }
    let width = rec.len();
    // Each known column's cell index, by its place in COLUMNS: a row's cells are then
    // found without hashing their names.
    let index: Vec<Option<usize>> = COLUMNS.iter().map(|c| columns.get(*c).copied()).collect();
    while rdr.read_byte_record(&mut rec)? {
        let line = line_of(&rec);
        if rec.len() == 1 && rec[0].iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if rec.len() != width {
            sink(Err(bad(
                line,
                format!("{} fields where the header has {width}", rec.len()),
            )))?;
            continue;
        }
        let raw = known.map(|k| {
            #[allow(deprecated)]
            let mut h = std::hash::SipHasher::new();
            h.write_u64(k.seed);
            for i in &index {
                let cell = i.and_then(|i| rec.get(i)).unwrap_or_default();
                h.write_usize(cell.len());
                h.write(cell);
            }
            (h.finish(), k)
        });
        if let Some((raw, k)) = raw {
            if (k.contains)(raw) {
                sink(Ok(Item::Known { line, raw }))?;
                continue;
            }
        }
        let item = {
            let get = |name: &str| -> std::result::Result<String, String> {
                let at = COLUMNS.iter().position(|c| *c == name);
                let Some(i) = at.and_then(|at| index[at]) else {
                    return Ok(String::new());
                };
                let raw = rec.get(i).unwrap_or_default();
                std::str::from_utf8(raw)
                    .map(str::to_string)
                    .map_err(|_| format!("garbage bytes in column {name}: not text"))
            };
            make_row(line, get, region)
        };
        sink(item.map(|row| Item::Row {
            row: Box::new(row),
            raw: raw.map(|(h, _)| h),
        }))?;
    }
    Ok(())
}

/// The separator of a CSV file, from its header line: commas, or the semicolons and
/// tabs some spreadsheets export.
fn delimiter(data: &[u8]) -> u8 {
    let header = data
        .split(|&b| b == b'\n')
        .find(|l| l.iter().any(|b| !b.is_ascii_whitespace()))
        .unwrap_or_default();
    let count = |d: u8| header.iter().filter(|&&b| b == d).count();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|&d| (count(d), d == b','))
        .unwrap_or(b',')
}

/// The bytes a CSV reader has read, from a point on (`forget_before`), at their
/// offsets in the whole input.
#[derive(Default)]
struct Window {
    base: usize,
    bytes: Vec<u8>,
}

impl Window {
    fn byte(&self, at: usize) -> Option<u8> {
        at.checked_sub(self.base)
            .and_then(|i| self.bytes.get(i).copied())
    }

    fn newlines(&self, from: usize, to: usize) -> usize {
        let clamp = |at: usize| at.saturating_sub(self.base).min(self.bytes.len());
        memchr::memchr_iter(b'\n', &self.bytes[clamp(from)..clamp(to)]).count()
    }

    /// Let go of the bytes before `at`, a block at a time (not one move a record).
    fn forget_before(&mut self, at: usize) {
        let n = at.saturating_sub(self.base).min(self.bytes.len());
        if n >= 1 << 16 {
            self.bytes.drain(..n);
            self.base += n;
        }
    }
}

/// Passes what it reads on, and keeps a copy in the window.
struct Tee<R> {
    inner: R,
    window: Rc<std::cell::RefCell<Window>>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.window.borrow_mut().bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

fn read_json(
    input: &mut dyn BufRead,
    first_line: usize,
    region: Region,
    sink: &mut dyn FnMut(RowItem) -> Result<()>,
) -> Result<()> {
    let read = super::json::each_element(input, first_line, &mut |line, value| {
        sink(json_row(line, value, region))
    })?;
    match read {
        Ok(()) => Ok(()),
        Err(invalid) => sink(Err(bad(invalid.line, invalid.reason))),
    }
}

fn json_row(line: usize, value: serde_json::Value, region: Region) -> RowItem {
    let serde_json::Value::Object(map) = value else {
        return Err(bad(
            line,
            "expected an object with the directory columns as keys",
        ));
    };
    let map: HashMap<String, serde_json::Value> =
        map.into_iter().map(|(k, v)| (column_name(&k), v)).collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !map.contains_key(*c))
        .collect();
    if !missing.is_empty() {
        return Err(bad(
            line,
            format!(
                "missing required key{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
        ));
    }
    let get = |name: &str| -> std::result::Result<String, String> {
        match map.get(name) {
            None | Some(serde_json::Value::Null) => Ok(String::new()),
            Some(serde_json::Value::String(s)) => Ok(s.clone()),
            Some(serde_json::Value::Number(n)) => Ok(n.to_string()),
            Some(_) => Err(format!("{name} must be text")),
        }
    };
    make_row(line, get, region)
}

/// Check one row's cells (`get` gives a column's text, empty when absent).
pub fn make_row(
    line: usize,
    get: impl Fn(&str) -> std::result::Result<String, String>,
    region: Region,
) -> RowItem {
    let cell = |name: &str| -> std::result::Result<String, BadRecord> {
        let text = get(name).map_err(|r| bad(line, r))?;
        if let Some(c) = text
            .chars()
            .find(|&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        {
            return Err(bad(
                line,
                format!(
                    "garbage bytes in column {name}: control character U+{:04X}",
                    u32::from(c)
                ),
            ));
        }
        Ok(text.trim().to_string())
    };
    let opt = |name: &str| -> std::result::Result<Option<String>, BadRecord> {
        let t = cell(name)?;
        Ok((!t.is_empty()).then(|| t.split_whitespace().collect::<Vec<_>>().join(" ")))
    };
    let directory_id = cell("directory_id")?;
    if directory_id.is_empty() {
        return Err(bad(line, "empty directory_id"));
    }
    let kind = kind(&cell("kind")?).map_err(|r| bad(line, r))?;
    let given = opt("given_name")?;
    let family = opt("family_name")?;
    let display_name = match opt("display_name")? {
        Some(n) => n,
        None => Name {
            given: given.clone(),
            family: family.clone(),
            ..Name::default()
        }
        .full(),
    };
    if display_name.is_empty() {
        return Err(bad(
            line,
            format!("{directory_id}: no display_name, given_name or family_name"),
        ));
    }
    let email = opt("email")?;
    if let Some(e) = &email {
        if !e.contains('@') || e.contains(char::is_whitespace) {
            return Err(bad(line, format!("email {e:?} is not an email address")));
        }
    }
    let account = match cell("account")?.as_str() {
        "" => Account::Work,
        a => a.parse().map_err(|_| {
            bad(
                line,
                format!("unknown account {a:?} (expected work or contact_center)"),
            )
        })?,
    };
    let extension = match cell("extension")?.as_str() {
        "" => None,
        x => Some(extension(x).map_err(|r| bad(line, r))?),
    };
    let mut phones = Vec::new();
    let mut faxes = Vec::new();
    for (column, label) in [("phone", "work"), ("mobile", "mobile"), ("fax", "work")] {
        let text = cell(column)?;
        let (p, f) = numbers(&text, label, column == "fax", region)
            .map_err(|r| bad(line, format!("{column} {text:?}: {r}")))?;
        phones.extend(p);
        faxes.extend(f);
    }
    let message = opt("status_message")?;
    let presence = match cell("presence")?.as_str() {
        "" => message.map(|m| Presence {
            state: PresenceState::Offline,
            message: Some(m),
        }),
        p => Some(Presence {
            state: presence(p).map_err(|r| bad(line, r))?,
            message,
        }),
    };
    Ok(Row {
        line,
        directory_id,
        kind,
        display_name,
        given,
        family,
        email,
        department: opt("department")?,
        location: opt("location")?,
        title: opt("title")?,
        account,
        extension,
        phones,
        faxes,
        presence,
    })
}

fn kind(text: &str) -> std::result::Result<Kind, String> {
    let folded = text.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    match folded.as_str() {
        "" => Err("empty kind (expected user, auto_attendant, call_group or call_queue)".into()),
        "user" | "person" => Ok(Kind::Person),
        _ => folded.parse().map_err(|_| {
            format!(
                "unknown kind {text:?} (expected user, auto_attendant, call_group or call_queue)"
            )
        }),
    }
}

fn presence(text: &str) -> std::result::Result<PresenceState, String> {
    let folded = text.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    match folded.as_str() {
        "dnd" => Ok(PresenceState::DoNotDisturb),
        // The directory never shows anyone as invisible.
        "invisible" => Ok(PresenceState::Offline),
        _ => folded.parse().map_err(|_| {
            format!(
                "unknown presence {text:?} (expected available, busy, away, do_not_disturb, on_a_call or offline)"
            )
        }),
    }
}

/// An extension cell: digits, perhaps written `x1234`.
fn extension(text: &str) -> std::result::Result<String, String> {
    let t = text.trim();
    let digits = t
        .strip_prefix(['x', 'X'])
        .unwrap_or(t)
        .trim_start_matches('.')
        .trim();
    if digits.is_empty() || digits.len() > 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("extension {text:?} is not an extension number"));
    }
    Ok(digits.to_string())
}

/// The numbers of a phone cell: one number, or several typed ones the way admin consoles
/// export them (`+12345678901 WORK: +447890123456 MOBILE`). Numbers typed as a fax (or
/// any number of the fax column) go to the second list.
fn numbers(
    cell: &str,
    default_label: &str,
    fax_column: bool,
    region: Region,
) -> std::result::Result<(Vec<Phone>, Vec<Phone>), String> {
    let mut phones = Vec::new();
    let mut faxes = Vec::new();
    let cleaned = cell.replace("tel:", "").replace("TEL:", "");
    for part in cleaned.split([':', ';', ',', '\n', '|']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let tokens: Vec<&str> = part.split_whitespace().collect();
        let is_word = |t: &&&str| {
            !t.is_empty() && t.chars().all(|c| c.is_alphabetic() || c == '_' || c == '-')
        };
        let lead = tokens.iter().take_while(is_word).count();
        let trail = tokens[lead..].iter().rev().take_while(is_word).count();
        let number = tokens[lead..tokens.len() - trail].join(" ");
        let words: Vec<&str> = tokens[..lead]
            .iter()
            .chain(&tokens[tokens.len() - trail..])
            .copied()
            .collect();
        if phone::digits(&number).is_empty() {
            return Err(format!("{part:?} has no number"));
        }
        let typed = words.join(" ").to_lowercase().replace('_', " ");
        let fax = fax_column || typed.split_whitespace().any(|w| w == "fax");
        let typed = typed
            .split_whitespace()
            .filter(|w| *w != "fax")
            .collect::<Vec<_>>()
            .join(" ");
        let label = match typed.as_str() {
            "" if fax && !fax_column => "work".to_string(),
            "" => default_label.to_string(),
            "cell" | "mobile phone" | "cellular" => "mobile".to_string(),
            "business" | "office" | "direct" => "work".to_string(),
            other => other.to_string(),
        };
        let p = phone::make(&number, Some(label), region);
        let list = if fax { &mut faxes } else { &mut phones };
        if !list.iter().any(|q: &Phone| same_number(q, &p)) {
            list.push(p);
        }
    }
    Ok((phones, faxes))
}

/// Which directory the rows are loaded into.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    Company,
    External(&'a str),
}

/// One contact from its rows (all of one person, at most one per account).
pub fn entry(mut rows: Vec<&Row>, target: Target) -> Entry {
    let line = rows[0].line;
    // The work account's row is the primary one; the others fill in what it lacks.
    rows.sort_by_key(|r| (r.account != Account::Work, r.line));
    let p = rows[0];
    let first = |f: fn(&Row) -> &Option<String>| rows.iter().find_map(|r| f(r).clone());
    let (source, company) = match target {
        Target::Company => (Source::Company, None),
        Target::External(name) => (Source::External, Some(name.to_string())),
    };
    let mut extensions: Vec<Extension> = Vec::new();
    let mut phones: Vec<Phone> = Vec::new();
    let mut faxes: Vec<Phone> = Vec::new();
    for r in &rows {
        if let Some(x) = &r.extension {
            extensions.push(Extension {
                account: r.account,
                number: x.clone(),
            });
        }
        for q in &r.phones {
            if !phones.iter().any(|x| same_number(x, q)) {
                phones.push(q.clone());
            }
        }
        for q in &r.faxes {
            if !faxes.iter().any(|x| same_number(x, q)) {
                faxes.push(q.clone());
            }
        }
    }
    // Only colleagues have presence; the contact-center account's wins.
    let presence = if source == Source::Company && p.kind == Kind::Person {
        rows.iter()
            .filter(|r| r.presence.is_some())
            .max_by_key(|r| {
                (
                    r.account == Account::ContactCenter,
                    std::cmp::Reverse(r.line),
                )
            })
            .and_then(|r| r.presence.clone())
    } else {
        None
    };
    let contact = Contact {
        source,
        external_company: company.clone(),
        directory_id: Some(p.directory_id.clone()),
        kind: p.kind,
        display_name: p.display_name.clone(),
        name: Name {
            given: first(|r| &r.given),
            family: first(|r| &r.family),
            ..Name::default()
        },
        organization: company,
        department: first(|r| &r.department),
        location: first(|r| &r.location),
        title: first(|r| &r.title),
        presence,
        extensions,
        phones,
        faxes,
        emails: first(|r| &r.email)
            .map(|address| Email {
                label: Some("work".into()),
                address,
            })
            .into_iter()
            .collect(),
        ..Contact::default()
    };
    let mut ids: Vec<String> = Vec::new();
    for r in &rows {
        if !ids.contains(&r.directory_id) {
            ids.push(r.directory_id.clone());
        }
    }
    Entry { line, ids, contact }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "directory_id,kind,display_name,given_name,family_name,email,department,location,title,account,extension,phone,mobile,fax,presence,status_message\n";

    fn read_all(text: &str) -> Vec<RowItem> {
        let mut out = Vec::new();
        let mut input = text.as_bytes();
        read(&mut input, Region::default(), &mut |i| {
            out.push(i);
            Ok(())
        })
        .unwrap();
        out
    }

    fn rows(text: &str) -> Vec<Row> {
        read_all(text)
            .into_iter()
            .map(|r| r.unwrap_or_else(|e| panic!("line {}: {}", e.line, e.reason)))
            .collect()
    }

    #[test]
    fn phone_cells() {
        let us = Region::default();
        for (cell, column, want_phones, want_faxes) in [
            ("", "work", vec![], vec![]),
            (
                "+1 555 010 1234",
                "work",
                vec![("work", "+15550101234")],
                vec![],
            ),
            (
                "+12345678901 WORK: +447890123456 MOBILE",
                "work",
                vec![("work", "+12345678901"), ("mobile", "+447890123456")],
                vec![],
            ),
            (
                "+15550101234 WORK; +15550109999 FAX",
                "mobile",
                vec![("work", "+15550101234")],
                vec![("work", "+15550109999")],
            ),
            (
                "(555) 010-4444",
                "mobile",
                vec![("mobile", "+15550104444")],
                vec![],
            ),
            (
                "CELL +15550104444",
                "work",
                vec![("mobile", "+15550104444")],
                vec![],
            ),
            (
                "+15550101234 WORK: +1 (555) 010-1234 OFFICE",
                "work",
                vec![("work", "+15550101234")],
                vec![],
            ),
        ] {
            let (p, f) = numbers(cell, column, false, us).unwrap();
            let got = |l: Vec<Phone>| -> Vec<(String, String)> {
                l.into_iter()
                    .map(|p| (p.label.unwrap(), p.number.unwrap()))
                    .collect()
            };
            let want = |l: Vec<(&str, &str)>| -> Vec<(String, String)> {
                l.into_iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect()
            };
            assert_eq!(got(p), want(want_phones), "{cell}");
            assert_eq!(got(f), want(want_faxes), "{cell}");
        }
        assert!(numbers("WORK", "work", false, us).is_err());
        let (_, f) = numbers("+15550109999", "work", true, us).unwrap();
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn csv_rows_are_checked() {
        let text = format!(
            "{HEADER}u1,user,Robin Lee,Robin,Lee,robin@acme.example,Sales,Berlin,Rep,work,2001,+15550101234,,,available,In a meeting\n\
             q1,Call Queue,Support Queue,,,,,,,,600,,,,,\n"
        );
        let got = rows(&text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].line, 2);
        assert_eq!(got[0].kind, Kind::Person);
        assert_eq!(got[0].extension.as_deref(), Some("2001"));
        assert_eq!(
            got[0].presence,
            Some(Presence {
                state: PresenceState::Available,
                message: Some("In a meeting".into())
            })
        );
        assert_eq!(got[1].kind, Kind::CallQueue);
        assert_eq!(got[1].account, Account::Work);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line() {
        for (row, reason) in [
            ("u1,user,Ann,,,,,,,work,1,,,,sleeping,", "unknown presence"),
            ("u1,user,Ann,,,,,,,manager,1,,,,,", "unknown account"),
            ("u1,robot,Ann,,,,,,,,1,,,,,", "unknown kind"),
            (",user,Ann,,,,,,,,1,,,,,", "empty directory_id"),
            ("u1,user,,,,,,,,,1,,,,,", "no display_name"),
            ("u1,user,Ann,,,ann-at-acme,,,,,1,,,,,", "not an email"),
            ("u1,user,Ann,,,,,,,,12a,,,,,", "not an extension"),
            ("u1,user,Ann\u{1},,,,,,,,1,,,,,", "control character"),
            ("u1,user,Ann,,,", "fields where the header has 16"),
        ] {
            let items = read_all(&format!("{HEADER}\n{row}\n"));
            let e = items[0].as_ref().unwrap_err();
            assert_eq!(e.line, 3, "{row}");
            assert!(e.reason.contains(reason), "{row}: {}", e.reason);
        }
        let items = read_all("directory_id,display_name\nu1,Ann\n");
        let e = items[0].as_ref().unwrap_err();
        assert_eq!(e.line, 1);
        assert!(
            e.reason.contains("missing required column kind"),
            "{}",
            e.reason
        );
        let items = read_all("");
        assert!(items[0].as_ref().unwrap_err().reason.contains("empty"));
        let mut garbage = HEADER.as_bytes().to_vec();
        garbage.extend_from_slice(b"u1,user,\xff\xfe,,,,,,,,1,,,,,\n");
        let mut out = Vec::new();
        read(&mut garbage.as_slice(), Region::default(), &mut |i| {
            out.push(i);
            Ok(())
        })
        .unwrap();
        assert!(out[0].as_ref().unwrap_err().reason.contains("garbage"));
    }

    #[test]
    fn csv_lines_dialects_and_quoted_line_breaks() {
        let text = "\r\n\ndirectory_id;kind;display_name;status_message\r\n\
                    u1;user;Ann;\"two\r\nlines\"\r\n\r\n\
                    u2;user;Bo;\r\n\
                    u3;robot;Cy;\r\n";
        let items = read_all(text);
        assert_eq!(items.len(), 3, "{items:?}");
        let ann = items[0].as_ref().unwrap();
        assert_eq!(ann.line, 4);
        assert_eq!(
            ann.presence.as_ref().unwrap().message.as_deref(),
            Some("two lines")
        );
        assert_eq!(items[1].as_ref().unwrap().line, 7);
        assert_eq!(items[2].as_ref().unwrap_err().line, 8);
        let tabs = rows("directory_id\tkind\tdisplay_name\nu1\tuser\tAnn, Jr.\n");
        assert_eq!(tabs[0].display_name, "Ann, Jr.");
    }

    #[test]
    fn json_rows_are_placed_on_their_lines() {
        let text = "[\n  {\"directory_id\": \"u1\", \"kind\": \"user\", \"display_name\": \"Ann\", \"extension\": 2001},\n  {\"directory_id\": \"u2\",\n   \"kind\": \"user\", \"display_name\": \"Bo\", \"presence\": \"nope\"},\n  {\"kind\": \"user\"}\n]\n";
        let items = read_all(text);
        assert_eq!(items.len(), 3, "{items:?}");
        let ann = items[0].as_ref().unwrap();
        assert_eq!((ann.line, ann.extension.as_deref()), (2, Some("2001")));
        let e = items[1].as_ref().unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("unknown presence"));
        let e = items[2].as_ref().unwrap_err();
        assert_eq!(e.line, 5);
        assert!(e
            .reason
            .contains("missing required keys directory_id, display_name"));
        let items = read_all(
            "[{\"directory_id\": \"u1\", \"kind\": \"user\", \"display_name\": \"Ann\"},\n{oops",
        );
        assert!(items[1]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("invalid JSON"));
    }

    #[test]
    fn two_accounts_make_one_contact() {
        let text = format!(
            "{HEADER}u1,user,Robin Lee,Robin,Lee,robin@acme.example,Sales,,,work,2001,+15550101234,,,available,\n\
             c1,user,Robin Lee,Robin,Lee,Robin@Acme.example,Support,,,contact_center,7001,,+15550104444,,on_a_call,Queue duty\n\
             u2,user,Sam Poe,,,,,,,work,2002,,,,busy,\n\
             u2,user,Sam Poe,,,,,,,contact_center,7002,,,,away,\n\
             u2,user,Sam Poe,,,,,,,work,2002,,,,busy,\n"
        );
        let rows = rows(&text);
        // (Which rows are one entry, and that the repeat of u2 is read once, is the
        // sync's grouping: tests/cli/directory.rs.)
        let entries = [
            entry(vec![&rows[1], &rows[0]], Target::Company),
            entry(vec![&rows[2], &rows[3]], Target::Company),
        ];
        let robin = &entries[0].contact;
        assert_eq!(entries[0].ids, ["u1", "c1"]);
        assert_eq!(robin.directory_id.as_deref(), Some("u1"));
        assert_eq!(robin.department.as_deref(), Some("Sales"));
        let exts: Vec<(Account, &str)> = robin
            .extensions
            .iter()
            .map(|x| (x.account, x.number.as_str()))
            .collect();
        assert_eq!(
            exts,
            [(Account::Work, "2001"), (Account::ContactCenter, "7001")]
        );
        assert_eq!(robin.phones.len(), 2);
        let p = robin.presence.as_ref().unwrap();
        assert_eq!(p.state, PresenceState::OnACall);
        assert_eq!(p.message.as_deref(), Some("Queue duty"));
        let sam = &entries[1].contact;
        assert_eq!(sam.extensions.len(), 2);
        assert_eq!(sam.presence.as_ref().unwrap().state, PresenceState::Away);
    }

    #[test]
    fn mangled_files_never_panic() {
        let good = format!(
            "{HEADER}u1,user,Robin Lee,Robin,Lee,robin@acme.example,Sales,,,work,2001,+15550101234 WORK: +447890123456 MOBILE,,,available,\n\
             c1,user,Robin Lee,,,robin@acme.example,,,,contact_center,7001,,,,busy,\"a, b\"\n"
        );
        let json = "[{\"directory_id\": \"u1\", \"kind\": \"user\", \"display_name\": \"A\", \"phone\": \"+1 555 010 1234 WORK\"}]";
        let mut seed: u64 = 42;
        let mut next = || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        for base in [good.as_bytes(), json.as_bytes()] {
            for _ in 0..2000 {
                let mut bytes = base.to_vec();
                for _ in 0..1 + next() % 4 {
                    let i = next() % bytes.len();
                    match next() % 3 {
                        0 => bytes[i] = (next() % 256) as u8,
                        1 => {
                            bytes.remove(i);
                        }
                        _ => bytes.insert(i, b",\n\":;[{ \\x"[next() % 10]),
                    }
                }
                read(&mut bytes.as_slice(), Region::default(), &mut |i| {
                    if let Ok(r) = i {
                        let _ = entry(vec![&r], Target::Company);
                    }
                    Ok(())
                })
                .unwrap();
            }
        }
    }

    #[test]
    fn external_and_service_entries_have_no_presence() {
        let text = format!(
            "{HEADER}g1,user,Hank Scorpio,,,hank@globex.example,,,,work,,+15550107777,,,available,\n\
             q1,call_queue,Sales Queue,,,,,,,,600,,,,available,\n"
        );
        let rows = rows(&text);
        let hank = entry(vec![&rows[0]], Target::External("Globex")).contact;
        assert_eq!(hank.source, Source::External);
        assert_eq!(hank.external_company.as_deref(), Some("Globex"));
        assert_eq!(hank.organization.as_deref(), Some("Globex"));
        assert!(hank.presence.is_none());
        assert!(entry(vec![&rows[0]], Target::Company)
            .contact
            .presence
            .is_some());
        assert!(entry(vec![&rows[1]], Target::Company)
            .contact
            .presence
            .is_none());
    }
}
