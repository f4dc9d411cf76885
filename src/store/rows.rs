//! Row mapping: a contact to the columns of `contact` and back, and its multi-valued
//! fields from the rows of `contact_value`.

use crate::identity::name_key;
use crate::model::{Account, Contact, Extra, Photo, Presence, Source};
use rusqlite::{types::Value, Row};

pub(super) const COLUMNS: &str =
    "id, uid, source, directory, directory_id, kind, display_name, prefix, given, \
     middle, family, suffix, nickname, organization, department, location, title, favorite, \
     presence_state, presence_message, birthday, notes, photo_type, photo, photo_url, categories, \
     extras, created_at, updated_at";

pub(super) fn contact_from_row(row: &Row) -> rusqlite::Result<Contact> {
    let mut c = Contact::default();
    refill_contact(row, &mut c)?;
    Ok(c)
}

/// Make `c` the contact of `row`, reusing the strings it holds: a long listing reads a
/// million contacts into one. Its multi-valued fields are `ValueFill`'s to refill.
pub(super) fn refill_contact(row: &Row, c: &mut Contact) -> rusqlite::Result<()> {
    fn text<'r>(row: &'r Row, i: usize) -> rusqlite::Result<Option<&'r str>> {
        match row.get_ref(i)? {
            rusqlite::types::ValueRef::Null => Ok(None),
            v => v.as_str().map(Some).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), Box::new(e))
            }),
        }
    }
    let opt = |into: &mut Option<String>, i: usize| -> rusqlite::Result<()> {
        set_opt(into, text(row, i)?);
        Ok(())
    };
    let required = |into: &mut String, i: usize, what: &str| -> rusqlite::Result<()> {
        let t = text(row, i)?.ok_or_else(|| {
            rusqlite::Error::InvalidColumnType(
                i,
                format!("{what}: NULL"),
                rusqlite::types::Type::Text,
            )
        })?;
        set(into, t);
        Ok(())
    };
    c.id = row.get(0)?;
    required(&mut c.uid, 1, "uid")?;
    let enum_text = |i: usize, what: &str| -> rusqlite::Result<&str> {
        text(row, i)?.ok_or_else(|| {
            rusqlite::Error::InvalidColumnType(
                i,
                format!("{what}: NULL"),
                rusqlite::types::Type::Text,
            )
        })
    };
    c.source = enum_text(2, "source")?.parse().unwrap_or_default();
    if c.source == Source::External {
        opt(&mut c.external_company, 3)?;
        if c.external_company.is_none() {
            c.external_company = Some(String::new());
        }
    } else {
        c.external_company = None;
    }
    opt(&mut c.directory_id, 4)?;
    c.kind = enum_text(5, "kind")?.parse().unwrap_or_default();
    required(&mut c.display_name, 6, "display_name")?;
    opt(&mut c.name.prefix, 7)?;
    opt(&mut c.name.given, 8)?;
    opt(&mut c.name.middle, 9)?;
    opt(&mut c.name.family, 10)?;
    opt(&mut c.name.suffix, 11)?;
    opt(&mut c.nickname, 12)?;
    opt(&mut c.organization, 13)?;
    opt(&mut c.department, 14)?;
    opt(&mut c.location, 15)?;
    opt(&mut c.title, 16)?;
    c.favorite = row.get(17)?;
    c.presence = text(row, 18)?
        .and_then(|s| s.parse().ok())
        .map(|state| -> rusqlite::Result<Presence> {
            Ok(Presence {
                state,
                message: text(row, 19).ok().flatten().map(str::to_string),
            })
        })
        .transpose()?;
    opt(&mut c.birthday, 20)?;
    opt(&mut c.notes, 21)?;
    c.photo = match (text(row, 22)?, row.get_ref(23)?, text(row, 24)?) {
        (Some(media_type), rusqlite::types::ValueRef::Blob(bytes), _) => Some(Photo::Data {
            media_type: media_type.to_string(),
            bytes: bytes.to_vec(),
        }),
        (_, _, Some(url)) => Some(Photo::Url(url.to_string())),
        _ => None,
    };
    c.categories = text(row, 25)?
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    c.extras = text(row, 26)?
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    required(&mut c.created_at, 27, "created_at")?;
    required(&mut c.updated_at, 28, "updated_at")?;
    Ok(())
}

fn set(into: &mut String, from: &str) {
    into.clear();
    into.push_str(from);
}

fn set_opt(into: &mut Option<String>, from: Option<&str>) {
    match from {
        Some(t) => set(into.get_or_insert_with(String::new), t),
        None => *into = None,
    }
}

