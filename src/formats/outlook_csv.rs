//! Outlook CSV (reader and writer).
//!
//! Reads the three real shapes: the desktop wizard's 92 quoted columns, the 61-column
//! Outlook.com / Google "Outlook CSV" export and the older 88-column one, with English,
//! German or French headers (matched case-insensitively), `,` `;` or tab delimited.
//! Every phone and fax column has its label (`Business Fax` → fax `work`, `Company Main
//! Phone` → `main`, …). Columns kard does not model are kept in `Contact::extras` as
//! `Column=value` (format `outlook`), Outlook's default values (`0/0/00`, `Normal`, …)
//! aside. Writes the desktop wizard's 92-column header, so Outlook imports the file.

use super::csv::{
    self, add_label, cell, column, column_name, header_fields, typed_display_name, RowWriter,
};
use super::Sink;
use crate::model::{self, Address, Contact, Email, Extra, Url};
use crate::phone::{self, Region};
use ::csv::StringRecord;
use anyhow::Result;
use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::sync::OnceLock;

/// The format of the extras this file keeps and writes back.
const FORMAT: &str = "outlook";

/// Business, home or other address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Business,
    Home,
    Other,
}

impl Place {
    const ALL: [Place; 3] = [Place::Business, Place::Home, Place::Other];
    fn label(self) -> &'static str {
        match self {
            Place::Business => "work",
            Place::Home => "home",
            Place::Other => "other",
        }
    }
}

