//! File formats: each reads records into `Contact`s (or `FILE:LINE` errors) and writes
//! them back out. No SQLite here.
//!
//! Readers are push-based and streaming: `read` hands each record to a sink as soon as
//! it is read, so memory stays flat however large the file.

mod csv;
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

/// The contact file formats kard reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    // Read: 2.1, 3.0 and 4.0 alike.
    /// vCard 4.0
    Vcard,
    /// vCard 3.0 (for older address books)
    Vcard3,
    /// Google Contacts CSV
    Google,
    /// Outlook CSV
    Outlook,
    /// kard JSON (an array of cards; `kard import` reads it back)
    Json,
}

/// Guess the format from the first bytes of (decoded) text: vCard when it starts with
/// `BEGIN:VCARD`, JSON, a Google or Outlook CSV header, vCard when a `BEGIN:VCARD`
/// line comes after other text (a mail header, a stray line), else any CSV header with
/// a column kard knows (read by the Outlook reader, which maps columns by name).
pub fn detect(head: &[u8]) -> Option<Format> {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let t = head.trim_ascii_start();
    let first = t.split(|&b| b == b'\n').next().unwrap_or(b"");
    if text::is_begin_vcard(first) {
        return Some(Format::Vcard);
    }
    if t.starts_with(b"[") || t.starts_with(b"{") {
        return Some(Format::Json);
    }
    let header = String::from_utf8_lossy(first);
    if google_csv::looks_like(&header) {
        return Some(Format::Google);
    }
    if outlook_csv::looks_like(&header) {
        return Some(Format::Outlook);
    }
    if text::looks_like_vcard(head) {
        return Some(Format::Vcard);
    }
    if outlook_csv::looks_like_any(&header) {
        return Some(Format::Outlook);
    }
    None
}

/// Why the format of an input could not be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unknown {
    Empty,
    /// Not vCard or JSON, and a first line with no column kard knows (the line, cut).
    Unrecognized(String),
}

impl std::fmt::Display for Unknown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unknown::Empty => write!(f, "the file is empty"),
            Unknown::Unrecognized(first) => write!(
                f,
                "cannot tell the format: not vCard or kard JSON, and no column of the first \
                 line is one kard knows ({first}); use --format"
            ),
        }
    }
}

/// The import entry: `input` in any encoding (see `text`), as text of its format,
/// detected from the content unless `forced`. Then `read` it.
pub fn open<'a>(
    input: impl std::io::Read + 'a,
    forced: Option<Format>,
) -> std::result::Result<(Format, Box<dyn BufRead + 'a>), Unknown> {
    let mut decoded = text::decode(input);
    if let Some(format) = forced {
        return Ok((format, decoded));
    }
    let head = match decoded.fill_buf() {
        Ok(head) => &head[..head.len().min(64 * 1024)],
        Err(_) => &[][..],
    };
    if head.trim_ascii().is_empty() {
        return Err(Unknown::Empty);
    }
    match detect(head) {
        Some(format) => Ok((format, decoded)),
        None => {
            let first = String::from_utf8_lossy(head.split(|&b| b == b'\n').next().unwrap_or(b""));
            let first: String = first
                .trim()
                .chars()
                .take(200)
                .filter(|c| !c.is_control())
                .collect();
            Err(Unknown::Unrecognized(first))
        }
    }
}

/// `open` and `read` together: what `kard import` does with one input.
pub fn read_input(
    input: impl std::io::Read,
    forced: Option<Format>,
    region: Region,
    sink: &mut Sink,
) -> Result<()> {
    let (format, mut text) = open(input, forced).map_err(|e| anyhow::anyhow!("{e}"))?;
    read(format, &mut text, region, sink)
}

/// Birthdays a reader kept as text because they are no date (`1990-02-31`): the card
/// carries them as a kept property (vCard `BDAY`, CSV `Birthday` column) for export.
pub fn birthdays_kept_as_text(c: &Contact) -> impl Iterator<Item = &str> {
    c.extras.iter().filter_map(|e| {
        let (name, value) = if e.format == "vcard" {
            let (head, value) = e.line.split_once(':')?;
            (head.split(';').next()?.rsplit('.').next()?, value)
        } else {
            e.line.split_once('=')?
        };
        (name.eq_ignore_ascii_case("BDAY") || name.eq_ignore_ascii_case("Birthday"))
            .then_some(value.trim())
    })
}

/// The directory extensions of `c` as phone numbers others read: `MAIN x2002` with the
/// card's main (or work, or first) number, `x2002` without one; labelled `work`.
pub fn extension_phones(c: &Contact) -> Vec<crate::model::Phone> {
    let main = c.main_phone().and_then(|p| p.number.clone());
    c.extensions
        .iter()
        .map(|e| crate::model::Phone {
            label: Some("work".into()),
            number: None,
            raw: match &main {
                Some(m) => format!("{m} x{}", e.number),
                None => format!("x{}", e.number),
            },
        })
        .collect()
}

