//! Google Contacts CSV, both header styles (reader), and the newer one (writer).
//!
//! The older export names columns `Given Name`, `Family Name`, `Group Membership`,
//! `Phone 1 - Type`; the newer one `First Name`, `Last Name`, `Labels`, `Phone 1 - Label`.
//! Columns are mapped by name once, from the header; numbered groups (`E-mail N`,
//! `Phone N`, `Address N`, `Website N`) may come in any number, and one cell may hold
//! several values separated by ` ::: ` that share the group's label. Columns kard does
//! not model are kept in `Contact::extras` as `Column=value` (format `google`).
//!
//! The row plumbing shared with the Outlook format is in `csv`.

use super::csv::{
    self, add_label, cell, column, column_name, header_fields, typed_display_name, RowWriter,
};
use super::Sink;
use crate::model::{self, Address, Contact, Email, Extra, Photo, Url};
use crate::phone::{self, Region};
use ::csv::StringRecord;
use anyhow::Result;
use std::collections::BTreeMap;
use std::io::{BufRead, Write};

/// The format of the extras this file keeps and writes back.
const FORMAT: &str = "google";

/// Is this header line a Google Contacts CSV header?
pub fn looks_like(header: &str) -> bool {
    let fields = header_fields(header, b',');
    let has = |name: &str| fields.iter().any(|f| f == name);
    let grouped = fields.iter().any(|f| {
        split_group(f).is_some_and(|(kind, _, sub)| {
            matches!(
                kind,
                "e-mail" | "phone" | "address" | "website" | "organization"
            ) && matches!(sub, "type" | "label" | "value" | "formatted" | "name")
        })
    });
    grouped
        || (has("given name") && has("family name"))
        || (has("first name") && (has("labels") || has("file as") || has("phonetic first name")))
}

/// `"phone 2 - label"` → `("phone", 2, "label")`.
fn split_group(lower: &str) -> Option<(&str, u32, &str)> {
    let (left, sub) = lower.split_once(" - ")?;
    let (kind, n) = left.rsplit_once(' ')?;
    Some((kind.trim(), n.parse().ok()?, sub.trim()))
}

#[derive(Default, Clone, Copy)]
struct Pair {
    label: Option<usize>,
    value: Option<usize>,
}

#[derive(Default, Clone, Copy)]
struct AddressColumns {
    label: Option<usize>,
    formatted: Option<usize>,
    street: Option<usize>,
    city: Option<usize>,
    po_box: Option<usize>,
    region: Option<usize>,
    postal_code: Option<usize>,
    country: Option<usize>,
    extended: Option<usize>,
}

/// Which column holds what: computed once from the header.
#[derive(Default)]
struct Columns {
    full_name: Option<usize>,
    given: Option<usize>,
    middle: Option<usize>,
    family: Option<usize>,
    prefix: Option<usize>,
    suffix: Option<usize>,
    nickname: Option<usize>,
    organization: Option<usize>,
    title: Option<usize>,
    department: Option<usize>,
    location: Option<usize>,
    birthday: Option<usize>,
    notes: Option<usize>,
    photo: Option<usize>,
    labels: Option<usize>,
    emails: Vec<Pair>,
    phones: Vec<Pair>,
    websites: Vec<Pair>,
    addresses: Vec<AddressColumns>,
    /// Columns kard does not model, kept as extras: (index, name as written).
    unknown: Vec<(usize, String)>,
}

