//! Merging an imported record into the personal contact it matches, losing nothing:
//! lists are unioned, empty fields filled, differing notes kept side by side.

use crate::identity::{same_email, same_number};
use crate::model::Contact;

fn fill(into: &mut Option<String>, from: &Option<String>) {
    if into.as_deref().is_none_or(|s| s.trim().is_empty()) && from.is_some() {
        into.clone_from(from);
    }
}

fn union<T: Clone>(into: &mut Vec<T>, from: &[T], same: impl Fn(&T, &T) -> bool) {
    for item in from {
        if !into.iter().any(|x| same(x, item)) {
            into.push(item.clone());
        }
    }
}

/// Merge `new` into `c` (the stored contact). Returns whether `c` changed.
pub fn merge(c: &mut Contact, new: &Contact) -> bool {
    let before = c.clone();
    let (n, m) = (&mut c.name, &new.name);
    fill(&mut n.prefix, &m.prefix);
    fill(&mut n.given, &m.given);
    fill(&mut n.middle, &m.middle);
    fill(&mut n.family, &m.family);
    fill(&mut n.suffix, &m.suffix);
    fill(&mut c.nickname, &new.nickname);
    fill(&mut c.organization, &new.organization);
    fill(&mut c.department, &new.department);
    fill(&mut c.location, &new.location);
    fill(&mut c.title, &new.title);
    fill(&mut c.birthday, &new.birthday);
    match (&c.notes, &new.notes) {
        (Some(old), Some(add)) if !old.contains(add.as_str()) => {
            c.notes = Some(format!("{old}\n\n{add}"));
        }
        _ => fill(&mut c.notes, &new.notes),
    }
    if c.photo.is_none() {
        c.photo.clone_from(&new.photo);
    }
    c.favorite |= new.favorite;
    union(&mut c.phones, &new.phones, same_number);
    union(&mut c.faxes, &new.faxes, same_number);
    union(&mut c.emails, &new.emails, |a, b| {
        same_email(&a.address, &b.address)
    });
    union(&mut c.urls, &new.urls, |a, b| a.url == b.url);
    union(&mut c.addresses, &new.addresses, |a, b| {
        a.one_line() == b.one_line()
    });
    union(&mut c.categories, &new.categories, |a, b| {
        a.eq_ignore_ascii_case(b)
    });
    union(&mut c.extras, &new.extras, |a, b| a == b);
    *c != before
}

/// `merge` for `kard merge`: `other` into `c`, and each single field both have with
/// differing values kept as a line of `c`'s notes (`title: CTO (from Robin L.)`).
pub fn merge_contacts(c: &mut Contact, other: &Contact) {
    let mut kept = Vec::new();
    {
        let mut differs = |what: &str, a: &Option<String>, b: &Option<String>| {
            if let (Some(x), Some(y)) = (a, b) {
                if x.trim() != y.trim() && !y.trim().is_empty() {
                    kept.push(format!("{what}: {y}"));
                }
            }
        };
        differs("prefix", &c.name.prefix, &other.name.prefix);
        differs("given name", &c.name.given, &other.name.given);
        differs("middle name", &c.name.middle, &other.name.middle);
        differs("family name", &c.name.family, &other.name.family);
        differs("suffix", &c.name.suffix, &other.name.suffix);
        differs("nickname", &c.nickname, &other.nickname);
        differs("organization", &c.organization, &other.organization);
        differs("department", &c.department, &other.department);
        differs("location", &c.location, &other.location);
        differs("title", &c.title, &other.title);
        differs("birthday", &c.birthday, &other.birthday);
    }
    if c.display_name.trim() != other.display_name.trim() {
        kept.push(format!("name: {}", other.display_name));
    }
    merge(c, other);
    if !kept.is_empty() {
        let lines: Vec<String> = kept
            .into_iter()
            .map(|k| format!("{k} (from {})", other.display_name))
            .collect();
        let add = lines.join("\n");
        c.notes = Some(match c.notes.take().filter(|n| !n.trim().is_empty()) {
            Some(n) => format!("{n}\n\n{add}"),
            None => add,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Email;
    use crate::model::Phone;

    #[test]
    fn merge_unions_and_fills_without_losing() {
        let mut old = Contact {
            display_name: "Ann".into(),
            title: Some("CEO".into()),
            notes: Some("first".into()),
            phones: vec![Phone {
                label: None,
                number: Some("+15550101234".into()),
                raw: "555 010 1234".into(),
            }],
            ..Contact::default()
        };
        let new = Contact {
            display_name: "Ann".into(),
            title: Some("CTO".into()),
            organization: Some("Acme".into()),
            notes: Some("second".into()),
            phones: vec![Phone {
                label: Some("work".into()),
                number: Some("+15550101234".into()),
                raw: "(555) 010-1234".into(),
            }],
            emails: vec![Email {
                label: None,
                address: "ann@acme.example".into(),
            }],
            ..Contact::default()
        };
        assert!(merge(&mut old, &new));
        assert_eq!(old.title.as_deref(), Some("CEO"));
        assert_eq!(old.organization.as_deref(), Some("Acme"));
        assert_eq!(old.notes.as_deref(), Some("first\n\nsecond"));
        assert_eq!(old.phones.len(), 1);
        assert_eq!(old.emails.len(), 1);
        // Merging the same again changes nothing.
        assert!(!merge(&mut old, &new));
    }
}
