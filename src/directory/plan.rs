//! What a directory sync changes: the origin's entries matched to the stored contacts
//! of that directory (by any of their directory ids), as added, updated, removed and
//! unchanged. No I/O here.

use super::Entry;
use crate::model::Contact;
use std::collections::HashMap;

/// What a sync does to a directory's stored contacts.
#[derive(Default)]
pub struct Plan {
    pub added: Vec<Contact>,
    /// The stored contact with the origin's values, and what changed.
    pub updated: Vec<(Contact, Vec<&'static str>)>,
    pub removed: Vec<Contact>,
    pub unchanged: usize,
}

/// Match the file's entries to the stored contacts (by any of their directory ids) and
/// work out what changes. `adjust` gets each stored contact and the file's values for
/// it, and may change the latter (the profile's own presence) before they are compared.
pub fn plan(
    existing: Vec<Contact>,
    entries: Vec<Entry>,
    adjust: impl Fn(&Contact, &mut Contact),
) -> Plan {
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, c) in existing.iter().enumerate() {
        if let Some(id) = &c.directory_id {
            by_id.entry(id.clone()).or_insert(i);
        }
    }
    // Stored contacts are taken out as they are matched; what is left has departed.
    let mut existing: Vec<Option<Contact>> = existing.into_iter().map(Some).collect();
    let mut plan = Plan::default();
    for e in entries {
        let found = e
            .ids
            .iter()
            .filter_map(|id| by_id.get(id).copied())
            .find(|&i| existing[i].is_some());
        let Some(mut c) = found.and_then(|i| existing[i].take()) else {
            plan.added.push(e.contact);
            continue;
        };
        let mut f = e.contact;
        adjust(&c, &mut f);
        let fields = changed_fields(&c, &f);
        if fields.is_empty() {
            plan.unchanged += 1;
            continue;
        }
        // The file's values over the stored contact: its id, uid, favorite, photo and
        // creation time stay.
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
        plan.updated.push((c, fields));
    }
    plan.removed = existing.into_iter().flatten().collect();
    plan
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
    use crate::model::Source;
    use crate::model::{Presence, PresenceState};

    fn entry(ids: &[&str], name: &str, title: &str) -> Entry {
        Entry {
            line: 2,
            ids: ids.iter().map(|s| s.to_string()).collect(),
            contact: Contact {
                source: Source::Company,
                directory_id: Some(ids[0].to_string()),
                display_name: name.into(),
                title: Some(title.into()),
                ..Contact::default()
            },
        }
    }

    fn stored(id: i64, directory_id: &str, name: &str, title: &str) -> Contact {
        Contact {
            id,
            uid: format!("uid-{id}"),
            favorite: true,
            updated_at: "then".into(),
            ..entry(&[directory_id], name, title).contact
        }
    }

    #[test]
    fn plan_matches_by_any_directory_id_and_keeps_what_is_local() {
        let existing = vec![
            stored(1, "u1", "Ann", "Rep"),
            stored(2, "c2", "Bo", "Agent"),
            stored(3, "u3", "Cy", "Gone"),
        ];
        let entries = vec![
            entry(&["u1"], "Ann", "Rep"),
            // Bo was contact-center only and now has a work account too.
            entry(&["u2", "c2"], "Bo", "Lead"),
            entry(&["u4"], "Di", "New"),
        ];
        let p = plan(existing, entries, |_, _| {});
        assert_eq!(p.unchanged, 1);
        assert_eq!(p.added.len(), 1);
        assert_eq!(p.added[0].display_name, "Di");
        let (bo, fields) = &p.updated[0];
        assert_eq!((bo.id, bo.uid.as_str(), bo.favorite), (2, "uid-2", true));
        assert_eq!(bo.directory_id.as_deref(), Some("u2"));
        assert_eq!(fields, &["title", "directory_id"]);
        assert_eq!(p.removed.len(), 1);
        assert_eq!(p.removed[0].id, 3);
    }

    #[test]
    fn plan_applies_the_adjustment_before_comparing() {
        let mut me = stored(1, "u1", "Ann", "Rep");
        let invisible = Some(Presence {
            state: PresenceState::Invisible,
            message: None,
        });
        me.presence = invisible.clone();
        let p = plan(vec![me], vec![entry(&["u1"], "Ann", "Rep")], |_, c| {
            c.presence = invisible.clone()
        });
        assert_eq!(p.unchanged, 1);
    }
}
