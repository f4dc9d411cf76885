//! Text decoding of input files: UTF-8 with or without BOM, UTF-16 LE/BE with or
//! without BOM, a legacy charset guessed from the bytes, and Windows-1252 for lines that
//! are not UTF-8. Everything downstream reads UTF-8, except vCard (see below).
//!
//! Streaming: the input is read a buffer at a time, never whole. The first 64 KiB
//! decide: a BOM; else UTF-16 from its pattern of NUL bytes; else vCard, whose bytes
//! pass through untouched because each property names its own `CHARSET=` and the vCard
//! reader decodes every value by it; else UTF-8 when they are UTF-8; else the charset
//! `chardetng` (Firefox's detector) guesses, when it is not Windows-1252. Otherwise the
//! choice between UTF-8 and Windows-1252 is made line by line, so a UTF-8 file with one
//! Latin-1 line still reads. Line endings (CRLF or LF) pass through unchanged.

use encoding_rs::{CoderResult, Decoder, Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read};

const RAW_CAPACITY: usize = 256 * 1024;
/// A line longer than this is decided in pieces of this size, so memory stays bounded.
const MAX_PENDING: usize = 1024 * 1024;
/// How much of the start of the input decides its encoding.
const HEAD: usize = 64 * 1024;

/// `input` as UTF-8 text, whatever its encoding, with any BOM removed.
pub fn decode<'a>(input: impl Read + 'a) -> Box<dyn BufRead + 'a> {
    Box::new(Decoded {
        raw: BufReader::with_capacity(RAW_CAPACITY, input),
        mode: Mode::Sniff,
        out: Vec::with_capacity(RAW_CAPACITY),
        pos: 0,
        pending: Vec::new(),
    })
}

enum Mode {
    /// Nothing read yet: look for a BOM first.
    Sniff,
    /// UTF-8, falling back to Windows-1252 for lines that are not UTF-8.
    Lines,
    /// vCard: bytes as they are, for the reader to decode by each property's CHARSET.
    Raw,
    /// UTF-16 or a legacy charset, transcoded.
    Transcode(Decoder),
    Done,
}

struct Decoded<R> {
    raw: BufReader<R>,
    mode: Mode,
    /// Decoded UTF-8 waiting to be read, from `pos`.
    out: Vec<u8>,
    pos: usize,
    /// Raw bytes of an unfinished line (UTF-8 mode), or of an unfinished BOM.
    pending: Vec<u8>,
}