/// Refills a contact's multi-valued fields from its rows of `contact_value`, in order,
/// reusing the strings of the values it held before.
#[derive(Default)]
pub(super) struct ValueFill {
    phones: usize,
    faxes: usize,
    emails: usize,
    urls: usize,
    extensions: usize,
    addresses: usize,
}

impl ValueFill {
    /// One row (field, label, value, norm) into `c`.
    pub(super) fn push(&mut self, c: &mut Contact, row: &Row, from: usize) -> rusqlite::Result<()> {
        fn next<'v, T: Default>(v: &'v mut Vec<T>, n: &mut usize) -> &'v mut T {
            if v.len() == *n {
                v.push(T::default());
            }
            *n += 1;
            &mut v[*n - 1]
        }
        let text = |i: usize| -> rusqlite::Result<Option<&str>> {
            Ok(row.get_ref(from + i)?.as_str_or_null()?)
        };
        let label = text(1)?;
        let value = text(2)?.unwrap_or_default();
        match text(0)?.unwrap_or_default() {
            field @ ("phone" | "fax") => {
                let p = if field == "phone" {
                    next(&mut c.phones, &mut self.phones)
                } else {
                    next(&mut c.faxes, &mut self.faxes)
                };
                set_opt(&mut p.label, label);
                set_opt(&mut p.number, text(3)?);
                set(&mut p.raw, value);
            }
            "email" => {
                let e = next(&mut c.emails, &mut self.emails);
                set_opt(&mut e.label, label);
                set(&mut e.address, value);
            }
            "url" => {
                let u = next(&mut c.urls, &mut self.urls);
                set_opt(&mut u.label, label);
                set(&mut u.url, value);
            }
            "extension" => {
                let x = next(&mut c.extensions, &mut self.extensions);
                x.account = label.and_then(|l| l.parse().ok()).unwrap_or(Account::Work);
                set(&mut x.number, value);
            }
            "address" => {
                let a = next(&mut c.addresses, &mut self.addresses);
                *a = serde_json::from_str(value).unwrap_or_default();
                a.label = label.map(str::to_string);
            }
            _ => {}
        }
        Ok(())
    }

    /// Drop the values `c` held beyond the rows pushed.
    pub(super) fn finish(self, c: &mut Contact) {
        c.phones.truncate(self.phones);
        c.faxes.truncate(self.faxes);
        c.emails.truncate(self.emails);
        c.urls.truncate(self.urls);
        c.extensions.truncate(self.extensions);
        c.addresses.truncate(self.addresses);
    }
}

/// The values of a contact's row, in `COLUMNS` order after the id, then its sort key
/// (`identity::name_key` of the display name, which the caller may have at hand).
pub(super) fn contact_params(c: &Contact, sort_key: Option<String>) -> Vec<Value> {
    let t = |s: &Option<String>| s.clone().map_or(Value::Null, Value::Text);
    let (photo_type, photo, photo_url) = match &c.photo {
        Some(Photo::Data { media_type, bytes }) => (
            Value::Text(media_type.clone()),
            Value::Blob(bytes.clone()),
            Value::Null,
        ),
        Some(Photo::Url(u)) => (Value::Null, Value::Null, Value::Text(u.clone())),
        None => (Value::Null, Value::Null, Value::Null),
    };
    let json = |empty: bool, s: String| if empty { Value::Null } else { Value::Text(s) };
    vec![
        Value::Text(c.uid.clone()),
        Value::Text(c.source.as_str().into()),
        Value::Text(c.external_company.clone().unwrap_or_default()),
        t(&c.directory_id),
        Value::Text(c.kind.as_str().into()),
        Value::Text(c.display_name.clone()),
        t(&c.name.prefix),
        t(&c.name.given),
        t(&c.name.middle),
        t(&c.name.family),
        t(&c.name.suffix),
        t(&c.nickname),
        t(&c.organization),
        t(&c.department),
        t(&c.location),
        t(&c.title),
        Value::Integer(c.favorite.into()),
        c.presence
            .as_ref()
            .map_or(Value::Null, |p| Value::Text(p.state.as_str().into())),
        t(&c.presence.as_ref().and_then(|p| p.message.clone())),
        t(&c.birthday),
        t(&c.notes),
        photo_type,
        photo,
        photo_url,
        json(
            c.categories.is_empty(),
            serde_json::to_string(&c.categories).unwrap_or_default(),
        ),
        json(
            c.extras.is_empty(),
            serde_json::to_string::<Vec<Extra>>(&c.extras).unwrap_or_default(),
        ),
        Value::Text(c.created_at.clone()),
        Value::Text(c.updated_at.clone()),
        Value::Text(sort_key.unwrap_or_else(|| name_key(&c.display_name))),
    ]
}