impl Columns {
    fn new(header: &StringRecord) -> Columns {
        let mut c = Columns::default();
        let mut emails = BTreeMap::<u32, Pair>::new();
        let mut phones = BTreeMap::<u32, Pair>::new();
        let mut websites = BTreeMap::<u32, Pair>::new();
        let mut addresses = BTreeMap::<u32, AddressColumns>::new();
        for (i, raw) in header.iter().enumerate() {
            let name = column_name(raw);
            let lower = name.to_lowercase();
            let slot = match lower.as_str() {
                "name" => &mut c.full_name,
                // The display name (kard writes it there when it is not the name's).
                "file as" if c.full_name.is_none() => &mut c.full_name,
                "given name" | "first name" => &mut c.given,
                "additional name" | "middle name" => &mut c.middle,
                "family name" | "last name" => &mut c.family,
                "name prefix" => &mut c.prefix,
                "name suffix" => &mut c.suffix,
                "nickname" => &mut c.nickname,
                "organization name" | "organization 1 - name" => &mut c.organization,
                "organization title" | "organization 1 - title" => &mut c.title,
                "organization department" | "organization 1 - department" => &mut c.department,
                "organization 1 - location" => &mut c.location,
                "birthday" => &mut c.birthday,
                "notes" => &mut c.notes,
                "photo" => &mut c.photo,
                "group membership" | "labels" => &mut c.labels,
                _ => {
                    let known = match split_group(&lower) {
                        Some(("e-mail", n, sub)) => pair(&mut emails, n, sub, i),
                        Some(("phone", n, sub)) => pair(&mut phones, n, sub, i),
                        Some(("website", n, sub)) => pair(&mut websites, n, sub, i),
                        Some(("address", n, sub)) => {
                            let a = addresses.entry(n).or_default();
                            let slot = match sub {
                                "type" | "label" => Some(&mut a.label),
                                "formatted" => Some(&mut a.formatted),
                                "street" => Some(&mut a.street),
                                "city" => Some(&mut a.city),
                                "po box" => Some(&mut a.po_box),
                                "region" => Some(&mut a.region),
                                "postal code" => Some(&mut a.postal_code),
                                "country" => Some(&mut a.country),
                                "extended address" => Some(&mut a.extended),
                                _ => None,
                            };
                            slot.is_some_and(|s| set_once(s, i))
                        }
                        _ => false,
                    };
                    if !known {
                        c.unknown.push((i, name.to_string()));
                    }
                    continue;
                }
            };
            if !set_once(slot, i) {
                c.unknown.push((i, name.to_string()));
            }
        }
        c.emails = emails.into_values().collect();
        c.phones = phones.into_values().collect();
        c.websites = websites.into_values().collect();
        c.addresses = addresses.into_values().collect();
        c
    }
}

/// Set `slot` to `i` unless a column already claimed it (a repeated column name).
fn set_once(slot: &mut Option<usize>, i: usize) -> bool {
    if slot.is_some() {
        return false;
    }
    *slot = Some(i);
    true
}

fn pair(groups: &mut BTreeMap<u32, Pair>, n: u32, sub: &str, i: usize) -> bool {
    let p = groups.entry(n).or_default();
    match sub {
        "type" | "label" => set_once(&mut p.label, i),
        "value" => set_once(&mut p.value, i),
        _ => false,
    }
}

fn owned(rec: &StringRecord, i: Option<usize>) -> Option<String> {
    cell(rec, i).map(str::to_string)
}

/// Each value of a ` ::: ` multi-value cell.
fn values(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(":::").map(str::trim).filter(|s| !s.is_empty())
}

/// A Google label as kard's: `* ` primary marker removed, lowercase.
fn clean_label(label: Option<&str>) -> Option<String> {
    let l = label?.trim().trim_start_matches('*').trim();
    (!l.is_empty()).then(|| l.to_lowercase())
}

/// A phone label: `(is a fax, label)`. `Work Fax` → `(true, work)`.
fn phone_label(label: Option<&str>) -> (bool, Option<String>) {
    let Some(l) = clean_label(label) else {
        return (false, None);
    };
    match l.strip_suffix("fax").map(str::trim) {
        Some("") => (true, None),
        Some(kind) => (true, Some(kind.to_string())),
        None => (false, Some(l)),
    }
}

pub fn read(input: &mut dyn BufRead, region: Region, sink: &mut Sink) -> Result<()> {
    csv::read(input, b',', sink, Columns::new, |cols, rec| {
        contact(cols, rec, region)
    })
}

