//! One line a contact (or a value): the columns of `list --format csv|tsv`, the lines
//! of `--format phones|emails`, and tab-separated cells safe to show on a terminal.

use crate::model::{Account, Contact, Phone};
use std::borrow::Cow;

/// The columns of `--format csv|tsv`, in order. Stable: scripts cut by position.
pub const FLAT_COLUMNS: &[&str] = &[
    "id",
    "display_name",
    "organization",
    "department",
    "location",
    "title",
    "kind",
    "source",
    "external_company",
    "favorite",
    "extension",
    "phone",
    "email",
    "presence",
];

/// The cells of `c` under `FLAT_COLUMNS`, borrowed from it where they can be.
pub fn flat_row(c: &Contact) -> [Cow<'_, str>; 14] {
    fn opt(v: &Option<String>) -> Cow<'_, str> {
        Cow::Borrowed(v.as_deref().unwrap_or_default())
    }
    [
        Cow::Owned(c.id.to_string()),
        Cow::Borrowed(c.display_name.as_str()),
        opt(&c.organization),
        opt(&c.department),
        opt(&c.location),
        opt(&c.title),
        Cow::Borrowed(c.kind.as_str()),
        Cow::Borrowed(c.source.as_str()),
        opt(&c.external_company),
        Cow::Borrowed(if c.favorite { "true" } else { "false" }),
        Cow::Borrowed(c.extensions.first().map_or("", |x| x.number.as_str())),
        Cow::Borrowed(
            c.phones
                .first()
                .map_or("", |p| p.number.as_deref().unwrap_or(&p.raw)),
        ),
        Cow::Borrowed(c.emails.first().map_or("", |e| e.address.as_str())),
        Cow::Borrowed(c.visible_presence().map_or("", |p| p.state.as_str())),
    ]
}

fn number(p: &Phone) -> &str {
    p.number.as_deref().unwrap_or(&p.raw)
}

/// The (label, value) lines of `--format phones` (phones, faxes, extensions) or
/// `--format emails`. A fax is labeled `fax` (or `work fax`), an extension `extension`
/// (or `contact_center extension`).
pub fn value_lines(c: &Contact, phones: bool) -> Vec<(Cow<'_, str>, &str)> {
    let mut lines = Vec::new();
    if !phones {
        for e in &c.emails {
            lines.push((
                Cow::Borrowed(e.label.as_deref().unwrap_or("")),
                e.address.as_str(),
            ));
        }
        return lines;
    }
    for p in &c.phones {
        lines.push((Cow::Borrowed(p.label.as_deref().unwrap_or("")), number(p)));
    }
    for f in &c.faxes {
        let label = match f.label.as_deref() {
            Some(l) if l != "fax" => Cow::Owned(format!("{l} fax")),
            _ => Cow::Borrowed("fax"),
        };
        lines.push((label, number(f)));
    }
    for x in &c.extensions {
        let label = match x.account {
            Account::Work => Cow::Borrowed("extension"),
            other => Cow::Owned(format!("{} extension", other.as_str())),
        };
        lines.push((label, x.number.as_str()));
    }
    lines
}

/// A cell for tab-separated output: tabs and line breaks become spaces, other control
/// characters are escaped (they could drive the terminal the list is shown on).
pub fn tsv_cell(v: &str) -> Cow<'_, str> {
    // Control characters are bytes below 0x20 and 0x7F; C1 controls and bidi overrides
    // start with 0xC2 and 0xE2 in UTF-8: a quick look before the careful one.
    if !v
        .bytes()
        .any(|b| b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2)
    {
        return Cow::Borrowed(v);
    }
    let spaced = v.replace(['\t', '\n', '\r'], " ");
    Cow::Owned(super::sanitize(&spaced))
}