/// What an Outlook column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Prefix,
    Given,
    Middle,
    Family,
    Suffix,
    Nickname,
    Company,
    Department,
    JobTitle,
    Office,
    /// Street line 1–3, or 4 for the PO box.
    Street(Place, u8),
    City(Place),
    State(Place),
    Postal(Place),
    Country(Place),
    /// The whole address in one cell (the 88-column export).
    Formatted(Place),
    /// A phone (or fax) with its label and its rank in the contact's list.
    Phone(&'static str, u8),
    Fax(&'static str),
    Email(u8),
    Birthday,
    Categories,
    Notes,
    WebPage,
    PersonalWebPage,
    /// Derived from other columns (email type and display name, initials): not kept.
    Derived,
    /// The name as shown (Thunderbird's `Display Name`, a plain `Name` column).
    DisplayName,
    /// Thunderbird's birthday in three columns.
    BirthYear,
    BirthMonth,
    BirthDay,
}

use Field::*;
use Place::*;

/// Column names, English, German and French (as the Outlook of each language writes
/// them), and what they hold; then the columns of other address books' CSV (Thunderbird,
/// LinkedIn, Apple Numbers, hand-made sheets), read by name as well. `Title` and French
/// `Titre` are the title (Mr.) or the job title by the columns beside them: see
/// `Columns::new`.
const NAMES: &[(&[&str], Field)] = &[
    (
        &[
            "Display Name",
            "Name",
            "Full Name",
            "Anzeigename",
            "Nom complet",
            "Nom affiché",
        ],
        DisplayName,
    ),
    (&["Birth Year", "Geburtsjahr"], BirthYear),
    (&["Birth Month", "Geburtsmonat"], BirthMonth),
    (&["Birth Day", "Geburtstag (Tag)"], BirthDay),
    (
        &[
            "Email",
            "E-Mail",
            "Email Address",
            "E-mail",
            "Primary Email",
            "Mail",
            "Courriel",
            "Adresse e-mail",
        ],
        Email(0),
    ),
    (&["Secondary Email", "Email 2", "E-Mail 2"], Email(4)),
    (
        &[
            "Phone",
            "Telefon",
            "Téléphone",
            "Phone Number",
            "Telefonnummer",
        ],
        Phone("other", 16),
    ),
    (&["Work Phone", "Telefon (Arbeit)"], Phone("work", 17)),
    (&["Mobile Number", "Mobile", "Handy"], Phone("mobile", 18)),
    (&["Pager Number"], Phone("pager", 19)),
    (&["Fax Number", "Fax"], Fax("other")),
    (&["Organization", "Organisation"], Company),
    (&["Work Address"], Street(Business, 1)),
    (&["Work Address 2"], Street(Business, 2)),
    (&["Work City"], City(Business)),
    (&["Work State"], State(Business)),
    (&["Work ZipCode", "Work Postal Code"], Postal(Business)),
    (&["Work Country"], Country(Business)),
    (&["Home Address 2"], Street(Home, 2)),
    (&["Home ZipCode"], Postal(Home)),
    (&["Web Page 1", "URL", "Website"], WebPage),
    (&["Web Page 2"], PersonalWebPage),
    (&["Note"], Notes),
    // Japanese Outlook.
    (&["敬称"], Prefix),
    (&["名"], Given),
    (&["ミドル ネーム"], Middle),
    (&["姓"], Family),
    (&["会社名"], Company),
    (&["部署名"], Department),
    (&["役職"], JobTitle),
    (&["携帯電話"], Phone("mobile", 0)),
    (&["会社電話"], Phone("work", 1)),
    (&["自宅電話"], Phone("home", 3)),
    (&["会社 FAX"], Fax("work")),
    (&["自宅 FAX"], Fax("home")),
    (&["電子メール アドレス"], Email(1)),
    (&["誕生日"], Birthday),
    (&["メモ"], Notes),
    (&["Title", "Anrede"], Prefix),
    (&["First Name", "Given Name", "Vorname", "Prénom"], Given),
    (
        &["Middle Name", "Weitere Vornamen", "Deuxième prénom"],
        Middle,
    ),
    (
        &["Last Name", "Family Name", "Surname", "Nachname", "Nom"],
        Family,
    ),
    (&["Suffix", "Suffixe"], Suffix),
    (&["Nickname", "Spitzname", "Surnom"], Nickname),
    (&["Company", "Firma", "Société"], Company),
    (&["Department", "Abteilung", "Service"], Department),
    (&["Job Title", "Position"], JobTitle),
    (&["Office Location", "Büro", "Bureau"], Office),
    (
        &["Business Street", "Straße geschäftlich", "Rue (bureau)"],
        Street(Business, 1),
    ),
    (
        &[
            "Business Street 2",
            "Straße geschäftlich 2",
            "Rue (bureau) 2",
        ],
        Street(Business, 2),
    ),
    (
        &[
            "Business Street 3",
            "Straße geschäftlich 3",
            "Rue (bureau) 3",
        ],
        Street(Business, 3),
    ),
    (
        &[
            "Business Address PO Box",
            "Postfach geschäftlich",
            "B.P. professionnelle",
        ],
        Street(Business, 4),
    ),
    (
        &["Business City", "Ort geschäftlich", "Ville (bureau)"],
        City(Business),
    ),
    (
        &[
            "Business State",
            "Region geschäftlich",
            "Dép/Région (bureau)",
        ],
        State(Business),
    ),
    (
        &[
            "Business Postal Code",
            "Postleitzahl geschäftlich",
            "Code postal (bureau)",
        ],
        Postal(Business),
    ),
    (
        &[
            "Business Country/Region",
            "Business Country",
            "Land/Region geschäftlich",
            "Pays/Région (bureau)",
        ],
        Country(Business),
    ),
    (&["Business Address"], Formatted(Business)),
    (
        &["Home Street", "Straße privat", "Rue (domicile)"],
        Street(Home, 1),
    ),
    (
        &["Home Street 2", "Straße privat 2", "Rue (domicile) 2"],
        Street(Home, 2),
    ),
    (
        &["Home Street 3", "Straße privat 3", "Rue (domicile) 3"],
        Street(Home, 3),
    ),
    (
        &[
            "Home Address PO Box",
            "Postfach privat",
            "Boîte postale du domicile",
        ],
        Street(Home, 4),
    ),
    (&["Home City", "Ort privat", "Ville (domicile)"], City(Home)),
    (
        &[
            "Home State",
            "Bundesland/Kanton privat",
            "Dép/Région (domicile)",
        ],
        State(Home),
    ),
    (
        &[
            "Home Postal Code",
            "Postleitzahl privat",
            "Code postal (domicile)",
        ],
        Postal(Home),
    ),
    (
        &[
            "Home Country/Region",
            "Home Country",
            "Land/Region privat",
            "Pays/Région (domicile)",
        ],
        Country(Home),
    ),
    (&["Home Address"], Formatted(Home)),
    (
        &["Other Street", "Weitere Straße", "Rue (autre)"],
        Street(Other, 1),
    ),
    (
        &["Other Street 2", "Weitere Straße 2", "Rue (autre) 2"],
        Street(Other, 2),
    ),
    (
        &["Other Street 3", "Weitere Straße 3", "Rue (autre) 3"],
        Street(Other, 3),
    ),
    (
        &[
            "Other Address PO Box",
            "Weiteres Postfach",
            "Autre boîte postale",
        ],
        Street(Other, 4),
    ),
    (
        &["Other City", "Weiterer Ort", "Ville (autre)"],
        City(Other),
    ),
    (
        &[
            "Other State",
            "Weiteres/r Bundesland/Kanton",
            "Dép/Région (autre)",
        ],
        State(Other),
    ),
    (
        &[
            "Other Postal Code",
            "Weitere Postleitzahl",
            "Code postal (autre)",
        ],
        Postal(Other),
    ),
    (
        &[
            "Other Country/Region",
            "Other Country",
            "Weiteres/e Land/Region",
            "Pays/Région (autre)",
        ],
        Country(Other),
    ),
    (&["Other Address"], Formatted(Other)),
    (
        &["Mobile Phone", "Mobiltelefon", "Tél. mobile"],
        Phone("mobile", 0),
    ),
    (
        &[
            "Business Phone",
            "Telefon geschäftlich",
            "Téléphone (bureau)",
        ],
        Phone("work", 1),
    ),
    (
        &[
            "Business Phone 2",
            "Telefon geschäftlich 2",
            "Téléphone 2 (bureau)",
        ],
        Phone("work", 2),
    ),
    (
        &["Home Phone", "Telefon privat", "Téléphone (domicile)"],
        Phone("home", 3),
    ),
    (
        &["Home Phone 2", "Telefon privat 2", "Téléphone 2 (domicile)"],
        Phone("home", 4),
    ),
    (
        &["Company Main Phone", "Telefon Firma", "Téléphone société"],
        Phone("main", 5),
    ),
    (
        &["Primary Phone", "Haupttelefon", "Téléphone principal"],
        Phone("primary", 6),
    ),
    (
        &["Other Phone", "Weiteres Telefon", "Téléphone (autre)"],
        Phone("other", 7),
    ),
    (
        &["Car Phone", "Autotelefon", "Téléphone (voiture)"],
        Phone("car", 8),
    ),
    (
        &[
            "Assistant's Phone",
            "Telefon Assistent",
            "Téléphone de l'assistant(e)",
        ],
        Phone("assistant", 9),
    ),
    (
        &["Pager", "Récepteur de radiomessagerie"],
        Phone("pager", 10),
    ),
    (
        &["Callback", "Rückmeldung", "Rappel"],
        Phone("callback", 11),
    ),
    (
        &[
            "Radio Phone",
            "Mobiltelefon 2",
            "Radio téléphone",
            "Radiotéléphone",
        ],
        Phone("radio", 12),
    ),
    (&["ISDN", "RNIS"], Phone("isdn", 13)),
    (
        &[
            "TTY/TDD Phone",
            "Telefon für Hörbehinderte",
            "Téléphone TDD/TTY",
        ],
        Phone("tty", 14),
    ),
    (&["Telex", "Télex"], Phone("telex", 15)),
    (
        &["Business Fax", "Fax geschäftlich", "Télécopie (bureau)"],
        Fax("work"),
    ),
    (
        &["Home Fax", "Fax privat", "Télécopie (domicile)"],
        Fax("home"),
    ),
    (
        &["Other Fax", "Weiteres Fax", "Télécopie (autre)"],
        Fax("other"),
    ),
    (
        &[
            "E-mail Address",
            "E-Mail-Adresse",
            "Adresse de messagerie",
            "Adresse de courrier",
        ],
        Email(1),
    ),
    (
        &[
            "E-mail 2 Address",
            "E-Mail 2: Adresse",
            "Adresse de messagerie 2",
            "Adresse de courrier 2",
        ],
        Email(2),
    ),
    (
        &[
            "E-mail 3 Address",
            "E-Mail 3: Adresse",
            "Adresse de messagerie 3",
            "Adresse de courrier 3",
        ],
        Email(3),
    ),
    (
        &[
            "E-mail Type",
            "E-mail 2 Type",
            "E-mail 3 Type",
            "E-Mail-Typ",
            "E-Mail 2: Typ",
            "E-Mail 3: Typ",
            "Type de messagerie",
            "Type de messagerie 2",
            "Type de messagerie 3",
            "E-mail Display Name",
            "E-mail 2 Display Name",
            "E-mail 3 Display Name",
            "E-Mail: Angezeigter Name",
            "E-Mail 2: Angezeigter Name",
            "E-Mail 3: Angezeigter Name",
            "Nom complet de l'adresse de messagerie",
            "Nom complet de l'adresse de messagerie 2",
            "Nom complet de l'adresse de messagerie 3",
            "Initials",
            "Initialen",
            "Initiales",
        ],
        Derived,
    ),
    (&["Birthday", "Geburtstag", "Anniversaire"], Birthday),
    (&["Categories", "Kategorien", "Catégories"], Categories),
    (&["Notes", "Notizen"], Notes),
    (&["Web Page", "Webseite", "Page Web"], WebPage),
    (&["Personal Web Page"], PersonalWebPage),
];

/// Values Outlook writes into columns it has nothing for: not worth keeping.
const DEFAULTS: &[&str] = &[
    "0/0/00",
    "0.0.00",
    "00.00.00",
    "00/00/00",
    "Normal",
    "False",
    "Unspecified",
    "Aus",
    "Nicht angegeben",
    "Faux",
    "Non spécifié",
    "Normale",
];

fn lookup() -> &'static HashMap<String, Field> {
    static MAP: OnceLock<HashMap<String, Field>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for (names, field) in NAMES {
            for n in *names {
                let n = n.to_lowercase();
                // `display_name`, `job_title`: names written as identifiers (kard's
                // own directory file, database exports).
                if n.contains(' ') {
                    m.insert(n.replace(' ', "_"), *field);
                }
                m.insert(n, *field);
            }
        }
        m
    })
}

