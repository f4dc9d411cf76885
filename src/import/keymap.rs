//! The in-memory match keys of a bulk import: 32-bit hashes of (name, key) pairs and of
//! UIDs, chained to the contacts having them. A hash only proposes a candidate; the
//! matching rule (`super::matching`) checks the stored contact before taking it.

use std::collections::HashMap;

/// What a bulk import matches records on, from memory (the store's indexes are
/// dropped until its end).
///
/// `keys`: (name, match key) pairs. A record is the same as a personal contact with its
/// name (sort key) and one of its E.164 numbers or lowercase emails
/// (`merge::same_person`), so the name goes into the hash and a number shared by many
/// people (an office's switchboard) proposes only the ones of the same name. A contact
/// with neither is found by its name alone.
///
/// `uids`: every UID in the store (of the trash and the directories too), as the UID
/// index would have found them.
#[derive(Default)]
pub struct KeyMap {
    keys: Chains,
    uids: Chains,
}

/// Contacts by 32-bit hash: for each hash the latest contact having it, and a chain
/// back through the others.
#[derive(Default)]
struct Chains {
    latest: HashMap<u32, u32, Mixed>,
    /// (hash, contact) -> the contact that had it before: 12 bytes a link.
    earlier: HashMap<(u32, u32), u32, Mixed>,
}

impl Chains {
    fn with_capacity(n: u64) -> Chains {
        Chains {
            latest: HashMap::with_capacity_and_hasher(
                usize::try_from(n).unwrap_or(0),
                Mixed::default(),
            ),
            earlier: HashMap::default(),
        }
    }

    /// The contacts having hash `h`, latest first.
    fn chain(&self, h: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = self.latest.get(&h).copied();
        std::iter::from_fn(move || {
            let id = next?;
            next = self.earlier.get(&(h, id)).copied();
            Some(id)
        })
    }

    /// Note that contact `id` has hash `h`. A contact's keys are added one after
    /// another, so a key it already has is the latest of its chain; unless it is added
    /// `again` (merged into), when the whole chain is looked through.
    fn add(&mut self, h: u32, id: i64, again: bool) {
        // Ids are SQLite's rowids, dense from 1: one past 2^32 is never proposed.
        let Ok(id) = u32::try_from(id) else { return };
        let known = if again {
            self.chain(h).any(|known| known == id)
        } else {
            self.latest.get(&h) == Some(&id)
        };
        if known {
            return;
        }
        if let Some(before) = self.latest.insert(h, id) {
            self.earlier.insert((h, id), before);
        }
    }

    fn get(&self, h: u32, out: &mut Vec<i64>) {
        out.extend(self.chain(h).map(i64::from));
    }
}

/// The maps' keys are hashes already: a multiply spreads them over the 64 bits the
/// table wants, at a fraction of SipHash's cost.
type Mixed = std::hash::BuildHasherDefault<Mix>;

#[derive(Default)]
struct Mix(u64);

impl std::hash::Hasher for Mix {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(u32::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(32) ^ u64::from(n)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Input bytes per match key, about (a vCard of ~250 bytes has two or three keys)...
const BYTES_PER_KEY: u64 = 100;
/// ...and per contact.
const BYTES_PER_UID: u64 = 250;

/// FNV-1a, folded to 32 bits.
fn fnv32(bytes: impl Iterator<Item = u8>) -> u32 {
    let h = bytes.fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (h ^ (h >> 32)) as u32
}

impl KeyMap {
    /// Sized up front for `bytes` of input: growing a map of millions of keys holds
    /// the old table and the new one at once.
    pub fn for_input(bytes: u64) -> KeyMap {
        KeyMap {
            keys: Chains::with_capacity(bytes / BYTES_PER_KEY),
            uids: Chains::with_capacity(bytes / BYTES_PER_UID),
        }
    }

    /// The sort key, a separator and the match key (`None`: the name alone).
    fn hash(sort_key: &str, key: Option<&str>) -> u32 {
        let bytes = sort_key
            .bytes()
            .chain([0xff]) // never in UTF-8
            .chain(key.unwrap_or("\0").bytes());
        fnv32(bytes)
    }

    /// Note that contact `id`, named `sort_key`, has `key` (see `Chains::add`).
    pub fn add(&mut self, sort_key: &str, key: Option<&str>, id: i64, again: bool) {
        self.keys.add(Self::hash(sort_key, key), id, again);
    }

    /// Contacts that may be named `sort_key` and have `key` (`None`: no key at all).
    pub fn candidates(&self, sort_key: &str, key: Option<&str>, out: &mut Vec<i64>) {
        self.keys.get(Self::hash(sort_key, key), out);
    }

    pub fn add_uid(&mut self, uid: &str, id: i64) {
        self.uids.add(fnv32(uid.bytes()), id, false);
    }

    /// Contacts that may have this UID.
    pub fn with_uid(&self, uid: &str, out: &mut Vec<i64>) {
        self.uids.get(fnv32(uid.bytes()), out);
    }
}

#[cfg(test)]
mod tests {
    use super::KeyMap;

    fn candidates(keys: &KeyMap, name: &str, key: &str) -> Vec<i64> {
        let mut out = Vec::new();
        keys.candidates(name, Some(key), &mut out);
        out.sort_unstable();
        out
    }

    #[test]
    fn a_shared_key_proposes_every_contact_of_the_name_having_it_once() {
        let mut keys = KeyMap::for_input(400);
        let (ann, bob, phone) = ("ann lee", "bob roe", "+15550100000");
        for id in [3, 5, 8] {
            keys.add(ann, Some(phone), id, false);
        }
        keys.add(bob, Some(phone), 9, false);
        keys.add(ann, Some("ann@example.org"), 5, false);
        keys.add(ann, Some("ann@example.org"), 5, false); // as phone and fax, say
                                                          // A merged contact is added again with all its keys: no repeats, no loops.
        keys.add(ann, Some(phone), 5, true);
        keys.add(ann, Some(phone), 3, true);
        keys.add(ann, Some("ann@example.org"), 5, true);
        assert_eq!(candidates(&keys, ann, phone), [3, 5, 8]);
        assert_eq!(candidates(&keys, bob, phone), [9]);
        assert_eq!(candidates(&keys, ann, "ann@example.org"), [5]);
        assert!(candidates(&keys, ann, "+15550109999").is_empty());
        assert!(candidates(&keys, "someone else", phone).is_empty());
        // A contact with neither number nor email: by its name alone.
        keys.add("only a name", None, 10, false);
        let mut named = Vec::new();
        keys.candidates("only a name", None, &mut named);
        assert_eq!(named, [10]);
        // Ids past 32 bits are never proposed (rowids are dense from 1).
        keys.add(ann, Some(phone), 1 << 40, false);
        assert_eq!(candidates(&keys, ann, phone), [3, 5, 8]);
    }

    #[test]
    fn uids_propose_their_contacts() {
        let mut keys = KeyMap::for_input(1000);
        keys.add_uid("urn:uuid:1", 1);
        keys.add_uid("urn:uuid:2", 2);
        let mut out = Vec::new();
        keys.with_uid("urn:uuid:2", &mut out);
        assert_eq!(out, [2]);
        out.clear();
        keys.with_uid("urn:uuid:3", &mut out);
        assert!(out.is_empty());
    }
}