impl<R: Read> Decoded<R> {
    /// Decode more input into `out`; leaves `out` empty only at the end.
    fn refill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.pos = 0;
        while self.out.is_empty() {
            match &mut self.mode {
                Mode::Done => return Ok(()),
                Mode::Sniff => self.sniff()?,
                Mode::Lines => self.lines()?,
                Mode::Raw => self.raw()?,
                Mode::Transcode(_) => self.transcode()?,
            }
        }
        Ok(())
    }

    fn sniff(&mut self) -> io::Result<()> {
        // Gather the head: enough to tell BOMs, UTF-16 and charsets apart.
        let mut eof = false;
        while self.pending.len() < HEAD {
            let buf = match self.raw.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                eof = true;
                break;
            }
            let n = buf.len().min(HEAD - self.pending.len());
            self.pending.extend_from_slice(&buf[..n]);
            self.raw.consume(n);
        }
        let mut head = std::mem::take(&mut self.pending);
        let encoding = if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
            head.drain(..3);
            None
        } else if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
            let encoding = if head[0] == 0xFF { UTF_16LE } else { UTF_16BE };
            head.drain(..2);
            Some(encoding)
        } else {
            utf16_without_bom(&head).or_else(|| legacy_charset(&head, eof))
        };
        match encoding {
            Some(encoding) => {
                let mut decoder = encoding.new_decoder_without_bom_handling();
                self.decode_with(&mut decoder, &head, eof);
                self.mode = if eof {
                    Mode::Done
                } else {
                    Mode::Transcode(decoder)
                };
            }
            None if looks_like_vcard(&head) => {
                self.out = head;
                self.mode = if eof { Mode::Done } else { Mode::Raw };
            }
            None => {
                self.pending = head;
                self.mode = Mode::Lines;
            }
        }
        Ok(())
    }

    fn raw(&mut self) -> io::Result<()> {
        let buf = self.raw.fill_buf()?;
        if buf.is_empty() {
            self.mode = Mode::Done;
        }
        self.out.extend_from_slice(buf);
        let n = buf.len();
        self.raw.consume(n);
        Ok(())
    }

    fn lines(&mut self) -> io::Result<()> {
        let buf = self.raw.fill_buf()?;
        if buf.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            push_lines(&mut self.out, &rest);
            self.mode = Mode::Done;
            return Ok(());
        }
        let n = buf.len();
        match buf.iter().rposition(|&b| b == b'\n') {
            Some(i) if self.pending.is_empty() && std::str::from_utf8(&buf[..=i]).is_ok() => {
                self.out.extend_from_slice(&buf[..=i]);
                self.raw.consume(i + 1);
            }
            Some(i) => {
                self.pending.extend_from_slice(&buf[..=i]);
                self.raw.consume(i + 1);
                let mut text = std::mem::take(&mut self.pending);
                // A last line cut inside a character waits for the line that may end it.
                let last = text[..text.len() - 1]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                if text.len() < MAX_PENDING && ends_mid_character(&text[last..]) {
                    self.pending = text.split_off(last);
                }
                push_lines(&mut self.out, &text);
            }
            None => {
                self.pending.extend_from_slice(buf);
                self.raw.consume(n);
                if self.pending.len() >= MAX_PENDING {
                    // A very long line: decide on the piece so far, keeping a UTF-8
                    // sequence cut at the end for the next piece.
                    let keep = incomplete_tail(&self.pending);
                    let tail = self.pending.split_off(self.pending.len() - keep);
                    let text = std::mem::replace(&mut self.pending, tail);
                    push_lines(&mut self.out, &text);
                }
            }
        }
        Ok(())
    }

    fn transcode(&mut self) -> io::Result<()> {
        let Mode::Transcode(mut decoder) = std::mem::replace(&mut self.mode, Mode::Done) else {
            return Ok(());
        };
        let buf = self.raw.fill_buf()?;
        let last = buf.is_empty();
        let input = buf.to_vec();
        self.raw.consume(input.len());
        self.decode_with(&mut decoder, &input, last);
        if !last {
            self.mode = Mode::Transcode(decoder);
        }
        Ok(())
    }

    fn decode_with(&mut self, decoder: &mut Decoder, mut input: &[u8], last: bool) {
        loop {
            let room = decoder
                .max_utf8_buffer_length(input.len())
                .unwrap_or(input.len() * 3 + 16);
            let start = self.out.len();
            self.out.resize(start + room, 0);
            let (result, read, written, _) =
                decoder.decode_to_utf8(input, &mut self.out[start..], last);
            self.out.truncate(start + written);
            input = &input[read..];
            if result == CoderResult::InputEmpty {
                break;
            }
        }
    }
}

