//! Command templates from settings (`fax.command`, `handler.*`) and link templates
//! (`meet.url`): split into words with shell-like quoting, then placeholders filled in
//! inside each word, so a value never changes how many arguments there are. Nothing
//! here runs a shell.

use anyhow::{anyhow, Result};

/// Split `text` into words as a POSIX shell would, without expanding anything
/// (`shell-words`): blanks separate words, `'…'` is literal, `"…"` is literal but for
/// `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes keeps the next character.
pub fn split(text: &str) -> Result<Vec<String>> {
    shell_words::split(text).map_err(|e| anyhow!("{text:?}: {e}"))
}

/// Replace every `{key}` in `word` by `value(key)`; a `{…}` that is not a known key is
/// left as it is. `value` returning an error stops the whole fill.
pub fn fill(word: &str, mut value: impl FnMut(&str) -> Result<Option<String>>) -> Result<String> {
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_key(&after[..close]) => {
                let key = &after[..close];
                match value(key)? {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn is_key(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Percent-encode `s` for a URL path or query part (RFC 3986 unreserved kept).
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_a_shell() {
        for (input, want) in [
            (
                "sendfax -n {number} {files}",
                vec!["sendfax", "-n", "{number}", "{files}"],
            ),
            ("  a   b\t c ", vec!["a", "b", "c"]),
            ("'a b' \"c d\" e\\ f", vec!["a b", "c d", "e f"]),
            ("--name='{name}'", vec!["--name={name}"]),
            ("\"say \\\"hi\\\" \\n\"", vec!["say \"hi\" \\n"]),
            ("a''b \"\"", vec!["ab", ""]),
            ("'it'\\''s'", vec!["it's"]),
            ("x;y", vec!["x;y"]),
            ("", vec![]),
        ] {
            assert_eq!(split(input).unwrap(), want, "{input}");
        }
        for bad in ["'open", "\"open"] {
            assert!(split(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn fills_placeholders_inside_words() {
        let v = |k: &str| {
            Ok(match k {
                "name" => Some("O'Brien; rm -rf \"x\"".to_string()),
                "number" => Some("+15550109999".to_string()),
                _ => None,
            })
        };
        assert_eq!(
            fill("--to={name}", v).unwrap(),
            "--to=O'Brien; rm -rf \"x\""
        );
        assert_eq!(
            fill("{number}{number}", v).unwrap(),
            "+15550109999+15550109999"
        );
        assert_eq!(fill("{other} {x y} {", v).unwrap(), "{other} {x y} {");
        assert_eq!(fill("{}{name", v).unwrap(), "{}{name");
    }

    #[test]
    fn url_encoding() {
        assert_eq!(url_encode("Robin Lee"), "Robin%20Lee");
        assert_eq!(url_encode("a/b?c=d&é"), "a%2Fb%3Fc%3Dd%26%C3%A9");
        assert_eq!(url_encode("robin.lee-1_~"), "robin.lee-1_~");
    }
}
