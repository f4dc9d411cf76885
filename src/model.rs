//! The contact model shared by the store, the file formats and the renderer.
//! Its serde form is the JSON card of the SPEC (computed fields included).

use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

/// Where a contact comes from; only `Personal` is editable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    #[default]
    Personal,
    Company,
    External,
}

/// A person, or one of the phone system's service entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum Kind {
    #[default]
    Person,
    #[value(alias = "auto-attendant")]
    AutoAttendant,
    #[value(alias = "call-group")]
    CallGroup,
    #[value(alias = "call-queue")]
    CallQueue,
}

/// Presence states; `Invisible` is only ever set by the user for themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum PresenceState {
    Available,
    Busy,
    Away,
    #[value(alias = "do-not-disturb")]
    DoNotDisturb,
    #[value(alias = "on-a-call")]
    OnACall,
    Offline,
    Invisible,
}

/// The two kinds of phone-system account a directory person may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum Account {
    #[default]
    Work,
    #[value(alias = "contact-center")]
    ContactCenter,
}

macro_rules! str_enum {
    ($t:ty { $($v:ident = $s:literal),+ $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),+];
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),+ }
            }
        }
        impl std::str::FromStr for $t {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                // As stored: no allocation (a long listing parses two a contact).
                $(if s == $s {
                    return Ok(<$t>::$v);
                })+
                let folded = s.trim().to_ascii_lowercase().replace([' ', '-'], "_");
                match folded.as_str() {
                    $($s => Ok(<$t>::$v),)+
                    _ => Err(format!(
                        "unknown value {s:?} (expected one of: {})",
                        [$($s),+].join(", ")
                    )),
                }
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

str_enum!(Source { Personal = "personal", Company = "company", External = "external" });
str_enum!(Kind {
    Person = "person",
    AutoAttendant = "auto_attendant",
    CallGroup = "call_group",
    CallQueue = "call_queue",
});
str_enum!(PresenceState {
    Available = "available",
    Busy = "busy",
    Away = "away",
    DoNotDisturb = "do_not_disturb",
    OnACall = "on_a_call",
    Offline = "offline",
    Invisible = "invisible",
});
str_enum!(Account { Work = "work", ContactCenter = "contact_center" });

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Name {
    pub prefix: Option<String>,
    pub given: Option<String>,
    pub middle: Option<String>,
    pub family: Option<String>,
    pub suffix: Option<String>,
}

impl Name {
    /// "Prefix Given Middle Family Suffix", skipping empty parts.
    pub fn full(&self) -> String {
        // Chinese, Japanese and Korean names: family name first, no space (欧阳翠花).
        if let (Some(family), Some(given), None, None, None) = (
            &self.family,
            &self.given,
            &self.prefix,
            &self.middle,
            &self.suffix,
        ) {
            let (family, given) = (family.trim(), given.trim());
            if !family.is_empty()
                && !given.is_empty()
                && family.chars().chain(given.chars()).all(is_cjk)
            {
                return format!("{family}{given}");
            }
        }
        [
            &self.prefix,
            &self.given,
            &self.middle,
            &self.family,
            &self.suffix,
        ]
        .into_iter()
        .flatten()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }
    pub fn is_empty(&self) -> bool {
        self.full().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    pub state: PresenceState,
    #[serde(default)]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub account: Account,
    pub number: String,
}

/// A phone or fax number: `raw` as given, `number` its E.164 form when it parses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub number: Option<String>,
    pub raw: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email {
    #[serde(default)]
    pub label: Option<String>,
    pub address: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Address {
    pub label: Option<String>,
    pub street: Option<String>,
    pub locality: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
}

impl Address {
    pub fn is_empty(&self) -> bool {
        [
            &self.street,
            &self.locality,
            &self.region,
            &self.postal_code,
            &self.country,
        ]
        .iter()
        .all(|p| p.as_deref().is_none_or(|s| s.trim().is_empty()))
    }
    /// One line: "street, postal_code locality, region, country".
    pub fn one_line(&self) -> String {
        let city = [&self.postal_code, &self.locality]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        [
            self.street.clone(),
            Some(city),
            self.region.clone(),
            self.country.clone(),
        ]
        .into_iter()
        .flatten()
        .map(|s| s.replace('\n', ", "))
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Url {
    #[serde(default)]
    pub label: Option<String>,
    pub url: String,
}

/// A photo: inline bytes, or a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Photo {
    Data { media_type: String, bytes: Vec<u8> },
    Url(String),
}

/// A property kard does not model (e.g. an unknown vCard `X-` line), kept verbatim
/// for export: the content line without its trailing newline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extra {
    pub format: String,
    pub line: String,
}

/// Everything kard knows about one contact.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub id: i64,
    pub uid: String,
    pub source: Source,
    pub external_company: Option<String>,
    /// The key of a company/external contact in its directory file.
    #[serde(skip)]
    pub directory_id: Option<String>,
    pub kind: Kind,
    pub display_name: String,
    pub name: Name,
    pub nickname: Option<String>,
    pub organization: Option<String>,
    pub department: Option<String>,
    pub location: Option<String>,
    pub title: Option<String>,
    pub favorite: bool,
    pub presence: Option<Presence>,
    pub extensions: Vec<Extension>,
    pub phones: Vec<Phone>,
    pub faxes: Vec<Phone>,
    pub emails: Vec<Email>,
    pub addresses: Vec<Address>,
    pub urls: Vec<Url>,
    pub birthday: Option<String>,
    pub notes: Option<String>,
    /// Read back from `export --format json`, where the bytes come along as `data`.
    #[serde(deserialize_with = "exported_photo")]
    pub photo: Option<Photo>,
    pub categories: Vec<String>,
    pub extras: Vec<Extra>,
    /// The remote this personal contact also lives in (`remote add`), if any.
    #[serde(skip)]
    pub remote: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Who sends a fax: the profile's name and first phone or extension.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaxFrom {
    pub name: Option<String>,
    pub number: Option<String>,
}

/// A file sent with a fax: its absolute path and size when the draft was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub path: String,
    pub bytes: u64,
}

/// What the fax command said when `fax send` ran it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaxResult {
    pub exit: i64,
    pub stderr: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FaxStatus {
    #[default]
    Draft,
    Sent,
    Failed,
}
str_enum!(FaxStatus { Draft = "draft", Sent = "sent", Failed = "failed" });

/// A fax draft; its serde form is the SPEC's "A fax draft".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaxDraft {
    pub id: i64,
    pub status: FaxStatus,
    /// The contact it was made for, if any (not shown: the contact may change or go).
    #[serde(skip)]
    pub contact_id: Option<i64>,
    pub to: FaxTo,
    pub from: Option<FaxFrom>,
    pub subject: Option<String>,
    pub note: Option<String>,
    pub attachments: Vec<Attachment>,
    pub created_at: String,
    pub sent_at: Option<String>,
    pub result: Option<FaxResult>,
}

