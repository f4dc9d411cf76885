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
            anyhow!(
                "unknown region {code:?}: expected a two-letter country code such as US, GB or DE"
            )
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
    if let Some(fast) = international_e164(t) {
        return Some(fast);
    }
    // A leading "00" or "011" international prefix is understood by the parser for the
    // region; a bare "+" prefix works for all. A number written with "+" is parsed
    // without the default region: given one, the parser strips that region's national
    // prefix from the number (read in the US, "+44 161 496 0999" would lose its "1").
    let international = t.strip_prefix("tel:").unwrap_or(t).starts_with('+');
    let parsed = phonenumber::parse((!international).then_some(region.0), t).ok()?;
    // The parser accepts any digits; a number no country's plan allows (a German
    // "0171 2345678" read as American) has no E.164 form rather than a wrong one.
    let national = parsed.national().to_string();
    let possible = phonenumber::metadata::DATABASE
        .by_code(&parsed.code().value())
        .is_some_and(|plans| {
            plans
                .iter()
                .any(|m| m.descriptors().general().is_match(&national))
        });
    possible.then(|| parsed.format().mode(Mode::E164).to_string())
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

/// The E.164 form of a number written in international form (`+`, a country code, the
/// national number), without loading the numbering-plan metadata: for such a number
/// the form needs no region, only the country code, known here with the lengths its
/// plan allows (`CALLING_CODES`). Only plain forms: digits and ` -.()` after the `+`,
/// a national number not starting with 0 (a "(0)" trunk prefix written in, or a plan
/// where 0 leads, goes to the parser), a length the plan allows. North America (+1)
/// is `nanp_e164`'s. `international_fast_path_agrees_with_the_parser` checks both
/// give the same.
fn international_e164(text: &str) -> Option<String> {
    let t = text.strip_prefix("tel:").unwrap_or(text);
    let rest = t.strip_prefix('+')?;
    if !rest
        .bytes()
        .all(|b| b.is_ascii_digit() || b" -.()".contains(&b))
    {
        return None;
    }
    let mut out = String::with_capacity(16);
    out.push('+');
    out.extend(rest.chars().filter(char::is_ascii_digit));
    let d = &out.as_bytes()[1..];
    if d.len() > 17 {
        return None;
    }
    let (cc_len, lo, hi) = (1..=3).find_map(|n| {
        let code: u16 = std::str::from_utf8(d.get(..n)?).ok()?.parse().ok()?;
        let i = CALLING_CODES.binary_search_by_key(&code, |e| e.0).ok()?;
        Some((n, CALLING_CODES[i].1, CALLING_CODES[i].2))
    })?;
    let national = &d[cc_len..];
    let fits = (usize::from(lo)..=usize::from(hi)).contains(&national.len());
    (d[0] != b'1' && national.first() != Some(&b'0') && fits).then_some(out)
}

