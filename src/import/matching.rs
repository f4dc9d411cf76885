//! "The same contact", written once: a record is the personal contact with its UID, or
//! with its name and a phone number or email it has. Where the candidates come from is
//! a `Lookup`: the store's indexes, or a bulk import's key map (whose hashes only
//! propose; the rule checks every candidate against the stored contact).

use super::keymap::KeyMap;
use crate::identity::{self, match_keys};
use crate::model::{Contact, Source};
use crate::store::Store;
use anyhow::Result;

/// Who holds a UID: the contact's id, its source, whether it is in the trash.
pub type UidOwner = (i64, Source, bool);

/// A match key and whether it is a number (`identity::match_keys`).
pub type MatchKey = (String, bool);

/// Where the matching rule finds its candidates.
pub trait Lookup {
    /// The contact holding `uid`, in the trash or not, of any source.
    fn uid_owner(&self, store: &Store, uid: &str) -> Result<Option<UidOwner>>;
    /// Contacts that may have match key `key` and be named `sort_key`.
    fn sharing(
        &self,
        store: &Store,
        sort_key: &str,
        key: &MatchKey,
        out: &mut Vec<i64>,
    ) -> Result<()>;
    /// Contacts that may be named `name` (whose sort key is `sort_key`) and have no
    /// match key at all.
    fn named(&self, store: &Store, name: &str, sort_key: &str, out: &mut Vec<i64>) -> Result<()>;
}

/// The store's own indexes (an import that keeps them, a sync).
pub struct Indexes;

impl Lookup for Indexes {
    fn uid_owner(&self, store: &Store, uid: &str) -> Result<Option<UidOwner>> {
        store.uid_owner(uid)
    }

    fn sharing(&self, store: &Store, _: &str, key: &MatchKey, out: &mut Vec<i64>) -> Result<()> {
        let (key, number) = key;
        out.extend(if *number {
            store.contacts_with_number(key)?
        } else {
            store.contacts_with_email(key)?
        });
        Ok(())
    }

    fn named(&self, store: &Store, name: &str, _: &str, out: &mut Vec<i64>) -> Result<()> {
        out.extend(store.contacts_named(name)?);
        Ok(())
    }
}

impl Lookup for KeyMap {
    fn uid_owner(&self, store: &Store, uid: &str) -> Result<Option<UidOwner>> {
        let mut ids = Vec::new();
        self.with_uid(uid, &mut ids);
        for id in ids {
            if let Some(owner) = store.uid_owner_if(id, uid)? {
                return Ok(Some(owner));
            }
        }
        Ok(None)
    }

    fn sharing(&self, _: &Store, sort_key: &str, key: &MatchKey, out: &mut Vec<i64>) -> Result<()> {
        self.candidates(sort_key, Some(&key.0), out);
        Ok(())
    }

    fn named(&self, _: &Store, _: &str, sort_key: &str, out: &mut Vec<i64>) -> Result<()> {
        self.candidates(sort_key, None, out);
        Ok(())
    }
}

/// The personal contact a record from elsewhere (a remote's card) is the same as, by
/// the store's indexes (see `find_match`).
pub fn same_contact(store: &Store, new: &mut Contact) -> Result<Option<Contact>> {
    find_match(store, &Indexes, new)
}

/// The personal contact `new` is the same as: same UID, or same name and a shared phone
/// or email; with neither number nor email, a contact of the same name that already
/// holds all of it. A UID already used by a directory contact or one in the trash is
/// dropped from `new`.
pub fn find_match(
    store: &Store,
    lookup: &impl Lookup,
    new: &mut Contact,
) -> Result<Option<Contact>> {
    let sort_key = identity::name_key(&new.display_name);
    find_match_named(store, lookup, new, &sort_key)
}