/// The recipient of a fax: the contact's name and company (none for a bare number).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaxTo {
    pub name: Option<String>,
    pub company: Option<String>,
    pub number: String,
}

/// The display name of a card that holds something but nothing to call it by.
pub const NO_NAME: &str = "(no name)";

/// The quick actions a card may offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Call,
    Chat,
    Meet,
    Fax,
    Email,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Call => "call",
            Action::Chat => "chat",
            Action::Meet => "meet",
            Action::Fax => "fax",
            Action::Email => "email",
        }
    }
}

/// The largest contact kard stores: 16 MiB of text and photo (`Contact::size_bytes`),
/// the same for `add`, `edit`, every import format, directory files and sync. A bigger
/// one is refused as bad input (exit 6).
pub const MAX_CARD_BYTES: usize = 16 << 20;

impl Contact {
    /// About how many bytes the contact takes: its text and its photo.
    pub fn size_bytes(&self) -> usize {
        fn o(v: &Option<String>) -> usize {
            v.as_ref().map_or(0, String::len)
        }
        let name = &self.name;
        let phones = |list: &[Phone]| -> usize {
            list.iter()
                .map(|p| o(&p.label) + o(&p.number) + p.raw.len())
                .sum()
        };
        self.uid.len()
            + o(&self.external_company)
            + o(&self.directory_id)
            + self.display_name.len()
            + o(&name.prefix)
            + o(&name.given)
            + o(&name.middle)
            + o(&name.family)
            + o(&name.suffix)
            + o(&self.nickname)
            + o(&self.organization)
            + o(&self.department)
            + o(&self.location)
            + o(&self.title)
            + self
                .presence
                .as_ref()
                .map_or(0, |p| o(&p.message) + p.state.as_str().len())
            + self
                .extensions
                .iter()
                .map(|x| x.number.len())
                .sum::<usize>()
            + phones(&self.phones)
            + phones(&self.faxes)
            + self
                .emails
                .iter()
                .map(|e| o(&e.label) + e.address.len())
                .sum::<usize>()
            + self
                .addresses
                .iter()
                .map(|a| {
                    o(&a.label)
                        + o(&a.street)
                        + o(&a.locality)
                        + o(&a.region)
                        + o(&a.postal_code)
                        + o(&a.country)
                })
                .sum::<usize>()
            + self
                .urls
                .iter()
                .map(|u| o(&u.label) + u.url.len())
                .sum::<usize>()
            + o(&self.birthday)
            + o(&self.notes)
            + match &self.photo {
                Some(Photo::Data { media_type, bytes }) => media_type.len() + bytes.len(),
                Some(Photo::Url(u)) => u.len(),
                None => 0,
            }
            + self.categories.iter().map(String::len).sum::<usize>()
            + self
                .extras
                .iter()
                .map(|x| x.format.len() + x.line.len())
                .sum::<usize>()
    }

