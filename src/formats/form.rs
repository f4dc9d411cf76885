//! The text form of a contact that `kard edit` opens in `$EDITOR`: one `key: value`
//! line per field, a line per phone/email/fax/url/address.

use crate::model::{birthday, Address, Contact, Phone, Url};
use crate::phone::{self, Region};
use anyhow::{bail, Result};

const HEADER: &str = "\
# Edit this contact, save and quit. Lines starting with # are ignored.
# An empty value removes the field; repeat a phone/fax/email/url/address line for more.
# Values may carry a label: `phone: mobile: (555) 010-1234`. In notes, \\n is a line break.
# Address: `address: LABEL: street; locality; region; postal code; country`.
";

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\n', "\\n")
}

fn unesc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn labeled(label: &Option<String>, value: &str) -> String {
    match label {
        Some(l) if !l.is_empty() => format!("{l}: {value}"),
        _ => value.to_string(),
    }
}

/// The form for `c`.
pub fn write(c: &Contact) -> String {
    let mut s = String::from(HEADER);
    let mut line = |k: &str, v: &str| s.push_str(&format!("{k}: {}\n", esc(v)));
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    line("name", &c.display_name);
    line("prefix", &o(&c.name.prefix));
    line("given", &o(&c.name.given));
    line("middle", &o(&c.name.middle));
    line("family", &o(&c.name.family));
    line("suffix", &o(&c.name.suffix));
    line("nickname", &o(&c.nickname));
    line("organization", &o(&c.organization));
    line("department", &o(&c.department));
    line("title", &o(&c.title));
    for p in &c.phones {
        line("phone", &labeled(&p.label, &p.raw));
    }
    if c.phones.is_empty() {
        line("phone", "");
    }
    for p in &c.faxes {
        line("fax", &labeled(&p.label, &p.raw));
    }
    if c.faxes.is_empty() {
        line("fax", "");
    }
    for e in &c.emails {
        line("email", &labeled(&e.label, &e.address));
    }
    if c.emails.is_empty() {
        line("email", "");
    }
    for u in &c.urls {
        line("url", &labeled(&u.label, &u.url));
    }
    for a in &c.addresses {
        let parts = [
            &a.street,
            &a.locality,
            &a.region,
            &a.postal_code,
            &a.country,
        ]
        .map(|p| o(p).replace(';', "\\;"))
        .join("; ");
        line("address", &labeled(&a.label, &parts));
    }
    line("birthday", &o(&c.birthday));
    line("categories", &c.categories.join(", "));
    line("notes", &o(&c.notes));
    s
}

/// Is this form empty once comments and blank lines are gone? An empty form means
/// "abort", as an empty commit message does for git.
pub fn is_blank(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with('#'))
}

/// Apply an edited form to `c`. The form is the whole editable contact: a field whose
/// line was removed (or left empty) is removed. Errors name every line at fault, and
/// then nothing is applied.
pub fn read(text: &str, c: &mut Contact, region: Region) -> Result<()> {
    let mut next = c.clone();
    next.display_name.clear();
    next.name = Default::default();
    next.nickname = None;
    next.organization = None;
    next.department = None;
    next.title = None;
    next.notes = None;
    next.birthday = None;
    next.categories.clear();
    next.phones.clear();
    next.faxes.clear();
    next.emails.clear();
    next.urls.clear();
    next.addresses.clear();
    let mut errors = Vec::new();
    for (i, raw_line) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw_line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Err(e) = read_line(line, c, &mut next, region) {
            errors.push(format!("line {n}: {e}"));
        }
    }
    if !errors.is_empty() {
        bail!("{}", errors.join("\n"));
    }
    *c = next;
    Ok(())
}

/// One `key: value` line into `next`; `old` is the contact before the edit, whose
/// numbers stay accepted as they were even where kard would refuse them as new input.
fn read_line(line: &str, old: &Contact, next: &mut Contact, region: Region) -> Result<()> {
    let Some((key, value)) = line.split_once(':') else {
        bail!("expected `key: value`, found {line:?}");
    };
    let value = unesc(value.trim());
    let opt = (!value.trim().is_empty()).then(|| value.trim().to_string());
    let (label, item) = crate::model::split_label(&value);
    let key = key.trim().to_ascii_lowercase();
    match key.as_str() {
        "name" => next.display_name = opt.unwrap_or_default(),
        "prefix" => next.name.prefix = opt,
        "given" => next.name.given = opt,
        "middle" => next.name.middle = opt,
        "family" => next.name.family = opt,
        "suffix" => next.name.suffix = opt,
        "nickname" => next.nickname = opt,
        "organization" | "org" => next.organization = opt,
        "department" => next.department = opt,
        "title" => next.title = opt,
        "notes" | "note" => next.notes = opt,
        "birthday" => {
            next.birthday = match opt {
                None => None,
                Some(b) => Some(birthday(&b).ok_or_else(|| {
                    anyhow::anyhow!("birthday {b:?} is not a date (YYYY-MM-DD or --MM-DD)")
                })?),
            }
        }
        "categories" => {
            next.categories = value
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        }
        _ if opt.is_none() => {}
        "phone" | "fax" => {
            let (was, list) = if key == "fax" {
                (&old.faxes, &mut next.faxes)
            } else {
                (&old.phones, &mut next.phones)
            };
            let p = match was.iter().find(|p| p.raw == item) {
                Some(p) => Phone { label, ..p.clone() },
                None => phone::checked(&item, label, region)?,
            };
            list.push(p);
        }
        "email" => next.emails.push(crate::model::email(label, &item)?),
        "url" => next.urls.push(Url { label, url: item }),
        "address" => {
            let mut parts = split_address(&item).into_iter();
            let mut part = || parts.next().filter(|p| !p.is_empty());
            next.addresses.push(Address {
                label,
                street: part(),
                locality: part(),
                region: part(),
                postal_code: part(),
                country: part(),
            });
        }
        other => bail!("unknown field {other:?}"),
    }
    Ok(())
}

fn split_address(s: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&';') => {
                parts.last_mut().unwrap().push(';');
                chars.next();
            }
            ';' => parts.push(String::new()),
            c => parts.last_mut().unwrap().push(c),
        }
    }
    parts.into_iter().map(|p| p.trim().to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Email;

    #[test]
    fn form_round_trips() {
        let c = Contact {
            display_name: "Robin Lee".into(),
            organization: Some("Acme; Inc".into()),
            notes: Some("line one\nline two".into()),
            phones: vec![Phone {
                label: Some("mobile".into()),
                number: Some("+15550101234".into()),
                raw: "(555) 010-1234".into(),
            }],
            emails: vec![Email {
                label: Some("work".into()),
                address: "robin@acme.example".into(),
            }],
            urls: vec![Url {
                label: None,
                url: "https://acme.example/robin".into(),
            }],
            addresses: vec![Address {
                label: Some("home".into()),
                street: Some("1 Main St; Apt 2".into()),
                locality: Some("Springfield".into()),
                ..Address::default()
            }],
            birthday: Some("--05-09".into()),
            ..Contact::default()
        };
        let mut back = Contact::default();
        read(&write(&c), &mut back, Region::default()).unwrap();
        assert_eq!(back, c);
    }

    #[test]
    fn bad_lines_are_named() {
        let mut c = Contact::default();
        let err = read("name: x\nphone: none\n", &mut c, Region::default()).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
        let err = read("colour: red\n", &mut c, Region::default()).unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }
}
