//! Phone numbers: parsing against a default region, E.164, display forms, extensions.

use anyhow::{anyhow, Result};
use phonenumber::country::Id;
use phonenumber::Mode;

/// The region numbers without a country code are read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region(Id);

impl Region {
    pub fn parse(code: &str) -> Result<Region> {
        let upper = code.trim().to_ascii_uppercase();
        upper.parse::<Id>().map(Region).map_err(|_| {
            crate::error::usage(format!(
                "unknown region {code:?}: expected a two-letter country code such as US, GB or DE"
            ))
        })
    }
}

impl Default for Region {
    fn default() -> Self {
        Region(Id::US)
    }
}

/// Is this an internal extension (2–6 digits) rather than a phone number?
pub fn is_extension(text: &str) -> bool {
    let t = text.trim();
    (2..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// A number written with an extension: `x2002`, `ext. 2002`, `+1 212-555-0102 x2002`,
/// `tel:+1-212-555-0102;ext=2002`. Returns the main number (None for an extension
/// alone) and the extension (2–6 digits); None for text without one.
pub fn split_extension(text: &str) -> Option<(Option<String>, String)> {
    use std::sync::OnceLock;
    static RE: OnceLock<regex::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"(?i)^(.*?)[\s,]*(?:;ext=|\bx\.?|\bext\.?|\bextension)\s*(\d{2,6})$")
            .expect("a valid pattern")
    });
    let t = text.trim();
    let t = t.strip_prefix("tel:").unwrap_or(t);
    let caps = re.captures(t)?;
    let main = caps.get(1).map_or("", |m| m.as_str()).trim();
    let ext = caps.get(2)?.as_str().to_string();
    if main.is_empty() {
        return Some((None, ext));
    }
    if !main
        .bytes()
        .all(|b| b.is_ascii_digit() || b" +-.()/".contains(&b))
        || !main.bytes().any(|b| b.is_ascii_digit())
    {
        return None;
    }
    Some((Some(main.to_string()), ext))
}

/// The E.164 form of `text` read in `region`, or None when it does not parse as a
/// number. Unassigned numbers (the fictional 555-01xx) still get their E.164 form.
pub fn e164(text: &str, region: Region) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || is_extension(t) || t.len() > 64 {
        return None;
    }
    let digits = t.bytes().filter(u8::is_ascii_digit).count();
    if !(3..=17).contains(&digits) {
        return None;
    }
    if let Some(fast) = nanp_e164(t, region) {
        return Some(fast);
    }
    widen_pattern_cache();
    let written_internationally = international(t, region);
    let parsed = match &written_internationally {
        Some(i) => phonenumber::parse(None, i),
        None => phonenumber::parse(Some(region.0), t),
    }
    .ok()?;
    // The parser accepts any digits; a national number the region's plan does not allow
    // (a German "0171 2345678" read as American) has no E.164 form rather than a wrong one.
    let national = parsed.national().to_string();
    let e164 = parsed.format().mode(Mode::E164).to_string();
    // Written with its country code, the number is what it says (`+852 1234 5678`,
    // outside Hong Kong's current plan, is still +85212345678).
    if e164.len() > 16
        || (written_internationally.is_none() && !plan_allows(parsed.code().value(), &national))
    {
        return None;
    }
    match &written_internationally {
        // The parser strips "national prefixes" even from international numbers
        // (+7 888… lost its 88): the digits written must be the digits kept.
        Some(i) => {
            let written = i.bytes().filter(u8::is_ascii_digit);
            let ext = parsed
                .extension()
                .map(|e| e.to_string())
                .unwrap_or_default();
            if !written.eq(e164[1..].bytes().chain(ext.bytes())) {
                return None;
            }
        }
        // What was read with the region must read back the same without it (a national
        // prefix or carrier code the parser strips again would make another number).
        None => {
            let again = phonenumber::parse(None, &e164).ok()?;
            if again.national() != parsed.national() {
                return None;
            }
        }
    }
    Some(e164)
}

/// The `phonenumber` crate compiles its numbering-plan patterns on use into an LRU
/// cache of 100; reading numbers of a few dozen countries cycles through more than
/// that, and compiled them again and again: 29% of the CPU of a 100,000-card import of
/// `gen_contacts.py` data. Measured there (CPU, peak memory): 100 -> 10.3 s, 89 MB;
/// 150 -> 5.5 s, 124 MB; 250 -> 4.9 s, 132 MB; 512 -> 5.3 s, 136 MB. A compiled
/// pattern is big (Unicode `\d` classes), so the cache is kept to what helps.
const PATTERN_CACHE: usize = 256;