    /// Why the contact is too big to store (`MAX_CARD_BYTES`), if it is.
    pub fn too_big(&self) -> Option<String> {
        let n = self.size_bytes();
        (n > MAX_CARD_BYTES).then(|| {
            format!(
                "the card is {:.1} MiB, over kard's limit of {} MiB a card",
                n as f64 / f64::from(1 << 20),
                MAX_CARD_BYTES >> 20
            )
        })
    }

    pub fn editable(&self) -> bool {
        self.source == Source::Personal
    }

    /// Initials from given/family name, else from the display name's words.
    pub fn initials(&self) -> String {
        let first = |s: &Option<String>| s.as_deref().and_then(|s| s.trim().chars().next());
        let from_name: String = [first(&self.name.given), first(&self.name.family)]
            .into_iter()
            .flatten()
            .collect();
        let initials = if from_name.is_empty() {
            let words: Vec<&str> = self.display_name.split_whitespace().collect();
            words
                .first()
                .into_iter()
                .chain(words.last().filter(|_| words.len() > 1))
                .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
                .collect()
        } else {
            from_name
        };
        initials.to_uppercase()
    }

    /// `photo`, `initials`, or the service kind's own design.
    pub fn avatar_kind(&self) -> &'static str {
        if self.photo.is_some() {
            "photo"
        } else {
            match self.kind {
                Kind::Person => "initials",
                k => k.as_str(),
            }
        }
    }

    /// The quick actions that apply. Services (auto attendant, call group, call queue)
    /// can only be called. Call needs an extension or a phone kard can read; chat a
    /// colleague's extension or such a phone (`kard chat` then skips numbers known not
    /// to take SMS); meet a colleague or an email; fax a fax number kard can read.
    pub fn actions(&self) -> Vec<Action> {
        let mut out = Vec::new();
        let dialable = self.phones.iter().any(|p| p.number.is_some());
        if dialable || !self.extensions.is_empty() {
            out.push(Action::Call);
        }
        if self.kind != Kind::Person {
            return out;
        }
        let colleague = self.source == Source::Company;
        if dialable || (colleague && !self.extensions.is_empty()) {
            out.push(Action::Chat);
        }
        if colleague || !self.emails.is_empty() {
            out.push(Action::Meet);
        }
        if self.faxes.iter().any(|f| f.number.is_some()) {
            out.push(Action::Fax);
        }
        if !self.emails.is_empty() {
            out.push(Action::Email);
        }
        out
    }

    /// The best name to show: display name, else full name, organization, email, phone.
    pub fn best_name(&self) -> String {
        let candidates = [
            Some(self.display_name.trim().to_string()),
            Some(self.name.full()),
            self.nickname.clone(),
            self.organization.clone(),
            self.emails.first().map(|e| e.address.clone()),
            self.phones.first().map(|p| p.raw.clone()),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|s| !s.trim().is_empty())
            .unwrap_or_default()
    }

    /// The first field typed with a control character (an escape sequence in a name
    /// could drive the terminal that shows it), as (field, value). Notes may hold line
    /// breaks and tabs; other fields are one line.
    pub fn control_character(&self) -> Option<(&'static str, &str)> {
        let line = |c: char| c.is_control();
        let note = |c: char| c.is_control() && !matches!(c, '\n' | '\t');
        fn o(v: &Option<String>) -> &str {
            v.as_deref().unwrap_or_default()
        }
        let mut fields: Vec<(&'static str, &str)> = vec![
            ("name", &self.display_name),
            ("prefix", o(&self.name.prefix)),
            ("given name", o(&self.name.given)),
            ("middle name", o(&self.name.middle)),
            ("family name", o(&self.name.family)),
            ("suffix", o(&self.name.suffix)),
            ("nickname", o(&self.nickname)),
            ("organization", o(&self.organization)),
            ("department", o(&self.department)),
            ("location", o(&self.location)),
            ("title", o(&self.title)),
        ];
        fields.extend(
            self.phones
                .iter()
                .chain(&self.faxes)
                .map(|p| ("phone", p.raw.as_str())),
        );
        fields.extend(self.emails.iter().map(|e| ("email", e.address.as_str())));
        fields.extend(self.urls.iter().map(|u| ("url", u.url.as_str())));
        fields.extend(self.categories.iter().map(|c| ("label", c.as_str())));
        for a in &self.addresses {
            for part in [
                &a.street,
                &a.locality,
                &a.region,
                &a.postal_code,
                &a.country,
            ] {
                fields.push(("address", o(part)));
            }
        }
        let labels = self.phones.iter().chain(&self.faxes).map(|p| &p.label);
        let labels = labels.chain(self.emails.iter().map(|e| &e.label));
        fields.extend(labels.map(|l| ("label", o(l))));
        if let Some(found) = fields.into_iter().find(|(_, v)| v.contains(line)) {
            return Some(found);
        }
        self.notes
            .as_deref()
            .filter(|n| n.contains(note))
            .map(|n| ("notes", n))
    }

    /// The number a directory extension is dialled through from outside: the phone
    /// labelled `main`, else `work`, else the first with an E.164 form.
    pub fn main_phone(&self) -> Option<&Phone> {
        self.phones
            .iter()
            .filter(|p| p.number.is_some())
            .min_by_key(|p| match p.label.as_deref() {
                Some("main") => 0,
                Some("work") => 1,
                _ => 2,
            })
    }

    /// Fill `display_name` from the other fields when it is empty.
    pub fn ensure_display_name(&mut self) {
        if self.display_name.trim().is_empty() {
            self.display_name = self.best_name();
        }
    }

    /// `ensure_display_name` for an imported record, which is never dropped for want
    /// of a name: after the name, nickname and IM handle, organization, email, phone,
    /// the first line of an address or a web address; `(no name)` for a card that holds
    /// anything else (a birthday, a photo, a note). Empty only for an empty card.
    pub fn ensure_imported_name(&mut self) {
        if !self.display_name.trim().is_empty() {
            return;
        }
        let candidates = [
            Some(self.name.full()),
            self.nickname.clone(),
            self.im_handle(),
            self.organization.clone(),
            self.emails.first().map(|e| e.address.clone()),
            self.phones.first().map(|p| p.raw.clone()),
            self.addresses.first().map(|a| {
                let street = a.street.as_deref().and_then(|s| s.lines().next());
                street.map_or_else(|| a.one_line(), str::to_string)
            }),
            self.urls.first().map(|u| u.url.clone()),
        ];
        self.display_name = candidates
            .into_iter()
            .flatten()
            .map(|s| s.trim().to_string())
            .find(|s| !s.is_empty())
            .unwrap_or_default();
        if self.display_name.is_empty() && self.has_data() {
            self.display_name = NO_NAME.into();
        }
    }

    /// Does the card hold any value at all (beyond its id, UID and source)?
    pub fn has_data(&self) -> bool {
        let some = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.trim().is_empty());
        !self.display_name.trim().is_empty()
            || !self.name.is_empty()
            || [
                &self.nickname,
                &self.organization,
                &self.department,
                &self.location,
                &self.title,
                &self.birthday,
                &self.notes,
            ]
            .into_iter()
            .any(some)
            || !self.phones.is_empty()
            || !self.faxes.is_empty()
            || !self.emails.is_empty()
            || !self.addresses.is_empty()
            || !self.urls.is_empty()
            || !self.extensions.is_empty()
            || !self.categories.is_empty()
            || self.photo.is_some()
            || !self.extras.is_empty()
    }

    /// The first instant-messaging handle among the kept properties (`IMPP`,
    /// `X-GOOGLE-TALK`, `X-JABBER`…, CSV `IM Address` / `Screen Name` columns).
    pub fn im_handle(&self) -> Option<String> {
        const VCARD: &[&str] = &[
            "IMPP",
            "X-GOOGLE-TALK",
            "X-GTALK",
            "X-JABBER",
            "X-AIM",
            "X-ICQ",
            "X-MSN",
            "X-YAHOO",
            "X-SKYPE",
            "X-SKYPE-USERNAME",
            "X-QQ",
            "X-GADUGADU",
            "X-TWITTER",
        ];
        const CSV: &[&str] = &["imaddress", "im address", "screen name", "im 1 - value"];
        self.extras.iter().find_map(|e| {
            let value = if e.format == "vcard" {
                let (head, value) = e.line.split_once(':')?;
                let name = head.split(';').next()?;
                let name = name.rsplit('.').next()?;
                if !VCARD.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                    return None;
                }
                // `IMPP:xmpp:ann@example.org`: the handle without its scheme.
                match value.split_once(':') {
                    Some((scheme, rest))
                        if !scheme.is_empty()
                            && scheme
                                .bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
                    {
                        rest.trim_start_matches('/')
                    }
                    _ => value,
                }
            } else {
                let (column, value) = e.line.split_once('=')?;
                if !CSV.contains(&column.trim().to_lowercase().as_str()) {
                    return None;
                }
                value
            };
            let value = value.trim();
            (!value.is_empty()).then(|| value.to_string())
        })
    }

    /// The presence others see (`invisible` shows as `offline`).
    pub fn visible_presence(&self) -> Option<Presence> {
        self.presence.clone().map(|mut p| {
            if p.state == PresenceState::Invisible {
                p.state = PresenceState::Offline;
            }
            p
        })
    }
}

