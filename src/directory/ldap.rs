//! A directory on an LDAP server (`ldap://HOST[:PORT]/BASE-DN`, `ldaps://`, StartTLS):
//! its entries read with the paged-results control (RFC 2696) and mapped, attribute by
//! attribute, to the rows of a directory file. A search the server cuts short is an
//! error, never a partial directory.

use super::content_sync::{self, Message, Mode, Refresh, Reread};
use super::known::Known;
use super::spool::{hash_bytes, Record};
use super::Read;
use crate::error::Failure;
use crate::formats::directory::make_row;
use crate::formats::BadRecord;
use crate::phone::Region;
use anyhow::{bail, Context, Result};
use ldap3::adapters::{Adapter, EntriesOnly, PagedResults};
use ldap3::asn1::{StructureTag, PL};
use ldap3::controls::{MakeCritical, RefreshMode, SyncRequest};
use ldap3::{LdapConn, LdapConnSettings, LdapError, Scope, SearchEntry};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;
use std::time::Duration;

/// The filter when none is given: people of inetOrgPerson and Active Directory.
pub const DEFAULT_FILTER: &str = "(|(objectClass=inetOrgPerson)(objectClass=user))";

/// Entries asked for at a time; a server with a smaller page or size limit sends fewer.
const PAGE_SIZE: i32 = 500;

/// The fields an attribute can feed: the directory file's columns (without kind,
/// account and presence, which LDAP does not have) and the photo.
pub const FIELDS: &[&str] = &[
    "directory_id",
    "display_name",
    "given_name",
    "family_name",
    "email",
    "department",
    "location",
    "title",
    "extension",
    "phone",
    "mobile",
    "fax",
    "photo",
];

/// The default attribute map (inetOrgPerson and Active Directory), in order of
/// preference for each field. `telephoneNumber` of 2 to 6 digits is an extension.
/// (Active Directory has no entryUUID, OpenLDAP no objectGUID: an entry carrying both
/// is an AD one copied into OpenLDAP, and keeps its AD identity.)
const DEFAULT_MAP: &[(&str, &str)] = &[
    ("objectGUID", "directory_id"),
    ("entryUUID", "directory_id"),
    ("displayName", "display_name"),
    ("cn", "display_name"),
    ("givenName", "given_name"),
    ("sn", "family_name"),
    ("mail", "email"),
    ("department", "department"),
    ("ou", "department"),
    ("l", "location"),
    ("physicalDeliveryOfficeName", "location"),
    ("title", "title"),
    ("ipPhone", "extension"),
    ("telephoneNumber", "phone"),
    ("mobile", "mobile"),
    ("facsimileTelephoneNumber", "fax"),
    ("jpegPhoto", "photo"),
    ("thumbnailPhoto", "photo"),
];

/// An LDAP directory origin: everything but the password, which comes from a command
/// or the environment each time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ldap {
    /// The URL as given (`ldap://host:389/ou=people,dc=example,dc=com`), without any
    /// user or password in it.
    pub url: String,
    #[serde(default)]
    pub starttls: bool,
    #[serde(default)]
    pub bind_dn: Option<String>,
    #[serde(default)]
    pub password_command: Option<String>,
    #[serde(default)]
    pub filter: Option<String>,
    /// `--map ATTR=FIELD`, in the order given: before the default map.
    #[serde(default)]
    pub map: Vec<(String, String)>,
}

/// Is this `directory sync` argument an LDAP URL?
pub fn is_url(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.starts_with("ldap://") || lower.starts_with("ldaps://")
}

/// A `--map ATTR=FIELD` value.
pub fn parse_map(text: &str) -> std::result::Result<(String, String), String> {
    let (attr, field) = text
        .split_once('=')
        .ok_or_else(|| format!("--map {text:?}: expected ATTRIBUTE=FIELD"))?;
    let (attr, field) = (attr.trim(), field.trim().to_ascii_lowercase());
    if attr.is_empty() || !attr.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("--map {text:?}: {attr:?} is not an attribute name"));
    }
    if !FIELDS.contains(&field.as_str()) {
        return Err(format!(
            "--map {text:?}: unknown field {field:?} (fields: {})",
            FIELDS.join(", ")
        ));
    }
    Ok((attr.to_string(), field))
}