fn widen_pattern_cache() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Ok(mut cache) = phonenumber::metadata::DATABASE.cache().lock() {
            cache.set_capacity(PATTERN_CACHE);
        }
    });
}

/// Does a numbering plan of calling code `code` allow `national` as a whole? (The
/// crate's own check matches only a prefix of it.) Patterns are compiled once per code.
fn plan_allows(code: u16, national: &str) -> bool {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static PLANS: RefCell<HashMap<u16, Vec<regex::Regex>>> = RefCell::new(HashMap::new());
    }
    PLANS.with(|plans| {
        let mut plans = plans.borrow_mut();
        let patterns = plans.entry(code).or_insert_with(|| {
            let metas = phonenumber::metadata::DATABASE
                .by_code(&code)
                .unwrap_or_default();
            metas
                .iter()
                .filter_map(|m| {
                    let general = m.descriptors().general().national_number().as_str();
                    regex::RegexBuilder::new(&format!("^(?:{general})$"))
                        .ignore_whitespace(true)
                        .build()
                        .ok()
                })
                .collect()
        });
        patterns.iter().any(|p| p.is_match(national))
    })
}

/// The key to look `text` up by among stored numbers: its E.164 form, found without
/// loading the numbering plans (~50 ms a process) when `text` is plainly `+` and digits.
/// For such text `e164` keeps exactly the digits written or gives nothing, so a key of
/// a number `e164` would refuse simply matches nothing.
pub fn lookup_key(text: &str, region: Region) -> Option<String> {
    let t = text.trim();
    let t = t.strip_prefix("tel:").unwrap_or(t);
    if let Some(rest) = t.strip_prefix('+') {
        if !t.contains("(0)")
            && rest
                .bytes()
                .all(|b| b.is_ascii_digit() || b" -.()".contains(&b))
        {
            let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
            if (7..=15).contains(&digits.len()) {
                return Some(format!("+{digits}"));
            }
        }
    }
    e164(text, region)
}

