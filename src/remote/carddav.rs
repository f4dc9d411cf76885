//! CardDAV (RFC 6352): discovery of address books (RFC 6764), changes by sync-collection
//! (RFC 6578) or by a PROPFIND of ETags, addressbook-multiget in batches, and
//! conditional PUT and DELETE.

use super::dav::{self, encode_path, multistatus, status_error, xml_escape, Client};
use super::{Changes, Fetched, Listed, Remote, Written};
use crate::error::{remote_failed, usage};
use crate::formats::vcard::Version;
use anyhow::Result;

/// Cards fetched by one addressbook-multiget.
const MULTIGET_BATCH: usize = 100;

/// An address book found by discovery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    /// The collection's full URL.
    pub url: String,
    pub name: Option<String>,
    pub version: Option<&'static str>,
}

impl Book {
    /// What `--book` matches: the display name, or the last segment of the path.
    fn matches(&self, wanted: &str) -> bool {
        let segment = self
            .url
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or("");
        self.name
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(wanted))
            || segment.eq_ignore_ascii_case(wanted)
            || self.url == wanted
    }
}

pub struct CardDav {
    client: Client,
    /// scheme://host[:port]
    origin: String,
    /// The collection's path, decoded, ending in `/`.
    path: String,
    version: Version,
}

const PROPFIND_BOOK: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/">
 <d:prop><d:resourcetype/><d:displayname/><d:current-user-principal/><c:addressbook-home-set/>
 <c:supported-address-data/><d:sync-token/><cs:getctag/><d:supported-report-set/></d:prop>
</d:propfind>"#;

const PROPFIND_ETAGS: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/></d:prop></d:propfind>"#;

const PROPFIND_CTAG: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><cs:getctag/><d:sync-token/></d:prop></d:propfind>"#;

fn split_url(url: &str) -> Result<(String, String)> {
    let parsed = url::Url::parse(url).map_err(|e| usage(format!("{url:?} is not a URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(usage(format!(
            "{url:?}: expected an http:// or https:// URL"
        )));
    }
    let origin = parsed.origin().ascii_serialization();
    let path = dav::decode_href(parsed.path());
    Ok((origin, path))
}

/// The vCard version a collection's `supported-address-data` asks for: 3.0 when it
/// offers only 3.0, else 4.0.
fn version_of(resp: &dav::Response) -> Option<&'static str> {
    let data = resp.prop("supported-address-data")?;
    let versions: Vec<&str> = data
        .all("address-data-type")
        .filter_map(|t| t.attr("version"))
        .collect();
    if versions.is_empty() {
        return None;
    }
    Some(if versions.contains(&"4.0") {
        "4.0"
    } else {
        "3.0"
    })
}

fn is_book(resp: &dav::Response) -> bool {
    resp.prop("resourcetype")
        .is_some_and(|t| t.child("addressbook").is_some())
}

impl CardDav {
    pub fn new(client: Client, url: &str, version: Option<&str>) -> Result<CardDav> {
        let (origin, mut path) = split_url(url)?;
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(CardDav {
            client,
            origin,
            path,
            version: if version == Some("3.0") {
                Version::V3
            } else {
                Version::V4
            },
        })
    }

    fn url_of(&self, path: &str) -> String {
        format!("{}{}", self.origin, encode_path(path))
    }

    fn collection_url(&self) -> String {
        self.url_of(&self.path)
    }

    fn is_collection(&self, href: &str) -> bool {
        href.trim_end_matches('/') == self.path.trim_end_matches('/')
    }