/// The delimiter of a header line: the most frequent of `,` `;` and tab outside quotes.
fn sniff_delimiter(header: &str) -> u8 {
    let (mut counts, mut quoted) = ([0usize; 3], false);
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            b'\n' if !quoted => break,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::from(i == 0)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The columns of a header line that kard knows.
fn known_columns(header: &str) -> Vec<Field> {
    if super::google_csv::looks_like(header) {
        return Vec::new();
    }
    let fields = header_fields(header, sniff_delimiter(header));
    let map = lookup();
    fields
        .iter()
        .filter_map(|f| map.get(f.as_str()).copied())
        .collect()
}

fn names_someone(f: &Field) -> bool {
    matches!(
        f,
        Given | Family | DisplayName | Nickname | Company | Email(_) | Phone(..) | Fax(_)
    )
}

/// Is this header line an Outlook CSV header (in any of the shapes and languages read)?
pub fn looks_like(header: &str) -> bool {
    let known = known_columns(header);
    known.iter().any(names_someone) && known.len() >= 3
}

/// Is this any CSV header with a column that names a person, a company or a number
/// (Thunderbird, LinkedIn, `Name,Phone,Email`)? Read by name, like Outlook's.
pub fn looks_like_any(header: &str) -> bool {
    known_columns(header).iter().any(names_someone)
}

/// Which column holds what: computed once from the header.
struct Columns {
    fields: Vec<(usize, Field)>,
    /// Phones and faxes in the order the contact lists them.
    phones: Vec<(usize, Field)>,
    unknown: Vec<(usize, String)>,
    /// Dates are day first (German, French headers) rather than month first.
    day_first: bool,
}

impl Columns {
    fn new(header: &StringRecord) -> Columns {
        let map = lookup();
        let names: Vec<String> = header.iter().map(|h| column_name(h).to_string()).collect();
        let lower: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
        // `Title` (Outlook) and `Titre` (French Outlook, for both) are the title (Mr.)
        // when the header has a job title column too (`Job Title`, a second `Titre`);
        // alone they are the job title, as in `Name,Title,Email` or a phone system's
        // directory.
        let ambiguous = |l: &str| l == "title" || l == "titre";
        let with_job_title = lower
            .iter()
            .filter(|l| ambiguous(l) || map.get(l.as_str()) == Some(&JobTitle))
            .count()
            > 1;
        let mut seen_title = false;
        // German and French Outlook write dates day first.
        let day_first = lower.iter().any(|l| {
            [
                "vorname",
                "nachname",
                "geburtstag",
                "prénom",
                "nom",
                "anniversaire",
            ]
            .contains(&l.as_str())
        });
        let mut cols = Columns {
            fields: Vec::new(),
            phones: Vec::new(),
            unknown: Vec::new(),
            day_first,
        };
        let mut taken = Vec::new();
        for (i, l) in lower.iter().enumerate() {
            let field = if ambiguous(l) {
                let f = if with_job_title && !seen_title {
                    Prefix
                } else {
                    JobTitle
                };
                seen_title = true;
                Some(f)
            } else {
                map.get(l.as_str()).copied()
            };
            let Some(field) = field else {
                cols.unknown.push((i, names[i].clone()));
                continue;
            };
            if field != Derived && taken.contains(&field) {
                cols.unknown.push((i, names[i].clone()));
                continue;
            }
            taken.push(field);
            match field {
                Phone(..) | Fax(_) => cols.phones.push((i, field)),
                Derived => {}
                _ => cols.fields.push((i, field)),
            }
        }
        cols.phones.sort_by_key(|&(i, f)| match f {
            Phone(_, rank) => (0, rank, i),
            _ => (1, 0, i),
        });
        cols
    }
}

pub fn read(input: &mut dyn BufRead, region: Region, sink: &mut Sink) -> Result<()> {
    let delimiter = {
        let head = input.fill_buf()?;
        let end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
        sniff_delimiter(&String::from_utf8_lossy(&head[..end]))
    };
    csv::read(input, delimiter, sink, Columns::new, |cols, rec| {
        contact(cols, rec, region)
    })
}

fn extra(column: &str, value: &str) -> Extra {
    csv::extra(FORMAT, column, value)
}

/// One address as read: numbered street lines, the other parts, the formatted text.
type PlaceParts = (Vec<(u8, String)>, Address, Option<String>);

fn contact(cols: &Columns, rec: &StringRecord, region: Region) -> Contact {
    let mut c = Contact::default();
    let mut places: [PlaceParts; 3] = Default::default();
    let mut emails: Vec<(u8, String)> = Vec::new();
    let mut birth: [Option<&str>; 3] = [None; 3];
    for &(i, field) in &cols.fields {
        let Some(v) = cell(rec, Some(i)) else {
            continue;
        };
        let text = || Some(v.replace("\r\n", "\n"));
        let place = |p: Place| Place::ALL.iter().position(|&q| q == p).unwrap_or(0);
        match field {
            Prefix => c.name.prefix = text(),
            Given => c.name.given = text(),
            Middle => c.name.middle = text(),
            Family => c.name.family = text(),
            Suffix => c.name.suffix = text(),
            Nickname => c.nickname = text(),
            Company => c.organization = text(),
            Department => c.department = text(),
            JobTitle => c.title = text(),
            Office => c.location = text(),
            Street(p, n) => places[place(p)].0.push((n, v.replace("\r\n", "\n"))),
            City(p) => places[place(p)].1.locality = text(),
            State(p) => places[place(p)].1.region = text(),
            Postal(p) => places[place(p)].1.postal_code = text(),
            Country(p) => places[place(p)].1.country = text(),
            Formatted(p) => places[place(p)].2 = text(),
            Email(n) => {
                // An Exchange address (`/o=ExchangeLabs/…`) is not an email address.
                if v.starts_with('/') {
                    c.extras.push(extra(&header_name(cols, i), v));
                } else {
                    emails.push((n, v.to_string()));
                }
            }
            Birthday => {
                if !DEFAULTS.contains(&v) {
                    match outlook_date(v, cols.day_first) {
                        Some(day) => c.birthday = Some(day),
                        None => c.extras.push(extra(&header_name(cols, i), v)),
                    }
                }
            }
            Categories => {
                // Google's "Outlook CSV" export writes its system groups here.
                for cat in v.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                    add_label(&mut c, cat);
                }
            }
            Notes => {
                let rest = overflow_back(&v.replace("\r\n", "\n"), &mut c, region);
                c.notes = (!rest.trim().is_empty()).then_some(rest);
            }
            WebPage => c.urls.push(Url {
                label: None,
                url: v.to_string(),
            }),
            PersonalWebPage => c.urls.push(Url {
                label: Some("home".into()),
                url: v.to_string(),
            }),
            DisplayName => c.display_name = v.replace("\r\n", "\n"),
            BirthYear => birth[0] = Some(v),
            BirthMonth => birth[1] = Some(v),
            BirthDay => birth[2] = Some(v),
            Phone(..) | Fax(_) | Derived => {}
        }
    }
    if let [y, Some(m), Some(d)] = birth {
        let text = match y {
            Some(y) => format!("{y}-{m:0>2}-{d:0>2}"),
            None => format!("--{m:0>2}-{d:0>2}"),
        };
        match model::birthday(&text) {
            Some(day) => c.birthday = Some(day),
            None => c.extras.push(extra("Birthday", &text)),
        }
    }
    emails.sort_by_key(|(n, _)| *n);
    let from_notes = std::mem::take(&mut c.emails);
    c.emails = emails
        .into_iter()
        .map(|(_, address)| Email {
            label: None,
            address,
        })
        .chain(from_notes)
        .collect();
    for (k, (mut lines, mut address, formatted)) in places.into_iter().enumerate() {
        // The formatted address (or Thunderbird's `Home Address`, its first street
        // line) stands in for a first street line the row lacks.
        if let Some(f) = formatted.filter(|_| !lines.iter().any(|(n, _)| *n == 1)) {
            lines.push((1, f));
        }
        lines.sort_by_key(|(n, _)| *n);
        if !lines.is_empty() {
            address.street = Some(
                lines
                    .into_iter()
                    .map(|(_, s)| s)
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
        }
        if !address.is_empty() {
            address.label = Some(Place::ALL[k].label().into());
            c.addresses.push(address);
        }
    }
    for &(i, field) in &cols.phones {
        let Some(v) = cell(rec, Some(i)) else {
            continue;
        };
        match field {
            Phone(label, _) => c.phones.push(phone::make(v, Some(label.into()), region)),
            Fax(label) => c.faxes.push(phone::make(v, Some(label.into()), region)),
            _ => {}
        }
    }
    for (i, name) in &cols.unknown {
        if let Some(v) = cell(rec, Some(*i)) {
            if !DEFAULTS.contains(&v) {
                c.extras.push(extra(name, v));
            }
        }
    }
    c
}

/// The notes without the lines kard's writer adds for values that had no column
/// (`phone (label): …`, `fax: …`, `Email: …`, `Web page: …`, `Address: …`), which go
/// back where they came from: re-importing kard's own export adds nothing twice.
fn overflow_back(notes: &str, c: &mut Contact, region: Region) -> String {
    let mut lines: Vec<&str> = notes.lines().collect();
    while let Some(last) = lines.last() {
        let Some((head, value)) = last.split_once(": ") else {
            break;
        };
        let value = value.trim();
        let (kind, label) = match head.split_once(" (") {
            Some((k, l)) => (k, l.strip_suffix(')').map(str::to_string)),
            None => (head, None),
        };
        match kind {
            "phone" => c.phones.push(phone::make(value, label, region)),
            "fax" => c.faxes.push(phone::make(value, label, region)),
            "Email" if label.is_none() => c.emails.push(Email {
                label: None,
                address: value.to_string(),
            }),
            "Web page" if label.is_none() => c.urls.push(Url {
                label: None,
                url: value.to_string(),
            }),
            "Address" if label.is_none() => c.addresses.push(Address {
                street: Some(value.to_string()),
                ..Address::default()
            }),
            _ => break,
        }
        lines.pop();
    }
    lines.join("\n")
}

fn header_name(cols: &Columns, i: usize) -> String {
    // Only for the rare extras of mapped columns: find the canonical English name.
    let field = cols.fields.iter().find(|(j, _)| *j == i).map(|(_, f)| *f);
    NAMES.iter().find(|(_, f)| Some(*f) == field).map_or_else(
        || format!("column {}", i + 1),
        |(names, _)| names[0].to_string(),
    )
}

/// An Outlook date as a card birthday: `3/21/1980` (or day first: `21.03.1980`,
/// `21/03/1980`), ISO dates, a trailing time; year 1604 means no year.
fn outlook_date(text: &str, day_first: bool) -> Option<String> {
    let t = text.split_whitespace().next()?;
    if let Some(day) = model::birthday(t) {
        return Some(day);
    }
    let dotted = t.contains('.');
    let parts: Vec<&str> = t.split(['/', '.', '-']).collect();
    let [a, b, y] = parts[..] else { return None };
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (a, b, mut y) = (num(a)?, num(b)?, num(y)?);
    let (mut m, mut d) = if dotted || day_first { (b, a) } else { (a, b) };
    if m > 12 && d <= 12 {
        std::mem::swap(&mut m, &mut d);
    }
    if y < 100 {
        y += if y < 30 { 2000 } else { 1900 };
    }
    model::birthday(&format!("{y:04}-{m:02}-{d:02}"))
}

// ---- writer ----

/// The Outlook desktop wizard's 92 columns, in its order.
pub const DESKTOP_HEADER: [&str; 92] = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home Street 2",
    "Home Street 3",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other Street 2",
    "Other Street 3",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Assistant's Phone",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Callback",
    "Car Phone",
    "Company Main Phone",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "ISDN",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Primary Phone",
    "Radio Phone",
    "TTY/TDD Phone",
    "Telex",
    "Account",
    "Anniversary",
    "Assistant's Name",
    "Billing Information",
    "Birthday",
    "Business Address PO Box",
    "Categories",
    "Children",
    "Directory Server",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "E-mail 2 Type",
    "E-mail 2 Display Name",
    "E-mail 3 Address",
    "E-mail 3 Type",
    "E-mail 3 Display Name",
    "Gender",
    "Government ID Number",
    "Hobby",
    "Home Address PO Box",
    "Initials",
    "Internet Free Busy",
    "Keywords",
    "Language",
    "Location",
    "Manager's Name",
    "Mileage",
    "Notes",
    "Office Location",
    "Organizational ID Number",
    "Other Address PO Box",
    "Priority",
    "Private",
    "Profession",
    "Referred By",
    "Sensitivity",
    "Spouse",
    "User 1",
    "User 2",
    "User 3",
    "User 4",
    "Web Page",
];

