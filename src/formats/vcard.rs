//! vCard 2.1, 3.0 and 4.0: a lenient streaming reader and a valid writer.

use super::Sink;
use crate::model::Contact;
use crate::phone::Region;
use anyhow::Result;
use std::io::{BufRead, Write};

/// The vCard version to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

pub fn read(_input: &mut dyn BufRead, _region: Region, _sink: &mut Sink) -> Result<()> {
    anyhow::bail!("vCard import is not built yet")
}

pub fn write(_w: &mut dyn Write, _c: &Contact, _version: Version) -> Result<()> {
    anyhow::bail!("vCard export is not built yet")
}
