//! kard's own JSON: an array of cards (`export --format json`, `list --json`) or one
//! card a line (`list --format jsonl`). Read streaming; unknown keys are ignored.

use super::{BadRecord, Record, Sink};
use crate::model::Contact;
use crate::phone::{self, Region};
use anyhow::Result;
use serde::de::{DeserializeSeed, Deserializer, SeqAccess, Visitor};
use serde::Serialize;
use std::cell::Cell;
use std::io::{BufRead, Read, Write};
use std::rc::Rc;

/// A JSON array written as its items come: `[`, one item a line, `]` (`[]` when
/// empty), so a long list never sits in memory.
pub struct ArrayWriter<'w> {
    w: &'w mut dyn Write,
    first: bool,
}

impl<'w> ArrayWriter<'w> {
    pub fn new(w: &'w mut dyn Write) -> Result<ArrayWriter<'w>> {
        w.write_all(b"[")?;
        Ok(ArrayWriter { w, first: true })
    }

    pub fn push(&mut self, item: &impl Serialize) -> Result<()> {
        self.w.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        serde_json::to_writer(&mut *self.w, item)?;
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        self.w
            .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        Ok(())
    }
}

/// Counts the lines of what passes through, and notes the line of the first byte of a
/// value after `mark` is reset, so that each array element is placed on its first line.
struct LineCounter<'a> {
    inner: &'a mut dyn BufRead,
    line: Rc<Cell<usize>>,
    mark: Rc<Cell<Option<usize>>>,
}

impl Read for LineCounter<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            if self.mark.get().is_none() && !b.is_ascii_whitespace() && b != b',' {
                self.mark.set(Some(self.line.get()));
            }
            if b == b'\n' {
                self.line.set(self.line.get() + 1);
            }
        }
        Ok(n)
    }
}

/// Where reading a JSON array stopped short: the line, and what was wrong there.
#[derive(Debug)]
pub struct Invalid {
    pub line: usize,
    pub reason: String,
}

/// Each element of the JSON array `input` holds (starting on line `first_line`), as it
/// comes, with the line it starts on: a file of any size in the memory of one element.
/// An error from `each` stops the reading and is returned; broken JSON (in the array or
/// after it) is `Ok(Err(Invalid))`, everything before it having been handed over.
pub fn each_element(
    input: &mut dyn BufRead,
    first_line: usize,
    each: &mut dyn FnMut(usize, serde_json::Value) -> Result<()>,
) -> Result<std::result::Result<(), Invalid>> {
    let line = Rc::new(Cell::new(first_line));
    let mark = Rc::new(Cell::new(None));
    let counter = LineCounter {
        inner: input,
        line: line.clone(),
        mark: mark.clone(),
    };
    let mut de = serde_json::Deserializer::from_reader(counter);
    let seed = Elements {
        each,
        mark,
        err: None,
    };
    let invalid = |reason: String| {
        Ok(Err(Invalid {
            line: line.get(),
            reason,
        }))
    };
    match (&mut de).deserialize_seq(seed) {
        Ok(Some(e)) => Err(e),
        Ok(None) => match de.end() {
            Ok(()) => Ok(Ok(())),
            Err(e) => invalid(format!("invalid JSON after the array: {e}")),
        },
        Err(e) if e.is_io() => Err(anyhow::Error::new(e).context("reading JSON")),
        Err(e) => invalid(format!("invalid JSON: {e}")),
    }
}

struct Elements<'s> {
    each: &'s mut dyn FnMut(usize, serde_json::Value) -> Result<()>,
    mark: Rc<Cell<Option<usize>>>,
    err: Option<anyhow::Error>,
}

impl<'de> DeserializeSeed<'de> for Elements<'_> {
    type Value = Option<anyhow::Error>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Elements<'_> {
    type Value = Option<anyhow::Error>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON array")
    }
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<Self::Value, A::Error> {
        loop {
            self.mark.set(None);
            let Some(value) = seq.next_element::<serde_json::Value>()? else {
                break;
            };
            let line = self.mark.get().unwrap_or(1);
            // After an error from `each`, the rest is passed over (read, not handed on).
            if self.err.is_none() {
                if let Err(e) = (self.each)(line, value) {
                    self.err = Some(e);
                }
            }
        }
        Ok(self.err)
    }
}

