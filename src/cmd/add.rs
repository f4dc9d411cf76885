//! `kard add`: a new personal contact from flags.

use super::Ctx;
use crate::error::usage;
use crate::model::{self, Contact, Email, Name, Phone, Source};
use crate::phone::{self, Region};
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard add --name 'Robin Lee' --org Acme --phone mobile:'(555) 010-1234' --email robin@acme.example\n  \
    kard add --given Ana --family Díaz --fax work:+34915550123 --favorite"
)]
pub struct Args {
    /// Display name [default: built from the name parts]
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub prefix: Option<String>,
    /// Given (first) name
    #[arg(long)]
    pub given: Option<String>,
    #[arg(long)]
    pub middle: Option<String>,
    /// Family (last) name
    #[arg(long)]
    pub family: Option<String>,
    #[arg(long)]
    pub suffix: Option<String>,
    #[arg(long)]
    pub nickname: Option<String>,
    /// Organization (company)
    #[arg(long)]
    pub org: Option<String>,
    #[arg(long)]
    pub department: Option<String>,
    /// Job title
    #[arg(long)]
    pub title: Option<String>,
    /// A phone number, optionally labeled: mobile:+1 555 010 1234 (repeatable)
    #[arg(long, value_name = "[LABEL:]NUM")]
    pub phone: Vec<String>,
    /// An email address, optionally labeled: work:robin@acme.example (repeatable)
    #[arg(long, value_name = "[LABEL:]ADDR")]
    pub email: Vec<String>,
    /// A fax number, optionally labeled (repeatable)
    #[arg(long, value_name = "[LABEL:]NUM")]
    pub fax: Vec<String>,
    /// A web address (repeatable)
    #[arg(long, value_name = "URL")]
    pub url: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// YYYY-MM-DD, or --MM-DD without a year
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub birthday: Option<String>,
    /// Mark as a favorite
    #[arg(long)]
    pub favorite: bool,
    /// Put it in this remote (`kard remote`) [default: the default remote, if any]
    #[arg(long, value_name = "NAME")]
    pub remote: Option<String>,
}

/// Split `mobile:+1 555…` into a label and a value. A label is a short word before the
/// first colon; `tel:`/`mailto:`/`sms:` and URLs are not labels.
pub fn split_label(text: &str) -> (Option<String>, String) {
    if let Some((label, value)) = text.split_once(':') {
        let l = label.trim();
        let is_label = !l.is_empty()
            && l.len() <= 32
            && l.chars().all(|c| c.is_alphanumeric() || " _-".contains(c))
            && !["tel", "mailto", "sms", "http", "https"]
                .contains(&l.to_ascii_lowercase().as_str())
            && !l.chars().all(|c| c.is_ascii_digit());
        if is_label {
            return (Some(l.to_lowercase()), value.trim().to_string());
        }
    }
    (None, text.trim().to_string())
}

/// A phone/fax flag value, refused (exit 2) when it holds no digits at all.
pub fn phone_arg(text: &str, region: Region) -> Result<Phone> {
    let (label, raw) = split_label(text);
    if phone::digits(&raw).is_empty() {
        return Err(usage(format!("{text:?} is not a phone number")));
    }
    Ok(phone::make(&raw, label, region))
}

pub fn email_arg(text: &str) -> Result<Email> {
    let (label, address) = split_label(text);
    let address = address.trim_start_matches("mailto:").to_string();
    if !address.contains('@') || address.contains(char::is_whitespace) {
        return Err(usage(format!("{text:?} is not an email address")));
    }
    Ok(Email { label, address })
}

pub fn birthday_arg(text: &str) -> Result<String> {
    model::birthday(text)
        .ok_or_else(|| usage(format!("birthday {text:?}: expected YYYY-MM-DD or --MM-DD")))
}

/// An optional text flag: empty means none.
pub fn opt(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let region = ctx.region;
    let mut c = Contact {
        source: Source::Personal,
        display_name: opt(args.name).unwrap_or_default(),
        name: Name {
            prefix: opt(args.prefix),
            given: opt(args.given),
            middle: opt(args.middle),
            family: opt(args.family),
            suffix: opt(args.suffix),
        },
        nickname: opt(args.nickname),
        organization: opt(args.org),
        department: opt(args.department),
        title: opt(args.title),
        phones: args
            .phone
            .iter()
            .map(|p| phone_arg(p, region))
            .collect::<Result<_>>()?,
        faxes: args
            .fax
            .iter()
            .map(|p| phone_arg(p, region))
            .collect::<Result<_>>()?,
        emails: args
            .email
            .iter()
            .map(|e| email_arg(e))
            .collect::<Result<_>>()?,
        urls: args
            .url
            .iter()
            .map(|u| model::Url {
                label: None,
                url: u.trim().to_string(),
            })
            .collect(),
        notes: opt(args.note),
        birthday: args.birthday.as_deref().map(birthday_arg).transpose()?,
        favorite: args.favorite,
        ..Contact::default()
    };
    c.ensure_display_name();
    if c.display_name.is_empty() {
        return Err(usage(
            "a contact needs a name: give --name (or --given/--family, --org, --email, --phone)",
        ));
    }
    let remote = match &args.remote {
        Some(name) => Some(ctx.store.remote(name)?.ok_or_else(|| {
            crate::error::not_found(format!("no remote named {name:?} (see `kard remote list`)"))
        })?),
        None => ctx.store.default_remote()?,
    };
    ctx.store.write(|s| {
        s.insert_contact(&mut c)?;
        if let Some(r) = &remote {
            s.join_remote(c.id, r.id)?;
        }
        Ok(())
    })?;
    c.remote = remote.map(|r| r.name);
    ctx.note(&format!("added {} (id:{})", c.display_name, c.id));
    if ctx.json {
        ctx.out.json(&c)
    } else {
        ctx.out.card(&c, &[])
    }
}

#[cfg(test)]
mod tests {
    use super::split_label;

    #[test]
    fn labels_are_words_before_a_colon() {
        for (input, label, value) in [
            ("mobile:+1 555", Some("mobile"), "+1 555"),
            ("Work Fax: 555", Some("work fax"), "555"),
            ("+1 555 010", None, "+1 555 010"),
            ("tel:+1555", None, "tel:+1555"),
            ("robin@acme.example", None, "robin@acme.example"),
            (
                "home:robin@acme.example",
                Some("home"),
                "robin@acme.example",
            ),
        ] {
            let (l, v) = split_label(input);
            assert_eq!((l.as_deref(), v.as_str()), (label, value), "{input}");
        }
    }
}