/// Country calling codes with the shortest and longest national number their plans
/// allow (over all number types), from the `phonenumber` crate's metadata;
/// `calling_codes_match_the_metadata` keeps them in step with it.
const CALLING_CODES: &[(u16, u8, u8)] = &[
    (1, 7, 10),
    (7, 10, 14),
    (20, 8, 10),
    (27, 5, 10),
    (30, 10, 12),
    (31, 5, 11),
    (32, 8, 9),
    (33, 9, 9),
    (34, 9, 9),
    (36, 8, 9),
    (39, 6, 12),
    (40, 6, 9),
    (41, 9, 12),
    (43, 4, 13),
    (44, 7, 10),
    (45, 8, 8),
    (46, 6, 12),
    (47, 5, 8),
    (48, 6, 10),
    (49, 4, 15),
    (51, 8, 9),
    (52, 10, 10),
    (53, 6, 10),
    (54, 10, 11),
    (55, 8, 11),
    (56, 9, 11),
    (57, 8, 11),
    (58, 10, 10),
    (60, 8, 10),
    (61, 5, 12),
    (62, 7, 17),
    (63, 6, 13),
    (64, 5, 10),
    (65, 8, 11),
    (66, 8, 13),
    (81, 8, 17),
    (82, 5, 14),
    (84, 7, 10),
    (86, 7, 12),
    (90, 7, 13),
    (91, 8, 13),
    (92, 8, 12),
    (93, 9, 9),
    (94, 9, 9),
    (95, 6, 10),
    (98, 4, 10),
    (211, 9, 9),
    (212, 9, 9),
    (213, 8, 9),
    (216, 8, 8),
    (218, 9, 9),
    (220, 7, 7),
    (221, 9, 9),
    (222, 8, 8),
    (223, 8, 8),
    (224, 8, 9),
    (225, 10, 10),
    (226, 8, 8),
    (227, 8, 8),
    (228, 8, 8),
    (229, 8, 10),
    (230, 7, 10),
    (231, 7, 9),
    (232, 8, 8),
    (233, 8, 9),
    (234, 10, 14),
    (235, 8, 8),
    (236, 8, 8),
    (237, 8, 9),
    (238, 7, 7),
    (239, 7, 7),
    (240, 9, 9),
    (241, 7, 8),
    (242, 9, 9),
    (243, 7, 10),
    (244, 9, 9),
    (245, 7, 9),
    (246, 7, 7),
    (247, 5, 6),
    (248, 7, 7),
    (249, 9, 9),
    (250, 8, 9),
    (251, 9, 9),
    (252, 6, 9),
    (253, 8, 8),
    (254, 7, 10),
    (255, 9, 9),
    (256, 9, 9),
    (257, 8, 8),
    (258, 8, 9),
    (260, 9, 9),
    (261, 9, 9),
    (262, 9, 9),
    (263, 5, 10),
    (264, 8, 9),
    (265, 7, 9),
    (266, 8, 8),
    (267, 7, 10),
    (268, 8, 9),
    (269, 7, 7),
    (290, 4, 5),
    (291, 7, 7),
    (297, 7, 7),
    (298, 6, 6),
    (299, 6, 6),
    (350, 8, 8),
    (351, 9, 9),
    (352, 4, 11),
    (353, 7, 10),
    (354, 7, 9),
    (355, 6, 9),
    (356, 8, 8),
    (357, 8, 8),
    (358, 5, 12),
    (359, 6, 12),
    (370, 8, 8),
    (371, 8, 8),
    (372, 7, 10),
    (373, 8, 8),
    (374, 8, 8),
    (375, 6, 11),
    (376, 6, 9),
    (377, 8, 9),
    (378, 8, 10),
    (380, 9, 10),
    (381, 6, 12),
    (382, 8, 9),
    (383, 8, 12),
    (385, 7, 9),
    (386, 5, 8),
    (387, 8, 9),
    (389, 8, 8),
    (420, 9, 12),
    (421, 6, 9),
    (423, 7, 9),
    (500, 5, 5),
    (501, 7, 11),
    (502, 8, 11),
    (503, 7, 11),
    (504, 8, 11),
    (505, 8, 8),
    (506, 8, 10),
    (507, 7, 11),
    (508, 6, 9),
    (509, 8, 8),
    (590, 9, 9),
    (591, 8, 9),
    (592, 7, 7),
    (593, 8, 11),
    (594, 9, 9),
    (595, 6, 11),
    (596, 9, 9),
    (597, 6, 7),
    (598, 4, 13),
    (599, 7, 8),
    (670, 7, 8),
    (672, 6, 6),
    (673, 7, 7),
    (674, 7, 7),
    (675, 7, 8),
    (676, 5, 7),
    (677, 5, 7),
    (678, 5, 7),
    (679, 7, 11),
    (680, 7, 7),
    (681, 6, 9),
    (682, 5, 5),
    (683, 4, 7),
    (685, 5, 10),
    (686, 5, 8),
    (687, 6, 6),
    (688, 5, 7),
    (689, 6, 9),
    (690, 4, 7),
    (691, 7, 7),
    (692, 7, 7),
    (850, 8, 10),
    (852, 5, 11),
    (853, 7, 8),
    (855, 8, 10),
    (856, 8, 10),
    (880, 6, 10),
    (886, 7, 11),
    (960, 7, 10),
    (961, 7, 8),
    (962, 8, 9),
    (963, 8, 9),
    (964, 8, 10),
    (965, 7, 8),
    (966, 9, 10),
    (967, 7, 9),
    (968, 7, 9),
    (970, 8, 10),
    (971, 5, 12),
    (972, 7, 12),
    (973, 8, 8),
    (974, 7, 11),
    (975, 7, 8),
    (976, 8, 10),
    (977, 8, 11),
    (979, 9, 9),
    (992, 9, 9),
    (993, 8, 8),
    (994, 9, 9),
    (995, 9, 9),
    (996, 9, 10),
    (998, 9, 9),
];

/// How a number is shown to people: national and international forms and its country.
pub struct Display {
    pub national: String,
    pub international: String,
    pub country: Option<String>,
}

