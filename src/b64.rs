//! Base64 as contact files use it: standard alphabet out, anything plausible in.
//!
//! The `base64` crate does the work; this module only chooses its configuration and
//! tidies what real files hold (line breaks, spaces, the URL-safe alphabet, missing or
//! stray padding) before handing the text to it.

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine;

/// Decodes with or without padding and with non-zero trailing bits, as writers do.
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Standard base64 with padding.
pub fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Lenient base64: whitespace and other stray bytes skipped, padding optional, the
/// URL-safe alphabet accepted; the data ends at the first `=`.
pub fn decode(s: &[u8]) -> Vec<u8> {
    let mut clean: Vec<u8> = s
        .iter()
        .take_while(|&&c| c != b'=')
        .filter_map(|&c| match c {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' => Some(c),
            b'-' => Some(b'+'),
            b'_' => Some(b'/'),
            _ => None,
        })
        .collect();
    // A lone sixth bit group holds no whole byte.
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    LENIENT.decode(&clean).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_known_values() {
        assert_eq!(encode(b""), "");
        assert_eq!(encode(b"f"), "Zg==");
        assert_eq!(encode(b"fo"), "Zm8=");
        assert_eq!(encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(decode(b"Zm9v\r\n YmE="), b"fooba");
        assert_eq!(decode(b"_-8"), [0xFF, 0xEF]);
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(encode(&all).as_bytes()), all);
    }

    #[test]
    fn lenient_in() {
        for (input, want) in [
            (&b"Zm9vYg"[..], &b"foob"[..]),
            (b"Zm9vYg==", b"foob"),
            (b"Zm9vYh==", b"foob"), // trailing bits set
            (b"Zm9vY", b"foo"),     // a lone last character
            (b"Zm 9v\tYmFy", b"foobar"),
            (b"", b""),
            (b"====", b""),
            (b"!!", b""),
        ] {
            assert_eq!(decode(input), want, "{}", String::from_utf8_lossy(input));
        }
    }
}