/// The parts of an LDAP URL: the server (`scheme://host:port`) and the base DN.
fn split_url(url: &str) -> Result<(String, String)> {
    let parsed = url::Url::parse(url).map_err(|e| usage(format!("{url}: not an LDAP URL: {e}")))?;
    let Some(host) = parsed.host_str().filter(|h| !h.is_empty()) else {
        bail!(usage(format!(
            "{url}: no server in the URL (ldap://HOST[:PORT]/BASE-DN)"
        )));
    };
    if !parsed.username().is_empty() || parsed.password().is_some() {
        bail!(usage(format!(
            "{}: no user or password in the URL; use --bind-dn and --password-command or KARD_LDAP_PASSWORD",
            without_user(url)
        )));
    }
    let scheme = parsed.scheme().to_ascii_lowercase();
    let port = parsed
        .port()
        .unwrap_or(if scheme == "ldaps" { 636 } else { 389 });
    let path = parsed.path().trim_start_matches('/');
    let base = percent_decode(path);
    if base.is_empty() {
        bail!(usage(format!(
            "{url}: no base DN in the URL (ldap://HOST[:PORT]/BASE-DN)"
        )));
    }
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    Ok((format!("{scheme}://{host}:{port}"), base))
}

fn usage(msg: String) -> anyhow::Error {
    Failure::Usage(msg).into()
}

/// The URL with any `user:password@` taken out (for messages).
pub fn without_user(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if !u.username().is_empty() || u.password().is_some() => {
            let _ = u.set_username("");
            let _ = u.set_password(None);
            u.to_string()
        }
        _ => url.to_string(),
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A remote failure (exit 7) naming the URL.
fn remote(url: &str, what: String) -> anyhow::Error {
    Failure::Remote(format!("{url}: {what}")).into()
}

/// An LDAP error as a message: the result code and its name, and the server's text.
fn describe(e: &LdapError) -> String {
    match e {
        LdapError::LdapResult { result } => result_text(result.rc, &result.text),
        other => other.to_string(),
    }
}

fn result_text(rc: u32, text: &str) -> String {
    let name = match rc {
        1 => "operationsError",
        2 => "protocolError",
        3 => "timeLimitExceeded",
        4 => "sizeLimitExceeded",
        7 => "authMethodNotSupported",
        8 => "strongerAuthRequired",
        10 => "referral",
        11 => "adminLimitExceeded",
        12 => "unavailableCriticalExtension",
        13 => "confidentialityRequired",
        32 => "noSuchObject",
        34 => "invalidDNSyntax",
        48 => "inappropriateAuthentication",
        49 => "invalidCredentials",
        50 => "insufficientAccessRights",
        51 => "busy",
        52 => "unavailable",
        53 => "unwillingToPerform",
        80 => "other",
        _ => "error",
    };
    let text = text.trim();
    if text.is_empty() {
        format!("LDAP result {rc} ({name})")
    } else {
        format!("LDAP result {rc} ({name}): {text}")
    }
}

/// The bind password: the first line of `--password-command`'s output (run without a
/// shell), else `KARD_LDAP_PASSWORD`.
fn password(origin: &Ldap) -> Result<String> {
    if let Some(cmd) = &origin.password_command {
        let mut words = cmd.split_whitespace();
        let program = words
            .next()
            .ok_or_else(|| usage("--password-command is empty".into()))?;
        let out = std::process::Command::new(program)
            .args(words)
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::inherit())
            .output()
            .with_context(|| format!("cannot run the password command {program:?}"))?;
        if !out.status.success() {
            bail!("the password command {program:?} failed ({})", out.status);
        }
        let text = String::from_utf8_lossy(&out.stdout);
        return Ok(text.lines().next().unwrap_or("").to_string());
    }
    match std::env::var("KARD_LDAP_PASSWORD") {
        Ok(p) => Ok(p),
        Err(_) => Err(usage(
            "--bind-dn needs a password: --password-command CMD or KARD_LDAP_PASSWORD".into(),
        )),
    }
}