impl Serialize for Photo {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        match self {
            Photo::Data { media_type, bytes } => {
                m.serialize_entry("media_type", media_type)?;
                m.serialize_entry("bytes", &bytes.len())?;
            }
            Photo::Url(url) => m.serialize_entry("url", url)?,
        }
        m.end()
    }
}

#[derive(Serialize)]
struct Avatar<'a> {
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    initials: Option<String>,
}

/// A contact's JSON card as the user sees their own (`kard profile`): the presence as
/// set, `invisible` included, where everyone else's card shows `offline`.
pub struct OwnCard<'a>(pub &'a Contact);

impl Serialize for OwnCard<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_card(s, self.0.presence.clone(), false)
    }
}

/// A contact as `export --format json` writes it: the card, plus what the card leaves
/// out so that `import` gets it all back: the photo's bytes (base64 `data`) and the
/// properties kard keeps without modelling them (`extras`).
pub struct ExportCard<'a>(pub &'a Contact);

impl Serialize for ExportCard<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_card(s, self.0.visible_presence(), true)
    }
}

impl Serialize for Contact {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.serialize_card(s, self.visible_presence(), false)
    }
}

/// The photo of an exported card: `{"media_type", "data"}` or `{"url"}`; a card's
/// photo summary (`bytes` only) has nothing to restore.
fn exported_photo<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Photo>, D::Error> {
    #[derive(Deserialize)]
    struct In {
        media_type: Option<String>,
        data: Option<String>,
        url: Option<String>,
    }
    Ok(match Option::<In>::deserialize(d)? {
        Some(In { url: Some(url), .. }) => Some(Photo::Url(url)),
        Some(In {
            data: Some(data),
            media_type,
            ..
        }) => Some(Photo::Data {
            media_type: media_type.unwrap_or_else(|| "image/jpeg".into()),
            bytes: crate::b64::decode(data.as_bytes()),
        }),
        _ => None,
    })
}

