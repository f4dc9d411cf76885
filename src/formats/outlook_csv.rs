//! CSV exports (reader and writer).

use super::Sink;
use crate::model::Contact;
use crate::phone::Region;
use anyhow::Result;
use std::io::{BufRead, Write};

/// Is this header line this format's?
pub fn looks_like(_header: &str) -> bool {
    false
}

pub fn read(_input: &mut dyn BufRead, _region: Region, _sink: &mut Sink) -> Result<()> {
    anyhow::bail!("not built yet")
}

/// Writes contacts under this format's header.
pub struct Writer<W: Write> {
    csv: csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    pub fn new(w: W) -> Result<Self> {
        Ok(Writer {
            csv: csv::Writer::from_writer(w),
        })
    }
    pub fn write(&mut self, _c: &Contact) -> Result<()> {
        anyhow::bail!("not built yet")
    }
    pub fn finish(mut self) -> Result<()> {
        self.csv.flush()?;
        Ok(())
    }
}