    /// The full listing: sync-collection with an empty token where the server takes
    /// it, else a Depth 1 PROPFIND of ETags.
    fn full(&mut self) -> Result<Changes> {
        let url = self.collection_url();
        let a = self.client.send(
            "REPORT",
            &url,
            &[
                ("Depth", "1"),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            Some(sync_body("").as_bytes()),
        )?;
        if a.status == 207 {
            let (rs, token) = multistatus(&a.body).map_err(|e| bad_answer(&url, e))?;
            let cards = rs
                .into_iter()
                .filter(|r| !self.is_collection(&r.href) && r.status.is_none_or(|s| s < 300))
                .map(|r| Listed {
                    etag: r.prop_text("getetag"),
                    href: r.href,
                })
                .collect();
            return Ok(Changes::Full {
                cards,
                token,
                ctag: None,
            });
        }
        if matches!(a.status, 401 | 404) || a.status >= 500 {
            return Err(status_error("REPORT", &url, &a));
        }
        // No sync-collection here: the ctag, then every card's ETag.
        let ctag = self.ctag()?;
        let a = self.client.expect(
            "PROPFIND",
            &url,
            &[
                ("Depth", "1"),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            Some(PROPFIND_ETAGS.as_bytes()),
            &[],
        )?;
        let (rs, _) = multistatus(&a.body).map_err(|e| bad_answer(&url, e))?;
        let cards = rs
            .into_iter()
            .filter(|r| {
                !self.is_collection(&r.href)
                    && r.prop("resourcetype").is_none_or(|t| t.children.is_empty())
            })
            .map(|r| Listed {
                etag: r.prop_text("getetag"),
                href: r.href,
            })
            .collect();
        Ok(Changes::Full {
            cards,
            token: None,
            ctag,
        })
    }

    fn ctag(&mut self) -> Result<Option<String>> {
        let url = self.collection_url();
        let a = self.client.expect(
            "PROPFIND",
            &url,
            &[
                ("Depth", "0"),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            Some(PROPFIND_CTAG.as_bytes()),
            &[],
        )?;
        let (rs, _) = multistatus(&a.body).map_err(|e| bad_answer(&url, e))?;
        Ok(rs.first().and_then(|r| r.prop_text("getctag")))
    }
}

fn sync_body(token: &str) -> String {
    let token = if token.is_empty() {
        "<d:sync-token/>".to_string()
    } else {
        format!("<d:sync-token>{}</d:sync-token>", xml_escape(token))
    };
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:">{token}<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"#
    )
}

fn bad_answer(url: &str, e: anyhow::Error) -> anyhow::Error {
    remote_failed(format!("{url}: the server's answer cannot be read ({e:#})"))
}

impl Remote for CardDav {
    fn changes(&mut self, token: Option<&str>, ctag: Option<&str>) -> Result<Changes> {
        let url = self.collection_url();
        if let Some(token) = token.filter(|t| !t.is_empty()) {
            let a = self.client.send(
                "REPORT",
                &url,
                &[
                    ("Depth", "1"),
                    ("Content-Type", "application/xml; charset=utf-8"),
                ],
                Some(sync_body(token).as_bytes()),
            )?;
            if a.status == 207 {
                let (rs, new_token) = multistatus(&a.body).map_err(|e| bad_answer(&url, e))?;
                let mut changed = Vec::new();
                let mut removed = Vec::new();
                for r in rs {
                    if self.is_collection(&r.href) {
                        continue;
                    }
                    if r.status == Some(404) {
                        removed.push(r.href);
                    } else {
                        changed.push(Listed {
                            etag: r.prop_text("getetag"),
                            href: r.href,
                        });
                    }
                }
                return Ok(Changes::Delta {
                    changed,
                    removed,
                    token: new_token.unwrap_or_else(|| token.to_string()),
                });
            }
            // An expired or unknown token: one full comparison.
            // RFC 6578 says 403 with valid-sync-token; Xandikos answers 412.
            let text = a.text().to_ascii_lowercase();
            let expired = matches!(a.status, 400 | 403 | 409 | 412)
                && (text.contains("valid-sync-token") || text.contains("token"));
            if !expired {
                return Err(status_error("REPORT", &url, &a));
            }
            return self.full();
        }
        if let Some(old) = ctag {
            if self.ctag()?.as_deref() == Some(old) {
                return Ok(Changes::Unchanged);
            }
        }
        self.full()
    }

    fn fetch(&mut self, hrefs: &[String]) -> Result<Vec<Fetched>> {
        let url = self.collection_url();
        let mut out = Vec::with_capacity(hrefs.len());
        for batch in hrefs.chunks(MULTIGET_BATCH) {
            let mut body = String::from(
                r#"<?xml version="1.0" encoding="utf-8"?>
<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><c:address-data/></d:prop>"#,
            );
            for h in batch {
                body.push_str("<d:href>");
                body.push_str(&xml_escape(&encode_path(h)));
                body.push_str("</d:href>");
            }
            body.push_str("</c:addressbook-multiget>");
            let a = self.client.expect(
                "REPORT",
                &url,
                &[
                    ("Depth", "1"),
                    ("Content-Type", "application/xml; charset=utf-8"),
                ],
                Some(body.as_bytes()),
                &[],
            )?;
            let (rs, _) = multistatus(&a.body).map_err(|e| bad_answer(&url, e))?;
            for r in rs {
                if let Some(text) = r.prop("address-data").map(|p| p.text.clone()) {
                    if r.status.is_none_or(|s| s < 300) && !text.trim().is_empty() {
                        out.push(Fetched {
                            etag: r.prop_text("getetag"),
                            href: r.href,
                            text,
                        });
                    }
                }
            }
        }
        Ok(out)
    }

    fn put(&mut self, href: &str, text: &str, etag: Option<&str>) -> Result<Written> {
        let url = self.url_of(href);
        let cond = match etag {
            Some(e) => ("If-Match", e),
            None => ("If-None-Match", "*"),
        };
        let a = self.client.send(
            "PUT",
            &url,
            &[cond, ("Content-Type", "text/vcard; charset=utf-8")],
            Some(text.as_bytes()),
        )?;
        match a.status {
            412 => Ok(Written::Changed),
            s if (200..300).contains(&s) => Ok(Written::Done(a.etag)),
            _ => Err(status_error("PUT", &url, &a)),
        }
    }

    fn delete(&mut self, href: &str, etag: Option<&str>) -> Result<Written> {
        let url = self.url_of(href);
        let headers: Vec<(&str, &str)> = etag.map(|e| ("If-Match", e)).into_iter().collect();
        let a = self.client.send("DELETE", &url, &headers, None)?;
        match a.status {
            412 => Ok(Written::Changed),
            404 | 410 => Ok(Written::Done(None)),
            s if (200..300).contains(&s) => Ok(Written::Done(None)),
            _ => Err(status_error("DELETE", &url, &a)),
        }
    }

    fn new_href(&self, uid: &str) -> String {
        format!("{}{}", self.path, super::file_name(uid))
    }

    fn version(&self) -> Version {
        self.version
    }
}

/// The address book a `remote add` URL names: the URL itself when it is one, else the
/// books found from it (RFC 6764 well-known URL, principal, home set); with several,
/// `--book` chooses (exit 2 listing them without it).
pub fn discover(client: &Client, url: &str, wanted: Option<&str>) -> Result<Book> {
    let (origin, path) = split_url(url)?;
    let props = |path: &str, depth: &str| -> Result<(u16, Vec<dav::Response>, Option<String>)> {
        let full = format!("{origin}{}", encode_path(path));
        let a = client.send(
            "PROPFIND",
            &full,
            &[
                ("Depth", depth),
                ("Content-Type", "application/xml; charset=utf-8"),
            ],
            Some(PROPFIND_BOOK.as_bytes()),
        )?;
        if a.status == 207 {
            let (rs, _) = multistatus(&a.body).map_err(|e| bad_answer(&full, e))?;
            return Ok((207, rs, None));
        }
        if a.status == 401 {
            return Err(status_error("PROPFIND", &full, &a));
        }
        let location = a
            .location
            .clone()
            .filter(|_| (300..400).contains(&a.status));
        Ok((a.status, Vec::new(), location))
    };
    // Follow redirects ourselves (the method and credentials must stay).
    let follow = |mut path: String, depth: &str| -> Result<(String, Vec<dav::Response>)> {
        for _ in 0..5 {
            let (status, rs, location) = props(&path, depth)?;
            match location {
                Some(loc) => path = dav::decode_href(&loc),
                None if status == 207 => return Ok((path, rs)),
                None => return Ok((path, Vec::new())),
            }
        }
        Ok((path, Vec::new()))
    };
    let (path, rs) = follow(path, "0")?;
    if let Some(r) = rs.first() {
        if is_book(r) {
            return Ok(Book {
                url: format!("{origin}{}", encode_path(&path)),
                name: r.prop_text("displayname"),
                version: version_of(r),
            });
        }
    }
    let mut home = rs.first().and_then(|r| r.prop_href("addressbook-home-set"));
    let mut principal = rs
        .first()
        .and_then(|r| r.prop_href("current-user-principal"));
    if home.is_none() && principal.is_none() {
        let (_, wk) = follow("/.well-known/carddav".to_string(), "0")?;
        principal = wk
            .first()
            .and_then(|r| r.prop_href("current-user-principal"));
        home = wk.first().and_then(|r| r.prop_href("addressbook-home-set"));
    }
    if home.is_none() {
        if let Some(p) = principal {
            let (_, prs) = follow(p, "0")?;
            home = prs
                .first()
                .and_then(|r| r.prop_href("addressbook-home-set"));
        }
    }
    let home = home.unwrap_or(path);
    let (_, rs) = follow(home.clone(), "1")?;
    let books: Vec<Book> = rs
        .iter()
        .filter(|r| is_book(r))
        .map(|r| Book {
            url: format!("{origin}{}", encode_path(&r.href)),
            name: r.prop_text("displayname"),
            version: version_of(r),
        })
        .collect();
    let chosen: Vec<&Book> = match wanted {
        Some(w) => books.iter().filter(|b| b.matches(w)).collect(),
        None => books.iter().collect(),
    };
    match chosen.as_slice() {
        [one] => Ok((*one).clone()),
        [] if books.is_empty() => Err(remote_failed(format!(
            "{url}: no address book found there (looked in {origin}{})",
            encode_path(&home)
        ))),
        list => {
            let names: Vec<String> = (if list.is_empty() {
                books.iter().collect()
            } else {
                list.to_vec()
            })
            .iter()
            .map(|b| match &b.name {
                Some(n) => format!("  {n}  {}", b.url),
                None => format!("  {}", b.url),
            })
            .collect();
            let what = match wanted {
                Some(w) if list.is_empty() => format!("no address book is named {w:?}"),
                _ => "several address books found; choose one with --book".to_string(),
            };
            Err(usage(format!("{url}: {what}:\n{}", names.join("\n"))))
        }
    }
}