impl Contact {
    fn serialize_card<S: Serializer>(
        &self,
        s: S,
        presence: Option<Presence>,
        full: bool,
    ) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("uid", &self.uid)?;
        m.serialize_entry("source", &self.source)?;
        m.serialize_entry("external_company", &self.external_company)?;
        m.serialize_entry("kind", &self.kind)?;
        m.serialize_entry("display_name", &self.display_name)?;
        m.serialize_entry("name", &self.name)?;
        m.serialize_entry("nickname", &self.nickname)?;
        m.serialize_entry("organization", &self.organization)?;
        m.serialize_entry("department", &self.department)?;
        m.serialize_entry("location", &self.location)?;
        m.serialize_entry("title", &self.title)?;
        m.serialize_entry("favorite", &self.favorite)?;
        m.serialize_entry("editable", &self.editable())?;
        m.serialize_entry("remote", &self.remote)?;
        m.serialize_entry("presence", &presence)?;
        m.serialize_entry("extensions", &self.extensions)?;
        m.serialize_entry("phones", &self.phones)?;
        m.serialize_entry("faxes", &self.faxes)?;
        m.serialize_entry("emails", &self.emails)?;
        m.serialize_entry("addresses", &self.addresses)?;
        m.serialize_entry("urls", &self.urls)?;
        m.serialize_entry("birthday", &self.birthday)?;
        m.serialize_entry("notes", &self.notes)?;
        m.serialize_entry("categories", &self.categories)?;
        match (&self.photo, full) {
            (Some(Photo::Data { media_type, bytes }), true) => {
                #[derive(Serialize)]
                struct Full<'a> {
                    media_type: &'a str,
                    bytes: usize,
                    data: String,
                }
                let data = crate::b64::encode(bytes);
                let photo = Full {
                    media_type,
                    bytes: bytes.len(),
                    data,
                };
                m.serialize_entry("photo", &photo)?;
            }
            (photo, _) => m.serialize_entry("photo", photo)?,
        }
        if full {
            m.serialize_entry("extras", &self.extras)?;
        }
        let avatar_kind = self.avatar_kind();
        let avatar = Avatar {
            kind: avatar_kind,
            initials: (avatar_kind == "initials").then(|| self.initials()),
        };
        m.serialize_entry("avatar", &avatar)?;
        let actions: Vec<&str> = self.actions().into_iter().map(Action::as_str).collect();
        m.serialize_entry("actions", &actions)?;
        m.serialize_entry("created_at", &self.created_at)?;
        m.serialize_entry("updated_at", &self.updated_at)?;
        m.end()
    }
}