/// `find_match`, with `new`'s sort key (`identity::name_key`) at hand.
pub fn find_match_named(
    store: &Store,
    lookup: &impl Lookup,
    new: &mut Contact,
    sort_key: &str,
) -> Result<Option<Contact>> {
    if !new.uid.is_empty() {
        match lookup.uid_owner(store, &new.uid)? {
            Some((id, Source::Personal, false)) => return store.contact(id),
            Some(_) => new.uid.clear(),
            None => {}
        }
    }
    let keys: Vec<MatchKey> = match_keys(new).collect();
    let mut ids = Vec::new();
    for key in &keys {
        lookup.sharing(store, sort_key, key, &mut ids)?;
    }
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        let Some((Source::Personal, theirs)) = store.contact_brief(id)? else {
            continue;
        };
        if theirs != sort_key {
            continue;
        }
        let Some(found) = store.contact(id)? else {
            continue;
        };
        // A candidate is only proposed: check it really shares a key.
        if match_keys(&found).any(|k| keys.contains(&k)) {
            return Ok(Some(found));
        }
    }
    if keys.is_empty() {
        // Nothing to match on but the name: the same file imported again must still
        // add nothing, so a same-named contact that already holds all of it is the one.
        let mut named = Vec::new();
        lookup.named(store, &new.display_name, sort_key, &mut named)?;
        for id in named {
            if let Some(c) = store.contact(id)?.filter(|c| c.source == Source::Personal) {
                if identity::same_name(sort_key, &c) && !crate::merge::merge(&mut c.clone(), new) {
                    return Ok(Some(c));
                }
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Email, Phone, Source};

    fn person(name: &str, number: Option<&str>, email: Option<&str>, uid: &str) -> Contact {
        Contact {
            uid: uid.into(),
            display_name: name.into(),
            phones: number
                .map(|n| Phone {
                    label: None,
                    number: Some(n.into()),
                    raw: n.into(),
                })
                .into_iter()
                .collect(),
            emails: email
                .map(|e| Email {
                    label: None,
                    address: e.into(),
                })
                .into_iter()
                .collect(),
            ..Contact::default()
        }
    }

    /// The key map a bulk import builds from the store, as `Importer::begin` does.
    fn key_map(store: &Store) -> KeyMap {
        let mut keys = KeyMap::for_input(1 << 16);
        store
            .personal_match_keys(|key, id, sort_key| keys.add(sort_key, key, id, false))
            .unwrap();
        store.each_uid(|id, uid| keys.add_uid(uid, id)).unwrap();
        keys
    }

    #[test]
    fn the_indexes_and_the_key_map_find_the_same_contacts() {
        let store = Store::open_in_memory().unwrap();
        let mut stored = [
            person(
                "Ann Lee",
                Some("+15550100001"),
                Some("ann@example.org"),
                "u-ann",
            ),
            person("Ann Lee", Some("+15550100002"), None, "u-ann-2"),
            // A switchboard shared by people of other names.
            person("Bob Roe", Some("+15550100001"), None, "u-bob"),
            person("Only A Name", None, None, "u-name"),
            person("Dir Ectory", Some("+15550100009"), None, "u-dir"),
        ];
        stored[4].source = Source::Company;
        for c in &mut stored {
            store.insert_contact(c).unwrap();
        }
        let keys = key_map(&store);
        let probes = [
            // Same name, shared number; same name and email, case and spaces aside.
            person("ann lée", Some("+15550100001"), None, ""),
            person("Ann Lee", None, Some(" ANN@example.org"), ""),
            // The second Ann by her own number; Bob's number with Ann's name is Ann's.
            person("Ann Lee", Some("+15550100002"), None, ""),
            // A shared number but another name; a known UID under another name.
            person("Carol Poe", Some("+15550100001"), None, ""),
            person("Someone Else", None, None, "u-bob"),
            // A directory contact's UID is dropped, nothing matched.
            person("New Person", None, None, "u-dir"),
            // By name alone, when the stored one holds all of it.
            person("only a name", None, None, ""),
            person("Nobody", Some("+15550100077"), None, "u-new"),
        ];
        for probe in probes {
            let (mut a, mut b) = (probe.clone(), probe.clone());
            let by_index = find_match(&store, &Indexes, &mut a).unwrap().map(|c| c.id);
            let by_map = find_match(&store, &keys, &mut b).unwrap().map(|c| c.id);
            assert_eq!(by_index, by_map, "{}", probe.display_name);
            assert_eq!(a.uid, b.uid, "{}", probe.display_name);
        }
        let found = |c: Contact| find_match(&store, &keys, &mut c.clone()).unwrap();
        let ann = person("Ann Lee", Some("+15550100001"), None, "");
        assert_eq!(found(ann).map(|c| c.uid), Some("u-ann".into()));
        let carol = person("Carol Poe", Some("+15550100001"), None, "");
        assert!(found(carol).is_none());
        let someone = person("Someone Else", None, None, "u-bob");
        assert_eq!(found(someone).map(|c| c.uid), Some("u-bob".into()));
        let mut new = person("New Person", None, None, "u-dir");
        assert!(find_match(&store, &keys, &mut new).unwrap().is_none());
        assert!(new.uid.is_empty(), "a directory contact's UID is not taken");
    }
}