fn contact(cols: &Columns, rec: &StringRecord, region: Region) -> Contact {
    let mut c = Contact {
        display_name: owned(rec, cols.full_name).unwrap_or_default(),
        nickname: owned(rec, cols.nickname),
        organization: owned(rec, cols.organization),
        title: owned(rec, cols.title),
        department: owned(rec, cols.department),
        location: owned(rec, cols.location),
        notes: cell(rec, cols.notes).map(|n| n.replace("\r\n", "\n")),
        ..Contact::default()
    };
    c.name.given = owned(rec, cols.given);
    c.name.middle = owned(rec, cols.middle);
    c.name.family = owned(rec, cols.family);
    c.name.prefix = owned(rec, cols.prefix);
    c.name.suffix = owned(rec, cols.suffix);
    for p in &cols.emails {
        let Some(value) = cell(rec, p.value) else {
            continue;
        };
        let label = clean_label(cell(rec, p.label));
        for address in values(value) {
            c.emails.push(Email {
                label: label.clone(),
                address: address.to_string(),
            });
        }
    }
    for p in &cols.phones {
        let Some(value) = cell(rec, p.value) else {
            continue;
        };
        let (fax, label) = phone_label(cell(rec, p.label));
        for number in values(value) {
            let phone = phone::make(number, label.clone(), region);
            if fax {
                c.faxes.push(phone);
            } else {
                c.phones.push(phone);
            }
        }
    }
    for p in &cols.websites {
        let Some(value) = cell(rec, p.value) else {
            continue;
        };
        let label = clean_label(cell(rec, p.label));
        for url in values(value) {
            c.urls.push(Url {
                label: label.clone(),
                url: url.to_string(),
            });
        }
    }
    for a in &cols.addresses {
        let lines: Vec<&str> = [a.street, a.extended, a.po_box]
            .into_iter()
            .filter_map(|i| cell(rec, i))
            .collect();
        let mut address = Address {
            label: clean_label(cell(rec, a.label)),
            street: (!lines.is_empty()).then(|| lines.join("\n")),
            locality: owned(rec, a.city),
            region: owned(rec, a.region),
            postal_code: owned(rec, a.postal_code),
            country: owned(rec, a.country),
        };
        if address.is_empty() {
            // Only the formatted text: keep it whole as the street.
            address.street = cell(rec, a.formatted).map(|f| f.replace("\r\n", "\n"));
        }
        if !address.is_empty() {
            c.addresses.push(address);
        }
    }
    if let Some(b) = cell(rec, cols.birthday) {
        match model::birthday(b) {
            Some(day) => c.birthday = Some(day),
            None => c.extras.push(extra("Birthday", b)),
        }
    }
    if let Some(groups) = cell(rec, cols.labels) {
        for g in values(groups) {
            let g = g.trim_start_matches('*').trim();
            add_label(&mut c, g.strip_prefix("System Group:").unwrap_or(g).trim());
        }
    }
    // Google's Photo column holds a link to the picture.
    if let Some(v) = cell(rec, cols.photo) {
        if v.starts_with("https://") || v.starts_with("http://") {
            c.photo = Some(Photo::Url(v.to_string()));
        } else {
            c.extras.push(extra("Photo", v));
        }
    }
    for (i, name) in &cols.unknown {
        if let Some(v) = cell(rec, Some(*i)) {
            c.extras.push(extra(name, v));
        }
    }
    c
}

fn extra(column: &str, value: &str) -> Extra {
    csv::extra(FORMAT, column, value)
}

// ---- writer ----

/// How many numbered groups the header has. Google's own export has as many as its
/// fullest contact needs; a streaming writer must choose up front. Values beyond the
/// groups join the last group's cell with ` ::: ` (keeping the value, not its label);
/// addresses beyond the groups are not written. Relations, events and custom fields are
/// not modeled: their groups carry what was read from a Google file (`extras`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Groups {
    pub emails: usize,
    pub phones: usize,
    pub addresses: usize,
    pub relations: usize,
    pub websites: usize,
    pub events: usize,
    pub custom_fields: usize,
}

impl Default for Groups {
    fn default() -> Self {
        Groups {
            emails: 4,
            phones: 6,
            addresses: 3,
            relations: 2,
            websites: 2,
            events: 2,
            custom_fields: 2,
        }
    }
}

const FIXED: &[&str] = &[
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
];

const ADDRESS_PARTS: &[&str] = &[
    "Label",
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
];

/// The newer Google Contacts header with these groups, as Google exports it.
pub fn header(groups: Groups) -> Vec<String> {
    let mut h: Vec<String> = FIXED.iter().map(|s| s.to_string()).collect();
    for n in 1..=groups.emails {
        h.push(format!("E-mail {n} - Label"));
        h.push(format!("E-mail {n} - Value"));
    }
    for n in 1..=groups.phones {
        h.push(format!("Phone {n} - Label"));
        h.push(format!("Phone {n} - Value"));
    }
    for n in 1..=groups.addresses {
        for part in ADDRESS_PARTS {
            h.push(format!("Address {n} - {part}"));
        }
    }
    let pairs = [
        ("Relation", groups.relations),
        ("Website", groups.websites),
        ("Event", groups.events),
        ("Custom Field", groups.custom_fields),
    ];
    for (kind, count) in pairs {
        for n in 1..=count {
            h.push(format!("{kind} {n} - Label"));
            h.push(format!("{kind} {n} - Value"));
        }
    }
    h
}

/// Writes contacts under the newer Google Contacts header.
pub struct Writer<W: Write> {
    row: RowWriter<W>,
    groups: Groups,
    /// The first column of each numbered group the header has.
    emails: Option<usize>,
    phones: Option<usize>,
    addresses: Option<usize>,
    websites: Option<usize>,
}

impl<W: Write> Writer<W> {
    /// A writer with `Groups::default()`; the header is written at once.
    pub fn new(w: W) -> Result<Self> {
        Self::with_groups(w, Groups::default())
    }

    pub fn with_groups(w: W, groups: Groups) -> Result<Self> {
        let csv = ::csv::WriterBuilder::new().flexible(false).from_writer(w);
        let row = RowWriter::new(csv, &header(groups))?;
        Ok(Writer {
            groups,
            emails: row.column("E-mail 1 - Label"),
            phones: row.column("Phone 1 - Label"),
            addresses: row.column("Address 1 - Label"),
            websites: row.column("Website 1 - Label"),
            row,
        })
    }