/// Split `mobile:+1 555…` into a label and a value. A label is a short word before the
/// first colon; `tel:`/`mailto:`/`sms:` and URLs are not labels.
pub fn split_label(text: &str) -> (Option<String>, String) {
    if let Some((label, value)) = text.split_once(':') {
        let l = label.trim();
        let is_label = !l.is_empty()
            && l.len() <= 32
            && l.chars().all(|c| c.is_alphanumeric() || " _-".contains(c))
            && !["tel", "mailto", "sms", "http", "https"]
                .contains(&l.to_ascii_lowercase().as_str())
            && !l.chars().all(|c| c.is_ascii_digit());
        if is_label {
            return (Some(l.to_lowercase()), value.trim().to_string());
        }
    }
    (None, text.trim().to_string())
}

/// An email address typed by the user; the error says why it is not one.
pub fn email(label: Option<String>, text: &str) -> anyhow::Result<Email> {
    let address = text.trim();
    let address = address.strip_prefix("mailto:").unwrap_or(address);
    let (local, domain) = address.rsplit_once('@').unwrap_or_default();
    if local.is_empty() || domain.is_empty() || address.contains(char::is_whitespace) {
        anyhow::bail!("{text:?} is not an email address");
    }
    Ok(Email {
        label,
        address: address.to_string(),
    })
}

