//! The three-way merge of one card: from the version last synced (the base), kard's
//! and the server's. Changes to different fields both survive; multi-valued fields keep
//! what either side added and drop what either side removed; a single field changed
//! differently on both sides is a conflict that `--prefer` settles.

use crate::model::{Contact, Photo};

/// Which side wins a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Prefer {
    #[default]
    Server,
    Local,
}

/// A single-valued field both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldConflict {
    pub field: &'static str,
    pub server: String,
    pub local: String,
}

fn show_opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn show_photo(p: &Option<Photo>) -> String {
    match p {
        Some(Photo::Data { media_type, bytes }) => format!("{media_type}, {} bytes", bytes.len()),
        Some(Photo::Url(u)) => u.clone(),
        None => String::new(),
    }
}

struct Merger<'a> {
    prefer: Prefer,
    conflicts: &'a mut Vec<FieldConflict>,
}

impl Merger<'_> {
    fn pick<T: PartialEq + Clone>(
        &mut self,
        field: &'static str,
        base: &T,
        local: &T,
        server: &T,
        show: impl Fn(&T) -> String,
    ) -> T {
        if local == server || server == base {
            return local.clone();
        }
        if local == base {
            return server.clone();
        }
        self.conflicts.push(FieldConflict {
            field,
            server: show(server),
            local: show(local),
        });
        match self.prefer {
            Prefer::Server => server.clone(),
            Prefer::Local => local.clone(),
        }
    }
}

/// Items kept on both sides or added on one; what one side removed stays removed.
pub fn merge_set<T: PartialEq + Clone>(base: &[T], local: &[T], server: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    let mut push = |x: &T| {
        if !out.contains(x) {
            out.push(x.clone());
        }
    };
    for x in local {
        if server.contains(x) || !base.contains(x) {
            push(x);
        }
    }
    for x in server {
        if !local.contains(x) && !base.contains(x) {
            push(x);
        }
    }
    out
}

/// Merge `local` and `server` from `base`; returns the merged card (with local's id,
/// timestamps and source) and adds any conflicts to `conflicts`.
pub fn merge3(
    base: &Contact,
    local: &Contact,
    server: &Contact,
    prefer: Prefer,
    conflicts: &mut Vec<FieldConflict>,
) -> Contact {
    let mut m = Merger { prefer, conflicts };
    let mut out = local.clone();
    macro_rules! single {
        ($($path:ident).+, $name:literal) => {
            out.$($path).+ = m.pick($name, &base.$($path).+, &local.$($path).+, &server.$($path).+, show_opt);
        };
    }
    out.display_name = m.pick(
        "display_name",
        &base.display_name,
        &local.display_name,
        &server.display_name,
        String::clone,
    );
    single!(name.prefix, "name.prefix");
    single!(name.given, "name.given");
    single!(name.middle, "name.middle");
    single!(name.family, "name.family");
    single!(name.suffix, "name.suffix");
    single!(nickname, "nickname");
    single!(organization, "organization");
    single!(department, "department");
    single!(location, "location");
    single!(title, "title");
    single!(birthday, "birthday");
    single!(notes, "notes");
    out.photo = m.pick(
        "photo",
        &base.photo,
        &local.photo,
        &server.photo,
        show_photo,
    );
    out.favorite = m.pick(
        "favorite",
        &base.favorite,
        &local.favorite,
        &server.favorite,
        bool::to_string,
    );
    out.uid = m.pick("uid", &base.uid, &local.uid, &server.uid, String::clone);
    out.phones = merge_set(&base.phones, &local.phones, &server.phones);
    out.faxes = merge_set(&base.faxes, &local.faxes, &server.faxes);
    out.emails = merge_set(&base.emails, &local.emails, &server.emails);
    out.addresses = merge_set(&base.addresses, &local.addresses, &server.addresses);
    out.urls = merge_set(&base.urls, &local.urls, &server.urls);
    out.categories = merge_set(&base.categories, &local.categories, &server.categories);
    out.extras = merge_set(&base.extras, &local.extras, &server.extras);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Email;

    fn email(a: &str) -> Email {
        Email {
            label: None,
            address: a.into(),
        }
    }

    #[test]
    fn different_fields_both_survive_and_lists_merge() {
        let base = Contact {
            display_name: "Ann".into(),
            title: Some("CEO".into()),
            emails: vec![email("a@x"), email("old@x")],
            ..Contact::default()
        };
        let mut local = base.clone();
        local.title = Some("CTO".into());
        local.emails = vec![email("a@x"), email("old@x"), email("l@x")];
        let mut server = base.clone();
        server.organization = Some("Acme".into());
        server.emails = vec![email("a@x"), email("s@x")]; // removed old@x
        let mut conflicts = Vec::new();
        let m = merge3(&base, &local, &server, Prefer::Server, &mut conflicts);
        assert!(conflicts.is_empty());
        assert_eq!(m.title.as_deref(), Some("CTO"));
        assert_eq!(m.organization.as_deref(), Some("Acme"));
        let got: Vec<&str> = m.emails.iter().map(|e| e.address.as_str()).collect();
        assert_eq!(got, ["a@x", "l@x", "s@x"]);
    }

    #[test]
    fn a_field_changed_on_both_sides_goes_by_prefer() {
        let base = Contact {
            display_name: "Ann".into(),
            title: Some("CEO".into()),
            ..Contact::default()
        };
        let mut local = base.clone();
        local.title = Some("local".into());
        let mut server = base.clone();
        server.title = Some("server".into());
        for (prefer, kept) in [(Prefer::Server, "server"), (Prefer::Local, "local")] {
            let mut conflicts = Vec::new();
            let m = merge3(&base, &local, &server, prefer, &mut conflicts);
            assert_eq!(m.title.as_deref(), Some(kept));
            assert_eq!(
                conflicts,
                [FieldConflict {
                    field: "title",
                    server: "server".into(),
                    local: "local".into()
                }]
            );
        }
    }
}