/// Phones that are extensions (`x2002`, or `MAIN x2002` beside the card's own MAIN, as
/// `extension_phones` writes them) become the card's extensions again.
pub fn sort_out_extensions(c: &mut Contact) {
    let digits_of =
        |p: &crate::model::Phone| crate::phone::digits(p.number.as_deref().unwrap_or(&p.raw));
    let numbers: Vec<String> = c
        .phones
        .iter()
        .filter(|p| crate::phone::split_extension(&p.raw).is_none())
        .map(digits_of)
        .collect();
    let mut extensions = Vec::new();
    c.phones
        .retain(|p| match crate::phone::split_extension(&p.raw) {
            Some((main, ext))
                if main
                    .as_deref()
                    .is_none_or(|m| numbers.contains(&crate::phone::digits(m))) =>
            {
                extensions.push(ext);
                false
            }
            _ => true,
        });
    for number in extensions {
        if !c.extensions.iter().any(|e| e.number == number) {
            c.extensions.push(crate::model::Extension {
                account: crate::model::Account::Work,
                number,
            });
        }
    }
}

/// The format the `import_entry` fuzz target forces by an input's first byte (`% 8`: 0
/// vCard, 1 Google, 2 Outlook, 3 JSON, else detected), also for replaying its findings.
#[doc(hidden)]
pub fn fuzz_forced(first: u8) -> Option<Format> {
    match first % 8 {
        0 => Some(Format::Vcard),
        1 => Some(Format::Google),
        2 => Some(Format::Outlook),
        3 => Some(Format::Json),
        _ => None,
    }
}

/// Read every record of `input` (UTF-8 text) in `format`, in order, into `sink`.
pub fn read(
    format: Format,
    input: &mut dyn BufRead,
    region: Region,
    sink: &mut Sink,
) -> Result<()> {
    match format {
        Format::Vcard | Format::Vcard3 => vcard::read(input, region, sink),
        Format::Google => google_csv::read(input, region, sink),
        Format::Outlook => outlook_csv::read(input, region, sink),
        Format::Json => json::read(input, region, sink),
    }
}

#[cfg(test)]
mod hostile {
    //! No input, however broken, makes a reader (contacts or directory) panic or loop:
    //! arbitrary bytes, hostile shapes, and every fuzz finding kept in tests/data/fuzz/.
    use super::*;
    use proptest::prelude::*;

    const ALL: [Format; 4] = [Format::Vcard, Format::Google, Format::Outlook, Format::Json];

    /// Read `bytes` in every format; count what came out.
    fn read_everything(bytes: &[u8]) -> usize {
        let mut n = 0;
        for format in ALL {
            let mut input = text::decode(bytes);
            let _ = read(format, &mut input, Region::default(), &mut |_| {
                n += 1;
                Ok(())
            });
        }
        // And as a company directory file, each row made an entry.
        let mut input = text::decode(bytes);
        let _ = directory::read(&mut input, Region::default(), &mut |item| {
            n += 1;
            if let Ok(row) = item {
                let _ = directory::entry(vec![&row], directory::Target::Company);
            }
            Ok(())
        });
        n
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            read_everything(&bytes);
        }

        #[test]
        fn vcard_like_lines(lines in proptest::collection::vec(
            prop_oneof![
                Just("BEGIN:VCARD".to_string()), Just("END:VCARD".to_string()),
                Just("VERSION:2.1".to_string()), Just("VERSION:3.0".to_string()),
                "(FN|N|TEL|EMAIL|ADR|ORG|BDAY|PHOTO|item1.TEL|item1.X-ABLabel|NOTE)(;[A-Z=,-]{0,20}){0,3}:[ -~]{0,40}",
                " [ -~]{0,20}", "=[0-9A-F]{2}=?", "[^\n]{0,30}",
            ], 0..40)) {
            read_everything(lines.join("\r\n").as_bytes());
        }

