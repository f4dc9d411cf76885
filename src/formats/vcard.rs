//! vCard 2.1, 3.0 and 4.0: a lenient streaming reader and a valid writer.
//!
//! Reading splits the input into cards itself (so one broken card never costs the
//! others), unfolds folded lines and QUOTED-PRINTABLE soft line breaks into a reused
//! buffer, then reads each card's properties with a small zero-copy parser: values are
//! borrowed from the card text and only copied into the `Contact`. Properties kard
//! does not model are kept verbatim in `contact.extras` so that export gives them back.
//!
//! Writing produces vCard 3.0 or 4.0 with CRLF endings, lines folded at 75 octets
//! (never inside a UTF-8 character) and text escaped, built in a reused buffer and
//! handed to the writer once per card.

use super::{text, BadRecord, Item, Record, Sink};
use crate::b64 as base64;
use crate::model::{self, Address, Contact, Email, Extra, Phone, Photo, Url};
use crate::phone::{self, Region};
use anyhow::Result;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{self, BufRead, Write};

/// The vCard version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

/// The largest card read, as text (photos in base64, a third bigger than their bytes):
/// a larger one is bad. What is read is then held to `MAX_CARD_BYTES` as every format is.
const MAX_CARD: usize = crate::model::MAX_CARD_BYTES / 2 * 3 + (1 << 20);
/// The longest physical line read (a photo is one line); a longer one makes its card bad.
const MAX_LINE: usize = MAX_CARD;
/// The `format` of the extras this module keeps and writes back.
const EXTRA_FORMAT: &str = "vcard";

// ---------------------------------------------------------------------------------
// Reading: physical lines, cards, logical lines.

/// Physical lines of the input, ended by LF, CRLF or a lone CR, counted from 1.
struct Lines<'a> {
    input: &'a mut dyn BufRead,
    /// The number of the line last returned.
    line: usize,
    /// The last line ended with a CR at the end of a buffer: skip an LF that follows.
    pending_cr: bool,
}

enum Got {
    Line,
    /// A line longer than `MAX_LINE`: read past, not kept.
    Long,
    Eof,
}

impl Lines<'_> {
    /// The next physical line into `out` (cleared first), without its line ending.
    fn next(&mut self, out: &mut Vec<u8>) -> io::Result<Got> {
        out.clear();
        let mut long = false;
        let mut any = false;
        loop {
            let buf = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                if !any {
                    return Ok(Got::Eof);
                }
                self.line += 1;
                return Ok(if long { Got::Long } else { Got::Line });
            }
            let mut start = 0;
            if self.pending_cr {
                self.pending_cr = false;
                if buf[0] == b'\n' {
                    start = 1;
                }
            }
            let rest = &buf[start..];
            let found = memchr::memchr2(b'\n', b'\r', rest);
            let chunk = &rest[..found.unwrap_or(rest.len())];
            any |= !chunk.is_empty();
            if !long {
                if out.len() + chunk.len() > MAX_LINE {
                    long = true;
                    out.clear();
                } else {
                    out.extend_from_slice(chunk);
                }
            }
            match found {
                Some(i) => {
                    let end = start + i;
                    let mut consume = end + 1;
                    if buf[end] == b'\r' {
                        if consume < buf.len() {
                            if buf[consume] == b'\n' {
                                consume += 1;
                            }
                        } else {
                            self.pending_cr = true;
                        }
                    }
                    self.input.consume(consume);
                    self.line += 1;
                    return Ok(if long { Got::Long } else { Got::Line });
                }
                None => {
                    let n = buf.len();
                    self.input.consume(n);
                }
            }
        }
    }
}

/// One logical (unfolded) line of a card: a range of `Card::text`.
#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

/// The card being read: its unfolded lines, reused from card to card.
#[derive(Default)]
struct Card {
    text: Vec<u8>,
    spans: Vec<Span>,
    /// The line of its BEGIN:VCARD, while a card is open.
    begin: Option<usize>,
    /// Why this card is bad, once it is known to be.
    error: Option<String>,
    /// Some property has a group (`item1.TEL`): labels may need looking up.
    groups: bool,
}

impl Card {
    fn start(&mut self, line: usize) {
        self.text.clear();
        self.spans.clear();
        self.begin = Some(line);
        self.error = None;
        self.groups = false;
    }

    fn fail(&mut self, reason: String) {
        if self.error.is_none() {
            self.error = Some(reason);
        }
    }

    /// Add a physical line: a new property, or the continuation of the last one.
    fn push(&mut self, t: &[u8], line: usize) {
        if self.error.is_some() {
            return;
        }
        if self.text.len() + t.len() > MAX_CARD {
            self.fail(format!(
                "the card is larger than {} MiB (kard's limit is {} MiB a card)",
                MAX_CARD >> 20,
                crate::model::MAX_CARD_BYTES >> 20
            ));
            return;
        }
        if let Some(&bad) = t.iter().find(|&&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
            self.fail(format!(
                "binary data (byte 0x{bad:02x}) on line {line}: not a vCard text line"
            ));
            return;
        }
        if let Some(last) = self.spans.last_mut() {
            let prev = &self.text[last.start..last.end];
            // A QUOTED-PRINTABLE soft line break: `=` at the end continues the value.
            if prev.last() == Some(&b'=') && is_qp(prev) {
                self.text.pop();
                self.text.extend_from_slice(t);
                last.end = self.text.len();
                return;
            }
            // A folded line: CRLF followed by one space or tab.
            if matches!(t.first(), Some(b' ' | b'\t')) {
                self.text.extend_from_slice(&t[1..]);
                last.end = self.text.len();
                return;
            }
        }
        if t.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        // A property whose quoted parameter goes on after a fold has no colon yet (an
        // open quote tells it from a bare line of a note).
        let params_start = t
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'/'))
            .is_some_and(|i| i > 0 && t[i] == b';')
            && t.iter().filter(|&&b| b == b'"').count() % 2 == 1;
        if memchr::memchr(b':', t).is_none() && !params_start {
            // A line with no property name: more base64 from a 2.1 writer that forgot
            // to indent, or a raw line break in a note. Anything else is dropped.
            if let Some(last) = self.spans.last_mut() {
                let prev = &self.text[last.start..last.end];
                let head = &prev[..memchr::memchr(b':', prev).unwrap_or(prev.len())];
                if contains_ic(head, b"BASE64") || contains_ic(head, b"ENCODING=B") {
                    self.text.extend_from_slice(t);
                    last.end = self.text.len();
                } else if starts_with_ic(head, b"NOTE") {
                    self.text.push(b'\n');
                    self.text.extend_from_slice(t);
                    last.end = self.text.len();
                }
            }
            return;
        }
        let name_end = t.iter().position(|&b| b == b';' || b == b':');
        self.groups |= memchr::memchr(b'.', &t[..name_end.unwrap_or(0)]).is_some();
        let start = self.text.len();
        self.text.extend_from_slice(t);
        self.spans.push(Span {
            start,
            end: self.text.len(),
        });
    }
}

/// Does this logical line declare QUOTED-PRINTABLE in its parameters?
fn is_qp(line: &[u8]) -> bool {
    let head = &line[..memchr::memchr(b':', line).unwrap_or(line.len())];
    contains_ic(head, b"QUOTED-PRINTABLE")
}

fn contains_ic(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len()
        && hay
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle))
}

fn starts_with_ic(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Read every card of `input` into `sink`: a `Record` for each good card, a
/// `BadRecord` (at the line of its BEGIN:VCARD) for each bad one, and one for each run
/// of text outside any card.
pub fn read(input: &mut dyn BufRead, region: Region, sink: &mut Sink) -> Result<()> {
    read_cards(input, Some(region), sink)
}

/// `read`, with phone numbers normalized only when a region is given (benchmarks
/// measure the parsing alone with `None`).
fn read_cards(input: &mut dyn BufRead, region: Option<Region>, sink: &mut Sink) -> Result<()> {
    let mut lines = Lines {
        input,
        line: 0,
        pending_cr: false,
    };
    let mut phys = Vec::with_capacity(256);
    let mut card = Card::default();
    // The first line of a run of text outside any card.
    let mut junk: Option<usize> = None;
    let mut seen_card = false;
    let junk_record = |line| BadRecord {
        line,
        reason: "text outside BEGIN:VCARD … END:VCARD: not vCard data".into(),
    };
    loop {
        let got = lines.next(&mut phys)?;
        let n = lines.line;
        match got {
            Got::Eof => break,
            Got::Long => {
                if card.begin.is_some() {
                    card.fail(format!("line {n} is longer than {} MiB", MAX_LINE >> 20));
                } else {
                    junk.get_or_insert(n);
                }
                continue;
            }
            Got::Line => {}
        }
        let t = phys.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&phys);
        // A line that starts with a space or tab continues the one before (folding).
        let trimmed = t.trim_ascii_end();
        if text::is_begin_vcard(trimmed) {
            // Text before the first card (a mail header, a stray `ENCODING:UTF-8`
            // line) is not a record; text between cards is a bad one.
            if let Some(j) = junk.take().filter(|_| seen_card) {
                sink(Err(junk_record(j)))?;
            }
            seen_card = true;
            if let Some(begin) = card.begin {
                sink(Err(BadRecord {
                    line: begin,
                    reason: format!(
                        "no END:VCARD before the next BEGIN:VCARD on line {n} \
                         (an unfinished or nested card)"
                    ),
                }))?;
            }
            card.start(n);
            continue;
        }
        let Some(begin) = card.begin else {
            if !trimmed.is_empty() {
                junk.get_or_insert(n);
            }
            continue;
        };
        if text::is_end_vcard(trimmed) {
            card.begin = None;
            let item = match card.error.take() {
                Some(reason) => Err(BadRecord {
                    line: begin,
                    reason,
                }),
                None => build(&card.text, &card.spans, card.groups, begin, region),
            };
            sink(item)?;
            continue;
        }
        card.push(t, n);
    }
    if let Some(j) = junk {
        sink(Err(junk_record(j)))?;
    }
    if let Some(begin) = card.begin {
        sink(Err(BadRecord {
            line: begin,
            reason: "no END:VCARD before the end of the file".into(),
        }))?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------
// Reading: properties and parameters.

/// One content line split into its parts, all borrowed from the card text.
struct Prop<'a> {
    group: &'a [u8],
    name: &'a [u8],
    params: &'a [u8],
    value: &'a [u8],
    line: &'a [u8],
}

/// `[group.]name[;params]:value`, or None without a colon.
fn split(line: &[u8]) -> Option<Prop<'_>> {
    let name_end = line.iter().position(|&b| b == b';' || b == b':')?;
    let full = &line[..name_end];
    let (group, name) = match full.iter().rposition(|&b| b == b'.') {
        Some(i) => (&full[..i], &full[i + 1..]),
        None => (&full[..0], full),
    };
    let mut quoted = false;
    let mut colon = None;
    for (i, &b) in line[name_end..].iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => {
                colon = Some(name_end + i);
                break;
            }
            _ => {}
        }
    }
    // An unbalanced quote: take the first colon after the name.
    let colon = match colon {
        Some(c) => c,
        None => name_end + memchr::memchr(b':', &line[name_end..])?,
    };
    let params = if name_end < colon {
        &line[name_end + 1..colon]
    } else {
        &line[..0]
    };
    Some(Prop {
        group,
        name: name.trim_ascii(),
        params,
        value: &line[colon + 1..],
        line,
    })
}

/// Split `s` on `sep` outside double quotes.
fn split_quoted(s: &[u8], sep: u8) -> impl Iterator<Item = &[u8]> {
    let mut quoted = false;
    s.split(move |&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == sep && !quoted
    })
}

/// The label words kard uses, in order of preference when a property has several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Word {
    Mobile,
    Pager,
    Main,
    Work,
    Home,
    Other,
}

impl Word {
    fn as_str(self) -> &'static str {
        match self {
            Word::Mobile => "mobile",
            Word::Pager => "pager",
            Word::Main => "main",
            Word::Work => "work",
            Word::Home => "home",
            Word::Other => "other",
        }
    }
}

/// What a TYPE value (or label text) means.
enum Tok {
    Word(Word),
    /// A fax, maybe with a label word (`WorkFAX`).
    Fax(Option<Word>),
    /// `pref`, `voice`, `internet`…: no label.
    Ignore,
    /// A photo's image type.
    Image(&'static str),
    Custom,
}

fn classify(s: &[u8]) -> Tok {
    let s = s.trim_ascii();
    let s = if starts_with_ic(s, b"x-") { &s[2..] } else { s };
    let mut low = [0u8; 16];
    if s.len() > low.len() {
        return Tok::Custom;
    }
    for (d, b) in low.iter_mut().zip(s) {
        *d = b.to_ascii_lowercase();
    }
    match &low[..s.len()] {
        b"cell" | b"mobile" | b"iphone" | b"cellular" => Tok::Word(Word::Mobile),
        b"pager" | b"beeper" => Tok::Word(Word::Pager),
        b"main" | b"mainnumber" => Tok::Word(Word::Main),
        b"work" | b"business" => Tok::Word(Word::Work),
        b"home" => Tok::Word(Word::Home),
        b"other" => Tok::Word(Word::Other),
        b"fax" => Tok::Fax(None),
        b"workfax" | b"businessfax" => Tok::Fax(Some(Word::Work)),
        b"homefax" => Tok::Fax(Some(Word::Home)),
        b"otherfax" => Tok::Fax(Some(Word::Other)),
        b"jpeg" | b"jpg" => Tok::Image("image/jpeg"),
        b"png" => Tok::Image("image/png"),
        b"gif" => Tok::Image("image/gif"),
        b"webp" => Tok::Image("image/webp"),
        b"bmp" => Tok::Image("image/bmp"),
        b"pref" | b"voice" | b"internet" | b"x400" | b"msg" | b"video" | b"text" | b"textphone"
        | b"bbs" | b"modem" | b"car" | b"isdn" | b"pcs" | b"postal" | b"parcel" | b"dom"
        | b"intl" | b"uri" | b"url" | b"" => Tok::Ignore,
        _ => Tok::Custom,
    }
}

#[derive(Default)]
struct Params<'a> {
    word: Option<Word>,
    fax: bool,
    /// The first TYPE value that is not a known word.
    custom: Option<&'a [u8]>,
    image: Option<&'static str>,
    qp: bool,
    base64: bool,
    charset: Option<&'a [u8]>,
    uri: bool,
    media_type: Option<&'a [u8]>,
    omit_year: bool,
    /// An ADR's `LABEL="…"` (4.0; Apple writes it in 3.0 too).
    label: Option<&'a [u8]>,
    /// `X-KARD-ACCOUNT=` of an extension kard wrote.
    account: Option<&'a [u8]>,
    /// `TYPE=PREF` (2.1/3.0) or `PREF=N` (4.0): the preferred number or address.
    pref: bool,
}

