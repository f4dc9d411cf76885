//! The contact-field flags that `add` and `edit` share (with their help), and how they
//! apply to a contact. Not a subcommand of its own.

use super::add::{birthday_arg, opt};
use crate::model::Contact;
use anyhow::Result;

/// Where a flag's value goes in a contact.
type FieldOf = fn(&mut Contact) -> &mut Option<String>;

/// A contact's single-valued fields as flags; with `edit`, an empty value removes one.
#[derive(Debug, Default, clap::Args)]
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
}

impl Fields {
    /// Was any of these flags given?
    pub fn any(&self) -> bool {
        self.texts().iter().any(|(v, _)| v.is_some()) || self.birthday.is_some()
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
        Ok(())
    }
}
