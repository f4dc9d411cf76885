//! What makes two records one contact, written once. The store keys its value rows
//! with these (`contact_value.norm`), and import, sync, merge, the directory's grouping
//! and edit compare with them: a contact is the same as another when it has the same
//! UID, or the same name key and a match key in common (see `import::matching`).

use crate::model::{fold, Contact, Phone};
use crate::phone;

/// The key a name is sorted and matched by: case and accents aside, trimmed.
pub fn name_key(display_name: &str) -> String {
    fold(display_name.trim())
}

/// The key an email address is matched by: trimmed, lowercase (Unicode).
pub fn email_key(address: &str) -> String {
    address.trim().to_lowercase()
}

/// Two email addresses are the same when their keys are.
pub fn same_email(a: &str, b: &str) -> bool {
    email_key(a) == email_key(b)
}

/// Two numbers are the same when their E.164 forms are, or, lacking one, their digits.
pub fn same_number(a: &Phone, b: &Phone) -> bool {
    match (&a.number, &b.number) {
        (Some(x), Some(y)) => x == y,
        _ => phone::digits(&a.raw) == phone::digits(&b.raw),
    }
}

/// The keys a contact is matched on, each with whether it is a number: the E.164
/// numbers of its phones and faxes, then its email keys. The store's value rows hold
/// the same keys (`norm` of the phone, fax and email rows).
pub fn match_keys(c: &Contact) -> impl Iterator<Item = (String, bool)> + '_ {
    let numbers = c
        .phones
        .iter()
        .chain(&c.faxes)
        .filter_map(|p| p.number.clone())
        .map(|n| (n, true));
    let emails = c.emails.iter().map(|e| (email_key(&e.address), false));
    numbers.chain(emails)
}

/// Whether `b` has the name whose key is `a_name_key` (the other half of sameness,
/// beside a shared match key).
pub fn same_name(a_name_key: &str, b: &Contact) -> bool {
    a_name_key == name_key(&b.display_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_the_same_case_and_spaces_aside_in_any_script() {
        assert!(same_email(" Robin@Acme.example", "robin@acme.EXAMPLE "));
        assert!(same_email("ÉMILE@café.example", "émile@CAFÉ.example"));
        assert!(!same_email("robin@acme.example", "robyn@acme.example"));
        assert_eq!(email_key(" Ünal@X.example "), "ünal@x.example");
    }

    #[test]
    fn numbers_are_the_same_by_e164_else_by_digits() {
        let p = |raw: &str, e164: Option<&str>| Phone {
            label: None,
            number: e164.map(str::to_string),
            raw: raw.into(),
        };
        assert!(same_number(
            &p("(555) 010-1234", Some("+15550101234")),
            &p("+1 555 010 1234", Some("+15550101234"))
        ));
        assert!(!same_number(
            &p("555 010 1234", Some("+15550101234")),
            &p("555 010 1234", Some("+445550101234"))
        ));
        assert!(same_number(&p("x-12-34", None), &p("1234", Some("+1234"))));
    }

    #[test]
    fn match_keys_are_numbers_then_email_keys() {
        let c = Contact {
            phones: vec![Phone {
                label: None,
                number: Some("+15550101234".into()),
                raw: "555 010 1234".into(),
            }],
            emails: vec![crate::model::Email {
                label: None,
                address: " Robin@Acme.example".into(),
            }],
            ..Contact::default()
        };
        let keys: Vec<_> = match_keys(&c).collect();
        assert_eq!(
            keys,
            [
                ("+15550101234".to_string(), true),
                ("robin@acme.example".to_string(), false)
            ]
        );
    }
}
