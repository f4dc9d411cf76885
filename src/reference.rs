//! Contact references: how `id:N`, a UID, an email, a number, an extension or a name
//! on the command line becomes exactly one contact (or exit 3 / exit 4).

use crate::error::{Candidate, Failure};
use crate::model::Contact;
use crate::phone::{self, Region};
use crate::store::Store;
use anyhow::Result;

/// How many candidates an ambiguous reference lists.
const MAX_CANDIDATES: usize = 20;

/// What a reference resolved to.
pub enum Resolved {
    Contact(Box<Contact>),
    /// A phone number no contact has (its E.164 form).
    Number(String),
}

/// Resolve `text` to one contact, in the SPEC's order.
pub fn resolve(store: &Store, region: Region, text: &str) -> Result<Contact> {
    match resolve_or_number(store, region, text)? {
        Resolved::Contact(c) => Ok(*c),
        Resolved::Number(_) => Err(no_match(text)),
    }
}

/// Like `resolve`, but a phone number that no contact has is returned as a number.
pub fn resolve_or_number(store: &Store, region: Region, text: &str) -> Result<Resolved> {
    let t = text.trim();
    if t.is_empty() {
        return Err(Failure::Usage("an empty contact reference".into()).into());
    }
    if let Some(id) = t.strip_prefix("id:") {
        let id: i64 = id
            .trim()
            .parse()
            .map_err(|_| Failure::Usage(format!("{t:?}: id:N takes a number")))?;
        return one(store, t, vec![id]);
    }
    if let Some(id) = store.contact_by_uid(t)? {
        return one(store, t, vec![id]);
    }
    if t.contains('@') {
        let ids = store.contacts_with_email(t)?;
        if !ids.is_empty() {
            return one(store, t, ids);
        }
    }
    // A bare number is never an id (ids only as `id:N`): a mistyped extension must
    // not reach an arbitrary colleague.
    if let Some(ext) = phone::extension_ref(t) {
        let ids = store.contacts_with_extension(&ext)?;
        if !ids.is_empty() {
            return one(store, t, ids);
        }
    } else if let Some(number) = phone::lookup_key(t, region) {
        let ids = store.contacts_with_number(&number)?;
        if !ids.is_empty() {
            return one(store, t, ids);
        }
        // A number that no contact has: only one kard can read (the key alone does not
        // say so).
        if let Some(number) = phone::e164(t, region) {
            return Ok(Resolved::Number(number));
        }
    }
    let exact = store.contacts_named(t)?;
    if !exact.is_empty() {
        return one(store, t, exact);
    }
    let partial = store.contacts_matching_words(t, MAX_CANDIDATES + 1)?;
    one(store, t, partial)
}

fn one(store: &Store, text: &str, ids: Vec<i64>) -> Result<Resolved> {
    match ids.as_slice() {
        [] => Err(no_match(text)),
        [id] => store
            .contact(*id)?
            .map(|c| Resolved::Contact(Box::new(c)))
            .ok_or_else(|| no_match(text)),
        _ => {
            let mut candidates = Vec::new();
            for id in ids.iter().take(MAX_CANDIDATES) {
                if let Some(c) = store.contact(*id)? {
                    candidates.push(Candidate {
                        id: c.id,
                        name: c.display_name,
                        organization: c.organization,
                    });
                }
            }
            Err(Failure::Ambiguous {
                reference: text.to_string(),
                candidates,
            }
            .into())
        }
    }
}

fn no_match(text: &str) -> anyhow::Error {
    Failure::NotFound(format!("no contact matches {text:?}")).into()
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::model::Contact;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Any text as a reference against a store with a few contacts: no panic, and
        /// an answer is one of those contacts.
        #[test]
        fn any_text_resolves_cleanly(text in prop_oneof![
            "\\PC{0,40}",
            "(id:|uid:)?[0-9a-z\"'%_*()-]{0,20}",
            "[A-Za-zÀ-ÿ' ]{0,20}",
            "[+0-9 ()-]{0,25}",
        ]) {
            thread_local! {
                static STORE: Store = {
                    let store = Store::open_in_memory().unwrap();
                    for (name, phone) in [("José Lee", "555-010-1234"), ("Ann O'Neil", "+44 20 7946 0958")] {
                        let mut c = Contact { display_name: name.into(), ..Contact::default() };
                        c.phones.push(crate::phone::make(phone, None, Region::default()));
                        store.transaction(true, |s| s.insert_contact(&mut c)).unwrap();
                    }
                    store
                };
            }
            STORE.with(|store| {
                if let Ok(c) = resolve(store, Region::default(), &text) {
                    assert!(c.display_name == "José Lee" || c.display_name == "Ann O'Neil");
                }
                let _ = resolve_or_number(store, Region::default(), &text);
            });
        }
    }
}
