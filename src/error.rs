//! The errors a caller branches on, and how every error maps to the SPEC's exit codes.

use std::fmt;

/// A failure with a meaning of its own; anything else is exit 1.
#[derive(Debug)]
pub enum Failure {
    /// Exit 2: the command line asks for something that cannot be.
    Usage(String),
    /// Exit 3: no such contact, draft, or block entry.
    NotFound(String),
    /// Exit 4: a reference matches several contacts.
    Ambiguous {
        reference: String,
        candidates: Vec<Candidate>,
    },
    /// Exit 5: the action is not allowed on this contact or number.
    Refused(String),
    /// Exit 6: an input file had bad records (already reported).
    BadInput(String),
    /// Exit 7: a remote (an LDAP server) failed, refused or cut short a request; the
    /// message names the URL and the server's status and reason.
    Remote(String),
    /// The command already gave its answer (e.g. `blocked NUMBER`: not blocked, exit 3);
    /// exit with this code and print nothing more.
    Answered(u8),
}

/// One of several contacts a reference matched.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
    pub organization: Option<String>,
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::NotFound(_) => 3,
            Failure::Ambiguous { .. } => 4,
            Failure::Refused(_) => 5,
            Failure::BadInput(_) => 6,
            Failure::Remote(_) => 7,
            Failure::Answered(code) => *code,
        }
    }

    /// A next step to suggest, printed after the error.
    pub fn hint(&self) -> Option<String> {
        match self {
            Failure::Ambiguous { .. } => Some("name one of them exactly, or use id:N".to_string()),
            _ => None,
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Usage(m)
            | Failure::NotFound(m)
            | Failure::Refused(m)
            | Failure::BadInput(m)
            | Failure::Remote(m) => f.write_str(m),
            Failure::Answered(code) => write!(f, "exit {code}"),
            Failure::Ambiguous {
                reference,
                candidates,
            } => {
                write!(f, "{reference:?} matches {} contacts:", candidates.len())?;
                for c in candidates {
                    write!(f, "\n  id:{}  {}", c.id, c.name)?;
                    if let Some(org) = c.organization.as_deref().filter(|o| !o.is_empty()) {
                        write!(f, " ({org})")?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Failure {}

/// Shorthands for returning a typed failure through `anyhow`.
pub fn not_found(msg: impl Into<String>) -> anyhow::Error {
    Failure::NotFound(msg.into()).into()
}
pub fn refused(msg: impl Into<String>) -> anyhow::Error {
    Failure::Refused(msg.into()).into()
}
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    Failure::Usage(msg.into()).into()
}

/// Has the command already said all there is to say about this error?
pub fn is_answered(err: &anyhow::Error) -> bool {
    err.chain()
        .find_map(|e| e.downcast_ref::<Failure>())
        .is_some_and(|f| matches!(f, Failure::Answered(_)))
}

/// The exit code for any error: the typed failure anywhere in its chain, a busy
/// store, or 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    err.chain()
        .find_map(|e| e.downcast_ref::<Failure>())
        .map_or(1, Failure::exit_code)
}

pub fn hint(err: &anyhow::Error) -> Option<String> {
    if let Some(f) = err.chain().find_map(|e| e.downcast_ref::<Failure>()) {
        return f.hint();
    }
    let text = format!("{err:#}");
    if text.contains("database is locked") || text.contains("database is busy") {
        return Some("another kard process held the store too long; try again".into());
    }
    None
}