impl<'a> Params<'a> {
    fn parse(params: &'a [u8]) -> Params<'a> {
        let mut p = Params::default();
        if params.is_empty() {
            return p;
        }
        for param in split_quoted(params, b';') {
            let (key, values) = match memchr::memchr(b'=', param) {
                Some(i) => (param[..i].trim_ascii(), &param[i + 1..]),
                None => (&b"TYPE"[..], param),
            };
            if key.eq_ignore_ascii_case(b"TYPE") {
                for v in values.split(|&b| b == b',') {
                    p.type_value(unquote(v));
                }
            } else if key.eq_ignore_ascii_case(b"ENCODING") {
                p.encoding(unquote(values));
            } else if key.eq_ignore_ascii_case(b"CHARSET") {
                p.charset = Some(unquote(values).trim_ascii());
            } else if key.eq_ignore_ascii_case(b"VALUE") {
                let v = unquote(values).trim_ascii();
                p.uri = v.eq_ignore_ascii_case(b"uri") || v.eq_ignore_ascii_case(b"url");
            } else if key.eq_ignore_ascii_case(b"MEDIATYPE") {
                p.media_type = Some(unquote(values).trim_ascii());
            } else if key.eq_ignore_ascii_case(b"X-APPLE-OMIT-YEAR") {
                p.omit_year = true;
            } else if key.eq_ignore_ascii_case(b"LABEL") {
                p.label = Some(unquote(values));
            } else if key.eq_ignore_ascii_case(b"X-KARD-ACCOUNT") {
                p.account = Some(unquote(values).trim_ascii());
            } else if key.eq_ignore_ascii_case(b"PREF") {
                p.pref = true;
            }
        }
        p
    }

    fn type_value(&mut self, v: &'a [u8]) {
        if v.trim_ascii().eq_ignore_ascii_case(b"PREF") {
            self.pref = true;
        }
        // A 2.1 bare parameter may also be an encoding.
        if v.eq_ignore_ascii_case(b"QUOTED-PRINTABLE")
            || v.eq_ignore_ascii_case(b"BASE64")
            || v.eq_ignore_ascii_case(b"8BIT")
        {
            return self.encoding(v);
        }
        match classify(v) {
            Tok::Word(w) => self.word = Some(self.word.map_or(w, |o| o.min(w))),
            Tok::Fax(w) => {
                self.fax = true;
                if let Some(w) = w {
                    self.word = Some(self.word.map_or(w, |o| o.min(w)));
                }
            }
            Tok::Image(m) => self.image = Some(m),
            Tok::Ignore => {}
            Tok::Custom => {
                if self.custom.is_none() {
                    self.custom = Some(v.trim_ascii());
                }
            }
        }
    }

    fn encoding(&mut self, v: &[u8]) {
        let v = v.trim_ascii();
        if v.eq_ignore_ascii_case(b"QUOTED-PRINTABLE") {
            self.qp = true;
        } else if v.eq_ignore_ascii_case(b"B") || v.eq_ignore_ascii_case(b"BASE64") {
            self.base64 = true;
        }
    }

    /// The label from the TYPE values: a word, else the custom type lowercased.
    fn label(&self) -> Option<String> {
        if let Some(w) = self.word {
            return Some(w.as_str().to_string());
        }
        let c = String::from_utf8_lossy(self.custom?).to_lowercase();
        let c = c.strip_prefix("x-").unwrap_or(&c).trim();
        (!c.is_empty()).then(|| c.to_string())
    }
}

/// Without surrounding double quotes (either one may be missing in a list value).
fn unquote(v: &[u8]) -> &[u8] {
    let v = v.trim_ascii();
    let v = v.strip_prefix(b"\"").unwrap_or(v);
    v.strip_suffix(b"\"").unwrap_or(v)
}

/// A value's text: QUOTED-PRINTABLE and CHARSET decoded (bytes that are not UTF-8 are
/// read as Windows-1252), escapes untouched.
fn decode<'a>(raw: &'a [u8], p: &Params) -> Cow<'a, str> {
    if p.qp {
        let bytes = qp_decode(raw);
        let text = decode_charset(&bytes, p.charset);
        return Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"));
    }
    match std::str::from_utf8(raw) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => decode_charset(raw, p.charset),
    }
}

fn decode_charset<'a>(bytes: &'a [u8], charset: Option<&[u8]>) -> Cow<'a, str> {
    let enc = charset.and_then(Encoding::for_label).unwrap_or(UTF_8);
    if enc == UTF_8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Cow::Borrowed(s);
        }
        return WINDOWS_1252.decode_without_bom_handling(bytes).0;
    }
    enc.decode_without_bom_handling(bytes).0
}

fn qp_decode(raw: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let b = raw[i];
        if b == b'=' {
            if let (Some(h), Some(l)) = (
                raw.get(i + 1).copied().and_then(hex),
                raw.get(i + 2).copied().and_then(hex),
            ) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    out
}

/// Undo vCard text escapes: `\n` `\N` → line break, `\\` `\,` `\;` `\:` → the
/// character. A backslash before anything else is kept.
fn unescape(s: &str) -> Cow<'_, str> {
    if !s.contains('\\') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(e @ ('\\' | ',' | ';' | ':')) => out.push(e),
            Some(o) => {
                out.push('\\');
                out.push(o);
            }
            None => out.push('\\'),
        }
    }
    Cow::Owned(out)
}

/// Undo vCard 2.1 escapes: `\;` in any value; also `\\` `\:` `\,` in a part of a
/// structured value. A backslash before anything else is kept.
fn unescape_21(s: &str, structured: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&e)
                if c == '\\' && (e == ';' || (structured && matches!(e, '\\' | ':' | ','))) =>
            {
                out.push(e);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// `s` as a vCard text value: `,` and `;` escaped where they are not already, line
/// breaks as `\n`. (For kept lines whose writer left them bare.)
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut escaped = false;
    for c in s.chars() {
        match c {
            ',' | ';' if !escaped => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
        escaped = c == '\\' && !escaped;
    }
    out
}

/// Split `s` on `sep` where it is not escaped by a backslash.
fn split_unescaped(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut escaped = false;
    s.split(move |c: char| {
        let hit = c as u32 == sep as u32 && !escaped;
        escaped = c == '\\' && !escaped;
        hit
    })
}

/// An Apple/Google `X-ABLabel`: `_$!<Mobile>!$_` and label words become kard's lowercase
/// words; custom text is kept as written.
fn ab_label(text: &str) -> (Option<String>, bool) {
    let t = text.trim();
    let (inner, apple) = match t.strip_prefix("_$!<").and_then(|s| s.strip_suffix(">!$_")) {
        Some(inner) => (inner, true),
        None => (t, false),
    };
    match classify(inner.as_bytes()) {
        Tok::Word(w) => (Some(w.as_str().into()), false),
        Tok::Fax(w) => (w.map(|w| w.as_str().into()), true),
        _ if inner.is_empty() => (None, false),
        _ if apple => (Some(inner.to_lowercase()), false),
        _ => (Some(inner.to_string()), false),
    }
}

/// The label of a group (`item1.X-ABLabel`), if the card has one for it.
struct Group<'a> {
    group: &'a [u8],
    label: Option<String>,
    fax: bool,
    used: bool,
}

fn lossy(b: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => WINDOWS_1252.decode_without_bom_handling(b).0,
    }
}

/// A property kept for export: the line as read, or, when it was QUOTED-PRINTABLE, had
/// a CHARSET or 2.1 bare parameters, rewritten as plain UTF-8 text without those
/// encodings and with `TYPE=` before bare parameters (the form every version reads).
fn extra(prop: &Prop, p: &Params) -> Extra {
    let bare = || split_quoted(prop.params, b';').any(|t| memchr::memchr(b'=', t).is_none());
    let line = if p.qp || (p.charset.is_some() && !p.base64) || (!prop.params.is_empty() && bare())
    {
        let mut s = String::new();
        if !prop.group.is_empty() {
            s.push_str(&lossy(prop.group));
            s.push('.');
        }
        s.push_str(&lossy(prop.name));
        for param in split_quoted(prop.params, b';') {
            let t = param.trim_ascii();
            let key = &t[..memchr::memchr(b'=', t).unwrap_or(t.len())];
            if t.is_empty()
                || key.eq_ignore_ascii_case(b"ENCODING")
                || key.eq_ignore_ascii_case(b"CHARSET")
                || t.eq_ignore_ascii_case(b"QUOTED-PRINTABLE")
            {
                continue;
            }
            s.push(';');
            if memchr::memchr(b'=', t).is_none() {
                s.push_str("TYPE=");
            }
            s.push_str(&lossy(t));
        }
        s.push(':');
        let value = decode(prop.value, p);
        s.push_str(&value.replace("\r\n", "\\n").replace(['\n', '\r'], "\\n"));
        s
    } else {
        lossy(prop.line).into_owned()
    };
    // A LABEL is text: kept with its commas escaped, as it is written.
    let line = match label_30(&line) {
        Cow::Owned(escaped) => escaped,
        Cow::Borrowed(_) => line,
    };
    Extra {
        format: EXTRA_FORMAT.into(),
        line,
    }
}

fn upper_name(name: &[u8], buf: &mut [u8; 24]) -> usize {
    if name.len() > buf.len() {
        return 0;
    }
    for (d, b) in buf.iter_mut().zip(name) {
        *d = b.to_ascii_uppercase();
    }
    name.len()
}

/// An extension read from a TEL: (main number, extension, account, label, text).
type PendingExtension = (
    Option<String>,
    String,
    model::Account,
    Option<String>,
    String,
);

