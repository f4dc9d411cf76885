//! `kard export`: what `list QUERY` would show, as vCard, Google or Outlook CSV, or JSON.

use super::Ctx;
use crate::formats::{google_csv, json, outlook_csv, vcard, Format};
use crate::model::ExportCard;
use crate::store::ListQuery;
use crate::tempfiles::TempFile;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  kard export > all.vcf\n  kard export acme --format google -o acme.csv\n  \
    kard export id:41 --format vcard3 | other-tool\n  \
    kard export --source personal --format json -o my-contacts.json"
)]
pub struct Args {
    /// Only contacts matching this query (as `kard list QUERY`; `id:N` is one contact)
    pub query: Option<String>,
    /// Only contacts from this source (`personal` for your own contacts)
    #[arg(long, value_enum)]
    pub source: Option<crate::model::Source>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Vcard)]
    pub format: Format,
    /// Write to FILE (replaced whole, only once complete) instead of standard output
    /// (`-` is standard output)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let query = ListQuery {
        text: args.query.clone(),
        source: args.source,
        ..ListQuery::default()
    };
    let format = if ctx.json { Format::Json } else { args.format };
    let mut count = 0u64;
    match args.output.as_ref().filter(|p| p.as_os_str() != "-") {
        None => {
            let w = ctx.out.writer();
            write_all(&ctx.store, &query, format, w, &mut count)?;
        }
        Some(path) => {
            // Written 0600 beside FILE, renamed over it once complete; removed on an
            // error, SIGINT or SIGTERM (a SIGKILLed one by the next export there).
            let mut tmp = TempFile::beside(path)?;
            let mut w = std::io::BufWriter::with_capacity(256 * 1024, tmp.file());
            write_all(&ctx.store, &query, format, &mut w, &mut count)
                .and_then(|()| w.flush().map_err(Into::into))
                .with_context(|| format!("writing {}", path.display()))?;
            drop(w);
            tmp.persist(path, true)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    ctx.note(&format!(
        "exported {count} contact{}",
        if count == 1 { "" } else { "s" }
    ));
    Ok(())
}

fn write_all(
    store: &crate::store::Store,
    query: &ListQuery,
    format: Format,
    w: &mut dyn Write,
    count: &mut u64,
) -> Result<()> {
    match format {
        Format::Vcard | Format::Vcard3 => {
            let version = if format == Format::Vcard {
                vcard::Version::V4
            } else {
                vcard::Version::V3
            };
            *count = store.list_rendered(query, |c, buf| vcard::write(buf, c, version), w)?;
            Ok(())
        }
        Format::Google => {
            // Enough numbered columns for the contact with the most of each.
            let most = store.most_values()?;
            let d = google_csv::Groups::default();
            let groups = google_csv::Groups {
                emails: d.emails.max(most.emails),
                phones: d.phones.max(most.phones_and_faxes),
                addresses: d.addresses.max(most.addresses),
                websites: d.websites.max(most.urls),
                ..d
            };
            let mut out = google_csv::Writer::with_groups(w, groups)?;
            store.list(query, |c| {
                *count += 1;
                out.write(&c)
            })?;
            out.finish()
        }
        Format::Outlook => {
            let mut out = outlook_csv::Writer::new(w)?;
            store.list(query, |c| {
                *count += 1;
                out.write(&c)
            })?;
            out.finish()
        }
        Format::Json => {
            let mut array = json::ArrayWriter::new(w)?;
            store.list(query, |c| {
                *count += 1;
                array.push(&ExportCard(&c))
            })?;
            array.finish()
        }
    }
}