/// Read the directory into `sink`, as rows: in `Mode::Plain` every entry, paged; in
/// `Mode::Sync` a content sync (`content_sync`), whose news it returns. Fails (exit 7)
/// if the server cannot be reached, refuses the bind or the search, or ends it early;
/// with `Reread` if it refuses the content sync or its cookie. A delta reads the entry
/// of entryUUID `also` (your profile's, compared in full each time) too.
pub(crate) fn read(
    origin: &Ldap,
    region: Region,
    known: &Known,
    mode: &Mode,
    also: Option<&str>,
    sink: &mut dyn FnMut(std::result::Result<Read, BadRecord>) -> Result<()>,
) -> Result<Option<Refresh>> {
    let url = &origin.url;
    let (server, base) = split_url(url)?;
    let password = match &origin.bind_dn {
        Some(_) => Some(password(origin)?),
        None => None,
    };
    let settings = LdapConnSettings::new()
        .set_conn_timeout(Duration::from_secs(15))
        .set_starttls(origin.starttls);
    let mut conn = LdapConn::with_settings(settings, &server)
        .map_err(|e| remote(url, format!("cannot connect: {}", describe(&e))))?;
    conn.with_timeout(Duration::from_secs(120));
    if let (Some(dn), Some(pw)) = (&origin.bind_dn, &password) {
        conn.simple_bind(dn, pw)
            .and_then(|r| r.success())
            .map_err(|e| remote(url, format!("bind as {dn:?} refused: {}", describe(&e))))?;
    }
    let map = attribute_map(&origin.map);
    let mut attrs: Vec<String> = map.iter().map(|(a, _)| a.clone()).collect();
    attrs.sort_unstable_by_key(|a| a.to_ascii_lowercase());
    attrs.dedup_by_key(|a| a.to_ascii_lowercase());
    let filter = origin.filter.as_deref().unwrap_or(DEFAULT_FILTER);
    let mut refresh = None;
    let mut also = also.filter(|_| matches!(mode, Mode::Sync(Some(_))));
    let adapters: Vec<Box<dyn Adapter<_, _>>> = match mode {
        Mode::Plain => vec![
            Box::new(EntriesOnly::new()),
            Box::new(PagedResults::new(PAGE_SIZE)),
        ],
        Mode::Sync(cookie) => {
            conn.with_controls(
                SyncRequest {
                    mode: RefreshMode::RefreshOnly,
                    cookie: cookie.clone(),
                    reload_hint: false,
                }
                .critical(),
            );
            refresh = Some(Refresh {
                delta: cookie.is_some(),
                ids_are_uuids: true,
                ..Refresh::default()
            });
            Vec::new()
        }
    };
    let mut search =
        match conn.streaming_search_with(adapters, &base, Scope::Subtree, filter, attrs.clone()) {
            Ok(search) => search,
            Err(LdapError::LdapResult { result }) if refresh.is_some() => {
                return Err(refused(url, result.rc, &result.text));
            }
            Err(e) => bail!(remote(url, format!("search refused: {}", describe(&e)))),
        };
    let mut n = 0;
    loop {
        let entry = match search.next() {
            Ok(Some(entry)) => entry,
            Ok(None) => break,
            Err(e) => {
                bail!(remote(
                    url,
                    format!(
                        "the search was cut short after {n} entries: {}; nothing was changed",
                        describe(&e)
                    )
                ))
            }
        };
        let mut uuid = None;
        if let Some(r) = refresh.as_mut() {
            let news = content_sync::message(&entry).map_err(|e| remote(url, e))?;
            match news {
                Message::Changed(u) => {
                    if also == Some(u.as_str()) {
                        also = None;
                    }
                    uuid = Some(u);
                }
                Message::Deleted(u) => {
                    r.deleted.push(u);
                    continue;
                }
                Message::Present(u) => {
                    r.present.get_or_insert_with(Vec::new).push(u);
                    continue;
                }
                Message::Info(info) => {
                    r.take(info);
                    continue;
                }
                Message::Other => continue,
            }
        }
        n += 1;
        let raw = entry_hash(known.seed, &entry.0);
        if known.contains(raw) {
            if let (Some(r), Some(u)) = (refresh.as_mut(), &uuid) {
                let id = known.get(raw).map_or(0, |s| s.id);
                r.ids_are_uuids &= id == hash_bytes(u.as_bytes());
            }
            sink(Ok(Read::Known { line: n, raw }))?;
            continue;
        }
        // ldap3 panics on an entry it cannot decode: a server's garbage is an error.
        let entry = std::panic::catch_unwind(|| SearchEntry::construct(entry))
            .map_err(|_| remote(url, "the server sent an entry that is not LDAP".into()))?;
        let record = record(n, &entry, &map, region);
        if let (Some(r), Some(u), Ok(record)) = (refresh.as_mut(), &uuid, &record) {
            r.ids_are_uuids &= record.row.directory_id == *u;
        }
        sink(record.map(|r| Read::Whole(Box::new(r), raw)))?;
    }
    let result = search.result();
    if result.rc != 0 {
        if refresh.is_some() {
            return Err(refused(url, result.rc, &result.text));
        }
        let what = if result.rc == 32 {
            format!(
                "base DN {base:?} not found: {}",
                result_text(result.rc, &result.text)
            )
        } else {
            format!(
                "the search was cut short after {n} entries: {}; nothing was changed",
                result_text(result.rc, &result.text)
            )
        };
        bail!(remote(url, what));
    }
    if let Some(uuid) = also.filter(|u| content_sync::is_uuid(u)) {
        let one = format!("(&{filter}(entryUUID={uuid}))");
        let (entries, _) = conn
            .search(&base, Scope::Subtree, &one, attrs.clone())
            .and_then(|r| r.success())
            .map_err(|e| remote(url, format!("search refused: {}", describe(&e))))?;
        for entry in entries {
            n += 1;
            let raw = entry_hash(known.seed, &entry.0);
            let entry = std::panic::catch_unwind(|| SearchEntry::construct(entry))
                .map_err(|_| remote(url, "the server sent an entry that is not LDAP".into()))?;
            sink(record(n, &entry, &map, region).map(|r| Read::Whole(Box::new(r), raw)))?;
        }
    }
    if let Some(r) = refresh.as_mut() {
        if let Some(done) = content_sync::done(&result.ctrls).map_err(|e| remote(url, e))? {
            if done.cookie.is_some() {
                r.cookie = done.cookie;
            }
            if !done.refresh_deletes && r.delta {
                r.present.get_or_insert_with(Vec::new);
            }
        }
    }
    let _ = conn.unbind();
    Ok(refresh)
}

