//! WebDAV over HTTP: requests with Basic auth through `ureq` (rustls, blocking), and
//! the multistatus answers read with `quick-xml` into a small element tree.

use crate::error::remote_failed;
use anyhow::Result;
use quick_xml::events::Event;
use std::time::Duration;

/// An HTTP answer: status, headers we use, body.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub etag: Option<String>,
    pub location: Option<String>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// A WebDAV client: one connection pool, one set of credentials.
pub struct Client {
    agent: ureq::Agent,
    auth: Option<String>,
}

/// The most an answer may hold (a multiget of photos).
const MAX_BODY: u64 = 256 << 20;

impl Client {
    pub fn new(auth: Option<(String, String)>) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .allow_non_standard_methods(true)
            .max_redirects(0)
            .timeout_connect(Some(Duration::from_secs(10)))
            // No limit on a whole answer (a server's first listing of a big address
            // book can take minutes), but one that stops moving is cut off.
            .timeout_per_read(Some(Duration::from_secs(300)))
            .timeout_per_write(Some(Duration::from_secs(60)))
            .user_agent(concat!("kard/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            agent: ureq::Agent::new_with_config(config),
            auth: auth.map(|(u, p)| {
                format!(
                    "Basic {}",
                    crate::b64::encode(format!("{u}:{p}").as_bytes())
                )
            }),
        }
    }

    /// One request. A failure to connect or read is exit 7 naming the URL.
    pub fn send(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Result<Answer> {
        let method_v = ureq::http::Method::from_bytes(method.as_bytes())
            .map_err(|e| anyhow::anyhow!("bad HTTP method {method}: {e}"))?;
        let mut req = ureq::http::Request::builder().method(method_v).uri(url);
        if let Some(auth) = &self.auth {
            req = req.header("Authorization", auth.as_str());
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req
            .body(body.unwrap_or_default().to_vec())
            .map_err(|e| remote_failed(format!("{url}: not a URL kard can request ({e})")))?;
        let res = self
            .agent
            .run(req)
            .map_err(|e| remote_failed(format!("{method} {url}: {e}")))?;
        let status = res.status().as_u16();
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header("etag");
        let location = header("location");
        let body = res
            .into_body()
            .into_with_config()
            .limit(MAX_BODY)
            .read_to_vec()
            .map_err(|e| {
                remote_failed(format!("{method} {url}: the answer was cut short ({e})"))
            })?;
        Ok(Answer {
            status,
            etag,
            location,
            body,
        })
    }

    /// `send`, where anything but 2xx (and the statuses in `also`) is exit 7.
    pub fn expect(
        &self,
        method: &str,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
        also: &[u16],
    ) -> Result<Answer> {
        let a = self.send(method, url, headers, body)?;
        if a.ok() || also.contains(&a.status) {
            Ok(a)
        } else {
            Err(status_error(method, url, &a))
        }
    }
}

/// Exit 7: the method, URL, HTTP status, its reason and the server's own words.
pub fn status_error(method: &str, url: &str, a: &Answer) -> anyhow::Error {
    let reason = ureq::http::StatusCode::from_u16(a.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let said: String = reason_of(&a.text());
    let mut msg = format!("{method} {url}: HTTP {} {reason}", a.status);
    if !said.is_empty() {
        msg.push_str(": ");
        msg.push_str(&said);
    }
    if a.status == 401 {
        msg.push_str(" (wrong user or password?)");
    }
    remote_failed(msg)
}

/// The server's explanation in an error body: its text without markup, on one line,
/// cut at 200 characters.
fn reason_of(body: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(if c.is_control() { ' ' } else { c }),
            _ => {}
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let line = words.join(" ");
    line.chars().take(200).collect()
}

/// An XML element: local name (namespace prefix dropped), attributes, children, text.
#[derive(Debug, Default, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Element>,
    pub text: String,
}

impl Element {
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
    /// The first descendant with this name, depth first.
    pub fn find(&self, name: &str) -> Option<&Element> {
        for c in &self.children {
            if c.name == name {
                return Some(c);
            }
            if let Some(f) = c.find(name) {
                return Some(f);
            }
        }
        None
    }
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn local(name: &[u8]) -> String {
    let n = match name.iter().rposition(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    };
    String::from_utf8_lossy(n).into_owned()
}

/// Parse a whole XML document into its root element.
pub fn parse(xml: &[u8]) -> Result<Element> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut stack: Vec<Element> = vec![Element::default()];
    let mut buf = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| anyhow::anyhow!("bad XML at byte {}: {e}", reader.buffer_position()))?;
        match ev {
            Event::Start(e) | Event::Empty(e) if stack.len() > 256 => {
                anyhow::bail!("XML nested too deep ({})", local(e.name().as_ref()))
            }
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => {
                let el = element(&e);
                if let Some(top) = stack.last_mut() {
                    top.children.push(el);
                }
            }
            Event::End(_) if stack.len() > 1 => {
                let el = stack.pop().unwrap_or_default();
                if let Some(top) = stack.last_mut() {
                    top.children.push(el);
                }
            }
            Event::Text(t) => {
                let text = t
                    .xml10_content()
                    .map_err(|e| anyhow::anyhow!("bad XML text: {e}"))?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&text);
                }
            }
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                let s = match name.as_str() {
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "amp" => "&".to_string(),
                    "apos" => "'".to_string(),
                    "quot" => "\"".to_string(),
                    n => {
                        let code = n
                            .strip_prefix("#x")
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                            .or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()));
                        code.and_then(char::from_u32)
                            .map(String::from)
                            .unwrap_or_default()
                    }
                };
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    while stack.len() > 1 {
        let el = stack.pop().unwrap_or_default();
        if let Some(top) = stack.last_mut() {
            top.children.push(el);
        }
    }
    let doc = stack.pop().unwrap_or_default();
    doc.children
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("an empty XML answer"))
}