/// `text` as `+` and digits when it is written internationally: with `+`, or with the
/// region's international prefix (`011` in the US, `00` in most places). Such numbers
/// are parsed without a region: with one, the parser strips the region's national
/// prefix from the other country's number (`+33 1 98 76 54 32` read in the US lost
/// its `1`).
fn international(text: &str, region: Region) -> Option<String> {
    let t = text.trim_start();
    let t = t.strip_prefix("tel:").unwrap_or(t);
    if let Some(rest) = t.strip_prefix('+') {
        // "+44 (0)20 7946 0958": the "(0)" is dialled only from inside the country.
        return Some(plain_international(&rest.replace("(0)", "")));
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let prefix = phonenumber::metadata::DATABASE
        .by_id(region.0.as_ref())?
        .international_prefix()?
        .find(&digits)
        .filter(|m| m.start() == 0 && m.end() < digits.len())?;
    // The text after the prefix's digits, separators and any extension kept.
    let mut seen = 0;
    let rest = t.trim_start_matches(|c: char| {
        let skip = seen < prefix.end();
        seen += usize::from(c.is_ascii_digit());
        skip
    });
    Some(plain_international(rest))
}

/// `+` and the digits, when the text after the `+` (or the international prefix) has
/// only digits and punctuation (`852-1234-5678`, `(852) 1234.5678`): the parser reads
/// some punctuation as the end of the number. Anything else (an extension) as written.
fn plain_international(rest: &str) -> String {
    if rest
        .bytes()
        .all(|b| b.is_ascii_digit() || b" -./()\t".contains(&b))
    {
        format!("+{}", digits(rest))
    } else {
        format!("+{rest}")
    }
}

/// The E.164 form of a plainly written North American number, without loading the
/// numbering-plan metadata (that costs ~50 ms per process: the `phonenumber` crate
/// checks the syntax of every pattern it holds on first use). Only forms whose result
/// is certain: `+1` and ten digits, or, read in US/CA, ten digits or `1` and ten
/// digits; the area code starts 2–9; nothing but digits and ` -.()` besides. Anything
/// else (letters, extensions, other countries) returns None and is parsed in full;
/// `nanp_fast_path_agrees_with_the_parser` checks both give the same.
fn nanp_e164(text: &str, region: Region) -> Option<String> {
    let t = text.strip_prefix("tel:").unwrap_or(text);
    let (plus, rest) = match t.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    if !rest
        .bytes()
        .all(|b| b.is_ascii_digit() || b" -.()".contains(&b))
    {
        return None;
    }
    let d: Vec<u8> = rest.bytes().filter(u8::is_ascii_digit).collect();
    let national = match (plus, d.len()) {
        (true, 11) | (false, 11) if d[0] == b'1' => &d[1..],
        (false, 10) if matches!(region.0, Id::US | Id::CA) => &d[..],
        _ => return None,
    };
    if !plus && d.len() == 11 && !matches!(region.0, Id::US | Id::CA) {
        return None;
    }
    if !(b'2'..=b'9').contains(&national[0]) {
        return None;
    }
    let mut out = String::with_capacity(12);
    out.push_str("+1");
    out.extend(national.iter().map(|&b| b as char));
    Some(out)
}

/// The digits of an E.164 number as dialled inside its country (the national prefix,
/// then the national number: `+44 20 7946 0018` is `02079460018`), when they are not
/// simply the end of its E.164 digits (North America: no national prefix kept). From
/// the metadata's calling codes and national prefixes, without parsing the number.
pub fn national_digits(e164: &str) -> Option<String> {
    let digits = e164.strip_prefix('+')?;
    if digits.starts_with('1') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    (1..=3.min(digits.len())).find_map(|n| {
        let code: u16 = digits[..n].parse().ok()?;
        let metas = phonenumber::metadata::DATABASE.by_code(&code)?;
        let main = metas
            .iter()
            .find(|m| m.is_main_country_for_code())
            .or(metas.first())?;
        let prefix = main.national_prefix().filter(|p| !p.is_empty())?;
        Some(format!("{prefix}{}", &digits[n..]))
    })
}

/// How a number is shown to people: national and international forms and its country.
pub struct Display {
    pub national: String,
    pub international: String,
    pub country: Option<String>,
}

pub fn display(e164: &str) -> Option<Display> {
    let parsed = phonenumber::parse(None, e164).ok()?;
    Some(Display {
        national: parsed.format().mode(Mode::National).to_string(),
        international: parsed.format().mode(Mode::International).to_string(),
        country: parsed
            .country()
            .id()
            .map(|id| id.as_ref().to_string())
            .or_else(|| {
                // Unassigned numbers (555-01xx) have no region of their own: use the
                // main country of their calling code.
                let metas = phonenumber::metadata::DATABASE.by_code(&parsed.code().value())?;
                let main = metas
                    .iter()
                    .find(|m| m.is_main_country_for_code())
                    .or(metas.first())?;
                Some(main.id().to_string())
            }),
    })
}

/// A phone or fax as stored: `raw` as given, `number` its E.164 form if it parses.
pub fn make(raw: &str, label: Option<String>, region: Region) -> crate::model::Phone {
    let raw = raw.trim();
    crate::model::Phone {
        label,
        number: e164(raw, region),
        raw: raw.to_string(),
    }
}

/// A phone or fax typed by the user (a flag or the edit form): stored as `make` does,
/// but only when it can be a phone number; the error says why not.
pub fn checked(raw: &str, label: Option<String>, region: Region) -> Result<crate::model::Phone> {
    let raw = raw.trim();
    let count = raw.bytes().filter(u8::is_ascii_digit).count();
    if count == 0 {
        return Err(anyhow!("{raw:?} is not a phone number: it has no digits"));
    }
    if extension_ref(raw).is_some() {
        return Err(anyhow!(
            "{raw:?} is an internal extension (2 to 6 digits), not a phone number"
        ));
    }
    if count > 15 {
        return Err(anyhow!(
            "{raw:?} is not a phone number: it has {count} digits, and numbers have at most 15"
        ));
    }
    let phone = make(raw, label, region);
    if phone.number.is_none() {
        return Err(anyhow!(
            "{raw:?} is not a phone number in region {}: write it with its country code (+44 …) or pass --region",
            region.0.as_ref()
        ));
    }
    Ok(phone)
}

/// The extension a reference names: `2003`, `x2003`, `ext. 2003`, `ext 2003` or
/// `extension 2003` all name the extension 2003 (2 to 6 digits).
pub fn extension_ref(text: &str) -> Option<String> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let rest = ["extension", "ext.", "ext", "x"]
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .map_or(lower.as_str(), |r| r.trim_start_matches([' ', '.', ':']));
    is_extension(rest).then(|| rest.to_string())
}