/// Build the contact of one card from its logical lines.
fn build(
    text: &[u8],
    spans: &[Span],
    has_groups: bool,
    begin: usize,
    region: Option<Region>,
) -> Item {
    let lines = || spans.iter().map(|s| &text[s.start..s.end]);
    // Group labels first: `item1.X-ABLabel` may come after `item1.TEL`. A label is
    // used by a modeled property of its group, or kept in extras where it stands.
    let mut groups: Vec<Group> = Vec::new();
    let mut modeled: Vec<&[u8]> = Vec::new();
    for line in lines().filter(|_| has_groups) {
        let Some(prop) = split(line) else { continue };
        if prop.group.is_empty() {
            continue;
        }
        if prop.name.eq_ignore_ascii_case(b"X-ABLABEL") {
            let p = Params::parse(prop.params);
            let (label, fax) = ab_label(&unescape(&decode(prop.value, &p)));
            groups.push(Group {
                group: prop.group,
                label,
                fax,
                used: false,
            });
        } else if [&b"TEL"[..], b"EMAIL", b"ADR", b"URL", b"X-KARD-URL"]
            .iter()
            .any(|n| prop.name.eq_ignore_ascii_case(n))
        {
            modeled.push(prop.group);
        }
    }
    for g in &mut groups {
        g.used = modeled.iter().any(|m| m.eq_ignore_ascii_case(g.group));
    }
    // vCard 2.1 escapes less: in a single value only `\;`; in a structured one (N,
    // ADR, ORG) `\;` `\\` `\:` `\,` as Android reads them. Other backslashes are text.
    let v21 = lines().any(|l| {
        split(l).is_some_and(|p| {
            p.name.eq_ignore_ascii_case(b"VERSION") && p.value.trim_ascii() == b"2.1"
        })
    });
    let text = |s: &str| -> String {
        if v21 {
            unescape_21(s, false)
        } else {
            unescape(s).into_owned()
        }
    };
    let fld = |s: &str| -> Option<String> {
        let t = s.trim();
        (!t.is_empty()).then(|| text(t))
    };
    let part = |s: &str| -> Option<String> {
        let t = s.trim();
        match (t.is_empty(), v21) {
            (true, _) => None,
            (false, true) => Some(unescape_21(t, true)),
            (false, false) => Some(unescape(t).into_owned()),
        }
    };
    let mut c = Contact::default();
    let mut name_seen = false;
    // Extensions (`x2002`, `tel:+1…;ext=2002`): (main number, extension, account,
    // label, text), sorted out once every phone is known.
    let mut extensions: Vec<PendingExtension> = Vec::new();
    // How many preferred phones, faxes and emails lead their lists: kard keeps a
    // preference as order, the preferred first.
    let (mut pref_phones, mut pref_faxes, mut pref_emails) = (0, 0, 0);
    let mut upper = [0u8; 24];
    for line in lines() {
        let Some(prop) = split(line) else { continue };
        let n = upper_name(prop.name, &mut upper);
        let name = &upper[..n];
        if name == b"X-ABLABEL"
            && groups
                .iter()
                .any(|g| g.used && g.group.eq_ignore_ascii_case(prop.group))
        {
            continue;
        }
        let p = Params::parse(prop.params);
        // The group's label (X-ABLabel) wins over TYPE; using it consumes it.
        let group_label = || -> (Option<String>, bool) {
            if prop.group.is_empty() {
                return (None, false);
            }
            match groups
                .iter()
                .find(|g| g.group.eq_ignore_ascii_case(prop.group))
            {
                Some(g) => (g.label.clone(), g.fax),
                None => (None, false),
            }
        };
        match name {
            b"BEGIN" | b"END" | b"VERSION" | b"PRODID" | b"REV" => {}
            b"FN" => {
                if c.display_name.is_empty() {
                    c.display_name = fld(&decode(prop.value, &p)).unwrap_or_default();
                }
            }
            b"N" if name_seen => {}
            b"N" => {
                name_seen = true;
                let v = decode(prop.value, &p);
                let mut parts = split_unescaped(&v, b';').map(part);
                let mut next = || parts.next().flatten();
                c.name.family = next();
                c.name.given = next();
                c.name.middle = next();
                c.name.prefix = next();
                c.name.suffix = next();
            }
            b"NICKNAME" if c.nickname.is_none() => c.nickname = fld(&decode(prop.value, &p)),
            b"TITLE" if c.title.is_none() => c.title = fld(&decode(prop.value, &p)),
            b"UID" => {
                if c.uid.is_empty() {
                    c.uid = fld(&decode(prop.value, &p)).unwrap_or_default();
                }
            }
            b"X-KARD-LOCATION" if c.location.is_none() => {
                c.location = fld(&decode(prop.value, &p));
            }
            b"NOTE" => {
                let v = decode(prop.value, &p);
                let v = text(&v);
                if !v.trim().is_empty() {
                    match &mut c.notes {
                        Some(notes) => {
                            notes.push('\n');
                            notes.push_str(&v);
                        }
                        None => c.notes = Some(v),
                    }
                }
            }
            b"ORG" if c.organization.is_none() && c.department.is_none() => {
                let v = decode(prop.value, &p);
                let mut parts = split_unescaped(&v, b';').map(part);
                c.organization = parts.next().flatten();
                let units: Vec<String> = parts.flatten().collect();
                if !units.is_empty() {
                    c.department = Some(units.join(", "));
                }
            }
            b"TEL" => {
                let v = decode(prop.value, &p);
                let v = text(v.trim());
                let raw = v.strip_prefix("tel:").or_else(|| v.strip_prefix("TEL:"));
                let raw = raw.unwrap_or(&v).trim();
                if raw.is_empty() {
                    continue;
                }
                let (glabel, gfax) = group_label();
                let label = glabel.or_else(|| p.label());
                if !p.fax && !gfax {
                    if let Some((main, ext)) = phone::split_extension(raw) {
                        let account = match p.account.map(|a| lossy(a).into_owned()) {
                            Some(a) => a.parse().unwrap_or_default(),
                            None => model::Account::Work,
                        };
                        extensions.push((main, ext, account, label.clone(), raw.to_string()));
                        continue;
                    }
                }
                let ph = match region {
                    Some(r) => phone::make(raw, label, r),
                    None => Phone {
                        label,
                        number: None,
                        raw: raw.to_string(),
                    },
                };
                let (list, prefs) = if p.fax || gfax {
                    (&mut c.faxes, &mut pref_faxes)
                } else {
                    (&mut c.phones, &mut pref_phones)
                };
                if p.pref {
                    list.insert(*prefs, ph);
                    *prefs += 1;
                } else {
                    list.push(ph);
                }
            }
            b"EMAIL" => {
                let v = decode(prop.value, &p);
                let v = text(v.trim());
                let address = v.strip_prefix("mailto:").unwrap_or(&v).trim();
                if address.is_empty() {
                    continue;
                }
                let label = group_label().0.or_else(|| p.label());
                let email = Email {
                    label,
                    address: address.to_string(),
                };
                if p.pref {
                    c.emails.insert(pref_emails, email);
                    pref_emails += 1;
                } else {
                    c.emails.push(email);
                }
            }
            b"ADR" => {
                let v = decode(prop.value, &p);
                let mut parts = split_unescaped(&v, b';').map(part);
                let mut next = || parts.next().flatten();
                let (pobox, ext, street) = (next(), next(), next());
                let street: Vec<String> = [pobox, ext, street].into_iter().flatten().collect();
                let mut a = Address {
                    label: None,
                    street: (!street.is_empty()).then(|| street.join("\n")),
                    locality: next(),
                    region: next(),
                    postal_code: next(),
                    country: next(),
                };
                if let Some(label) = p.label.filter(|l| !l.trim_ascii().is_empty()) {
                    // The address as printed: kept as the LABEL property 3.0 has.
                    let types: Vec<String> = split_quoted(prop.params, b';')
                        .filter(|t| !starts_with_ic(t.trim_ascii(), b"LABEL="))
                        .map(|t| {
                            // 4.0's PREF=1 as the TYPE=PREF of 3.0's LABEL.
                            let t = t.trim_ascii();
                            if starts_with_ic(t, b"PREF=") {
                                "TYPE=PREF".to_string()
                            } else {
                                lossy(t).into_owned()
                            }
                        })
                        .filter(|t| !t.is_empty())
                        .collect();
                    let mut line = String::from("LABEL");
                    for t in types {
                        line.push(';');
                        line.push_str(&t);
                    }
                    line.push(':');
                    // RFC 6868's `^n` `^'` `^^` in a 4.0 parameter, Apple's `\n` in 3.0.
                    let text = lossy(label)
                        .replace("^n", "\n")
                        .replace("^'", "\"")
                        .replace("^^", "^");
                    line.push_str(&escape_text(&unescape(&text)));
                    c.extras.push(Extra {
                        format: EXTRA_FORMAT.into(),
                        line,
                    });
                }
                if a.is_empty() {
                    continue;
                }
                a.label = group_label().0.or_else(|| p.label());
                c.addresses.push(a);
            }
            b"URL" | b"X-KARD-URL" => {
                let v = decode(prop.value, &p);
                let Some(url) = fld(&v) else { continue };
                let label = group_label().0.or_else(|| p.label());
                c.urls.push(Url { label, url });
            }
            b"BDAY" if c.birthday.is_none() => {
                let v = decode(prop.value, &p);
                match model::birthday(&v) {
                    Some(d) if p.omit_year && !d.starts_with("--") => {
                        c.birthday = Some(format!("-{}", &d[4..]));
                    }
                    Some(d) => c.birthday = Some(d),
                    None => c.extras.push(extra(&prop, &p)),
                }
            }
            b"CATEGORIES" => {
                let v = decode(prop.value, &p);
                for cat in split_unescaped(&v, b',').filter_map(part) {
                    if cat.eq_ignore_ascii_case("starred") {
                        c.favorite = true;
                    } else if !c.categories.contains(&cat) {
                        c.categories.push(cat);
                    }
                }
            }
            b"X-KARD-KIND" => {
                if let Ok(kind) = fld(&decode(prop.value, &p)).unwrap_or_default().parse() {
                    c.kind = kind;
                }
            }
            b"KIND" if lossy(prop.value).trim().eq_ignore_ascii_case("application") => {}
            b"PHOTO" if c.photo.is_none() => match photo(&prop, &p) {
                Some(ph) => c.photo = Some(ph),
                None => c.extras.push(extra(&prop, &p)),
            },
            b"X-KARD-EXTRA" => {
                // A property another format kept (a Google CSV column, say), carried here.
                let format = split_quoted(prop.params, b';').find_map(|q| {
                    let q = q.trim_ascii();
                    starts_with_ic(q, b"X-FORMAT=").then(|| lossy(&q[9..]).into_owned())
                });
                match format {
                    Some(format) if !format.is_empty() => c.extras.push(Extra {
                        format,
                        line: text(&decode(prop.value, &p)),
                    }),
                    _ => c.extras.push(extra(&prop, &p)),
                }
            }
            b"X-ANDROID-CUSTOM" => {
                // `vnd.android.cursor.item/nickname;Nick;1;;…`: Android's nickname.
                let v = decode(prop.value, &p);
                let mut parts = split_unescaped(&v, b';');
                let kind = parts.next().unwrap_or("").trim();
                match parts.next().and_then(part) {
                    Some(nick) if kind.ends_with("/nickname") && c.nickname.is_none() => {
                        c.nickname = Some(nick);
                    }
                    _ => c.extras.push(extra(&prop, &p)),
                }
            }
            _ if starts_with_ic(prop.name, b"X-MESSAGING/") => {
                // Samsung's `X-messaging/xmpp-All:handle`: an IM handle; kept as the
                // IMPP property every version has (the name itself is no vCard name).
                let v = decode(prop.value, &p);
                let Some(handle) = fld(&v) else { continue };
                let scheme: String = prop.name[12..]
                    .iter()
                    .take_while(|&&b| b != b'-')
                    .map(|&b| char::from(b.to_ascii_lowercase()))
                    .filter(char::is_ascii_alphanumeric)
                    .collect();
                let scheme = if scheme.is_empty() {
                    "im".into()
                } else {
                    scheme
                };
                c.extras.push(Extra {
                    format: EXTRA_FORMAT.into(),
                    line: format!("IMPP:{scheme}:{}", handle.replace(['\r', '\n'], " ")),
                });
            }
            _ => {
                // Kept only when it can be written back as a valid content line.
                let token = |s: &[u8]| s.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-');
                if !prop.name.is_empty() && token(prop.name) && token(prop.group) {
                    c.extras.push(extra(&prop, &p));
                }
            }
        }
    }
    // An extension is the card's when it stands alone or its main number is one of the
    // card's phones (as kard writes them); else it is a phone number like the others.
    for (main, ext, account, label, raw) in extensions {
        let main_e164 = main
            .as_deref()
            .and_then(|m| region.and_then(|r| phone::e164(m, r)));
        let known = main.is_none()
            || c.phones
                .iter()
                .any(|p| p.number.is_some() && p.number == main_e164);
        if known {
            if !c.extensions.iter().any(|e| e.number == ext) {
                c.extensions.push(model::Extension {
                    account,
                    number: ext,
                });
            }
        } else {
            c.phones.push(match region {
                Some(r) => phone::make(&raw, label, r),
                None => Phone {
                    label,
                    number: None,
                    raw,
                },
            });
        }
    }
    // A card with anything in it is imported, named from what it has (`(no name)` at
    // worst); only an empty one is not a contact.
    c.ensure_imported_name();
    if c.display_name.is_empty() {
        return Err(BadRecord {
            line: begin,
            reason: "an empty card: no value at all".into(),
        });
    }
    Ok(Record {
        line: begin,
        contact: c,
    })
}

/// A PHOTO: inline (base64, or a `data:` URI) or a link.
fn photo(prop: &Prop, p: &Params) -> Option<Photo> {
    let value = prop.value.trim_ascii();
    if value.is_empty() {
        return None;
    }
    let declared = p
        .media_type
        .map(|m| String::from_utf8_lossy(m).to_ascii_lowercase())
        .or_else(|| p.image.map(String::from))
        .or_else(|| {
            let c = String::from_utf8_lossy(p.custom?).to_ascii_lowercase();
            Some(if c.contains('/') {
                c
            } else {
                format!("image/{c}")
            })
        });
    if p.base64 {
        let bytes = base64::decode(value);
        if bytes.is_empty() {
            return None;
        }
        let media_type = declared.unwrap_or_else(|| sniff(&bytes).into());
        return Some(Photo::Data { media_type, bytes });
    }
    if starts_with_ic(value, b"data:") {
        // sabre/Nextcloud (and vobject after them) escape the URI as text:
        // `data:image/png\;base64\,iVBOR…`.
        let unescaped: Vec<u8>;
        let value = if memchr::memchr(b'\\', value).is_some() {
            unescaped = unescape(&String::from_utf8_lossy(value))
                .into_owned()
                .into_bytes();
            &unescaped[..]
        } else {
            value
        };
        let rest = &value[5..];
        let comma = memchr::memchr(b',', rest)?;
        let (meta, data) = (&rest[..comma], &rest[comma + 1..]);
        let is_b64 = meta.len() >= 7 && meta[meta.len() - 7..].eq_ignore_ascii_case(b";base64");
        let bytes = if is_b64 {
            base64::decode(data)
        } else {
            percent_decode(data)
        };
        if bytes.is_empty() {
            return None;
        }
        let media = &meta[..memchr::memchr(b';', meta).unwrap_or(meta.len())];
        let media_type = if media.is_empty() {
            sniff(&bytes).to_string()
        } else {
            String::from_utf8_lossy(media).to_ascii_lowercase()
        };
        return Some(Photo::Data { media_type, bytes });
    }
    let text = decode(value, p);
    let url = unescape(text.trim());
    if p.uri || url.contains("://") {
        return Some(Photo::Url(url.into_owned()));
    }
    // A 2.1 writer that forgot ENCODING: base64 data all the same.
    let bytes = base64::decode(value);
    (!bytes.is_empty()).then(|| Photo::Data {
        media_type: declared.unwrap_or_else(|| sniff(&bytes).into()),
        bytes,
    })
}

fn sniff(b: &[u8]) -> &'static str {
    if b.starts_with(&[0xFF, 0xD8]) {
        "image/jpeg"
    } else if b.starts_with(b"\x89PNG") {
        "image/png"
    } else if b.starts_with(b"GIF8") {
        "image/gif"
    } else if b.len() >= 12 && &b[..4] == b"RIFF" && &b[8..12] == b"WEBP" {
        "image/webp"
    } else {
        "application/octet-stream"
    }
}

fn percent_decode(s: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%' {
            if let (Some(h), Some(l)) = (
                s.get(i + 1).copied().and_then(hex),
                s.get(i + 2).copied().and_then(hex),
            ) {
                out.push(h << 4 | l);
                i += 3;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------
// Writing.

/// A card being written: folds lines at 75 octets as bytes are added.
struct Out {
    buf: Vec<u8>,
    /// Where the current physical line starts in `buf`.
    start: usize,
}

const FOLD_AT: usize = 75;

/// The bytes `Out::text` escapes or drops: `\ , ;` and control characters.
const ESCAPED: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b'\\' as usize] = true;
    t[b',' as usize] = true;
    t[b';' as usize] = true;
    t
};

impl Out {
    /// Add bytes of the current content line, folding before a character that would
    /// not fit. `bytes` starts and ends on character boundaries.
    fn raw(&mut self, mut bytes: &[u8]) {
        loop {
            let room = FOLD_AT - (self.buf.len() - self.start);
            if bytes.len() <= room {
                self.buf.extend_from_slice(bytes);
                return;
            }
            // Cut before the character that would cross the limit.
            let mut cut = room;
            while cut > 0 && bytes[cut] & 0xC0 == 0x80 {
                cut -= 1;
            }
            self.buf.extend_from_slice(&bytes[..cut]);
            self.buf.extend_from_slice(b"\r\n ");
            self.start = self.buf.len() - 1;
            bytes = &bytes[cut..];
        }
    }

    /// Add text, escaping `\ , ;` and line breaks; control characters are dropped.
    fn text(&mut self, s: &str) {
        let mut rest = s.as_bytes();
        while let Some(i) = rest.iter().position(|&b| ESCAPED[usize::from(b)]) {
            self.raw(&rest[..i]);
            match rest[i] {
                b'\n' => self.raw(b"\\n"),
                b'\r' if rest.get(i + 1) != Some(&b'\n') => self.raw(b"\\n"),
                b'\\' => self.raw(b"\\\\"),
                b',' => self.raw(b"\\,"),
                b';' => self.raw(b"\\;"),
                b'\t' => self.raw(b"\t"),
                _ => {}
            }
            rest = &rest[i + 1..];
        }
        self.raw(rest);
    }

    fn end(&mut self) {
        self.buf.extend_from_slice(b"\r\n");
        self.start = self.buf.len();
    }

    /// A whole `NAME:text` line.
    fn line(&mut self, name: &str, value: &str) {
        self.raw(name.as_bytes());
        self.raw(b":");
        self.text(value);
        self.end();
    }
}