pub fn read(input: &mut dyn BufRead, region: Region, sink: &mut Sink) -> Result<()> {
    let line = Rc::new(Cell::new(1));
    let first = loop {
        let buf = input.fill_buf()?;
        match buf
            .iter()
            .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
        {
            Some(i) => break Some(buf[i]),
            None if buf.is_empty() => break None,
            None => {
                let n = buf.len();
                line.set(line.get() + buf.iter().filter(|&&b| b == b'\n').count());
                input.consume(n);
            }
        }
    };
    // A UTF-8 BOM is skipped by the decoder already; stray bytes are an error below.
    let Some(first) = first else { return Ok(()) };
    if first == b'[' {
        let read = each_element(input, line.get(), &mut |at, value| {
            sink(card(value, at, region))
        })?;
        if let Err(bad) = read {
            sink(Err(BadRecord {
                line: bad.line,
                reason: bad.reason,
            }))?;
        }
        return Ok(());
    }
    let counter = LineCounter {
        inner: input,
        line: line.clone(),
        mark: Rc::new(Cell::new(None)),
    };
    let mut de = serde_json::Deserializer::from_reader(counter);
    loop {
        let start = line.get();
        match serde::Deserialize::deserialize(&mut de) {
            Ok(value) => {
                let value: serde_json::Value = value;
                sink(card(value, start, region))?;
            }
            Err(e) if e.is_eof() => return Ok(()),
            Err(e) => {
                sink(Err(BadRecord {
                    line: line.get(),
                    reason: format!("invalid JSON: {e}"),
                }))?;
                return Ok(());
            }
        }
        // Skip whitespace between documents, so the next one starts on its own line.
        if de.end().is_ok() {
            return Ok(());
        }
    }
}

/// One JSON value as a contact to import.
fn card(value: serde_json::Value, line: usize, region: Region) -> Result<Record, BadRecord> {
    let mut c: Contact = serde_json::from_value(value).map_err(|e| BadRecord {
        line,
        reason: format!("not a kard contact: {e}"),
    })?;
    c.id = 0;
    c.source = Default::default();
    c.external_company = None;
    for p in c.phones.iter_mut().chain(c.faxes.iter_mut()) {
        if p.number.is_none() {
            p.number = phone::e164(&p.raw, region);
        }
    }
    c.ensure_imported_name();
    if c.display_name.is_empty() {
        return Err(BadRecord {
            line,
            reason: "an empty contact: no value at all".into(),
        });
    }
    Ok(Record { line, contact: c })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(text: &str) -> Vec<super::super::Item> {
        let mut out = Vec::new();
        let mut input = text.as_bytes();
        read(&mut input, Region::default(), &mut |i| {
            out.push(i);
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn arrays_and_lines() {
        let items = read_all("[\n{\"display_name\": \"Ann\", \"phones\": [{\"raw\": \"(555) 010-1234\"}]},\n{\"display_name\": \"Bo\"}\n]\n");
        assert_eq!(items.len(), 2);
        let ann = &items[0].as_ref().unwrap().contact;
        assert_eq!(ann.phones[0].number.as_deref(), Some("+15550101234"));
        let items =
            read_all("{\"display_name\": \"Ann\"}\n{\"display_name\": \"Bo\", \"id\": 7}\n");
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].as_ref().unwrap().contact.id, 0);
        assert_eq!(items[1].as_ref().unwrap().line, 2);
    }

    #[test]
    fn bad_records_are_reported_not_fatal() {
        let items = read_all("[{\"display_name\": \"Ann\"}, {\"display_name\": 5}, {}]");
        assert!(items[0].is_ok());
        assert!(items[1]
            .as_ref()
            .unwrap_err()
            .reason
            .contains("not a kard contact"));
        assert!(items[2].is_err());
        let items = read_all("[{\"display_name\": \"Ann\"}, {oops");
        assert!(items
            .last()
            .unwrap()
            .as_ref()
            .unwrap_err()
            .reason
            .contains("invalid JSON"));
        assert!(read_all("").is_empty());
    }

    #[test]
    fn array_elements_are_placed_on_their_first_line_and_trailing_junk_is_bad() {
        let items = read_all("[\n{\"display_name\": \"Ann\"},\n\n  {\"display_name\": 5}\n]\n");
        assert_eq!(items[0].as_ref().unwrap().line, 2);
        assert_eq!(items[1].as_ref().unwrap_err().line, 4);
        let items = read_all("[{\"display_name\": \"Ann\"}]\nnot json");
        assert!(items[0].is_ok());
        let bad = items[1].as_ref().unwrap_err();
        assert!(bad.reason.contains("after the array"), "{}", bad.reason);
        assert_eq!(bad.line, 2);
    }
}