    pub fn write(&mut self, c: &Contact) -> Result<()> {
        macro_rules! col {
            ($name:literal) => {
                column!(FIXED, $name)
            };
        }
        let row = &mut self.row;
        let n = &c.name;
        let first = typed_display_name(c).or(n.given.as_deref());
        row.set(col!("First Name"), first);
        row.set(col!("Middle Name"), n.middle.as_deref());
        row.set(col!("Last Name"), n.family.as_deref());
        row.set(col!("Name Prefix"), n.prefix.as_deref());
        row.set(col!("Name Suffix"), n.suffix.as_deref());
        row.set(col!("Nickname"), c.nickname.as_deref());
        if !n.is_empty() && c.display_name.trim() != n.full() {
            row.set(col!("File As"), Some(c.display_name.trim()));
        }
        row.set(col!("Organization Name"), c.organization.as_deref());
        row.set(col!("Organization Title"), c.title.as_deref());
        row.set(col!("Organization Department"), c.department.as_deref());
        row.set(col!("Birthday"), c.birthday.as_deref());
        row.set(col!("Notes"), c.notes.as_deref());
        if let Some(Photo::Url(url)) = &c.photo {
            row.set(col!("Photo"), Some(url));
        }
        let mut labels = vec!["* myContacts".to_string()];
        if c.favorite {
            labels.push("* starred".into());
        }
        labels.extend(c.categories.iter().cloned());
        row.put(col!("Labels"), labels.join(" ::: "));

        if let Some(at) = self.emails {
            let emails = c
                .emails
                .iter()
                .map(|e| (google_label(e.label.as_deref(), false), e.address.as_str()));
            fill_groups(row.cells(), at, self.groups.emails, emails);
        }
        if let Some(at) = self.phones {
            let extensions = super::extension_phones(c);
            let phones = c
                .phones
                .iter()
                .chain(&extensions)
                .map(|p| (google_label(p.label.as_deref(), false), p.raw.as_str()))
                .chain(
                    c.faxes
                        .iter()
                        .map(|p| (google_label(p.label.as_deref(), true), p.raw.as_str())),
                );
            fill_groups(row.cells(), at, self.groups.phones, phones);
        }
        if let Some(at) = self.addresses {
            for (k, a) in c.addresses.iter().take(self.groups.addresses).enumerate() {
                write_address(row, at + k * ADDRESS_PARTS.len(), a);
            }
        }
        if let Some(at) = self.websites {
            let urls = c
                .urls
                .iter()
                .map(|u| (google_label(u.label.as_deref(), false), u.url.as_str()));
            fill_groups(row.cells(), at, self.groups.websites, urls);
        }
        row.restore_extras(c, FORMAT);
        row.end_row()
    }

    pub fn finish(self) -> Result<()> {
        self.row.finish()
    }
}

