//! `kard add`: a new personal contact from flags.

use super::Ctx;
use crate::error::usage;
use crate::model::{self, split_label, Contact, Email, Phone, Source};
use crate::phone::{self, Region};
use anyhow::Result;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard add --name 'Robin Lee' --org Acme --phone mobile:'(555) 010-1234' --email robin@acme.example\n  \
    kard add --given Ana --family Díaz --fax work:+34915550123 --favorite"
)]
pub struct Args {
    #[command(flatten)]
    pub fields: super::contact_args::Fields,
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
    /// Mark as a favorite
    #[arg(long)]
    pub favorite: bool,
    /// Put it in this remote (`kard remote`) [default: the default remote, if any]
    #[arg(long, value_name = "NAME")]
    pub remote: Option<String>,
}

/// A phone/fax flag value, refused (exit 2) when it cannot be a phone number.
pub fn phone_arg(text: &str, region: Region) -> Result<Phone> {
    let (label, raw) = split_label(text);
    phone::checked(&raw, label, region).map_err(|e| usage(format!("{e:#}")))
}

/// An email flag value, refused (exit 2) when it is not an address.
pub fn email_arg(text: &str) -> Result<Email> {
    let (label, address) = split_label(text);
    model::email(label, &address).map_err(|e| usage(format!("{e:#}")))
}

pub fn birthday_arg(text: &str) -> Result<String> {
    model::birthday(text).ok_or_else(|| {
        usage(format!(
            "birthday {text:?} is not a date: expected YYYY-MM-DD, or --MM-DD without a year"
        ))
    })
}

/// Refuse (exit 2) a contact typed with control characters, as imports do.
pub fn refuse_control_characters(c: &Contact) -> Result<()> {
    match c.control_character() {
        Some((field, value)) => Err(usage(format!(
            "the {field} {} holds a control character; kard stores only printable text",
            crate::render::sanitize(&format!("{value:?}"))
        ))),
        None => Ok(()),
    }
}

/// An optional text flag: empty means none.
pub fn opt(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let region = ctx.region;
    let mut c = Contact {
        source: Source::Personal,
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
        favorite: args.favorite,
        ..Contact::default()
    };
    args.fields.apply(&mut c)?;
    c.ensure_display_name();
    refuse_control_characters(&c)?;
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
    super::block::warn_blocked(ctx, &c)?;
    if ctx.json {
        ctx.out.json(&c)
    } else {
        let blocks = super::block::block_rows(&ctx.store, &c)?;
        ctx.out.card(&c, &blocks)
    }
}

#[cfg(test)]
mod tests {
    use crate::model::split_label;

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
