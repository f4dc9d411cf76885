//! Quick actions: the URI a call, a chat or a meeting opens, for a contact (which of
//! its numbers or extensions, and why it cannot when it cannot) or for a bare number.

use crate::error::{not_found, refused, usage};
use crate::model::{Account, Action, Contact, Kind, Source};
use crate::phone::{self, Region};
use crate::template;
use anyhow::Result;

/// Which of a contact's numbers the user picked: an extension by account, a phone by
/// its label.
#[derive(Debug, Default, Clone, Copy)]
pub struct Pick<'a> {
    pub account: Option<Account>,
    pub label: Option<&'a str>,
}

/// A number no contact has: it can be called and, unless it is known not to take SMS,
/// chatted with; a meeting needs a contact.
pub fn number_uri(action: Action, number: &str, pick: &Pick) -> Result<String> {
    if pick.account.is_some() || pick.label.is_some() {
        return Err(usage(
            "--account and --label pick among a contact's numbers; a bare number has only itself",
        ));
    }
    match action {
        Action::Call => Ok(format!("tel:{number}")),
        Action::Chat if phone::may_take_sms(number) => Ok(format!("sms:{number}")),
        Action::Chat => Err(refused(format!(
            "{number} is not a mobile number: it cannot receive SMS"
        ))),
        _ => Err(refused(format!(
            "{number} is not a contact: a meeting needs a contact with an email or a colleague"
        ))),
    }
}

/// The URI of `action` for contact `c`, named by `reference` (one of its own numbers
/// or extensions, when it is, is the one used unless `pick` chooses). A meeting link
/// is made from `meet_url` (the `meet.url` setting).
pub fn contact_uri(
    action: Action,
    c: &Contact,
    reference: &str,
    pick: &Pick,
    region: Region,
    meet_url: Option<&str>,
) -> Result<String> {
    if !c.actions().contains(&action) {
        return Err(refused(why_not(action, c)));
    }
    // Named by one of its own numbers or extensions: that one, unless a flag picks.
    let named = if pick.label.is_some() || pick.account.is_some() {
        None
    } else {
        named_number(c, reference, region)
            .filter(|n| action != Action::Chat || phone::is_extension(n) || phone::may_take_sms(n))
    };
    match action {
        Action::Call => Ok(format!(
            "tel:{}",
            named.map_or_else(|| reach(c, pick, false), Ok)?
        )),
        Action::Chat => Ok(format!(
            "sms:{}",
            named.map_or_else(|| reach(c, pick, true), Ok)?
        )),
        Action::Meet => meeting_link(meet_url, c),
        Action::Fax | Action::Email => Err(refused(format!(
            "{} has no {} URI here",
            c.display_name,
            action.as_str()
        ))),
    }
}

/// The extension or phone number of `c` that `reference` spells, if it is one.
fn named_number(c: &Contact, reference: &str, region: Region) -> Option<String> {
    let t = reference.trim();
    if let Some(ext) = phone::extension_ref(t) {
        return c
            .extensions
            .iter()
            .find(|x| x.number == ext)
            .map(|x| x.number.clone());
    }
    let number = phone::e164(t, region)?;
    c.phones
        .iter()
        .any(|p| p.number.as_deref() == Some(number.as_str()))
        .then_some(number)
}

fn why_not(action: Action, c: &Contact) -> String {
    let name = &c.display_name;
    if c.kind != Kind::Person {
        return format!(
            "{name} is a {}: it can only be called, not {}",
            c.kind.as_str().replace('_', " "),
            match action {
                Action::Chat => "chatted with",
                Action::Meet => "invited to a meeting",
                _ => "reached that way",
            }
        );
    }
    match action {
        Action::Call => format!("{name} has no phone number or extension to call"),
        Action::Chat => format!("{name} has no number that can receive SMS"),
        Action::Meet => format!("{name} has no email to invite to a meeting"),
        _ => format!("{name} cannot be reached that way"),
    }
}

/// The number (extension or E.164) to call or chat with.
fn reach(c: &Contact, pick: &Pick, sms: bool) -> Result<String> {
    if let Some(label) = pick.label {
        let want = label.trim().to_lowercase();
        let phone = c
            .phones
            .iter()
            .find(|p| p.label.as_deref().map(str::to_lowercase).as_deref() == Some(&want))
            .ok_or_else(|| {
                let labels: Vec<&str> =
                    c.phones.iter().filter_map(|p| p.label.as_deref()).collect();
                not_found(format!(
                    "{} has no phone labeled {label:?}{}",
                    c.display_name,
                    if labels.is_empty() {
                        String::new()
                    } else {
                        format!(" (labels: {})", labels.join(", "))
                    }
                ))
            })?;
        let number = phone
            .number
            .clone()
            .ok_or_else(|| refused(format!("{} is not a phone number kard can dial", phone.raw)))?;
        if sms && !phone::may_take_sms(&number) {
            return Err(refused(format!(
                "{}'s {label} number {number} cannot receive SMS",
                c.display_name
            )));
        }
        return Ok(number);
    }
    if let Some(account) = pick.account {
        return c
            .extensions
            .iter()
            .find(|x| x.account == account)
            .map(|x| x.number.clone())
            .ok_or_else(|| {
                not_found(format!(
                    "{} has no {} extension",
                    c.display_name,
                    account.as_str().replace('_', " ")
                ))
            });
    }
    let colleague = c.source == Source::Company || c.kind != Kind::Person;
    if colleague {
        let ext = c
            .extensions
            .iter()
            .find(|x| x.account == Account::Work)
            .or(c.extensions.first());
        if let Some(x) = ext {
            return Ok(x.number.clone());
        }
    }
    let numbers = c.phones.iter().filter_map(|p| p.number.as_ref());
    let found = if sms {
        numbers.clone().find(|n| phone::may_take_sms(n))
    } else {
        numbers.clone().next()
    };
    if let Some(n) = found {
        return Ok(n.clone());
    }
    if let Some(x) = c.extensions.first() {
        return Ok(x.number.clone());
    }
    Err(refused(if sms {
        format!("{} has no number that can receive SMS", c.display_name)
    } else {
        format!("{} has no number kard can dial", c.display_name)
    }))
}

/// The meeting link: `config meet.url` with {email}, {user}, {name}, {ext} filled in.
fn meeting_link(template: Option<&str>, c: &Contact) -> Result<String> {
    let template = template.ok_or_else(|| {
        refused("no meeting link is set: kard config set meet.url 'https://meet.example/{user}'")
    })?;
    let email = c.emails.first().map(|e| e.address.clone());
    template::fill(template, |key| {
        let missing = |what: &str| {
            refused(format!(
                "{} has no {what} for {{{key}}} in meet.url",
                c.display_name
            ))
        };
        Ok(Some(match key {
            "email" => template::url_encode(email.as_deref().ok_or_else(|| missing("email"))?),
            "user" => template::url_encode(
                email
                    .as_deref()
                    .map(|e| e.split('@').next().unwrap_or(e))
                    .ok_or_else(|| missing("email"))?,
            ),
            "name" => template::url_encode(&c.display_name),
            "ext" | "extension" => template::url_encode(
                &c.extensions
                    .first()
                    .map(|x| x.number.clone())
                    .ok_or_else(|| missing("extension"))?,
            ),
            "id" => c.id.to_string(),
            _ => return Ok(None),
        }))
    })
}