/// A column of the desktop header, by name.
macro_rules! col {
    ($name:literal) => {
        column!(&DESKTOP_HEADER, $name)
    };
}

/// The desktop columns of business, home and other addresses: street, city, state,
/// postal code, country.
const ADDRESS_COLUMNS: [[usize; 5]; 3] = [
    [
        col!("Business Street"),
        col!("Business City"),
        col!("Business State"),
        col!("Business Postal Code"),
        col!("Business Country/Region"),
    ],
    [
        col!("Home Street"),
        col!("Home City"),
        col!("Home State"),
        col!("Home Postal Code"),
        col!("Home Country/Region"),
    ],
    [
        col!("Other Street"),
        col!("Other City"),
        col!("Other State"),
        col!("Other Postal Code"),
        col!("Other Country/Region"),
    ],
];

/// The desktop columns of the three email addresses: address, type, display name.
const EMAIL_COLUMNS: [[usize; 3]; 3] = [
    [
        col!("E-mail Address"),
        col!("E-mail Type"),
        col!("E-mail Display Name"),
    ],
    [
        col!("E-mail 2 Address"),
        col!("E-mail 2 Type"),
        col!("E-mail 2 Display Name"),
    ],
    [
        col!("E-mail 3 Address"),
        col!("E-mail 3 Type"),
        col!("E-mail 3 Display Name"),
    ],
];

/// Writes contacts under the Outlook desktop header: UTF-8 with a BOM (so Outlook reads
/// accents right), every cell quoted, CRLF. Outlook has fixed slots (three emails, one of
/// each phone kind, three addresses, one web page): values that find no slot are added
/// to the notes, so nothing is lost.
pub struct Writer<W: Write> {
    row: RowWriter<W>,
}