/// A content sync the server did not serve: read again (`Reread`), or, for a base DN
/// that is not there or a bind that may not read, the error a plain read would give.
fn refused(url: &str, rc: u32, text: &str) -> anyhow::Error {
    match rc {
        content_sync::REFRESH_REQUIRED => Reread::NoCookie.into(),
        32 => remote(url, format!("base DN not found: {}", result_text(rc, text))),
        _ => Reread::Plain.into(),
    }
}

/// The hash of an entry as the server sent it: its DN and its attributes' names and
/// values, in the order sent (a server that reorders them only has them read again),
/// from the BER elements, before they are made a `SearchEntry`.
fn entry_hash(seed: u64, entry: &StructureTag) -> u64 {
    fn feed(h: &mut impl Hasher, tag: &StructureTag) {
        h.write_u64(tag.id);
        match &tag.payload {
            PL::P(bytes) => {
                h.write_u8(0);
                h.write_usize(bytes.len());
                h.write(bytes);
            }
            PL::C(tags) => {
                h.write_u8(1);
                h.write_usize(tags.len());
                for t in tags {
                    feed(h, t);
                }
            }
        }
    }
    #[allow(deprecated)]
    let mut h = std::hash::SipHasher::new();
    h.write_u64(seed);
    feed(&mut h, entry);
    h.finish()
}

/// `--map` first, then the default map: (attribute, field) in order of preference.
fn attribute_map(custom: &[(String, String)]) -> Vec<(String, String)> {
    custom
        .iter()
        .cloned()
        .chain(
            DEFAULT_MAP
                .iter()
                .map(|(a, f)| (a.to_string(), f.to_string())),
        )
        .collect()
}

/// An attribute's values, as text, whatever the case of its name.
fn texts<'e>(entry: &'e SearchEntry, attr: &str) -> Vec<std::borrow::Cow<'e, str>> {
    let mut out = Vec::new();
    for (name, values) in &entry.attrs {
        if name.eq_ignore_ascii_case(attr) {
            out.extend(
                values
                    .iter()
                    .map(|v| std::borrow::Cow::Borrowed(v.as_str())),
            );
        }
    }
    for (name, values) in &entry.bin_attrs {
        if name.eq_ignore_ascii_case(attr) {
            out.extend(
                values
                    .iter()
                    .map(|v| std::borrow::Cow::Owned(String::from_utf8_lossy(v).into_owned())),
            );
        }
    }
    out
}

fn bytes(entry: &SearchEntry, attr: &str) -> Option<Vec<u8>> {
    for (name, values) in &entry.bin_attrs {
        if name.eq_ignore_ascii_case(attr) {
            if let Some(v) = values.first() {
                return Some(v.clone());
            }
        }
    }
    for (name, values) in &entry.attrs {
        if name.eq_ignore_ascii_case(attr) {
            if let Some(v) = values.first() {
                return Some(v.as_bytes().to_vec());
            }
        }
    }
    None
}

/// Active Directory's objectGUID (16 bytes) as it shows it: the first three groups
/// little-endian.
fn guid(b: &[u8]) -> Option<String> {
    let b: &[u8; 16] = b.try_into().ok()?;
    Some(format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
    ))
}

