//! File formats: each reads records into `Contact`s (or `FILE:LINE` errors) and writes
//! them back out. No SQLite here.
//!
//! Readers are push-based and streaming: `read` hands each record to a sink as soon as
//! it is read, so memory stays flat however large the file.

pub mod directory;
pub mod form;
pub mod google_csv;
pub mod json;
pub mod outlook_csv;
pub mod text;
pub mod vcard;

use crate::model::Contact;
use crate::phone::Region;
use anyhow::Result;
use std::io::BufRead;

/// One contact read from a file, with the line it starts on (1-based).
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub line: usize,
    pub contact: Contact,
}

/// A record that could not be read: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    pub line: usize,
    pub reason: String,
}

pub type Item = std::result::Result<Record, BadRecord>;

/// Where readers send what they read. An error from the sink stops the reader.
pub type Sink<'a> = dyn FnMut(Item) -> Result<()> + 'a;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Vcard,
    Google,
    Outlook,
    Json,
}

/// Guess the format from the first bytes of (decoded) text.
pub fn detect(head: &str) -> Option<Format> {
    let t = head.trim_start_matches('\u{feff}').trim_start();
    if t.len() >= 11 && t[..11].eq_ignore_ascii_case("BEGIN:VCARD") {
        return Some(Format::Vcard);
    }
    if t.starts_with('[') || t.starts_with('{') {
        return Some(Format::Json);
    }
    let header = t.lines().next().unwrap_or("");
    if google_csv::looks_like(header) {
        return Some(Format::Google);
    }
    if outlook_csv::looks_like(header) {
        return Some(Format::Outlook);
    }
    None
}

/// Read every record of `input` (UTF-8 text) in `format`, in order, into `sink`.
pub fn read(
    format: Format,
    input: &mut dyn BufRead,
    region: Region,
    sink: &mut Sink,
) -> Result<()> {
    match format {
        Format::Vcard => vcard::read(input, region, sink),
        Format::Google => google_csv::read(input, region, sink),
        Format::Outlook => outlook_csv::read(input, region, sink),
        Format::Json => json::read(input, region, sink),
    }
}
