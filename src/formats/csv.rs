//! CSV plumbing shared by the Google and Outlook formats: the lenient row reader that
//! places each row on its line, the read loop, the cells, extras and labels of a row,
//! and a row writer whose cells are named by their column.
//!
//! What a column *means* belongs to each format's file; how rows are read and written
//! belongs here.

use super::{BadRecord, Item, Record, Sink};
use crate::model::{Contact, Extra};
use ::csv::StringRecord;
use anyhow::Result;
use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, Read, Write};
use std::rc::Rc;

/// Read every row of `input` (UTF-8 text, `delimiter`-separated, a header first) into
/// `sink`: `columns` maps the header once, `contact` makes a contact of each row. Blank
/// rows are skipped, unreadable or too wide ones and rows with no value reported.
pub(super) fn read<C>(
    input: &mut dyn BufRead,
    delimiter: u8,
    sink: &mut Sink,
    columns: impl FnOnce(&StringRecord) -> C,
    mut contact: impl FnMut(&C, &StringRecord) -> Contact,
) -> Result<()> {
    let mut rows = Rows::new(input, delimiter);
    let Some(header) = rows.header()? else {
        return Ok(());
    };
    let cols = columns(&header);
    loop {
        let line = match rows.next()? {
            Row::End => return Ok(()),
            Row::Blank => continue,
            Row::Bad(bad) => {
                sink(Err(bad))?;
                continue;
            }
            Row::Record(line) => line,
        };
        sink(finish(contact(&cols, &rows.rec), line))?;
    }
}

/// The fields of a header line, trimmed and lowercased, without a BOM.
pub(super) fn header_fields(header: &str, delimiter: u8) -> Vec<String> {
    let line = header.trim_start_matches('\u{feff}');
    let mut rdr = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(line.as_bytes());
    let mut rec = StringRecord::new();
    match rdr.read_record(&mut rec) {
        Ok(true) => rec.iter().map(|f| f.trim().to_lowercase()).collect(),
        _ => Vec::new(),
    }
}

/// A header cell as written, without a BOM and the spaces around it.
pub(super) fn column_name(raw: &str) -> &str {
    raw.trim().trim_start_matches('\u{feff}').trim()
}

/// The trimmed, non-empty text of column `i`.
pub(super) fn cell(rec: &StringRecord, i: Option<usize>) -> Option<&str> {
    let s = rec.get(i?)?.trim();
    (!s.is_empty()).then_some(s)
}

/// A column kard does not model, kept as `Column=value` for the writer of `format`
/// (see `RowWriter::restore_extras`).
pub(super) fn extra(format: &str, column: &str, value: &str) -> Extra {
    Extra {
        format: format.into(),
        line: format!("{column}={value}"),
    }
}

/// A label (Google `Labels`, Outlook `Categories`) onto the contact: Google's system
/// groups are no labels (`* myContacts`), its `* starred` is the favorite flag.
pub(super) fn add_label(c: &mut Contact, label: &str) {
    match label.trim_start_matches('*').trim().to_lowercase().as_str() {
        "mycontacts" | "my contacts" => {}
        "starred" => c.favorite = true,
        _ => c.categories.push(label.to_string()),
    }
}

// ---- rows ----

/// A lenient CSV row reader that places each row on the line it starts on.
struct Rows<'a> {
    rdr: ::csv::Reader<Counted<'a>>,
    lines: Rc<RefCell<LineIndex>>,
    /// The current row.
    rec: StringRecord,
    width: usize,
}

enum Row {
    /// A row to read, starting on this line.
    Record(usize),
    /// A row of empty cells: not a record.
    Blank,
    Bad(BadRecord),
    End,
}

