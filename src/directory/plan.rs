//! What a directory sync changes, one entry at a time: the stored contacts of the
//! directory as a sorted table of (directory id hash, contact id, data hash), each
//! entry matched to one by any of its directory ids, and compared field by field only
//! when its data hash differs. No I/O here.

use super::spool::hash_bytes;
use super::table::{Keyed, Table};
use crate::model::Contact;

/// One stored contact of the directory, as a sync matches it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoredKey {
    id_hash: u64,
    pub contact: i64,
    /// The data hash of the entry it was last synced from (0: not known).
    pub hash: u64,
}

impl Keyed for StoredKey {
    fn key(&self) -> u64 {
        self.id_hash
    }
    fn rank(&self) -> u64 {
        self.contact as u64
    }
}

/// The stored contacts of a directory, matched off as the entries come.
#[derive(Debug, Default)]
pub struct Stored {
    pushed: Vec<StoredKey>,
    keys: Table<StoredKey>,
    matched: Vec<bool>,
}

impl Stored {
    /// Room for `n` stored contacts (the directory's size).
    pub fn with_capacity(n: usize) -> Stored {
        Stored {
            pushed: Vec::with_capacity(n),
            ..Stored::default()
        }
    }

    pub fn push(&mut self, directory_id: &str, contact: i64, hash: Option<i64>) {
        self.pushed.push(StoredKey {
            id_hash: hash_bytes(directory_id.as_bytes()),
            contact,
            hash: hash.map_or(0, |h| h as u64),
        });
    }

    /// Done pushing: ready for lookups.
    pub fn ready(&mut self) {
        let keys = std::mem::take(&mut self.pushed);
        self.keys = Table::new(keys);
        self.matched = vec![false; self.keys.len()];
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The first stored contact with directory id hash `h` not matched yet.
    fn free(&self, h: u64) -> Option<usize> {
        self.keys.find(h).find(|&i| !self.matched[i])
    }

    /// The first stored contact not matched yet with any of these directory ids
    /// (the primary one first); it is matched now.
    pub fn take(&mut self, ids: &[String]) -> Option<StoredKey> {
        for id in ids {
            if let Some(i) = self.free(hash_bytes(id.as_bytes())) {
                self.matched[i] = true;
                return Some(self.keys.items()[i]);
            }
        }
        None
    }

    /// The stored contact an entry of one row (directory id hash `id_hash`) would
    /// take, if it is known to hold the same data (`hash`) and is not `except`: it is
    /// taken.
    pub fn take_unchanged(&mut self, id_hash: u64, hash: u64, except: Option<i64>) -> Option<i64> {
        let i = self.free(id_hash)?;
        let k = self.keys.items()[i];
        if k.hash != hash || Some(k.contact) == except {
            return None;
        }
        self.matched[i] = true;
        Some(k.contact)
    }

    /// The contacts no entry matched: departed.
    pub fn unmatched(&self) -> impl Iterator<Item = i64> + '_ {
        self.keys
            .items()
            .iter()
            .zip(&self.matched)
            .filter(|(_, m)| !**m)
            .map(|(k, _)| k.contact)
    }
}

/// What an origin decides of a contact besides the directory file's fields.
#[derive(Debug, Clone, Copy, Default)]
pub struct Carries {
    /// Presence (a file does; LDAP does not, and the stored presence stays).
    pub presence: bool,
    /// The photo (LDAP's jpegPhoto/thumbnailPhoto; a file has none, and the stored one
    /// stays).
    pub photo: bool,
}

/// The stored contact `c` with the origin's values `f` over it, and the fields that
/// changed (none: unchanged). Its id, uid, favorite, creation time, and what the origin
/// does not carry stay. `adjust` may change the origin's values first (the profile's
/// own presence).
pub fn update(
    mut c: Contact,
    mut f: Contact,
    carries: Carries,
    adjust: impl Fn(&mut Contact),
) -> (Contact, Vec<&'static str>) {
    if !carries.presence {
        f.presence = c.presence.clone();
    }
    if !carries.photo {
        f.photo = c.photo.clone();
    }
    adjust(&mut f);
    let fields = changed_fields(&c, &f);
    if fields.is_empty() {
        return (c, fields);
    }
    c.source = f.source;
    c.external_company = f.external_company;
    c.directory_id = f.directory_id;
    c.kind = f.kind;
    c.display_name = f.display_name;
    c.name = f.name;
    c.organization = f.organization;
    c.department = f.department;
    c.location = f.location;
    c.title = f.title;
    c.presence = f.presence;
    c.extensions = f.extensions;
    c.phones = f.phones;
    c.faxes = f.faxes;
    c.emails = f.emails;
    c.photo = f.photo;
    (c, fields)
}