/// A Han, kana or Hangul character: names in these scripts put the family name first.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{20000}'..='\u{2FA1F}')
}

/// Lowercase, accents removed: the key for case- and accent-insensitive matching.
pub fn fold(s: &str) -> String {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A birthday in the card's form: `YYYY-MM-DD`, or `--MM-DD` without a year. Reads
/// ISO dates, basic `YYYYMMDD`, `--MMDD`, a trailing time, and Apple's year 1604 (no year).
pub fn birthday(text: &str) -> Option<String> {
    let t = text.trim();
    if !t.is_ascii() {
        return None;
    }
    let t = t.split(['T', ' ']).next().unwrap_or(t);
    let (year, rest) = if let Some(rest) = t.strip_prefix("--") {
        (None, rest.replace('-', ""))
    } else {
        let compact = t.replace('-', "");
        if compact.len() != 8 || !compact.is_ascii() {
            return None;
        }
        (Some(compact[..4].to_string()), compact[4..].to_string())
    };
    if rest.len() != 4 || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (m, d): (u32, u32) = (rest[..2].parse().ok()?, rest[2..].parse().ok()?);
    let y: Option<u32> = year.as_deref().and_then(|y| y.parse().ok());
    // Without a year (or Apple's 1604, a leap year), 29 February is a day.
    if !is_date(y.filter(|&y| y != 0 && y != 1604), m, d) {
        return None;
    }
    match year {
        Some(y) if y.bytes().all(|b| b.is_ascii_digit()) && y != "1604" && y != "0000" => {
            Some(format!("{y}-{m:02}-{d:02}"))
        }
        Some(y) if !y.bytes().all(|b| b.is_ascii_digit()) => None,
        _ => Some(format!("--{m:02}-{d:02}")),
    }
}

/// Is this a day of the calendar? Month `m` (1–12) has day `d` in year `y`, or in some
/// year (29 February included) when the year is unknown. Shared by every reader and
/// by the commands that take a date.
pub fn is_date(y: Option<u32>, m: u32, d: u32) -> bool {
    let leap = y.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_dates_are_not_dates() {
        for (input, want) in [
            ("1990-02-31", None),
            ("19850229", None),
            ("1900-02-29", None),
            ("2000-02-29", Some("2000-02-29")),
            ("1984-02-29", Some("1984-02-29")),
            ("--0229", Some("--02-29")),
            ("1604-02-29", Some("--02-29")),
            ("2023-04-31", None),
            ("2023-04-30", Some("2023-04-30")),
            ("--0431", None),
            ("1990-00-10", None),
            ("1990-01-00", None),
        ] {
            assert_eq!(birthday(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn birthdays() {
        for (input, want) in [
            ("1980-03-21", Some("1980-03-21")),
            ("19800321", Some("1980-03-21")),
            ("--1102", Some("--11-02")),
            ("--11-02", Some("--11-02")),
            ("1604-05-09", Some("--05-09")),
            ("1980-03-21T00:00:00Z", Some("1980-03-21")),
            ("1980-13-01", None),
            ("2023-02-30", None),
            ("1990-02-31", None),
            ("19850229", None),
            ("1984-02-29", Some("1984-02-29")),
            ("1900-02-29", None),
            ("2000-02-29", Some("2000-02-29")),
            ("--0229", Some("--02-29")),
            ("1980-04-31", None),
            ("--04-31", None),
            ("+;9©/+;", None),
            ("12é4-5678", None),
            ("yesterday", None),
            ("{\t\"ÃQUO", None),
            ("1980-0é-1", None),
            ("", None),
        ] {
            assert_eq!(birthday(input).as_deref(), want, "{input}");
        }
    }

    #[test]
    fn fold_removes_case_and_accents() {
        for (input, want) in [
            ("José", "jose"),
            ("ÅNGSTRÖM", "angstrom"),
            ("Straße", "strasse"),
            ("Łukasz Øster", "lukasz oster"),
            ("plain", "plain"),
        ] {
            assert_eq!(fold(input), want, "{input}");
        }
    }

    #[test]
    fn initials_from_names_or_display_name() {
        let mut c = Contact {
            display_name: "robin lee".into(),
            ..Contact::default()
        };
        assert_eq!(c.initials(), "RL");
        c.name.given = Some("Émile".into());
        c.name.family = Some("Zola".into());
        assert_eq!(c.initials(), "ÉZ");
        let single = Contact {
            display_name: "Reception".into(),
            ..Contact::default()
        };
        assert_eq!(single.initials(), "R");
    }

    #[test]
    fn services_only_offer_call() {
        let c = Contact {
            kind: Kind::CallQueue,
            source: Source::Company,
            extensions: vec![Extension {
                account: Account::Work,
                number: "600".into(),
            }],
            faxes: vec![Phone {
                label: None,
                number: None,
                raw: "1".into(),
            }],
            ..Contact::default()
        };
        assert_eq!(c.actions(), vec![Action::Call]);
        assert_eq!(c.avatar_kind(), "call_queue");
    }

    #[test]
    fn actions_follow_what_a_contact_has() {
        let phone = |raw: &str, number: Option<&str>| Phone {
            label: None,
            number: number.map(str::to_string),
            raw: raw.into(),
        };
        let names = |c: &Contact| {
            c.actions()
                .into_iter()
                .map(Action::as_str)
                .collect::<Vec<_>>()
        };
        let mut c = Contact::default();
        assert!(names(&c).is_empty());
        c.phones.push(phone("ask reception", None));
        c.faxes.push(phone("n/a", None));
        assert!(names(&c).is_empty(), "unreadable numbers offer nothing");
        c.phones.push(phone("555 010 1234", Some("+15550101234")));
        c.faxes.push(phone("555 010 9999", Some("+15550109999")));
        assert_eq!(names(&c), ["call", "chat", "fax"]);
        let colleague = Contact {
            source: Source::Company,
            extensions: vec![Extension {
                account: Account::Work,
                number: "1234".into(),
            }],
            ..Contact::default()
        };
        assert_eq!(names(&colleague), ["call", "chat", "meet"]);
    }
}