impl<'a> Rows<'a> {
    fn new(input: &'a mut dyn BufRead, delimiter: u8) -> Rows<'a> {
        let lines = Rc::new(RefCell::new(LineIndex::default()));
        let counted = Counted {
            inner: input,
            lines: lines.clone(),
        };
        let rdr = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .buffer_capacity(64 * 1024)
            .from_reader(counted);
        Rows {
            rdr,
            lines,
            rec: StringRecord::new(),
            width: 0,
        }
    }

    /// The header row, or None when there is none (an empty file).
    fn header(&mut self) -> Result<Option<StringRecord>> {
        loop {
            match self.next()? {
                Row::End => return Ok(None),
                Row::Record(_) => break,
                // Blank lines before the header, or a header that is not text.
                Row::Blank | Row::Bad(_) => continue,
            }
        }
        self.width = self.rec.len();
        Ok(Some(std::mem::take(&mut self.rec)))
    }

    /// Read the next row into `rec`, checking it against the header's width. A row
    /// with more cells is fine when the extra ones are empty (a trailing delimiter); a
    /// row with fewer is read with the missing cells empty (Outlook.com writes short
    /// rows of 89 fields under 92 headers).
    fn next(&mut self) -> Result<Row> {
        match self.rdr.read_record(&mut self.rec) {
            Ok(false) => Ok(Row::End),
            Ok(true) => {
                let byte = self.rec.position().map_or(0, |p| p.byte());
                let line = self.lines.borrow_mut().line_at(byte);
                let rec = &self.rec;
                if rec.as_slice().trim().is_empty() {
                    return Ok(Row::Blank);
                }
                let width = self.width;
                if width > 0 && rec.iter().skip(width).any(|f| !f.trim().is_empty()) {
                    return Ok(Row::Bad(BadRecord {
                        line,
                        reason: format!("a row of {} fields under a header of {width}", rec.len()),
                    }));
                }
                Ok(Row::Record(line))
            }
            Err(e) => {
                let byte = e.position().map_or(0, |p| p.byte());
                let line = self.lines.borrow_mut().line_at(byte);
                match e.into_kind() {
                    ::csv::ErrorKind::Io(io) => Err(io.into()),
                    ::csv::ErrorKind::Utf8 { .. } => Ok(Row::Bad(BadRecord {
                        line,
                        reason: "a row that is not valid text".into(),
                    })),
                    other => Ok(Row::Bad(BadRecord {
                        line,
                        reason: format!("unreadable CSV row: {other:?}"),
                    })),
                }
            }
        }
    }
}

/// Line breaks seen so far, to turn a row's byte offset into its line. (The csv
/// crate's own line count lags after a CRLF row end: it stops between `\r` and `\n`.)
#[derive(Default)]
struct LineIndex {
    /// Offsets of `\r` and `\n` bytes at or after the last row asked about.
    breaks: VecDeque<(u64, u8)>,
    /// Newlines before the last row asked about.
    before: usize,
    /// Bytes read so far.
    offset: u64,
}

impl LineIndex {
    /// The line of the first byte of the row that starts at `byte` (which may still
    /// point at the line break that ended the row before).
    fn line_at(&mut self, byte: u64) -> usize {
        while let Some(&(at, b)) = self.breaks.front() {
            if at >= byte {
                break;
            }
            self.before += usize::from(b == b'\n');
            self.breaks.pop_front();
        }
        let run = (byte..)
            .zip(&self.breaks)
            .take_while(|(expect, (at, _))| at == expect)
            .filter(|(_, (_, b))| *b == b'\n')
            .count();
        self.before + 1 + run
    }
}

/// Records the line breaks of what passes through.
struct Counted<'a> {
    inner: &'a mut dyn BufRead,
    lines: Rc<RefCell<LineIndex>>,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut lines = self.lines.borrow_mut();
        let start = lines.offset;
        for k in memchr::memchr2_iter(b'\n', b'\r', &buf[..n]) {
            lines.breaks.push_back((start + k as u64, buf[k]));
        }
        lines.offset += n as u64;
        Ok(n)
    }
}

/// The record for a contact read from a row, or why it is not one.
fn finish(mut c: Contact, line: usize) -> Item {
    super::sort_out_extensions(&mut c);
    if c.display_name.trim().is_empty() {
        // The common case of `ensure_display_name`, without its clones.
        c.display_name = c.name.full();
    }
    c.ensure_imported_name();
    if c.display_name.is_empty() {
        return Err(BadRecord {
            line,
            reason: "an empty row: no value at all".into(),
        });
    }
    Ok(Record { line, contact: c })
}

// ---- writing ----