thread_local! {
    static BUF: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Write `c` as one vCard of `version`.
pub fn write(w: &mut dyn Write, c: &Contact, version: Version) -> Result<()> {
    BUF.with(|cell| {
        let mut buf = std::mem::take(&mut *cell.borrow_mut());
        buf.clear();
        let mut out = Out { buf, start: 0 };
        card(&mut out, c, version);
        let result = w.write_all(&out.buf);
        if out.buf.capacity() <= 1 << 20 {
            *cell.borrow_mut() = out.buf;
        }
        result.map_err(Into::into)
    })
}

/// A TYPE value of `version` for a label word on a property, or None when the label
/// needs an `X-ABLabel`.
fn type_token(label: &str, prop: &str, version: Version) -> Option<&'static str> {
    let v3 = version == Version::V3;
    let word = match classify(label.as_bytes()) {
        Tok::Word(w) if label.eq_ignore_ascii_case(w.as_str()) => w,
        _ => return None,
    };
    Some(match (word, prop) {
        (Word::Work, _) => pick(v3, "WORK", "work"),
        (Word::Home, _) => pick(v3, "HOME", "home"),
        (Word::Other, _) => pick(v3, "OTHER", "x-other"),
        (Word::Mobile, "TEL") => pick(v3, "CELL", "cell"),
        (Word::Pager, "TEL") => pick(v3, "PAGER", "pager"),
        // MAIN is no 3.0 TEL type (Apple writes it; others drop it).
        (Word::Main, "TEL") => pick(v3, "X-MAIN", "x-main"),
        _ => return None,
    })
}

fn pick(v3: bool, a: &'static str, b: &'static str) -> &'static str {
    if v3 {
        a
    } else {
        b
    }
}

/// The next free `itemN` group: after any the kept extras already use.
fn first_free_item(c: &Contact) -> usize {
    c.extras
        .iter()
        .filter(|e| e.format == EXTRA_FORMAT)
        .filter_map(|e| {
            let head = e.line.get(..4)?;
            if !head.eq_ignore_ascii_case("item") {
                return None;
            }
            let digits: String = e.line[4..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse::<usize>().ok()
        })
        .max()
        .map_or(1, |n| n + 1)
}

/// Writes labeled properties: TYPE for label words, an `itemN.X-ABLabel` otherwise.
struct Labeled {
    next_item: usize,
    version: Version,
}

impl Labeled {
    /// Starts the property line (`[itemN.]NAME[;TYPE=…]:`); returns the custom label
    /// to write after the value with `finish`.
    fn begin<'l>(
        &mut self,
        out: &mut Out,
        prop: &str,
        label: Option<&'l str>,
        extra_types: &[&str],
    ) -> Option<(usize, &'l str)> {
        self.begin_pref(out, prop, label, extra_types, false)
    }

    /// `begin`, marking the value preferred (3.0 `TYPE=…,PREF`, 4.0 `PREF=1`) when `pref`.
    fn begin_pref<'l>(
        &mut self,
        out: &mut Out,
        prop: &str,
        label: Option<&'l str>,
        extra_types: &[&str],
        pref: bool,
    ) -> Option<(usize, &'l str)> {
        let label = label.map(str::trim).filter(|l| !l.is_empty());
        let token = label.and_then(|l| type_token(l, prop, self.version));
        let custom = match (label, token) {
            (Some(l), None) => {
                let n = self.next_item;
                self.next_item += 1;
                out.raw(format!("item{n}.").as_bytes());
                Some((n, l))
            }
            _ => None,
        };
        out.raw(prop.as_bytes());
        let v3_pref = (pref && self.version == Version::V3).then_some("PREF");
        let types = token
            .into_iter()
            .chain(extra_types.iter().copied())
            .chain(v3_pref);
        for (i, t) in types.enumerate() {
            out.raw(if i == 0 { b";TYPE=" } else { b"," });
            out.raw(t.as_bytes());
        }
        if pref && self.version != Version::V3 {
            out.raw(b";PREF=1");
        }
        out.raw(b":");
        custom
    }

    fn finish(out: &mut Out, custom: Option<(usize, &str)>) {
        out.end();
        if let Some((n, label)) = custom {
            out.raw(format!("item{n}.X-ABLabel:").as_bytes());
            out.text(label);
            out.end();
        }
    }
}

fn has_scheme(s: &str) -> bool {
    let Some(colon) = s.find(':') else {
        return false;
    };
    let scheme = &s[..colon];
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// A URI as 4.0 wants it: a scheme (`http://` added when missing) and no bytes a URI
/// cannot hold (percent-encoded).
fn uri(s: &str) -> Cow<'_, str> {
    let s = s.trim();
    let ok = |b: u8| b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b);
    if has_scheme(s) && s.bytes().all(ok) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    if !has_scheme(s) {
        out.push_str("http://");
    }
    for b in s.bytes() {
        if ok(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Cow::Owned(out)
}

/// `uri(s)` when the result is a URL that parses, the check 4.0 readers apply.
fn uri_40(s: &str) -> Option<Cow<'_, str>> {
    let u = uri(s);
    url::Url::parse(&u).is_ok().then_some(u)
}

/// Is `s` a URI as it stands?
fn is_uri(s: &str) -> bool {
    has_scheme(s) && matches!(uri_40(s), Some(Cow::Borrowed(_)))
}

fn card(out: &mut Out, c: &Contact, version: Version) {
    let v3 = version == Version::V3;
    out.raw(b"BEGIN:VCARD");
    out.end();
    out.raw(if v3 { b"VERSION:3.0" } else { b"VERSION:4.0" });
    out.end();
    let display = if c.display_name.trim().is_empty() {
        Cow::Owned(c.best_name())
    } else {
        Cow::Borrowed(c.display_name.as_str())
    };
    if c.kind != model::Kind::Person {
        // A service entry of the phone system: `application` (RFC 6473) to others,
        // its own kind to kard.
        if !v3 {
            out.raw(b"KIND:application");
            out.end();
        }
        out.raw(b"X-KARD-KIND:");
        out.raw(c.kind.as_str().as_bytes());
        out.end();
    }
    out.line("FN", &display);
    out.raw(b"N:");
    let n = &c.name;
    for (i, part) in [&n.family, &n.given, &n.middle, &n.prefix, &n.suffix]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            out.raw(b";");
        }
        out.text(part.as_deref().unwrap_or(""));
    }
    out.end();
    if let Some(nick) = &c.nickname {
        out.line("NICKNAME", nick);
    }
    // Another company's directory entry belongs to that company.
    let org = c.organization.as_deref().or(c.external_company.as_deref());
    if org.is_some() || c.department.is_some() {
        out.raw(b"ORG:");
        out.text(org.unwrap_or(""));
        if let Some(d) = &c.department {
            out.raw(b";");
            out.text(d);
        }
        out.end();
    }
    if let Some(t) = &c.title {
        out.line("TITLE", t);
    }
    let mut labeled = Labeled {
        next_item: first_free_item(c),
        version,
    };
    // Where there is a choice, the first is the preferred one (kard keeps preference as
    // order, and reads PREF that way).
    for (i, p) in c.phones.iter().enumerate() {
        let pref = i == 0 && c.phones.len() > 1;
        let custom = labeled.begin_pref(out, "TEL", p.label.as_deref(), &[], pref);
        out.text(&p.raw);
        Labeled::finish(out, custom);
    }
    // Directory extensions: with the main number as others dial them (4.0
    // `tel:+1-212-555-0102;ext=2002`, 3.0 `+1 212-555-0102 x2002`), else `x2002`.
    let main = c.main_phone();
    for e in &c.extensions {
        out.raw(if v3 {
            b"TEL;TYPE=WORK"
        } else {
            b"TEL;TYPE=work"
        });
        if e.account != model::Account::Work {
            out.raw(b";X-KARD-ACCOUNT=");
            out.raw(e.account.as_str().as_bytes());
        }
        match (main.and_then(|p| p.number.as_deref()), v3) {
            (Some(n), false) => {
                out.raw(b";VALUE=uri:tel:");
                out.raw(n.as_bytes());
                out.raw(b";ext=");
            }
            (Some(n), true) => {
                out.raw(b":");
                out.raw(n.as_bytes());
                out.raw(b" x");
            }
            (None, false) => out.raw(b";VALUE=text:x"),
            (None, true) => out.raw(b":x"),
        }
        out.text(&e.number);
        out.end();
    }
    for p in &c.faxes {
        let fax = if v3 { "FAX" } else { "fax" };
        let custom = labeled.begin(out, "TEL", p.label.as_deref(), &[fax]);
        out.text(&p.raw);
        Labeled::finish(out, custom);
    }
    for (i, e) in c.emails.iter().enumerate() {
        let internet: &[&str] = if v3 { &["INTERNET"] } else { &[] };
        let pref = i == 0 && c.emails.len() > 1;
        let custom = labeled.begin_pref(out, "EMAIL", e.label.as_deref(), internet, pref);
        out.text(&e.address);
        Labeled::finish(out, custom);
    }
    for a in &c.addresses {
        let custom = labeled.begin(out, "ADR", a.label.as_deref(), &[]);
        out.raw(b";;");
        for (i, part) in [
            &a.street,
            &a.locality,
            &a.region,
            &a.postal_code,
            &a.country,
        ]
        .into_iter()
        .enumerate()
        {
            if i > 0 {
                out.raw(b";");
            }
            out.text(part.as_deref().unwrap_or(""));
        }
        Labeled::finish(out, custom);
    }
    for u in &c.urls {
        // 4.0 wants a URI: other text goes as X-KARD-URL, which kard reads back.
        let value = if v3 {
            Some(Cow::Borrowed(u.url.as_str()))
        } else {
            uri_40(&u.url)
        };
        let prop = if value.is_some() { "URL" } else { "X-KARD-URL" };
        let custom = labeled.begin(out, prop, u.label.as_deref(), &[]);
        out.text(value.as_deref().unwrap_or(&u.url));
        Labeled::finish(out, custom);
    }
    if let Some(b) = c.birthday.as_deref().and_then(model::birthday) {
        match (b.strip_prefix("--"), v3) {
            // `--MMDD` in both: Apple's year 1604 shows as a year in khard and vobject.
            (Some(md), _) => {
                out.raw(b"BDAY:--");
                out.raw(md.replace('-', "").as_bytes());
            }
            (None, true) => {
                out.raw(b"BDAY:");
                out.raw(b.as_bytes());
            }
            (None, false) => {
                out.raw(b"BDAY:");
                out.raw(b.replace('-', "").as_bytes());
            }
        }
        out.end();
    }
    if let Some(note) = &c.notes {
        out.line("NOTE", note);
    }
    if !c.uid.is_empty() {
        if v3 || is_uri(&c.uid) {
            out.line("UID", &c.uid);
        } else {
            out.line("UID;VALUE=text", &c.uid);
        }
    }
    if let Some(loc) = &c.location {
        out.line("X-KARD-LOCATION", loc);
    }
    if !c.categories.is_empty() || c.favorite {
        out.raw(b"CATEGORIES:");
        let starred = c.favorite.then_some("starred");
        for (i, cat) in c
            .categories
            .iter()
            .map(String::as_str)
            .chain(starred)
            .enumerate()
        {
            if i > 0 {
                out.raw(b",");
            }
            out.text(cat);
        }
        out.end();
    }
    match &c.photo {
        Some(Photo::Data { media_type, bytes }) => {
            let media: String = media_type
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '+' | '.' | '-'))
                .collect();
            let media = if media.contains('/') {
                media
            } else {
                sniff(bytes).to_string()
            };
            if v3 {
                // TYPE=JPEG for images, as Apple and Google write; other types whole.
                out.raw(b"PHOTO;ENCODING=b;TYPE=");
                match media.strip_prefix("image/") {
                    Some(sub) => out.raw(sub.to_ascii_uppercase().as_bytes()),
                    None => out.raw(media.as_bytes()),
                }
                out.raw(b":");
            } else {
                // The `data:` URI escaped as sabre/Nextcloud write it: vobject (and so
                // Radicale) cut an unescaped one at its comma.
                out.raw(b"PHOTO;VALUE=URI:data:");
                out.raw(media.as_bytes());
                out.raw(b";base64\\,");
            }
            out.raw(base64::encode(bytes).as_bytes());
            out.end();
        }
        Some(Photo::Url(url)) => {
            if v3 {
                out.line("PHOTO;VALUE=uri", url);
            } else if let Some(url) = uri_40(url) {
                out.raw(b"PHOTO:");
                out.text(&url);
                out.end();
            }
        }
        None => {}
    }
    // Properties 4.0 allows once, and which of them this card already has.
    const SINGLE: &[&str] = &[
        "N",
        "UID",
        "BDAY",
        "ANNIVERSARY",
        "GENDER",
        "KIND",
        "PRODID",
        "REV",
        "BIRTHPLACE",
        "DEATHPLACE",
        "DEATHDATE",
        "LANGUAGE",
        "CREATED",
        "VERSION",
    ];
    let mut seen: Vec<&str> = vec!["N", "VERSION"];
    seen.extend((c.kind != model::Kind::Person).then_some("KIND"));
    seen.extend(c.birthday.is_some().then_some("BDAY"));
    seen.extend((!c.uid.is_empty()).then_some("UID"));
    for e in c.extras.iter().filter(|e| e.format == EXTRA_FORMAT) {
        // A kept line whose group or name is not a vCard name cannot be written validly.
        let name_ok = split(e.line.as_bytes()).is_some_and(|p| {
            let token = |s: &[u8]| s.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'-');
            let full = p.group.len() + usize::from(!p.group.is_empty()) + p.name.len();
            !p.name.is_empty()
                && token(p.name)
                && token(p.group)
                && e.line
                    .as_bytes()
                    .get(full)
                    .is_some_and(|b| matches!(b, b';' | b':'))
        });
        if !name_ok {
            continue;
        }
        let line = match version {
            Version::V3 => label_30(&e.line),
            Version::V4 => match extra_40(&e.line) {
                Some(line) => {
                    let name = split(line.as_bytes()).map_or(&b""[..], |p| p.name);
                    if let Some(single) = SINGLE
                        .iter()
                        .find(|s| name.eq_ignore_ascii_case(s.as_bytes()))
                    {
                        if seen.contains(single) {
                            continue;
                        }
                        seen.push(single);
                    }
                    line
                }
                None => continue,
            },
        };
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            continue;
        }
        for chunk in line.split_inclusive(['\r', '\n']) {
            let body = chunk.trim_end_matches(['\r', '\n']);
            let control = |c: char| (c < ' ' && c != '\t') || c == '\x7f';
            if body.contains(control) {
                out.raw(body.replace(control, "").as_bytes());
            } else {
                out.raw(body.as_bytes());
            }
            if body.len() < chunk.len() {
                out.raw(b"\\n");
            }
        }
        out.end();
    }
    // What other formats kept goes along too, so that nothing is lost on the way.
    for e in c.extras.iter().filter(|e| e.format != EXTRA_FORMAT) {
        if e.format.is_empty() || !e.format.bytes().all(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        out.raw(b"X-KARD-EXTRA;X-FORMAT=");
        out.raw(e.format.as_bytes());
        out.raw(b":");
        out.text(&e.line);
        out.end();
    }
    out.raw(b"END:VCARD");
    out.end();
}