pub fn display(e164: &str, region: Region) -> Option<Display> {
    let parsed = phonenumber::parse(Some(region.0), e164).ok()?;
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

    /// What the parser makes of a number in international form, the slow way.
    fn parsed_e164(t: &str) -> Option<String> {
        let parsed = phonenumber::parse(None, t).ok()?;
        let national = parsed.national().to_string();
        let possible = phonenumber::metadata::DATABASE
            .by_code(&parsed.code().value())
            .is_some_and(|plans| {
                plans
                    .iter()
                    .any(|m| m.descriptors().general().is_match(&national))
            });
        possible.then(|| parsed.format().mode(Mode::E164).to_string())
    }

    #[test]
    fn calling_codes_match_the_metadata() {
        use std::collections::BTreeMap;
        let mut want: BTreeMap<u16, (u8, u8)> = BTreeMap::new();
        for meta in phonenumber::metadata::DATABASE.iter() {
            let d = meta.descriptors();
            let e = want.entry(meta.country_code()).or_insert((u8::MAX, 0));
            for x in [
                d.fixed_line(),
                d.mobile(),
                d.toll_free(),
                d.premium_rate(),
                d.shared_cost(),
                d.personal_number(),
                d.voip(),
                d.pager(),
                d.uan(),
                d.voicemail(),
            ]
            .into_iter()
            .flatten()
            {
                for &l in x.possible_length() {
                    let l = u8::try_from(l).unwrap();
                    *e = (e.0.min(l), e.1.max(l));
                }
            }
        }
        let want: Vec<(u16, u8, u8)> = want.into_iter().map(|(k, (a, b))| (k, a, b)).collect();
        assert_eq!(CALLING_CODES, want.as_slice());
    }

    #[test]
    fn international_fast_path_agrees_with_the_parser() {
        // The example numbers of every plan and type, in several spellings: the fast
        // path gives the example's own E.164 form, as the parser does, or leaves it to
        // the parser. The parser differs only where it cannot read the example itself:
        // it wrongly strips a national prefix from an international number (+7 800…,
        // +375 801…, +370 800…: "8" is the national prefix there); the fast path is right.
        let mut tried = 0;
        let mut answered = 0;
        let mut parser_wrong = 0;
        for meta in phonenumber::metadata::DATABASE.iter() {
            let d = meta.descriptors();
            let cc = meta.country_code();
            let examples = [d.fixed_line(), d.mobile(), d.toll_free(), d.voip(), d.uan()]
                .into_iter()
                .flatten()
                .filter_map(|x| x.example());
            for ex in examples {
                let (a, b) = ex.split_at(ex.len() / 2);
                let want = format!("+{cc}{ex}");
                let parser_right = parsed_e164(&want).as_deref() == Some(want.as_str());
                parser_wrong += usize::from(!parser_right);
                for t in [
                    format!("+{cc}{ex}"),
                    format!("+{cc} {a} {b}"),
                    format!("+{cc}-{a}-{b}"),
                    format!("+{cc} ({a}) {b}"),
                ] {
                    tried += 1;
                    if let Some(fast) = international_e164(&t) {
                        answered += 1;
                        assert_eq!(fast, want, "{t}");
                        if parser_right {
                            assert_eq!(parsed_e164(&t).as_deref(), Some(want.as_str()), "{t}");
                        }
                    }
                }
                assert_eq!(international_e164(&format!("+{cc} 0{ex}")), None);
            }
        }
        assert!(answered * 2 > tried, "{answered} of {tried}");
        assert!(parser_wrong < 10, "{parser_wrong}");
        for (t, want) in [
            ("+44 20 7946 0958", Some("+442079460958")),
            ("+44 161 496 0999", Some("+441614960999")),
            ("+49 30 1234 5678", Some("+493012345678")),
            ("tel:+33-1-23-45-67-89", Some("+33123456789")),
            ("+44 (0)20 7946 0958", None), // to the parser
            ("+1 555 010 1234", None),     // nanp_e164's
            ("+44 20", None),
            ("+999 1234 5678", None),
            ("+44 20 7946 0958 ext 12", None),
        ] {
            assert_eq!(international_e164(t).as_deref(), want, "{t}");
        }
        // Read in the US or anywhere, "+44 1…" keeps its 1; a written-in "(0)" goes.
        let us = Region::default();
        for t in [
            "+44 161 496 0999",
            "+44 (0)161 496 0999",
            "+44 0161 496 0999",
        ] {
            assert_eq!(e164(t, us).as_deref(), Some("+441614960999"), "{t}");
        }
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
        let d = display("+15550101234", Region::default()).unwrap();
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