/// The place of `name` in `header`, for `column!`; a name not there stops the build.
pub(super) const fn position(header: &[&str], name: &str) -> usize {
    let mut i = 0;
    while i < header.len() {
        if same(header[i].as_bytes(), name.as_bytes()) {
            return i;
        }
        i += 1;
    }
    panic!("no such column in the header");
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `column!(HEADER, "Photo")`: the place of a column in a constant header, found by the
/// compiler from its name (a misspelt name does not compile), so cells are set by the
/// name of their column and cost no lookup.
macro_rules! column {
    ($header:expr, $name:literal) => {
        const { $crate::formats::csv::position($header, $name) }
    };
}
pub(super) use column;

/// Writes rows under a header: a row's cells are set by column (see `column!`), then
/// the contact's kept extras of this format fill the cells of their columns.
pub(super) struct RowWriter<W: Write> {
    csv: ::csv::Writer<W>,
    /// Column by lowercased name.
    index: HashMap<String, usize>,
    cells: Vec<String>,
}

impl<W: Write> RowWriter<W> {
    /// A writer whose header is written at once.
    pub(super) fn new<S: AsRef<str>>(mut csv: ::csv::Writer<W>, header: &[S]) -> Result<Self> {
        csv.write_record(header.iter().map(AsRef::as_ref))?;
        let index = header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.as_ref().to_lowercase(), i))
            .collect();
        Ok(RowWriter {
            csv,
            index,
            cells: vec![String::new(); header.len()],
        })
    }

    /// The place of a column named at run time (any case), for groups whose count is
    /// chosen when the writer is made.
    pub(super) fn column(&self, name: &str) -> Option<usize> {
        self.index.get(&name.to_lowercase()).copied()
    }

    /// Set the cell of column `at` to `value`, when there is one.
    pub(super) fn set(&mut self, at: usize, value: Option<&str>) {
        if let Some(v) = value {
            v.clone_into(&mut self.cells[at]);
        }
    }

    pub(super) fn put(&mut self, at: usize, value: String) {
        self.cells[at] = value;
    }

    pub(super) fn is_empty(&self, at: usize) -> bool {
        self.cells[at].is_empty()
    }

    /// The cells of the row, for filling numbered groups.
    pub(super) fn cells(&mut self) -> &mut [String] {
        &mut self.cells
    }

    /// Fill empty cells of the row from `c`'s extras of `format` whose column is in the
    /// header, so columns kard does not model survive a round trip.
    pub(super) fn restore_extras(&mut self, c: &Contact, format: &str) {
        for e in c.extras.iter().filter(|e| e.format == format) {
            if let Some((column, value)) = e.line.split_once('=') {
                if let Some(&i) = self.index.get(&column.to_lowercase()) {
                    if self.cells[i].is_empty() {
                        value.clone_into(&mut self.cells[i]);
                    }
                }
            }
        }
    }

    /// Write the row, and start the next one empty.
    pub(super) fn end_row(&mut self) -> Result<()> {
        self.csv.write_record(self.cells.iter())?;
        self.cells.iter_mut().for_each(String::clear);
        Ok(())
    }

    pub(super) fn finish(mut self) -> Result<()> {
        self.csv.flush()?;
        Ok(())
    }
}

/// The display name to write as a first name: one that was typed, when the contact has
/// no name parts (not one derived from the nickname, organization, email or phone).
pub(super) fn typed_display_name(c: &Contact) -> Option<&str> {
    if !c.name.is_empty() || c.display_name.trim().is_empty() {
        return None;
    }
    let derived = Contact {
        nickname: c.nickname.clone(),
        organization: c.organization.clone(),
        emails: c.emails.first().cloned().into_iter().collect(),
        phones: c.phones.first().cloned().into_iter().collect(),
        ..Contact::default()
    }
    .best_name();
    (derived != c.display_name).then_some(c.display_name.as_str())
}

#[cfg(test)]
pub(super) mod tests {
    //! Helpers for the tests of the CSV formats, and the tests of the plumbing.
    use super::*;
    use crate::formats::{google_csv, outlook_csv, text};
    use crate::phone::Region;
    use proptest::prelude::*;

    /// Every item a reader hands out for these bytes (decoded as an import decodes).
    pub(in crate::formats) fn read_with(
        reader: fn(&mut dyn BufRead, Region, &mut Sink) -> Result<()>,
        bytes: &[u8],
    ) -> Vec<Item> {
        let mut out = Vec::new();
        let mut input = text::decode(bytes);
        reader(&mut *input, Region::default(), &mut |i| {
            out.push(i);
            Ok(())
        })
        .unwrap();
        out
    }

    /// A fixture of tests/data/csv.
    pub(in crate::formats) fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/data/csv/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// What both CSV formats keep of a written contact reads back the same.
    #[track_caller]
    pub(in crate::formats) fn assert_read_back(back: &Contact, sent: &Contact) {
        assert_eq!(back.name, sent.name);
        assert_eq!(back.display_name, sent.display_name);
        for (field, got, want) in [
            ("organization", &back.organization, &sent.organization),
            ("department", &back.department, &sent.department),
            ("title", &back.title, &sent.title),
            ("birthday", &back.birthday, &sent.birthday),
            ("notes", &back.notes, &sent.notes),
        ] {
            assert_eq!(got, want, "{field}");
        }
        assert_eq!(back.categories, sent.categories);
        assert_eq!(back.faxes, sent.faxes);
        assert_eq!(back.emails, sent.emails);
        assert_eq!(back.addresses, sent.addresses);
        assert_eq!(back.urls, sent.urls);
    }

    /// `bytes` as a reader sees them (decoded as an import decodes).
    fn decoded(bytes: &[u8]) -> String {
        let mut text = String::new();
        text::decode(bytes).read_to_string(&mut text).unwrap();
        text
    }