/// 2 to 6 digits: an internal extension, not a phone number.
fn is_extension(text: &str) -> bool {
    let t = text.trim();
    (2..=6).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// One entry as a directory row (the `n`th of the search, placed on "line" n).
fn record(
    n: usize,
    entry: &SearchEntry,
    map: &[(String, String)],
    region: Region,
) -> std::result::Result<Record, BadRecord> {
    let mut cells: std::collections::HashMap<&str, Vec<String>> = Default::default();
    let mut photo = None;
    let mut directory_id = None;
    for (attr, field) in map {
        match field.as_str() {
            "photo" => {
                if photo.is_none() {
                    photo = bytes(entry, attr).filter(|b| !b.is_empty());
                }
            }
            "directory_id" => {
                if directory_id.is_none() {
                    directory_id = if attr.eq_ignore_ascii_case("objectGUID") {
                        bytes(entry, attr).and_then(|b| guid(&b))
                    } else {
                        texts(entry, attr).first().map(|v| v.trim().to_string())
                    }
                    .filter(|v| !v.is_empty());
                }
            }
            field => {
                for v in texts(entry, attr) {
                    let v = v.trim();
                    if v.is_empty() {
                        continue;
                    }
                    let field = if field == "phone" && is_extension(v) {
                        "extension"
                    } else {
                        field
                    };
                    let list = cells.entry(field).or_default();
                    if !list.iter().any(|x| x == v) {
                        list.push(v.to_string());
                    }
                }
            }
        }
    }
    let directory_id = directory_id.unwrap_or_else(|| entry.dn.clone());
    let first = |name: &str| cells.get(name).and_then(|v| v.first()).cloned();
    let get = |name: &str| -> std::result::Result<String, String> {
        Ok(match name {
            "directory_id" => directory_id.clone(),
            "kind" => "user".to_string(),
            // One value each: the first, in the map's order of preference.
            "display_name" | "given_name" | "family_name" | "department" | "location" | "title"
            | "extension" => first(name).unwrap_or_default(),
            // The first address that is one.
            "email" => cells
                .get("email")
                .and_then(|v| v.iter().find(|e| e.contains('@') && !e.contains(' ')))
                .cloned()
                .unwrap_or_default(),
            "phone" | "mobile" | "fax" => cells
                .get(name)
                .map(|v| {
                    v.iter()
                        .filter(|x| x.bytes().any(|b| b.is_ascii_digit()))
                        .map(|x| x.replace([',', ';', ':', '|'], " "))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default(),
            _ => String::new(),
        })
    };
    let row = make_row(n, get, region).map_err(|e| BadRecord {
        line: e.line,
        reason: format!("{}: {}", entry.dn, e.reason),
    })?;
    Ok(Record {
        row,
        photo: photo.map(|b| (media_type(&b).to_string(), b)),
    })
}

fn media_type(b: &[u8]) -> &'static str {
    if b.starts_with(b"\x89PNG") {
        "image/png"
    } else if b.starts_with(b"GIF8") {
        "image/gif"
    } else {
        "image/jpeg"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_server_and_base() {
        let cases = [
            (
                "ldap://127.0.0.1:3890/dc=example,dc=com",
                "ldap://127.0.0.1:3890",
                "dc=example,dc=com",
            ),
            (
                "ldaps://ad.corp.example/ou=People%20EU,dc=corp",
                "ldaps://ad.corp.example:636",
                "ou=People EU,dc=corp",
            ),
            ("ldap://dir/o=Acme", "ldap://dir:389", "o=Acme"),
        ];
        for (url, server, base) in cases {
            let (s, b) = split_url(url).unwrap();
            assert_eq!((s.as_str(), b.as_str()), (server, base), "{url}");
        }
        for bad in ["ldap://host", "ldap:///dc=x", "ldap://u:secret@host/dc=x"] {
            let e = split_url(bad).unwrap_err().to_string();
            assert!(!e.contains("secret"), "{e}");
        }
    }

    #[test]
    fn a_refused_content_sync_reads_again() {
        let why = |rc| {
            refused("ldap://h/dc=x", rc, "")
                .downcast_ref::<Reread>()
                .copied()
        };
        assert_eq!(why(content_sync::REFRESH_REQUIRED), Some(Reread::NoCookie));
        for rc in [2, 4, 11, 12, 50, 53] {
            assert_eq!(why(rc), Some(Reread::Plain), "{rc}");
        }
        assert_eq!(why(32), None);
    }

    #[test]
    fn maps_and_guids() {
        assert_eq!(parse_map("ipPhone=extension").unwrap().1, "extension");
        assert!(parse_map("ipPhone").is_err());
        assert!(parse_map("ipPhone=shoe").is_err());
        let g = guid(&[
            0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd,
            0xee, 0xff,
        ]);
        assert_eq!(g.as_deref(), Some("00112233-4455-6677-8899-aabbccddeeff"));
        assert!(is_extension("4711") && !is_extension("1") && !is_extension("+1 212 555 0100"));
    }
}
