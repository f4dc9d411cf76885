//! CardDAV servers for the sync tests: Radicale and Xandikos, found on PATH, started on
//! 127.0.0.1 with a free port and a throwaway folder, stopped by their own PID (kill
//! and wait) when dropped. A missing server skips the test with a message, except
//! under CI=true, where it fails.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Radicale,
    Xandikos,
}

pub const KINDS: [Kind; 2] = [Kind::Radicale, Kind::Xandikos];

pub const USER: &str = "ann";
pub const PASSWORD: &str = "s3cret";

pub struct Server {
    pub kind: Kind,
    pub port: u16,
    pub dir: TempDir,
    child: Option<Child>,
    exe: PathBuf,
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Server {
    /// Start one, or None (with a message) when it is not installed outside CI.
    pub fn start(kind: Kind) -> Option<Server> {
        let name = match kind {
            Kind::Radicale => "radicale",
            Kind::Xandikos => "xandikos",
        };
        let Some(exe) = on_path(name) else {
            if std::env::var("CI").as_deref() == Ok("true") {
                panic!("{name} is not on PATH (scripts/test installs it)");
            }
            eprintln!("skipped: {name} is not on PATH (scripts/test installs it)");
            return None;
        };
        let mut s = Server {
            kind,
            port: free_port(),
            dir: tempfile::tempdir().unwrap(),
            child: None,
            exe,
        };
        s.launch();
        if kind == Kind::Radicale {
            s.mkcol("contacts", "Contacts");
        }
        Some(s)
    }

    fn launch(&mut self) {
        let dir = self.dir.path();
        let mut cmd = Command::new(&self.exe);
        match self.kind {
            Kind::Radicale => {
                std::fs::write(dir.join("users"), format!("{USER}:{PASSWORD}\n")).unwrap();
                let config = format!(
                    "[server]\nhosts = 127.0.0.1:{port}\n\
                     [auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\ndelay = 0\n\
                     [storage]\nfilesystem_folder = {col}\n\
                     [rights]\ntype = owner_only\n\
                     [logging]\nlevel = warning\n",
                    port = self.port,
                    users = dir.join("users").display(),
                    col = dir.join("collections").display(),
                );
                std::fs::write(dir.join("config"), config).unwrap();
                cmd.arg("--config").arg(dir.join("config"));
            }
            Kind::Xandikos => {
                cmd.args(["serve", "--defaults", "-l", "127.0.0.1", "-p"])
                    .arg(self.port.to_string())
                    .arg("-d")
                    .arg(dir.join("data"))
                    .arg("--state-dir")
                    .arg(dir.join("state"));
            }
        }
        let log = std::fs::File::create(dir.join("log")).unwrap();
        cmd.stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .env("HOME", dir);
        self.child = Some(cmd.spawn().unwrap());
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "{:?} did not start: {}",
                self.kind,
                std::fs::read_to_string(dir.join("log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stop it as a service manager does (SIGTERM, by its PID), so that it can leave its
    /// storage clean (a SIGKILLed Xandikos leaves its git index locked: 423 after).
    pub fn stop_gently(&mut self) {
        if let Some(child) = &self.child {
            let _ = Command::new("kill")
                .args(["-TERM", &child.id().to_string()])
                .status();
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(10) {
                if let Some(c) = self.child.as_mut() {
                    if c.try_wait().ok().flatten().is_some() {
                        self.child = None;
                        return;
                    }
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        self.stop();
    }

    /// Start again on the same port and folder.
    pub fn restart(&mut self) {
        self.stop_gently();
        self.launch();
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The address book kard is pointed at.
    pub fn book(&self) -> String {
        match self.kind {
            Kind::Radicale => format!("{}/{USER}/contacts/", self.base()),
            Kind::Xandikos => format!("{}/user/contacts/addressbook/", self.base()),
        }
    }

    /// `remote add` arguments for this server.
    pub fn remote_args(&self, name: &str) -> Vec<String> {
        let mut v = vec!["remote".into(), "add".into(), name.into(), self.book()];
        if self.kind == Kind::Radicale {
            v.extend(["--user".into(), USER.into()]);
        }
        v
    }

    fn request(
        &self,
        method: &str,
        url: &str,
        body: &str,
        headers: &[(&str, &str)],
    ) -> (u16, String) {
        let agent = ureq::Agent::new_with_config(
            ureq::Agent::config_builder()
                .http_status_as_error(false)
                .allow_non_standard_methods(true)
                .build(),
        );
        let mut req = ureq::http::Request::builder()
            .method(ureq::http::Method::from_bytes(method.as_bytes()).unwrap())
            .uri(url);
        if self.kind == Kind::Radicale {
            let auth = base64(format!("{USER}:{PASSWORD}").as_bytes());
            req = req.header("Authorization", format!("Basic {auth}"));
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = agent
            .run(req.body(body.as_bytes().to_vec()).unwrap())
            .unwrap();
        let status = res.status().as_u16();
        let text = res.into_body().read_to_string().unwrap_or_default();
        (status, text)
    }

    /// Make another address book (Radicale).
    pub fn mkcol(&self, path: &str, name: &str) {
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?><mkcol xmlns="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav"><set><prop><resourcetype><collection/><CR:addressbook/></resourcetype><displayname>{name}</displayname></prop></set></mkcol>"#
        );
        let (status, text) = self.request(
            "MKCOL",
            &format!("{}/{USER}/{path}/", self.base()),
            &body,
            &[],
        );
        assert_eq!(status, 201, "MKCOL: {text}");
    }

    /// PUT a card into the book, as another client would.
    pub fn put(&self, file: &str, text: &str) {
        let (status, body) = self.request(
            "PUT",
            &format!("{}{file}", self.book()),
            text,
            &[("Content-Type", "text/vcard; charset=utf-8")],
        );
        assert!((200..300).contains(&status), "PUT {file}: {status} {body}");
    }

    pub fn delete(&self, file: &str) {
        let (status, body) = self.request("DELETE", &format!("{}{file}", self.book()), "", &[]);
        assert!(
            (200..300).contains(&status),
            "DELETE {file}: {status} {body}"
        );
    }

    /// A card's text, or None when it is not there.
    pub fn get(&self, file: &str) -> Option<String> {
        let (status, body) = self.request("GET", &format!("{}{file}", self.book()), "", &[]);
        (status == 200).then_some(body)
    }

    /// The file names of every card in the book.
    pub fn cards(&self) -> Vec<String> {
        let (status, body) = self.request(
            "PROPFIND",
            &self.book(),
            r#"<?xml version="1.0"?><propfind xmlns="DAV:"><prop><getetag/></prop></propfind>"#,
            &[("Depth", "1"), ("Content-Type", "application/xml")],
        );
        assert_eq!(status, 207, "{body}");
        let mut out: Vec<String> = body
            .split("href>")
            .filter_map(|s| s.strip_suffix("</").or_else(|| s.split("</").next()))
            .filter(|h| h.ends_with(".vcf"))
            .map(|h| h.rsplit('/').next().unwrap().to_string())
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Every card's text, concatenated.
    pub fn all_text(&self) -> String {
        self.cards()
            .iter()
            .filter_map(|f| self.get(f))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A minimal vCard 3.0 as another client writes it.
pub fn vcard(uid: &str, fn_: &str, extra: &str) -> String {
    format!("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{fn_}\r\nN:;{fn_};;;\r\n{extra}END:VCARD\r\n")
}