    /// The rows an independent reading of `text` finds after the header: rows with a
    /// non-blank cell, each of which a reader must account for (a record or an error).
    fn rows_after_header(text: &str, delimiter: u8) -> usize {
        let mut rdr = ::csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let non_blank = rdr
            .records()
            .map(|r| r.unwrap())
            .filter(|r| !r.as_slice().trim().is_empty())
            .count();
        non_blank.saturating_sub(1)
    }

    /// Every item is on a line of `text`, in order.
    fn assert_placed(items: &[Item], text: &str) {
        let lines: Vec<usize> = items
            .iter()
            .map(|i| match i {
                Ok(r) => r.line,
                Err(b) => b.line,
            })
            .collect();
        let last = text.matches('\n').count() + 1;
        assert!(
            lines.windows(2).all(|w| w[0] <= w[1]),
            "lines in order: {lines:?}"
        );
        assert!(
            lines.iter().all(|&l| (1..=last).contains(&l)),
            "lines within the {last} of the input: {lines:?}"
        );
    }

    type Reader = fn(&mut dyn BufRead, Region, &mut Sink) -> Result<()>;

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 3000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Random CSV-ish bytes under real Google and Outlook headers: no panic, and
        /// every row accounted for (a record or an error), on a line of the input.
        #[test]
        fn random_rows_are_each_accounted_for(
            (reader, delimiter, header) in proptest::sample::select(vec![
                (google_csv::read as Reader, b',', "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\n"),
                (google_csv::read, b',', "Name,Given Name,Birthday,Group Membership,Address 1 - Formatted,Address 1 - Street\r\n"),
                (google_csv::read, b',', ""),
                (outlook_csv::read, b',', "\"Title\",\"First Name\",\"Business Fax\",\"Birthday\",\"Categories\",\"Notes\"\r\n"),
                (outlook_csv::read, b';', "Vorname;Nachname;Geburtstag;Kategorien;Mobiltelefon\n"),
                (outlook_csv::read, b'\t', "Prénom\tNom\tTitre\tTitre\tAnniversaire\n"),
            ]),
            body in proptest::collection::vec(
                proptest::sample::select(b",;\t\"\r\n\0aZ9*/.: -+\xc3\xa9\xff".to_vec()),
                0..300,
            ),
        ) {
            let bytes = [header.as_bytes(), &body].concat();
            let items = read_with(reader, &bytes);
            let text = decoded(&bytes);
            prop_assert_eq!(items.len(), rows_after_header(&text, delimiter), "{:?}", text);
            assert_placed(&items, &text);
            let _ = google_csv::looks_like(&text);
            let _ = outlook_csv::looks_like(&text);
        }
    }

    #[test]
    fn rows_are_placed_on_their_first_line() {
        let text = "A,B\r\n\r\n1,2\r\n\"x\ny\",3\n\n,\n4,5\n";
        let mut input = text.as_bytes();
        let mut rows = Rows::new(&mut input, b',');
        assert!(rows.header().unwrap().is_some());
        let mut seen = Vec::new();
        loop {
            match rows.next().unwrap() {
                Row::End => break,
                Row::Record(line) => seen.push(("record", line)),
                Row::Blank => seen.push(("blank", 0)),
                Row::Bad(b) => seen.push(("bad", b.line)),
            }
        }
        assert_eq!(
            seen,
            [("record", 3), ("record", 4), ("blank", 0), ("record", 8)]
        );
    }

    #[test]
    fn labels_and_system_groups() {
        let mut c = Contact::default();
        for label in [
            "* myContacts",
            "My Contacts",
            "* starred",
            "Friends",
            "*Club",
        ] {
            add_label(&mut c, label);
        }
        assert!(c.favorite);
        assert_eq!(c.categories, ["Friends", "*Club"]);
    }

    #[test]
    fn cells_are_set_by_column_name() {
        const HEADER: &[&str] = &["Name", "Phone", "Notes"];
        let mut out = Vec::new();
        let mut w = RowWriter::new(::csv::Writer::from_writer(&mut out), HEADER).unwrap();
        w.set(column!(HEADER, "Notes"), Some("hi"));
        w.set(column!(HEADER, "Name"), None);
        let c = Contact {
            extras: vec![
                extra("google", "phone", "1"),
                extra("google", "Notes", "lost: the cell is set"),
                extra("outlook", "Name", "another format's"),
                extra("google", "Other", "no such column"),
            ],
            ..Contact::default()
        };
        w.restore_extras(&c, "google");
        w.end_row().unwrap();
        assert!(w.is_empty(column!(HEADER, "Notes")), "a new row is empty");
        assert_eq!(w.column("PHONE"), Some(1));
        w.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "Name,Phone,Notes\n,1,hi\n");
    }
}