/// A kept line as 3.0 writes it: a `LABEL` (text) with its bare commas and semicolons
/// escaped, as readers of 3.0 want them; anything else as kept.
fn label_30(line: &str) -> Cow<'_, str> {
    let Some(prop) = split(line.as_bytes()) else {
        return Cow::Borrowed(line);
    };
    if !prop.name.eq_ignore_ascii_case(b"LABEL") {
        return Cow::Borrowed(line);
    }
    let head = &line[..line.len() - prop.value.len()];
    let value = &line[head.len()..];
    let escaped = escape_text(value);
    if escaped == value {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(format!("{head}{escaped}"))
    }
}

/// A kept line as valid vCard 4.0: older forms of 4.0 properties rewritten (inline
/// `ENCODING=b` data as a `data:` URI, `GEO:lat;lon` as a `geo:` URI, dates in basic
/// form or as text, text RELATED as `VALUE=text`), parameters 4.0 lacks (ENCODING,
/// CHARSET, PID) dropped, and None for a URI property whose value is not a URI.
fn extra_40(line: &str) -> Option<Cow<'_, str>> {
    let prop = split(line.as_bytes())?;
    let mut upper = [0u8; 24];
    let n = upper_name(prop.name, &mut upper);
    let name = &upper[..n];
    let p = Params::parse(prop.params);
    let value = std::str::from_utf8(prop.value).ok()?;
    let mut drop_type = false;
    let mut add = "";
    if name == b"LABEL" {
        // 4.0 has no LABEL property: the label of an address is its LABEL parameter
        // (RFC 6868 escapes `"` and `^`), here on an address of its own.
        let text = unescape(value)
            .replace('^', "^^")
            .replace("\r\n", "^n")
            .replace(['\n', '\r'], "^n")
            .replace('"', "^'");
        let mut out = String::from("ADR");
        for param in split_quoted(prop.params, b';').filter(|p| !p.is_empty()) {
            if let Some(kept) = param_40(param, b"ADR", false, false) {
                out.push(';');
                out.push_str(&kept);
            }
        }
        out.push_str(";LABEL=\"");
        out.push_str(&text);
        out.push_str("\":;;;;;;");
        return Some(Cow::Owned(out));
    }
    let new_value: Cow<str> = match name {
        b"LOGO" | b"SOUND" | b"KEY" | b"PHOTO" if p.base64 => {
            let sub = p
                .custom
                .map(|c| String::from_utf8_lossy(c).to_ascii_lowercase());
            let media = match (name, p.image, sub) {
                (_, Some(m), _) => m.to_string(),
                (_, None, Some(s)) if s.contains('/') => s,
                (b"SOUND", None, Some(s)) => format!("audio/{s}"),
                (b"KEY", None, Some(s)) => format!("application/{s}"),
                (b"SOUND" | b"KEY", None, None) => "application/octet-stream".into(),
                (_, None, Some(s)) => format!("image/{s}"),
                (_, None, None) => "image/jpeg".into(),
            };
            drop_type = true;
            let data: String = value.chars().filter(|c| !c.is_whitespace()).collect();
            Cow::Owned(format!("data:{media};base64,{data}"))
        }
        b"LOGO" | b"SOUND" | b"KEY" | b"PHOTO" | b"SOURCE" | b"FBURL" | b"CALURI"
        | b"CALADRURI" | b"ORG-DIRECTORY" | b"CONTACT-URI" | b"IMPP" => {
            if !is_uri(value) {
                return None;
            }
            Cow::Borrowed(value)
        }
        b"MEMBER" | b"CLIENTPIDMAP" | b"XML" => return None,
        b"GEO" if !value.starts_with("geo:") => {
            let mut parts = value.split([';', ',']).map(str::trim);
            let (lat, lon) = (parts.next()?, parts.next()?);
            let num = |s: &str| s.parse::<f64>().is_ok_and(f64::is_finite);
            if !num(lat) || !num(lon) || parts.next().is_some() {
                return None;
            }
            Cow::Owned(format!("geo:{lat},{lon}"))
        }
        b"ANNIVERSARY" | b"DEATHDATE" | b"BDAY" => match model::birthday(value) {
            Some(d) => match d.strip_prefix("--") {
                Some(md) => Cow::Owned(format!("--{}", md.replace('-', ""))),
                None => Cow::Owned(d.replace('-', "")),
            },
            None => {
                add = ";VALUE=text";
                Cow::Borrowed(value)
            }
        },
        b"RELATED" if !is_uri(value) => {
            add = ";VALUE=text";
            Cow::Borrowed(value)
        }
        _ => Cow::Borrowed(value),
    };
    let dated = matches!(name, b"ANNIVERSARY" | b"DEATHDATE" | b"BDAY" | b"RELATED");
    let params: Vec<Option<Cow<str>>> = split_quoted(prop.params, b';')
        .filter(|p| !p.is_empty())
        .map(|p| param_40(p, name, dated, drop_type))
        .collect();
    let all_kept = params.iter().all(|p| matches!(p, Some(Cow::Borrowed(_))));
    if all_kept && add.is_empty() && matches!(new_value, Cow::Borrowed(_)) {
        return Some(Cow::Borrowed(line));
    }
    let mut out = String::with_capacity(line.len() + 16);
    if !prop.group.is_empty() {
        out.push_str(std::str::from_utf8(prop.group).ok()?);
        out.push('.');
    }
    out.push_str(std::str::from_utf8(prop.name).ok()?);
    for param in params.iter().flatten() {
        out.push(';');
        out.push_str(param);
    }
    out.push_str(add);
    out.push(':');
    out.push_str(&new_value);
    Some(Cow::Owned(out))
}