impl<W: Write> Writer<W> {
    pub fn new(mut w: W) -> Result<Self> {
        w.write_all("\u{feff}".as_bytes())?;
        let csv = ::csv::WriterBuilder::new()
            .quote_style(::csv::QuoteStyle::Always)
            .terminator(::csv::Terminator::CRLF)
            .from_writer(w);
        Ok(Writer {
            row: RowWriter::new(csv, &DESKTOP_HEADER)?,
        })
    }

    pub fn write(&mut self, c: &Contact) -> Result<()> {
        let row = &mut self.row;
        let mut overflow: Vec<String> = Vec::new();
        // Line breaks inside a cell as Outlook writes them.
        let set = |row: &mut RowWriter<W>, at: usize, v: Option<&str>| {
            if let Some(v) = v {
                row.put(at, v.replace("\r\n", "\n").replace('\n', "\r\n"));
            }
        };
        let n = &c.name;
        set(row, col!("Title"), n.prefix.as_deref());
        let first = typed_display_name(c).or(n.given.as_deref());
        set(row, col!("First Name"), first);
        set(row, col!("Middle Name"), n.middle.as_deref());
        set(row, col!("Last Name"), n.family.as_deref());
        set(row, col!("Suffix"), n.suffix.as_deref());
        set(row, col!("Company"), c.organization.as_deref());
        set(row, col!("Department"), c.department.as_deref());
        set(row, col!("Job Title"), c.title.as_deref());
        set(row, col!("Office Location"), c.location.as_deref());

        let mut used = [false; 3];
        for a in &c.addresses {
            let wanted = match a.label.as_deref().map(str::to_lowercase).as_deref() {
                Some("work" | "business") => 0,
                Some("home") => 1,
                _ => 2,
            };
            let Some(k) = std::iter::once(wanted).chain([2, 0, 1]).find(|&k| !used[k]) else {
                overflow.push(format!("Address: {}", a.one_line()));
                continue;
            };
            used[k] = true;
            let [street, city, state, postal, country] = ADDRESS_COLUMNS[k];
            set(row, street, a.street.as_deref());
            set(row, city, a.locality.as_deref());
            set(row, state, a.region.as_deref());
            set(row, postal, a.postal_code.as_deref());
            set(row, country, a.country.as_deref());
        }

        let extensions = super::extension_phones(c);
        for p in c.phones.iter().chain(&extensions) {
            let label = p.label.as_deref().unwrap_or("").to_lowercase();
            let wanted: &[usize] = match label.as_str() {
                "work" | "business" => &[col!("Business Phone"), col!("Business Phone 2")],
                "home" => &[col!("Home Phone"), col!("Home Phone 2")],
                "mobile" | "cell" => &[col!("Mobile Phone")],
                "car" => &[col!("Car Phone")],
                "main" => &[col!("Company Main Phone")],
                "primary" => &[col!("Primary Phone")],
                "pager" => &[col!("Pager")],
                "assistant" => &[col!("Assistant's Phone")],
                "callback" => &[col!("Callback")],
                "radio" => &[col!("Radio Phone")],
                "isdn" => &[col!("ISDN")],
                "tty" => &[col!("TTY/TDD Phone")],
                "telex" => &[col!("Telex")],
                _ => &[],
            };
            // An untyped number takes any free general column before the notes.
            let general = &[
                col!("Other Phone"),
                col!("Primary Phone"),
                col!("Business Phone 2"),
                col!("Home Phone 2"),
            ];
            place(row, wanted, general, &p.raw, &label, "phone", &mut overflow);
        }
        for p in &c.faxes {
            let label = p.label.as_deref().unwrap_or("").to_lowercase();
            let wanted: &[usize] = match label.as_str() {
                "work" | "business" => &[col!("Business Fax")],
                "home" => &[col!("Home Fax")],
                _ => &[col!("Other Fax")],
            };
            let fallback = &[col!("Other Fax"), col!("Business Fax"), col!("Home Fax")];
            place(row, wanted, fallback, &p.raw, &label, "fax", &mut overflow);
        }
        let display = c.best_name();
        for (k, e) in c.emails.iter().enumerate() {
            if k >= 3 {
                overflow.push(format!("Email: {}", e.address));
                continue;
            }
            let [address, kind, shown] = EMAIL_COLUMNS[k];
            row.put(address, e.address.clone());
            row.put(kind, "SMTP".into());
            row.put(shown, format!("{display} ({})", e.address));
        }
        for (k, u) in c.urls.iter().enumerate() {
            if k == 0 {
                row.put(col!("Web Page"), u.url.clone());
            } else {
                overflow.push(format!("Web page: {}", u.url));
            }
        }
        if let Some(b) = &c.birthday {
            row.put(col!("Birthday"), desktop_date(b));
        }
        row.put(col!("Categories"), c.categories.join(";"));
        let notes: Vec<&str> = c
            .notes
            .as_deref()
            .into_iter()
            .chain(overflow.iter().map(String::as_str))
            .collect();
        if !notes.is_empty() {
            set(row, col!("Notes"), Some(&notes.join("\n")));
        }
        row.restore_extras(c, FORMAT);
        for (at, default) in [
            (col!("Anniversary"), "0/0/00"),
            (col!("Birthday"), "0/0/00"),
            (col!("Gender"), "Unspecified"),
            (col!("Priority"), "Normal"),
            (col!("Private"), "False"),
            (col!("Sensitivity"), "Normal"),
        ] {
            if row.is_empty(at) {
                row.put(at, default.into());
            }
        }
        row.end_row()
    }

    pub fn finish(self) -> Result<()> {
        self.row.finish()
    }
}

/// Put a number in the first free column of `wanted`, else of `fallback`, else into the
/// notes overflow.
fn place<W: Write>(
    row: &mut RowWriter<W>,
    wanted: &[usize],
    fallback: &[usize],
    raw: &str,
    label: &str,
    kind: &str,
    overflow: &mut Vec<String>,
) {
    match wanted
        .iter()
        .chain(fallback)
        .copied()
        .find(|&i| row.is_empty(i))
    {
        Some(i) => row.put(i, raw.to_string()),
        None if label.is_empty() => overflow.push(format!("{kind}: {raw}")),
        None => overflow.push(format!("{kind} ({label}): {raw}")),
    }
}