pub fn changed_fields(old: &Contact, new: &Contact) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut check = |name: &'static str, same: bool| {
        if !same {
            out.push(name);
        }
    };
    check("kind", old.kind == new.kind);
    check(
        "name",
        old.display_name == new.display_name && old.name == new.name,
    );
    check("organization", old.organization == new.organization);
    check("department", old.department == new.department);
    check("location", old.location == new.location);
    check("title", old.title == new.title);
    check("presence", old.presence == new.presence);
    check("extensions", old.extensions == new.extensions);
    check("phones", old.phones == new.phones);
    check("faxes", old.faxes == new.faxes);
    check("emails", old.emails == new.emails);
    check("photo", old.photo == new.photo);
    check("directory_id", old.directory_id == new.directory_id);
    check(
        "source",
        old.source == new.source && old.external_company == new.external_company,
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Presence, PresenceState, Source};

    fn contact(directory_id: &str, name: &str, title: &str) -> Contact {
        Contact {
            source: Source::Company,
            directory_id: Some(directory_id.to_string()),
            display_name: name.into(),
            title: Some(title.into()),
            ..Contact::default()
        }
    }

    fn stored(id: i64, directory_id: &str, name: &str, title: &str) -> Contact {
        Contact {
            id,
            uid: format!("uid-{id}"),
            favorite: true,
            updated_at: "then".into(),
            ..contact(directory_id, name, title)
        }
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn entries_match_by_any_directory_id_once() {
        let mut s = Stored::default();
        s.push("u1", 1, Some(7));
        s.push("c2", 2, None);
        s.push("u3", 3, None);
        s.ready();
        assert_eq!(
            s.take(&ids(&["u1"])).map(|k| (k.contact, k.hash)),
            Some((1, 7))
        );
        // Bo was contact-center only and now has a work account too.
        assert_eq!(s.take(&ids(&["u2", "c2"])).map(|k| k.contact), Some(2));
        assert_eq!(s.take(&ids(&["c2"])), None);
        assert_eq!(s.take(&ids(&["u4"])), None);
        assert_eq!(s.unmatched().collect::<Vec<_>>(), vec![3]);
    }

    #[test]
    fn many_stored_keys_are_all_found_through_the_prefix_index() {
        let mut s = Stored::default();
        for i in 0..5000 {
            s.push(&format!("u{i}"), i, Some(i * 3));
        }
        s.ready();
        for i in (0..5000).rev() {
            let id = format!("u{i}");
            assert_eq!(
                s.take_unchanged(hash_bytes(id.as_bytes()), (i * 3) as u64, None),
                Some(i)
            );
        }
        assert_eq!(s.take(&ids(&["u1"])), None);
        assert_eq!(s.unmatched().count(), 0);
    }

    #[test]
    fn an_update_keeps_what_is_local() {
        let (bo, fields) = update(
            stored(2, "c2", "Bo", "Agent"),
            contact("u2", "Bo", "Lead"),
            Carries::default(),
            |_| {},
        );
        assert_eq!((bo.id, bo.uid.as_str(), bo.favorite), (2, "uid-2", true));
        assert_eq!(bo.directory_id.as_deref(), Some("u2"));
        assert_eq!(fields, &["title", "directory_id"]);
    }

    #[test]
    fn the_adjustment_and_what_the_origin_lacks_come_before_comparing() {
        let mut me = stored(1, "u1", "Ann", "Rep");
        let invisible = Some(Presence {
            state: PresenceState::Invisible,
            message: None,
        });
        me.presence = invisible.clone();
        let carries = Carries {
            presence: true,
            photo: false,
        };
        let (_, fields) = update(me.clone(), contact("u1", "Ann", "Rep"), carries, |c| {
            c.presence = invisible.clone()
        });
        assert!(fields.is_empty());
        // LDAP carries no presence: the stored one stays.
        let (_, fields) = update(me, contact("u1", "Ann", "Rep"), Carries::default(), |_| {});
        assert!(fields.is_empty());
    }
}