/// One parameter of a kept line as 4.0 allows it (see `extra_40`), or None to drop it.
fn param_40<'a>(
    param: &'a [u8],
    name: &[u8],
    dated: bool,
    drop_type: bool,
) -> Option<Cow<'a, str>> {
    let token =
        |v: &str| !v.is_empty() && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let t = std::str::from_utf8(param.trim_ascii()).ok()?;
    let (key, val, bare) = match t.split_once('=') {
        Some((k, v)) => (k.trim(), v, false),
        None => ("TYPE", t, true),
    };
    let is = |k: &str| key.eq_ignore_ascii_case(k);
    if t.is_empty() || is("ENCODING") || is("CHARSET") || is("PID") {
        return None;
    }
    if is("VALUE") {
        // Known properties have their own value types: only extensions keep VALUE.
        let extension = starts_with_ic(name, b"X-");
        return (extension && !dated && token(val.trim())).then_some(Cow::Borrowed(t));
    }
    if !is("TYPE") {
        return Some(Cow::Borrowed(t));
    }
    // Properties RFC 6350 gives no TYPE parameter.
    const NO_TYPE: &[&[u8]] = &[
        b"BDAY",
        b"ANNIVERSARY",
        b"DEATHDATE",
        b"BIRTHPLACE",
        b"DEATHPLACE",
        b"GENDER",
        b"KIND",
        b"N",
        b"UID",
        b"REV",
        b"PRODID",
        b"MEMBER",
        b"CLIENTPIDMAP",
        b"SOURCE",
        b"XML",
        b"VERSION",
        b"GRAMGENDER",
        b"CREATED",
        b"LANGUAGE",
    ];
    if drop_type || NO_TYPE.contains(&name) {
        return None;
    }
    // TEL's and RELATED's own TYPE values are not allowed elsewhere.
    let allowed = |v: &str| {
        let v = v.to_ascii_lowercase();
        let tel = [
            "text",
            "voice",
            "fax",
            "cell",
            "video",
            "pager",
            "textphone",
        ];
        let related = [
            "contact",
            "acquaintance",
            "friend",
            "met",
            "co-worker",
            "colleague",
            "co-resident",
            "neighbor",
            "child",
            "parent",
            "sibling",
            "spouse",
            "kin",
            "muse",
            "crush",
            "date",
            "sweetheart",
            "me",
            "agent",
            "emergency",
        ];
        // RFC 6350's type values are tokens (`iana-token`, `x-name`).
        token(&v)
            && (name == b"TEL" || !tel.contains(&v.as_str()))
            && (name == b"RELATED" || !related.contains(&v.as_str()))
    };
    let values: Vec<&str> = val.split(',').map(|v| v.trim().trim_matches('"')).collect();
    // `TYPE=PREF` is the 4.0 parameter `PREF=1` on the address a LABEL becomes (other
    // kept lines keep theirs, which 4.0 allows, so that they read back the same).
    let pref = name == b"ADR" && values.iter().any(|v| v.eq_ignore_ascii_case("pref"));
    let kept: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| allowed(v) && !(pref && v.eq_ignore_ascii_case("pref")))
        .collect();
    match (kept.is_empty(), pref) {
        (true, false) => None,
        (true, true) => Some(Cow::Owned("PREF=1".into())),
        (false, false) if !bare && kept.len() == values.len() => Some(Cow::Borrowed(t)),
        (false, false) => Some(Cow::Owned(format!("TYPE={}", kept.join(",")))),
        (false, true) => Some(Cow::Owned(format!("TYPE={};PREF=1", kept.join(",")))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Name;

    fn read_bytes(input: &[u8]) -> Vec<Item> {
        let mut items = Vec::new();
        let mut r = input;
        read(&mut r, Region::default(), &mut |item| {
            items.push(item);
            Ok(())
        })
        .unwrap();
        items
    }

    fn fixture(name: &str) -> Vec<Item> {
        let path = format!("{}/tests/data/vcard/{name}", env!("CARGO_MANIFEST_DIR"));
        read_bytes(&std::fs::read(&path).unwrap())
    }

    fn good(items: Vec<Item>) -> Vec<Contact> {
        items
            .into_iter()
            .map(|i| i.unwrap_or_else(|b| panic!("bad record: {b:?}")).contact)
            .collect()
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    fn ph(label: Option<&str>, number: Option<&str>, raw: &str) -> Phone {
        Phone {
            label: label.map(String::from),
            number: number.map(String::from),
            raw: raw.into(),
        }
    }

    fn em(label: Option<&str>, address: &str) -> Email {
        Email {
            label: label.map(String::from),
            address: address.into(),
        }
    }

    fn extras(c: &Contact) -> Vec<&str> {
        c.extras.iter().map(|e| e.line.as_str()).collect()
    }

    fn jpeg_len(c: &Contact) -> (String, usize, bool) {
        match &c.photo {
            Some(Photo::Data { media_type, bytes }) => (
                media_type.clone(),
                bytes.len(),
                bytes.starts_with(&[0xFF, 0xD8]) && bytes.ends_with(&[0xFF, 0xD9]),
            ),
            other => panic!("no inline photo: {other:?}"),
        }
    }

    #[test]
    fn outlook_21_quoted_printable() {
        let cards = good(fixture("outlook-2.1-quoted-printable.vcf"));
        assert_eq!(cards.len(), 2);
        let c = &cards[0];
        assert_eq!(c.display_name, "Jörg Müller");
        assert_eq!(c.name.family, s("Müller"));
        assert_eq!(c.name.given, s("Jörg"));
        assert_eq!(c.organization, s("Acme Corp"));
        assert_eq!(c.department, s("Sales"));
        assert_eq!(c.title, s("Account Manager"));
        assert_eq!(
            c.phones,
            vec![
                ph(s("work").as_deref(), Some("+15550101234"), "(555) 010-1234"),
                ph(Some("home"), Some("+15550105678"), "555.010.5678"),
                ph(Some("mobile"), Some("+15550109999"), "+1 555 010 9999"),
            ]
        );
        assert_eq!(
            c.faxes,
            vec![ph(Some("work"), Some("+15550104321"), "(555) 010-4321")]
        );
        assert_eq!(c.emails, vec![em(None, "jorg.muller@acme.example")]);
        assert_eq!(c.addresses.len(), 1);
        assert_eq!(c.addresses[0].label, s("work"));
        assert_eq!(c.addresses[0].street, s("100 Main Street"));
        assert_eq!(c.addresses[0].locality, s("Springfield"));
        assert_eq!(c.addresses[0].postal_code, s("62701"));
        assert_eq!(
            c.notes,
            s("Met at the très long conference in Zürich, followed up by email.\nSecond line € 5.")
        );
        assert_eq!(jpeg_len(c), ("image/jpeg".into(), 142, true));
        let ex = extras(c);
        assert!(
            ex.contains(&"LABEL;TYPE=WORK;TYPE=PREF:100 Main Street\\nSpringfield\\, IL 62701"),
            "{ex:?}"
        );
        assert!(ex.contains(&"X-MS-OL-DEFAULT-POSTAL-ADDRESS:2"), "{ex:?}");
        assert!(!ex.iter().any(|l| l.starts_with("REV")), "{ex:?}");
        let j = &cards[1];
        assert_eq!(j.display_name, "Sr. José García");
        assert_eq!(
            j.name,
            Name {
                prefix: s("Sr."),
                given: s("José"),
                middle: None,
                family: s("García"),
                suffix: None
            }
        );
        assert_eq!(
            j.faxes,
            vec![ph(Some("home"), Some("+15550108888"), "555-010-8888")]
        );
        assert_eq!(j.birthday, s("1980-03-21"));
    }

    #[test]
    fn google_30() {
        let cards = good(fixture("google-3.0.vcf"));
        assert_eq!(cards.len(), 3);
        let c = &cards[0];
        assert_eq!(c.display_name, "Robin Lee");
        assert_eq!(c.nickname, s("Rob"));
        assert_eq!(
            c.emails,
            vec![
                em(Some("home"), "robin@home.example"),
                em(Some("work"), "robin@acme.example")
            ]
        );
        assert_eq!(
            c.phones,
            vec![
                ph(Some("mobile"), Some("+15550101234"), "(555) 010-1234"),
                ph(Some("work"), Some("+15550102222"), "+1 555-010-2222"),
                ph(Some("Studio"), Some("+442079460958"), "+44 20 7946 0958"),
            ]
        );
        assert_eq!(c.addresses.len(), 2);
        assert_eq!(c.addresses[0].label, s("Cabin"));
        assert_eq!(c.addresses[0].street, s("12 Elm St\nApt 4"));
        assert_eq!(c.addresses[0].region, s("OR"));
        assert_eq!(c.addresses[0].country, s("US"));
        assert_eq!(c.addresses[1].label, s("work"));
        assert_eq!(
            c.urls,
            vec![Url {
                label: s("blog"),
                url: "https://robin.example/blog".into()
            }]
        );
        assert_eq!(
            (c.organization.as_deref(), c.department.as_deref()),
            (Some("Acme"), Some("Engineering"))
        );
        assert_eq!(c.birthday, s("1985-07-14"));
        assert_eq!(
            c.notes,
            s("Likes tea, not coffee; call after 5pm.\nSecond line.")
        );
        assert!(c.favorite);
        assert_eq!(c.categories, vec!["myContacts".to_string()]);
        assert_eq!(extras(c), vec!["item2.X-ABADR:us"]);
        assert_eq!(cards[1].display_name, "sam@example.com");
        assert!(!cards[1].favorite);
        let g = &cards[2];
        assert_eq!(g.display_name, "Globex Front Desk");
        assert_eq!(
            g.phones,
            vec![ph(Some("main"), Some("+15550100000"), "555-010-0000")]
        );
        assert_eq!(
            g.faxes,
            vec![ph(Some("work"), Some("+15550100001"), "555-010-0001")]
        );
    }

    #[test]
    fn apple_30() {
        let cards = good(fixture("apple-3.0.vcf"));
        assert_eq!(cards.len(), 1);
        let c = &cards[0];
        assert_eq!(c.display_name, "Johnny Appleseed");
        assert_eq!(
            (c.organization.as_deref(), c.department.as_deref()),
            (Some("Apple"), None)
        );
        assert_eq!(c.emails, vec![em(Some("other"), "johnny@icloud.example")]);
        assert_eq!(
            c.phones,
            vec![
                ph(Some("mobile"), Some("+15550101234"), "(555) 010-1234"),
                ph(Some("mobile"), Some("+15550107777"), "555-010-7777"),
                ph(Some("mobile"), Some("+15550107779"), "555-010-7779"),
            ]
        );
        assert_eq!(
            c.faxes,
            vec![ph(Some("home"), Some("+15550107778"), "555-010-7778")]
        );
        assert_eq!(c.addresses[0].label, s("home"));
        assert_eq!(c.addresses[0].locality, s("Cupertino"));
        assert_eq!(c.birthday, s("--05-09"));
        assert_eq!(
            c.urls,
            vec![Url {
                label: s("homepage"),
                url: "http://www.apple.example".into()
            }]
        );
        assert_eq!(c.notes, s("Line one\nLine two"));
        assert_eq!(jpeg_len(c), ("image/jpeg".into(), 142, true));
        assert_eq!(
            extras(c),
            vec![
                "item4.X-ABADR:us",
                "item5.X-ABDATE;type=pref:2010-06-01",
                "item5.X-ABLabel:_$!<Anniversary>!$_",
                "X-SOCIALPROFILE;type=twitter:https://twitter.com/johnny",
                "X-ABUID:5E2B1C54-9A2B-4F0E-8D5A-6C1C2F3E4D5A:ABPerson",
            ]
        );
    }

    #[test]
    fn android_21() {
        let items = fixture("android-2.1.vcf");
        assert_eq!(items.len(), 2);
        let cards = good(items);
        let c = &cards[0];
        assert_eq!(c.display_name, "Björn Åström");
        assert_eq!(c.name.family, s("Åström"));
        assert_eq!(
            c.phones[0],
            ph(Some("mobile"), Some("+46701234567"), "+46 70 123 45 67")
        );
        assert_eq!(c.phones[1].label, s("home"));
        assert_eq!(c.phones[2].label, s("work"));
        assert_eq!(c.emails, vec![em(Some("home"), "bjorn@example.se")]);
        assert_eq!(c.organization, s("Volvo"));
        assert_eq!(c.notes, s("Träffade på mässan.\nRättvis ring tillbaka."));
        assert_eq!(c.birthday, s("1990-01-15"));
        assert_eq!(jpeg_len(c), ("image/jpeg".into(), 142, true));
        assert_eq!(
            extras(c),
            vec!["X-ANDROID-CUSTOM:vnd.android.cursor.item/relation;Anna;14;;;;;;;;;;;;;"]
        );
        // Only a number: named by it.
        assert_eq!(cards[1].display_name, "555-010-4446");
    }

    #[test]
    fn thunderbird_40() {
        let cards = good(fixture("thunderbird-4.0.vcf"));
        let c = &cards[0];
        assert_eq!(c.display_name, "Alex Martin");
        assert_eq!(c.uid, "0cd8b3d5-7f65-4b64-a8b4-5f4f3e8d1a10");
        assert_eq!(
            c.emails,
            vec![
                em(None, "alex@example.org"),
                em(Some("work"), "alex.martin@corp.example")
            ]
        );
        assert_eq!(
            c.phones,
            vec![
                ph(None, Some("+15550103000"), "+1-555-010-3000"),
                ph(Some("mobile"), Some("+15550103001"), "+1-555-010-3001"),
            ]
        );
        assert_eq!(
            c.faxes,
            vec![ph(None, Some("+15550103002"), "555-010-3002")]
        );
        assert_eq!(c.addresses[0].postal_code, s("B3H 1A1"));
        assert_eq!(c.urls[0].url, "https://alex.example");
        assert_eq!(c.birthday, s("1980-03-21"));
        assert_eq!(c.notes, s("Two\nlines"));
        assert!(c.extras.is_empty(), "{:?}", c.extras);
    }

    #[test]
    fn khard_40() {
        let cards = good(fixture("khard-4.0.vcf"));
        let c = &cards[0];
        assert_eq!(c.uid, "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
        assert_eq!(c.display_name, "Dr. Jane Marie Doe PhD");
        assert_eq!(c.name.middle, s("Marie"));
        assert_eq!(c.name.suffix, s("PhD"));
        assert_eq!(c.nickname, s("JD"));
        assert_eq!(c.birthday, s("--11-02"));
        assert_eq!(c.department, s("Research, Lab 3"));
        // The preferred number first (`TYPE="cell,pref"`).
        assert_eq!(c.phones[0].label, s("mobile"));
        assert_eq!(c.phones[1].label, s("home"));
        assert_eq!(c.phones[1].number, s("+49301234567"));
        assert_eq!(c.addresses[0].country, s("Germany"));
        assert_eq!(c.categories, vec!["friends", "colleagues"]);
        assert_eq!(extras(c), vec!["GENDER:F"]);
    }

    #[test]
    fn broken_cards_are_skipped_and_reported() {
        let items = fixture("broken.vcf");
        let summary: Vec<(usize, Result<String, String>)> = items
            .into_iter()
            .map(|i| match i {
                Ok(r) => (r.line, Ok(r.contact.display_name)),
                Err(b) => (b.line, Err(b.reason)),
            })
            .collect();
        let lines: Vec<usize> = summary.iter().map(|s| s.0).collect();
        assert_eq!(
            lines,
            vec![1, 6, 10, 15, 19, 23, 24, 28, 32],
            "{summary:#?}"
        );
        let ok = |i: usize| summary[i].1.clone().unwrap();
        let bad = |i: usize| summary[i].1.clone().unwrap_err();
        assert_eq!(ok(0), "First Good");
        assert!(bad(1).contains("no END:VCARD before the next BEGIN:VCARD on line 10"));
        assert_eq!(ok(2), "Second Good");
        assert_eq!(ok(3), "(no name)", "a note is something: imported");
        assert_eq!(ok(4), "Third Good");
        assert!(bad(5).contains("outside"));
        assert!(bad(6).contains("binary data"), "{}", bad(6));
        assert_eq!(ok(7), "Last Good");
        assert!(bad(8).contains("end of the file"));
    }

    #[test]
    fn edge_fixtures() {
        let one = |name: &str| good(fixture(name)).remove(0);
        assert_eq!(one("edge-bom-crlf.vcf").display_name, "Bom Card");
        assert_eq!(one("edge-folded-inside-utf8.vcf").display_name, "Zoë");
        let c = one("edge-no-fn.vcf");
        assert_eq!(
            (c.display_name.as_str(), c.name.given.as_deref()),
            ("Yuki Nakamura", Some("Yuki"))
        );
        let names: Vec<String> = good(fixture("edge-no-name-org-email-tel.vcf"))
            .into_iter()
            .map(|c| c.display_name)
            .collect();
        assert_eq!(names, ["Initech", "only@example.com", "555-010-0102"]);
        let bdays: Vec<(Option<String>, Vec<String>)> = good(fixture("edge-bday-forms.vcf"))
            .into_iter()
            .map(|c| {
                (
                    c.birthday.clone(),
                    c.extras.into_iter().map(|e| e.line).collect(),
                )
            })
            .collect();
        assert_eq!(
            bdays,
            vec![
                (s("--11-02"), vec![]),
                (s("1980-03-21"), vec![]),
                (s("--05-09"), vec![]),
                (s("1975-12-01"), vec![]),
                (None, vec!["BDAY;VALUE=text:circa 1800".to_string()]),
            ]
        );
        let t = one("edge-type-spellings.vcf");
        let labels: Vec<Option<&str>> = t.phones.iter().map(|p| p.label.as_deref()).collect();
        assert_eq!(
            labels,
            [
                Some("work"),
                Some("work"),
                Some("work"),
                Some("pager"),
                Some("assistant"),
                None
            ]
        );
        assert_eq!(
            t.faxes,
            vec![ph(Some("work"), Some("+15550100204"), "555-010-0204")]
        );
        assert_eq!(
            t.emails,
            vec![
                em(None, "pref@example.com"),
                em(Some("home"), "home@example.com")
            ]
        );
        let pics = good(fixture("edge-photo-data-uri-4.0.vcf"));
        match &pics[0].photo {
            Some(Photo::Data { media_type, bytes }) => {
                assert_eq!(media_type, "image/png");
                assert_eq!(bytes.len(), 48);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            pics[1].photo,
            Some(Photo::Url("https://example.com/photo.jpg".into()))
        );
        let mac = one("edge-lf-cr-line-endings.vcf");
        assert_eq!(
            (mac.display_name.as_str(), mac.phones.len()),
            ("Old Mac", 1)
        );
        // A nested card: the outer one is reported, the inner and the next are read.
        let nested: Vec<(usize, bool)> = fixture("edge-nested-card.vcf")
            .iter()
            .map(|i| match i {
                Ok(r) => (r.line, true),
                Err(b) => (b.line, false),
            })
            .collect();
        assert_eq!(nested, [(1, false), (5, true), (10, false), (12, true)]);
    }

    #[test]
    fn hostile_inputs_never_panic_and_good_cards_survive() {
        let huge = format!(
            "BEGIN:VCARD\nFN:{}\nEND:VCARD\nBEGIN:VCARD\nFN:ok\nEND:VCARD\n",
            "a".repeat(MAX_LINE + 1)
        );
        // Input, then the line of each record read: Ok for a contact, Err for a bad one.
        type Case<'a> = (&'a [u8], &'a [Result<usize, usize>]);
        let cases: Vec<Case> = vec![
            (b"", &[]),
            (b"\n\r\n  \n", &[]),
            (b"BEGIN:VCARD", &[Err(1)]),
            (b"END:VCARD\n", &[Err(1)]),
            (
                b"BEGIN:VCARD\r\nFN:x\r\nBEGIN:VCARD\r\nFN:y\r\nEND:VCARD",
                &[Err(1), Ok(3)],
            ),
            (huge.as_bytes(), &[Err(1), Ok(4)]),
            (b"\x00\x01\x02\xff\xfe", &[Err(1)]),
            (b"BEGIN:VCARD\n:\n;\n=\nFN;\"open:x\nEND:VCARD", &[Ok(1)]),
            (
                b"BEGIN:VCARD\nPHOTO;ENCODING=b:====\nFN:x\nEND:VCARD",
                &[Ok(1)],
            ),
            (
                b"BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:abc=\nEND:VCARD",
                &[Ok(1)],
            ),
            (b"BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:=\n", &[Err(1)]),
            (
                b"BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=bogus:=FF=\nEND:VCARD",
                &[Ok(1)],
            ),
            (
                // The birthday is no date, but its text is kept: imported, `(no name)`.
                b"BEGIN:VCARD\nBDAY:9999-99-99\nTEL:tel:\nCATEGORIES:,,,\nEND:VCARD",
                &[Ok(1)],
            ),
            (
                b"BEGIN:VCARD\nN:;;;;;;;;;;;;;\nADR:;;;;;;;;;;\nEND:VCARD",
                &[Err(1)],
            ),
            (b"BEGIN:VCARD\nFN:\xff\xfe caf\xe9\nEND:VCARD", &[Ok(1)]),
            (
                b"BEGIN:VCARD\nPHOTO:data:,\nPHOTO:data:image/png;base64\nFN:x\nEND:VCARD",
                &[Ok(1)],
            ),
            (
                b"BEGIN:VCARD\nitem1.X-ABLabel:_$!<>!$_\nitem1.TEL:1\nFN:\\\nEND:VCARD",
                &[Ok(1)],
            ),
            (b"\xef\xbb\xbfBEGIN:VCARD\rFN:a\r\rEND:VCARD\r", &[Ok(1)]),
        ];
        for (input, want) in cases {
            let got: Vec<Result<usize, usize>> = read_bytes(input)
                .into_iter()
                .map(|i| i.map(|r| r.line).map_err(|b| b.line))
                .collect();
            let shown = String::from_utf8_lossy(&input[..input.len().min(80)]).into_owned();
            assert_eq!(got, want, "{shown:?}");
        }
    }

    #[test]
    fn fuzzed_inputs_never_panic_and_what_is_read_writes_back() {
        const PIECES: &[&[u8]] = &[
            b"BEGIN:VCARD",
            b"END:VCARD",
            b"\r\n",
            b"\n",
            b"\r",
            b" ",
            b"\t",
            b"=",
            b";",
            b":",
            b",",
            b"\\",
            b"\"",
            b"FN:",
            b"N:",
            b"TEL;TYPE=CELL:",
            b"EMAIL:",
            b"ADR:",
            b"item1.",
            b"X-ABLabel:_$!<",
            b">!$_",
            b"PHOTO;ENCODING=b:",
            b"data:",
            b"QUOTED-PRINTABLE",
            b"CHARSET=ISO-8859-1",
            b"=C3=A9",
            b"=\r\n",
            b"BDAY:",
            b"--1102",
            b"CATEGORIES:starred",
            b"\xff",
            b"\xc3",
            b"\xa9",
            b"\x00",
            b"Zo\xc3\xab",
            b"555-010-1234",
            b"ORG:a;b",
        ];
        const NAMES: &[&[u8]] = &[
            b"FN",
            b"N",
            b"TEL",
            b"EMAIL",
            b"ADR",
            b"ORG",
            b"URL",
            b"BDAY",
            b"NOTE",
            b"PHOTO",
            b"CATEGORIES",
            b"UID",
            b"X-ABLabel",
            b"item1.TEL",
            b"item1.X-ABLabel",
            b"X-FOO",
            b"GEO",
            b"LOGO",
            b"RELATED",
            b"ANNIVERSARY",
            b"NICKNAME",
            b"TITLE",
            b"KEY",
        ];
        const PARAMS: &[&[u8]] = &[
            b"",
            b";TYPE=WORK",
            b";WORK;FAX",
            b";ENCODING=QUOTED-PRINTABLE",
            b";ENCODING=b",
            b";CHARSET=ISO-8859-1",
            b";VALUE=uri",
            b";TYPE=\"cell,pref\"",
            b";PREF",
            b";X-APPLE-OMIT-YEAR=1604",
            b";TYPE=PNG",
            b";PID=1",
            b";VALUE=text",
        ];
        use proptest::prelude::*;
        use proptest::test_runner::{Config, RngSeed, TestRunner};
        // A value: pieces of vCard syntax, now and then any byte.
        let value = prop_oneof![
            11 => proptest::sample::select(PIECES).prop_map(<[u8]>::to_vec),
            1 => any::<u8>().prop_map(|b| vec![b]),
        ];
        let property = (
            proptest::sample::select(NAMES),
            proptest::sample::select(PARAMS),
            proptest::collection::vec(value, 0..6),
        );
        // Cards of up to 8 properties, one in 6 without its END.
        let card = (
            proptest::collection::vec(property, 0..8),
            proptest::bool::weighted(5.0 / 6.0),
        );
        let cards = proptest::collection::vec(card, 1..4);
        // Seeded: the same inputs on every run, so a failure reproduces.
        let mut runner = TestRunner::new(Config {
            cases: 60000,
            rng_seed: RngSeed::Fixed(0x9E37_79B9),
            failure_persistence: None,
            ..Config::default()
        });
        let read_good = std::cell::Cell::new(0);
        let result = runner.run(&cards, |cards| {
            let mut input = Vec::new();
            for (properties, end) in cards {
                input.extend_from_slice(b"BEGIN:VCARD\r\n");
                for (name, params, values) in properties {
                    input.extend_from_slice(name);
                    input.extend_from_slice(params);
                    input.push(b':');
                    values.iter().for_each(|v| input.extend_from_slice(v));
                    input.extend_from_slice(b"\r\n");
                }
                if end {
                    input.extend_from_slice(b"END:VCARD\r\n");
                }
            }
            for item in read_bytes(&input) {
                let Ok(r) = item else { continue };
                read_good.set(read_good.get() + 1);
                for v in [Version::V3, Version::V4] {
                    let mut out = Vec::new();
                    write(&mut out, &r.contact, v).unwrap();
                    let again = read_bytes(&out);
                    assert!(
                        again.len() == 1 && again[0].is_ok(),
                        "{:?}\n{again:?} from {v:?}:\n{}",
                        r.contact.extras,
                        String::from_utf8_lossy(&out)
                    );
                    // Valid 4.0, except that the strict crate checks EMAIL values as
                    // mail addresses where RFC 6350 allows any text: junk stays junk.
                    if v == Version::V4 {
                        let text = std::str::from_utf8(&out).unwrap();
                        let checked = text
                            .parse::<vcard::VCard>()
                            .map_err(|e| e.to_string())
                            .and_then(|c| c.validate().map_err(|e| format!("{e:?}")));
                        if let Err(e) = checked {
                            assert!(e.contains("property EMAIL"), "invalid 4.0 ({e}):\n{text:?}");
                        }
                    }
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("{e}");
        }
        let read_good = read_good.get();
        assert!(read_good > 1000, "only {read_good} cards read");
    }

    #[test]
    fn preferred_numbers_and_addresses_come_first_and_are_written_preferred() {
        let input = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nTEL;CELL:+1 555 010 0001\r\n\
            TEL;WORK;PREF:+1 555 010 0002\r\nEMAIL;INTERNET:a@x.example\r\n\
            EMAIL;INTERNET;PREF:b@x.example\r\nEND:VCARD\r\n\
            BEGIN:VCARD\r\nVERSION:4.0\r\nFN:B\r\nEMAIL;TYPE=home:c@x.example\r\n\
            EMAIL;PREF=1;TYPE=work:d@x.example\r\nTEL;TYPE=cell,pref:+1 555 010 0003\r\n\
            END:VCARD\r\n";
        let cards = good(read_bytes(input));
        let raws = |c: &Contact| c.phones.iter().map(|p| p.raw.clone()).collect::<Vec<_>>();
        let mails = |c: &Contact| {
            c.emails
                .iter()
                .map(|e| e.address.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(raws(&cards[0]), ["+1 555 010 0002", "+1 555 010 0001"]);
        assert_eq!(mails(&cards[0]), ["b@x.example", "a@x.example"]);
        assert_eq!(mails(&cards[1]), ["d@x.example", "c@x.example"]);
        let v3 = written(&cards[0], Version::V3);
        assert!(v3.contains("TEL;TYPE=WORK,PREF:+1 555 010 0002"), "{v3}");
        assert!(v3.contains("EMAIL;TYPE=INTERNET,PREF:b@x.example"), "{v3}");
        let v4 = written(&cards[0], Version::V4);
        assert!(v4.contains("TEL;TYPE=work;PREF=1:"), "{v4}");
        assert_valid_40(&v4);
        // Read back, in the same order.
        for text in [v3, v4] {
            let back = good(read_bytes(text.as_bytes()));
            assert_eq!(raws(&back[0]), raws(&cards[0]));
            assert_eq!(mails(&back[0]), mails(&cards[0]));
        }
        // One phone: nothing to prefer, no marker.
        let one = written(&cards[1], Version::V4);
        assert!(!one.contains("TEL;TYPE=cell;PREF"), "{one}");
    }

    #[test]
    fn an_external_entry_exports_its_company_as_the_organization() {
        let c = Contact {
            display_name: "Fox Mulder".into(),
            source: crate::model::Source::External,
            external_company: s("Globex"),
            department: s("Sales"),
            ..Contact::default()
        };
        assert!(written(&c, Version::V4).contains("\r\nORG:Globex;Sales\r\n"));
    }

    fn written(c: &Contact, v: Version) -> String {
        let mut out = Vec::new();
        write(&mut out, c, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The 4.0 output must satisfy the strict `vcard` crate.
    fn assert_valid_40(text: &str) {
        let card: vcard::VCard = text
            .parse()
            .unwrap_or_else(|e| panic!("invalid vCard 4.0 ({e}):\n{text}"));
        card.validate()
            .unwrap_or_else(|e| panic!("invalid vCard 4.0 ({e:?}):\n{text}"));
    }

    #[test]
    fn the_strict_check_does_reject() {
        let no_fn = "BEGIN:VCARD\r\nVERSION:4.0\r\nN:a;b;;;\r\nEND:VCARD\r\n";
        let ok = no_fn
            .parse::<vcard::VCard>()
            .is_ok_and(|c| c.validate().is_ok());
        assert!(!ok);
        let bare = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nTEL;WORK:1\r\nEND:VCARD\r\n";
        assert!(bare.parse::<vcard::VCard>().is_err());
    }

    #[test]
    fn kept_lines_are_made_valid_for_40() {
        for (kept, want) in [
            ("X-ABUID:5E2B:ABPerson", Some("X-ABUID:5E2B:ABPerson")),
            (
                "GEO:37.386013;-122.082932",
                Some("GEO:geo:37.386013,-122.082932"),
            ),
            ("GEO:somewhere", None),
            ("X-FOO;\u{ff}:bar", Some("X-FOO:bar")),
            ("X-FOO;TYPE=work,a b:bar", Some("X-FOO;TYPE=work:bar")),
            (
                "LOGO;ENCODING=b;TYPE=PNG:iVBORw0KGgo=",
                Some("LOGO:data:image/png;base64,iVBORw0KGgo="),
            ),
            (
                "SOUND;ENCODING=b;TYPE=WAV:UklGRg==",
                Some("SOUND:data:audio/wav;base64,UklGRg=="),
            ),
            (
                "KEY;ENCODING=b:MIIC",
                Some("KEY:data:application/octet-stream;base64,MIIC"),
            ),
            ("KEY:not a key uri", None),
            ("ANNIVERSARY:2010-06-01", Some("ANNIVERSARY:20100601")),
            (
                "ANNIVERSARY;VALUE=date:2010-06-01",
                Some("ANNIVERSARY:20100601"),
            ),
            ("ANNIVERSARY:--0601", Some("ANNIVERSARY:--0601")),
            (
                "BDAY;VALUE=text:circa 1800",
                Some("BDAY;VALUE=text:circa 1800"),
            ),
            (
                "RELATED;TYPE=spouse:Jane",
                Some("RELATED;TYPE=spouse;VALUE=text:Jane"),
            ),
            (
                "RELATED:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
                Some("RELATED:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af"),
            ),
            ("MEMBER:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af", None),
            ("SOURCE:not a uri", None),
            ("TEL;PID=1.1:1", Some("TEL:1")),
            ("X-FOO;VALUE=bogus value;CHARSET=utf-8:1", Some("X-FOO:1")),
            (
                "item1.X-ABDATE;type=pref:2010-06-01",
                Some("item1.X-ABDATE;type=pref:2010-06-01"),
            ),
            (
                "IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:john",
                Some("IMPP;X-SERVICE-TYPE=Skype;type=HOME;type=pref:skype:john"),
            ),
        ] {
            let got = extra_40(kept);
            assert_eq!(got.as_deref(), want, "{kept}");
            if let Some(line) = got {
                assert_valid_40(&format!(
                    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\n{line}\r\nEND:VCARD\r\n"
                ));
            }
        }
    }

    fn assert_folded(text: &str) {
        assert!(text.ends_with("\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line of {} octets: {line:?}", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
    }

    fn full_contact() -> Contact {
        let us = Region::default();
        Contact {
            uid: "kard-1234".into(),
            display_name: "Dr. Ana María O'Neil; Jr.".into(),
            name: Name {
                prefix: s("Dr."),
                given: s("Ana María"),
                middle: s("Q,R"),
                family: s("O'Neil"),
                suffix: s("Jr."),
            },
            nickname: s("Ani"),
            organization: s("Acme, Inc."),
            department: s("R&D; Labs"),
            title: s("Chief \\ Scientist"),
            favorite: true,
            phones: vec![
                phone::make("(555) 010-1234", s("mobile"), us),
                phone::make("555 010 1235", s("work"), us),
                phone::make("555 010 1236", s("main"), us),
                phone::make("555 010 1237", s("pager"), us),
                phone::make("555 010 1238", s("other"), us),
                phone::make("555 010 1239", s("Studio, B"), us),
                phone::make("555 010 1240", None, us),
            ],
            faxes: vec![
                phone::make("555 010 9999", s("work"), us),
                phone::make("555 010 9998", None, us),
            ],
            emails: vec![
                Email { label: s("work"), address: "ana@acme.example".into() },
                Email { label: s("other"), address: "ana@other.example".into() },
                Email { label: s("Gym"), address: "ana@gym.example".into() },
            ],
            addresses: vec![Address {
                label: s("home"),
                street: s("1 Long Road\nFlat 2"),
                locality: s("Zürich"),
                region: None,
                postal_code: s("8000"),
                country: s("Switzerland"),
            }],
            urls: vec![
                Url { label: None, url: "https://acme.example/a,b".into() },
                Url { label: s("blog"), url: "https://ana.example/blog".into() },
            ],
            birthday: s("--03-21"),
            notes: s("Line one\nLine two, with ; and \\ and a very long tail that has to be folded at seventy-five octets: ééééééééééééééééééééééééééééééééé"),
            photo: Some(Photo::Data {
                media_type: "image/jpeg".into(),
                bytes: (0..=255u8).cycle().take(700).collect(),
            }),
            categories: vec!["friends".into(), "a,b".into()],
            extras: vec![
                Extra { format: "vcard".into(), line: "item1.X-ABDATE:2010-06-01".into() },
                Extra { format: "vcard".into(), line: "item1.X-ABLabel:_$!<Anniversary>!$_".into() },
                Extra { format: "vcard".into(), line: "X-KEPT-VERBATIM;X-P=1:some text".into() },
                Extra { format: "google".into(), line: "not,for,vcard".into() },
            ],
            ..Contact::default()
        }
    }

    /// What a write → read round trip keeps: everything, other formats' extras included.
    fn vcard_view(c: &Contact) -> Contact {
        c.clone()
    }

    #[test]
    fn writes_valid_folded_vcards_that_read_back_the_same() {
        let mut year = full_contact();
        year.birthday = s("1980-03-21");
        year.photo = Some(Photo::Url("https://example.com/a photo.jpg".into()));
        year.uid = "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1".into();
        let mut bare = Contact {
            display_name: "Just A Name".into(),
            ..Contact::default()
        };
        bare.ensure_display_name();
        for c in [full_contact(), year, bare] {
            for v in [Version::V3, Version::V4] {
                let text = written(&c, v);
                assert_folded(&text);
                if v == Version::V4 {
                    assert_valid_40(&text);
                }
                let back = good(read_bytes(text.as_bytes()));
                let mut want = vcard_view(&c);
                if let (Version::V4, Some(Photo::Url(u))) = (v, &mut want.photo) {
                    *u = u.replace(' ', "%20");
                }
                assert_eq!(back, vec![want], "{v:?}\n{text}");
            }
        }
    }

    #[test]
    fn writer_lines() {
        let c = full_contact();
        let v3 = written(&c, Version::V3);
        let v4 = written(&c, Version::V4);
        for (text, want) in [
            (&v3, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Ana María O'Neil\\; Jr.\r\n"),
            (&v3, "\r\nN:O'Neil;Ana María;Q\\,R;Dr.;Jr.\r\n"),
            (&v3, "\r\nORG:Acme\\, Inc.;R&D\\; Labs\r\n"),
            (&v3, "\r\nTEL;TYPE=CELL,PREF:(555) 010-1234\r\n"),
            (&v3, "\r\nitem2.TEL:555 010 1239\r\nitem2.X-ABLabel:Studio\\, B\r\n"),
            (&v3, "\r\nTEL;TYPE=WORK,FAX:555 010 9999\r\n"),
            (&v3, "\r\nEMAIL;TYPE=WORK,INTERNET,PREF:ana@acme.example\r\n"),
            (&v3, "\r\nBDAY:--0321\r\n"),
            (&v3, "\r\nCATEGORIES:friends,a\\,b,starred\r\n"),
            (&v3, "\r\nPHOTO;ENCODING=b;TYPE=JPEG:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj\r\n"),
            (&v3, "\r\nitem1.X-ABDATE:2010-06-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"),
            (&v3, "\r\nX-KEPT-VERBATIM;X-P=1:some text\r\n"),
            (
                &v3,
                "\r\nX-KARD-EXTRA;X-FORMAT=google:not\\,for\\,vcard\r\nEND:VCARD\r\n",
            ),
            (&v4, "\r\nTEL;TYPE=cell;PREF=1:(555) 010-1234\r\n"),
            (&v4, "\r\nTEL;TYPE=work,fax:555 010 9999\r\n"),
            (&v4, "\r\nBDAY:--0321\r\n"),
            (&v4, "\r\nUID;VALUE=text:kard-1234\r\n"),
            (&v4, "\r\nPHOTO;VALUE=URI:data:image/jpeg;base64\\,AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBk\r\n"),
        ] {
            assert!(text.contains(want), "{want:?} not in\n{text}");
        }
    }

    #[test]
    fn every_fixture_writes_valid_40_and_reads_back_the_same() {
        let dir = format!("{}/tests/data/vcard", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let items = read_bytes(&std::fs::read(&path).unwrap());
            for c in items.into_iter().filter_map(Result::ok).map(|r| r.contact) {
                for v in [Version::V3, Version::V4] {
                    let text = written(&c, v);
                    assert_folded(&text);
                    if v == Version::V4 {
                        assert_valid_40(&text);
                    }
                    let back = good(read_bytes(text.as_bytes()));
                    let mut want = c.clone();
                    if v == Version::V4 {
                        // Kept lines come back in their 4.0 form; a LABEL (an ADR
                        // parameter in 4.0) as the LABEL it was.
                        want.extras = (want.extras.iter())
                            .filter_map(|e| {
                                let line = if starts_with_ic(e.line.as_bytes(), b"LABEL") {
                                    e.line.clone()
                                } else {
                                    extra_40(&e.line)?.into_owned()
                                };
                                Some(Extra {
                                    format: e.format.clone(),
                                    line,
                                })
                            })
                            .collect();
                    }
                    assert_eq!(back, vec![want], "{path:?} {v:?}\n{text}");
                }
            }
        }
    }

    #[test]
    fn folding_never_splits_a_character() {
        let c = Contact {
            display_name: "é".repeat(200) + &"日本".repeat(50) + "🎉🎉🎉",
            ..Contact::default()
        };
        for v in [Version::V3, Version::V4] {
            let text = written(&c, v);
            assert_folded(&text);
            assert_eq!(
                good(read_bytes(text.as_bytes()))[0].display_name,
                c.display_name
            );
        }
    }

    /// Text with escapes, multibyte characters and line breaks, trimmed; None if empty.
    fn fuzzed_text(max: usize) -> impl proptest::strategy::Strategy<Value = Option<String>> {
        use proptest::prelude::*;
        const CHARS: &[&str] = &[
            "a", "Z", "0", " ", ",", ";", "\\", ":", "\"", "=", ".", "-", "é", "日", "🎉", "\n",
            "\\n", "'", "<", "item1.",
        ];
        proptest::collection::vec(proptest::sample::select(CHARS), 0..=max).prop_map(|cs| {
            let s = cs.concat();
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        })
    }

    /// A random contact: every field, labels with separators, photos of any bytes.
    fn fuzzed_contact() -> impl proptest::strategy::Strategy<Value = Contact> {
        use proptest::collection::vec;
        use proptest::prelude::*;
        use proptest::sample::select;
        const LABELS: &[Option<&str>] = &[
            None,
            Some("mobile"),
            Some("work"),
            Some("home"),
            Some("main"),
            Some("other"),
            Some("pager"),
            Some("Studio"),
            Some("Ferienhaus; B"),
            Some("a,b\\c"),
        ];
        let label = || select(LABELS).prop_map(|l| l.map(String::from));
        let t = fuzzed_text;
        let name =
            (t(3), t(8), t(3), t(8), t(3)).prop_map(|(prefix, given, middle, family, suffix)| {
                Name {
                    prefix,
                    given,
                    middle,
                    family,
                    suffix,
                }
            });
        let work = (t(5), t(6), t(6), t(6), t(4));
        let uid = select(
            &[
                "",
                "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
                "plain id, with comma",
                "x:y z",
            ][..],
        );
        let birthday = select(&[None, Some("1980-03-21"), Some("--11-02")][..]);
        let phones = vec(
            (
                select(&["(555) 010-1234", "+44 20 7946 0958", "12;34", "1234"][..]),
                label(),
            ),
            0..4,
        );
        let faxes = vec(label(), 0..3);
        // Real addresses: the strict crate checks EMAIL values as addresses (RFC 6350
        // allows any text there; the writer does not police them).
        let emails = vec(
            (
                select(&["a@example.com", "x.y+z@sub.example.org", "josé@exämple.de"][..]),
                label(),
            ),
            0..3,
        );
        let addresses = vec((label(), t(6), t(4), t(2), t(2), t(4)), 0..3);
        let urls = vec(
            (
                select(
                    &[
                        "https://example.com/a,b;c",
                        "mailto:x@example.com",
                        "https://é.example/日",
                    ][..],
                ),
                label(),
            ),
            0..3,
        );
        let categories = vec(t(4), 0..3);
        let photo = proptest::option::weighted(
            1.0 / 3.0,
            (
                select(&["image/jpeg", "image/png", "image/svg+xml"][..]),
                vec(any::<u8>(), 0..300),
            ),
        );
        let head = (uid, name, work, any::<bool>(), birthday, t(120), t(10));
        let values = (phones, faxes, emails, addresses, urls, categories, photo);
        (head, values).prop_map(|(head, values)| {
            let (uid, name, work, favorite, birthday, notes, display_name) = head;
            let (nickname, organization, department, title, location) = work;
            let (phones, faxes, emails, addresses, urls, categories, photo) = values;
            let us = Region::default();
            let mut c = Contact {
                uid: uid.into(),
                name,
                nickname,
                organization,
                department,
                title,
                location,
                favorite,
                birthday: birthday.map(String::from),
                notes,
                display_name: display_name.unwrap_or_default(),
                ..Contact::default()
            };
            for (raw, label) in phones {
                c.phones.push(phone::make(raw, label, us));
            }
            for label in faxes {
                c.faxes.push(phone::make("555 010 9999", label, us));
            }
            for (address, label) in emails {
                c.emails.push(Email {
                    label,
                    address: address.into(),
                });
            }
            for (label, street, locality, region, postal_code, country) in addresses {
                let a = Address {
                    label,
                    street,
                    locality,
                    region,
                    postal_code,
                    country,
                };
                if !a.is_empty() {
                    c.addresses.push(a);
                }
            }
            for (url, label) in urls {
                c.urls.push(Url {
                    label,
                    url: url.into(),
                });
            }
            for cat in categories.into_iter().flatten() {
                if !cat.eq_ignore_ascii_case("starred") && !c.categories.contains(&cat) {
                    c.categories.push(cat);
                }
            }
            c.photo = photo.map(|(media_type, bytes)| Photo::Data {
                media_type: media_type.into(),
                bytes: bytes.into_iter().chain([1]).collect(),
            });
            c.ensure_display_name();
            c
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 500,
            failure_persistence: None,
            ..proptest::test_runner::Config::default()
        })]

        /// Random contacts (text with escapes, multibyte characters and line breaks in
        /// every field) write as valid 4.0 and read back the same in both versions.
        #[test]
        fn fuzzed_contacts_write_valid_vcards_that_read_back(c in fuzzed_contact()) {
            if c.display_name.is_empty() {
                return Ok(());
            }
            for v in [Version::V3, Version::V4] {
                let text = written(&c, v);
                assert_folded(&text);
                let mut want = c.clone();
                if v == Version::V4 {
                    assert_valid_40(&text);
                    for u in &mut want.urls {
                        u.url = uri_40(&u.url).map_or(u.url.clone(), Cow::into_owned);
                    }
                }
                assert_eq!(
                    good(read_bytes(text.as_bytes())),
                    vec![want],
                    "{:?}\n{}", v, text
                );
            }
        }
    }

    /// Generates `n` vCard 3.0 cards like a phone app's export.
    fn generated(n: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for i in 0..n {
            write!(
                out,
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person Number{i}\r\nN:Number{i};Person;;;\r\n\
                 ORG:Company {i};Sales\r\nTITLE:Engineer\r\n\
                 TEL;TYPE=CELL:+1 555 01{:02} {:04}\r\nTEL;TYPE=WORK,VOICE:(555) 010-{:04}\r\n\
                 EMAIL;TYPE=INTERNET;TYPE=WORK:person{i}@example.com\r\n\
                 ADR;TYPE=HOME:;;{i} Main Street;Springfield;IL;62701;USA\r\n\
                 BDAY:1980-03-21\r\nNOTE:Met at the conference\\, follow up.\r\n\
                 item1.URL:https\\://example.com/{i}\r\nitem1.X-ABLabel:blog\r\n\
                 CATEGORIES:myContacts\r\nUID:{i:08x}-aaaa-bbbb-cccc\r\nEND:VCARD\r\n",
                i % 100,
                i % 10000,
                (i + 1) % 10000
            )
            .unwrap();
        }
        out
    }

    /// Cards made on the fly, so a million of them never sit in memory.
    struct CardSource {
        next: usize,
        n: usize,
        pending: Vec<u8>,
        pos: usize,
    }

    impl io::Read for CardSource {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            while self.pos == self.pending.len() {
                if self.next == self.n {
                    return Ok(0);
                }
                let batch = (self.n - self.next).min(1000);
                self.pending = generated(batch);
                self.next += batch;
                self.pos = 0;
            }
            let k = buf.len().min(self.pending.len() - self.pos);
            buf[..k].copy_from_slice(&self.pending[self.pos..self.pos + k]);
            self.pos += k;
            Ok(k)
        }
    }

    fn peak_rss_kb() -> u64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// A million 3.0 cards streamed through the reader (phone normalization left
    /// out), then a million contacts written: time and peak memory.
    /// `cargo test --release --lib bench_million -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn bench_million() {
        use std::time::Instant;
        let n = 1_000_000;
        let before = peak_rss_kb();
        let source = || CardSource {
            next: 0,
            n,
            pending: Vec::new(),
            pos: 0,
        };
        let t = Instant::now();
        let bytes = io::copy(&mut source(), &mut io::sink()).unwrap();
        println!(
            "generating {n} cards ({} MB) alone: {:?}",
            bytes / 1_000_000,
            t.elapsed()
        );
        let mut input = io::BufReader::with_capacity(256 * 1024, source());
        let t = Instant::now();
        let mut count = 0;
        read_cards(&mut input, None, &mut |item| {
            count += item.is_ok() as usize;
            Ok(())
        })
        .unwrap();
        assert_eq!(count, n);
        println!(
            "generating and reading them: {:?}; peak RSS {} kB -> {} kB",
            t.elapsed(),
            before,
            peak_rss_kb()
        );
        let sample = good(read_bytes(&generated(1000)));
        let mut w = io::BufWriter::with_capacity(256 * 1024, io::sink());
        let t = Instant::now();
        for i in 0..n {
            write(&mut w, &sample[i % sample.len()], Version::V3).unwrap();
        }
        w.flush().unwrap();
        println!(
            "wrote {n} cards (3.0) in {:?}; peak RSS {} kB",
            t.elapsed(),
            peak_rss_kb()
        );
        let t = Instant::now();
        for i in 0..n {
            write(&mut w, &sample[i % sample.len()], Version::V4).unwrap();
        }
        w.flush().unwrap();
        println!("wrote {n} cards (4.0) in {:?}", t.elapsed());
    }

    /// Parse speed, this reader against `calcard` on the same cards (phone
    /// normalization left out of both): `cargo test --release --lib bench_parse --
    /// --ignored --nocapture`.
    #[test]
    #[ignore]
    fn bench_parse() {
        use std::time::Instant;
        let n = 100_000;
        let data = generated(n);
        let mb = data.len() as f64 / 1e6;
        let t = Instant::now();
        let mut count = 0;
        let mut r = &data[..];
        read_cards(&mut r, None, &mut |item| {
            count += item.is_ok() as usize;
            Ok(())
        })
        .unwrap();
        let own = t.elapsed();
        assert_eq!(count, n);
        println!(
            "own reader:  {n} cards, {mb:.1} MB in {own:?} ({:.2} µs/card)",
            own.as_secs_f64() * 1e6 / n as f64
        );
        let text = std::str::from_utf8(&data).unwrap();
        let t = Instant::now();
        let mut count = 0;
        for card in text.split_inclusive("END:VCARD\r\n") {
            if let Ok(c) = calcard::vcard::VCard::parse(card) {
                count += c.entries.len().min(1);
            }
        }
        let cal = t.elapsed();
        assert_eq!(count, n);
        println!(
            "calcard:     {n} cards parsed (no Contact built) in {cal:?} ({:.2} µs/card)",
            cal.as_secs_f64() * 1e6 / n as f64
        );
        let contacts = good(read_bytes(&generated(n / 10)));
        let t = Instant::now();
        let mut out = Vec::with_capacity(data.len());
        for _ in 0..10 {
            for c in &contacts {
                write(&mut out, c, Version::V3).unwrap();
            }
        }
        let w3 = t.elapsed();
        println!("write 3.0:   {} cards in {w3:?}", contacts.len() * 10);
        let t = Instant::now();
        out.clear();
        for _ in 0..10 {
            for c in &contacts {
                write(&mut out, c, Version::V4).unwrap();
            }
        }
        println!(
            "write 4.0:   {} cards in {:?}",
            contacts.len() * 10,
            t.elapsed()
        );
        let t = Instant::now();
        let mut r = &data[..];
        read(&mut r, Region::default(), &mut |item| {
            assert!(item.is_ok());
            Ok(())
        })
        .unwrap();
        println!(
            "read with E.164 normalization of 2 phones a card: {:?}",
            t.elapsed()
        );
    }
}
