//! The contact-field flags that `add` and `edit` share (with their help), and how they
//! apply to a contact. Not a subcommand of its own.

use super::add::{birthday_arg, opt};
use crate::error::usage;
use crate::model::{split_label, Address, Contact};
use anyhow::Result;

/// Where a flag's value goes in a contact.
type FieldOf = fn(&mut Contact) -> &mut Option<String>;

/// A contact's single-valued fields as flags; with `edit`, an empty value removes one.
#[derive(Debug, Default, PartialEq, clap::Args)]
pub struct Fields {
    /// Display name [default: built from the name parts]
    #[arg(long)]
    pub name: Option<String>,
    /// Name prefix (Dr., Ms.)
    #[arg(long)]
    pub prefix: Option<String>,
    /// Given (first) name
    #[arg(long)]
    pub given: Option<String>,
    /// Middle name
    #[arg(long)]
    pub middle: Option<String>,
    /// Family (last) name
    #[arg(long)]
    pub family: Option<String>,
    /// Name suffix (Jr., PhD)
    #[arg(long)]
    pub suffix: Option<String>,
    /// Nickname
    #[arg(long)]
    pub nickname: Option<String>,
    /// Organization (company)
    #[arg(long)]
    pub org: Option<String>,
    /// Department
    #[arg(long)]
    pub department: Option<String>,
    /// Job title
    #[arg(long)]
    pub title: Option<String>,
    /// A free-text note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Birthday: YYYY-MM-DD, or --MM-DD without a year
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// A label (group: vCard CATEGORIES, Google and Outlook labels; repeatable)
    #[arg(long, value_name = "LABEL")]
    pub label: Vec<String>,
    /// A postal address, optionally labeled: home:12 Elm St;Springfield;IL;62701;USA
    /// (street;locality;region;postal code;country, trailing parts may be left out;
    /// repeatable)
    #[arg(long, value_name = "[LABEL:]ADDRESS")]
    pub address: Vec<String>,
}

impl Fields {
    /// Was any of these flags given?
    pub fn any(&self) -> bool {
        *self != Fields::default()
    }

    fn texts(&self) -> [(&Option<String>, FieldOf); 10] {
        [
            (&self.prefix, |c| &mut c.name.prefix),
            (&self.given, |c| &mut c.name.given),
            (&self.middle, |c| &mut c.name.middle),
            (&self.family, |c| &mut c.name.family),
            (&self.suffix, |c| &mut c.name.suffix),
            (&self.nickname, |c| &mut c.nickname),
            (&self.org, |c| &mut c.organization),
            (&self.department, |c| &mut c.department),
            (&self.title, |c| &mut c.title),
            (&self.note, |c| &mut c.notes),
        ]
    }

    /// Set the fields given on `c` (an empty value removes the field); refuses a
    /// birthday that is not a date (exit 2).
    pub fn apply(&self, c: &mut Contact) -> Result<()> {
        if let Some(n) = &self.name {
            c.display_name = n.trim().to_string();
        }
        for (value, field) in self.texts() {
            if value.is_some() {
                *field(c) = opt(value.clone());
            }
        }
        if let Some(b) = &self.birthday {
            c.birthday = if b.trim().is_empty() {
                None
            } else {
                Some(birthday_arg(b)?)
            };
        }
        for l in &self.label {
            let l = l.trim();
            if l.is_empty() {
                return Err(usage("a label cannot be empty"));
            }
            if !c.categories.iter().any(|have| have.eq_ignore_ascii_case(l)) {
                c.categories.push(l.to_string());
            }
        }
        for a in &self.address {
            let a = address_arg(a)?;
            if !c.addresses.contains(&a) {
                c.addresses.push(a);
            }
        }
        Ok(())
    }
}

/// An `--address` value: `[LABEL:]STREET;LOCALITY;REGION;POSTAL CODE;COUNTRY`, parts
/// left out or empty are none; refused (exit 2) when it has no part or more than five.
pub fn address_arg(text: &str) -> Result<Address> {
    let (label, rest) = split_label(text);
    let parts: Vec<Option<String>> = rest
        .split(';')
        .map(|p| Some(p.trim().to_string()).filter(|p| !p.is_empty()))
        .collect();
    if parts.len() > 5 || parts.iter().all(Option::is_none) {
        return Err(usage(format!(
            "address {text:?}: expected [LABEL:]STREET;LOCALITY;REGION;POSTAL CODE;COUNTRY"
        )));
    }
    let part = |i: usize| parts.get(i).cloned().flatten();
    Ok(Address {
        label,
        street: part(0),
        locality: part(1),
        region: part(2),
        postal_code: part(3),
        country: part(4),
    })
}

#[cfg(test)]
mod tests {
    use super::address_arg;

    #[test]
    fn addresses_are_five_parts_after_a_label() {
        let a = address_arg("home:12 Elm St;Springfield;IL;62701;USA").unwrap();
        assert_eq!(a.label.as_deref(), Some("home"));
        assert_eq!(a.street.as_deref(), Some("12 Elm St"));
        assert_eq!(a.locality.as_deref(), Some("Springfield"));
        assert_eq!(a.region.as_deref(), Some("IL"));
        assert_eq!(a.postal_code.as_deref(), Some("62701"));
        assert_eq!(a.country.as_deref(), Some("USA"));
        let b = address_arg(";Paris;;;France").unwrap();
        assert_eq!((b.label, b.street), (None, None));
        assert_eq!(b.country.as_deref(), Some("France"));
        for bad in ["", ";;;;", "a;b;c;d;e;f", "home:"] {
            assert!(address_arg(bad).is_err(), "{bad}");
        }
    }
}