/// A card birthday as the desktop wizard writes dates: `3/21/1980`; with no year, 1604
/// (as Apple does), which the reader reads back as no year.
fn desktop_date(day: &str) -> String {
    let Some(day) = model::birthday(day) else {
        return day.to_string();
    };
    // `YYYY-MM-DD` or `--MM-DD`: ASCII, so slicing is safe.
    let (y, md) = match day.strip_prefix("--") {
        Some(md) => ("1604", md),
        None => (&day[..4], &day[5..]),
    };
    let (m, d) = md.split_once('-').unwrap_or(("0", "0"));
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    format!("{}/{}/{y}", n(m), n(d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::csv::tests::{assert_read_back, fixture, read_with};
    use crate::formats::{text, Item};
    use proptest::prelude::*;

    fn read_bytes(bytes: &[u8]) -> Vec<Item> {
        read_with(read, bytes)
    }

    fn ok(items: &[Item]) -> Vec<&Contact> {
        items
            .iter()
            .filter_map(|i| i.as_ref().ok())
            .map(|r| &r.contact)
            .collect()
    }

    /// (label, raw) of phones or faxes.
    fn numbers(ps: &[crate::model::Phone]) -> Vec<(&str, &str)> {
        ps.iter()
            .map(|p| (p.label.as_deref().unwrap_or(""), p.raw.as_str()))
            .collect()
    }

    fn emails(c: &Contact) -> Vec<&str> {
        c.emails.iter().map(|e| e.address.as_str()).collect()
    }

    fn head(name: &str) -> String {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut text::decode(&fixture(name)[..]), &mut s).unwrap();
        s.lines().next().unwrap().to_string()
    }

    #[test]
    fn every_fixture_is_detected_as_outlook() {
        for name in [
            "outlook-desktop-92.csv",
            "outlook-utf16le-bom.csv",
            "outlook-com-61.csv",
            "outlook-windows-1252.csv",
            "outlook-german-semicolon.csv",
            "outlook-french.csv",
            "outlook-google-88.csv",
            "ragged.csv",
        ] {
            let h = head(name);
            assert!(looks_like(&h), "{name}");
            assert_eq!(
                crate::formats::detect(h.as_bytes()),
                Some(crate::formats::Format::Outlook),
                "{name}"
            );
        }
        for name in ["google-new.csv", "google-old.csv"] {
            assert!(!looks_like(&head(name)), "{name}");
        }
        assert!(!looks_like(""));
        assert!(!looks_like("a,b,c"));
        assert!(looks_like("first name\tlast name\te-mail address"));
    }

    #[test]
    fn delimiters_and_dates() {
        for (header, want) in [
            ("a,b,c", b','),
            ("\"a;x\",b,c", b','),
            ("a;b;c", b';'),
            ("\"Vorname\";\"Nachname\"", b';'),
            ("a\tb\tc", b'\t'),
            ("single", b','),
        ] {
            assert_eq!(sniff_delimiter(header) as char, want as char, "{header}");
        }
        for (input, day_first, want) in [
            ("3/21/1980", false, Some("1980-03-21")),
            ("3/4/1980", false, Some("1980-03-04")),
            ("3/4/1980", true, Some("1980-04-03")),
            ("21/3/1980", false, Some("1980-03-21")),
            ("21.03.1980", false, Some("1980-03-21")),
            ("1980-03-21", false, Some("1980-03-21")),
            ("3/21/1980 12:00:00 AM", false, Some("1980-03-21")),
            ("5/9/1604", false, Some("--05-09")),
            ("7/4/90", false, Some("1990-07-04")),
            ("0/0/00", false, None),
            ("31/31/1980", false, None),
            ("soon", false, None),
            ("", false, None),
        ] {
            assert_eq!(
                outlook_date(input, day_first).as_deref(),
                want,
                "{input} {day_first}"
            );
        }
    }

    #[test]
    fn desktop_92() {
        let items = read_bytes(&fixture("outlook-desktop-92.csv"));
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].as_ref().unwrap().line, 2);
        let bad = items[1].as_ref().unwrap_err();
        assert_eq!(bad.line, 5, "CRLFs inside cells counted");
        assert!(bad.reason.contains("no value"), "{}", bad.reason);
        assert_eq!(items[2].as_ref().unwrap().line, 6);
        let c = ok(&items);
        let john = c[0];
        assert_eq!(john.display_name, "Mr. John A. Smith Jr.");
        assert_eq!(john.name.prefix.as_deref(), Some("Mr."));
        assert_eq!(john.name.middle.as_deref(), Some("A."));
        assert_eq!(john.name.suffix.as_deref(), Some("Jr."));
        assert_eq!(john.organization.as_deref(), Some("Contoso"));
        assert_eq!(john.department.as_deref(), Some("Sales"));
        assert_eq!(john.title.as_deref(), Some("Manager"));
        assert_eq!(john.location.as_deref(), Some("Building 4"));
        assert_eq!(
            numbers(&john.phones),
            [
                ("mobile", "(425) 555-0122"),
                ("work", "(425) 555-0100"),
                ("work", "(425) 555-0102"),
                ("home", "(425) 555-0111"),
                ("main", "(425) 555-0155"),
                ("other", "(425) 555-0101"),
                ("car", "(425) 555-0188"),
                ("assistant", "(425) 555-0144"),
                ("pager", "(425) 555-0133"),
            ]
        );
        assert_eq!(
            numbers(&john.faxes),
            [
                ("work", "(425) 555-0199"),
                ("home", "(425) 555-0166"),
                ("other", "(425) 555-0177"),
            ]
        );
        assert_eq!(john.faxes[0].number.as_deref(), Some("+14255550199"));
        let work = &john.addresses[0];
        assert_eq!(work.label.as_deref(), Some("work"));
        assert_eq!(work.street.as_deref(), Some("1 Microsoft Way\nSuite 100"));
        assert_eq!(work.locality.as_deref(), Some("Redmond"));
        assert_eq!(work.region.as_deref(), Some("WA"));
        assert_eq!(work.postal_code.as_deref(), Some("98052"));
        assert_eq!(work.country.as_deref(), Some("United States of America"));
        assert_eq!(john.addresses[1].label.as_deref(), Some("home"));
        assert_eq!(john.addresses[1].locality.as_deref(), Some("Bellevue"));
        assert_eq!(john.addresses.len(), 2);
        assert_eq!(john.birthday.as_deref(), Some("1980-03-21"));
        assert_eq!(john.categories, ["Clients", "Golf"]);
        assert_eq!(emails(john), ["john@contoso.example"]);
        assert_eq!(
            john.notes.as_deref(),
            Some("Prefers \"JS\".\nCall after 10am, not before.")
        );
        assert_eq!(john.urls[0].url, "https://contoso.example");
        let extras: Vec<&str> = john.extras.iter().map(|e| e.line.as_str()).collect();
        assert_eq!(
            extras,
            [
                "E-mail 2 Address=/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jsmith",
                "Gender=Male",
                "Spouse=Mary",
            ]
        );
        let jane = c[1];
        assert_eq!(jane.display_name, "Jane Roe");
        assert_eq!(jane.birthday, None, "0/0/00 is no birthday");
        assert!(jane.extras.is_empty(), "{:?}", jane.extras);
        assert_eq!(jane.phones[0].number.as_deref(), Some("+447700900456"));
    }

    #[test]
    fn utf16_and_windows_1252() {
        let items = read_bytes(&fixture("outlook-utf16le-bom.csv"));
        let zoe = ok(&items)[0];
        assert_eq!(zoe.display_name, "Zoë Ångström");
        assert_eq!(zoe.organization.as_deref(), Some("Café Åre"));
        assert_eq!(zoe.notes.as_deref(), Some("Ünïcødé ✓ 日本"));
        assert_eq!(zoe.birthday.as_deref(), Some("1975-12-01"));
        assert_eq!(numbers(&zoe.phones), [("mobile", "+46 70 123 45 67")]);

        let items = read_bytes(&fixture("outlook-windows-1252.csv"));
        let f = ok(&items)[0];
        assert_eq!(f.display_name, "François Müller");
        assert_eq!(f.organization.as_deref(), Some("Bäckerei Groß"));
        assert_eq!(f.notes.as_deref(), Some("Crème brûlée €5"));
        assert_eq!(f.categories, ["Kunden"]);
        assert_eq!(f.phones[0].number.as_deref(), Some("+49301234567"));
    }

    #[test]
    fn outlook_com_61() {
        let items = read_bytes(&fixture("outlook-com-61.csv"));
        let c = ok(&items);
        assert_eq!(c.len(), 2);
        let ana = c[0];
        assert_eq!(ana.display_name, "Ana Silva");
        assert_eq!(ana.nickname.as_deref(), Some("Aninha"));
        assert_eq!(
            emails(ana),
            ["ana@example.com", "ana.silva@startup.example"]
        );
        assert_eq!(
            numbers(&ana.phones),
            [
                ("mobile", "555-010-4444"),
                ("work", "555-010-3333"),
                ("home", "555-010-2222"),
                ("primary", "555-010-6666"),
                ("radio", "555-010-7777"),
                ("tty", "555-010-8888"),
            ]
        );
        assert_eq!(numbers(&ana.faxes), [("work", "555-010-5555")]);
        assert_eq!(ana.title.as_deref(), Some("CTO"));
        assert_eq!(ana.organization.as_deref(), Some("Startup"));
        assert_eq!(ana.addresses[0].street.as_deref(), Some("500 Market St"));
        assert_eq!(ana.addresses[0].locality.as_deref(), Some("San Francisco"));
        let urls: Vec<(Option<&str>, &str)> = ana
            .urls
            .iter()
            .map(|u| (u.label.as_deref(), u.url.as_str()))
            .collect();
        assert_eq!(
            urls,
            [
                (Some("home"), "https://ana.example"),
                (None, "https://startup.example")
            ]
        );
        assert_eq!(ana.birthday.as_deref(), Some("1990-07-04"));
        assert_eq!(ana.notes.as_deref(), Some("Line 1\nLine 2, with comma"));
        assert_eq!(ana.extras[0].line, "IMAddress=ana@im.example");
        assert_eq!(c[1].display_name, "Bob");
    }

    #[test]
    fn german_semicolons() {
        let items = read_bytes(&fixture("outlook-german-semicolon.csv"));
        let c = ok(&items);
        assert_eq!(c.len(), 1, "{items:?}");
        let j = c[0];
        assert_eq!(j.display_name, "Herr Jürgen Groß");
        assert_eq!(j.organization.as_deref(), Some("Müller & Söhne GmbH"));
        assert_eq!(j.department.as_deref(), Some("Einkauf"));
        assert_eq!(j.title.as_deref(), Some("Leiter"));
        assert_eq!(
            numbers(&j.phones),
            [
                ("mobile", "0171 2345678"),
                ("work", "089 1234-0"),
                ("home", "089 7654321")
            ]
        );
        assert_eq!(numbers(&j.faxes), [("work", "089 1234-99")]);
        assert_eq!(emails(j), ["juergen.gross@mueller.example"]);
        assert_eq!(j.birthday.as_deref(), Some("1980-03-21"));
        assert_eq!(j.categories, ["Kunden", "Lieferanten"]);
        assert_eq!(
            j.notes.as_deref(),
            Some("Spricht gern über Fußball; Termin: \"nächste Woche\"")
        );
        let a = &j.addresses[0];
        assert_eq!(
            (
                a.street.as_deref(),
                a.locality.as_deref(),
                a.postal_code.as_deref()
            ),
            (Some("Hauptstraße 5"), Some("München"), Some("80331"))
        );
        let extras: Vec<&str> = j.extras.iter().map(|e| e.line.as_str()).collect();
        assert_eq!(extras, ["Ort=Raum 12"]);
    }

    #[test]
    fn french() {
        let items = read_bytes(&fixture("outlook-french.csv"));
        let c = ok(&items);
        let m = c[0];
        assert_eq!(m.name.prefix.as_deref(), Some("Mme"));
        assert_eq!(m.title.as_deref(), Some("Directrice"));
        assert_eq!(m.display_name, "Mme Marie Curie");
        assert_eq!(
            m.organization.as_deref(),
            Some("Société Générale de Physique")
        );
        assert_eq!(m.department.as_deref(), Some("Recherche"));
        assert_eq!(
            numbers(&m.phones),
            [
                ("mobile", "06 12 34 56 78"),
                ("work", "01 23 45 67 89"),
                ("pager", "01 98 76 54 32")
            ]
        );
        assert_eq!(numbers(&m.faxes), [("work", "01 23 45 67 90")]);
        assert_eq!(emails(m), ["marie@curie.example"]);
        assert_eq!(m.birthday.as_deref(), Some("1867-11-07"), "day first");
        assert_eq!(m.categories, ["Sciences", "Nobel"]);
        assert_eq!(
            m.notes.as_deref(),
            Some("Deux prix Nobel.\nPhysique et chimie.")
        );
        assert_eq!(m.addresses[0].label.as_deref(), Some("home"));
        assert_eq!(m.addresses[0].locality.as_deref(), Some("Paris"));
        assert!(m.extras.is_empty(), "{:?}", m.extras);
    }

    #[test]
    fn google_outlook_88() {
        let items = read_bytes(&fixture("outlook-google-88.csv"));
        let c = ok(&items);
        assert_eq!(c.len(), 2);
        let kai = c[0];
        assert_eq!(kai.display_name, "Kai Tanaka");
        assert_eq!(kai.birthday.as_deref(), Some("1985-02-14"));
        assert_eq!(emails(kai), ["kai@example.jp"]);
        assert_eq!(
            numbers(&kai.phones),
            [("mobile", "+81 90-1234-5678"), ("work", "+81 3-1234-5678")]
        );
        assert_eq!(
            numbers(&kai.faxes),
            [("home", "+81 3-1234-5679"), ("other", "+81 3-9999-0000")]
        );
        assert_eq!(kai.phones[0].number.as_deref(), Some("+819012345678"));
        assert_eq!(kai.addresses[0].label.as_deref(), Some("home"));
        assert_eq!(
            kai.addresses[0].street.as_deref(),
            Some("1-2-3 Shibuya\nTokyo 150-0002\nJapan")
        );
        assert_eq!(kai.organization.as_deref(), Some("Tanaka KK"));
        assert_eq!(kai.title.as_deref(), Some("Designer"));
        assert!(kai.favorite, "Google's starred group");
        assert_eq!(kai.categories, ["Design"]);
        assert!(!c[1].favorite);
        assert!(c[1].categories.is_empty());
    }

    #[test]
    fn ragged_rows_are_reported_between_good_ones() {
        let items = read_bytes(&fixture("ragged.csv"));
        let summary: Vec<(usize, Result<&str, &str>)> = items
            .iter()
            .map(|i| match i {
                Ok(r) => (r.line, Ok(r.contact.display_name.as_str())),
                Err(b) => (b.line, Err(b.reason.as_str())),
            })
            .collect();
        assert_eq!(
            summary,
            [
                (2, Ok("Good One")),
                (3, Ok("four Bad Row only")),
                (4, Ok("Good Two")),
                (6, Err("a row of 63 fields under a header of 61")),
                (7, Ok("Good Three")),
            ]
        );
    }

    #[test]
    fn hostile_input() {
        assert!(read_bytes(b"").is_empty());
        assert!(read_bytes(b"\r\n\r\n").is_empty());
        assert!(read_bytes(b"First Name,Last Name,E-mail Address\r\n").is_empty());
        let nul = read_bytes(b"First Name;Last Name\n\0;\0\0\n");
        assert_eq!(ok(&nul)[0].display_name, "\0 \0\0");
        let huge = format!("First Name\tNotes\nA\t{}\n", "n".repeat(3_000_000));
        assert_eq!(
            ok(&read_bytes(huge.as_bytes()))[0]
                .notes
                .as_ref()
                .unwrap()
                .len(),
            3_000_000
        );
        let cols: Vec<String> = (0..100_000).map(|i| format!("Mobile Phone {i}")).collect();
        let wide = format!(
            "First Name,{}\nA,{}\n",
            cols.join(","),
            "1,".repeat(99_999) + "1"
        );
        assert_eq!(ok(&read_bytes(wide.as_bytes()))[0].extras.len(), 100_000);
        let dup = read_bytes(b"First Name,First Name,Mobile Phone,Mobile Phone\nA,B,1,2\n");
        let d = ok(&dup)[0];
        assert_eq!(d.name.given.as_deref(), Some("A"));
        assert_eq!(d.extras.len(), 2, "repeated columns are kept, not lost");
        let _ = read_bytes(b"\"First Name\",\"x\n\"\"\"\0,;\t\"");
    }

    fn sample() -> Contact {
        let us = Region::default();
        let mut c = Contact {
            display_name: "Dr. Robin Q Lee Jr.".into(),
            organization: Some("Acme, Inc.".into()),
            department: Some("R&D".into()),
            title: Some("Engineer".into()),
            location: Some("Room 4".into()),
            birthday: Some("1980-03-21".into()),
            notes: Some("Line one,\nline \"two\".".into()),
            categories: vec!["Friends".into(), "Book Club".into()],
            urls: vec![Url {
                label: None,
                url: "https://robin.example".into(),
            }],
            extras: vec![extra("Spouse", "Sam"), extra("Gender", "Female")],
            ..Contact::default()
        };
        c.name.prefix = Some("Dr.".into());
        c.name.given = Some("Robin".into());
        c.name.middle = Some("Q".into());
        c.name.family = Some("Lee".into());
        c.name.suffix = Some("Jr.".into());
        for (label, raw) in [
            ("mobile", "(555) 010-1234"),
            ("work", "555-010-2000"),
            ("work", "555-010-2001"),
            ("home", "555-010-3000"),
            ("main", "555-010-4000"),
            ("other", "555-010-5000"),
            ("car", "555-010-6000"),
            ("assistant", "555-010-7000"),
            ("pager", "555-010-8000"),
        ] {
            c.phones.push(phone::make(raw, Some(label.into()), us));
        }
        for (label, raw) in [
            ("work", "555-010-9999"),
            ("home", "555-010-9998"),
            ("other", "555-010-9997"),
        ] {
            c.faxes.push(phone::make(raw, Some(label.into()), us));
        }
        c.emails = ["a@x.example", "b@x.example", "c@x.example"]
            .into_iter()
            .map(|a| Email {
                label: None,
                address: a.into(),
            })
            .collect();
        for (label, city) in [
            ("work", "Springfield"),
            ("home", "Shelbyville"),
            ("other", "Ogdenville"),
        ] {
            c.addresses.push(Address {
                label: Some(label.into()),
                street: Some("1 Main St\nApt 2".into()),
                locality: Some(city.into()),
                region: Some("IL".into()),
                postal_code: Some("62701".into()),
                country: Some("US".into()),
            });
        }
        c
    }

    fn write_all(contacts: &[&Contact]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut w = Writer::new(&mut out).unwrap();
        for c in contacts {
            w.write(c).unwrap();
        }
        w.finish().unwrap();
        out
    }

    #[test]
    fn round_trip() {
        let c = sample();
        let no_year = Contact {
            display_name: "Reception".into(),
            birthday: Some("--05-09".into()),
            phones: vec![phone::make(
                "555-010-0000",
                Some("gym".into()),
                Region::default(),
            )],
            ..Contact::default()
        };
        let out = write_all(&[&c, &no_year]);
        assert!(
            out.starts_with(b"\xEF\xBB\xBF\"Title\",\"First Name\",\"Middle Name\",\"Last Name\"")
        );
        let text = String::from_utf8(out.clone()).unwrap();
        let header = text.trim_start_matches('\u{feff}').lines().next().unwrap();
        assert_eq!(header.split(',').count(), 92);
        assert!(header.ends_with("\"User 4\",\"Web Page\""));
        assert!(text.contains("\r\n"));
        assert!(text.contains("\"3/21/1980\""));
        assert!(text.contains("\"Unspecified\"") && text.contains("\"Female\""));

        let items = read_bytes(&out);
        let back = ok(&items);
        assert_eq!(back.len(), 2, "{items:?}");
        let r = back[0];
        assert_read_back(r, &c);
        assert_eq!(r.location, c.location);
        // Phones come back in the order of Outlook's columns.
        let mut phones = r.phones.clone();
        let mut want = c.phones.clone();
        phones.sort_by(|a, b| a.raw.cmp(&b.raw));
        want.sort_by(|a, b| a.raw.cmp(&b.raw));
        assert_eq!(phones, want);
        let extras: Vec<&str> = r.extras.iter().map(|e| e.line.as_str()).collect();
        assert_eq!(extras, ["Gender=Female", "Spouse=Sam"]);

        let rec = back[1];
        assert_eq!(rec.display_name, "Reception");
        assert_eq!(rec.birthday.as_deref(), Some("--05-09"));
        assert_eq!(numbers(&rec.phones), [("other", "555-010-0000")]);
    }

    #[test]
    fn values_without_a_slot_go_to_the_notes_and_come_back() {
        let us = Region::default();
        let c = Contact {
            display_name: "Many".into(),
            phones: (0..6)
                .map(|i| phone::make(&format!("555-010-100{i}"), Some("mobile".into()), us))
                .collect(),
            emails: (0..4)
                .map(|i| Email {
                    label: None,
                    address: format!("m{i}@x.example"),
                })
                .collect(),
            ..Contact::default()
        };
        let written = write_all(&[&c]);
        let text = String::from_utf8_lossy(&written);
        // Every free general phone column first, then the notes...
        assert!(
            text.contains("\"phone (mobile): 555-010-1005\r\nEmail: m3@x.example\""),
            "{text}"
        );
        // ...which kard reads back into their places: nothing lost, nothing twice.
        let items = read_bytes(&written);
        let r = ok(&items)[0];
        assert_eq!(
            numbers(&r.phones),
            [
                ("mobile", "555-010-1005"),
                ("mobile", "555-010-1000"),
                ("work", "555-010-1003"),
                ("home", "555-010-1004"),
                ("primary", "555-010-1002"),
                ("other", "555-010-1001"),
            ]
        );
        assert_eq!(r.emails.len(), 4);
        assert_eq!(r.notes, None);
    }

    #[test]
    fn desktop_fixtures_survive_a_round_trip() {
        for name in ["outlook-desktop-92.csv", "outlook-utf16le-bom.csv"] {
            let items = read_bytes(&fixture(name));
            let first = ok(&items);
            let again = read_bytes(&write_all(&first));
            let second = ok(&again);
            assert_eq!(first, second, "{name}");
        }
    }

    proptest! {
        /// Any text as a date, either way round: no panic.
        #[test]
        fn any_text_as_a_date(text in "[0-9/.: -]{0,16}|\\PC{0,24}", day_first in any::<bool>()) {
            let _ = outlook_date(&text, day_first);
            let _ = desktop_date(&text);
            let _ = looks_like(&text);
        }
    }
}