        #[test]
        fn csv_like_rows(header in proptest::sample::select(vec![
                "First Name,Last Name,Phone 1 - Label,Phone 1 - Value,E-mail 1 - Value",
                "Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value",
                "\"First Name\",\"Last Name\",\"Business Fax\",\"Mobile Phone\",\"E-mail Address\"",
            ]),
            rows in proptest::collection::vec("[a-zA-Z0-9 ,\"+():;\n-]{0,60}", 0..20)) {
            read_everything(format!("{header}\n{}", rows.join("\n")).as_bytes());
        }
    }

    /// Every fixture of tests/data (real shapes, bad ones included).
    fn fixtures() -> Vec<Vec<u8>> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let mut out = Vec::new();
        for dir in ["shapes", "vcard", "csv", "directory", "fuzz"] {
            let dir = root.join(dir);
            let entries =
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            for entry in entries.flatten() {
                if entry.path().extension().is_some_and(|e| e != "py") {
                    out.extend(std::fs::read(entry.path()).ok());
                }
            }
        }
        out.sort();
        out
    }

    /// The whole import entry (decoding, detection, the reader picked or forced).
    fn import_entry(bytes: &[u8], forced: Option<Format>) -> usize {
        let mut n = 0;
        let _ = read_input(bytes, forced, Region::default(), &mut |_| {
            n += 1;
            Ok(())
        });
        n
    }

    proptest! {
        // Seeded: the same few hundred inputs on every run, so a failure reproduces.
        #![proptest_config(ProptestConfig {
            cases: 300,
            rng_seed: proptest::test_runner::RngSeed::Fixed(12),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn the_import_entry_never_panics_on_random_or_truncated_files(
            pick in any::<proptest::sample::Index>(),
            cut in any::<proptest::sample::Index>(),
            flips in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..4),
            random in proptest::collection::vec(any::<u8>(), 0..512),
            forced in proptest::option::of(proptest::sample::select(ALL.to_vec())),
        ) {
            let all = fixtures();
            let mut bytes = pick.get(&all).clone();
            // Truncated anywhere (inside a character, a BOM, a quoted field)...
            bytes.truncate(cut.index(bytes.len() + 1));
            // ...with a few bytes changed...
            for (at, b) in &flips {
                if !bytes.is_empty() {
                    let i = at.index(bytes.len());
                    bytes[i] = *b;
                }
            }
            import_entry(&bytes, forced);
            // ...and random bytes, alone and after the truncated file.
            import_entry(&random, forced);
            bytes.extend_from_slice(&random);
            import_entry(&bytes, forced);
        }
    }

    #[test]
    fn detection_never_slices_inside_a_character() {
        // 11 bytes into this text is inside 名: detection once sliced a &str there.
        for head in [
            "\"敬称\",\"名\",\"姓\"\r\n",
            "ÀÀÀÀÀÀBEGIN:VCARD",
            "ééééé",
            "€€€€",
        ] {
            let _ = detect(head.as_bytes());
            for cut in 0..=head.len() {
                let _ = detect(&head.as_bytes()[..cut]);
            }
        }
        assert_eq!(detect(b"home.BEGIN:VCARD\r\n"), Some(Format::Vcard));
        assert_eq!(
            detect(b"From: x\r\n\r\nBEGIN:VCARD\r\n"),
            Some(Format::Vcard)
        );
        assert_eq!(detect(b"Foo,Bar\n1,2\n"), None);
        // A preamble that looks like a one-column CSV header is still a preamble.
        assert_eq!(detect(b"Name\r\n\r\nBEGIN:VCARD\r\n"), Some(Format::Vcard));
        assert_eq!(
            detect(b"Name,Phone,Email\r\nAnn,1,a@b\r\n"),
            Some(Format::Outlook)
        );
    }

    #[test]
    fn hostile_shapes() {
        let long_line = format!("BEGIN:VCARD\nFN:{}\nEND:VCARD\n", "x".repeat(10 << 20));
        let many_props = format!(
            "BEGIN:VCARD\nFN:A\n{}END:VCARD\n",
            "TEL:+15550101234\n".repeat(50_000)
        );
        let nested = "BEGIN:VCARD\nBEGIN:VCARD\nBEGIN:VCARD\nFN:A\nEND:VCARD\n".repeat(1000);
        let wide_csv = format!(
            "First Name,{}\nAnn,{}\n",
            "Phone 1 - Value,".repeat(100_000),
            "1,".repeat(100_000)
        );
        let forty_digits =
            "BEGIN:VCARD\nFN:A\nTEL:1234567890123456789012345678901234567890\nEND:VCARD\n";
        let sqlish =
            "BEGIN:VCARD\nFN:Robert'); DROP TABLE contact;--\nEMAIL:$(rm -rf ~)@x\nEND:VCARD\n";
        for input in [
            long_line.as_bytes(),
            many_props.as_bytes(),
            nested.as_bytes(),
            wide_csv.as_bytes(),
            forty_digits.as_bytes(),
            sqlish.as_bytes(),
            b"\0\0\0BEGIN:VCARD\0\nFN:\0\nEND:VCARD",
            b"\xff\xfe\x00\xd8\x00",
            b"\xfe\xff",
            b"",
        ] {
            read_everything(input);
        }
    }

    /// The inputs of tests/data/fuzz are in the shape of the `import_entry` fuzz target:
    /// the first byte forces a format (`fuzz_forced`; the ASCII digits `0`..`7` pick as
    /// 0..7 do), the rest is the file. Each is replayed through that entry, and whole
    /// through every reader.
    #[test]
    fn fuzz_findings_stay_fixed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let mut replayed = 0;
        for entry in entries {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let Some((&first, rest)) = bytes.split_first() else {
                panic!("{}: empty, not an input of import_entry", path.display());
            };
            import_entry(rest, fuzz_forced(first));
            read_everything(&bytes);
            replayed += 1;
        }
        assert!(replayed > 0, "nothing to replay in {}", dir.display());
    }
}