/// UTF-16 without a BOM, told by its NUL bytes: the high byte of every ASCII character
/// (the delimiters, digits and line breaks every contact file has) is zero, at odd
/// offsets in little-endian, at even ones in big-endian.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    let sample = &head[..head.len().min(4096) & !1];
    let units = sample.len() / 2;
    if units < 4 {
        return None;
    }
    let zeros = |offset: usize| {
        sample
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros(0), zeros(1));
    if odd * 3 >= units && even * 8 <= odd {
        Some(UTF_16LE)
    } else if even * 3 >= units && odd * 8 <= even {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Is this the start of a vCard file: a `BEGIN:VCARD` line (maybe grouped, as
/// `home.begin:vcard`), whatever comes before it?
pub fn looks_like_vcard(head: &[u8]) -> bool {
    head.split(|&b| b == b'\n' || b == b'\r')
        .any(is_begin_vcard)
}

/// Is this line `BEGIN:VCARD`, maybe with a group (`home.BEGIN:VCARD`), a BOM or blanks?
pub fn is_begin_vcard(line: &[u8]) -> bool {
    delimiter(line, b"BEGIN:VCARD")
}

/// Is this line `END:VCARD`, maybe with a group?
pub fn is_end_vcard(line: &[u8]) -> bool {
    delimiter(line, b"END:VCARD")
}

fn delimiter(line: &[u8], word: &[u8]) -> bool {
    // Not trimmed at the start: a line that starts with a space continues the last one.
    let t = line
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(line)
        .trim_ascii_end();
    if t.len() < word.len() || !t[t.len() - word.len()..].eq_ignore_ascii_case(word) {
        return false;
    }
    let group = &t[..t.len() - word.len()];
    group.is_empty()
        || group.strip_suffix(b".").is_some_and(|g| {
            !g.is_empty() && g.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// The legacy charset of a head that is not UTF-8 (`None`: UTF-8, or Windows-1252
/// line by line). A vCard's charsets are its properties' own business.
fn legacy_charset(head: &[u8], eof: bool) -> Option<&'static Encoding> {
    let cut = if eof { 0 } else { incomplete_tail(head) };
    if std::str::from_utf8(&head[..head.len() - cut]).is_ok() || looks_like_vcard(head) {
        return None;
    }
    // A few stray bytes, or UTF-8 with some Latin-1 lines, are read line by line: a
    // detector guesses wildly on little text.
    let (good, bad) = utf8_characters(head);
    let high = head.iter().filter(|&&b| b >= 0x80).count();
    if high < 8 || good >= bad {
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(head, eof);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    (guess != WINDOWS_1252 && guess != UTF_8).then_some(guess)
}

/// How many multi-byte UTF-8 characters `bytes` holds, and how many invalid sequences.
fn utf8_characters(mut bytes: &[u8]) -> (usize, usize) {
    let (mut good, mut bad) = (0, 0);
    loop {
        let (valid, rest) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => {
                let s = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
                (
                    s,
                    Some(e.valid_up_to() + e.error_len().unwrap_or(bytes.len() - e.valid_up_to())),
                )
            }
        };
        good += valid.chars().filter(|c| !c.is_ascii()).count();
        match rest {
            Some(skip) => {
                bad += 1;
                bytes = &bytes[skip..];
            }
            None => return (good, bad),
        }
    }
}

/// Append `bytes` as UTF-8: as is when they are UTF-8, else each line that is not is
/// read as Windows-1252.
fn push_lines(out: &mut Vec<u8>, bytes: &[u8]) {
    if std::str::from_utf8(bytes).is_ok() {
        out.extend_from_slice(bytes);
        return;
    }
    let lines: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    // The start of a character cut off the end of the line before.
    let mut carry: Vec<u8> = Vec::new();
    for (k, &line) in lines.iter().enumerate() {
        let mut line = Cow::Borrowed(line);
        if !carry.is_empty() {
            // After the fold's space or tab, where the rest of the character is.
            let mut joined = vec![line[0]];
            joined.append(&mut carry);
            joined.extend_from_slice(&line[1..]);
            line = Cow::Owned(joined);
        }
        if lines
            .get(k + 1)
            .is_some_and(|next| cut_between(&line, next))
        {
            let (body, eol) = split_eol(&line);
            let cut = body.len() - incomplete_tail(body);
            carry = body[cut..].to_vec();
            line = Cow::Owned([&body[..cut], eol].concat());
        }
        if std::str::from_utf8(&line).is_ok() {
            out.extend_from_slice(&line);
        } else {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(&line);
            out.extend_from_slice(text.as_bytes());
        }
    }
}

/// A line and its line break.
fn split_eol(line: &[u8]) -> (&[u8], &[u8]) {
    let body = line.strip_suffix(b"\n").unwrap_or(line);
    let body = body.strip_suffix(b"\r").unwrap_or(body);
    line.split_at(body.len())
}

/// Does `line` end (before its line break) with the start of a UTF-8 character?
fn ends_mid_character(line: &[u8]) -> bool {
    incomplete_tail(split_eol(line).0) > 0
}

/// Does a UTF-8 character start at the end of `line` and go on at the start of `next`
/// (after one space or tab)? Folded vCard lines are cut by octets, so this happens;
/// the decoder then moves the cut bytes after the fold, which unfolds to the same text.
fn cut_between(line: &[u8], next: &[u8]) -> bool {
    let body = split_eol(line).0;
    let tail = &body[body.len() - incomplete_tail(body)..];
    let Some(&lead) = tail.first() else {
        return false;
    };
    let width = match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    let next = next.strip_prefix(b" ").or_else(|| next.strip_prefix(b"\t"));
    let Some(rest) = next.and_then(|n| n.get(..width - tail.len())) else {
        return false;
    };
    std::str::from_utf8(&[tail, rest].concat()).is_ok()
}

/// How many bytes at the end of `bytes` are the start of a UTF-8 sequence cut short.
fn incomplete_tail(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Err(e) if e.error_len().is_none() => bytes.len() - e.valid_up_to(),
        _ => 0,
    }
}

impl<R: Read> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos >= self.out.len() {
            self.refill()?;
        }
        Ok(&self.out[self.pos..])
    }
    fn consume(&mut self, amt: usize) {
        self.pos = (self.pos + amt).min(self.out.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(bytes: &[u8]) -> String {
        let mut s = String::new();
        decode(bytes).read_to_string(&mut s).unwrap();
        s
    }

    /// Reads one byte at a time, to test BOMs and sequences split across reads.
    struct Trickle<'a>(&'a [u8]);
    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[0];
            self.0 = &self.0[1..];
            Ok(1)
        }
    }

    fn utf16(text: &str, le: bool) -> Vec<u8> {
        let mut out = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for unit in text.encode_utf16() {
            let b = if le {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            };
            out.extend_from_slice(&b);
        }
        out
    }

    #[test]
    fn encodings() {
        let text = "Name,Note\r\nJosé,naïve 😀\r\n";
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("utf-8", text.as_bytes().to_vec()),
            (
                "utf-8 bom",
                [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            ),
            ("utf-16le", utf16(text, true)),
            ("utf-16be", utf16(text, false)),
        ];
        for (name, bytes) in cases {
            assert_eq!(all(&bytes), text, "{name}");
            let mut s = String::new();
            decode(Trickle(&bytes)).read_to_string(&mut s).unwrap();
            assert_eq!(s, text, "{name}, one byte at a time");
        }
    }

    #[test]
    fn windows_1252_per_line() {
        let bytes = b"M\xfcller,\x80 5\nJos\xc3\xa9,ok\nlast \xe9t\xe9";
        assert_eq!(all(bytes), "Müller,€ 5\nJosé,ok\nlast été");
        let mut s = String::new();
        decode(Trickle(bytes)).read_to_string(&mut s).unwrap();
        assert_eq!(s, "Müller,€ 5\nJosé,ok\nlast été");
    }

    #[test]
    fn a_character_cut_by_a_line_fold_stays_utf8() {
        // vCard folds by octets: "Zoë" folded inside the "ë" (C3 AB).
        let bytes = b"FN:Zo\xc3\r\n \xab!\r\nN:M\xfcller\r\nNOTE:caf\xc3\r\nX:\xe9\r\n";
        // The cut bytes move after the fold, which unfolds to the same "Zoë!"; a line
        // that only looks cut is still Windows-1252, and so is the next one.
        let want = "FN:Zo\r\n ë!\r\nN:Müller\r\nNOTE:cafÃ\r\nX:é\r\n";
        assert_eq!(all(bytes), want);
        let mut s = String::new();
        decode(Trickle(bytes)).read_to_string(&mut s).unwrap();
        assert_eq!(s, want, "one byte at a time");
    }

    #[test]
    fn edge_cases() {
        assert_eq!(all(b""), "");
        assert_eq!(all(b"\xEF\xBB\xBF"), "");
        assert_eq!(all(b"\xFF\xFE"), "");
        assert_eq!(all(b"a"), "a");
        assert_eq!(all(b"a\0b\n"), "a\0b\n");
        // An odd trailing byte of UTF-16 becomes a replacement character, not a panic.
        assert_eq!(all(b"\xFF\xFEa\0b"), "a\u{FFFD}");
    }

    #[test]
    fn long_lines_are_bounded_and_keep_split_sequences() {
        let mut line = "é".repeat(MAX_PENDING); // 2 MiB, no newline
        line.push('\n');
        assert_eq!(all(line.as_bytes()), line);
        let mut latin = vec![b'a'; MAX_PENDING + 10];
        latin.push(0xE9);
        let s = all(&latin);
        assert!(s.ends_with("aé"), "{}", &s[s.len() - 4..]);
    }
}