fn element(e: &quick_xml::events::BytesStart) -> Element {
    let attrs = e
        .attributes()
        .flatten()
        .map(|a| {
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
            (local(a.key.as_ref()), value)
        })
        .collect();
    Element {
        name: local(e.name().as_ref()),
        attrs,
        children: Vec::new(),
        text: String::new(),
    }
}

/// One `<response>` of a multistatus: its href (percent-decoded), the status of the
/// whole response if given, and the properties found (status 2xx).
#[derive(Debug, Default)]
pub struct Response {
    pub href: String,
    pub status: Option<u16>,
    pub props: Vec<Element>,
}

impl Response {
    pub fn prop(&self, name: &str) -> Option<&Element> {
        self.props.iter().find(|p| p.name == name)
    }
    pub fn prop_text(&self, name: &str) -> Option<String> {
        self.prop(name)
            .map(|p| p.text.trim().to_string())
            .filter(|t| !t.is_empty())
    }
    /// The href inside a property (`current-user-principal`, `addressbook-home-set`).
    pub fn prop_href(&self, name: &str) -> Option<String> {
        self.prop(name)
            .and_then(|p| p.find("href"))
            .map(|h| decode_href(h.text.trim()))
    }
}

/// `HTTP/1.1 404 Not Found` -> 404.
fn status_code(text: &str) -> Option<u16> {
    text.split_whitespace().nth(1)?.parse().ok()
}

/// The responses of a multistatus, and its sync-token if any.
pub fn multistatus(body: &[u8]) -> Result<(Vec<Response>, Option<String>)> {
    let root = parse(body)?;
    if root.name != "multistatus" {
        anyhow::bail!("expected a multistatus answer, got <{}>", root.name);
    }
    let mut out = Vec::new();
    for r in root.all("response") {
        let mut resp = Response {
            href: r
                .child("href")
                .map(|h| decode_href(h.text.trim()))
                .unwrap_or_default(),
            status: r.child("status").and_then(|s| status_code(&s.text)),
            props: Vec::new(),
        };
        for ps in r.all("propstat") {
            let ok = ps
                .child("status")
                .and_then(|s| status_code(&s.text))
                .is_none_or(|s| (200..300).contains(&s));
            if let (true, Some(prop)) = (ok, ps.child("prop")) {
                resp.props.extend(prop.children.iter().cloned());
            }
        }
        out.push(resp);
    }
    let token = root
        .child("sync-token")
        .map(|t| t.text.trim().to_string())
        .filter(|t| !t.is_empty());
    Ok((out, token))
}

/// An href as a path, percent-decoded (a full URL keeps only its path).
pub fn decode_href(href: &str) -> String {
    let path = match href.find("://") {
        Some(i) => href[i + 3..].find('/').map_or("/", |j| &href[i + 3 + j..]),
        None => href,
    };
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned()
}

/// A decoded path made safe for a URL again.
pub fn encode_path(path: &str) -> String {
    const SET: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~')
        .remove(b'@')
        .remove(b'+')
        .remove(b'=');
    percent_encoding::utf8_percent_encode(path, SET).to_string()
}

/// Escape text for an XML body.
pub fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multistatus_with_prefixes_entities_and_removed_cards() {
        let xml = br#"<?xml version="1.0"?>
<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
 <D:response><D:href>/u/book/J%C3%B6rg%20M.vcf</D:href>
  <D:propstat><D:prop><D:getetag>"e1"</D:getetag>
   <C:address-data>BEGIN:VCARD&#13;
FN:A &amp; B
END:VCARD</C:address-data></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
  <D:propstat><D:prop><D:displayname/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
 </D:response>
 <D:response><D:href>http://h:1/u/book/gone.vcf</D:href><D:status>HTTP/1.1 404 Not Found</D:status></D:response>
 <D:sync-token>http://x/sync/7</D:sync-token>
</D:multistatus>"#;
        let (rs, token) = multistatus(xml).unwrap();
        assert_eq!(token.as_deref(), Some("http://x/sync/7"));
        assert_eq!(rs[0].href, "/u/book/Jörg M.vcf");
        assert_eq!(rs[0].prop_text("getetag").as_deref(), Some("\"e1\""));
        assert_eq!(
            rs[0].prop_text("address-data").as_deref(),
            Some("BEGIN:VCARD\r\nFN:A & B\nEND:VCARD")
        );
        assert!(rs[0].prop("displayname").is_none());
        assert_eq!(rs[1].href, "/u/book/gone.vcf");
        assert_eq!(rs[1].status, Some(404));
        assert_eq!(
            encode_path("/u/book/Jörg M.vcf"),
            "/u/book/J%C3%B6rg%20M.vcf"
        );
    }

    #[test]
    fn broken_xml_is_an_error_not_a_panic() {
        for bad in [&b""[..], b"<a>", b"<<<", b"<multistatus><response></x>"] {
            let _ = multistatus(bad);
        }
    }

    #[test]
    fn reasons_lose_markup() {
        assert_eq!(
            reason_of("<html><body><h1>Forbidden</h1>\n<p>no</p></body></html>"),
            "Forbidden no"
        );
    }
}