/// Can this number receive SMS, as far as the numbering plan tells? False only for
/// numbers known to be landlines, toll-free, premium-rate, shared-cost, pagers and the
/// like; mobiles and numbers of unknown type (the fictional 555-01xx) may.
pub fn may_take_sms(e164: &str) -> bool {
    use phonenumber::metadata::DATABASE;
    use phonenumber::Type;
    let Ok(parsed) = phonenumber::parse(None, e164) else {
        return true;
    };
    !matches!(
        parsed.number_type(&DATABASE),
        Type::FixedLine
            | Type::TollFree
            | Type::PremiumRate
            | Type::SharedCost
            | Type::Pager
            | Type::Uan
            | Type::Voicemail
            | Type::Emergency
    )
}

/// Only the digits of `text`.
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// A number the user typed as a command argument: its E.164 form, or an error that
/// says why it is not a number.
pub fn parse_arg(text: &str, region: Region) -> Result<String> {
    e164(text, region).ok_or_else(|| anyhow!("{text:?} is not a phone number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164_of_many_spellings() {
        let us = Region::default();
        for (input, want) in [
            ("(555) 010-1234", Some("+15550101234")),
            ("555.010.1234", Some("+15550101234")),
            ("+1 555 010 1234", Some("+15550101234")),
            ("tel:+1-555-010-1234", Some("+15550101234")),
            ("+44 20 7946 0958", Some("+442079460958")),
            ("011 44 20 7946 0958", Some("+442079460958")),
            ("1234", None),
            ("hello", None),
            ("", None),
            ("1234567890123456789012345678901234567890", None),
            // A German mobile read in the US: no American number starts with 0.
            ("0171 2345678", None),
            ("+44 7700 900456", Some("+447700900456")),
            // The parser given region US took the French "1" for a national prefix.
            ("+33 1 98 76 54 32", Some("+33198765432")),
            ("011 33 1 98 76 54 32", Some("+33198765432")),
            ("+44 (0)20 7946 0958", Some("+442079460958")),
            // The parser strips "national prefixes" even after a country code.
            ("+7888000000000", None),
        ] {
            assert_eq!(e164(input, us).as_deref(), want, "{input}");
        }
        let gb = Region::parse("gb").unwrap();
        assert_eq!(e164("020 7946 0958", gb).as_deref(), Some("+442079460958"));
        let de = Region::parse("de").unwrap();
        assert_eq!(e164("0171 2345678", de).as_deref(), Some("+491712345678"));
    }

    #[test]
    fn nanp_fast_path_agrees_with_the_parser() {
        let full = |t: &str, r: Region| {
            let parsed = phonenumber::parse(Some(r.0), t).ok()?;
            Some(parsed.format().mode(Mode::E164).to_string())
        };
        let regions = ["US", "CA", "GB", "DE", "JM"].map(|r| Region::parse(r).unwrap());
        let mut inputs: Vec<String> = [
            "(555) 010-1234",
            "555.010.1234",
            "+1 555 010 1234",
            "tel:+1-555-010-1234",
            "1 555 010 1234",
            "1-212-218-5000",
            "+1 (212) 218-5000",
            "+12122185000",
            "2122185000",
            "(212)2185000",
            "+1 800 555 0199",
            "+1 876 555 0100",
            "1 (876) 555-0100",
            "+1 212 218 500",
            "+1 012 218 5000",
            "+1 112 218 5000",
            "0212 218 5000",
            "+44 20 7946 0958",
            "020 7946 0958",
            "11 2122 1850",
        ]
        .map(String::from)
        .to_vec();
        // A spread of area codes and exchanges, in several spellings.
        for i in 0..200u32 {
            let n = 2_000_000_000u64 + u64::from(i) * 39_916_801 % 7_999_999_999;
            let s = n.to_string();
            inputs.push(s.clone());
            inputs.push(format!("+1{s}"));
            inputs.push(format!("1 ({}) {}-{}", &s[..3], &s[3..6], &s[6..]));
        }
        for input in &inputs {
            for r in regions {
                if let Some(fast) = nanp_e164(input, r) {
                    assert_eq!(Some(fast), full(input, r), "{input} in {r:?}");
                }
            }
        }
        assert!(nanp_e164("(555) 010-1234", Region::default()).is_some());
        assert!(nanp_e164("555 010 1234 x12", Region::default()).is_none());
        assert!(nanp_e164("020 7946 0958", Region::parse("GB").unwrap()).is_none());
    }

    #[test]
    fn extensions_are_short_digit_strings() {
        assert!(is_extension("1234"));
        assert!(is_extension("12"));
        assert!(!is_extension("1"));
        assert!(!is_extension("1234567"));
        assert!(!is_extension("12a4"));
    }

    #[test]
    fn display_forms() {
        let d = display("+15550101234").unwrap();
        assert_eq!(d.national, "(555) 010-1234");
        assert_eq!(d.international, "+1 555-010-1234");
        assert_eq!(d.country.as_deref(), Some("US"));
    }

    #[test]
    fn sms_capability_when_known() {
        assert!(may_take_sms("+15550101234")); // fictional: unknown type
        assert!(may_take_sms("+447400123456")); // UK mobile
        assert!(!may_take_sms("+442079460958")); // London landline
        assert!(!may_take_sms("+18005550199")); // US toll-free
    }

    #[test]
    fn bad_region_is_an_error() {
        assert!(Region::parse("ZZ").is_err());
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// Any text: no panic; an E.164 result is `+` and 8 to 15 digits (one to three
        /// of them the country code), and reading it again gives it back.
        #[test]
        fn e164_is_well_formed_and_stable(
            text in prop_oneof![
                "\\PC{0,50}",
                "[+(]?[0-9 ().-]{0,45}",
                "(00|011|\\+)[0-9]{1,3}[ -]?[0-9 ]{4,20}",
            ],
            region in prop::sample::select(vec!["US", "GB", "DE", "FR", "JP", "IN", "BR"]),
        ) {
            let region = Region::parse(region).unwrap();
            if let Some(e) = e164(&text, region) {
                prop_assert!(e.starts_with('+'), "{e}");
                prop_assert!(e[1..].bytes().all(|b| b.is_ascii_digit()), "{e}");
                prop_assert!((4..=16).contains(&e.len()), "{e}");
                let again = e164(&e, region);
                prop_assert_eq!(again.as_deref(), Some(e.as_str()));
                let key = lookup_key(&text, region);
                prop_assert_eq!(key.as_deref(), Some(e.as_str()), "lookup key of {}", text);
                prop_assert!(display(&e).is_some());
            }
            let _ = is_extension(&text);
            let _ = parse_arg(&text, region);
        }
    }
}

#[cfg(test)]
mod international_punctuation {
    use super::*;

    #[test]
    fn international_numbers_with_any_punctuation() {
        let us = Region::default();
        for (raw, want) in [
            ("+852-1234-5678", "+85212345678"),
            ("+852 1234 5678", "+85212345678"),
            ("+852.1234.5678", "+85212345678"),
            ("+852/1234/5678", "+85212345678"),
            ("+(852) 1234-5678", "+85212345678"),
            ("011-852-1234-5678", "+85212345678"),
            ("+44-20-7946-0958", "+442079460958"),
            ("+49-(0)30-1234567", "+49301234567"),
            ("+81-3-1234-5678", "+81312345678"),
        ] {
            assert_eq!(e164(raw, us).as_deref(), Some(want), "{raw}");
        }
    }

    #[test]
    fn extensions_written_with_a_number() {
        let some = |m: &str, e: &str| Some((Some(m.to_string()), e.to_string()));
        for (text, want) in [
            ("x2002", Some((None, "2002".to_string()))),
            ("ext. 2002", Some((None, "2002".to_string()))),
            ("+1 212-555-0102 x2002", some("+1 212-555-0102", "2002")),
            (
                "tel:+1-212-555-0102;ext=2002",
                some("+1-212-555-0102", "2002"),
            ),
            ("+12125550102 ext 12", some("+12125550102", "12")),
            ("+1 212-555-0102", None),
            ("Box 2002", None),
            ("x1", None),
        ] {
            assert_eq!(split_extension(text), want, "{text}");
        }
    }
}