/// One address into the group of columns from `base` (`Address N - Label`, …).
fn write_address<W: Write>(row: &mut RowWriter<W>, base: usize, a: &Address) {
    macro_rules! part {
        ($name:literal) => {
            base + column!(ADDRESS_PARTS, $name)
        };
    }
    row.put(part!("Label"), google_label(a.label.as_deref(), false));
    let city_line = [&a.locality, &a.region, &a.postal_code]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let formatted = [
        a.street.as_deref(),
        Some(city_line.as_str()),
        a.country.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join("\n");
    row.put(part!("Formatted"), formatted);
    row.set(part!("Street"), a.street.as_deref());
    row.set(part!("City"), a.locality.as_deref());
    row.set(part!("Region"), a.region.as_deref());
    row.set(part!("Postal Code"), a.postal_code.as_deref());
    row.set(part!("Country"), a.country.as_deref());
}

/// kard's label as Google writes it: built-in labels capitalized, custom ones as they
/// are; faxes as `Work Fax`, `Home Fax`, `Other Fax`.
fn google_label(label: Option<&str>, fax: bool) -> String {
    let l = label.unwrap_or("").trim();
    if fax {
        let kind = match l.to_lowercase().as_str() {
            "work" => "Work",
            "home" => "Home",
            _ => "Other",
        };
        return format!("{kind} Fax");
    }
    match l.to_lowercase().as_str() {
        "mobile" => "Mobile".into(),
        "work" => "Work".into(),
        "home" => "Home".into(),
        "main" => "Main".into(),
        "other" => "Other".into(),
        "pager" => "Pager".into(),
        "google voice" => "Google Voice".into(),
        _ => l.to_string(),
    }
}

/// Write `(label, value)`s into `slots` label/value pairs from column `at`: one group
/// per label, several values of a label joined with ` ::: `; overflow joins the last.
fn fill_groups<'a>(
    row: &mut [String],
    at: usize,
    slots: usize,
    items: impl Iterator<Item = (String, &'a str)>,
) {
    if slots == 0 {
        return;
    }
    let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
    for (label, value) in items {
        if value.trim().is_empty() {
            continue;
        }
        match groups.iter().position(|(l, _)| *l == label) {
            Some(k) => groups[k].1.push(value),
            None if groups.len() < slots => groups.push((label, vec![value])),
            None => groups[slots - 1].1.push(value),
        }
    }
    for (k, (label, vs)) in groups.into_iter().enumerate() {
        row[at + 2 * k] = label;
        row[at + 2 * k + 1] = vs.join(" ::: ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::csv::tests::{assert_read_back, fixture, read_with};
    use crate::formats::{text, Item};

    fn read_bytes(bytes: &[u8]) -> Vec<Item> {
        read_with(read, bytes)
    }

    fn ok(items: &[Item]) -> Vec<&Contact> {
        items.iter().map(|i| &i.as_ref().unwrap().contact).collect()
    }

    fn phones(ps: &[crate::model::Phone]) -> Vec<(Option<&str>, Option<&str>, &str)> {
        ps.iter()
            .map(|p| (p.label.as_deref(), p.number.as_deref(), p.raw.as_str()))
            .collect()
    }

    fn emails(c: &Contact) -> Vec<(Option<&str>, &str)> {
        c.emails
            .iter()
            .map(|e| (e.label.as_deref(), e.address.as_str()))
            .collect()
    }

    fn extras(c: &Contact) -> Vec<&str> {
        c.extras.iter().map(|e| e.line.as_str()).collect()
    }

    #[test]
    fn looks_like_headers() {
        for (header, want) in [
            ("First Name,Middle Name,Last Name,Phonetic First Name,Labels,E-mail 1 - Label,E-mail 1 - Value", true),
            ("Name,Given Name,Additional Name,Family Name,Group Membership,Phone 1 - Type,Phone 1 - Value", true),
            ("\u{feff}First Name,Last Name,Labels", true),
            ("First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,Business Fax", false),
            ("\"Title\",\"First Name\",\"Middle Name\",\"Last Name\",\"Business Fax\"", false),
            ("", false),
            ("BEGIN:VCARD", false),
        ] {
            assert_eq!(looks_like(header), want, "{header}");
        }
    }

    #[test]
    fn labels() {
        for (input, want) in [
            (Some("* Mobile"), (false, Some("mobile"))),
            (Some("Work"), (false, Some("work"))),
            (Some("Main"), (false, Some("main"))),
            (Some("Work Fax"), (true, Some("work"))),
            (Some("* Home Fax"), (true, Some("home"))),
            (Some("Other Fax"), (true, Some("other"))),
            (Some("Fax"), (true, None)),
            (Some("Pager"), (false, Some("pager"))),
            (Some("Gym"), (false, Some("gym"))),
            (Some(" "), (false, None)),
            (None, (false, None)),
        ] {
            let (fax, label) = phone_label(input);
            assert_eq!((fax, label.as_deref()), want, "{input:?}");
        }
    }

    #[test]
    fn newer_export() {
        let items = read_bytes(&fixture("google-new.csv"));
        assert_eq!(items.len(), 3);
        let lines: Vec<usize> = items.iter().map(|i| i.as_ref().unwrap().line).collect();
        assert_eq!(lines, [2, 6, 7], "multi-line cells counted");
        let c = ok(&items);

        let robin = c[0];
        assert_eq!(robin.display_name, "Robin Lee");
        assert_eq!(robin.name.given.as_deref(), Some("Robin"));
        assert_eq!(robin.name.family.as_deref(), Some("Lee"));
        assert_eq!(robin.organization.as_deref(), Some("Acme"));
        assert_eq!(robin.title.as_deref(), Some("Engineer"));
        assert_eq!(robin.department.as_deref(), Some("R&D"));
        assert_eq!(robin.birthday.as_deref(), Some("1980-03-21"));
        assert_eq!(
            robin.notes.as_deref(),
            Some("Met at the conference.\nLikes \"green\" tea.")
        );
        assert!(robin.favorite);
        assert_eq!(robin.categories, ["Friends"]);
        assert_eq!(
            emails(robin),
            [
                (Some("work"), "robin@acme.example"),
                (Some("work"), "r.lee@acme.example"),
                (Some("home"), "robin@home.example"),
            ]
        );
        assert_eq!(
            phones(&robin.phones),
            [
                (Some("mobile"), Some("+15550101234"), "(555) 010-1234"),
                (Some("gym"), Some("+15550107777"), "555-010-7777"),
                (Some("gym"), Some("+15550107778"), "555-010-7778"),
            ]
        );
        assert_eq!(
            phones(&robin.faxes),
            [(Some("work"), Some("+15550109999"), "+1 555 010 9999")]
        );
        let a = &robin.addresses[0];
        assert_eq!(a.label.as_deref(), Some("work"));
        assert_eq!(a.street.as_deref(), Some("1 Main St"));
        assert_eq!(a.locality.as_deref(), Some("Springfield"));
        assert_eq!(a.region.as_deref(), Some("IL"));
        assert_eq!(a.postal_code.as_deref(), Some("62701"));
        assert_eq!(a.country.as_deref(), Some("US"));
        assert_eq!(robin.urls[0].label.as_deref(), Some("blog"));
        assert_eq!(robin.urls[0].url, "https://robin.example");
        assert_eq!(
            extras(robin),
            [
                "Relation 1 - Label=Spouse",
                "Relation 1 - Value=Sam",
                "Event 1 - Label=Anniversary",
                "Event 1 - Value=2005-06-01",
                "Custom Field 1 - Label=Badge",
                "Custom Field 1 - Value=42",
            ]
        );
        assert!(robin.extras.iter().all(|e| e.format == "google"));

        let emile = c[1];
        assert_eq!(emile.display_name, "M. Émile Zola");
        assert_eq!(emile.name.prefix.as_deref(), Some("M."));
        assert_eq!(emile.birthday.as_deref(), Some("--05-09"));
        assert!(!emile.favorite);
        assert_eq!(emile.categories, ["Coworkers", "Book Club"]);
        assert_eq!(emails(emile), [(Some("other"), "emile@zola.example")]);
        // E.164 as phone::e164 gives it.
        let us = Region::default();
        let fr = |raw: &str| phone::e164(raw, us);
        assert_eq!(fr("+33 1 23 45 67 89").as_deref(), Some("+33123456789"));
        assert_eq!(
            phones(&emile.faxes),
            [(
                Some("home"),
                fr("+33 1 23 45 67 89").as_deref(),
                "+33 1 23 45 67 89"
            )]
        );
        assert_eq!(
            phones(&emile.phones),
            [
                (
                    Some("main"),
                    fr("+33 1 98 76 54 32").as_deref(),
                    "+33 1 98 76 54 32"
                ),
                (Some("pager"), Some("+15550104444"), "555-010-4444"),
            ]
        );
        assert!(extras(emile).is_empty());
        assert_eq!(
            emile.photo,
            Some(Photo::Url(
                "https://lh3.googleusercontent.com/contacts/abc123".into()
            ))
        );

        let pizza = c[2];
        assert_eq!(pizza.display_name, "Pizza Place");
        assert!(pizza.name.is_empty());
        assert!(pizza.categories.is_empty());
        assert_eq!(phones(&pizza.phones)[0].0, Some("work"));
    }

    #[test]
    fn older_export() {
        let items = read_bytes(&fixture("google-old.csv"));
        let c = ok(&items);
        assert_eq!(c.len(), 2);
        let jane = c[0];
        assert_eq!(jane.display_name, "Jane Q. Doe");
        assert_eq!(jane.name.middle.as_deref(), Some("Q."));
        assert_eq!(jane.nickname.as_deref(), Some("JD"));
        assert_eq!(jane.birthday.as_deref(), Some("1975-12-01"));
        assert_eq!(jane.notes.as_deref(), Some("VIP"));
        assert!(jane.favorite);
        assert_eq!(jane.categories, ["Clients"]);
        assert_eq!(
            emails(jane),
            [
                (Some("home"), "jane@home.example"),
                (Some("work"), "jane@work.example")
            ]
        );
        assert_eq!(
            phones(&jane.phones),
            [
                (Some("mobile"), Some("+447700900123"), "+44 7700 900123"),
                (Some("pager"), Some("+15550105555"), "555-010-5555"),
            ]
        );
        assert_eq!(phones(&jane.faxes)[0].0, Some("other"));
        assert_eq!(
            jane.addresses[0].street.as_deref(),
            Some("10 Downing St\nLondon SW1A 2AA\nUK"),
            "a formatted-only address is kept whole"
        );
        assert_eq!(jane.organization.as_deref(), Some("Doe Ltd"));
        assert_eq!(jane.title.as_deref(), Some("CEO"));
        assert_eq!(jane.department.as_deref(), Some("Board"));
        assert_eq!(jane.location.as_deref(), Some("London HQ"));
        assert_eq!(jane.urls[0].label.as_deref(), Some("home page"));
        assert_eq!(extras(jane), ["Gender=female"]);
        assert_eq!(c[1].display_name, "Support Line");
        assert_eq!(items[1].as_ref().unwrap().line, 5);
    }

    #[test]
    fn bad_rows_and_hostile_input() {
        let header = "First Name,Last Name,Labels,Phone 1 - Label,Phone 1 - Value\n";
        let text = format!(
            "{header}Ann,Lee,,Mobile,555-010-0001\nshort,row\n,,* myContacts,,\nBo,\"Quoted\nName\",,,\n,,,,,,,\nCy,,,,,extra\nDi,,,,,\n"
        );
        let items = read_bytes(text.as_bytes());
        let summary: Vec<(usize, bool)> = items
            .iter()
            .map(|i| match i {
                Ok(r) => (r.line, true),
                Err(b) => (b.line, false),
            })
            .collect();
        assert_eq!(
            summary,
            [
                (2, true),
                (3, true),
                (4, false),
                (5, true),
                (8, false),
                (9, true)
            ]
        );
        // A short row is read with its missing cells empty.
        assert_eq!(items[1].as_ref().unwrap().contact.display_name, "short row");
        assert!(items[2].as_ref().unwrap_err().reason.contains("no value"));

        // Empty, header-only, NUL bytes, huge cells, 100k columns: no panic.
        assert!(read_bytes(b"").is_empty());
        assert!(read_bytes(header.as_bytes()).is_empty());
        assert!(read_bytes(b"\xEF\xBB\xBF").is_empty());
        let nul = format!("{header}A\0n,L\0,,,\0\0\n");
        assert_eq!(ok(&read_bytes(nul.as_bytes()))[0].display_name, "A\0n L\0");
        let huge = format!("{header}{},,,,\n", "x".repeat(5_000_000));
        assert_eq!(
            ok(&read_bytes(huge.as_bytes()))[0].display_name.len(),
            5_000_000
        );
        let wide_header: Vec<String> = (0..100_000).map(|i| format!("C{i}")).collect();
        let wide = format!(
            "First Name,{}\nAnn,{}\nBo\n",
            wide_header.join(","),
            vec!["v"; 100_000].join(",")
        );
        let items = read_bytes(wide.as_bytes());
        assert_eq!(ok(&items[..1])[0].extras.len(), 100_000);
        assert_eq!(
            ok(&items[1..])[0].display_name,
            "Bo",
            "a short row is padded"
        );
        let _ = read_bytes(b"\"unterminated,quote\n\n\"\"\"\n,,,\x00\"");
    }

    fn sample() -> Contact {
        let us = Region::default();
        Contact {
            display_name: "Robin Lee".into(),
            name: crate::model::Name {
                prefix: Some("Dr.".into()),
                given: Some("Robin".into()),
                middle: Some("Q".into()),
                family: Some("Lee".into()),
                suffix: Some("Jr.".into()),
            },
            nickname: Some("Rob".into()),
            organization: Some("Acme, Inc.".into()),
            department: Some("R&D".into()),
            title: Some("Engineer".into()),
            favorite: true,
            phones: vec![
                phone::make("(555) 010-1234", Some("mobile".into()), us),
                phone::make("555-010-2000", Some("work".into()), us),
                phone::make("555-010-2001", Some("work".into()), us),
                phone::make("555-010-3000", Some("gym".into()), us),
            ],
            faxes: vec![
                phone::make("555-010-9999", Some("work".into()), us),
                phone::make("555-010-8888", Some("home".into()), us),
            ],
            emails: vec![
                Email {
                    label: Some("work".into()),
                    address: "robin@acme.example".into(),
                },
                Email {
                    label: Some("home".into()),
                    address: "robin@home.example".into(),
                },
            ],
            addresses: vec![Address {
                label: Some("home".into()),
                street: Some("1 Main St".into()),
                locality: Some("Springfield".into()),
                region: Some("IL".into()),
                postal_code: Some("62701".into()),
                country: Some("US".into()),
            }],
            urls: vec![Url {
                label: Some("blog".into()),
                url: "https://robin.example".into(),
            }],
            birthday: Some("--03-21".into()),
            notes: Some("Line one,\nline \"two\".".into()),
            categories: vec!["Friends".into(), "Book Club".into()],
            extras: vec![extra("Phonetic First Name", "Robbin")],
            ..Contact::default()
        }
    }

    #[test]
    fn round_trip() {
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out).unwrap();
        let c = sample();
        let only_org = Contact {
            display_name: "Pizza Place".into(),
            organization: Some("Pizza Place".into()),
            ..Contact::default()
        };
        let only_display = Contact {
            display_name: "Reception".into(),
            phones: vec![phone::make("555-010-0000", None, Region::default())],
            ..Contact::default()
        };
        for x in [&c, &only_org, &only_display] {
            w.write(x).unwrap();
        }
        w.finish().unwrap();
        let text = String::from_utf8(out).unwrap();
        let header_line = text.lines().next().unwrap();
        assert!(header_line.starts_with("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label"));
        assert!(looks_like(header_line));
        assert!(text.contains("* myContacts ::: * starred ::: Friends ::: Book Club"));
        assert!(text.contains("Work,555-010-2000 ::: 555-010-2001"));
        assert!(text.contains("Work Fax,555-010-9999"));

        let items = read_bytes(text.as_bytes());
        let back = ok(&items);
        assert_eq!(back.len(), 3);
        let r = back[0];
        assert_read_back(r, &c);
        assert_eq!(r.nickname, c.nickname);
        assert_eq!(r.favorite, c.favorite);
        assert_eq!(r.phones, c.phones);
        assert_eq!(extras(r), ["Phonetic First Name=Robbin"]);
        assert_eq!(back[1].display_name, "Pizza Place");
        assert!(back[1].name.is_empty());
        assert_eq!(back[2].display_name, "Reception");
    }

    #[test]
    fn overflowing_groups_keep_every_value() {
        let us = Region::default();
        let c = Contact {
            display_name: "Many".into(),
            phones: (0..5)
                .map(|i| phone::make(&format!("555-010-100{i}"), Some(format!("l{i}")), us))
                .collect(),
            ..Contact::default()
        };
        let mut out = Vec::new();
        let groups = Groups {
            emails: 1,
            phones: 2,
            addresses: 1,
            websites: 1,
            ..Groups::default()
        };
        let mut w = Writer::with_groups(&mut out, groups).unwrap();
        w.write(&c).unwrap();
        w.finish().unwrap();
        let back = read_bytes(&out);
        let got: Vec<&str> = ok(&back)[0].phones.iter().map(|p| p.raw.as_str()).collect();
        assert_eq!(got.len(), 5);
    }

    #[test]
    fn fixtures_survive_a_round_trip() {
        for name in ["google-new.csv", "google-old.csv"] {
            let items = read_bytes(&fixture(name));
            let mut out = Vec::new();
            let mut w = Writer::new(&mut out).unwrap();
            for c in ok(&items) {
                w.write(c).unwrap();
            }
            w.finish().unwrap();
            let again = read_bytes(&out);
            let (first, second) = (ok(&items), ok(&again));
            assert_eq!(first.len(), second.len(), "{name}");
            for (a, b) in first.iter().zip(&second) {
                if name == "google-new.csv" {
                    assert_eq!(a, b, "{name}");
                } else {
                    // The older header's extras (Gender, …) have no column in the newer one.
                    assert_eq!(a.phones, b.phones, "{name}");
                    assert_eq!(a.faxes, b.faxes, "{name}");
                    assert_eq!(a.emails, b.emails, "{name}");
                    assert_eq!(a.display_name, b.display_name, "{name}");
                    assert_eq!(a.favorite, b.favorite, "{name}");
                    assert_eq!(a.categories, b.categories, "{name}");
                }
            }
        }
    }

    /// `KARD_BENCH_CSV=FILE [KARD_BENCH_WRITE=google|outlook] cargo test --release --lib
    /// -- --ignored --nocapture bench_read`: read a Google CSV (and write each contact).
    #[test]
    #[ignore]
    fn bench_read() {
        let Ok(path) = std::env::var("KARD_BENCH_CSV") else {
            return;
        };
        let write = std::env::var("KARD_BENCH_WRITE").unwrap_or_default();
        let mut google = (write == "google").then(|| Writer::new(std::io::sink()).unwrap());
        let mut outlook = (write == "outlook")
            .then(|| crate::formats::outlook_csv::Writer::new(std::io::sink()).unwrap());
        let start = std::time::Instant::now();
        let file = std::fs::File::open(&path).unwrap();
        let mut input = text::decode(file);
        let (mut good, mut bad, mut numbers) = (0usize, 0usize, 0usize);
        read(&mut *input, Region::default(), &mut |i| {
            match i {
                Ok(r) => {
                    good += 1;
                    numbers += r.contact.phones.len() + r.contact.faxes.len();
                    if let Some(w) = google.as_mut() {
                        w.write(&r.contact)?;
                    }
                    if let Some(w) = outlook.as_mut() {
                        w.write(&r.contact)?;
                    }
                }
                Err(_) => bad += 1,
            }
            Ok(())
        })
        .unwrap();
        let t = start.elapsed();
        eprintln!("{path}: {good} contacts, {bad} bad, {numbers} numbers, written as {write:?}, in {t:.2?}");
    }
}
